package org.kcsp.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kcsp.examples.generate.Profile.Body;
import org.kcsp.model.Action;
import org.kcsp.model.Agreement;
import org.kcsp.model.AgreementKind;
import org.kcsp.model.BuiltInPolicy;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Grant;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.Meeting;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.PriorityKind;
import org.kcsp.model.Project;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.SeriousViolence;
import org.kcsp.model.SeriousViolenceRole;
import org.kcsp.model.StrategicAssessment;
import org.kcsp.model.Strand;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;
import org.kcsp.model.Waiver;

/**
 * A generated partnership-year as a {@code kcsp-record/2} record: the version 1 record of the
 * same year with what version 2 adds (record-format.md), and a controlled share of facts not
 * recorded or unknown ({@link Gap}).
 *
 * <p>What it adds, in realistic shares: the partnership's {@code councils} (two, a joint
 * partnership, for about one district in eight) and, for most districts, its {@code
 * countyCouncil}; when it was formed ({@code existsFrom}, for half the partnerships; one in twenty
 * formed by a merger from April 2019 on, whose earlier years predate it) and, for one in thirty,
 * its last day ({@code existsUntil}) and successor; a youth justice service among the members of
 * half of them, and a housing provider of kind {@code HOUSING}; the council of each scrutiny
 * session; reviews led by the county's partnership and the Home Office told of decisions; the
 * agreement's kind and when it was sent to the police and crime commissioner; the statutory
 * strands each priority serves; annual strategic assessments; the serious violence duty from
 * 2022/23 on; grant conditions and money the funder retains; and the policy the record is checked
 * under. Defects of these are planted too: a strand no priority serves, a strategic assessment
 * missed, a serious violence strategy published late or not reviewed, a council's scrutiny lapsed,
 * a youth justice service listed as a responsible authority.
 */
final class Version2Year {

