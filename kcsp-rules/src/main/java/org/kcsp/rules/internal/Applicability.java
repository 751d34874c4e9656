package org.kcsp.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kcsp.model.Nation;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.Tier;
import org.kcsp.rules.spi.ActionFact;
import org.kcsp.rules.spi.AgreementFact;
import org.kcsp.rules.spi.BodyFact;
import org.kcsp.rules.spi.GrantFact;
import org.kcsp.rules.spi.IsaInEffectFact;
import org.kcsp.rules.spi.LatestTorFact;
import org.kcsp.rules.spi.MeetingFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.NotRecordedFact;
import org.kcsp.rules.spi.PolicyFact;
import org.kcsp.rules.spi.PriorityFact;
import org.kcsp.rules.spi.PriorityStrandsFact;
import org.kcsp.rules.spi.ProjectFact;
import org.kcsp.rules.spi.ReportedTotalFact;
import org.kcsp.rules.spi.ReviewFact;
import org.kcsp.rules.spi.RolloverFact;
import org.kcsp.rules.spi.ScrutinyFact;
import org.kcsp.rules.spi.SeriousViolenceFact;
import org.kcsp.rules.spi.StrategicAssessmentsFact;
import org.kcsp.rules.spi.Text;
import org.kcsp.rules.spi.TorMemberFact;

/**
 * Whom a rule applies to, by its {@link Needs}, on a check's facts, as the rule catalogue defines
 * it: how many subjects it checks ({@link #count}; it applies when there is one), what they are
 * called ({@link #noun}), and, when there are none, why not ({@link #whyNot}).
 */
public final class Applicability {

  private Applicability() {}

  /** What a rule's subjects are called: {@code 1 grant}, {@code 3 grants}. */
  public enum Noun {
    PARTNERSHIP("partnership", "partnerships"),
    BODY("body", "bodies"),
    SUBGROUP("subgroup", "subgroups"),
    TERMS_OF_REFERENCE("terms of reference", "terms of reference"),
    ORGANISATION("organisation", "organisations"),
    GRANT("grant", "grants"),
    PROJECT("project", "projects"),
    MEETING("meeting", "meetings"),
    PRIORITY("priority", "priorities"),
    ACTION("action", "actions"),
    REVIEW("review", "reviews"),
    WAIVER("waiver", "waivers");

    private final String one;
    private final String many;

    Noun(String one, String many) {
      this.one = one;
      this.many = many;
    }

    /** {@code 1 grant}, {@code 3 grants}, {@code 0 grants}. */
    public String count(long count) {
      return count + " " + (count == 1 ? one : many);
    }
  }

  /** What the subjects of a rule with these needs are called. */
  public static Noun noun(Needs needs) {
    return switch (needs) {
      case ALWAYS, PARTNERSHIP_MEETING, PARTNERSHIP_TOR_MEMBERS, SCRUTINY_SESSION, ACTION_PLAN, AGREEMENT,
          STRATEGIC_ASSESSMENT_DUTY, STRATEGY_STRANDS, SERIOUS_VIOLENCE_STRATEGY_DUE,
          SERIOUS_VIOLENCE_STRATEGY_PUBLISHED -> Noun.PARTNERSHIP;
      case BODIES, BODY_APPROVAL, MEETING_FREQUENCY -> Noun.BODY;
      case SUBGROUP_AND_PARENT_APPROVAL, SUBGROUP_APPROVAL -> Noun.SUBGROUP;
      case LATEST_TOR_MEMBERS -> Noun.TERMS_OF_REFERENCE;
      case ISA_AND_MEMBER -> Noun.ORGANISATION;
      case GRANT, GRANT_SUMS_KNOWN, GRANT_UPFRONT, GRANT_ROLLOVER, REPORTED_TOTAL, REPORTED_TOTAL_COMPUTABLE,
          GRANT_PROJECTS -> Noun.GRANT;
      case PROJECT_AND_COUNTERPART, PROJECT, PROJECT_OUTCOME_REPORT, GRANT_PROJECTS_DEADLINE, AGREEMENT_AND_PROJECT ->
          Noun.PROJECT;
      case MEETING -> Noun.MEETING;
      case AGREEMENT_PRIORITY -> Noun.PRIORITY;
      case AGREEMENT_ACTIONS -> Noun.ACTION;
      case REVIEW -> Noun.REVIEW;
      case WAIVER -> Noun.WAIVER;
    };
  }

