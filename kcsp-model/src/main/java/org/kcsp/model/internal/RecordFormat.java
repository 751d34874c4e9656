package org.kcsp.model.internal;

import static org.kcsp.model.internal.ObjectFormat.describe;
import static org.kcsp.model.internal.ValueType.DATE;
import static org.kcsp.model.internal.ValueType.FINANCIAL_YEAR;
import static org.kcsp.model.internal.ValueType.FRACTION;
import static org.kcsp.model.internal.ValueType.MONEY;
import static org.kcsp.model.internal.ValueType.NAME;
import static org.kcsp.model.internal.ValueType.TEXT;
import static org.kcsp.model.internal.ValueType.choice;
import static org.kcsp.model.internal.ValueType.integer;
import static org.kcsp.model.FormatVersion.V1;
import static org.kcsp.model.FormatVersion.V2;
import static org.kcsp.model.internal.ValueType.object;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.AgreementKind;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.Agreement;
import org.kcsp.model.Cadence;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Nation;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Outcome;
import org.kcsp.model.OutcomeKind;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.model.TotalBasis;
import org.kcsp.model.Waiver;

/**
 * The record format, described once: every kind of object with its keys in the order of
 * record-format.md (keys added by version 2 where its table puts them), their types, which are
 * required, which are evidence, and which version introduced them. Reading, writing, the model's
 * checks of what is not recorded or unknown, the tests' key lists and the JSON Schema derive from
 * it.
 */
public final class RecordFormat {

  private RecordFormat() {}

  /** The key of the root holding the format's version. */
  public static final String FORMAT = "format";

  /** A root key editors use to find the schema: accepted and ignored. */
  public static final String SCHEMA = "$schema";

  /** The key of every object that names its unknown values (version 2). */
  public static final String UNKNOWN = "unknown";

