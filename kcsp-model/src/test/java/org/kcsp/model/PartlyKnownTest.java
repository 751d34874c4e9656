package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kcsp.model.io.RecordReader;

/**
 * What is not recorded or unknown, built in code: the same invariants, with the same messages, as
 * when read from a file, and a version 1 record holds none of version 2.
 */
class PartlyKnownTest {

  private static final LocalDate MAY_29 = LocalDate.of(2013, 5, 29);

  private static Partnership partnership(Tier tier) {
    return Partnership.builder().id("JCSP").name("Joint CSP").area("Two boroughs").tier(tier).build();
  }

  private static Organisation council(String id) {
    return Organisation.builder().id(id).name(id + " Council").kind(OrganisationKind.LOCAL_AUTHORITY).build();
  }

  private static DomesticHomicideReview.Builder review() {
    return DomesticHomicideReview.builder().id("DHR-1").name("Mr C").notifiedOn(MAY_29);
  }

  private static PartnershipRecord.Builder version2() {
    return PartnershipRecord.builder().format(FormatVersion.V2)
        .partnership(Partnership.builder().from(partnership(Tier.DISTRICT)).addNotRecorded("councils").build())
        .addOrganisations(council("EAST")).addNotRecorded("agreement", "informationSharing", "seriousViolence");
  }

  @Test
  void builds_a_review_decided_on_an_unknown_date() {
    // GIVEN a review commissioned on a date nobody published
    DomesticHomicideReview review = review().decision(DhrDecision.COMMISSIONED).addUnknown("decidedOn").build();

    // WHEN it is asked what is known
    // THEN the date is unknown, and the decision known
    assertThat(review.isUnknown("decidedOn")).isTrue();
    assertThat(review.decidedOn()).isEmpty();
    assertThat(review.isUnknown("decision")).isFalse();
  }

  @Test
  void refuses_an_unknown_list_built_in_code_with_the_messages_of_the_reader() {
    // GIVEN a review whose unknown names what it may not, and the same review read from a file
    ThrowingCallable built = () -> review().decision(DhrDecision.COMMISSIONED)
        .addUnknown("decidedOn", "notifiedOn", "decidedOn", "decidedon").build();
    String json = """
        {"format": "kcsp-record/2", "partnership": {"id": "JCSP", "name": "Joint CSP", "area": "Two boroughs",
          "tier": "DISTRICT"}, "organisations": [],
         "domesticHomicideReviews": [{"id": "DHR-1", "name": "Mr C", "notifiedOn": "2013-05-29",
           "decision": "COMMISSIONED", "unknown": ["decidedOn", "notifiedOn", "decidedOn", "decidedon"]}]}
        """;

    // WHEN each is built
    // THEN both are refused with the same messages, at the same places of the review
    Tuple[] expected = {
        tuple("$.unknown[1]", "unknown lists \"notifiedOn\", which is required: a required key is always given"),
        tuple("$.unknown[2]", "unknown lists \"decidedOn\" twice"),
        tuple("$.unknown[3]", "unknown lists \"decidedon\", which is not a key of a domestic homicide review: did you mean"
            + " \"decidedOn\"?")};
    assertProblems(built, expected);
    InvalidRecordException read = catchThrowableOfType(InvalidRecordException.class, () -> RecordReader.readJson(json, "r.json"));
    assertThat(read.problems()).extracting(p -> p.path().replace("$.domesticHomicideReviews[0]", "$"), Problem::message)
        .containsExactly(expected);
  }

  @Test
  void refuses_a_value_named_unknown_and_given_at_once() {
    assertProblems(() -> review().decision(DhrDecision.COMMISSIONED).decidedOn(MAY_29).addUnknown("decidedOn").build(),
        tuple("$.unknown[0]", "unknown lists \"decidedOn\", which has a value here: a key is either given or unknown,"
            + " not both"));
  }

  @Test
  void refuses_a_list_not_recorded_that_holds_elements_and_a_key_that_is_no_evidence() {
    // GIVEN a meeting whose items are said to be not recorded, though it has one, and a reportedTotals said so
    AgendaItem item = AgendaItem.builder().title("Minutes").kind(AgendaItemKind.MINUTES).build();

    // WHEN they are built
    // THEN each is refused, naming the key
    assertProblems(() -> Meeting.builder().id("M1").body("JCSP").date(MAY_29).status(MeetingStatus.HELD)
            .addItems(item).addNotRecorded("items").build(),
        tuple("$.items", "items is not recorded, so it must be empty"));
    assertProblems(() -> Grant.builder().id("G1").programme("Fund").funder("PCC")
            .financialYear(FinancialYear.parse("2022/23")).addNotRecorded("reportedTotals").build(),
        tuple("$.reportedTotals", "notRecorded names \"reportedTotals\", which is not an evidence key of a grant (its"
            + " evidence keys: rollovers, projects)"));
  }

