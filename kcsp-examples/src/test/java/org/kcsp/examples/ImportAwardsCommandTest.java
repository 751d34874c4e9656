package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;

/**
 * {@code ./kcsp import-awards}: the illustrative 360Giving sample (its JSON package and its flat
 * CSV form) into the bundled record of 14 July 2022, then checked.
 */
class ImportAwardsCommandTest {

  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private Path record;

  @BeforeEach
  void copy_the_record_and_the_samples() throws Exception {
    record = dir.resolve("kcsp-2022-07-14.json");
    try (InputStream in = BundledExamples.all().stream().filter(e -> e.name().equals("kcsp-2022-07-14.json"))
        .findFirst().orElseThrow().open()) {
      Files.write(record, in.readAllBytes());
    }
    for (String sample : new String[] {"illustrative-grants.json", "illustrative-grants.csv"}) {
      try (InputStream in = getClass().getResourceAsStream("/giving/" + sample)) {
        Files.write(dir.resolve(sample), in.readAllBytes());
      }
    }
  }

  @Test
  void adds_the_samples_grants_as_awards_and_the_check_finds_the_project_an_award_already_funds() throws Exception {
    // WHEN the JSON package is imported into the record
    Path out = dir.resolve("with-awards.json");
    Run run = kcsp("import-awards", dir.resolve("illustrative-grants.json").toString(), "--into", record.toString(),
        "--output", out.toString());

    // THEN three awards are added, the new funder among the organisations, the known one matched by name
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEqualTo("kcsp: added 3 awards from " + dir.resolve("illustrative-grants.json")
        + "; added the funder GB-CHC-0000099 to the organisations" + NL);
    PartnershipRecord with = RecordReader.read(out);
    assertThat(with.externalAwards()).hasSize(4);
    ExternalAward trauma = with.externalAwards().get(1);
    assertThat(trauma.id()).isEqualTo("360G-ILLUSTRATIVE-KMVRU-2022-001");
    assertThat(trauma.funder()).isEqualTo("KM-VRU");
    assertThat(trauma.amount()).contains(Money.ofPounds(8500));
    assertThat(trauma.from()).hasValueSatisfying(from -> assertThat(from).hasToString("2022-06-01"));
    assertThat(trauma.to()).hasValueSatisfying(to -> assertThat(to).hasToString("2023-03-31"));
    ExternalAward boxing = with.externalAwards().get(2);
    assertThat(boxing.amount()).contains(Money.of("4200.50"));
    assertThat(boxing.financialYear()).contains(FinancialYear.parse("2022/23"));
    assertThat(with.organisations()).anySatisfy(o -> assertThat(o.id()).isEqualTo("GB-CHC-0000099"));

    // AND checking the record finds the Trauma Awareness Project funded twice
    Run check = kcsp("validate", out.toString(), "--only", "PROJECT_DUPLICATE_FUNDING");
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("PROJECT_DUPLICATE_FUNDING on Project trauma-awareness-project",
        "award 360G-ILLUSTRATIVE-KMVRU-2022-001");
  }

  @Test
  void reads_the_flat_csv_form_as_the_json_package() {
    Run json = kcsp("import-awards", dir.resolve("illustrative-grants.json").toString(), "--into", record.toString());
    Run csv = kcsp("import-awards", dir.resolve("illustrative-grants.csv").toString(), "--into", record.toString());

    assertThat(csv.status()).as(csv.err()).isZero();
    assertThat(csv.out()).isEqualTo(json.out());
  }

  @Test
  void skips_grants_already_present_and_keeps_only_the_recipients_and_dates_asked_for() throws Exception {
    Path once = dir.resolve("once.json");
    kcsp("import-awards", dir.resolve("illustrative-grants.json").toString(), "--into", record.toString(),
        "--recipient", "GB-CHC-0000001", "--output", once.toString());
    Run again = kcsp("import-awards", dir.resolve("illustrative-grants.csv").toString(), "--into", once.toString(),
        "--awarded-from", "2022-04-01", "--awarded-to", "2022-07-31", "--output", dir.resolve("twice.json").toString());

    assertThat(RecordReader.read(once).externalAwards()).hasSize(2);
    assertThat(again.err()).isEqualTo("kcsp: added 0 awards from " + dir.resolve("illustrative-grants.csv")
        + "; skipped 1 grant the record already holds; left out 2 grants by --recipient or --awarded-from/to" + NL);
    assertThat(RecordReader.read(dir.resolve("twice.json"))).isEqualTo(RecordReader.read(once));
  }

  @Test
  void names_every_grant_that_lacks_what_the_standard_requires_and_writes_nothing() throws Exception {
    Path grants = dir.resolve("grants.csv");
    Files.writeString(grants, """
        Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name
        360G-X-1,Knife crime first aid,First aid,USD,"£2,000",2022-13-01,GB-CHC-1,A charity,GB-GOR-1,A funder
        360G-X-2,,No title,GBP,100,2022-05-01,,,GB-GOR-1,A funder
        """, StandardCharsets.UTF_8);

    Run run = kcsp("import-awards", grants.toString(), "--into", record.toString(), "--output", dir.resolve("out.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + grants + " is not 360Giving data kcsp can use (5 problems):" + NL
        + "  row 2, Currency: Currency must be GBP: a record holds money in pounds, got \"USD\"" + NL
        + "  row 2, Amount Awarded: Amount Awarded must be a number of pounds with at most two decimals, got \"£2,000\"" + NL
        + "  row 2, Award Date: Award Date must be a date such as \"2019-04-01\", got \"2022-13-01\"" + NL
        + "  row 3, Title: Title is required: the 360Giving Data Standard requires it of every grant" + NL
        + "  row 3: the recipient is required: the 360Giving Data Standard requires the identifier and name of the"
        + " recipient organisation (or individual) of every grant" + NL);
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void names_a_json_package_whose_grant_lacks_a_required_field_by_its_path() throws Exception {
    Path grants = dir.resolve("grants.json");
    Files.writeString(grants, """
        {"grants": [{"id": "360G-X-1", "title": "T", "description": "D", "currency": "GBP", "amountAwarded": 10,
          "recipientOrganization": [{"id": "GB-CHC-1", "name": "R"}], "fundingOrganization": [{"id": "GB-GOR-1"}]}]}
        """, StandardCharsets.UTF_8);

    Run run = kcsp("import-awards", grants.toString(), "--into", record.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kcsp: " + grants + " is not 360Giving data kcsp can use (2 problems):" + NL
        + "  $.grants[0].awardDate: awardDate is required: the 360Giving Data Standard requires it of every grant" + NL
        + "  $.grants[0].fundingOrganization[0].name: name is required: the 360Giving Data Standard requires it of every grant" + NL);
  }
}
