package org.kcsp.rules;

import static org.kcsp.model.MemberRole.CO_OPERATING;
import static org.kcsp.model.MemberRole.RESPONSIBLE_AUTHORITY;

import java.time.LocalDate;
import java.util.List;
import org.kcsp.model.Action;
import org.kcsp.model.Agreement;
import org.kcsp.model.AgreementKind;
import org.kcsp.model.Cadence;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Membership;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * An illustrative district partnership in Kent (the seeds hold no district partnership's papers:
 * every name, date and figure here is invented), compliant with the statutory duties of the rule
 * catalogue's second part on {@link #AS_OF}: the statutory rule tests start here and change one
 * fact at a time. A version 2 record: its lists recorded (an empty one is none), its information
 * sharing agreement not recorded.
 */
final class Eastmarsh {

  /** The day it is compliant on: the end of 2023/24. */
  static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  /** Its strategic assessment of 2023. */
  static final LocalDate ASSESSED = LocalDate.of(2023, 11, 30);
  /** The day its serious violence strategy was published, before the day it was due (31 January 2024). */
  static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 25);
  /** The day its terms of reference were approved. */
  static final LocalDate TOR_APPROVED = LocalDate.of(2023, 6, 15);

  private Eastmarsh() {}

  static Partnership.Builder partnership() {
    return Partnership.builder().id("ECSP").name("Eastmarsh Community Safety Partnership").area("Eastmarsh")
        .tier(Tier.DISTRICT).addCouncils("EDC").countyCouncil("KCC");
  }

  static List<Membership> members() {
    return List.of(
        Membership.of("EDC", RESPONSIBLE_AUTHORITY),
        Membership.of("KCC", RESPONSIBLE_AUTHORITY),
        Membership.of("KENT-POLICE", RESPONSIBLE_AUTHORITY),
        Membership.of("KFRS", RESPONSIBLE_AUTHORITY),
        Membership.of("KM-ICB", RESPONSIBLE_AUTHORITY),
        Membership.of("PROBATION", RESPONSIBLE_AUTHORITY),
        Membership.of("KENT-PCC", CO_OPERATING));
  }

  static TermsOfReference.Builder tor(String id, LocalDate approvedOn) {
    return TermsOfReference.builder().id(id).body("ECSP").version(id).approvedOn(approvedOn).approvedBy("ECSP");
  }

  static Priority.Builder priority(String id, String name, Strand... strands) {
    return Priority.builder().id(id).name(name).kind(PriorityKind.PRIORITY).strands(List.of(strands));
  }

  static Action action(String priority) {
    return Action.builder().id(priority + "-action").title("Action for " + priority).addPriorities(priority)
        .cadence(Cadence.ONGOING)
        .addOutcomes(Outcome.of(OutcomeKind.QUANTITATIVE, "measured quarterly"),
            Outcome.of(OutcomeKind.QUALITATIVE, "residents' account of the difference made"))
        .build();
  }

  /** Its partnership plan, whose priorities serve every statutory strand. */
  static Agreement.Builder plan(Priority... priorities) {
    Agreement.Builder plan = Agreement.builder().name("Eastmarsh Partnership Plan 2023-26").kind(AgreementKind.PARTNERSHIP_PLAN)
        .lastRefreshedOn(TOR_APPROVED).priorities(List.of(priorities));
    for (Priority priority : priorities) {
      plan.addActions(action(priority.id()));
    }
    return plan;
  }

  static Agreement.Builder plan() {
    return plan(
        priority("asb", "Anti-social behaviour", Strand.CRIME_AND_DISORDER).build(),
        priority("drugs", "Drugs and alcohol", Strand.SUBSTANCE_MISUSE).build(),
        priority("reoffending", "Reducing reoffending", Strand.REOFFENDING).build(),
        priority("serious-violence", "Serious violence", Strand.SERIOUS_VIOLENCE, Strand.CRIME_AND_DISORDER).build());
  }

  /** Its part in the Serious Violence Duty: it leads, its strategy published on {@link #PUBLISHED}. */
  static SeriousViolence.Builder seriousViolence() {
    return SeriousViolence.builder().role(SeriousViolenceRole.LEAD).strategyPublishedOn(PUBLISHED);
  }

  /** The compliant record, as a builder so that a test can change one thing. */
  static PartnershipRecord.Builder record() {
    return PartnershipRecord.builder()
        .format(FormatVersion.V2)
        .asOf(AS_OF)
        .description("An illustrative district partnership (test fixture): every name, date and figure is invented")
        .partnership(partnership().build())
        .addOrganisations(
            Kcsp2022.organisation("EDC", "Eastmarsh District Council", OrganisationKind.LOCAL_AUTHORITY),
            Kcsp2022.organisation("KCC", "Kent County Council", OrganisationKind.LOCAL_AUTHORITY),
            Kcsp2022.organisation("KENT-POLICE", "Kent Police", OrganisationKind.POLICE),
            Kcsp2022.organisation("KFRS", "Kent Fire and Rescue Service", OrganisationKind.FIRE_AND_RESCUE),
            Kcsp2022.organisation("KM-ICB", "NHS Kent and Medway Integrated Care Board", OrganisationKind.HEALTH),
            Kcsp2022.organisation("PROBATION", "The Probation Service", OrganisationKind.PROBATION),
            Kcsp2022.organisation("KENT-PCC", "Kent Police and Crime Commissioner",
                OrganisationKind.POLICE_AND_CRIME_COMMISSIONER),
            Kcsp2022.organisation("KM-VRU", "Kent and Medway Violence Reduction Unit",
                OrganisationKind.VIOLENCE_REDUCTION_UNIT))
        .addTermsOfReference(tor("ECSP-TOR-2023", TOR_APPROVED).membership(members()).build())
        .agreement(plan().build())
        .addNotRecorded("informationSharing")
        .addStrategicAssessments(StrategicAssessment.builder().id("SA-2023").completedOn(ASSESSED).build())
        .seriousViolence(seriousViolence().build());
  }
}