  @Test
  void refuses_a_version_1_record_holding_what_version_2_introduced() {
    // GIVEN a version 1 record with councils, a housing provider, a meeting whose items are not recorded,
    // and a grant whose allocation is unknown
    Meeting meeting = Meeting.builder().id("M1").body("JCSP").date(MAY_29).status(MeetingStatus.HELD)
        .addNotRecorded("items").build();
    Grant grant = Grant.builder().id("G1").programme("Fund").funder("EAST").financialYear(FinancialYear.parse("2022/23"))
        .build();

    // WHEN it is built
    // THEN each is refused, naming the version it needs
    assertProblems(() -> PartnershipRecord.builder()
            .partnership(Partnership.builder().from(partnership(Tier.DISTRICT)).addCouncils("EAST").build())
            .addOrganisations(council("EAST"),
                Organisation.builder().id("HOMES").name("Homes").kind(OrganisationKind.HOUSING).build())
            .addMeetings(meeting).addGrants(grant).build(),
        tuple("$.partnership.councils", "councils needs format kcsp-record/2: the record is kcsp-record/1"),
        tuple("$.organisations[1].kind", "kind HOUSING needs format kcsp-record/2: the record is kcsp-record/1"),
        tuple("$.meetings[0].items", "items is not recorded, which needs format kcsp-record/2: the record is"
            + " kcsp-record/1, where an absent list is empty"),
        tuple("$.grants[0].allocation", "allocation is required"));
  }

  @Test
  void refuses_a_version_2_record_whose_absent_agreement_is_not_named_not_recorded() {
    assertProblems(() -> version2().notRecorded(List.of("informationSharing", "seriousViolence")).build(),
        tuple("$.agreement", "agreement is absent, which in kcsp-record/2 is not recorded: name it in notRecorded (a"
            + " record of this version cannot say there is none)"));
  }

  @Test
  void builds_a_version_2_record_of_two_councils_whose_sessions_name_theirs() {
    // GIVEN a joint partnership of two councils, a session naming one and a session whose council is unknown
    PartnershipRecord record = version2()
        .partnership(Partnership.builder().from(partnership(Tier.DISTRICT)).addCouncils("EAST", "WEST").build())
        .addOrganisations(council("WEST"))
        .addScrutinySessions(ScrutinySession.builder().id("S1").date(MAY_29).committee("East").council("EAST").build(),
            ScrutinySession.builder().id("S2").date(MAY_29).committee("West").addUnknown("council").build())
        .build();

    // WHEN it is asked about them
    // THEN the councils are recorded and the second session's council is unknown
    assertThat(record.partnership().isRecorded("councils")).isTrue();
    assertThat(record.scrutinySessions().get(1).isUnknown("council")).isTrue();
    assertThat(record.effectivePolicy()).isEqualTo(BuiltInPolicy.ENGLAND);
  }

  @Test
  void refuses_a_county_council_on_a_unitary_partnership_built_in_code() {
    assertProblems(() -> version2()
            .partnership(Partnership.builder().from(partnership(Tier.UNITARY)).countyCouncil("EAST")
                .addNotRecorded("councils").build()).build(),
        tuple("$.partnership.countyCouncil", "countyCouncil is for a DISTRICT partnership in a two-tier county; this"
            + " partnership is UNITARY"));
  }

  @Test
  void keeps_the_allocation_of_a_version_1_grant_as_it_was() {
    // GIVEN a grant built as version 1 code builds one
    Grant grant = Grant.builder().id("G1").programme("Fund").funder("PCC").financialYear(FinancialYear.parse("2022/23"))
        .allocation(Money.of("39661")).build();

    // WHEN its allocation is asked for
    // THEN it is the amount, known
    assertThat(grant.allocation()).isEqualTo(Money.of("39661"));
    assertThat(grant.knownAllocation()).contains(Money.of("39661"));
    assertThat(grant.isUnknown("allocation")).isFalse();
  }

  private static void assertProblems(ThrowingCallable build, Tuple... expected) {
    InvalidRecordException thrown = catchThrowableOfType(InvalidRecordException.class, build);
    assertThat(thrown).as("built without a problem").isNotNull();
    assertThat(thrown.problems()).extracting(Problem::path, Problem::message).containsExactly(expected);
  }
}
