package org.kcsp.model.io;

import java.util.List;
import java.util.function.Supplier;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Agreement;
import org.kcsp.model.Cadence;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Grant;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
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
import org.kcsp.model.Problem;
import org.kcsp.model.Project;
import org.kcsp.model.RecordPath;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.model.TotalBasis;
import org.kcsp.model.Waiver;

/**
 * Turns a parsed tree into a {@link PartnershipRecord}, finding every problem of form (types,
 * missing and unknown keys, formats, each value's own invariants) before the record's structure
 * (ids and references) is checked.
 */
final class RecordBinder {

  private final Node root;
  private final InvalidRecordException.Collector problems;

  private RecordBinder(Node root, InvalidRecordException.Collector problems) {
    this.root = root;
    this.problems = problems;
  }

  /**
   * The record of {@code tree}, or {@code null} when it has problems, which are then added to
   * {@code problems} (and so is any there already: then nothing is built).
   */
  static PartnershipRecord bind(Tree tree, InvalidRecordException.Collector problems) {
    return new RecordBinder(tree.node(0), problems).record();
  }

  private PartnershipRecord record() {
    if (!(root instanceof Node.Mapping)) {
      int[] at = root.place();
      problems.add(new Problem(RecordPath.ROOT, "a record must be an object, got " + root.describe(), at[0], at[1]));
      return null;
    }
    Fields f = Fields.of(root, RecordPath.ROOT, problems,
        "format", "asOf", "description", "partnership", "organisations", "subgroups", "termsOfReference",
        "meetings", "agreement", "informationSharing", "grants", "externalAwards", "scrutinySessions",
        "domesticHomicideReviews", "waivers");
    f.constant("format", PartnershipRecord.FORMAT);
    PartnershipRecord.Builder builder = PartnershipRecord.builder()
        .asOf(f.optionalDate("asOf"))
        .description(f.optionalString("description"))
        .organisations(f.requiredList("organisations", this::organisation))
        .subgroups(f.list("subgroups", this::subgroup))
        .termsOfReference(f.list("termsOfReference", this::termsOfReference))
        .meetings(f.list("meetings", this::meeting))
        .agreement(f.object("agreement", this::agreement))
        .informationSharing(f.object("informationSharing", this::informationSharing))
        .grants(f.list("grants", this::grant))
        .externalAwards(f.list("externalAwards", this::externalAward))
        .scrutinySessions(f.list("scrutinySessions", this::scrutinySession))
        .domesticHomicideReviews(f.list("domesticHomicideReviews", this::review))
        .waivers(f.list("waivers", this::waiver));
    Partnership partnership = f.requiredObject("partnership", this::partnership);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return builder.partnership(partnership).build();
    } catch (InvalidRecordException e) {
      addLocated(e, root, RecordPath.ROOT);
      return null;
    }
  }

  /**
   * Builds one value (the one at {@code node}) when its keys were read without problems; the
   * value's own invariants are reported under its path.
   */
  private <T> T build(Node node, RecordPath path, int problemsBefore, Supplier<T> builder) {
    if (problems.total() > problemsBefore) {
      return null;
    }
    try {
      return builder.get();
    } catch (InvalidRecordException e) {
      addLocated(e, node, path);
      return null;
    }
  }

  /** The problems of the value at {@code node}, each at the place of the value its path names, under {@code path}. */
  private void addLocated(InvalidRecordException e, Node node, RecordPath path) {
    for (Problem problem : e.problems()) {
      if (problems.isFull()) {
        problems.count();
      } else {
        problems.add(located(node, problem, path));
      }
    }
    problems.count(e.omitted());
  }

  /** A problem of the value at {@code node}, with its path under {@code path} and the place of the value it names. */
  private static Problem located(Node node, Problem problem, RecordPath path) {
    int[] at = Locator.locate(node, problem.recordPath());
    return new Problem(path.resolve(problem.recordPath()), problem.message(), at[0], at[1]);
  }

  private Partnership partnership(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "name", "area", "tier");
    if (f == null) {
      return null;
    }
    Partnership.Builder b = Partnership.builder();
    String id = f.string("id");
    String name = f.string("name");
    String area = f.string("area");
    Tier tier = f.enumeration("tier", Tier.class);
    return build(node, path, before, () -> b.id(id).name(name).area(area).tier(tier).build());
  }

  private Organisation organisation(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "name", "kind", "existsFrom", "existsUntil", "succeededBy");
    if (f == null) {
      return null;
    }
    Organisation.Builder b = Organisation.builder();
    b.existsFrom(f.optionalDate("existsFrom")).existsUntil(f.optionalDate("existsUntil"))
        .succeededBy(f.optionalString("succeededBy"));
    String id = f.string("id");
    String name = f.string("name");
    OrganisationKind kind = f.enumeration("kind", OrganisationKind.class);
    return build(node, path, before, () -> b.id(id).name(name).kind(kind).build());
  }

  private Subgroup subgroup(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "name", "parent");
    if (f == null) {
      return null;
    }
    String id = f.string("id");
    String name = f.string("name");
    String parent = f.string("parent");
    return build(node, path, before, () -> Subgroup.builder().id(id).name(name).parent(parent).build());
  }

  private TermsOfReference termsOfReference(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "body", "version", "approvedOn", "approvedBy",
        "reviewIntervalMonths", "meetingsPerYear", "membership", "changes");
    if (f == null) {
      return null;
    }
    TermsOfReference.Builder b = TermsOfReference.builder()
        .meetingsPerYear(f.optionalInteger("meetingsPerYear"))
        .membership(f.list("membership", this::membership))
        .changes(f.optionalString("changes"));
    f.optionalInteger("reviewIntervalMonths").ifPresent(b::reviewIntervalMonths);
    String id = f.string("id");
    String body = f.string("body");
    String version = f.string("version");
    var approvedOn = f.date("approvedOn");
    String approvedBy = f.string("approvedBy");
    return build(node, path, before,
        () -> b.id(id).body(body).version(version).approvedOn(approvedOn).approvedBy(approvedBy).build());
  }

  private Membership membership(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "organisation", "role");
    if (f == null) {
      return null;
    }
    String organisation = f.string("organisation");
    MemberRole role = f.enumeration("role", MemberRole.class);
    return build(node, path, before, () -> Membership.of(organisation, role));
  }

  private Meeting meeting(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "body", "date", "status", "items");
    if (f == null) {
      return null;
    }
    Meeting.Builder b = Meeting.builder().items(f.list("items", this::agendaItem));
    String id = f.string("id");
    String body = f.string("body");
    var date = f.date("date");
    MeetingStatus status = f.enumeration("status", MeetingStatus.class);
    return build(node, path, before, () -> b.id(id).body(body).date(date).status(status).build());
  }

  private AgendaItem agendaItem(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "title", "kind", "approvesMinutesOf", "resolution");
    if (f == null) {
      return null;
    }
    AgendaItem.Builder b = AgendaItem.builder()
        .approvesMinutesOf(f.optionalString("approvesMinutesOf"))
        .resolution(f.optionalString("resolution"));
    String title = f.string("title");
    AgendaItemKind kind = f.enumeration("kind", AgendaItemKind.class);
    return build(node, path, before, () -> b.title(title).kind(kind).build());
  }

  private Agreement agreement(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "name", "lastRefreshedOn", "priorities", "actions");
    if (f == null) {
      return null;
    }
    Agreement.Builder b = Agreement.builder()
        .priorities(f.requiredList("priorities", this::priority))
        .actions(f.list("actions", this::action));
    String name = f.string("name");
    var refreshed = f.date("lastRefreshedOn");
    return build(node, path, before, () -> b.name(name).lastRefreshedOn(refreshed).build());
  }

  private Priority priority(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "name", "kind", "since", "formerName");
    if (f == null) {
      return null;
    }
    Priority.Builder b = Priority.builder().since(f.optionalDate("since")).formerName(f.optionalString("formerName"));
    String id = f.string("id");
    String name = f.string("name");
    PriorityKind kind = f.enumeration("kind", PriorityKind.class);
    return build(node, path, before, () -> b.id(id).name(name).kind(kind).build());
  }

  private Action action(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "title", "priorities", "lead", "cadence", "outcomes");
    if (f == null) {
      return null;
    }
    Action.Builder b = Action.builder()
        .priorities(f.strings("priorities"))
        .lead(f.optionalString("lead"))
        .outcomes(f.list("outcomes", this::outcome));
    String id = f.string("id");
    String title = f.string("title");
    Cadence cadence = f.enumeration("cadence", Cadence.class);
    return build(node, path, before, () -> b.id(id).title(title).cadence(cadence).build());
  }

  private Outcome outcome(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "kind", "description");
    if (f == null) {
      return null;
    }
    OutcomeKind kind = f.enumeration("kind", OutcomeKind.class);
    String description = f.string("description");
    return build(node, path, before, () -> Outcome.of(kind, description));
  }

  private InformationSharing informationSharing(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "name", "versions", "signatures");
    if (f == null) {
      return null;
    }
    InformationSharing.Builder b = InformationSharing.builder()
        .versions(f.list("versions", this::isaVersion))
        .signatures(f.list("signatures", this::isaSignature));
    String name = f.string("name");
    return build(node, path, before, () -> b.name(name).build());
  }

  private IsaVersion isaVersion(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "version", "effectiveFrom");
    if (f == null) {
      return null;
    }
    String version = f.string("version");
    var from = f.date("effectiveFrom");
    return build(node, path, before, () -> IsaVersion.of(version, from));
  }

  private IsaSignature isaSignature(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "organisation", "version", "signedOn");
    if (f == null) {
      return null;
    }
    String organisation = f.string("organisation");
    String version = f.string("version");
    var signedOn = f.date("signedOn");
    return build(node, path, before, () -> IsaSignature.of(organisation, version, signedOn));
  }

  private Grant grant(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "programme", "funder", "financialYear", "allocation",
        "tacticalPot", "tacticalPotCap", "upfront", "businessCaseDeadline", "rollovers", "returnedToFunder",
        "reportedTotals", "projects");
    if (f == null) {
      return null;
    }
    Grant.Builder b = Grant.builder()
        .upfront(f.optionalMoney("upfront"))
        .businessCaseDeadline(f.optionalDate("businessCaseDeadline"))
        .rollovers(f.list("rollovers", this::rollover))
        .returnedToFunder(f.optionalMoney("returnedToFunder"))
        .reportedTotals(f.list("reportedTotals", this::reportedTotal))
        .projects(f.list("projects", this::project));
    f.optionalMoney("tacticalPot").ifPresent(b::tacticalPot);
    f.optionalFraction("tacticalPotCap").ifPresent(b::tacticalPotCap);
    String id = f.string("id");
    String programme = f.string("programme");
    String funder = f.string("funder");
    var year = f.financialYear("financialYear");
    var allocation = f.money("allocation");
    return build(node, path, before, () ->
        b.id(id).programme(programme).funder(funder).financialYear(year).allocation(allocation).build());
  }

  private Rollover rollover(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "amount", "fromGrant", "intoPot", "permission", "requestedOn");
    if (f == null) {
      return null;
    }
    Rollover.Builder b = Rollover.builder()
        .fromGrant(f.optionalString("fromGrant"))
        .requestedOn(f.optionalDate("requestedOn"));
    var amount = f.money("amount");
    Pot pot = f.enumeration("intoPot", Pot.class);
    RolloverPermission permission = f.enumeration("permission", RolloverPermission.class);
    return build(node, path, before, () -> b.amount(amount).intoPot(pot).permission(permission).build());
  }

  private ReportedTotal reportedTotal(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "basis", "amount", "statedIn");
    if (f == null) {
      return null;
    }
    TotalBasis basis = f.enumeration("basis", TotalBasis.class);
    var amount = f.money("amount");
    String statedIn = f.string("statedIn");
    return build(node, path, before,
        () -> ReportedTotal.builder().basis(basis).amount(amount).statedIn(statedIn).build());
  }

  private Project project(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "title", "activity", "pot", "amount", "status",
        "statusReason", "scope", "priorities", "businessCaseSubmittedOn", "outcomeReport");
    if (f == null) {
      return null;
    }
    Project.Builder b = Project.builder()
        .activity(f.optionalString("activity"))
        .amount(f.optionalMoney("amount"))
        .statusReason(f.optionalString("statusReason"))
        .priorities(f.strings("priorities"))
        .businessCaseSubmittedOn(f.optionalDate("businessCaseSubmittedOn"))
        .outcomeReport(f.object("outcomeReport", this::outcomeReport));
    f.optionalEnumeration("scope", ProjectScope.class).ifPresent(b::scope);
    String id = f.string("id");
    String title = f.string("title");
    Pot pot = f.enumeration("pot", Pot.class);
    ProjectStatus status = f.enumeration("status", ProjectStatus.class);
    return build(node, path, before, () -> b.id(id).title(title).pot(pot).status(status).build());
  }

  private OutcomeReport outcomeReport(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "due", "submittedOn");
    if (f == null) {
      return null;
    }
    var due = f.date("due");
    var submitted = f.optionalDate("submittedOn");
    return build(node, path, before, () -> OutcomeReport.builder().due(due).submittedOn(submitted).build());
  }

  private ExternalAward externalAward(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "funder", "title", "activity", "amount", "financialYear",
        "from", "to");
    if (f == null) {
      return null;
    }
    ExternalAward.Builder b = ExternalAward.builder()
        .activity(f.optionalString("activity"))
        .amount(f.optionalMoney("amount"))
        .financialYear(f.optionalFinancialYear("financialYear"))
        .from(f.optionalDate("from"))
        .to(f.optionalDate("to"));
    String id = f.string("id");
    String funder = f.string("funder");
    String title = f.string("title");
    return build(node, path, before, () -> b.id(id).funder(funder).title(title).build());
  }

  private ScrutinySession scrutinySession(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "date", "committee");
    if (f == null) {
      return null;
    }
    String id = f.string("id");
    var date = f.date("date");
    String committee = f.string("committee");
    return build(node, path, before, () -> ScrutinySession.builder().id(id).date(date).committee(committee).build());
  }

  private DomesticHomicideReview review(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "id", "name", "notifiedOn", "decision", "decidedOn",
        "submittedToHomeOfficeOn", "publishedOn");
    if (f == null) {
      return null;
    }
    DomesticHomicideReview.Builder b = DomesticHomicideReview.builder()
        .decision(f.optionalEnumeration("decision", DhrDecision.class))
        .decidedOn(f.optionalDate("decidedOn"))
        .submittedToHomeOfficeOn(f.optionalDate("submittedToHomeOfficeOn"))
        .publishedOn(f.optionalDate("publishedOn"));
    String id = f.string("id");
    String name = f.string("name");
    var notified = f.date("notifiedOn");
    return build(node, path, before, () -> b.id(id).name(name).notifiedOn(notified).build());
  }

  private Waiver waiver(Node node, RecordPath path) {
    int before = problems.total();
    Fields f = Fields.of(node, path, problems, "rule", "subject", "reason", "approvedBy", "until");
    if (f == null) {
      return null;
    }
    String rule = f.string("rule");
    String subject = f.string("subject");
    String reason = f.string("reason");
    String approvedBy = f.string("approvedBy");
    var until = f.date("until");
    return build(node, path, before, () ->
        Waiver.builder().rule(rule).subject(subject).reason(reason).approvedBy(approvedBy).until(until).build());
  }
}
