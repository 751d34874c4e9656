package org.kcsp.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs for fuzzing the reader: valid records changed the ways files go wrong (bytes flipped,
 * deleted, inserted, cut off; keys duplicated and renamed; values swapped for values of another
 * type), and random JSON and YAML documents built from the record format's keys.
 *
 * <p>Every input is a function of the {@link SplittableRandom} it is made from, so a seed
 * reproduces it.
 */
final class RecordMutations {

  /** One input: its bytes and the syntax to read them in. */
  record Input(byte[] bytes, boolean yaml) {}

  /** The valid records that mutations start from: two small ones, and the complete ones of the tests. */
  private static final List<Input> BASES = List.of(
      new Input(MalformedRecords.BASE.getBytes(StandardCharsets.UTF_8), false),
      new Input(MalformedRecords.YAML_BASE.getBytes(StandardCharsets.UTF_8), true),
      new Input(resource("records/complete.json"), false),
      new Input(resource("records/complete.yaml"), true),
      new Input(MalformedRecords.BASE_2.getBytes(StandardCharsets.UTF_8), false),
      new Input(resource("records/unknown-2.json"), false));

  /** Every key of the record format (both versions, and unknown), for renamed keys and random documents. */
  private static final List<String> KEYS = java.util.stream.Stream.concat(
          RecordFormatKeys.order(org.kcsp.model.FormatVersion.V2).values().stream().flatMap(List::stream),
          java.util.stream.Stream.of("unknown", "$schema"))
      .distinct().sorted().toList();

  /** Tokens that mean something to a JSON or YAML parser, or to the reader. */
  private static final List<String> TOKENS = List.of(
      "{", "}", "[", "]", ":", ",", "\"", "'", "\\", "\n", "\t", " ", "-", "#", "!", "&", "*", "|", ">", "?",
      "---", "...", "null", "true", "~", "NaN", "-Infinity", ".inf", "1e309", "-0", "0x1F", "1_000",
      "9999999999999999999999", "0.001", "\"2022-02-30\"", "2022-07-14", "\"2019/20\"", "\"1/3\"", "\"0/3\"",
      "!!java.lang.Runtime", "!!str", "&a", "*a", "<<: *a", "\uFEFF", "\u0000", "\u2028", "\uD83D\uDE00", "£",
      "{\"a\": [", "[[[[[[[[", "]]]]]]]]", "\"format\": \"kcsp-record/1\"", "format: kcsp-record/1",
      "\"format\": \"kcsp-record/2\"", "format: kcsp-record/2");

  /** Values of every type the record format has, and some it does not. */
  private static final List<String> JSON_VALUES = List.of(
      "\"text\"", "\"\"", "12", "-5", "0", "1.005", "13220.33", "1e30", "true", "false", "null", "[]", "{}",
      "[\"DA\"]", "{\"id\": \"X\"}", "\"2022-02-30\"", "\"2022-07-14\"", "\"14/07/2022\"", "\"2019/20\"",
      "\"£39661\"", "\"39661\"", "\"1/3\"", "\"4/3\"", "\"COUNTY\"", "\"county\"", "\"HELD\"", "\"KENT-PCC\"",
      "\"KCSP\"", "[1, [2, [3]]]", "\"" + "x".repeat(300) + "\"");

