package org.kcsp.examples.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kcsp.examples.generate.Profile.Body;
import org.kcsp.examples.generate.Profile.SubgroupPlan;
import org.kcsp.examples.generate.Vocabulary.PriorityKind;
import org.kcsp.examples.generate.Vocabulary.SubgroupKind;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.Agreement;
import org.kcsp.model.Cadence;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.InformationSharing;
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
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
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
 * Builds the record of one partnership for one financial year, as it stood on a day of the year's
 * last quarter: the organisations, subgroups, terms of reference, meetings, information sharing,
 * agreement, scrutiny, reviews and waivers here; the grant and other funders' awards in {@link
 * FundingYear}. The record holds what was known on that day: the history that matters (last
 * year's approvals, meetings since January of the year before) and nothing dated after it but
 * the meetings still to come. Each part draws from its own random stream, so a change in one part
 * leaves the others as they were.
 */
final class PartnershipYear {

  /** The CCGs' last day: the integrated care boards took over on 1 July 2022. */
  static final LocalDate CCG_LAST_DAY = LocalDate.of(2022, 6, 30);
  /** The community rehabilitation companies' last day, before probation was reunified. */
  static final LocalDate CRC_LAST_DAY = LocalDate.of(2021, 6, 25);
  private static final LocalDate ISA_FIRST_VERSION = LocalDate.of(2018, 5, 25);
  private static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A finding the generator meant to cause: rule and subject, to waive some of them. */
  record Planted(String rule, String subject) {}

  private enum Section {
    DEFECTS, ORGANISATIONS, TERMS, MEETINGS, ISA, AGREEMENT, GRANT, AWARDS, SCRUTINY, REVIEWS, WAIVERS, VERSION_2, GAPS,
    STATUTORY
  }

  private final long seed;
  private final int partnership;
  private final int yearIndex;
  final Profile profile;
  final int year;
  final FinancialYear financialYear;
  final LocalDate asOf;
  final Set<Defect> defects;
  final List<Planted> planted = new ArrayList<>();

  private final String forceCode;
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private final List<Subgroup> subgroups = new ArrayList<>();
  private final List<TermsOfReference> terms = new ArrayList<>();
  /** Meetings of each body, by body id, in date order. */
  private final Map<String, List<Sitting>> sittings = new LinkedHashMap<>();
  private Agreement agreement;

  /** A meeting being planned: its body, date, status and the items planned beyond the routine ones. */
  private static final class Sitting {
    final String body;
    final LocalDate date;
    final String id;
    MeetingStatus status;
    final List<AgendaItem> items = new ArrayList<>();

    Sitting(String body, LocalDate date, MeetingStatus status) {
      this.body = body;
      this.date = date;
      this.status = status;
      this.id = body + "-" + date;
    }

    String id() {
      return id;
    }

    boolean hasItem(AgendaItemKind kind) {
      return items.stream().anyMatch(item -> item.kind() == kind);
    }
  }

  PartnershipYear(long seed, int partnership, int yearIndex) {
    this.seed = seed;
    this.partnership = partnership;
    this.yearIndex = yearIndex;
    this.profile = Profile.draw(seed, partnership);
    this.forceCode = Profile.code(profile.force());
    this.year = RecordGenerator.FIRST_YEAR + yearIndex;
    this.financialYear = FinancialYear.startingIn(year);
    Draw draw = draw(Section.DEFECTS);
    this.asOf = draw.date(LocalDate.of(year + 1, 1, 1), financialYear.lastDay());
    this.defects = Defect.draw(draw);
  }

  private Draw draw(Section section) {
    return new Draw(Draw.mix(seed, partnership, yearIndex, section.ordinal()));
  }

  Draw fundingDraw() {
    return draw(Section.GRANT);
  }

  Draw awardsDraw() {
    return draw(Section.AWARDS);
  }

  /** The draws of what a version 2 record adds to this year's facts. */
  Draw version2Draw() {
    return draw(Section.VERSION_2);
  }

  /** The draws of what a version 2 record leaves not recorded or unknown. */
  Draw gapsDraw() {
    return draw(Section.GAPS);
  }

  /** The draws of what stays the same about the partnership from year to year in version 2. */
  Draw version2ProfileDraw() {
    return new Draw(Draw.mix(seed, partnership, -2));
  }

  boolean has(Defect defect) {
    return defects.contains(defect);
  }

  void plant(String rule, String subject) {
    planted.add(new Planted(rule, subject));
  }

  static String date(LocalDate date) {
    return PEOPLE.format(date);
  }

  /**
   * The version 1 record of this year, as generated before version 2, byte for byte: the benchmarks
   * and differential tests compare runs over it across releases.
   */
  PartnershipRecord build() {
    return build(false);
  }

  /**
   * This year's record, with the defect of the catalogue's second part ({@link #statutory}) when
   * {@code statutoryDuties}: the base of a version 2 record.
   */
  PartnershipRecord build(boolean statutoryDuties) {
    organisations();
    bodiesAndTerms();
    agreement = agreement();
    meetings();
    InformationSharing isa = informationSharing();
    FundingYear funding = new FundingYear(this);
    PartnershipRecord.Builder record = PartnershipRecord.builder()
        .asOf(asOf)
        .description("Synthetic record made by kcsp generate (seed " + seed + "): " + profile.name() + " in "
            + financialYear + ", as of " + date(asOf) + ". The places are real; the bodies' figures, dates and"
            + " decisions are invented.")
        .partnership(Partnership.builder().id(profile.id()).name(profile.name()).area(profile.area())
            .tier(profile.tier()).build())
        .organisations(organisations.values())
        .subgroups(subgroups)
        .termsOfReference(terms)
        .meetings(meetingList())
        .informationSharing(isa)
        .addGrants(funding.grant())
        .externalAwards(funding.awards())
        .scrutinySessions(scrutiny())
        .domesticHomicideReviews(reviews());
    if (agreement != null) {
      record.agreement(agreement);
    }
    record.waivers(waivers(funding));
    if (statutoryDuties) {
      statutory(record);
    }
    return record.build();
  }

  // ---- organisations ----------------------------------------------------------------------

  String force() {
    return profile.force();
  }

  String forceCode() {
    return forceCode;
  }

  String pcc() {
    return forceCode() + "-PCC";
  }

  String vru() {
    return forceCode() + "-VRU";
  }

  String communityFoundation() {
    return forceCode() + "-CF";
  }

  private String police() {
    return forceCode() + "-POLICE";
  }

  private String fire() {
    return forceCode() + "-FRS";
  }

  private String ccg() {
    return profile.code() + "-CCG";
  }

  private String icb() {
    return forceCode() + "-ICB";
  }

  private String crc() {
    return forceCode() + "-CRC";
  }

  private static final String PROBATION = "PROBATION";
  static final String HOME_OFFICE = "HOME-OFFICE";
  static final String LOTTERY = "NLCF";

  private boolean merged() {
    return profile.merger() != null && profile.merger().lastDay().isBefore(asOf);
  }

  private void organisations() {
    add(profile.council(), OrganisationKind.LOCAL_AUTHORITY);
    if (profile.countyCouncil() != null) {
      add(profile.countyCouncil(), OrganisationKind.LOCAL_AUTHORITY);
    }
    profile.districts().forEach(district -> add(district, OrganisationKind.LOCAL_AUTHORITY));
    add(new Body(police(), force() + " Police"), OrganisationKind.POLICE);
    add(new Body(fire(), force() + " Fire and Rescue Service"), OrganisationKind.FIRE_AND_RESCUE);
    Organisation.Builder ccg = Organisation.builder().id(ccg()).name(profile.area() + " Clinical Commissioning Group")
        .kind(OrganisationKind.HEALTH);
    if (year >= 2022) {
      ccg.existsUntil(CCG_LAST_DAY).succeededBy(icb());
    }
    organisations.put(ccg(), ccg.build());
    if (year >= 2022) {
      organisations.put(icb(), Organisation.builder().id(icb()).name(force() + " Integrated Care Board")
          .kind(OrganisationKind.HEALTH).existsFrom(CCG_LAST_DAY.plusDays(1)).build());
    }
    add(new Body(PROBATION, year <= 2020 ? "National Probation Service" : "The Probation Service"), OrganisationKind.PROBATION);
    if (year <= 2023) {
      Organisation.Builder crc = Organisation.builder().id(crc()).name(force() + " Community Rehabilitation Company")
          .kind(OrganisationKind.PROBATION);
      if (year >= 2021) {
        crc.existsUntil(CRC_LAST_DAY).succeededBy(PROBATION);
      }
      organisations.put(crc(), crc.build());
    }
    add(new Body(pcc(), force() + " Police and Crime Commissioner"), OrganisationKind.POLICE_AND_CRIME_COMMISSIONER);
    add(new Body(vru(), force() + " Violence Reduction Unit"), OrganisationKind.VIOLENCE_REDUCTION_UNIT);
    for (Body voluntary : profile.voluntary()) {
      Organisation.Builder organisation = Organisation.builder().id(voluntary.id()).name(voluntary.name())
          .kind(OrganisationKind.VOLUNTARY);
      if (merged() && profile.merger().from().equals(voluntary)) {
        organisation.existsUntil(profile.merger().lastDay()).succeededBy(profile.merger().into().id());
      }
      organisations.put(voluntary.id(), organisation.build());
    }
    if (merged()) {
      Body into = profile.merger().into();
      organisations.put(into.id(), Organisation.builder().id(into.id()).name(into.name())
          .kind(OrganisationKind.VOLUNTARY).existsFrom(profile.merger().lastDay().plusDays(1)).build());
    }
    if (profile.housing()) {
      add(new Body(profile.code() + "-HOMES", profile.area() + " Homes"), OrganisationKind.OTHER);
    }
    add(new Body(HOME_OFFICE, "Home Office"), OrganisationKind.OTHER);
    add(new Body(LOTTERY, "National Lottery Community Fund"), OrganisationKind.OTHER);
    add(new Body(communityFoundation(), force() + " Community Foundation"), OrganisationKind.VOLUNTARY);
  }

  private void add(Body body, OrganisationKind kind) {
    organisations.put(body.id(), Organisation.builder().id(body.id()).name(body.name()).kind(kind).build());
  }

  /** The partnership's members on a date: the responsible authorities first. */
  private List<Membership> members(LocalDate on) {
    List<Membership> members = new ArrayList<>();
    members.add(Membership.of(profile.council().id(), MemberRole.RESPONSIBLE_AUTHORITY));
    if (profile.countyCouncil() != null) {
      members.add(Membership.of(profile.countyCouncil().id(), MemberRole.RESPONSIBLE_AUTHORITY));
    }
    members.add(Membership.of(police(), MemberRole.RESPONSIBLE_AUTHORITY));
    members.add(Membership.of(fire(), MemberRole.RESPONSIBLE_AUTHORITY));
    members.add(Membership.of(on.isAfter(CCG_LAST_DAY) ? icb() : ccg(), MemberRole.RESPONSIBLE_AUTHORITY));
    members.add(Membership.of(PROBATION, MemberRole.RESPONSIBLE_AUTHORITY));
    if (!on.isAfter(CRC_LAST_DAY)) {
      members.add(Membership.of(crc(), MemberRole.RESPONSIBLE_AUTHORITY));
    }
    members.add(Membership.of(pcc(), MemberRole.CO_OPERATING));
    if (profile.vruMember()) {
      members.add(Membership.of(vru(), MemberRole.CO_OPERATING));
    }
    if (profile.housing()) {
      members.add(Membership.of(profile.code() + "-HOMES", MemberRole.CO_OPERATING));
    }
    profile.districts().forEach(district -> members.add(Membership.of(district.id(), MemberRole.PARTICIPATING)));
    for (Body voluntary : profile.voluntary()) {
      boolean gone = profile.merger() != null && profile.merger().from().equals(voluntary)
          && profile.merger().lastDay().isBefore(on);
      members.add(Membership.of(gone ? profile.merger().into().id() : voluntary.id(), MemberRole.PARTICIPATING));
    }
    return members;
  }

  /** Organisations that have ceased by the record's date, each with its successor. */
  private List<Organisation> ceased() {
    return organisations.values().stream().filter(o -> o.ceasedBefore(asOf) && o.succeededBy().isPresent()).toList();
  }

  // ---- bodies and terms of reference -------------------------------------------------------

  /** The first day of the record's meetings: 1 January of the year before the financial year ends. */
  private LocalDate windowStart() {
    return LocalDate.of(year, 1, 1);
  }

  /** Dates every {@code cadence} months on day {@code day}, from {@code from} to {@code to}. */
  private static List<LocalDate> schedule(int cadence, int phase, int day, LocalDate from, LocalDate to) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
      int index = month.getYear() * 12 + month.getMonthValue() - 1;
      if (Math.floorMod(index - phase, cadence) == 0) {
        LocalDate date = month.withDayOfMonth(day);
        if (!date.isBefore(from) && !date.isAfter(to)) {
          dates.add(date);
        }
      }
    }
    return dates;
  }

  /** The partnership's meeting between two dates: it meets every three months, so there is one in any three. */
  private LocalDate partnershipMeeting(LocalDate from, LocalDate to) {
    return schedule(3, profile.meetingPhase(), profile.meetingDay(), from, to).get(0);
  }

  private void bodiesAndTerms() {
    Draw draw = draw(Section.TERMS);
    LocalDate end = financialYear.lastDay();
    sittings.put(profile.id(), sittingsOf(profile.id(),
        schedule(3, profile.meetingPhase(), profile.meetingDay(), windowStart(), end)));
    for (SubgroupPlan plan : profile.subgroups()) {
      subgroups.add(Subgroup.builder().id(plan.id()).name(plan.name()).parent(plan.parent()).build());
      sittings.put(plan.id(), sittingsOf(plan.id(), schedule(plan.cadence(), plan.phase(), plan.day(), windowStart(), end)));
    }
    if (has(Defect.SUBGROUP_WITHOUT_TOR) && profile.subgroups().size() < 3) {
      SubgroupKind kind = draw.pick(Vocabulary.NEW_SUBGROUPS);
      String id = profile.id() + "-" + kind.suffix();
      if (!sittings.containsKey(id)) {
        subgroups.add(Subgroup.builder().id(id).name(profile.area() + " " + kind.name()).parent(profile.id()).build());
        LocalDate established = draw.date(financialYear.firstDay().plusMonths(1), asOf.minusDays(60));
        sittings.put(id, sittingsOf(id, schedule(2, draw.between(0, 1), Math.min(28, established.getDayOfMonth()), established, end)));
        plant("TOR_MISSING", id);
      }
    }

    // the partnership: approved each year at its meeting in July, August or September
    LocalDate lastYear = partnershipMeeting(LocalDate.of(year - 1, 7, 1), LocalDate.of(year - 1, 9, 30));
    LocalDate meeting = partnershipMeeting(LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 30));
    boolean overdue = has(Defect.PARTNERSHIP_REVIEW_OVERDUE);
    boolean written = has(Defect.TOR_APPROVED_OUTSIDE_MEETING);
    LocalDate approved = written ? meeting.minusDays(draw.between(8, 30)) : meeting;
    Map<String, LocalDate> latest = new LinkedHashMap<>();
    Map<String, LocalDate> previous = new LinkedHashMap<>();
    boolean setsMeetings = draw.chance(0.9);
    terms.add(tor(profile.id(), lastYear, profile.id(), setsMeetings ? 4 : -1, 12, members(lastYear), "Annual review"));
    previous.put(profile.id(), lastYear);
    latest.put(profile.id(), lastYear);
    if (overdue) {
      plant("TOR_REVIEW_OVERDUE", profile.id());
    } else {
      terms.add(tor(profile.id(), approved, profile.id(), setsMeetings ? 4 : -1, 12, members(approved),
          written ? "Annual review, approved by written procedure" : changes(lastYear, approved)));
      latest.put(profile.id(), approved);
    }
    if (written) {
      plant("TOR_NOT_ON_AGENDA", profile.id());
    } else {
      sitting(profile.id(), meeting).items.add(AgendaItem.builder().title("Terms of reference review")
          .kind(AgendaItemKind.TERMS_OF_REFERENCE)
          .resolution(overdue ? "Approved the terms of reference of the subgroups; the partnership's own deferred"
              : "Approved the terms of reference of the partnership and its subgroups")
          .build());
    }

    // the subgroups: approved by their parent at the same time, unless a defect says otherwise
    List<SubgroupPlan> plans = profile.subgroups();
    SubgroupPlan notReviewed = has(Defect.SUBGROUP_REVIEW_OVERDUE) ? draw.pick(plans) : null;
    SubgroupPlan misaligned = has(Defect.SUBGROUP_REVIEW_MISALIGNED) ? draw.pick(plans) : null;
    SubgroupPlan selfApproved = has(Defect.SUBGROUP_APPROVED_BY_ITSELF) ? draw.pick(plans) : null;
    for (SubgroupPlan plan : plans) {
      boolean parentIsPartnership = plan.parent().equals(profile.id());
      int meetings = draw.chance(0.9) ? plan.meetingsPerYear() : -1;
      List<Membership> lastMembers = draw.chance(0.8) ? subgroupMembers(lastYear, draw) : List.of();
      LocalDate parentLast = previous.getOrDefault(plan.parent(), lastYear);
      terms.add(tor(plan.id(), parentLast, plan.parent(), meetings, plan.reviewIntervalMonths(), lastMembers, "Annual review"));
      previous.put(plan.id(), parentLast);
      latest.put(plan.id(), parentLast);
      if (plan == notReviewed) {
        plant("TOR_REVIEW_OVERDUE", plan.id());
        continue;
      }
      LocalDate parentLatest = latest.get(plan.parent());
      String approvedBy = plan.parent();
      // a misaligned review: at the parent's latest meeting more than 100 days from its own review
      LocalDate apart = plan != misaligned ? null : sittings.get(plan.parent()).stream()
          .map(s -> s.date)
          .filter(d -> !d.isAfter(asOf) && Math.abs(d.toEpochDay() - parentLatest.toEpochDay()) > 100)
          .reduce((a, b) -> b)
          .orElse(null);
      LocalDate date;
      if (apart != null) {
        date = apart;
        sitting(plan.parent(), date).items.add(torItem(plan));
        plant("TOR_REVIEW_NOT_ALIGNED", plan.id());
      } else if (plan == selfApproved) {
        date = closest(plan.id(), parentLatest);
        approvedBy = plan.id();
        sitting(plan.id(), date).items.add(torItem(plan));
        plant("TOR_SUBGROUP_NOT_APPROVED_BY_PARENT", plan.id());
      } else if (parentIsPartnership) {
        date = approved;
      } else {
        date = closest(plan.parent(), parentLatest);
        sitting(plan.parent(), date).items.add(torItem(plan));
      }
      List<Membership> members = lastMembers.isEmpty() ? List.of() : subgroupMembers(date, draw);
      terms.add(tor(plan.id(), date, approvedBy, meetings, plan.reviewIntervalMonths(), members, "Annual review"));
      latest.put(plan.id(), date);
    }
    defunctMember(draw);
    responsibleAuthorityLeftOut(draw);
  }

  private List<Sitting> sittingsOf(String body, List<LocalDate> dates) {
    List<Sitting> list = new ArrayList<>();
    for (LocalDate date : dates) {
      list.add(new Sitting(body, date, date.isAfter(asOf) ? MeetingStatus.SCHEDULED : MeetingStatus.HELD));
    }
    return list;
  }

  private Sitting sitting(String body, LocalDate date) {
    return sittings.get(body).stream().filter(s -> s.date.equals(date)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no meeting of " + body + " on " + date));
  }

  /** The body's held meeting nearest to {@code date}, not after the record's date. */
  private LocalDate closest(String body, LocalDate date) {
    return sittings.get(body).stream()
        .map(s -> s.date)
        .filter(d -> !d.isAfter(asOf))
        .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - date.toEpochDay())))
        .orElse(date);
  }

  private static AgendaItem torItem(SubgroupPlan plan) {
    return AgendaItem.builder().title(plan.name() + " terms of reference").kind(AgendaItemKind.TERMS_OF_REFERENCE)
        .resolution("Approved").build();
  }

  private String changes(LocalDate last, LocalDate now) {
    if (!last.isAfter(CCG_LAST_DAY) && now.isAfter(CCG_LAST_DAY)) {
      return "The integrated care board replaces the clinical commissioning group";
    }
    if (!last.isAfter(CRC_LAST_DAY) && now.isAfter(CRC_LAST_DAY)) {
      return "The Probation Service replaces the community rehabilitation company";
    }
    if (profile.merger() != null && !last.isAfter(profile.merger().lastDay()) && now.isAfter(profile.merger().lastDay())) {
      return profile.merger().into().name() + " replaces " + profile.merger().from().name();
    }
    return "Annual review: no changes of substance";
  }

  private TermsOfReference tor(String body, LocalDate approvedOn, String approvedBy, int meetingsPerYear,
      int reviewMonths, List<Membership> members, String changes) {
    TermsOfReference.Builder tor = TermsOfReference.builder()
        .id(body + "-TOR-" + approvedOn.getYear())
        .body(body)
        .version(String.valueOf(approvedOn.getYear()))
        .approvedOn(approvedOn)
        .approvedBy(approvedBy)
        .membership(members)
        .changes(changes);
    if (meetingsPerYear >= 0) {
      tor.meetingsPerYear(meetingsPerYear);
    }
    if (reviewMonths != TermsOfReference.ANNUAL_REVIEW_MONTHS) {
      tor.reviewIntervalMonths(reviewMonths);
    }
    return tor.build();
  }

  /** A subgroup's members: the council and the police, and two or three other partners. */
  private List<Membership> subgroupMembers(LocalDate on, Draw draw) {
    List<Membership> all = members(on);
    List<Membership> members = new ArrayList<>(all.subList(0, 1));
    members.add(Membership.of(police(), MemberRole.RESPONSIBLE_AUTHORITY));
    for (Membership other : draw.sample(all.subList(1, all.size()), draw.between(2, 3))) {
      if (members.stream().noneMatch(m -> m.organisation().equals(other.organisation()))) {
        members.add(Membership.of(other.organisation(), draw.chance(0.5) ? MemberRole.PARTICIPATING : other.role()));
      }
    }
    return members;
  }

  /** The latest approval of a body. */
  private int latestIndex(String body) {
    int found = -1;
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).body().equals(body)
          && (found < 0 || !terms.get(i).approvedOn().isBefore(terms.get(found).approvedOn()))) {
        found = i;
      }
    }
    return found;
  }

  private void defunctMember(Draw draw) {
    List<Organisation> ceased = ceased();
    if (!has(Defect.DEFUNCT_MEMBER_LISTED) || ceased.isEmpty()) {
      return;
    }
    Organisation gone = draw.pick(ceased);
    String body = draw.chance(0.7) || profile.subgroups().isEmpty() ? profile.id() : draw.pick(profile.subgroups()).id();
    int index = latestIndex(body);
    TermsOfReference tor = terms.get(index);
    if (tor.membership().stream().anyMatch(m -> m.organisation().equals(gone.id()))) {
      plant("TOR_LISTS_DEFUNCT_MEMBER", tor.id());
      return;
    }
    // a ToR still naming the CCG names it instead of the ICB; others are named beside their successor
    boolean instead = gone.kind() == OrganisationKind.HEALTH;
    List<Membership> members = new ArrayList<>();
    boolean replaced = false;
    for (Membership member : tor.membership()) {
      if (instead && !replaced && member.organisation().equals(gone.succeededBy().orElseThrow())) {
        members.add(Membership.of(gone.id(), member.role()));
        replaced = true;
      } else {
        members.add(member);
      }
    }
    if (!replaced) {
      members.add(Membership.of(gone.id(), MemberRole.PARTICIPATING));
    }
    terms.set(index, TermsOfReference.builder().from(tor).membership(members).build());
    plant("TOR_LISTS_DEFUNCT_MEMBER", tor.id());
  }

  private void responsibleAuthorityLeftOut(Draw draw) {
    if (!has(Defect.RESPONSIBLE_AUTHORITY_LEFT_OUT)) {
      return;
    }
    String left = draw.chance(0.5) ? fire() : PROBATION;
    int index = latestIndex(profile.id());
    TermsOfReference tor = terms.get(index);
    List<Membership> members = tor.membership().stream()
        .map(m -> m.organisation().equals(left) ? Membership.of(left, MemberRole.CO_OPERATING) : m)
        .filter(m -> !m.organisation().equals(left) || draw.chance(0.5))
        .toList();
    terms.set(index, TermsOfReference.builder().from(tor).membership(members).build());
    plant("MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING", profile.id());
  }

  // ---- meetings ----------------------------------------------------------------------------

  private void meetings() {
    Draw draw = draw(Section.MEETINGS);
    if (has(Defect.MEETINGS_CANCELLED)) {
      List<String> bodies = sittings.keySet().stream()
          .filter(body -> terms.stream().anyMatch(t -> t.body().equals(body) && t.meetingsPerYear().isPresent()))
          .toList();
      if (!bodies.isEmpty()) {
        String body = draw.pick(bodies);
        List<Sitting> candidates = sittings.get(body).stream()
            .filter(s -> s.status == MeetingStatus.HELD && !s.date.isBefore(asOf.minusMonths(12)) && s.items.isEmpty())
            .toList();
        for (Sitting sitting : draw.sample(candidates, 2)) {
          sitting.status = MeetingStatus.CANCELLED;
        }
        plant("MEETING_FREQUENCY_BELOW_TOR", body);
      }
    }
    Sitting unapproved = null;
    if (has(Defect.MINUTES_NOT_APPROVED)) {
      List<Sitting> candidates = new ArrayList<>();
      for (List<Sitting> list : sittings.values()) {
        List<Sitting> held = list.stream().filter(s -> s.status == MeetingStatus.HELD).toList();
        candidates.addAll(held.subList(0, Math.max(0, held.size() - 1)));
      }
      if (!candidates.isEmpty()) {
        unapproved = draw.pick(candidates);
        plant("MEETING_MINUTES_NOT_APPROVED", unapproved.id());
      }
    }
    for (Map.Entry<String, List<Sitting>> body : sittings.entrySet()) {
      Sitting previous = null;
      for (Sitting sitting : body.getValue()) {
        if (sitting.status == MeetingStatus.CANCELLED) {
          continue;
        }
        List<AgendaItem> items = new ArrayList<>();
        if (previous == null) {
          items.add(AgendaItem.builder().title("Minutes of the previous meeting").kind(AgendaItemKind.MINUTES)
              .resolution("Agreed as a true record").build());
        } else if (previous == unapproved) {
          items.add(AgendaItem.builder().title("Minutes of the meeting of " + date(previous.date) + " (not circulated)")
              .kind(AgendaItemKind.UPDATE).build());
        } else {
          AgendaItem.Builder minutes = AgendaItem.builder().title("Minutes of the meeting of " + date(previous.date))
              .kind(AgendaItemKind.MINUTES).approvesMinutesOf(previous.id());
          if (sitting.status == MeetingStatus.HELD) {
            minutes.resolution("Agreed as a true record");
          }
          items.add(minutes.build());
        }
        items.addAll(routineItems(body.getKey(), sitting, draw));
        items.addAll(sitting.items);
        sitting.items.clear();
        sitting.items.addAll(items);
        previous = sitting;
      }
    }
  }

  private List<AgendaItem> routineItems(String body, Sitting sitting, Draw draw) {
    List<AgendaItem> items = new ArrayList<>();
    if (body.equals(profile.id())) {
      List<Subgroup> reporting = subgroups.stream().filter(s -> s.parent().equals(profile.id())).toList();
      for (Subgroup subgroup : draw.sample(reporting, Math.min(2, reporting.size()))) {
        items.add(AgendaItem.builder().title(subgroup.name() + " update").kind(AgendaItemKind.UPDATE).build());
      }
      if (draw.chance(0.5)) {
        items.add(AgendaItem.builder().title("Crime Reduction Grant " + FinancialYear.containing(sitting.date) + " update")
            .kind(AgendaItemKind.GRANTS).build());
      }
      if (draw.chance(0.15)) {
        items.add(AgendaItem.builder().title("Domestic homicide reviews").kind(AgendaItemKind.DOMESTIC_HOMICIDE_REVIEW).build());
      }
    } else if (body.endsWith("-WG")) {
      items.add(AgendaItem.builder().title("Project proposals and updates").kind(AgendaItemKind.GRANTS).build());
    } else {
      items.add(AgendaItem.builder().title(draw.pick(Vocabulary.SUBGROUP_ITEMS)).kind(AgendaItemKind.OTHER).build());
    }
    return items;
  }

  private List<Meeting> meetingList() {
    List<Meeting> meetings = new ArrayList<>();
    for (List<Sitting> list : sittings.values()) {
      for (Sitting sitting : list) {
        meetings.add(Meeting.builder().id(sitting.id()).body(sitting.body).date(sitting.date).status(sitting.status)
            .items(sitting.items).build());
      }
    }
    return meetings;
  }

  /** The latest held meeting of the partnership on or before the record's date. */
  LocalDate lastPartnershipMeeting() {
    return sittings.get(profile.id()).stream().filter(s -> s.status == MeetingStatus.HELD).map(s -> s.date)
        .reduce((a, b) -> b).orElse(asOf);
  }

  // ---- information sharing -----------------------------------------------------------------

  private InformationSharing informationSharing() {
    Draw draw = draw(Section.ISA);
    List<IsaVersion> versions = new ArrayList<>();
    versions.add(IsaVersion.of("1.0", ISA_FIRST_VERSION));
    for (LocalDate refresh : List.of(profile.isaSecondVersion(), profile.isaThirdVersion())) {
      if (!refresh.isAfter(asOf)) {
        versions.add(IsaVersion.of(versions.size() + 1 + ".0", refresh));
      }
    }
    Set<String> signers = new LinkedHashSet<>();
    terms.stream().filter(t -> t.body().equals(profile.id()))
        .forEach(t -> t.membership().forEach(m -> signers.add(m.organisation())));
    members(asOf).forEach(m -> signers.add(m.organisation()));
    IsaVersion latest = versions.get(versions.size() - 1);
    String unsigned = null;
    if (has(Defect.ISA_UNSIGNED)) {
      TermsOfReference tor = terms.get(latestIndex(profile.id()));
      List<String> existing = tor.membership().stream().map(Membership::organisation)
          .filter(id -> organisations.get(id).existsOn(asOf)).toList();
      unsigned = draw.pick(existing);
      plant("ISA_NOT_SIGNED", unsigned);
    }
    List<IsaSignature> signatures = new ArrayList<>();
    for (IsaVersion version : versions.subList(Math.max(0, versions.size() - 2), versions.size())) {
      for (String id : signers) {
        Organisation organisation = organisations.get(id);
        LocalDate start = organisation.existsFrom().filter(from -> from.isAfter(version.effectiveFrom()))
            .orElse(version.effectiveFrom());
        LocalDate until = organisation.existsUntil().orElse(null);
        if (until != null && start.isAfter(until)) {
          continue;
        }
        LocalDate signed = start.plusDays(draw.between(3, 75));
        if (until != null && signed.isAfter(until)) {
          signed = until;
        }
        if (signed.isAfter(asOf) || (version == latest && id.equals(unsigned))) {
          continue;
        }
        signatures.add(IsaSignature.of(id, version.version(), signed));
      }
    }
    signatures.sort(Comparator.comparing(IsaSignature::signedOn));
    return InformationSharing.builder().name(force() + " Information Sharing Agreement").versions(versions)
        .signatures(signatures).build();
  }

  // ---- the agreement -----------------------------------------------------------------------

  /** The priority ids projects may name: those in force on the record's date, with absent ones last. */
  List<Priority> priorities() {
    return agreement == null ? List.of() : agreement.priorities();
  }

  private Agreement agreement() {
    Draw draw = draw(Section.AGREEMENT);
    if (draw.chance(0.04)) {
      return null;
    }
    LocalDate refreshed = partnershipMeeting(LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30));
    if (has(Defect.AGREEMENT_NOT_REFRESHED)) {
      refreshed = partnershipMeeting(LocalDate.of(year - 1, 4, 1), LocalDate.of(year - 1, 6, 30));
      plant("AGREEMENT_REFRESH_OVERDUE", profile.id());
    } else {
      sitting(profile.id(), refreshed).items.add(AgendaItem.builder().title("Community safety agreement refresh")
          .kind(AgendaItemKind.AGREEMENT).resolution("Agreed the refreshed agreement and action plan").build());
    }
    List<PriorityKind> kinds = new ArrayList<>(profile.priorities());
    List<Priority> priorities = new ArrayList<>();
    for (PriorityKind kind : kinds) {
      Priority.Builder priority = Priority.builder().id(kind.id()).name(kind.name())
          .kind(org.kcsp.model.PriorityKind.PRIORITY);
      if (kind.formerName() != null && year >= 2021) {
        priority.formerName(kind.formerName());
      }
      priorities.add(priority.build());
    }
    if (year >= 2022) {
      kinds.add(Vocabulary.VAWG);
      priorities.add(Priority.builder().id(Vocabulary.VAWG.id()).name(Vocabulary.VAWG.name())
          .kind(org.kcsp.model.PriorityKind.PRIORITY)
          .since(partnershipMeeting(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30))).build());
    }
    PriorityKind theme = profile.crossCutting();
    kinds.add(theme);
    priorities.add(Priority.builder().id(theme.id()).name(theme.name()).kind(org.kcsp.model.PriorityKind.CROSS_CUTTING)
        .build());
    if (has(Defect.PROJECT_WITHOUT_PRIORITY) || draw.chance(0.1)) {
      priorities.add(Priority.builder().id(Vocabulary.RETAIL_CRIME.id()).name(Vocabulary.RETAIL_CRIME.name())
          .kind(org.kcsp.model.PriorityKind.PRIORITY).since(LocalDate.of(year + 1, 4, 1)).build());
    }

    PriorityKind withoutAction = has(Defect.PRIORITY_WITHOUT_ACTION) ? draw.pick(kinds.subList(0, kinds.size() - 1)) : null;
    if (withoutAction != null) {
      plant("AGREEMENT_PRIORITY_WITHOUT_ACTION", withoutAction.id());
    }
    List<String> leads = List.of(profile.council().id(), police(), fire(), PROBATION,
        year >= 2022 ? icb() : ccg(), profile.voluntary().get(0).id());
    record Planned(String id, String title, String priority, PriorityKind kind) {}
    List<Planned> planned = new ArrayList<>();
    for (PriorityKind kind : kinds) {
      if (kind == withoutAction || kind.actions().isEmpty() || (kind == theme && draw.chance(0.4))) {
        continue;
      }
      for (String title : draw.sample(kind.actions(), draw.between(1, Math.min(2, kind.actions().size())))) {
        planned.add(new Planned("ACT-" + (planned.size() < 9 ? "0" : "") + (planned.size() + 1), title, kind.id(), kind));
      }
    }
    Set<Integer> withoutOutcome = new LinkedHashSet<>();
    if (has(Defect.ACTION_WITHOUT_OUTCOME) && planned.size() > 1) {
      for (int i = 0, n = Math.min(draw.between(1, 2), planned.size() - 1); i < n; i++) {
        withoutOutcome.add(draw.between(0, planned.size() - 1));
      }
      withoutOutcome.forEach(i -> plant("AGREEMENT_ACTION_WITHOUT_OUTCOME", planned.get(i).id()));
    }
    boolean qualitative = !has(Defect.NO_QUALITATIVE_OUTCOME);
    if (!qualitative) {
      plant("AGREEMENT_NO_QUALITATIVE_OUTCOMES", profile.id());
    }
    int firstMeasured = 0;
    while (withoutOutcome.contains(firstMeasured)) {
      firstMeasured++;
    }
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < planned.size(); i++) {
      Planned plan = planned.get(i);
      Action.Builder action = Action.builder().id(plan.id()).title(plan.title()).addPriorities(plan.priority())
          .lead(draw.pick(leads)).cadence(draw.pick(List.of(Cadence.values())));
      if (!withoutOutcome.contains(i)) {
        action.addOutcomes(Outcome.of(OutcomeKind.QUANTITATIVE, draw.pick(plan.kind().quantitative())));
        if (qualitative && (i == firstMeasured || draw.chance(0.3))) {
          action.addOutcomes(Outcome.of(OutcomeKind.QUALITATIVE, draw.pick(plan.kind().qualitative())));
        }
      }
      actions.add(action.build());
    }
    String name = profile.tier() == Tier.COUNTY ? profile.area() + " Community Safety Agreement"
        : profile.area() + " Community Safety Plan";
    return Agreement.builder().name(name).lastRefreshedOn(refreshed).priorities(priorities).actions(actions).build();
  }

  // ---- scrutiny and reviews ----------------------------------------------------------------

  private List<ScrutinySession> scrutiny() {
    Draw draw = draw(Section.SCRUTINY);
    if (draw.chance(0.06)) {
      return List.of();
    }
    List<LocalDate> dates = new ArrayList<>();
    dates.add(draw.date(LocalDate.of(year - 1, 6, 1), LocalDate.of(year - 1, 12, 15)));
    if (has(Defect.SCRUTINY_LAPSED)) {
      plant("SCRUTINY_NOT_ANNUAL", profile.id());
    } else {
      dates.add(draw.date(LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 15)));
      if (draw.chance(0.2)) {
        dates.add(draw.date(LocalDate.of(year + 1, 1, 1), asOf));
      }
    }
    List<ScrutinySession> sessions = new ArrayList<>();
    for (LocalDate date : dates) {
      sessions.add(ScrutinySession.builder().id(profile.id() + "-SCRUTINY-" + date).date(date)
          .committee(profile.scrutinyCommittee()).build());
    }
    return sessions;
  }

  private List<DomesticHomicideReview> reviews() {
    Draw draw = draw(Section.REVIEWS);
    double count = draw.fraction();
    int n = count < 0.3 ? 0 : count < 0.65 ? 1 : count < 0.9 ? 2 : 3;
    List<LocalDate> notified = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      notified.add(draw.date(LocalDate.of(year - 1, 4, 1), asOf.minusDays(10)));
    }
    notified.sort(Comparator.naturalOrder());
    List<DomesticHomicideReview> reviews = new ArrayList<>();
    boolean decisionLate = has(Defect.DHR_DECISION_LATE);
    boolean submissionLate = has(Defect.DHR_SUBMISSION_LATE);
    for (int i = 0; i < n; i++) {
      LocalDate on = notified.get(i);
      if (decisionLate && i == 0 && on.isAfter(asOf.minusMonths(1).minusDays(15))) {
        on = asOf.minusMonths(1).minusDays(draw.between(15, 90));
      }
      String id = profile.id() + "-DHR-" + on.getYear() + "-" + (i + 1);
      DomesticHomicideReview.Builder review = DomesticHomicideReview.builder().id(id)
          .name(draw.pick(Vocabulary.DHR_NAMES) + " " + on.getYear()).notifiedOn(on);
      LocalDate decided = on.plusDays(draw.between(5, 28));
      if (decisionLate && i == 0) {
        decided = on.plusMonths(1).plusDays(draw.between(1, 60));
        plant("DHR_DECISION_LATE", id);
        decisionLate = false;
      }
      if (!decided.isAfter(asOf)) {
        DhrDecision decision = draw.chance(0.7) ? DhrDecision.COMMISSIONED : DhrDecision.NOT_COMMISSIONED;
        review.decision(decision).decidedOn(decided);
        if (decision == DhrDecision.COMMISSIONED) {
          LocalDate due = decided.plusMonths(6);
          LocalDate submitted = decided.plusDays(draw.between(90, 182));
          if (submitted.isAfter(due)) {
            submitted = due;
          }
          if (submissionLate && due.isBefore(asOf)) {
            submitted = due.plusDays(draw.between(1, 120));
            plant("DHR_SUBMISSION_LATE", id);
            submissionLate = false;
          }
          if (!submitted.isAfter(asOf)) {
            review.submittedToHomeOfficeOn(submitted);
            LocalDate published = submitted.plusDays(draw.between(60, 240));
            if (!published.isAfter(asOf)) {
              review.publishedOn(published);
            }
          }
        }
      }
      reviews.add(review.build());
    }
    return reviews;
  }

  // ---- the statutory duties of the catalogue's second part ---------------------------------

  /**
   * The defect of the catalogue's second part that a version 2 record's base carries, in 1 record
   * of 10: a body the Act does not name (the commissioner) seated as a responsible authority. Drawn
   * from a stream of its own, after the rest, so that a record's other parts, its defects and its
   * waivers are what they were without it; what else version 2 says
   * of the statutory duties (assessments, strands, the Serious Violence Duty) is its own
   * ({@link Version2Year}).
   */
  private void statutory(PartnershipRecord.Builder record) {
    if (draw(Section.STATUTORY).chance(0.10)) {
      int index = latestIndex(profile.id());
      TermsOfReference tor = terms.get(index);
      terms.set(index, TermsOfReference.builder().from(tor).membership(tor.membership().stream()
          .map(m -> m.organisation().equals(pcc()) ? Membership.of(pcc(), MemberRole.RESPONSIBLE_AUTHORITY) : m)
          .toList()).build());
      record.termsOfReference(terms);
      plant("MEMBERSHIP_NOT_RESPONSIBLE_AUTHORITY", tor.id());
    }
  }

  // ---- waivers -----------------------------------------------------------------------------

  private List<Waiver> waivers(FundingYear funding) {
    Draw draw = draw(Section.WAIVERS);
    if (!draw.chance(0.2)) {
      return List.of();
    }
    List<Planted> candidates = planted.stream().distinct().toList();
    double kind = draw.fraction();
    boolean used = kind < 0.6 && !candidates.isEmpty();
    boolean expired = kind >= 0.4 && kind < 0.8 || (kind < 0.6 && candidates.isEmpty());
    boolean unused = kind >= 0.8;
    List<Waiver> waivers = new ArrayList<>();
    List<Planted> chosen = draw.sample(candidates, 2);
    if (used) {
      Planted finding = chosen.get(0);
      waivers.add(waiver(finding, asOf.plusDays(draw.between(14, 200)),
          "Accepted by the partnership until its next meeting: " + reason(finding.rule())));
    }
    if (expired) {
      Planted finding = chosen.size() > (used ? 1 : 0) ? chosen.get(used ? 1 : 0)
          : new Planted(used && chosen.get(0).rule().equals("TOR_REVIEW_OVERDUE") ? "AGREEMENT_REFRESH_OVERDUE"
              : "TOR_REVIEW_OVERDUE", profile.id());
      waivers.add(waiver(finding, asOf.minusDays(draw.between(1, 60)),
          "Accepted for a time: " + reason(finding.rule())));
    }
    if (unused) {
      // a waiver of a finding not planted: accepted in advance, and unused
      Stream.of(new Planted("GRANT_TACTICAL_POT_OVER_CAP", funding.grantId()),
              new Planted("SCRUTINY_NOT_ANNUAL", profile.id()),
              new Planted("GRANT_SPLIT_MISMATCH", funding.grantId()))
          .filter(none -> !planted.contains(none))
          .findFirst()
          .ifPresent(none -> waivers.add(waiver(none, asOf.plusDays(draw.between(30, 300)),
              "Accepted in advance: " + reason(none.rule()))));
    }
    return waivers;
  }

  private Waiver waiver(Planted finding, LocalDate until, String reason) {
    return Waiver.builder().rule(finding.rule()).subject(finding.subject()).approvedBy(profile.id()).until(until)
        .reason(reason).build();
  }

  private static String reason(String rule) {
    return switch (rule) {
      case "TOR_REVIEW_OVERDUE", "TOR_REVIEW_NOT_ALIGNED", "TOR_NOT_ON_AGENDA", "TOR_MISSING",
          "TOR_SUBGROUP_NOT_APPROVED_BY_PARENT", "TOR_LISTS_DEFUNCT_MEMBER" -> "the review moves to the next meeting";
      case "MEMBERSHIP_RESPONSIBLE_AUTHORITY_MISSING", "ISA_NOT_SIGNED" -> "the partner's nomination is awaited";
      case "SCRUTINY_NOT_ANNUAL" -> "the committee's work programme was rearranged";
      case "MEETING_MINUTES_NOT_APPROVED", "MEETING_FREQUENCY_BELOW_TOR" -> "meetings were stood down during the election period";
      case "AGREEMENT_REFRESH_OVERDUE", "AGREEMENT_PRIORITY_WITHOUT_ACTION", "AGREEMENT_ACTION_WITHOUT_OUTCOME",
          "AGREEMENT_NO_QUALITATIVE_OUTCOMES" -> "the strategic assessment is being refreshed";
      case "DHR_DECISION_LATE", "DHR_SUBMISSION_LATE" -> "the review awaits a criminal trial";
      default -> "the funder has been told and agreed";
    };
  }
}
