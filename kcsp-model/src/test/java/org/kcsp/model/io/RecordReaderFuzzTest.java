package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Problem;
import org.kcsp.model.io.RecordMutations.Input;
import org.kcsp.model.io.RecordReader.Syntax;

/**
 * Fuzzes the reader: whatever the bytes, it returns a whole record or raises {@link
 * InvalidRecordException} with plain, one-line problems, and nothing else, within a bounded time.
 *
 * <p>{@code mvn verify} reads the valid records, then {@value #DEFAULT_INPUTS} inputs made from
 * them by {@link RecordMutations} (four in five mutated, one in five random documents), the same
 * inputs every run. {@code -Dkcsp.fuzz.inputs=N} and {@code -Dkcsp.fuzz.seed=S} read more or
 * others; with {@code JAZZER_FUZZ=1} Jazzer starts from these inputs and mutates them further,
 * guided by coverage (see docs/robustness.md).
 */
class RecordReaderFuzzTest {

  /** The inputs of a {@code mvn verify} run. */
  static final int DEFAULT_INPUTS = 400;

  /** The longest a read may take, far above what any takes (a few milliseconds). */
  private static final Duration LIMIT = Duration.ofSeconds(5);

  /**
   * Reads the valid records once first, so that loading (and, when fuzzing, instrumenting) the
   * reader's classes does not count against the first input's time.
   */
  @BeforeAll
  static void warmUp() {
    RecordMutations.bases().forEach(RecordReaderFuzzTest::read);
  }

  static Stream<Arguments> reads_a_record_or_refuses_it_with_plain_problems() {
    SplittableRandom random = new SplittableRandom(Long.getLong("kcsp.fuzz.seed", 20220714L));
    int inputs = Integer.getInteger("kcsp.fuzz.inputs", DEFAULT_INPUTS);
    return Stream.concat(
            RecordMutations.bases().stream(),
            IntStream.range(0, inputs).mapToObj(i -> i % 5 == 4 ? RecordMutations.random(random) : RecordMutations.mutated(random)))
        .map(input -> arguments(input.bytes(), input.yaml()));
  }

  @MethodSource
  @FuzzTest(maxDuration = "10m")
  void reads_a_record_or_refuses_it_with_plain_problems(byte @NotNull @WithLength(max = 20_000) [] bytes, boolean yaml) {
    // GIVEN any bytes, to be read as JSON or YAML
    Input input = new Input(bytes, yaml);

    // WHEN they are read, with a bound on the time it may take
    Object outcome = assertTimeoutPreemptively(LIMIT, () -> read(input));

    // THEN the outcome is a whole record, or the reader's own exception with plain problems
    if (outcome instanceof InvalidRecordException invalid) {
      assertThat(invalid.source()).contains("fuzz");
      assertThat(invalid.problems()).isNotEmpty().allSatisfy(RecordReaderFuzzTest::isPlain);
    } else {
      PartnershipRecord record = (PartnershipRecord) outcome;
      assertThat(RecordReader.readJson(RecordWriter.toJson(record), "again.json")).isEqualTo(record);
      assertThat(RecordReader.readYaml(RecordWriter.toYaml(record), "again.yaml")).isEqualTo(record);
    }
  }

  /** The record read, or the exception that refused it; any other exception escapes. */
  private static Object read(Input input) {
    try {
      return RecordReader.read(new ByteArrayInputStream(input.bytes()), input.yaml() ? Syntax.YAML : Syntax.JSON, "fuzz");
    } catch (InvalidRecordException e) {
      return e;
    }
  }

  /** A problem a person can act on: a path, one line of words, no parser's internals. */
  private static void isPlain(Problem problem) {
    assertThat(problem.path()).startsWith("$");
    assertThat(problem.message()).isNotBlank().doesNotContain("\n", "\r", "\tat ", "Exception", "com.fasterxml", "org.yaml")
        .doesNotContain("JsonReadFeature", "StreamReadFeature", "JsonParser.Feature", "REDACTED", "CTRL-CHAR", "(code ");
    assertThat(problem.line()).isNotNegative();
    assertThat(problem.column()).isNotNegative();
  }
}