  /**
   * How many subjects a rule with these needs applies to, as each {@link Needs} constant says: at
   * least 1 exactly when the needs are met.
   */
  public static int count(Needs needs, PreparedFacts facts) {
    String partnership = facts.view().partnership().id();
    return switch (needs) {
      case ALWAYS -> 1;
      case BODIES -> facts.all(BodyFact.class).size();
      case BODY_APPROVAL -> facts.all(LatestTorFact.class).size();
      case SUBGROUP_AND_PARENT_APPROVAL -> facts.count(BodyFact.class, body -> !body.partnership()
          && approved(facts, body.id()) && approved(facts, body.parent()));
      case SUBGROUP_APPROVAL -> facts.count(BodyFact.class, body -> !body.partnership() && approved(facts, body.id()));
      case PARTNERSHIP_MEETING -> once(facts.any(MeetingFact.class, m -> m.body().equals(partnership)));
      case LATEST_TOR_MEMBERS -> facts.view().isRecorded("termsOfReference")
          ? facts.count(LatestTorFact.class, t -> mayListMembers(facts, t))
          // approvals not recorded: each body's latest ToR, whatever it is, may list members
          : facts.all(BodyFact.class).size();
      case PARTNERSHIP_TOR_MEMBERS ->
          once(facts.any(LatestTorFact.class, t -> mayListMembers(facts, t) && t.body().equals(partnership)));
      case ISA_AND_MEMBER -> facts.any(IsaInEffectFact.class) ? existingMembers(facts).size() : 0;
      case GRANT -> facts.all(GrantFact.class).size();
      case GRANT_SUMS_KNOWN -> facts.count(GrantFact.class, GrantFact::sumsKnown);
      case GRANT_UPFRONT -> facts.count(GrantFact.class, g -> g.upfront() != null);
      case GRANT_ROLLOVER -> (int) Stream.concat(facts.all(RolloverFact.class).stream().map(RolloverFact::grant),
              // rollovers not recorded: the grant may have one
              facts.all(GrantFact.class).stream().filter(g -> !g.rolloversRecorded()).map(GrantFact::id))
          .distinct().count();
      case REPORTED_TOTAL ->
          (int) facts.all(ReportedTotalFact.class).stream().map(ReportedTotalFact::grant).distinct().count();
      case REPORTED_TOTAL_COMPUTABLE -> (int) facts.all(ReportedTotalFact.class).stream()
          .filter(ReportedTotalFact::computable).map(ReportedTotalFact::grant).distinct().count();
      case GRANT_PROJECTS -> facts.count(GrantFact.class, GrantFact::hasProjects);
      case PROJECT_AND_COUNTERPART -> counterparts(facts) ? facts.all(ProjectFact.class).size() : 0;
      case PROJECT -> facts.all(ProjectFact.class).size() + grantsWithProjectsNotRecorded(needs, facts)
          + partnershipWithGrantsNotRecorded(needs, facts);
      case PROJECT_OUTCOME_REPORT -> facts.count(ProjectFact.class, ProjectFact::hasOutcomeReport);
      case GRANT_PROJECTS_DEADLINE -> facts.count(ProjectFact.class, p -> p.businessCaseDeadline() != null)
          + grantsWithProjectsNotRecorded(needs, facts) + partnershipWithGrantsNotRecorded(needs, facts);
      case AGREEMENT_AND_PROJECT -> facts.any(AgreementFact.class) ? facts.all(ProjectFact.class).size() : 0;
      case MEETING -> facts.all(MeetingFact.class).size();
      case MEETING_FREQUENCY -> facts.any(MeetingFact.class) ? facts.count(LatestTorFact.class,
          t -> t.meetingsPerYear() != null && !t.firstAnniversary().isAfter(facts.date())) : 0;
      case SCRUTINY_SESSION -> once(facts.any(ScrutinyFact.class));
      case AGREEMENT_PRIORITY -> facts.all(PriorityFact.class).size();
      case AGREEMENT_ACTIONS -> facts.all(ActionFact.class).size();
      case ACTION_PLAN -> once(facts.any(ActionFact.class));
      case AGREEMENT -> once(facts.any(AgreementFact.class));
      case REVIEW -> facts.count(ReviewFact.class, r -> r.ledBy() == null);
      case WAIVER -> facts.view().waivers().size();
      case STRATEGIC_ASSESSMENT_DUTY -> once(facts.any(StrategicAssessmentsFact.class,
          a -> a.tier() != Tier.COUNTY && a.nation() == Nation.ENGLAND));
      case STRATEGY_STRANDS -> once(facts.any(PriorityStrandsFact.class));
      case SERIOUS_VIOLENCE_STRATEGY_DUE -> once(facts.any(SeriousViolenceFact.class,
          sv -> sv.role() == SeriousViolenceRole.LEAD && facts.date().isAfter(sv.strategyDue())));
      case SERIOUS_VIOLENCE_STRATEGY_PUBLISHED -> once(facts.any(SeriousViolenceFact.class,
          sv -> sv.role() == SeriousViolenceRole.LEAD && (sv.lastOn() != null || sv.publicationUnknown())));
    };
  }