  private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z]+)\"\\s*:");
  private static final Pattern YAML_KEY = Pattern.compile("(?m)^[ -]*([A-Za-z]+):");
  private static final Pattern JSON_SCALAR = Pattern.compile(":\\s*(\"[^\"\\n]*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
  private static final Pattern YAML_SCALAR = Pattern.compile("(?m):[ ]+([^\\n]+)$");

  private RecordMutations() {}

  /** A valid record, changed one to four times. */
  static Input mutated(SplittableRandom random) {
    Input base = BASES.get(random.nextInt(BASES.size()));
    byte[] bytes = base.bytes();
    int changes = 1 + random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      bytes = change(bytes, base.yaml(), random);
    }
    return new Input(bytes, base.yaml());
  }

  /** A random JSON or YAML document whose keys are mostly the record format's. */
  static Input random(SplittableRandom random) {
    boolean yaml = random.nextBoolean();
    StringBuilder text = new StringBuilder();
    if (yaml) {
      yamlMapping(text, random, 0, "");
    } else {
      jsonValue(text, random, 0, true);
    }
    return new Input(text.toString().getBytes(StandardCharsets.UTF_8), yaml);
  }

  /** The valid records mutations start from. */
  static List<Input> bases() {
    return BASES;
  }

  private static byte[] change(byte[] bytes, boolean yaml, SplittableRandom random) {
    if (bytes.length == 0) {
      return token(random).getBytes(StandardCharsets.UTF_8);
    }
    int at = random.nextInt(bytes.length);
    return switch (random.nextInt(10)) {
      case 0 -> flip(bytes, at, random);
      case 1 -> delete(bytes, at, 1 + random.nextInt(Math.min(40, bytes.length - at)));
      case 2 -> insert(bytes, at, token(random).getBytes(StandardCharsets.UTF_8));
      case 3 -> insert(bytes, at, randomBytes(random));
      case 4 -> Arrays.copyOf(bytes, at);
      case 5 -> utf8(duplicateLine(string(bytes), random));
      case 6 -> utf8(renameKey(string(bytes), yaml, random));
      case 7 -> utf8(swapValue(string(bytes), yaml, random));
      case 8 -> utf8(swapLines(string(bytes), random));
      default -> utf8(spliceBase(string(bytes), random));
    };
  }

  private static byte[] flip(byte[] bytes, int at, SplittableRandom random) {
    byte[] out = bytes.clone();
    out[at] ^= (byte) (1 << random.nextInt(8));
    return out;
  }

  private static byte[] delete(byte[] bytes, int at, int length) {
    byte[] out = new byte[bytes.length - length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
    return out;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] bytes = new byte[1 + random.nextInt(8)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** A line copied below itself: in both bases most lines hold one key, so this mostly repeats a key. */
  private static String duplicateLine(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    lines.add(at, lines.get(at));
    return String.join("\n", lines);
  }

  private static String swapLines(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    String line = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, line);
    return String.join("\n", lines);
  }

  private static String renameKey(String text, boolean yaml, SplittableRandom random) {
    List<int[]> keys = spans(yaml ? YAML_KEY : JSON_KEY, text);
    if (keys.isEmpty()) {
      return text;
    }
    int[] key = keys.get(random.nextInt(keys.size()));
    String name = text.substring(key[0], key[1]);
    String renamed = switch (random.nextInt(6)) {
      case 0 -> name.toLowerCase(Locale.ROOT);
      case 1 -> name.length() > 1 ? name.substring(0, name.length() - 1) : name + name;
      case 2 -> name + name.charAt(name.length() - 1);
      case 3 -> KEYS.get(random.nextInt(KEYS.size()));
      case 4 -> "";
      default -> "x".repeat(1 + random.nextInt(200));
    };
    return text.substring(0, key[0]) + renamed + text.substring(key[1]);
  }

  private static String swapValue(String text, boolean yaml, SplittableRandom random) {
    List<int[]> values = spans(yaml ? YAML_SCALAR : JSON_SCALAR, text);
    if (values.isEmpty()) {
      return text;
    }
    int[] value = values.get(random.nextInt(values.size()));
    String replacement = JSON_VALUES.get(random.nextInt(JSON_VALUES.size()));
    return text.substring(0, value[0]) + replacement + text.substring(value[1]);
  }

  /** A piece of another base record put in at a random place. */
  private static String spliceBase(String text, SplittableRandom random) {
    String other = string(BASES.get(random.nextInt(BASES.size())).bytes());
    int from = random.nextInt(other.length());
    String piece = other.substring(from, Math.min(other.length(), from + 1 + random.nextInt(200)));
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + piece + text.substring(at);
  }

  /** The start and end of group 1 of each match. */
  private static List<int[]> spans(Pattern pattern, String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(1), matcher.end(1)});
    }
    return spans;
  }

  private static String token(SplittableRandom random) {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }

  private static String key(SplittableRandom random) {
    return random.nextInt(8) == 0 ? "k" + random.nextInt(100) : KEYS.get(random.nextInt(KEYS.size()));
  }

  private static void jsonValue(StringBuilder text, SplittableRandom random, int depth, boolean object) {
    if (object || (depth < 6 && random.nextInt(3) == 0)) {
      text.append('{');
      int fields = random.nextInt(depth == 0 ? 8 : 5);
      for (int i = 0; i < fields; i++) {
        text.append(i == 0 ? "" : ", ").append('"').append(key(random)).append("\": ");
        jsonValue(text, random, depth + 1, false);
      }
      text.append('}');
    } else if (depth < 6 && random.nextInt(3) == 0) {
      text.append('[');
      int items = random.nextInt(4);
      for (int i = 0; i < items; i++) {
        text.append(i == 0 ? "" : ", ");
        jsonValue(text, random, depth + 1, random.nextInt(3) == 0);
      }
      text.append(']');
    } else {
      text.append(JSON_VALUES.get(random.nextInt(JSON_VALUES.size())));
    }
  }

  private static void yamlMapping(StringBuilder text, SplittableRandom random, int depth, String indent) {
    int fields = 1 + random.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < fields; i++) {
      text.append(indent).append(key(random)).append(':');
      int kind = depth < 5 ? random.nextInt(4) : 0;
      if (kind == 1) {
        text.append('\n');
        yamlMapping(text, random, depth + 1, indent + "  ");
      } else if (kind == 2) {
        text.append('\n');
        int items = 1 + random.nextInt(3);
        for (int j = 0; j < items; j++) {
          text.append(indent).append("  -");
          if (random.nextBoolean()) {
            text.append('\n');
            yamlMapping(text, random, depth + 2, indent + "    ");
          } else {
            text.append(' ').append(JSON_VALUES.get(random.nextInt(JSON_VALUES.size()))).append('\n');
          }
        }
      } else {
        text.append(' ').append(kind == 3 ? token(random) : JSON_VALUES.get(random.nextInt(JSON_VALUES.size()))).append('\n');
      }
    }
  }

  private static String string(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = RecordMutations.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
