package org.kcsp.rules;

import static org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Membership;
import org.kcsp.model.Organisation;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * The membership and information sharing rules on version 2 records: a membership, agreement,
 * versions or signatures not recorded leave the partnership not assessed; when the partnership's
 * councils are recorded, each council and the county council must be a responsible authority.
 */
class NotAssessedMembershipRulesTest {

  private static final LocalDate MINUTES = Kcsp2022.MINUTES;
  private static final String MISSING = "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING";
  private static final String ISA = "ISA_NOT_SIGNED";

  private static ComplianceReport check(PartnershipRecord record) {
    return Version2Records.check(record);
  }

  private static TermsOfReference.Builder kcspTor() {
    return Kcsp2022.tor("KCSP-TOR-2022", "KCSP", "2022", MINUTES);
  }

  private static PartnershipRecord withPartnershipTor(TermsOfReference tor) {
    return Version2Records.record().termsOfReference(List.of(tor)).build();
  }

  // ---------------------------------------------------------------- MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING

  @Test
  void reports_a_gap_on_the_partnership_when_its_latest_membership_is_not_recorded() {
    // GIVEN the partnership's latest ToR with its membership not recorded
    PartnershipRecord record = withPartnershipTor(kcspTor().addNotRecorded("membership").build());
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, a gap on the partnership at that membership
    assertThat(report).hasNoFinding(MISSING).hasGap(MISSING).on("KCSP").at("$.termsOfReference[0].membership")
        .withMessageContaining("Record the members of Kent Community Safety Partnership's terms of reference (KCSP-TOR-2022)")
        .times(1);
    assertThat(report).outcomeOf(MISSING).isNotAssessed();
  }

  @Test
  void reports_a_gap_on_the_partnership_when_approvals_are_not_recorded() {
    // GIVEN approvals not recorded
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, at the approvals
    assertThat(report).hasGap(MISSING).on("KCSP").at("$.termsOfReference").times(1);
    assertThat(report).outcomeOf(MISSING).isNotAssessed();
  }

  @Test
  void reports_a_missing_kind_of_a_recorded_membership_as_in_version_1() {
    // GIVEN a recorded membership without the police, councils not recorded
    List<Membership> members = new ArrayList<>(Kcsp2022.members());
    members.removeIf(m -> m.organisation().equals("KENT-POLICE"));
    // WHEN it is checked
    ComplianceReport report = check(withPartnershipTor(kcspTor().membership(members).build()));
    // THEN one finding, the police
    assertThat(report).hasFinding(MISSING).on("KCSP").withEvidence("missingKind", "POLICE").times(1);
    assertThat(report).hasNoGap(MISSING);
  }

  /** The KCSP with its councils recorded: these districts, and Kent County Council as its county council. */
  private static PartnershipRecord.Builder withCouncils(List<Membership> members) {
    return Version2Records.record()
        .partnership(Version2Records.partnership().tier(Tier.DISTRICT).addCouncils("MAIDSTONE").countyCouncil("KCC").build())
        .addOrganisations(Version2Records.council("MAIDSTONE", "Maidstone Borough Council"))
        .termsOfReference(List.of(kcspTor().membership(members).build()));
  }