  /**
   * What a rule with these needs checked, in words, {@code count} being {@link #count}: {@code "3
   * grants"}. A grant whose projects are not recorded stands for them as a subject of a project
   * rule (its gaps are on the grant): {@code "2 projects and 1 grant whose projects are not
   * recorded"}; the partnership stands for the grants when they are not recorded: {@code "1
   * partnership whose grants are not recorded"}.
   */
  public static String checked(Needs needs, PreparedFacts facts, int count) {
    int grants = grantsWithProjectsNotRecorded(needs, facts);
    int partnership = partnershipWithGrantsNotRecorded(needs, facts);
    if (grants == 0 && partnership == 0) {
      return noun(needs).count(count);
    }
    List<String> parts = new ArrayList<>(3);
    if (count > grants + partnership) {
      parts.add(Noun.PROJECT.count(count - grants - partnership));
    }
    if (grants > 0) {
      parts.add(Noun.GRANT.count(grants) + " whose projects are not recorded");
    }
    if (partnership > 0) {
      parts.add(Noun.PARTNERSHIP.count(partnership) + " whose grants are not recorded");
    }
    return Text.list(parts);
  }

  /**
   * The partnership, once, when its grants are not recorded (version 2) and a rule with these
   * needs reads projects ({@link Needs#PROJECT}, {@link Needs#GRANT_PROJECTS_DEADLINE}): it may
   * have some. A rule of grant conditions that the policy does not put grants under by default
   * does not see it ({@link PreparedFacts#underConditions}).
   */
  private static int partnershipWithGrantsNotRecorded(Needs needs, PreparedFacts facts) {
    return (needs == Needs.PROJECT || needs == Needs.GRANT_PROJECTS_DEADLINE) && facts.grantsNotRecorded() ? 1 : 0;
  }

  /**
   * The grants whose projects are not recorded (version 2), each of which may have projects, that
   * a rule with these needs counts as subjects: any such grant for {@link Needs#PROJECT}, one with
   * a business case deadline for {@link Needs#GRANT_PROJECTS_DEADLINE}, none for other needs.
   */
  private static int grantsWithProjectsNotRecorded(Needs needs, PreparedFacts facts) {
    return switch (needs) {
      case PROJECT -> facts.count(GrantFact.class, g -> !g.projectsRecorded());
      case GRANT_PROJECTS_DEADLINE -> facts.count(GrantFact.class, g -> !g.projectsRecorded() && g.businessCaseDeadline() != null);
      default -> 0;
    };
  }