  /** What stays the same about a partnership from year to year in version 2. */
  record Shape(
      Body secondCouncil,
      boolean countyCouncilNamed,
      LocalDate existsFrom,
      LocalDate existsUntil,
      String successor,
      boolean youthJustice,
      boolean reviewsLedByCounty,
      BuiltInPolicy policy,
      List<GrantConditions> conditions,
      int assessmentDay,
      SeriousViolenceRole seriousViolenceRole,
      LocalDate needsAssessed,
      LocalDate strategyPublished,
      boolean strategyReviewed) {

    static Shape draw(Draw draw, Profile profile) {
      boolean district = profile.tier() == Tier.DISTRICT;
      Body second = null;
      if (district && draw.chance(0.12)) {
        String place = draw.pick(Vocabulary.PLACES.stream().filter(p -> !p.equals(profile.area())).toList());
        second = new Body(profile.code() + "-DC2", place + " " + draw.pick(Vocabulary.DISTRICT_COUNCILS));
      }
      boolean countyCouncil = district && draw.chance(0.85);
      LocalDate from = null;
      double formed = draw.fraction();
      if (formed < 0.05) {
        from = LocalDate.of(draw.between(2019, 2022), 4, 1);
      } else if (formed < 0.55) {
        from = draw.date(LocalDate.of(1998, 12, 1), LocalDate.of(2018, 4, 1));
      }
      LocalDate until = null;
      String successor = null;
      if (draw.chance(1.0 / 30)) {
        LocalDate earliest = from != null && from.isAfter(LocalDate.of(2020, 10, 1)) ? from.plusMonths(6) : LocalDate.of(2020, 10, 1);
        until = draw.date(earliest, LocalDate.of(2025, 3, 31));
        successor = profile.force() + " Community Safety Partnership";
        if (successor.equals(profile.name())) {
          successor = profile.force() + " Safer Communities Partnership";
        }
      }
      BuiltInPolicy policy = null;
      double p = draw.fraction();
      if (p < 0.30) {
        policy = BuiltInPolicy.KCSP;
      } else if (p < 0.45) {
        policy = BuiltInPolicy.ENGLAND;
      }
      double c = draw.fraction();
      List<GrantConditions> conditions = c < 0.60 ? List.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT)
          : c < 0.75 ? List.of() : null;
      LocalDate published = draw.chance(0.85)
          ? draw.date(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 31))
          : draw.date(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 9, 30));
      return new Shape(second, countyCouncil, from, until, successor, draw.chance(0.5), district && draw.chance(0.5),
          policy, conditions, draw.between(0, 80), draw.chance(0.5) ? SeriousViolenceRole.LEAD : SeriousViolenceRole.CONTRIBUTES,
          draw.date(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 10, 31)), published, draw.chance(0.85));
    }
  }

  private final PartnershipYear year;
  private final Profile profile;
  private final Shape shape;
  private final Draw draw;
  private final Draw gapDraw;
  private final Set<Gap> gaps;
  private final LocalDate asOf;

  /** The root's lists left not recorded; its objects and strategic assessments are not recorded when null below. */
  private final Set<String> notRecorded = new LinkedHashSet<>();
  private Partnership partnership;
  private List<Organisation> organisations;
  private List<Subgroup> subgroups;
  private List<TermsOfReference> terms;
  private List<Meeting> meetings;
  private Agreement agreement;
  private InformationSharing isa;
  private List<Grant> grants;
  private List<ExternalAward> awards;
  private List<ScrutinySession> sessions;
  private List<DomesticHomicideReview> reviews;
  private List<StrategicAssessment> assessments;
  private SeriousViolence seriousViolence;

  Version2Year(PartnershipYear year) {
    this.year = year;
    this.profile = year.profile;
    this.shape = Shape.draw(year.version2ProfileDraw(), profile);
    this.draw = year.version2Draw();
    this.gapDraw = year.gapsDraw();
    this.gaps = Gap.draw(gapDraw);
    this.asOf = year.asOf;
  }

  /** The version 2 record of this year, from its version 1 record. */
  PartnershipRecord build(PartnershipRecord record) {
    organisations = new ArrayList<>(record.organisations());
    subgroups = new ArrayList<>(record.subgroups());
    terms = new ArrayList<>(record.termsOfReference());
    meetings = new ArrayList<>(record.meetings());
    agreement = record.agreement().orElse(null);
    isa = record.informationSharing().orElseThrow();
    grants = new ArrayList<>(record.grants());
    awards = new ArrayList<>(record.externalAwards());
    sessions = new ArrayList<>(record.scrutinySessions());
    reviews = new ArrayList<>(record.domesticHomicideReviews());

    // what version 2 adds
    organisations();
    partnership = partnership(record.partnership());
    membership();
    scrutiny();
    reviews();
    agreement();
    assessments();
    seriousViolence();
    grants();

    // what it leaves not recorded or unknown
    plantGaps();

    PartnershipRecord.Builder built = PartnershipRecord.builder().from(record).format(FormatVersion.V2)
        .partnership(partnership)
        .organisations(organisations)
        .subgroups(subgroups)
        .termsOfReference(terms)
        .meetings(meetings)
        .agreement(Optional.ofNullable(agreement))
        .informationSharing(Optional.ofNullable(isa))
        .grants(grants)
        .externalAwards(awards)
        .scrutinySessions(sessions)
        .domesticHomicideReviews(reviews)
        .strategicAssessments(assessments == null ? List.of() : assessments)
        .seriousViolence(Optional.ofNullable(seriousViolence))
        .policy(Optional.ofNullable(shape.policy()))
        .waivers(waivers(record.waivers()));
    if (agreement == null) {
      notRecorded.add("agreement");
    }
    if (isa == null) {
      notRecorded.add("informationSharing");
    }
    if (assessments == null) {
      notRecorded.add("strategicAssessments");
    }
    if (seriousViolence == null) {
      notRecorded.add("seriousViolence");
    }
    return built.notRecorded(notRecorded).build();
  }

  private boolean has(Gap gap) {
    return gaps.contains(gap);
  }

  private String council() {
    return profile.council().id();
  }

  private String youthJustice() {
    return profile.code() + "-YJS";
  }

  private String countyPartnership() {
    return year.forceCode() + "-CSP";
  }

  // ---- what version 2 adds -----------------------------------------------------------------

  private void organisations() {
    organisations.replaceAll(o -> o.id().equals(profile.code() + "-HOMES")
        ? Organisation.builder().from(o).kind(OrganisationKind.HOUSING).build() : o);
    if (shape.secondCouncil() != null) {
      organisations.add(1, Organisation.builder().id(shape.secondCouncil().id()).name(shape.secondCouncil().name())
          .kind(OrganisationKind.LOCAL_AUTHORITY).build());
    }
    if (shape.youthJustice()) {
      organisations.add(Organisation.builder().id(youthJustice()).name(profile.area() + " Youth Justice Service")
          .kind(OrganisationKind.YOUTH_JUSTICE).build());
    }
    if (shape.reviewsLedByCounty()) {
      organisations.add(Organisation.builder().id(countyPartnership()).name(year.force() + " Community Safety Partnership")
          .kind(OrganisationKind.PARTNERSHIP).build());
    }
  }

  private Partnership partnership(Partnership partnership) {
    Partnership.Builder built = Partnership.builder().from(partnership);
    if (shape.secondCouncil() == null && has(Gap.COUNCILS)) {
      built.addNotRecorded("councils");
    } else {
      built.addCouncils(council());
      if (shape.secondCouncil() != null) {
        built.addCouncils(shape.secondCouncil().id());
      }
    }
    if (shape.countyCouncilNamed()) {
      built.countyCouncil(profile.countyCouncil().id());
    }
    if (shape.existsFrom() != null) {
      built.existsFrom(shape.existsFrom());
    }
    if (shape.existsUntil() != null) {
      built.existsUntil(shape.existsUntil()).addSucceededBy(shape.successor());
    }
    return built.build();
  }

  /**
   * The second council of a joint partnership sits on it as a responsible authority, and the youth
   * justice service as a co-operating body (in 1 record in 25, wrongly as a responsible
   * authority); both sign the information sharing agreement when the council does.
   */
  private void membership() {
    boolean misnamed = shape.youthJustice() && draw.chance(0.04);
    TermsOfReference latest = terms.stream().filter(t -> t.body().equals(profile.id()))
        .max(Comparator.comparing(TermsOfReference::approvedOn)).orElse(null);
    terms.replaceAll(tor -> {
      if (!tor.body().equals(profile.id())) {
        return tor;
      }
      List<Membership> members = new ArrayList<>(tor.membership());
      if (shape.secondCouncil() != null) {
        members.add(1, Membership.of(shape.secondCouncil().id(), MemberRole.RESPONSIBLE_AUTHORITY));
      }
      if (shape.youthJustice()) {
        members.add(Membership.of(youthJustice(),
            misnamed && tor == latest ? MemberRole.RESPONSIBLE_AUTHORITY : MemberRole.CO_OPERATING));
      }
      return TermsOfReference.builder().from(tor).membership(members).build();
    });
    List<IsaSignature> signatures = new ArrayList<>(isa.signatures());
    for (IsaSignature signature : isa.signatures()) {
      if (signature.organisation().equals(council())) {
        for (String other : new String[] {shape.secondCouncil() == null ? null : shape.secondCouncil().id(),
            shape.youthJustice() ? youthJustice() : null}) {
          if (other != null) {
            LocalDate signed = signature.signedOn().plusDays(draw.between(1, 20));
            signatures.add(IsaSignature.of(other, signature.version(), signed.isAfter(asOf) ? signature.signedOn() : signed));
          }
        }
      }
    }
    signatures.sort(Comparator.comparing(IsaSignature::signedOn));
    isa = InformationSharing.builder().from(isa).signatures(signatures).build();
  }

  /**
   * Each session names its council in most records that list councils; a joint partnership's
   * second council sits two weeks before the first, except where its scrutiny lapsed in the last
   * year (1 joint record in 4), and in a third of joint records one of its sessions names no
   * council, which is unknown.
   */
  private void scrutiny() {
    if (partnership.notRecorded().contains("councils")) {
      return;
    }
    if (shape.secondCouncil() == null) {
      if (draw.chance(0.6)) {
        sessions.replaceAll(session -> ScrutinySession.builder().from(session).council(council()).build());
      }
      return;
    }
    boolean lapsed = draw.chance(0.25);
    boolean unknown = draw.chance(1.0 / 3);
    List<ScrutinySession> joint = new ArrayList<>();
    for (ScrutinySession session : sessions) {
      joint.add(ScrutinySession.builder().from(session).council(council()).build());
      LocalDate date = session.date().minusDays(14);
      if (lapsed && date.isAfter(asOf.minusMonths(12))) {
        continue;
      }
      ScrutinySession.Builder second = ScrutinySession.builder().id(session.id() + "-" + shape.secondCouncil().id())
          .date(date).committee(shape.secondCouncil().name() + " Overview and Scrutiny Committee");
      if (unknown) {
        second.addUnknown("council");
        unknown = false;
      } else {
        second.council(shape.secondCouncil().id());
      }
      joint.add(second.build());
    }
    joint.sort(Comparator.comparing(ScrutinySession::date));
    sessions = joint;
  }

  /**
   * A district's reviews are often led by the county's partnership; the Home Office is told of
   * half the decisions, within three weeks.
   */
  private void reviews() {
    reviews.replaceAll(review -> {
      DomesticHomicideReview.Builder built = DomesticHomicideReview.builder().from(review);
      if (shape.reviewsLedByCounty() && draw.chance(0.4)) {
        built.ledBy(countyPartnership());
      }
      if (review.decidedOn().isPresent() && draw.chance(0.5)) {
        LocalDate told = review.decidedOn().get().plusDays(draw.between(1, 20));
        if (!told.isAfter(asOf)) {
          built.homeOfficeNotifiedOn(told);
        }
      }
      return built.build();
    });
  }

  /**
   * The agreement's kind (named in half the records), when it was sent to the police and crime
   * commissioner, and the strands its priorities serve: in 4 records of 5 every strand is served,
   * by a priority or the cross-cutting theme.
   */
  private void agreement() {
    if (agreement == null) {
      return;
    }
    Agreement.Builder built = Agreement.builder().from(agreement);
    if (draw.chance(0.5)) {
      built.kind(profile.tier() == Tier.COUNTY ? AgreementKind.AGREEMENT
          : draw.chance(0.7) ? AgreementKind.PARTNERSHIP_PLAN : AgreementKind.STRATEGY);
    }
    LocalDate sent = agreement.lastRefreshedOn().plusDays(draw.between(5, 40));
    if (draw.chance(0.4) && !sent.isAfter(asOf)) {
      built.sentToPolicingBodyOn(sent);
    }
    boolean everyStrand = draw.chance(0.8);
    List<Priority> priorities = new ArrayList<>();
    Set<Strand> served = EnumSet.noneOf(Strand.class);
    for (Priority priority : agreement.priorities()) {
      List<Strand> strands = Vocabulary.STRANDS.getOrDefault(priority.id(), List.of());
      served.addAll(strands);
      priorities.add(Priority.builder().from(priority).strands(strands).build());
    }
    Set<Strand> missing = EnumSet.allOf(Strand.class);
    missing.removeAll(served);
    if (everyStrand && !missing.isEmpty()) {
      priorities.replaceAll(p -> p.kind() != PriorityKind.CROSS_CUTTING ? p : Priority.builder().from(p)
          .strands(concat(p.strands(), missing)).build());
    }
    agreement = built.priorities(priorities).build();
  }

  private static List<Strand> concat(List<Strand> strands, Set<Strand> more) {
    Set<Strand> all = new LinkedHashSet<>(strands);
    all.addAll(more);
    return List.copyOf(all);
  }

  /**
   * A district or unitary partnership's assessment each winter, recorded in 4 records of 5 (one
   * in 8 of them missing the latest, 1 in 25 listing none); a county's in 3 records of 10.
   */
  private void assessments() {
    boolean owed = profile.tier() != Tier.COUNTY;
    if (!draw.chance(owed ? 0.8 : 0.3)) {
      return;
    }
    assessments = new ArrayList<>();
    if (draw.chance(0.04)) {
      return;
    }
    for (int y = year.year - 2; y <= year.year; y++) {
      LocalDate completed = LocalDate.of(y, 12, 1).plusDays(shape.assessmentDay());
      if (!completed.isAfter(asOf)) {
        assessments.add(StrategicAssessment.builder().id(profile.id() + "-SA-" + y).completedOn(completed)
            .title(profile.area() + " strategic assessment " + y).build());
      }
    }
    if (draw.chance(0.125) && !assessments.isEmpty()) {
      assessments.remove(assessments.size() - 1);
    }
  }

  /**
   * From 2022/23 on, in 7 records of 10: the partnership's role in the duty, its needs assessment,
   * and its strategy, published by 31 January 2024 by 85 percent of partnerships and reviewed
   * each year by 85 percent; before, in 3 of 10, its role alone.
   */
  private void seriousViolence() {
    boolean inForce = year.year >= 2022;
    if (!draw.chance(inForce ? 0.7 : 0.3)) {
      return;
    }
    SeriousViolence.Builder built = SeriousViolence.builder().role(shape.seriousViolenceRole());
    if (inForce) {
      if (!shape.needsAssessed().isAfter(asOf)) {
        built.needsAssessedOn(shape.needsAssessed());
      }
      LocalDate published = shape.strategyPublished();
      if (!published.isAfter(asOf)) {
        built.strategyPublishedOn(published);
        for (LocalDate review = published.plusYears(1).plusDays(draw.between(-20, 20));
            shape.strategyReviewed() && !review.isAfter(asOf); review = review.plusYears(1)) {
          built.addStrategyReviewedOn(review);
        }
      }
    }
    seriousViolence = built.build();
  }

  /** Grant conditions as the partnership names them, and a top slice the funder keeps in 3 grants of 20. */
  private void grants() {
    grants.replaceAll(grant -> {
      Grant.Builder built = Grant.builder().from(grant).conditions(Optional.ofNullable(shape.conditions()));
      if (draw.chance(0.15)) {
        built.retainedByFunder(Money.ofPounds(grant.allocation().pence() / 100 * draw.between(2, 5) / 100));
      }
      return built.build();
    });
  }

  // ---- what version 2 leaves not recorded or unknown ---------------------------------------

  private void plantGaps() {
    if (has(Gap.MEETING_ITEMS)) {
      for (Meeting meeting : gapDraw.sample(meetings, gapDraw.between(1, 3))) {
        replace(meetings, meeting, Meeting.builder().from(meeting).items(List.of()).addNotRecorded("items").build());
      }
    }
    if (has(Gap.MEMBERSHIP)) {
      pick(terms, t -> !t.membership().isEmpty()).ifPresent(tor -> replace(terms, tor,
          TermsOfReference.builder().from(tor).membership(List.of()).addNotRecorded("membership").build()));
    }
    actions();
    if (has(Gap.STRANDS) && agreement != null) {
      agreement = Agreement.builder().from(agreement).priorities(agreement.priorities().stream()
          .map(p -> Priority.builder().from(p).strands(List.of()).addNotRecorded("strands").build()).toList())
          .build();
    }
    if (has(Gap.ISA_VERSIONS)) {
      // signatures name versions: with the versions not recorded, so are they
      isa = InformationSharing.builder().from(isa).versions(List.of()).signatures(List.of())
          .addNotRecorded("versions", "signatures").build();
    } else if (has(Gap.ISA_SIGNATURES)) {
      isa = InformationSharing.builder().from(isa).signatures(List.of()).addNotRecorded("signatures").build();
    }
    grantGaps();
    reviewGaps();
    rootGaps();
  }

  private void actions() {
    if (agreement == null) {
      return;
    }
    List<Action> actions = new ArrayList<>(agreement.actions());
    if (has(Gap.ACTION_PRIORITIES)) {
      pick(actions, a -> true).ifPresent(action -> replace(actions, action,
          Action.builder().from(action).priorities(List.of()).addNotRecorded("priorities").build()));
    }
    if (has(Gap.ACTION_OUTCOMES)) {
      pick(actions, a -> true).ifPresent(action -> replace(actions, action,
          Action.builder().from(action).outcomes(List.of()).addNotRecorded("outcomes").build()));
    }
    Agreement.Builder built = Agreement.builder().from(agreement).actions(actions);
    if (has(Gap.ACTIONS)) {
      built.actions(List.of()).addNotRecorded("actions");
    }
    agreement = built.build();
  }

  private void grantGaps() {
    grants.replaceAll(grant -> {
      List<Project> projects = new ArrayList<>(grant.projects());
      if (has(Gap.PROJECT_PRIORITIES)) {
        for (Project project : gapDraw.sample(projects, gapDraw.between(1, 3))) {
          replace(projects, project, Project.builder().from(project).priorities(List.of()).addNotRecorded("priorities").build());
        }
      }
      if (has(Gap.BUSINESS_CASE_SUBMITTED_ON)) {
        pick(projects, p -> p.businessCaseSubmittedOn().isPresent()).ifPresent(project -> replace(projects, project,
            Project.builder().from(project).businessCaseSubmittedOn(Optional.empty()).addUnknown("businessCaseSubmittedOn")
                .build()));
      }
      if (has(Gap.OUTCOME_REPORT_SUBMITTED_ON)) {
        pick(projects, p -> p.outcomeReport().flatMap(OutcomeReport::submittedOn).isPresent()).ifPresent(project -> {
          OutcomeReport report = project.outcomeReport().orElseThrow();
          replace(projects, project, Project.builder().from(project).outcomeReport(OutcomeReport.builder().from(report)
              .submittedOn(Optional.empty()).addUnknown("submittedOn").build()).build());
        });
      }
      Grant.Builder built = Grant.builder().from(grant).projects(projects);
      if (has(Gap.ALLOCATION)) {
        built.knownAllocation(Optional.empty());
      }
      if (has(Gap.ROLLOVERS)) {
        built.rollovers(List.of()).addNotRecorded("rollovers");
      }
      if (has(Gap.PROJECTS)) {
        built.projects(List.of()).addNotRecorded("projects");
      }
      return built.build();
    });
  }

  private void reviewGaps() {
    if (has(Gap.DECIDED_ON)) {
      pick(reviews, r -> r.decidedOn().isPresent()).ifPresent(review -> replace(reviews, review,
          DomesticHomicideReview.builder().from(review).decidedOn(Optional.empty()).addUnknown("decidedOn").build()));
    }
    if (has(Gap.SUBMITTED_TO_HOME_OFFICE_ON)) {
      pick(reviews, r -> r.submittedToHomeOfficeOn().isPresent()).ifPresent(review -> replace(reviews, review,
          DomesticHomicideReview.builder().from(review).submittedToHomeOfficeOn(Optional.empty())
              .addUnknown("submittedToHomeOfficeOn").build()));
    }
  }

  /** Whole lists and objects of the root not recorded, with what refers to them. */
  private void rootGaps() {
    if (has(Gap.SUBGROUPS)) {
      Set<String> bodies = new LinkedHashSet<>();
      subgroups.forEach(s -> bodies.add(s.id()));
      subgroups = new ArrayList<>();
      terms.removeIf(t -> bodies.contains(t.body()) || bodies.contains(t.approvedBy()));
      meetings.removeIf(m -> bodies.contains(m.body()));
      notRecorded.add("subgroups");
    }
    rootList(Gap.TERMS_OF_REFERENCE, "termsOfReference", () -> terms = new ArrayList<>());
    rootList(Gap.MEETINGS, "meetings", () -> meetings = new ArrayList<>());
    rootList(Gap.GRANTS, "grants", () -> grants = new ArrayList<>());
    rootList(Gap.EXTERNAL_AWARDS, "externalAwards", () -> awards = new ArrayList<>());
    rootList(Gap.SCRUTINY_SESSIONS, "scrutinySessions", () -> sessions = new ArrayList<>());
    rootList(Gap.DOMESTIC_HOMICIDE_REVIEWS, "domesticHomicideReviews", () -> reviews = new ArrayList<>());
    if (has(Gap.STRATEGIC_ASSESSMENTS)) {
      assessments = null;
    }
    if (has(Gap.SERIOUS_VIOLENCE)) {
      seriousViolence = null;
    }
    if (has(Gap.INFORMATION_SHARING)) {
      isa = null;
    }
    if (has(Gap.AGREEMENT) && agreement != null) {
      // projects name the agreement's priorities: with it not recorded, so are theirs
      agreement = null;
      grants.replaceAll(grant -> Grant.builder().from(grant).projects(grant.projects().stream()
          .map(p -> Project.builder().from(p).priorities(List.of()).addNotRecorded("priorities").build())
          .toList()).build());
    }
  }

  /** The waivers whose subject is still in the record: a waiver of a finding on what is not recorded goes with it. */
  private List<Waiver> waivers(List<Waiver> waivers) {
    Set<String> ids = new HashSet<>();
    ids.add(partnership.id());
    organisations.forEach(o -> ids.add(o.id()));
    subgroups.forEach(s -> ids.add(s.id()));
    terms.forEach(t -> ids.add(t.id()));
    meetings.forEach(m -> ids.add(m.id()));
    if (agreement != null) {
      agreement.priorities().forEach(p -> ids.add(p.id()));
      agreement.actions().forEach(a -> ids.add(a.id()));
    }
    grants.forEach(g -> {
      ids.add(g.id());
      g.projects().forEach(p -> ids.add(p.id()));
    });
    awards.forEach(a -> ids.add(a.id()));
    sessions.forEach(s -> ids.add(s.id()));
    reviews.forEach(r -> ids.add(r.id()));
    if (assessments != null) {
      assessments.forEach(a -> ids.add(a.id()));
    }
    return waivers.stream().filter(w -> ids.contains(w.subject())).toList();
  }

  private void rootList(Gap gap, String key, Runnable clear) {
    if (has(gap)) {
      clear.run();
      notRecorded.add(key);
    }
  }

  /** One of {@code values} that {@code wanted}, drawn; empty if none is. */
  private <T> Optional<T> pick(List<T> values, Predicate<T> wanted) {
    List<T> candidates = values.stream().filter(wanted).toList();
    return candidates.isEmpty() ? Optional.empty() : Optional.of(gapDraw.pick(candidates));
  }

  private static <T> void replace(List<T> values, T old, T replacement) {
    values.set(values.indexOf(old), replacement);
  }
}