  public static final ObjectFormat<Partnership> PARTNERSHIP =
      describe("Partnership", "the partnership", Partnership.class, Partnership::builder, Partnership.Builder::build)
          .required("id", NAME, Partnership::id, (b, v) -> b.id(v))
          .required("name", NAME, Partnership::name, (b, v) -> b.name(v))
          .required("area", TEXT, Partnership::area, (b, v) -> b.area(v))
          .required("tier", choice(Tier.class), Partnership::tier, (b, v) -> b.tier(v))
          .defaulted("nation", choice(Nation.class), Nation.ENGLAND, Partnership::nation, (b, v) -> b.nation(v))
          .since(V2)
          .optional("existsFrom", DATE, Partnership::existsFrom, (b, v) -> b.existsFrom(v)).since(V2)
          .optional("existsUntil", DATE, Partnership::existsUntil, (b, v) -> b.existsUntil(v)).since(V2)
          .list("succeededBy", TEXT, Partnership::succeededBy, (b, v) -> b.succeededBy(v)).since(V2)
          .list("councils", TEXT, Partnership::councils, (b, v) -> b.councils(v)).since(V2).evidence().nonEmpty()
          .distinct()
          .optional("countyCouncil", TEXT, Partnership::countyCouncil, (b, v) -> b.countyCouncil(v)).since(V2)
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Organisation> ORGANISATION =
      describe("Organisation", "an organisation", Organisation.class, Organisation::builder, Organisation.Builder::build)
          .required("id", NAME, Organisation::id, (b, v) -> b.id(v))
          .required("name", NAME, Organisation::name, (b, v) -> b.name(v))
          .required("kind", choice(OrganisationKind.class, Map.of(
              OrganisationKind.YOUTH_JUSTICE, V2, OrganisationKind.EDUCATION, V2,
              OrganisationKind.PRISON_OR_YOUTH_CUSTODY, V2, OrganisationKind.HOUSING, V2,
              OrganisationKind.BUSINESS, V2, OrganisationKind.COMMUNITY, V2)),
              Organisation::kind, (b, v) -> b.kind(v))
          .optional("existsFrom", DATE, Organisation::existsFrom, (b, v) -> b.existsFrom(v))
          .optional("existsUntil", DATE, Organisation::existsUntil, (b, v) -> b.existsUntil(v))
          .optional("succeededBy", TEXT, Organisation::succeededBy, (b, v) -> b.succeededBy(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Subgroup> SUBGROUP =
      describe("Subgroup", "a subgroup", Subgroup.class, Subgroup::builder, Subgroup.Builder::build)
          .required("id", NAME, Subgroup::id, (b, v) -> b.id(v))
          .required("name", NAME, Subgroup::name, (b, v) -> b.name(v))
          .required("parent", TEXT, Subgroup::parent, (b, v) -> b.parent(v))
          .done();

  public static final ObjectFormat<Membership> MEMBERSHIP =
      describe("Membership", "a membership", Membership.class, Membership::builder, Membership.Builder::build)
          .required("organisation", TEXT, Membership::organisation, (b, v) -> b.organisation(v))
          .required("role", choice(MemberRole.class), Membership::role, (b, v) -> b.role(v))
          .done();

  public static final ObjectFormat<TermsOfReference> TERMS_OF_REFERENCE =
      describe("TermsOfReference", "a terms of reference approval", TermsOfReference.class, TermsOfReference::builder,
          TermsOfReference.Builder::build)
          .required("id", NAME, TermsOfReference::id, (b, v) -> b.id(v))
          .required("body", TEXT, TermsOfReference::body, (b, v) -> b.body(v))
          .required("version", NAME, TermsOfReference::version, (b, v) -> b.version(v))
          .required("approvedOn", DATE, TermsOfReference::approvedOn, (b, v) -> b.approvedOn(v))
          .required("approvedBy", TEXT, TermsOfReference::approvedBy, (b, v) -> b.approvedBy(v))
          .defaulted("reviewIntervalMonths",
              integer(TermsOfReference.SHORTEST_REVIEW_MONTHS, TermsOfReference.LONGEST_REVIEW_MONTHS),
              TermsOfReference.ANNUAL_REVIEW_MONTHS, TermsOfReference::reviewIntervalMonths,
              (b, v) -> b.reviewIntervalMonths(v))
          .optional("meetingsPerYear", integer(0, TermsOfReference.MOST_MEETINGS_PER_YEAR),
              tor -> tor.meetingsPerYear().isPresent()
                  ? java.util.Optional.of(tor.meetingsPerYear().getAsInt()) : java.util.Optional.<Integer>empty(),
              (b, v) -> b.meetingsPerYear(v))
          .list("membership", object(MEMBERSHIP), TermsOfReference::membership, (b, v) -> b.membership(v)).evidence()
          .optional("changes", TEXT, TermsOfReference::changes, (b, v) -> b.changes(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<AgendaItem> AGENDA_ITEM =
      describe("AgendaItem", "an agenda item", AgendaItem.class, AgendaItem::builder, AgendaItem.Builder::build)
          .required("title", TEXT, AgendaItem::title, (b, v) -> b.title(v))
          .required("kind", choice(AgendaItemKind.class), AgendaItem::kind, (b, v) -> b.kind(v))
          .optional("approvesMinutesOf", TEXT, AgendaItem::approvesMinutesOf, (b, v) -> b.approvesMinutesOf(v))
          .optional("resolution", TEXT, AgendaItem::resolution, (b, v) -> b.resolution(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Meeting> MEETING =
      describe("Meeting", "a meeting", Meeting.class, Meeting::builder, Meeting.Builder::build)
          .required("id", NAME, Meeting::id, (b, v) -> b.id(v))
          .required("body", TEXT, Meeting::body, (b, v) -> b.body(v))
          .required("date", DATE, Meeting::date, (b, v) -> b.date(v))
          .required("status", choice(MeetingStatus.class), Meeting::status, (b, v) -> b.status(v))
          .list("items", object(AGENDA_ITEM), Meeting::items, (b, v) -> b.items(v)).evidence()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Priority> PRIORITY =
      describe("Priority", "a priority", Priority.class, Priority::builder, Priority.Builder::build)
          .required("id", NAME, Priority::id, (b, v) -> b.id(v))
          .required("name", NAME, Priority::name, (b, v) -> b.name(v))
          .required("kind", choice(PriorityKind.class), Priority::kind, (b, v) -> b.kind(v))
          .optional("since", DATE, Priority::since, (b, v) -> b.since(v))
          .optional("formerName", TEXT, Priority::formerName, (b, v) -> b.formerName(v))
          .list("strands", choice(Strand.class), Priority::strands, (b, v) -> b.strands(v)).evidence().distinct()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Outcome> OUTCOME =
      describe("Outcome", "an outcome", Outcome.class, Outcome::builder, Outcome.Builder::build)
          .required("kind", choice(OutcomeKind.class), Outcome::kind, (b, v) -> b.kind(v))
          .required("description", TEXT, Outcome::description, (b, v) -> b.description(v))
          .done();

  public static final ObjectFormat<Action> ACTION =
      describe("Action", "an action", Action.class, Action::builder, Action.Builder::build)
          .required("id", NAME, Action::id, (b, v) -> b.id(v))
          .required("title", TEXT, Action::title, (b, v) -> b.title(v))
          .list("priorities", TEXT, Action::priorities, (b, v) -> b.priorities(v)).evidence()
          .optional("lead", TEXT, Action::lead, (b, v) -> b.lead(v))
          .required("cadence", choice(Cadence.class), Action::cadence, (b, v) -> b.cadence(v))
          .list("outcomes", object(OUTCOME), Action::outcomes, (b, v) -> b.outcomes(v)).evidence()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Agreement> AGREEMENT =
      describe("Agreement", "the agreement", Agreement.class, Agreement::builder, Agreement.Builder::build)
          .required("name", TEXT, Agreement::name, (b, v) -> b.name(v))
          .optional("kind", choice(AgreementKind.class), Agreement::kind, (b, v) -> b.kind(v)).since(V2)
          .required("lastRefreshedOn", DATE, Agreement::lastRefreshedOn, (b, v) -> b.lastRefreshedOn(v))
          .optional("sentToPolicingBodyOn", DATE, Agreement::sentToPolicingBodyOn, (b, v) -> b.sentToPolicingBodyOn(v))
          .since(V2)
          .requiredList("priorities", object(PRIORITY), Agreement::priorities, (b, v) -> b.priorities(v))
          .list("actions", object(ACTION), Agreement::actions, (b, v) -> b.actions(v)).evidence()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<IsaVersion> ISA_VERSION =
      describe("IsaVersion", "a version of the information sharing agreement", IsaVersion.class, IsaVersion::builder,
          IsaVersion.Builder::build)
          .required("version", NAME, IsaVersion::version, (b, v) -> b.version(v))
          .required("effectiveFrom", DATE, IsaVersion::effectiveFrom, (b, v) -> b.effectiveFrom(v))
          .done();

  public static final ObjectFormat<IsaSignature> ISA_SIGNATURE =
      describe("IsaSignature", "a signature of the information sharing agreement", IsaSignature.class,
          IsaSignature::builder, IsaSignature.Builder::build)
          .required("organisation", TEXT, IsaSignature::organisation, (b, v) -> b.organisation(v))
          .required("version", TEXT, IsaSignature::version, (b, v) -> b.version(v))
          .required("signedOn", DATE, IsaSignature::signedOn, (b, v) -> b.signedOn(v))
          .done();

  public static final ObjectFormat<InformationSharing> INFORMATION_SHARING =
      describe("InformationSharing", "the information sharing agreement", InformationSharing.class,
          InformationSharing::builder, InformationSharing.Builder::build)
          .required("name", TEXT, InformationSharing::name, (b, v) -> b.name(v))
          .list("versions", object(ISA_VERSION), InformationSharing::versions, (b, v) -> b.versions(v)).evidence()
          .list("signatures", object(ISA_SIGNATURE), InformationSharing::signatures, (b, v) -> b.signatures(v))
          .evidence()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Rollover> ROLLOVER =
      describe("Rollover", "a rollover", Rollover.class, Rollover::builder, Rollover.Builder::build)
          .required("amount", MONEY, Rollover::amount, (b, v) -> b.amount(v))
          .optional("fromGrant", TEXT, Rollover::fromGrant, (b, v) -> b.fromGrant(v))
          .required("intoPot", choice(Pot.class), Rollover::intoPot, (b, v) -> b.intoPot(v))
          .required("permission", choice(RolloverPermission.class), Rollover::permission, (b, v) -> b.permission(v))
          .optional("requestedOn", DATE, Rollover::requestedOn, (b, v) -> b.requestedOn(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<ReportedTotal> REPORTED_TOTAL =
      describe("ReportedTotal", "a reported total", ReportedTotal.class, ReportedTotal::builder,
          ReportedTotal.Builder::build)
          .required("basis", choice(TotalBasis.class), ReportedTotal::basis, (b, v) -> b.basis(v))
          .required("amount", MONEY, ReportedTotal::amount, (b, v) -> b.amount(v))
          .required("statedIn", TEXT, ReportedTotal::statedIn, (b, v) -> b.statedIn(v))
          .done();

  public static final ObjectFormat<OutcomeReport> OUTCOME_REPORT =
      describe("OutcomeReport", "an outcome report", OutcomeReport.class, OutcomeReport::builder,
          OutcomeReport.Builder::build)
          .required("due", DATE, OutcomeReport::due, (b, v) -> b.due(v))
          .optional("submittedOn", DATE, OutcomeReport::submittedOn, (b, v) -> b.submittedOn(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Project> PROJECT =
      describe("Project", "a project", Project.class, Project::builder, Project.Builder::build)
          .required("id", NAME, Project::id, (b, v) -> b.id(v))
          .required("title", NAME, Project::title, (b, v) -> b.title(v))
          .optional("activity", TEXT, Project::activity, (b, v) -> b.activity(v))
          .required("pot", choice(Pot.class), Project::pot, (b, v) -> b.pot(v))
          .optional("amount", MONEY, Project::amount, (b, v) -> b.amount(v)).absentIsUnknownFrom(V1)
          .required("status", choice(ProjectStatus.class), Project::status, (b, v) -> b.status(v))
          .optional("statusReason", TEXT, Project::statusReason, (b, v) -> b.statusReason(v))
          .defaulted("scope", choice(ProjectScope.class), ProjectScope.COUNTYWIDE, Project::scope, (b, v) -> b.scope(v))
          .list("priorities", TEXT, Project::priorities, (b, v) -> b.priorities(v)).evidence()
          .optional("businessCaseSubmittedOn", DATE, Project::businessCaseSubmittedOn,
              (b, v) -> b.businessCaseSubmittedOn(v))
          .optional("outcomeReport", object(OUTCOME_REPORT), Project::outcomeReport, (b, v) -> b.outcomeReport(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Grant> GRANT =
      describe("Grant", "a grant", Grant.class, Grant::builder, Grant.Builder::build)
          .required("id", NAME, Grant::id, (b, v) -> b.id(v))
          .required("programme", NAME, Grant::programme, (b, v) -> b.programme(v))
          .required("funder", TEXT, Grant::funder, (b, v) -> b.funder(v))
          .required("financialYear", FINANCIAL_YEAR, Grant::financialYear, (b, v) -> b.financialYear(v))
          .optionalList("conditions", choice(GrantConditions.class, Map.of(), GrantConditions::id), Grant::conditions,
              (b, v) -> b.conditions(v)).since(V2).distinct()
          .optional("allocation", MONEY, Grant::knownAllocation, (b, v) -> b.allocation(v)).requiredThrough(V1)
          .absentIsUnknownFrom(V2)
          .optional("retainedByFunder", MONEY, Grant::retainedByFunder, (b, v) -> b.retainedByFunder(v)).since(V2)
          .defaulted("tacticalPot", MONEY, Money.ZERO, Grant::tacticalPot, (b, v) -> b.tacticalPot(v))
          .optional("tacticalPotCap", FRACTION, Grant::statedTacticalPotCap, (b, v) -> b.tacticalPotCap(v))
          .optional("upfront", MONEY, Grant::upfront, (b, v) -> b.upfront(v))
          .optional("businessCaseDeadline", DATE, Grant::businessCaseDeadline, (b, v) -> b.businessCaseDeadline(v))
          .list("rollovers", object(ROLLOVER), Grant::rollovers, (b, v) -> b.rollovers(v)).evidence()
          .optional("returnedToFunder", MONEY, Grant::returnedToFunder, (b, v) -> b.returnedToFunder(v))
          .list("reportedTotals", object(REPORTED_TOTAL), Grant::reportedTotals, (b, v) -> b.reportedTotals(v))
          .list("projects", object(PROJECT), Grant::projects, (b, v) -> b.projects(v)).evidence()
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<ExternalAward> EXTERNAL_AWARD =
      describe("ExternalAward", "an external award", ExternalAward.class, ExternalAward::builder,
          ExternalAward.Builder::build)
          .required("id", NAME, ExternalAward::id, (b, v) -> b.id(v))
          .required("funder", TEXT, ExternalAward::funder, (b, v) -> b.funder(v))
          .required("title", NAME, ExternalAward::title, (b, v) -> b.title(v))
          .optional("activity", TEXT, ExternalAward::activity, (b, v) -> b.activity(v))
          .optional("amount", MONEY, ExternalAward::amount, (b, v) -> b.amount(v))
          .optional("financialYear", FINANCIAL_YEAR, ExternalAward::financialYear, (b, v) -> b.financialYear(v))
          .optional("from", DATE, ExternalAward::from, (b, v) -> b.from(v))
          .optional("to", DATE, ExternalAward::to, (b, v) -> b.to(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<ScrutinySession> SCRUTINY_SESSION =
      describe("ScrutinySession", "a scrutiny session", ScrutinySession.class, ScrutinySession::builder,
          ScrutinySession.Builder::build)
          .required("id", NAME, ScrutinySession::id, (b, v) -> b.id(v))
          .required("date", DATE, ScrutinySession::date, (b, v) -> b.date(v))
          .required("committee", TEXT, ScrutinySession::committee, (b, v) -> b.committee(v))
          .optional("council", TEXT, ScrutinySession::council, (b, v) -> b.council(v)).since(V2)
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<DomesticHomicideReview> DOMESTIC_HOMICIDE_REVIEW =
      describe("DomesticHomicideReview", "a domestic homicide review", DomesticHomicideReview.class,
          DomesticHomicideReview::builder, DomesticHomicideReview.Builder::build)
          .required("id", NAME, DomesticHomicideReview::id, (b, v) -> b.id(v))
          .required("name", TEXT, DomesticHomicideReview::name, (b, v) -> b.name(v))
          .required("notifiedOn", DATE, DomesticHomicideReview::notifiedOn, (b, v) -> b.notifiedOn(v))
          .optional("ledBy", TEXT, DomesticHomicideReview::ledBy, (b, v) -> b.ledBy(v)).since(V2)
          .optional("decision", choice(DhrDecision.class), DomesticHomicideReview::decision, (b, v) -> b.decision(v))
          .optional("decidedOn", DATE, DomesticHomicideReview::decidedOn, (b, v) -> b.decidedOn(v))
          .optional("homeOfficeNotifiedOn", DATE, DomesticHomicideReview::homeOfficeNotifiedOn,
              (b, v) -> b.homeOfficeNotifiedOn(v)).since(V2)
          .optional("submittedToHomeOfficeOn", DATE, DomesticHomicideReview::submittedToHomeOfficeOn,
              (b, v) -> b.submittedToHomeOfficeOn(v))
          .optional("publishedOn", DATE, DomesticHomicideReview::publishedOn, (b, v) -> b.publishedOn(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<Waiver> WAIVER =
      describe("Waiver", "a waiver", Waiver.class, Waiver::builder, Waiver.Builder::build)
          .required("rule", NAME, Waiver::rule, (b, v) -> b.rule(v))
          .required("subject", NAME, Waiver::subject, (b, v) -> b.subject(v))
          .required("reason", NAME, Waiver::reason, (b, v) -> b.reason(v))
          .required("approvedBy", TEXT, Waiver::approvedBy, (b, v) -> b.approvedBy(v))
          .required("until", DATE, Waiver::until, (b, v) -> b.until(v))
          .done();

  public static final ObjectFormat<StrategicAssessment> STRATEGIC_ASSESSMENT =
      describe("StrategicAssessment", "a strategic assessment", StrategicAssessment.class, StrategicAssessment::builder,
          StrategicAssessment.Builder::build)
          .required("id", NAME, StrategicAssessment::id, (b, v) -> b.id(v))
          .required("completedOn", DATE, StrategicAssessment::completedOn, (b, v) -> b.completedOn(v))
          .optional("title", TEXT, StrategicAssessment::title, (b, v) -> b.title(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  public static final ObjectFormat<SeriousViolence> SERIOUS_VIOLENCE =
      describe("SeriousViolence", "the serious violence duty", SeriousViolence.class, SeriousViolence::builder,
          SeriousViolence.Builder::build)
          .required("role", choice(SeriousViolenceRole.class), SeriousViolence::role, (b, v) -> b.role(v))
          .optional("needsAssessedOn", DATE, SeriousViolence::needsAssessedOn, (b, v) -> b.needsAssessedOn(v))
          .optional("strategyPublishedOn", DATE, SeriousViolence::strategyPublishedOn,
              (b, v) -> b.strategyPublishedOn(v))
          .list("strategyReviewedOn", DATE, SeriousViolence::strategyReviewedOn, (b, v) -> b.strategyReviewedOn(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  /** The root; its {@value #FORMAT} key is read and written apart, before the others. */
  public static final ObjectFormat<PartnershipRecord> RECORD =
      describe("PartnershipRecord", "the record", PartnershipRecord.class, PartnershipRecord::builder,
          PartnershipRecord.Builder::build)
          .optional("policy", choice(BuiltInPolicy.class, Map.of(), BuiltInPolicy::id).withHint(RecordFormat::policyHint),
              PartnershipRecord::policy, (b, v) -> b.policy(v)).notAFact()
          .optional("asOf", DATE, PartnershipRecord::asOf, (b, v) -> b.asOf(v)).notAFact()
          .optional("description", TEXT, PartnershipRecord::description, (b, v) -> b.description(v)).notAFact()
          .required("partnership", object(PARTNERSHIP), PartnershipRecord::partnership, (b, v) -> b.partnership(v))
          .requiredList("organisations", object(ORGANISATION), PartnershipRecord::organisations,
              (b, v) -> b.organisations(v))
          .list("subgroups", object(SUBGROUP), PartnershipRecord::subgroups, (b, v) -> b.subgroups(v)).evidence()
          .list("termsOfReference", object(TERMS_OF_REFERENCE), PartnershipRecord::termsOfReference,
              (b, v) -> b.termsOfReference(v)).evidence()
          .list("meetings", object(MEETING), PartnershipRecord::meetings, (b, v) -> b.meetings(v)).evidence()
          .optional("agreement", object(AGREEMENT), PartnershipRecord::agreement, (b, v) -> b.agreement(v)).evidence()
          .optional("informationSharing", object(INFORMATION_SHARING), PartnershipRecord::informationSharing,
              (b, v) -> b.informationSharing(v)).evidence()
          .list("grants", object(GRANT), PartnershipRecord::grants, (b, v) -> b.grants(v)).evidence()
          .list("externalAwards", object(EXTERNAL_AWARD), PartnershipRecord::externalAwards,
              (b, v) -> b.externalAwards(v)).evidence()
          .list("scrutinySessions", object(SCRUTINY_SESSION), PartnershipRecord::scrutinySessions,
              (b, v) -> b.scrutinySessions(v)).evidence()
          .list("domesticHomicideReviews", object(DOMESTIC_HOMICIDE_REVIEW), PartnershipRecord::domesticHomicideReviews,
              (b, v) -> b.domesticHomicideReviews(v)).evidence()
          .list("strategicAssessments", object(STRATEGIC_ASSESSMENT), PartnershipRecord::strategicAssessments,
              (b, v) -> b.strategicAssessments(v)).evidence()
          .optional("seriousViolence", object(SERIOUS_VIOLENCE), PartnershipRecord::seriousViolence,
              (b, v) -> b.seriousViolence(v)).evidence()
          .list("waivers", object(WAIVER), PartnershipRecord::waivers, (b, v) -> b.waivers(v))
          .partlyKnown((b, v) -> b.notRecorded(v), (b, v) -> b.unknown(v))
          .done();

  /** What a message about a policy that is not built in adds when the value looks like a file. */
  private static String policyHint(String value) {
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    boolean file = value.contains("/") || value.contains("\\") || lower.endsWith(".json") || lower.endsWith(".yaml")
        || lower.endsWith(".yml");
    return file ? ": a record names only a built-in policy, never a policy file; give the file to the check instead" : "";
  }

  /** Every kind of object, the root first, each once. */
  public static final List<ObjectFormat<?>> ALL = objects();

  private static List<ObjectFormat<?>> objects() {
    Map<String, ObjectFormat<?>> found = new LinkedHashMap<>();
    collect(RECORD, found);
    return List.copyOf(found.values());
  }

  private static void collect(ObjectFormat<?> format, Map<String, ObjectFormat<?>> found) {
    if (found.putIfAbsent(format.name(), format) != null) {
      return;
    }
    for (KeyFormat<?> key : format.keys()) {
      ValueType type = key.type().kind() == ValueType.Kind.LIST ? key.type().element() : key.type();
      if (type.kind() == ValueType.Kind.OBJECT) {
        collect(type.object(), found);
      }
    }
  }

  private static final ClassValue<ObjectFormat<?>> BY_CLASS = new ClassValue<>() {
    @Override
    protected ObjectFormat<?> computeValue(Class<?> type) {
      for (ObjectFormat<?> format : ALL) {
        if (format.type().isAssignableFrom(type)) {
          return format;
        }
      }
      throw new IllegalArgumentException(type.getName() + " is not a kind of object of the record format");
    }
  };

  /** The description of the kind of object {@code value} is. */
  @SuppressWarnings("unchecked")
  public static ObjectFormat<Object> of(Object value) {
    return (ObjectFormat<Object>) BY_CLASS.get(value.getClass());
  }

  /** The description of the model type {@code type}. */
  @SuppressWarnings("unchecked")
  public static <T> ObjectFormat<T> of(Class<T> type) {
    for (ObjectFormat<?> format : ALL) {
      if (format.type() == type) {
        return (ObjectFormat<T>) format;
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a kind of object of the record format");
  }
}