  /**
   * Why a rule with these needs does not apply, in a phrase: what the record lacks as of the
   * evaluation date, such as {@code "the record holds no grants"}. Only for needs that are not met.
   *
   * @throws IllegalStateException for needs that are always met
   */
  public static String whyNot(Needs needs, PreparedFacts facts) {
    String d = facts.dateWords();
    String partnership = facts.view().partnership().id();
    return switch (needs) {
      case ALWAYS, BODIES -> throw new IllegalStateException(needs + " is always met");
      case BODY_APPROVAL -> "no body has terms of reference approved on or before " + d;
      case SUBGROUP_AND_PARENT_APPROVAL -> facts.count(BodyFact.class, body -> !body.partnership()) == 0
          ? noSubgroups(facts)
          : !facts.any(BodyFact.class, body -> !body.partnership() && approved(facts, body.id()))
              ? "no subgroup has terms of reference approved on or before " + d
              : "no subgroup with terms of reference has a parent with terms of reference approved on or before " + d;
      case SUBGROUP_APPROVAL -> facts.count(BodyFact.class, body -> !body.partnership()) == 0
          ? noSubgroups(facts)
          : "no subgroup has terms of reference approved on or before " + d;
      case PARTNERSHIP_MEETING -> "the record holds no meetings of the partnership on or before " + d;
      case LATEST_TOR_MEMBERS -> facts.any(LatestTorFact.class)
          ? "no body's latest terms of reference list members"
          : "no body has terms of reference approved on or before " + d;
      case PARTNERSHIP_TOR_MEMBERS -> partnershipTorLacks(facts, partnership, d);
      case ISA_AND_MEMBER -> facts.view().informationSharing().isEmpty()
          ? "the record holds no information sharing agreement"
          : !facts.any(IsaInEffectFact.class)
              ? "no version of the information sharing agreement is in effect on " + d
              : !facts.any(LatestTorFact.class, t -> t.listsMembers() && t.body().equals(partnership))
                  ? partnershipTorLacks(facts, partnership, d)
                  : "no member of the partnership's latest terms of reference exists on " + d;
      case GRANT -> NO_GRANTS;
      case GRANT_SUMS_KNOWN -> orNoGrants(facts, "every grant has a live project without an amount");
      case GRANT_UPFRONT -> orNoGrants(facts, "no grant states its upfront part");
      case GRANT_ROLLOVER -> orNoGrants(facts, "no grant has a rollover requested on or before " + d);
      case REPORTED_TOTAL -> orNoGrants(facts, "no grant has a reported total");
      case REPORTED_TOTAL_COMPUTABLE -> orNoGrants(facts, facts.any(ReportedTotalFact.class)
          ? "every reported total adds up a project without an amount"
          : "no grant has a reported total");
      case GRANT_PROJECTS -> orNoGrants(facts, "no grant has projects");
      case PROJECT_AND_COUNTERPART -> orNoProjects(facts,
          "no project has a counterpart: the record holds no other funder's awards, and its projects are all of one grant");
      case PROJECT -> NO_PROJECTS;
      case PROJECT_OUTCOME_REPORT -> orNoProjects(facts, "no project has an outcome report");
      case GRANT_PROJECTS_DEADLINE -> orNoProjects(facts, "no grant with projects has a business case deadline");
      case AGREEMENT_AND_PROJECT -> facts.any(AgreementFact.class) ? NO_PROJECTS : NO_AGREEMENT;
      case MEETING -> "the record holds no meetings on or before " + d;
      case MEETING_FREQUENCY -> !facts.any(MeetingFact.class)
          ? "the record holds no meetings on or before " + d
          : !facts.any(LatestTorFact.class, t -> t.meetingsPerYear() != null)
              ? "no body's latest terms of reference set how many meetings a year"
              : "no body whose latest terms of reference set how many meetings a year has had terms of reference "
                  + "for 12 months on " + d;
      case SCRUTINY_SESSION -> "the record holds no scrutiny sessions on or before " + d;
      case AGREEMENT_PRIORITY -> facts.any(AgreementFact.class)
          ? "the agreement has no priority in place on " + d
          : NO_AGREEMENT;
      case AGREEMENT_ACTIONS, ACTION_PLAN -> facts.any(AgreementFact.class)
          ? "the agreement's action plan has no actions"
          : NO_AGREEMENT;
      case AGREEMENT -> NO_AGREEMENT;
      case REVIEW -> facts.any(ReviewFact.class) ? ledByOthers(facts)
          : "the record holds no domestic homicide reviews notified on or before " + d;
      case WAIVER -> "the record holds no waivers";
      case STRATEGIC_ASSESSMENT_DUTY -> facts.view().partnership().tier() == Tier.COUNTY
          ? "a county partnership: the strategic assessment is its districts' duty"
          : facts.view().partnership().nation() != Nation.ENGLAND
              ? "a partnership outside England"
              : "the record lists no strategic assessments on or before " + d;
      case STRATEGY_STRANDS -> !facts.any(AgreementFact.class) ? NO_AGREEMENT
          : !facts.any(PriorityFact.class) ? "the agreement has no priority in place on " + d
              : "no priority of the agreement lists the strands it serves";
      case SERIOUS_VIOLENCE_STRATEGY_DUE -> facts.view().isRecorded("seriousViolence") && !leadsSeriousViolence(facts)
          ? NOT_SERIOUS_VIOLENCE_LEAD
          : "the serious violence strategy is due by " + Text.date(facts.all(PolicyFact.class).get(0).lawDates()
              .date("SERIOUS_VIOLENCE_STRATEGY_MISSING", "strategyDue"));
      case SERIOUS_VIOLENCE_STRATEGY_PUBLISHED -> !leadsSeriousViolence(facts)
          ? NOT_SERIOUS_VIOLENCE_LEAD
          : "no serious violence strategy is published on or before " + d;
    };
  }

