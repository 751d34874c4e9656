package org.kcsp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structural invariants of the model: what building a value, or a whole record, refuses, with
 * the path and message of each problem.
 */
class InvariantsTest {

  private static final LocalDate MARCH_24 = LocalDate.of(2022, 3, 24);
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);
  private static final FinancialYear YEAR = FinancialYear.parse("2022/23");

  // ---------------------------------------------------------------- values

  @Nested
  class Values {

    static Stream<Arguments> valuesWithABlankId() {
      return Stream.of(
          blank("a partnership", () -> Partnership.builder().id(" ").name("Kent CSP").area("Kent").tier(Tier.COUNTY).build()),
          blank("an organisation", () -> organisationBuilder(" ", OrganisationKind.OTHER).build()),
          blank("a subgroup", () -> Subgroup.builder().id("").name("Working Group").parent("KCSP").build()),
          blank("a terms of reference approval", () -> torBuilder("\t", "KCSP", "KCSP", JULY_14).build()),
          blank("a meeting", () -> meetingBuilder(" ", "KCSP", JULY_14).build()),
          blank("a priority", () -> Priority.builder().id(" ").name("VAWG").kind(PriorityKind.PRIORITY).build()),
          blank("an action", () -> Action.builder().id(" ").title("Campaign").cadence(Cadence.ANNUAL).build()),
          blank("a grant", () -> grantBuilder(" ").build()),
          blank("a project", () -> projectBuilder(" ").build()),
          blank("an external award", () -> awardBuilder(" ", "KM-VRU").financialYear(YEAR).build()),
          blank("a scrutiny session", () -> ScrutinySession.builder().id(" ").date(JULY_14).committee("Scrutiny").build()),
          blank("a domestic homicide review", () -> reviewBuilder(" ").build()));
    }

    private static Arguments blank(String kind, ThrowingCallable build) {
      return Arguments.of(Named.of(kind, build));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesWithABlankId")
    void rejects_a_blank_id(ThrowingCallable build) {
      // GIVEN a value whose id is empty or white space
      // WHEN it is built
      // THEN the id is reported
      assertProblems(build, tuple("$.id", "id must not be empty"));
    }

    @Test
    void rejects_other_blank_names_with_their_own_keys() {
      // GIVEN values with an empty name, version, title or reason
      // WHEN they are built
      // THEN each empty key is reported under its own name
      assertProblems(
          () -> Partnership.builder().id("KCSP").name("").area("Kent").tier(Tier.COUNTY).build(),
          tuple("$.name", "name must not be empty"));
      assertProblems(
          () -> torBuilder("T", "KCSP", "KCSP", JULY_14).version(" ").build(),
          tuple("$.version", "version must not be empty"));
      assertProblems(() -> IsaVersion.of(" ", JULY_14), tuple("$.version", "version must not be empty"));
      assertProblems(
          () -> projectBuilder("p").title(" ").build(), tuple("$.title", "title must not be empty"));
      assertProblems(
          () -> waiverBuilder("KCSP").reason("").build(), tuple("$.reason", "reason must not be empty"));
    }

    @Test
    void reports_every_blank_key_of_one_value_together() {
      // GIVEN an organisation with neither id nor name
      // WHEN it is built
      // THEN both are reported at once
      assertProblems(
          () -> Organisation.builder().id("").name(" ").kind(OrganisationKind.OTHER).build(),
          tuple("$.id", "id must not be empty"),
          tuple("$.name", "name must not be empty"));
    }

    @Test
    void rejects_an_organisation_that_ends_before_it_begins() {
      // GIVEN an organisation existing from 1 July 2022 until 30 June 2022
      // WHEN it is built
      // THEN existsUntil is reported
      assertProblems(
          () -> organisationBuilder("KM-ICB", OrganisationKind.HEALTH)
              .existsFrom(LocalDate.of(2022, 7, 1))
              .existsUntil(LocalDate.of(2022, 6, 30))
              .build(),
          tuple("$.existsUntil", "existsUntil (2022-06-30) must not be before existsFrom (2022-07-01)"));
    }

    @Test
    void accepts_an_organisation_that_exists_for_one_day() {
      // GIVEN an organisation existing from and until the same day
      // WHEN it is built
      Organisation organisation = organisationBuilder("ONE-DAY", OrganisationKind.OTHER)
          .existsFrom(JULY_14)
          .existsUntil(JULY_14)
          .build();

      // THEN it exists on that day
      assertThat(organisation.existsOn(JULY_14)).isTrue();
    }

    @Test
    void rejects_an_organisation_that_succeeds_itself() {
      // GIVEN the CCG succeeded by the CCG
      // WHEN it is built
      // THEN succeededBy is reported
      assertProblems(
          () -> organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-CCG").build(),
          tuple("$.succeededBy", "an organisation cannot succeed itself"));
    }

    @Test
    void rejects_a_subgroup_that_is_its_own_parent() {
      // GIVEN a subgroup overseen by itself
      // WHEN it is built
      // THEN parent is reported
      assertProblems(
          () -> Subgroup.builder().id("KCSP-WG").name("KCSP Working Group").parent("KCSP-WG").build(),
          tuple("$.parent", "a subgroup cannot be its own parent"));
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {0, 61, -12})
    void rejects_a_review_interval_outside_1_to_60_months(int months) {
      // GIVEN terms of reference reviewed every 0 or 61 months
      // WHEN they are built
      // THEN the interval is reported
      assertProblems(
          () -> torBuilder("T", "KCSP", "KCSP", JULY_14).reviewIntervalMonths(months).build(),
          tuple("$.reviewIntervalMonths", "reviewIntervalMonths must be from 1 to 60, got " + months));
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {1, 60})
    void accepts_a_review_interval_of_1_and_of_60_months(int months) {
      // GIVEN terms of reference reviewed every 1 or 60 months
      // WHEN they are built
      TermsOfReference tor = torBuilder("T", "KCSP", "KCSP", JULY_14).reviewIntervalMonths(months).build();

      // THEN the interval is kept
      assertThat(tor.reviewIntervalMonths()).isEqualTo(months);
      assertThat(tor.reviewDue()).isEqualTo(JULY_14.plusMonths(months));
    }

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(ints = {-1, 53})
    void rejects_meetings_per_year_outside_0_to_52(int meetings) {
      // GIVEN terms of reference saying the body meets -1 or 53 times a year
      // WHEN they are built
      // THEN the frequency is reported
      assertProblems(
          () -> torBuilder("T", "KCSP", "KCSP", JULY_14).meetingsPerYear(meetings).build(),
          tuple("$.meetingsPerYear", "meetingsPerYear must be from 0 to 52, got " + meetings));
    }

    @ParameterizedTest(name = "{0} a year")
    @ValueSource(ints = {0, 52})
    void accepts_meetings_per_year_of_0_and_of_52(int meetings) {
      // GIVEN terms of reference saying the body meets 0 or 52 times a year
      // WHEN they are built
      TermsOfReference tor = torBuilder("T", "KCSP", "KCSP", JULY_14).meetingsPerYear(meetings).build();

      // THEN the frequency is kept
      assertThat(tor.meetingsPerYear()).hasValue(meetings);
    }

    @Test
    void rejects_approves_minutes_of_on_an_item_that_is_not_minutes() {
      // GIVEN an UPDATE item that claims to approve minutes
      // WHEN it is built
      // THEN approvesMinutesOf is reported
      assertProblems(
          () -> AgendaItem.builder().title("Working Group update").kind(AgendaItemKind.UPDATE)
              .approvesMinutesOf("KCSP-2022-03-24").build(),
          tuple("$.approvesMinutesOf", "approvesMinutesOf is only allowed on a MINUTES item, not on an UPDATE item"));
      // AND on a MINUTES item it is accepted
      assertThat(minutes("KCSP-2022-03-24").approvesMinutesOf()).hasValue("KCSP-2022-03-24");
    }

    @Test
    void rejects_an_award_with_no_period() {
      // GIVEN an award with neither financialYear nor from
      // WHEN it is built
      // THEN the award itself is reported
      assertProblems(
          () -> awardBuilder("A", "KM-VRU").build(),
          tuple("$", "an award needs a financialYear or a from date to give it a period"));
    }

    @Test
    void rejects_an_award_with_to_but_no_from() {
      // GIVEN an award for 2022/23 with an end date but no start date
      // WHEN it is built
      // THEN to is reported
      assertProblems(
          () -> awardBuilder("A", "KM-VRU").financialYear(YEAR).to(LocalDate.of(2023, 3, 31)).build(),
          tuple("$.to", "to is only allowed with from"));
    }

    @Test
    void rejects_an_award_that_ends_before_it_starts() {
      // GIVEN an award from 1 April 2022 to 31 March 2022
      // WHEN it is built
      // THEN to is reported
      assertProblems(
          () -> awardBuilder("A", "KM-VRU").from(LocalDate.of(2022, 4, 1)).to(LocalDate.of(2022, 3, 31)).build(),
          tuple("$.to", "to (2022-03-31) must not be before from (2022-04-01)"));
      // AND an award of one day is accepted
      assertThat(awardBuilder("A", "KM-VRU").from(JULY_14).to(JULY_14).build().periodEnd()).hasValue(JULY_14);
    }

    @Test
    void rejects_a_review_decision_without_its_date() {
      // GIVEN a review COMMISSIONED on no date
      // WHEN it is built
      // THEN decidedOn is reported
      assertProblems(
          () -> reviewBuilder("DHR-1").decision(DhrDecision.COMMISSIONED).build(),
          tuple("$.decidedOn", "decision and decidedOn go together: give both or neither"));
    }

    @Test
    void rejects_a_review_decision_date_without_the_decision() {
      // GIVEN a review decided on a date, with no decision
      // WHEN it is built
      // THEN decision is reported
      assertProblems(
          () -> reviewBuilder("DHR-1").decidedOn(MARCH_24.plusDays(10)).build(),
          tuple("$.decision", "decision and decidedOn go together: give both or neither"));
    }

    @Test
    void rejects_the_submission_of_a_review_not_commissioned() {
      // GIVEN a review NOT_COMMISSIONED but submitted to the Home Office
      // WHEN it is built
      // THEN the submission is reported
      assertProblems(
          () -> reviewBuilder("DHR-1")
              .decision(DhrDecision.NOT_COMMISSIONED)
              .decidedOn(MARCH_24.plusDays(10))
              .submittedToHomeOfficeOn(JULY_14)
              .build(),
          tuple("$.submittedToHomeOfficeOn", "only a COMMISSIONED review can be submitted to the Home Office"));
    }

    @Test
    void rejects_a_review_decided_before_it_was_notified() {
      // GIVEN a review notified on 24 March 2022 and decided the day before
      // WHEN it is built
      // THEN decidedOn is reported
      assertProblems(
          () -> reviewBuilder("DHR-1").decision(DhrDecision.COMMISSIONED).decidedOn(MARCH_24.minusDays(1)).build(),
          tuple("$.decidedOn", "decidedOn (2022-03-23) must not be before notifiedOn (2022-03-24)"));
      // AND a review decided on the day it was notified is accepted
      assertThat(reviewBuilder("DHR-1").decision(DhrDecision.COMMISSIONED).decidedOn(MARCH_24).build().decidedOn())
          .hasValue(MARCH_24);
    }

    @Test
    void rejects_a_grant_rolling_money_over_from_itself() {
      // GIVEN a grant whose second rollover comes from the grant itself
      // WHEN it is built
      // THEN that rollover's fromGrant is reported
      assertProblems(
          () -> grantBuilder("CRG-2022-23")
              .addRollovers(rollover("CRG-2021-22"), rollover("CRG-2022-23"))
              .build(),
          tuple("$.rollovers[1].fromGrant", "a grant cannot roll money over from itself"));
    }

    @Test
    void lists_a_single_problem_in_the_message() {
      // GIVEN an organisation that succeeds itself
      // WHEN it is built
      InvalidRecordException invalid =
          invalid(() -> organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-CCG").build());

      // THEN the message says one problem and lists it on its own line
      assertThat(invalid.getMessage().lines())
          .containsExactly("invalid record: 1 problem", "  $.succeededBy: an organisation cannot succeed itself");
      assertThat(invalid.source()).isEmpty();
    }
  }

  // ---------------------------------------------------------------- records

  @Nested
  class Records {

    @Test
    void builds_a_record_whose_references_of_every_kind_resolve() {
      // GIVEN a record using every kind of reference, all to ids it lists
      // WHEN it is built
      PartnershipRecord record = everyReference().build();

      // THEN it is valid
      assertThat(record.subgroups()).hasSize(2);
      assertThat(record.grants()).hasSize(2);
    }

    static Stream<Arguments> duplicateIds() {
      return Stream.of(
          duplicate("organisation", () -> record()
                  .addOrganisations(organisation("KCC", OrganisationKind.LOCAL_AUTHORITY)),
              "$.organisations[3].id", "organisation id \"KCC\" is used twice"),
          duplicate("the partnership and a subgroup", () -> record()
                  .addSubgroups(Subgroup.builder().id("KCSP").name("Another KCSP").parent("KCSP-WG").build()),
              "$.subgroups[1].id",
              "body id \"KCSP\" is used twice (the partnership and subgroups share one id space)"),
          duplicate("two subgroups", () -> record()
                  .addSubgroups(subgroup("KCSP-WG", "KCSP")),
              "$.subgroups[1].id",
              "body id \"KCSP-WG\" is used twice (the partnership and subgroups share one id space)"),
          duplicate("terms of reference", () -> record()
                  .addTermsOfReference(tor("T", "KCSP", MARCH_24), tor("T", "KCSP", JULY_14)),
              "$.termsOfReference[1].id", "terms of reference id \"T\" is used twice"),
          duplicate("meeting", () -> record()
                  .addMeetings(meeting("M", "KCSP", MARCH_24), meeting("M", "KCSP", JULY_14)),
              "$.meetings[1].id", "meeting id \"M\" is used twice"),
          duplicate("grant", () -> record()
                  .addGrants(grantBuilder("G").build(), grantBuilder("G").build()),
              "$.grants[1].id", "grant id \"G\" is used twice"),
          duplicate("project of one grant", () -> record()
                  .addGrants(grantBuilder("G").addProjects(project("p"), project("p")).build()),
              "$.grants[0].projects[1].id",
              "project id \"p\" is used twice (project ids are unique across the record)"),
          duplicate("project across two grants", () -> record()
                  .addGrants(
                      grantBuilder("G1").addProjects(project("p"), project("q")).build(),
                      grantBuilder("G2").addProjects(project("q")).build()),
              "$.grants[1].projects[0].id",
              "project id \"q\" is used twice (project ids are unique across the record)"),
          duplicate("external award", () -> record()
                  .addExternalAwards(award("A"), award("A")),
              "$.externalAwards[1].id", "award id \"A\" is used twice"),
          duplicate("priority", () -> record()
                  .agreement(agreementBuilder().addPriorities(priority("P"), priority("P")).build()),
              "$.agreement.priorities[1].id", "priority id \"P\" is used twice"),
          duplicate("action", () -> record()
                  .agreement(agreementBuilder().addPriorities(priority("P"))
                      .addActions(action("X", "P"), action("X", "P")).build()),
              "$.agreement.actions[1].id", "action id \"X\" is used twice"),
          duplicate("scrutiny session", () -> record()
                  .addScrutinySessions(session("S", MARCH_24), session("S", JULY_14)),
              "$.scrutinySessions[1].id", "scrutiny session id \"S\" is used twice"),
          duplicate("domestic homicide review", () -> record()
                  .addDomesticHomicideReviews(reviewBuilder("R").build(), reviewBuilder("R").build()),
              "$.domesticHomicideReviews[1].id", "review id \"R\" is used twice"),
          duplicate("ISA version", () -> record()
                  .informationSharing(InformationSharing.builder().name("ISA")
                      .addVersions(IsaVersion.of("1", MARCH_24), IsaVersion.of("2", JULY_14), IsaVersion.of("1", JULY_14))
                      .build()),
              "$.informationSharing.versions[2].version", "version \"1\" is listed twice"));
    }

    private static Arguments duplicate(
        String kind, Supplier<PartnershipRecord.Builder> record, String path, String message) {
      return Arguments.of(Named.of(kind, record), path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicateIds")
    void rejects_an_id_used_twice_within_its_kind(
        Supplier<PartnershipRecord.Builder> record, String path, String message) {
      // GIVEN a record that uses one id twice within one kind
      // WHEN it is built
      // THEN the second use is reported
      assertProblems(() -> record.get().build(), tuple(path, message));
    }

    @Test
    void accepts_one_id_in_two_kinds() {
      // GIVEN a grant, a project and a meeting all called "2022"
      // WHEN the record is built
      PartnershipRecord record = record()
          .addGrants(grantBuilder("2022").addProjects(project("2022")).build())
          .addMeetings(meeting("2022", "KCSP", JULY_14))
          .build();

      // THEN it is valid: ids are unique within their kind only
      assertThat(record.grants()).hasSize(1);
    }

    static Stream<Arguments> danglingReferences() {
      return Stream.of(
          dangling("subgroup parent", () -> record().addSubgroups(subgroup("DHR-SG", "KCSP-XX")),
              "$.subgroups[1].parent", "parent names body \"KCSP-XX\", which the record does not list"),
          dangling("terms of reference body", () -> record()
                  .addTermsOfReference(torBuilder("T", "DHR-SG", "KCSP", JULY_14).build()),
              "$.termsOfReference[0].body",
              "body names body \"DHR-SG\", which is neither the partnership nor a subgroup"),
          dangling("terms of reference approvedBy", () -> record()
                  .addTermsOfReference(torBuilder("T", "KCSP-WG", "KCC", JULY_14).build()),
              "$.termsOfReference[0].approvedBy",
              "approvedBy names body \"KCC\", which is neither the partnership nor a subgroup"),
          dangling("membership organisation", () -> record()
                  .addTermsOfReference(torBuilder("T", "KCSP", "KCSP", JULY_14)
                      .addMembership(
                          Membership.of("KCC", MemberRole.RESPONSIBLE_AUTHORITY),
                          Membership.of("KM-CCG", MemberRole.RESPONSIBLE_AUTHORITY))
                      .build()),
              "$.termsOfReference[0].membership[1].organisation",
              "organisation names organisation \"KM-CCG\", which the record does not list"),
          dangling("meeting body", () -> record().addMeetings(meeting("M", "DHR-SG", JULY_14)),
              "$.meetings[0].body", "body names body \"DHR-SG\", which is neither the partnership nor a subgroup"),
          dangling("approvesMinutesOf an unknown meeting", () -> record()
                  .addMeetings(meeting("M1", "KCSP", MARCH_24), meetingApproving("M2", "KCSP", JULY_14, "M0")),
              "$.meetings[1].items[1].approvesMinutesOf",
              "approvesMinutesOf names meeting \"M0\", which the record does not list"),
          dangling("approvesMinutesOf another body's meeting", () -> record()
                  .addMeetings(meeting("WG1", "KCSP-WG", MARCH_24), meetingApproving("M2", "KCSP", JULY_14, "WG1")),
              "$.meetings[1].items[1].approvesMinutesOf",
              "approvesMinutesOf names meeting \"WG1\" of another body (KCSP-WG)"),
          dangling("approvesMinutesOf a meeting on the same day", () -> record()
                  .addMeetings(meetingApproving("M2", "KCSP", JULY_14, "M1"), meeting("M1", "KCSP", JULY_14)),
              "$.meetings[0].items[1].approvesMinutesOf",
              "approvesMinutesOf names meeting \"M1\" of 2022-07-14, which is not before this meeting (2022-07-14)"),
          dangling("approvesMinutesOf a later meeting", () -> record()
                  .addMeetings(meetingApproving("M1", "KCSP", MARCH_24, "M2"), meeting("M2", "KCSP", JULY_14)),
              "$.meetings[0].items[1].approvesMinutesOf",
              "approvesMinutesOf names meeting \"M2\" of 2022-07-14, which is not before this meeting (2022-03-24)"),
          dangling("action priority", () -> record()
                  .agreement(agreementBuilder().addPriorities(priority("P")).addActions(action("X", "P", "Q")).build()),
              "$.agreement.actions[0].priorities[1]", "priority \"Q\" is not a priority of the agreement"),
          dangling("action lead", () -> record()
                  .agreement(agreementBuilder().addPriorities(priority("P"))
                      .addActions(Action.builder().from(action("X", "P")).lead("KENT-POLICE").build()).build()),
              "$.agreement.actions[0].lead",
              "lead names organisation \"KENT-POLICE\", which the record does not list"),
          dangling("project priority", () -> record()
                  .agreement(agreementBuilder().addPriorities(priority("P")).build())
                  .addGrants(grantBuilder("G").addProjects(project("p", "P"), project("q", "P", "Q")).build()),
              "$.grants[0].projects[1].priorities[1]", "priority \"Q\" is not a priority of the agreement"),
          dangling("project priority without an agreement", () -> record()
                  .addGrants(grantBuilder("G").addProjects(project("p", "P")).build()),
              "$.grants[0].projects[0].priorities[0]",
              "priority \"P\" is not a priority of the agreement (the record has no agreement)"),
          dangling("ISA signature organisation", () -> record()
                  .informationSharing(isa(IsaSignature.of("KENT-POLICE", "1", JULY_14))),
              "$.informationSharing.signatures[0].organisation",
              "organisation names organisation \"KENT-POLICE\", which the record does not list"),
          dangling("ISA signature version", () -> record()
                  .informationSharing(isa(IsaSignature.of("KCC", "1", JULY_14), IsaSignature.of("KCC", "3", JULY_14))),
              "$.informationSharing.signatures[1].version",
              "version names \"3\", which the agreement does not list"),
          dangling("grant funder", () -> record()
                  .addGrants(grantBuilder("G").funder("KENT-OPCC").build()),
              "$.grants[0].funder", "funder names organisation \"KENT-OPCC\", which the record does not list"),
          dangling("rollover fromGrant", () -> record()
                  .addGrants(grantBuilder("G").addRollovers(rollover("CRG-2018-19")).build()),
              "$.grants[0].rollovers[0].fromGrant",
              "fromGrant names grant \"CRG-2018-19\", which the record does not list"),
          dangling("award funder", () -> record()
                  .addExternalAwards(awardBuilder("A", "KM-VRU").financialYear(YEAR).build()),
              "$.externalAwards[0].funder", "funder names organisation \"KM-VRU\", which the record does not list"),
          dangling("organisation succeededBy", () -> record()
                  .addOrganisations(organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-ICB").build()),
              "$.organisations[3].succeededBy",
              "succeededBy names organisation \"KM-ICB\", which the record does not list"),
          dangling("waiver approvedBy", () -> record()
                  .addWaivers(waiverBuilder("KCSP").approvedBy("KENT-PCC").build()),
              "$.waivers[0].approvedBy",
              "approvedBy names body \"KENT-PCC\", which is neither the partnership nor a subgroup"),
          dangling("waiver subject", () -> record()
                  .addWaivers(waiverBuilder("TOR-2021").build()),
              "$.waivers[0].subject", "subject names \"TOR-2021\", which is no id in the record"));
    }

    private static Arguments dangling(
        String reference, Supplier<PartnershipRecord.Builder> record, String path, String message) {
      return Arguments.of(Named.of(reference, record), path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("danglingReferences")
    void rejects_a_reference_that_does_not_resolve(
        Supplier<PartnershipRecord.Builder> record, String path, String message) {
      // GIVEN a record with one reference to an id it does not list (or cannot use)
      // WHEN it is built
      // THEN that reference is reported at its path
      assertProblems(() -> record.get().build(), tuple(path, message));
    }

    @Test
    void rejects_subgroups_whose_parents_go_round_in_a_circle() {
      // GIVEN two subgroups, each the parent of the other
      // WHEN the record is built
      // THEN both are reported
      assertProblems(
          () -> record().subgroups(List.of(subgroup("A", "B"), subgroup("B", "A"))).build(),
          tuple("$.subgroups[0].parent", "the parents of subgroup \"A\" never lead to the partnership: they go round in a"
              + " circle: \"A\" -> \"B\" -> \"A\""),
          tuple("$.subgroups[1].parent", "the parents of subgroup \"B\" never lead to the partnership: they go round in a"
              + " circle: \"A\" -> \"B\" -> \"A\""));
    }

    @Test
    void rejects_organisations_whose_successors_go_round_in_a_circle_once_naming_the_circle() {
      // GIVEN the CCG succeeded by the ICB, succeeded by the VRU, succeeded by the CCG, and KCC succeeded by the CCG
      // WHEN the record is built
      // THEN the circle is reported once, at its first organisation (KCC, which only leads into it, is not)
      assertProblems(
          () -> record().addOrganisations(
                  organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-ICB").build(),
                  organisationBuilder("KM-ICB", OrganisationKind.HEALTH).succeededBy("KM-VRU").build(),
                  organisationBuilder("KM-VRU", OrganisationKind.VIOLENCE_REDUCTION_UNIT).succeededBy("KM-CCG").build(),
                  organisationBuilder("KCC-2", OrganisationKind.LOCAL_AUTHORITY).succeededBy("KM-CCG").build())
              .build(),
          tuple("$.organisations[3].succeededBy", "the successors of organisation \"KM-CCG\" go round in a circle:"
              + " \"KM-CCG\" -> \"KM-ICB\" -> \"KM-VRU\" -> \"KM-CCG\""));
    }

    @Test
    void accepts_a_chain_of_successors_that_ends() {
      // GIVEN the CCG succeeded by the ICB, succeeded by the VRU, which has no successor
      // WHEN the record is built
      PartnershipRecord record = record().addOrganisations(
              organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-ICB").build(),
              organisationBuilder("KM-ICB", OrganisationKind.HEALTH).succeededBy("KM-VRU").build(),
              organisation("KM-VRU", OrganisationKind.VIOLENCE_REDUCTION_UNIT))
          .build();

      // THEN it is valid
      assertThat(record.organisation("KM-CCG")).flatMap(Organisation::succeededBy).contains("KM-ICB");
    }

    @Test
    void reports_a_subgroup_that_leads_into_a_circle_it_is_not_part_of() {
      // GIVEN A and B each the parent of the other, and C under A
      // WHEN the record is built
      // THEN C never leads to the partnership either
      assertProblems(
          () -> record().subgroups(List.of(subgroup("C", "A"), subgroup("A", "B"), subgroup("B", "A"))).build(),
          tuple("$.subgroups[0].parent", "the parents of subgroup \"C\" never lead to the partnership: they go round in a"
              + " circle: \"A\" -> \"B\" -> \"A\""),
          tuple("$.subgroups[1].parent", "the parents of subgroup \"A\" never lead to the partnership: they go round in a"
              + " circle: \"A\" -> \"B\" -> \"A\""),
          tuple("$.subgroups[2].parent", "the parents of subgroup \"B\" never lead to the partnership: they go round in a"
              + " circle: \"A\" -> \"B\" -> \"A\""));
    }

    @Test
    void accepts_a_chain_of_subgroups_up_to_the_partnership() {
      // GIVEN a subgroup of a subgroup of the partnership, listed before its parent
      // WHEN the record is built
      PartnershipRecord record =
          record().subgroups(List.of(subgroup("TASK", "KCSP-WG"), subgroup("KCSP-WG", "KCSP"))).build();

      // THEN it is valid
      assertThat(record.subgroups()).extracting(Subgroup::id).containsExactly("TASK", "KCSP-WG");
    }

    @Test
    void reports_every_problem_of_a_record_at_once_with_full_paths() {
      // GIVEN a record with five problems in different places
      ThrowingCallable build = () -> record()
          .addOrganisations(organisation("KCC", OrganisationKind.LOCAL_AUTHORITY))
          .addMeetings(meeting("M", "DHR-SG", JULY_14))
          .agreement(agreementBuilder().addPriorities(priority("P")).build())
          .addGrants(grantBuilder("G").funder("KENT-OPCC")
              .addProjects(project("p", "P"), project("q", "Q")).build())
          .addWaivers(waiverBuilder("NOPE").build())
          .build();

      // WHEN it is built
      InvalidRecordException invalid = invalid(build);

      // THEN all five are reported, each at its full path
      assertThat(invalid.problems())
          .extracting(Problem::path, Problem::message)
          .containsExactlyInAnyOrder(
              tuple("$.organisations[3].id", "organisation id \"KCC\" is used twice"),
              tuple("$.meetings[0].body", "body names body \"DHR-SG\", which is neither the partnership nor a subgroup"),
              tuple("$.grants[0].funder", "funder names organisation \"KENT-OPCC\", which the record does not list"),
              tuple("$.grants[0].projects[1].priorities[0]", "priority \"Q\" is not a priority of the agreement"),
              tuple("$.waivers[0].subject", "subject names \"NOPE\", which is no id in the record"));
      assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.hasLocation()).isFalse());

      // AND the message counts them and lists each on its own line
      List<String> lines = invalid.getMessage().lines().toList();
      assertThat(lines).hasSize(6);
      assertThat(lines.get(0)).isEqualTo("invalid record: 5 problems");
      assertThat(lines.subList(1, 6))
          .containsExactlyElementsOf(invalid.problems().stream().map(problem -> "  " + problem).toList())
          .contains("  $.grants[0].projects[1].priorities[0]: priority \"Q\" is not a priority of the agreement");
    }
  }

  // ---------------------------------------------------------------- helpers

  private static InvalidRecordException invalid(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isInstanceOf(InvalidRecordException.class);
    return (InvalidRecordException) thrown;
  }

  private static void assertProblems(ThrowingCallable build, Tuple... expected) {
    assertThat(invalid(build).problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(expected);
  }

  /** A valid record: the KCSP, the PCC, the county council, the police and the Working Group. */
  private static PartnershipRecord.Builder record() {
    return PartnershipRecord.builder()
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership")
            .area("Kent").tier(Tier.COUNTY).build())
        .addOrganisations(
            organisation("KENT-PCC", OrganisationKind.POLICE_AND_CRIME_COMMISSIONER),
            organisation("KCC", OrganisationKind.LOCAL_AUTHORITY),
            organisation("KFRS", OrganisationKind.FIRE_AND_RESCUE))
        .addSubgroups(subgroup("KCSP-WG", "KCSP"));
  }

  /** A valid record using every kind of reference the format has. */
  private static PartnershipRecord.Builder everyReference() {
    return record()
        .addOrganisations(
            organisationBuilder("KM-CCG", OrganisationKind.HEALTH).succeededBy("KM-ICB").build(),
            organisation("KM-ICB", OrganisationKind.HEALTH),
            organisation("KM-VRU", OrganisationKind.VIOLENCE_REDUCTION_UNIT))
        .addSubgroups(subgroup("DHR-SG", "KCSP"))
        .addTermsOfReference(torBuilder("T", "KCSP-WG", "KCSP", JULY_14)
            .addMembership(Membership.of("KCC", MemberRole.RESPONSIBLE_AUTHORITY)).build())
        .addMeetings(meeting("M1", "KCSP", MARCH_24), meetingApproving("M2", "KCSP", JULY_14, "M1"))
        .agreement(agreementBuilder().addPriorities(priority("P"))
            .addActions(Action.builder().from(action("X", "P")).lead("KCC").build()).build())
        .informationSharing(isa(IsaSignature.of("KCC", "1", JULY_14)))
        .addGrants(
            grantBuilder("G1").addProjects(project("p", "P")).build(),
            grantBuilder("G2").addRollovers(rollover("G1")).addProjects(project("q")).build())
        .addExternalAwards(award("A"))
        .addWaivers(waiverBuilder("q").approvedBy("KCSP-WG").build());
  }

  private static Organisation.Builder organisationBuilder(String id, OrganisationKind kind) {
    return Organisation.builder().id(id).name(id + " name").kind(kind);
  }

  private static Organisation organisation(String id, OrganisationKind kind) {
    return organisationBuilder(id, kind).build();
  }

  private static Subgroup subgroup(String id, String parent) {
    return Subgroup.builder().id(id).name(id + " group").parent(parent).build();
  }

  private static TermsOfReference.Builder torBuilder(String id, String body, String approvedBy, LocalDate on) {
    return TermsOfReference.builder().id(id).body(body).version(String.valueOf(on.getYear()))
        .approvedOn(on).approvedBy(approvedBy);
  }

  private static TermsOfReference tor(String id, String body, LocalDate on) {
    return torBuilder(id, body, "KCSP", on).build();
  }

  private static Meeting.Builder meetingBuilder(String id, String body, LocalDate date) {
    return Meeting.builder().id(id).body(body).date(date).status(MeetingStatus.HELD);
  }

  private static Meeting meeting(String id, String body, LocalDate date) {
    return meetingBuilder(id, body, date).build();
  }

  private static Meeting meetingApproving(String id, String body, LocalDate date, String approved) {
    return meetingBuilder(id, body, date)
        .addItems(AgendaItem.builder().title("Apologies").kind(AgendaItemKind.OTHER).build(), minutes(approved))
        .build();
  }

  private static AgendaItem minutes(String approved) {
    return AgendaItem.builder().title("Notes of the last meeting").kind(AgendaItemKind.MINUTES)
        .approvesMinutesOf(approved).build();
  }

  private static Agreement.Builder agreementBuilder() {
    return Agreement.builder().name("Kent Community Safety Agreement").lastRefreshedOn(JULY_14);
  }

  private static Priority priority(String id) {
    return Priority.builder().id(id).name(id + " priority").kind(PriorityKind.PRIORITY).build();
  }

  private static Action action(String id, String... priorities) {
    return Action.builder().id(id).title(id + " action").cadence(Cadence.ONGOING).addPriorities(priorities).build();
  }

  private static InformationSharing isa(IsaSignature... signatures) {
    return InformationSharing.builder().name("Kent and Medway Information Sharing Agreement")
        .addVersions(IsaVersion.of("1", MARCH_24)).addSignatures(signatures).build();
  }

  private static Grant.Builder grantBuilder(String id) {
    return Grant.builder().id(id).programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(YEAR).allocation(Money.of("39661"));
  }

  private static Project.Builder projectBuilder(String id) {
    return Project.builder().id(id).title(id + " project").pot(Pot.UPFRONT).status(ProjectStatus.APPROVED);
  }

  private static Project project(String id, String... priorities) {
    return projectBuilder(id).addPriorities(priorities).build();
  }

  private static Rollover rollover(String fromGrant) {
    return Rollover.builder().amount(Money.of("10000")).fromGrant(fromGrant).intoPot(Pot.TACTICAL)
        .permission(RolloverPermission.REQUESTED).build();
  }

  private static ExternalAward.Builder awardBuilder(String id, String funder) {
    return ExternalAward.builder().id(id).funder(funder).title("Bystander Approach Training");
  }

  private static ExternalAward award(String id) {
    return awardBuilder(id, "KENT-PCC").financialYear(YEAR).build();
  }

  private static ScrutinySession session(String id, LocalDate date) {
    return ScrutinySession.builder().id(id).date(date).committee("Crime and Disorder Scrutiny Committee").build();
  }

  private static DomesticHomicideReview.Builder reviewBuilder(String id) {
    return DomesticHomicideReview.builder().id(id).name("Review " + id).notifiedOn(MARCH_24);
  }

  private static Waiver.Builder waiverBuilder(String subject) {
    return Waiver.builder().rule("TOR_REVIEW_OVERDUE").subject(subject).reason("accepted by the partnership")
        .approvedBy("KCSP").until(JULY_14);
  }
}
