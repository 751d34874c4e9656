package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.model.MemberRole.CO_OPERATING;
import static org.kcsp.model.MemberRole.PARTICIPATING;
import static org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;

/**
 * MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING and ISA_NOT_SIGNED, from the KCSP of 14 July 2022 (seed
 * 001): the ICB took on the CCG's responsibilities from 1 July 2022 (ToR review para 1), so the
 * CCG's last day is 30 June 2022; members are to sign the latest ISA (resolution (b)).
 */
class MembershipRulesTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  private static final String MISSING = "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING";
  private static final String ISA = "ISA_NOT_SIGNED";

  /** The CCG's last day: the ICB took on its responsibilities from 1 July 2022 (seed 001, ToR review para 1). */
  private static final LocalDate CCG_LAST_DAY = LocalDate.of(2022, 6, 30);

  /** The fixture with one ToR approval changed. */
  static PartnershipRecord.Builder withTor(String id, UnaryOperator<TermsOfReference.Builder> change) {
    List<TermsOfReference> tors = Kcsp2022.record().build().termsOfReference().stream()
        .map(t -> t.id().equals(id) ? change.apply(TermsOfReference.builder().from(t)).build() : t)
        .toList();
    return Kcsp2022.record().termsOfReference(tors);
  }

  /** The fixture's 2022 partnership membership with one organisation's seat replaced (or removed, role null). */
  static List<Membership> membersWith(String organisation, MemberRole role) {
    return Kcsp2022.members().stream()
        .map(m -> m.organisation().equals(organisation) && role != null ? Membership.of(organisation, role) : m)
        .filter(m -> role != null || !m.organisation().equals(organisation))
        .toList();
  }

  /** The fixture with one organisation changed. */
  static PartnershipRecord.Builder withOrganisation(String id, UnaryOperator<Organisation.Builder> change) {
    List<Organisation> organisations = Kcsp2022.record().build().organisations().stream()
        .map(o -> o.id().equals(id) ? change.apply(Organisation.builder().from(o)).build() : o)
        .toList();
    return Kcsp2022.record().organisations(organisations);
  }

  /** The fixture's ISA signatures without {@code organisation}'s. */
  static List<IsaSignature> signaturesWithout(String organisation) {
    return Kcsp2022.record().build().informationSharing().orElseThrow().signatures().stream()
        .filter(s -> !s.organisation().equals(organisation))
        .toList();
  }

  static InformationSharing isa(List<IsaVersion> versions, List<IsaSignature> signatures) {
    return InformationSharing.builder().name("Kent and Medway Information Sharing Agreement")
        .versions(versions).signatures(signatures).build();
  }

  @Nested
  class ResponsibleAuthorityMissing {

    @Test
    void passes_on_the_kcsp_of_14_july_2022_whose_tor_seat_the_icb_for_health() {
      // GIVEN the KCSP of 14 July 2022: the 2022 ToR seat KCC, Kent Police, KFRS, the ICB and Probation (seed 001)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN every kind of responsible authority is there
      assertThat(report).hasNoFinding(MISSING).outcomeOf(MISSING).isPass();
    }

    @Test
    void reports_no_health_body_when_the_2021_tor_still_list_the_ccg_the_day_after_it_ceased() {
      // GIVEN the KCSP whose latest ToR before 14 July 2022 are those of July 2021, which list the CCG
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on 1 July 2022, the day the ICB took over from the CCG (seed 001, ToR review para 1)
      ComplianceReport report = ENGINE.check(record, CCG_LAST_DAY.plusDays(1));
      // THEN the CCG no longer counts, and no other health body is listed
      Finding finding = assertThat(report).hasFinding(MISSING).on("KCSP").withSeverity(Severity.ERROR).single();
      assertThat(finding.subject()).isEqualTo(new Subject(SubjectKind.PARTNERSHIP, "KCSP"));
      assertThat(finding.evidence()).containsExactly(
          Map.entry("termsOfReference", "KCSP-TOR-2021"),
          Map.entry("approvedOn", "2021-07-15"),
          Map.entry("missingKind", "HEALTH"));
      assertThat(finding.message()).isEqualTo("Kent Community Safety Partnership's terms of reference (KCSP-TOR-2021, "
          + "approved on 15 July 2021) name no health body as a responsible authority that exists on 1 July 2022.");
      assertThat(report).outcomeOf(MISSING).isFail();
    }

    @Test
    void stays_silent_on_30_june_2022_the_ccgs_last_day() {
      // GIVEN the KCSP whose July 2021 ToR list the CCG (last day 30 June 2022, seed 001 ToR review para 1)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on the CCG's last day
      ComplianceReport report = ENGINE.check(record, CCG_LAST_DAY);
      // THEN the CCG still counts as the health member
      assertThat(report).hasNoFinding(MISSING).outcomeOf(MISSING).isPass();
    }

    @Test
    void does_not_count_a_member_that_does_not_exist_yet() {
      // GIVEN the 2022 ToR seat the ICB, recorded here as existing only from the day after 14 July 2022
      PartnershipRecord record = withOrganisation("KM-ICB", o -> o.existsFrom(Kcsp2022.MINUTES.plusDays(1))).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the ICB does not count yet: the health kind is missing
      assertThat(report).hasFinding(MISSING).on("KCSP").withEvidence("termsOfReference", "KCSP-TOR-2022")
          .withEvidence("missingKind", "HEALTH").single();
    }

    @Test
    void reports_each_missing_kind_once() {
      // GIVEN 2022 ToR that keep KCC, the ICB and Probation but drop Kent Police and KFRS
      PartnershipRecord record = withTor("KCSP-TOR-2022", t -> t.membership(
          membersWith("KENT-POLICE", null).stream().filter(m -> !m.organisation().equals("KFRS")).toList())).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN there is one finding for the police and one for fire and rescue
      assertThat(report).hasFinding(MISSING).on("KCSP").times(2);
      assertThat(report).hasFinding(MISSING).withEvidence("missingKind", "POLICE").single();
      assertThat(report.findings(MISSING).stream().map(f -> f.evidence().get("missingKind")))
          .containsExactlyInAnyOrder("POLICE", "FIRE_AND_RESCUE");
      assertThat(report).hasFinding(MISSING).withEvidence("missingKind", "FIRE_AND_RESCUE")
          .withMessageContaining("name no fire and rescue authority as a responsible authority").single();
    }

    @Test
    void counts_only_members_seated_as_responsible_authorities() {
      // GIVEN 2022 ToR that seat Kent Police as a co-operating body, not as a responsible authority
      PartnershipRecord record = withTor("KCSP-TOR-2022", t -> t.membership(membersWith("KENT-POLICE", CO_OPERATING)))
          .build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the police kind is missing
      assertThat(report).hasFinding(MISSING).on("KCSP").withEvidence("missingKind", "POLICE").single();
    }

    @Test
    void does_not_count_a_responsible_authority_seated_only_on_a_subgroup() {
      // GIVEN 2022 ToR without Kent Police, who sit on the Working Group as a responsible authority instead
      PartnershipRecord record = withTor("KCSP-TOR-2022", t -> t.membership(membersWith("KENT-POLICE", null))).build();
      List<TermsOfReference> tors = record.termsOfReference().stream()
          .map(t -> t.id().equals("WG-TOR-2022")
              ? TermsOfReference.builder().from(t).addMembership(Membership.of("KENT-POLICE", RESPONSIBLE_AUTHORITY)).build()
              : t)
          .toList();
      record = PartnershipRecord.builder().from(record).termsOfReference(tors).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the partnership itself has no police member
      assertThat(report).hasFinding(MISSING).on("KCSP").withEvidence("missingKind", "POLICE").single();
      assertThat(report).hasFinding(MISSING).times(1);
    }

    @Test
    void is_not_applicable_when_the_latest_tor_lists_no_membership() {
      // GIVEN 2022 ToR without a membership section (the 2021 ToR listed members, but they are not the latest)
      PartnershipRecord record = withTor("KCSP-TOR-2022", t -> t.membership(List.of())).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule has nothing to read
      assertThat(report).hasNoFinding(MISSING).outcomeOf(MISSING).isNotApplicable();
    }

    @Test
    void is_not_applicable_when_only_a_subgroups_tor_lists_members() {
      // GIVEN no partnership ToR lists members, but the Working Group's ToR list KCC alone
      PartnershipRecord record = withTor("KCSP-TOR-2022", t -> t.membership(List.of())).build();
      List<TermsOfReference> tors = record.termsOfReference().stream()
          .map(t -> t.id().equals("WG-TOR-2022")
              ? TermsOfReference.builder().from(t).addMembership(Membership.of("KCC", RESPONSIBLE_AUTHORITY)).build()
              : t)
          .toList();
      record = PartnershipRecord.builder().from(record).termsOfReference(tors).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the subgroup's membership is not the partnership's
      assertThat(report).hasNoFinding(MISSING).outcomeOf(MISSING).isNotApplicable();
    }
  }

  @Nested
  class IsaNotSigned {

    @Test
    void passes_when_every_member_signed_the_version_in_effect() {
      // GIVEN the KCSP of 14 July 2022, every member having signed version 2022 (assumed in the fixture)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN it is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN nothing is unsigned
      assertThat(report).hasNoFinding(ISA).outcomeOf(ISA).isPass();
    }

    @Test
    void reports_a_member_that_signs_only_the_day_after_the_evaluation_date() {
      // GIVEN Kent Police signs version 2022 on 15 July 2022
      List<IsaSignature> signatures = new ArrayList<>(signaturesWithout("KENT-POLICE"));
      signatures.add(IsaSignature.of("KENT-POLICE", "2022", Kcsp2022.MINUTES.plusDays(1)));
      PartnershipRecord record = Kcsp2022.record()
          .informationSharing(isa(List.of(IsaVersion.of("2022", LocalDate.of(2022, 4, 1))), signatures)).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN Kent Police has not signed yet
      Finding finding = assertThat(report).hasFinding(ISA).on("KENT-POLICE").withSeverity(Severity.WARNING).single();
      assertThat(finding.subject().kind()).isEqualTo(SubjectKind.ORGANISATION);
      assertThat(finding.evidence()).containsExactly(
          Map.entry("version", "2022"),
          Map.entry("effectiveFrom", "2022-04-01"));
      assertThat(finding.message()).isEqualTo("Kent Police has not signed version 2022 of the Kent and Medway "
          + "Information Sharing Agreement, in effect since 1 April 2022.");
      assertThat(report).hasFinding(ISA).times(1).and().outcomeOf(ISA).isFail();
    }

    @Test
    void stays_silent_when_the_member_signs_on_the_evaluation_date() {
      // GIVEN Kent Police signs version 2022 on 14 July 2022
      List<IsaSignature> signatures = new ArrayList<>(signaturesWithout("KENT-POLICE"));
      signatures.add(IsaSignature.of("KENT-POLICE", "2022", Kcsp2022.MINUTES));
      PartnershipRecord record = Kcsp2022.record()
          .informationSharing(isa(List.of(IsaVersion.of("2022", LocalDate.of(2022, 4, 1))), signatures)).build();
      // WHEN the KCSP is checked on that day
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the signature counts
      assertThat(report).hasNoFinding(ISA).outcomeOf(ISA).isPass();
    }

    @Test
    void reports_a_member_that_signed_only_an_earlier_version() {
      // GIVEN versions 2021 and 2022, Kent Police having signed only 2021
      List<IsaSignature> signatures = new ArrayList<>(signaturesWithout("KENT-POLICE"));
      signatures.add(IsaSignature.of("KENT-POLICE", "2021", LocalDate.of(2021, 4, 1)));
      PartnershipRecord record = Kcsp2022.record().informationSharing(isa(
          List.of(IsaVersion.of("2021", LocalDate.of(2021, 4, 1)), IsaVersion.of("2022", LocalDate.of(2022, 4, 1))),
          signatures)).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN Kent Police has not signed the version in effect
      assertThat(report).hasFinding(ISA).on("KENT-POLICE").withEvidence("version", "2022").single();
      assertThat(report).hasFinding(ISA).times(1);
    }

    @Test
    void asks_for_a_new_version_only_from_the_day_it_takes_effect() {
      // GIVEN a version 2023 taking effect on 15 July 2022 that nobody has signed yet
      InformationSharing current = Kcsp2022.record().build().informationSharing().orElseThrow();
      PartnershipRecord record = Kcsp2022.record().informationSharing(isa(
          List.of(IsaVersion.of("2022", LocalDate.of(2022, 4, 1)), IsaVersion.of("2023", Kcsp2022.MINUTES.plusDays(1))),
          current.signatures())).build();
      // WHEN the KCSP is checked on 14 July 2022 and on 15 July 2022
      ComplianceReport before = ENGINE.check(record, Kcsp2022.MINUTES);
      ComplianceReport after = ENGINE.check(record, Kcsp2022.MINUTES.plusDays(1));
      // THEN version 2022 is the one in effect on the 14th; from the 15th all seven members must sign 2023
      assertThat(before).hasNoFinding(ISA).outcomeOf(ISA).isPass();
      assertThat(after).hasFinding(ISA).withEvidence("version", "2023").withEvidence("effectiveFrom", "2022-07-15")
          .times(7);
    }

    @Test
    void counts_co_operating_and_participating_members_too() {
      // GIVEN the VRU, a participating member of the 2022 ToR (seed 001, ToR review para 2), has not signed
      PartnershipRecord record = Kcsp2022.record().informationSharing(isa(
          List.of(IsaVersion.of("2022", LocalDate.of(2022, 4, 1))), signaturesWithout("KM-VRU"))).build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the VRU is reported
      assertThat(report).hasFinding(ISA).on("KM-VRU")
          .withMessageContaining("Kent and Medway Violence Reduction Unit has not signed version 2022").single();
      assertThat(Kcsp2022.members()).contains(Membership.of("KM-VRU", PARTICIPATING));
    }

    @Test
    void reports_the_ccg_on_its_last_day_but_not_the_day_after() {
      // GIVEN the July 2021 ToR, the latest until 14 July 2022, list the CCG, which never signed version 2022
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 30 June 2022, the CCG's last day, and on 1 July 2022 (seed 001, ToR review para 1)
      ComplianceReport lastDay = ENGINE.check(record, CCG_LAST_DAY);
      ComplianceReport dayAfter = ENGINE.check(record, CCG_LAST_DAY.plusDays(1));
      // THEN the CCG must sign while it exists, and does not count once it has ceased
      assertThat(lastDay).hasFinding(ISA).on("KM-CCG").single();
      assertThat(dayAfter).hasNoFinding(ISA).outcomeOf(ISA).isPass();
    }

    @Test
    void does_not_count_a_member_that_does_not_exist_yet() {
      // GIVEN the ICB has not signed, and is recorded as existing only from 15 July 2022
      PartnershipRecord unsigned = Kcsp2022.record().informationSharing(isa(
          List.of(IsaVersion.of("2022", LocalDate.of(2022, 4, 1))), signaturesWithout("KM-ICB"))).build();
      PartnershipRecord notYet = PartnershipRecord.builder().from(unsigned)
          .organisations(withOrganisation("KM-ICB", o -> o.existsFrom(Kcsp2022.MINUTES.plusDays(1))).build().organisations())
          .build();
      // WHEN both are checked on 14 July 2022
      ComplianceReport existing = ENGINE.check(unsigned, Kcsp2022.MINUTES);
      ComplianceReport notExisting = ENGINE.check(notYet, Kcsp2022.MINUTES);
      // THEN the ICB must sign once it exists (from 1 July 2022 in the fixture), and is not counted before
      assertThat(existing).hasFinding(ISA).on("KM-ICB").single();
      assertThat(notExisting).hasNoFinding(ISA).outcomeOf(ISA).isPass();
    }

    @Test
    void ignores_members_of_a_subgroups_tor_only() {
      // GIVEN Medway Council sits only on the Working Group and has not signed
      PartnershipRecord base = withTor("WG-TOR-2022", t -> t.addMembership(Membership.of("MEDWAY", RESPONSIBLE_AUTHORITY)))
          .addOrganisations(Kcsp2022.organisation("MEDWAY", "Medway Council", OrganisationKind.LOCAL_AUTHORITY))
          .build();
      // WHEN the KCSP is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(base, Kcsp2022.MINUTES);
      // THEN only the partnership's own members are asked to sign
      assertThat(report).hasNoFinding(ISA).outcomeOf(ISA).isPass();
    }

    @Test
    void is_not_applicable_without_an_information_sharing_agreement() {
      // GIVEN the KCSP without an information sharing agreement
      PartnershipRecord record = Kcsp2022.record().informationSharing(Optional.empty()).build();
      // WHEN it is checked on 14 July 2022
      ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
      // THEN the rule has nothing to read
      assertThat(report).hasNoFinding(ISA).outcomeOf(ISA).isNotApplicable();
    }

    @Test
    void is_not_applicable_before_the_first_version_takes_effect() {
      // GIVEN version 2022 takes effect on 1 April 2022 (assumed in the fixture)
      PartnershipRecord record = Kcsp2022.record().build();
      // WHEN the KCSP is checked on 31 March 2022
      ComplianceReport report = ENGINE.check(record, LocalDate.of(2022, 3, 31));
      // THEN no version is in effect: there is nothing to sign
      assertThat(report).hasNoFinding(ISA).outcomeOf(ISA).isNotApplicable();
    }
  }
}