  private static final String NO_GRANTS = "the record holds no grants";
  private static final String NO_PROJECTS = "the record holds no projects";
  private static final String NO_AGREEMENT = "the record holds no community safety agreement";

  private static final String NOT_SERIOUS_VIOLENCE_LEAD = "the partnership does not lead the Serious Violence Duty";

  private static boolean leadsSeriousViolence(PreparedFacts facts) {
    return facts.any(SeriousViolenceFact.class, sv -> sv.role() == SeriousViolenceRole.LEAD);
  }

  /**
   * Why a subgroup rule does not apply to a record without subgroups: it lists none, or it does not
   * record them, and its approvals, which name only its own bodies, hold none of a subgroup.
   */
  private static String noSubgroups(PreparedFacts facts) {
    return facts.view().isRecorded("subgroups")
        ? "the record holds no subgroups"
        : "the record's terms of reference approvals hold none of a subgroup";
  }

  private static int once(boolean applies) {
    return applies ? 1 : 0;
  }

  /**
   * Whether a latest ToR lists members, or may: its membership not recorded, the rule applies to
   * it (and is PASS when its gaps leave it clear).
   */
  private static boolean mayListMembers(PreparedFacts facts, LatestTorFact tor) {
    return tor.listsMembers() || facts.any(NotRecordedFact.class, n -> n.owner().equals(tor.path()) && n.key().equals("membership"));
  }

  private static boolean approved(PreparedFacts facts, String body) {
    return body != null && facts.any(LatestTorFact.class, t -> t.body().equals(body));
  }

  /** The organisations of the partnership's latest ToR membership that exist on D. */
  private static Set<String> existingMembers(PreparedFacts facts) {
    return facts.all(TorMemberFact.class).stream()
        .filter(m -> m.partnershipTor() && m.exists())
        .map(TorMemberFact::organisation)
        .collect(Collectors.toSet());
  }

  /** Whether a project has a counterpart: another funder's award, or a project of another grant. */
  private static boolean counterparts(PreparedFacts facts) {
    return !facts.view().externalAwards().isEmpty()
        || facts.all(ProjectFact.class).stream().map(ProjectFact::grant).distinct().count() > 1;
  }

  private static String partnershipTorLacks(PreparedFacts facts, String partnership, String d) {
    return facts.all(LatestTorFact.class).stream()
        .filter(t -> t.body().equals(partnership))
        .findFirst()
        .map(t -> "the partnership's latest terms of reference (" + t.torId() + ") list no members")
        .orElse("the partnership has no terms of reference approved on or before " + d);
  }

  /** Why no review is checked when every one is led by another body: {@code led by Kent Community Safety Partnership}. */
  private static String ledByOthers(PreparedFacts facts) {
    return "led by " + Text.list(facts.all(ReviewFact.class).stream().map(ReviewFact::ledBy).distinct().toList());
  }

  private static String orNoGrants(PreparedFacts facts, String reason) {
    return facts.any(GrantFact.class) ? reason : NO_GRANTS;
  }

  private static String orNoProjects(PreparedFacts facts, String reason) {
    return facts.any(ProjectFact.class) ? reason : NO_PROJECTS;
  }
}
