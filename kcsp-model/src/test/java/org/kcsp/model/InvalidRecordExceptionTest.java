package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The problems of a record: all of them up to 1,000, then the first 1,000 and a count of the rest. */
class InvalidRecordExceptionTest {

  private static List<Problem> problems(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Problem("$.organisations[" + i + "]", "expected an object", 1, i + 1))
        .toList();
  }

  @Test
  void lists_1000_problems_whole() {
    // GIVEN exactly MAX_PROBLEMS problems
    // WHEN an exception is made of them
    InvalidRecordException e = new InvalidRecordException("kcsp.json", problems(InvalidRecordException.MAX_PROBLEMS));

    // THEN all are listed, none omitted, and the message says no more
    assertThat(e.problems()).hasSize(1_000);
    assertThat(e.omitted()).isZero();
    assertThat(e.totalProblems()).isEqualTo(1_000);
    assertThat(e.getMessage()).startsWith("kcsp.json: 1000 problems" + System.lineSeparator()).doesNotContain("more");
  }

  @Test
  void lists_the_first_1000_of_1001_problems_and_counts_the_other() {
    // GIVEN one problem more than MAX_PROBLEMS
    // WHEN an exception is made of them
    InvalidRecordException e = new InvalidRecordException("kcsp.json", problems(1_001));

    // THEN the first 1,000 are listed and the last is counted, in problems() and in the message
    assertThat(e.problems()).hasSize(1_000).last().extracting(Problem::path).isEqualTo("$.organisations[999]");
    assertThat(e.omitted()).isEqualTo(1);
    assertThat(e.totalProblems()).isEqualTo(1_001);
    assertThat(e.getMessage()).startsWith("kcsp.json: 1001 problems, the first 1000 listed" + System.lineSeparator())
        .endsWith(System.lineSeparator() + "  and 1 more");
    assertThat(e.getMessage().lines()).hasSize(1 + 1_000 + 1);
  }

  @Test
  void keeps_the_count_of_omitted_problems_under_another_source_or_path() {
    // GIVEN an exception that omitted 5 problems
    InvalidRecordException e = new InvalidRecordException(null, problems(3), 5);

    // WHEN it is given a source, and put under a path
    // THEN it still counts them
    assertThat(e.from("kcsp.json").omitted()).isEqualTo(5);
    assertThat(e.under("$.grants[2]").omitted()).isEqualTo(5);
    assertThat(e.under("$.grants[2]").problems().get(0).path()).isEqualTo("$.grants[2].organisations[0]");
    assertThat(e.getMessage()).startsWith("invalid record: 8 problems, the first 3 listed").endsWith("and 5 more");
  }

  @Test
  void refuses_no_problems_and_a_negative_count() {
    assertThatThrownBy(() -> new InvalidRecordException("kcsp.json", List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvalidRecordException("kcsp.json", problems(1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_collector_keeps_the_first_1000_problems_counts_the_rest_and_throws_them_in_order() {
    // GIVEN a collector given 1,500 problems, in reverse order of place, and 10,000 counted without being built
    InvalidRecordException.Collector collector = new InvalidRecordException.Collector();
    List<Problem> all = problems(1_500);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (collector.isFull()) {
        collector.count();
      } else {
        collector.add(all.get(i));
      }
    }
    collector.count(10_000);

    // WHEN it throws, sorting what it kept by place
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
        () -> collector.throwIfAny("kcsp.json", Comparator.comparingInt(Problem::column)));

    // THEN it kept the first 1,000 it was given, sorted, and counted the rest
    assertThat(collector.isFull()).isTrue();
    assertThat(collector.total()).isEqualTo(11_500);
    assertThat(e.problems()).hasSize(1_000).isSortedAccordingTo(Comparator.comparingInt(Problem::column));
    assertThat(e.problems().get(0).path()).isEqualTo("$.organisations[500]");
    assertThat(e.omitted()).isEqualTo(10_500);
  }

  @Test
  void an_empty_collector_throws_nothing() {
    InvalidRecordException.Collector collector = new InvalidRecordException.Collector();
    collector.throwIfAny("kcsp.json");
    assertThat(collector.isEmpty()).isTrue();
  }
}