  @Test
  void reports_each_council_that_is_not_a_responsible_authority_when_councils_are_recorded() {
    // GIVEN a district partnership of Maidstone in Kent whose ToR name the county council, not Maidstone
    PartnershipRecord record = withCouncils(Kcsp2022.members()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN one finding, naming Maidstone; Kent County Council being a local authority does not stand for it
    assertThat(report).hasFinding(MISSING).on("KCSP").withEvidence("council", "MAIDSTONE")
        .withMessageContaining("Maidstone Borough Council").times(1);
    assertThat(report).hasFinding(MISSING).times(1);
  }

  @Test
  void reports_the_county_council_when_it_is_not_a_responsible_authority() {
    // GIVEN Maidstone a responsible authority, the county council not a member
    List<Membership> members = new ArrayList<>(Kcsp2022.members());
    members.removeIf(m -> m.organisation().equals("KCC"));
    members.add(Membership.of("MAIDSTONE", RESPONSIBLE_AUTHORITY));
    // WHEN it is checked
    ComplianceReport report = check(withCouncils(members).build());
    // THEN one finding, the county council
    assertThat(report).hasFinding(MISSING).withEvidence("council", "KCC").withMessageContaining("its county council").times(1);
    assertThat(report).hasFinding(MISSING).times(1);
  }

  @Test
  void passes_when_every_council_is_a_responsible_authority() {
    // GIVEN both councils responsible authorities
    List<Membership> members = new ArrayList<>(Kcsp2022.members());
    members.add(Membership.of("MAIDSTONE", RESPONSIBLE_AUTHORITY));
    // WHEN it is checked
    // THEN clear
    assertThat(check(withCouncils(members).build())).hasNoFinding(MISSING).outcomeOf(MISSING).isPass();
  }

  @Test
  void does_not_require_a_council_that_does_not_exist_on_d() {
    // GIVEN Maidstone's council formed the day after D, not a member
    PartnershipRecord record = Version2Records.record()
        .partnership(Version2Records.partnership().tier(Tier.DISTRICT).addCouncils("MAIDSTONE").countyCouncil("KCC").build())
        .addOrganisations(Organisation.builder().from(Version2Records.council("MAIDSTONE", "Maidstone Borough Council"))
            .existsFrom(MINUTES.plusDays(1)).build())
        .termsOfReference(List.of(kcspTor().membership(Kcsp2022.members()).build()))
        .build();
    // WHEN it is checked on D, and the day after
    // THEN not required on D; required from the day it exists
    assertThat(check(record)).hasNoFinding(MISSING);
    assertThat(Version2Records.check(record, MINUTES.plusDays(1))).hasFinding(MISSING).withEvidence("council", "MAIDSTONE").times(1);
  }

  // ---------------------------------------------------------------- ISA_NOT_SIGNED

  @Test
  void reports_a_gap_when_the_information_sharing_agreement_is_not_recorded() {
    // GIVEN the ISA not recorded
    PartnershipRecord record = Version2Records.record().informationSharing(Optional.empty())
        .addNotRecorded("informationSharing").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, at the agreement
    assertThat(report).hasNoFinding(ISA).hasGap(ISA).on("KCSP").at("$.informationSharing").times(1);
    assertThat(report).outcomeOf(ISA).isNotAssessed();
  }

  @Test
  void reports_a_gap_at_the_versions_and_one_at_the_signatures_when_neither_is_recorded() {
    // GIVEN the ISA's versions and signatures not recorded
    PartnershipRecord record = Version2Records.record().informationSharing(InformationSharing.builder()
        .name("Kent and Medway Information Sharing Agreement").addNotRecorded("versions", "signatures").build()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, a gap at each: both are needed to decide whether a member signed
    // (rules.md, the not-assessed table's row: a gap at each fact not recorded)
    assertThat(report).hasGap(ISA).on("KCSP").at("$.informationSharing.versions").times(1);
    assertThat(report).hasGap(ISA).on("KCSP").at("$.informationSharing.signatures").times(1);
    assertThat(report).outcomeOf(ISA).isNotAssessed();
  }

  @Test
  void reports_a_gap_at_the_versions_alone_when_the_signatures_and_membership_are_recorded() {
    // GIVEN the ISA's versions not recorded, its signatures recorded as none (a signature names a
    // version of the list) and the partnership's membership recorded
    PartnershipRecord base = Version2Records.record().build();
    InformationSharing isa = base.informationSharing().orElseThrow();
    PartnershipRecord record = Version2Records.record().informationSharing(InformationSharing.builder().from(isa)
        .versions(List.of()).addNotRecorded("versions").signatures(List.of()).build()).build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, at the versions only
    assertThat(report).hasGap(ISA).on("KCSP").at("$.informationSharing.versions").times(1);
    org.assertj.core.api.Assertions.assertThat(report.gaps(ISA)).hasSize(1);
  }

  @Test
  void reports_a_gap_at_the_agreement_and_one_at_the_membership_when_neither_is_recorded() {
    // GIVEN the ISA not recorded, and the partnership's latest membership not recorded
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of(kcspTor().addNotRecorded("membership").build()))
        .informationSharing(Optional.empty()).addNotRecorded("informationSharing").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, a gap at each
    assertThat(report).hasGap(ISA).on("KCSP").at("$.informationSharing").times(1);
    assertThat(report).hasGap(ISA).on("KCSP").at("$.termsOfReference[0].membership").times(1);
    org.assertj.core.api.Assertions.assertThat(report.gaps(ISA)).hasSize(2);
  }

  @Test
  void reports_a_gap_at_the_versions_and_one_at_the_approvals_when_neither_is_recorded() {
    // GIVEN the ISA's versions not recorded, its signatures recorded as none, and the approvals not recorded
    PartnershipRecord base = Version2Records.record().build();
    InformationSharing isa = base.informationSharing().orElseThrow();
    PartnershipRecord record = Version2Records.record().informationSharing(InformationSharing.builder().from(isa)
        .versions(List.of()).addNotRecorded("versions").signatures(List.of()).build())
        .termsOfReference(List.of()).addNotRecorded("termsOfReference").build();
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, a gap at each
    assertThat(report).hasGap(ISA).on("KCSP").at("$.informationSharing.versions").times(1);
    assertThat(report).hasGap(ISA).on("KCSP").at("$.termsOfReference").times(1);
    org.assertj.core.api.Assertions.assertThat(report.gaps(ISA)).hasSize(2);
  }

  @Test
  void reports_a_gap_when_the_signatures_of_a_version_in_effect_are_not_recorded() {
    // GIVEN a version in effect since 1 April 2022, its signatures not recorded
    PartnershipRecord record = Version2Records.record().informationSharing(InformationSharing.builder()
        .name("Kent and Medway Information Sharing Agreement").addVersions(IsaVersion.of("2022", LocalDate.of(2022, 4, 1)))
        .addNotRecorded("signatures").build()).build();
    // WHEN it is checked on D, and on 31 March 2022, before the version took effect
    ComplianceReport report = check(record);
    ComplianceReport before = Version2Records.check(record, LocalDate.of(2022, 3, 31));
    // THEN not assessed on D; before, no version is in effect and nothing can be unsigned
    assertThat(report).hasNoFinding(ISA).hasGap(ISA).on("KCSP").at("$.informationSharing.signatures")
        .withMessageContaining("an empty list if no one has signed").times(1);
    assertThat(before).hasNoGap(ISA);
  }

  @Test
  void reports_a_gap_when_the_partnerships_membership_is_not_recorded() {
    // GIVEN the ISA recorded, the partnership's latest membership not recorded
    PartnershipRecord record = withPartnershipTor(kcspTor().addNotRecorded("membership").build());
    // WHEN it is checked
    ComplianceReport report = check(record);
    // THEN not assessed, at the membership
    assertThat(report).hasGap(ISA).on("KCSP").at("$.termsOfReference[0].membership").times(1);
    assertThat(report).outcomeOf(ISA).isNotAssessed();
  }

  @Test
  void stays_clear_when_the_agreement_is_not_recorded_and_the_recorded_membership_is_empty() {
    // GIVEN the partnership's latest ToR lists no members (recorded), the ISA not recorded
    PartnershipRecord record = Version2Records.record().termsOfReference(List.of(kcspTor().build()))
        .informationSharing(Optional.empty()).addNotRecorded("informationSharing").build();
    // WHEN it is checked
    // THEN no one can have failed to sign: no gap
    assertThat(check(record)).hasNoFinding(ISA).hasNoGap(ISA);
  }

  @Test
  void reports_an_unsigned_member_when_everything_is_recorded() {
    // GIVEN the compliant record, the VRU's signature removed
    PartnershipRecord base = Version2Records.record().build();
    InformationSharing isa = base.informationSharing().orElseThrow();
    PartnershipRecord record = Version2Records.record().informationSharing(InformationSharing.builder().from(isa)
        .signatures(isa.signatures().stream().filter(s -> !s.organisation().equals("KM-VRU")).toList()).build()).build();
    // WHEN it is checked
    // THEN a finding on the VRU, no gap
    assertThat(check(record)).hasFinding(ISA).on("KM-VRU").times(1);
    assertThat(check(record)).hasNoGap(ISA);
  }
}
