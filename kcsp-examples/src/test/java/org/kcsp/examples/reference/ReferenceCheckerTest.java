package org.kcsp.examples.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.rules.Severity;

/**
 * The reference checker at the boundaries the specification states, so that the differential test
 * compares Drools with something known to be right, not with a second copy of the same mistake.
 */
class ReferenceCheckerTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2019/20");

  private static PartnershipRecord.Builder kcsp() {
    return PartnershipRecord.builder()
        .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership").area("Kent").tier(Tier.COUNTY).build())
        .addOrganisations(
            Organisation.builder().id("KENT-PCC").name("Kent PCC").kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            Organisation.builder().id("KM-CCG").name("Kent and Medway CCG").kind(OrganisationKind.HEALTH)
                .existsUntil(LocalDate.of(2022, 6, 30)).succeededBy("KM-ICB").build(),
            Organisation.builder().id("KM-ICB").name("Kent and Medway ICB").kind(OrganisationKind.HEALTH)
                .existsFrom(LocalDate.of(2022, 7, 1)).build(),
            Organisation.builder().id("KM-VRU").name("Kent and Medway VRU").kind(OrganisationKind.VIOLENCE_REDUCTION_UNIT).build());
  }

  private static Grant.Builder crg() {
    return Grant.builder().id("CRG-2019-20").programme("Crime Reduction Grant").funder("KENT-PCC")
        .financialYear(YEAR).allocation(Money.of("39661"));
  }

  private static Project project(String id, String amount, ProjectStatus status) {
    return Project.builder().id(id).title(id).pot(Pot.UPFRONT).amount(Money.of(amount)).status(status).build();
  }

  private static Set<ReferenceFinding> check(PartnershipRecord.Builder record, LocalDate date) {
    return ReferenceChecker.check(record.build(), date);
  }

  private static ReferenceFinding error(String rule, String subject) {
    return new ReferenceFinding(rule, subject, Severity.ERROR);
  }

  @Test
  void reports_a_tactical_pot_one_penny_over_a_third_rounded_down() {
    LocalDate date = LocalDate.of(2020, 3, 1);
    assertThat(check(kcsp().addGrants(crg().tacticalPot(Money.of("13220.33")).build()), date)).isEmpty();
    assertThat(check(kcsp().addGrants(crg().tacticalPot(Money.of("13220.34")).build()), date))
        .containsExactly(error("GRANT_TACTICAL_POT_OVER_CAP", "CRG-2019-20"));
  }

  @Test
  void reports_a_split_that_does_not_add_up_and_not_one_that_does() {
    LocalDate date = LocalDate.of(2020, 3, 1);
    assertThat(check(kcsp().addGrants(crg().upfront(Money.of("26441")).tacticalPot(Money.of("13220")).build()), date)).isEmpty();
    assertThat(check(kcsp().addGrants(crg().upfront(Money.of("26441")).tacticalPot(Money.of("13219.99")).build()), date))
        .containsExactly(error("GRANT_SPLIT_MISMATCH", "CRG-2019-20"));
  }

  @Test
  void reports_a_review_overdue_the_day_after_it_falls_due() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(TermsOfReference.builder().id("TOR-2021").body("KCSP")
        .version("2021").approvedOn(LocalDate.of(2021, 7, 15)).approvedBy("KCSP").build());
    assertThat(check(record, LocalDate.of(2022, 7, 15))).isEmpty();
    assertThat(check(record, LocalDate.of(2022, 7, 16))).containsExactly(error("TOR_REVIEW_OVERDUE", "KCSP"));
  }

  @Test
  void reports_a_defunct_member_on_the_latest_approval_from_the_day_after_its_last_day() {
    PartnershipRecord.Builder record = kcsp().addTermsOfReference(TermsOfReference.builder().id("TOR-2022").body("KCSP")
        .version("2022").approvedOn(LocalDate.of(2022, 6, 1)).approvedBy("KCSP")
        .addMembership(Membership.of("KM-CCG", MemberRole.RESPONSIBLE_AUTHORITY)).build());
    assertThat(check(record, LocalDate.of(2022, 6, 30))).isEmpty();
    assertThat(check(record, LocalDate.of(2022, 7, 1))).containsExactly(error("TOR_LISTS_DEFUNCT_MEMBER", "TOR-2022"));
  }

  @Test
  void reports_scrutiny_missing_once_the_last_session_is_more_than_twelve_months_old() {
    PartnershipRecord.Builder record = kcsp().addScrutinySessions(
        ScrutinySession.builder().id("S-2022").date(LocalDate.of(2022, 6, 8)).committee("Scrutiny").build());
    assertThat(check(record, LocalDate.of(2022, 6, 7))).isEmpty();
    assertThat(check(record, LocalDate.of(2023, 6, 8))).isEmpty();
    assertThat(check(record, LocalDate.of(2023, 6, 9))).containsExactly(error("SCRUTINY_NOT_ANNUAL", "KCSP"));
  }

  @Test
  void reports_an_overcommitted_pot_and_an_underspend_only_from_the_final_month() {
    Grant grant = crg().tacticalPot(Money.of("13220")).addProjects(
        project("a", "20000", ProjectStatus.APPROVED),
        project("b", "6441.01", ProjectStatus.CHAIR_APPROVED),
        project("c", "5000", ProjectStatus.PROPOSED)).build();
    assertThat(check(kcsp().addGrants(grant), LocalDate.of(2020, 3, 1)))
        .containsExactly(error("GRANT_POT_OVERCOMMITTED", "CRG-2019-20"));
    assertThat(check(kcsp().addGrants(grant), LocalDate.of(2020, 3, 2))).containsExactly(
        error("GRANT_POT_OVERCOMMITTED", "CRG-2019-20"),
        new ReferenceFinding("GRANT_UNDERSPEND_RISK", "CRG-2019-20", Severity.WARNING));
  }

  @Test
  void decides_the_sums_on_the_known_amounts_when_a_project_has_none() {
    Grant proposedUnknown = crg().addProjects(
        project("a", "40000", ProjectStatus.APPROVED),
        Project.builder().id("b").title("b").pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build()).build();
    Grant committedUnknown = crg().addProjects(
        project("a", "20000", ProjectStatus.APPROVED),
        Project.builder().id("b").title("b").pot(Pot.UPFRONT).status(ProjectStatus.CHAIR_APPROVED).build()).build();
    // a proposed project's amount is not summed; the known £40,000 overcommit the upfront pot
    assertThat(check(kcsp().addGrants(proposedUnknown), LocalDate.of(2020, 3, 31)))
        .containsExactly(error("GRANT_POT_OVERCOMMITTED", "CRG-2019-20"));
    // a committed project without an amount could fill the pot or the allocation: neither is found
    assertThat(check(kcsp().addGrants(committedUnknown), LocalDate.of(2020, 3, 31))).isEmpty();
  }

  @Test
  void reports_duplicate_funding_once_per_project_counting_titles_alike_once_normalised_in_overlapping_periods() {
    Grant grant = crg().addProjects(Project.builder().id("bat").title("Bystander Approach Training")
        .pot(Pot.UPFRONT).status(ProjectStatus.PROPOSED).build()).build();
    ExternalAward sameYear = ExternalAward.builder().id("VRU-1").funder("KM-VRU").title("BYSTANDER-approach  training!")
        .financialYear(YEAR).build();
    ExternalAward nextYear = ExternalAward.builder().id("VRU-2").funder("KM-VRU").title("Bystander approach training")
        .from(LocalDate.of(2020, 4, 1)).build();
    LocalDate date = LocalDate.of(2019, 9, 1);
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(nextYear), date)).isEmpty();
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(sameYear), date))
        .containsExactly(new ReferenceFinding("PROJECT_DUPLICATE_FUNDING", "bat", Severity.ERROR, "1 counterpart"));
    ExternalAward alsoSameYear = ExternalAward.builder().id("VRU-3").funder("KENT-PCC").title("Bystander Approach Training")
        .financialYear(YEAR).build();
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(sameYear, alsoSameYear), date))
        .containsExactly(new ReferenceFinding("PROJECT_DUPLICATE_FUNDING", "bat", Severity.ERROR, "2 counterparts"));
  }

  @Test
  void lets_different_activity_keys_decide_whatever_the_titles() {
    Grant grant = crg().addProjects(Project.builder().id("bat").title("Bystander Approach Training").activity("bat-schools")
        .pot(Pot.UPFRONT).status(ProjectStatus.APPROVED).amount(Money.of("1000")).build()).build();
    ExternalAward award = ExternalAward.builder().id("VRU-1").funder("KM-VRU").title("Bystander Approach Training")
        .activity("bat-nightlife").financialYear(YEAR).build();
    assertThat(check(kcsp().addGrants(grant).addExternalAwards(award), LocalDate.of(2019, 9, 1))).isEmpty();
  }

  @Test
  void normalises_titles_as_the_specification_says() {
    assertThat(ReferenceChecker.normalised("  Knife-Crime: First Aid (2019/20)  ")).isEqualTo("knife crime first aid 2019 20");
    assertThat(ReferenceChecker.normalised("--!")).isEmpty();
  }
}
