package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IdPrefixTest {

  @Test
  void numbers_the_beginnings_of_ids_in_the_ids_order_wherever_two_numbers_differ() {
    Random random = new Random(11);
    int differing = 0;
    for (int i = 0; i < 200_000; i++) {
      // GIVEN two ids, from characters on either side of where the number stops reading them
      String a = id(random);
      String b = random.nextInt(4) == 0 ? a + id(random) : id(random);
      // WHEN their beginnings are numbered
      int byNumber = Long.signum(Long.compareUnsigned(IdPrefix.of(a), IdPrefix.of(b)));
      // THEN numbers that differ are in the ids' order
      if (byNumber != 0) {
        differing++;
        assertThat(byNumber).as("%s against %s", escaped(a), escaped(b)).isEqualTo(Integer.signum(a.compareTo(b)));
      }
    }
    assertThat(differing).as("pairs whose numbers differ").isGreaterThan(100_000);
    assertThat(IdPrefix.of("p12")).isEqualTo(0x7031_3200_0000_0000L);
    assertThat(IdPrefix.of("")).isZero();
    assertThat(IdPrefix.of("\u0100")).isEqualTo(-1L);
    assertThat(IdPrefix.of("ab\u00ffcdefgh")).isEqualTo(0x6162_FFFF_FFFF_FFFFL);
    assertThat(IdPrefix.of("abcdefghij")).isEqualTo(0x6162_6364_6566_6768L);
  }

  /** An id of up to 11 characters, most of them ones a prefix must tell apart or give up on. */
  static String id(Random random) {
    char[] alphabet = {'\u0000', '\u0001', '-', '1', '2', 'p', '\u007f', '\u0080', '\u00e9', '\u00fe', '\u00ff', '\u0100',
        '\u20ac', '\ud83d', '\ude00', '\uffff'};
    StringBuilder id = new StringBuilder();
    for (int length = random.nextInt(12); id.length() < length; ) {
      id.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : alphabet[2 + random.nextInt(4)]);
    }
    return new String(id);
  }

  private static String escaped(String id) {
    StringBuilder escaped = new StringBuilder();
    id.chars().forEach(c -> escaped.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
    return escaped.toString();
  }
}
