package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * {@code ./kcsp forecast}, {@code diff} and {@code what-if} as an analyst runs them: their golden
 * outputs on the bundled records, their exit statuses and their errors. Regenerate the golden files
 * with {@code -Dkcsp.updateGolden=true}.
 */
class TimeCommandsTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path EXAMPLES = Path.of("src/main/resources/examples");
  private static final Path PROPOSALS = Path.of("src/main/resources/proposals");
  private static final String AFTER = EXAMPLES.resolve("kcsp-2022-07-14.json").toString();
  private static final String BEFORE = EXAMPLES.resolve("kcsp-2022-07-13-before-the-meeting.json").toString();
  private static final String WITHOUT_BYSTANDER = PROPOSALS.resolve("kcsp-2022-07-13-before-bystander.json").toString();
  private static final String BYSTANDER = PROPOSALS.resolve("bystander-approach-training.json").toString();

  @TempDir Path dir;

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kcsp.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file " + file + " (regenerate with -Dkcsp.updateGolden=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- forecast

  @Test
  void forecasts_the_kcsps_reviews_due_in_july_2023_from_its_meeting_of_14_july_2022() throws IOException {
    // GIVEN the KCSP as of its meeting of 14 July 2022, forecast a year and a day ahead
    Run text = kcsp("forecast", AFTER, "--days", "366");
    // THEN the three ToR reviews approved that day open on 15 July 2023, and the forecast exits 0
    assertThat(text.status()).isZero();
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).contains("15 July 2023\n------------\n", "ToR review due: Kent Community Safety Partnership\n",
        "ToR review due: KCSP Working Group\n", "ToR review due: Domestic Homicide Review Steering Group\n");
    golden("kcsp-2022-07-14.forecast.txt", text.out());
    golden("kcsp-2022-07-14.forecast.json", kcsp("forecast", AFTER, "--days", "366", "--format", "json").out());
    golden("kcsp-2022-07-14.forecast.ics", kcsp("forecast", AFTER, "--days", "366", "--format", "ics").out());
  }

  @Test
  void looks_90_days_ahead_of_the_records_own_date_unless_told() {
    Run run = kcsp("forecast", AFTER);
    assertThat(run.out()).contains("From 14 July 2022 to 12 October 2022 (90 days)\n");
    assertThat(kcsp("forecast", AFTER, "--as-of", "2023-07-01", "--days", "30").out())
        .contains("From 1 July 2023 to 31 July 2023 (30 days)\n", "15 July 2023\n");
  }

  @Test
  void refuses_days_outside_one_to_ten_years_and_a_record_that_is_not_valid() throws IOException {
    for (String days : new String[] {"0", "3661", "-5"}) {
      Run run = kcsp("forecast", AFTER, "--days", days);
      assertThat(run.status()).as(days).isEqualTo(2);
      assertThat(run.err()).contains("--days must be a whole number of days from 1 to 3660, got " + days);
    }
    Run bad = kcsp("forecast", file("bad.json", "{ \"format\": \"kcsp-record/1\" }").toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("is not a valid record").doesNotContain("Exception");
    assertThat(kcsp("forecast", AFTER, "--format", "pdf").status()).isEqualTo(2);
  }

  // ---------------------------------------------------------------- diff

  @Test
  void shows_what_the_meeting_of_14_july_2022_resolved() throws IOException {
    // GIVEN the KCSP the day before its meeting and on the day of it
    Run run = kcsp("diff", BEFORE, AFTER);
    // THEN the defunct CCG, the missing health body and the duplicate funding are resolved, nothing
    // is new, and the exit status is 0
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("From 13 July 2022 to 14 July 2022\n", "3 resolved, 0 new, 1 changed, 1 unchanged.\n",
        "1. ERROR MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING on Partnership KCSP\n",
        "2. ERROR PROJECT_DUPLICATE_FUNDING on Project bystander-approach-training\n",
        "3. ERROR TOR_LISTS_DEFUNCT_MEMBER on Terms of reference KCSP-TOR-2021\n");
    golden("kcsp-2022-07-13-to-14.diff.txt", run.out());
    golden("kcsp-2022-07-13-to-14.diff.md", kcsp("diff", BEFORE, AFTER, "--format", "markdown").out());
    golden("kcsp-2022-07-13-to-14.diff.json", kcsp("diff", BEFORE, AFTER, "--format", "json").out());
  }

  @Test
  void fails_only_on_what_is_new_reaching_fail_on() {
    // GIVEN the meeting's record the other way round: what the meeting resolved comes back as NEW errors
    Run back = kcsp("diff", AFTER, BEFORE);
    assertThat(back.status()).isEqualTo(1);
    assertThat(back.out()).contains("0 resolved, 3 new,");
    assertThat(kcsp("diff", AFTER, BEFORE, "--fail-on", "never").status()).isZero();
    // AND one record a year on: the reviews are new errors; 0 with --fail-on never
    assertThat(kcsp("diff", AFTER, "--from", "2022-07-14", "--to", "2023-07-15").status()).isEqualTo(1);
    // AND a day that brings only the warnings of nothing new: 0
    assertThat(kcsp("diff", AFTER, "--from", "2022-07-14", "--to", "2022-07-15").status()).isZero();
  }

  @Test
  void compares_two_records_on_one_date_with_as_of() {
    Run run = kcsp("diff", BEFORE, AFTER, "--as-of", "2022-07-14");
    assertThat(run.out()).contains("As of 14 July 2022\n");
  }

  @Test
  void says_how_to_call_it_when_the_dates_and_files_do_not_fit() {
    assertThat(kcsp("diff", AFTER).err()).contains("diff of one record needs --from and --to");
    assertThat(kcsp("diff", AFTER, "--from", "2022-07-13").status()).isEqualTo(2);
    assertThat(kcsp("diff", BEFORE, AFTER, "--from", "2022-07-13", "--to", "2022-07-14").err())
        .contains("--from and --to compare one record on two dates");
    assertThat(kcsp("diff", AFTER, "--from", "2022-07-13", "--to", "2022-07-14", "--as-of", "2022-07-14").err())
        .contains("--as-of is for two records");
    assertThat(kcsp("diff", AFTER, "--from", "2022-07-32", "--to", "2022-07-14").err())
        .contains("2022-07-32 is not a day of the calendar");
    assertThat(kcsp("diff", BEFORE, AFTER, "extra.json").err()).contains("got 3 files");
  }

  @Test
  void says_the_problems_of_both_records_at_once() throws IOException {
    Path bad = file("bad.json", "{ \"format\": \"kcsp-record/1\" }");
    Path worse = file("worse.json", "[]");
    Run run = kcsp("diff", bad.toString(), worse.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("bad.json is not a valid record", "worse.json is not a valid record");
  }

  // ---------------------------------------------------------------- what-if

  @Test
  void reports_the_duplicate_funding_proposing_bystander_approach_training_would_bring() throws IOException {
    // GIVEN the KCSP's 2022/23 record before Bystander Approach Training was proposed, and the proposal
    Run run = kcsp("what-if", WITHOUT_BYSTANDER, "--add-project", BYSTANDER, "--to", "CRG-2022-23");
    // THEN the duplicate funding with the VRU's award is NEW, an ERROR: exit 1
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("0 resolved, 1 new,", "1. ERROR PROJECT_DUPLICATE_FUNDING on Project bystander-approach-training\n",
        "(award VRU-BYSTANDER-2022) in 2022/23.");
    golden("kcsp-2022-07-13-bystander.what-if.txt", run.out());
    // AND nothing is written: the record is as it was
    assertThat(Files.readString(Path.of(WITHOUT_BYSTANDER))).doesNotContain("\"id\": \"bystander-approach-training\"");
    assertThat(kcsp("what-if", WITHOUT_BYSTANDER, "--add-project", BYSTANDER, "--to", "CRG-2022-23", "--fail-on", "never")
        .status()).isZero();
  }

  @Test
  void refuses_a_project_that_is_not_valid_with_its_paths() throws IOException {
    Path project = file("project.json", "{ \"id\": \"p\", \"title\": \"P\", \"pot\": \"UPFRONT\", \"amount\": \"3000\", \"stauts\": \"APPROVED\" }");
    Run run = kcsp("what-if", WITHOUT_BYSTANDER, "--add-project", project.toString(), "--to", "CRG-2022-23");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("project.json is not a valid project (2 problems):",
        "$.amount (line 1, column", "$.stauts (line 1, column", "did you mean \"status\"?");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void refuses_a_grant_the_record_does_not_hold_and_an_id_another_project_has() throws IOException {
    Run grant = kcsp("what-if", WITHOUT_BYSTANDER, "--add-project", BYSTANDER, "--to", "CRG-2022-24");
    assertThat(grant.status()).isEqualTo(2);
    assertThat(grant.err()).isEqualTo("kcsp: " + WITHOUT_BYSTANDER + ": the record has no grant \"CRG-2022-24\"; did you mean"
        + " CRG-2022-23?\n");
    Path clash = file("clash.json", "{ \"id\": \"trauma-awareness-project\", \"title\": \"Trauma\", \"pot\": \"UPFRONT\" }");
    Run id = kcsp("what-if", WITHOUT_BYSTANDER, "--add-project", clash.toString(), "--to", "CRG-2022-23");
    assertThat(id.status()).isEqualTo(2);
    assertThat(id.err()).contains("clash.json is not a valid project (1 problem):",
        "$.id: project id \"trauma-awareness-project\" is used twice");
    assertThat(kcsp("what-if", WITHOUT_BYSTANDER, "--to", "CRG-2022-23").err()).contains("--add-project");
  }
}
