package org.kcsp.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.AgendaItemKind;
import org.kcsp.model.DhrDecision;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Fraction;
import org.kcsp.model.Grant;
import org.kcsp.model.Meeting;
import org.kcsp.model.MeetingStatus;
import org.kcsp.model.Money;
import org.kcsp.model.OutcomeReport;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectScope;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.RolloverPermission;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.TotalBasis;
import org.kcsp.model.Waiver;

/**
 * Valid records made from bytes, for fuzzing {@code check}: the KCSP of 14 July 2022 with its
 * dates, amounts (in pence, from nothing to {@link Money#MAX}), statuses and counts of grants,
 * projects, rollovers, awards, meetings, reviews, approvals and waivers chosen by the bytes. The
 * same bytes always make the same record and evaluation date.
 */
final class GeneratedRecords {

  /** A record and the date to check it on. */
  record Generated(PartnershipRecord record, LocalDate date) {}

  private static final List<String> ACTIVITIES = List.of("bystander-approach-training", "knife-crime-first-aid", "taxi-driver-training");
  private static final List<String> PRIORITIES = List.of("road-safety", "serious-violence", "neighbourhood-crime-asb", "vawg");
  private static final List<String> FUNDERS = List.of("KENT-PCC", "KM-VRU", "KCC");
  private static final List<String> BODIES = List.of("KCSP", "KCSP-WG", "DHR-SG");
  private static final List<String> RULES = ComplianceEngine.standard().catalog().rules().stream().map(RuleDescriptor::id).toList();
  private static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 6 * 365;

  private GeneratedRecords() {}

  static Generated from(byte[] bytes) {
    Choices choose = new Choices(bytes);
    PartnershipRecord.Builder record = Kcsp2022.record();
    List<String> ids = new ArrayList<>(List.of("KCSP", "KCSP-WG", "DHR-SG", "KCSP-TOR-2022", "KCSP-2022-07-14"));

    List<Grant> grants = new ArrayList<>();
    int grantCount = choose.below(4);
    for (int g = 0; g < grantCount; g++) {
      grants.add(grant(choose, "G-" + g, grantCount, ids));
    }
    record.grants(grants);

    for (int a = choose.below(4); a > 0; a--) {
      ExternalAward.Builder award = ExternalAward.builder().id("A-" + a).funder(choose.pick(FUNDERS)).title("Award " + a);
      choose.maybe(() -> award.activity(choose.pick(ACTIVITIES)));
      choose.maybe(() -> award.amount(choose.money()));
      if (choose.flag()) {
        award.financialYear(year(choose));
      } else {
        LocalDate from = choose.date(EARLIEST, DAYS);
        award.from(from);
        choose.maybe(() -> award.to(choose.date(from, 800)));
      }
      record.addExternalAwards(award.build());
      ids.add("A-" + a);
    }

    for (int m = choose.below(4); m > 0; m--) {
      Meeting.Builder meeting = Meeting.builder().id("M-" + m).body(choose.pick(BODIES))
          .date(choose.date(EARLIEST, DAYS)).status(choose.pick(MeetingStatus.values()));
      choose.maybe(() -> meeting.addItems(AgendaItem.builder().title("Item").kind(choose.pick(AgendaItemKind.values()))
          .build()));
      record.addMeetings(meeting.build());
      ids.add("M-" + m);
    }

    for (int t = choose.below(3); t > 0; t--) {
      TermsOfReference.Builder tor = Kcsp2022.tor("TOR-" + t, choose.pick(BODIES), "v" + t, choose.date(EARLIEST, DAYS));
      choose.maybe(() -> tor.reviewIntervalMonths(1 + choose.below(60)));
      choose.maybe(() -> tor.meetingsPerYear(choose.below(53)));
      choose.maybe(() -> tor.membership(Kcsp2022.members()));
      record.addTermsOfReference(tor.build());
      ids.add("TOR-" + t);
    }

    for (int r = choose.below(3); r > 0; r--) {
      LocalDate notified = choose.date(EARLIEST, DAYS);
      DomesticHomicideReview.Builder review = DomesticHomicideReview.builder().id("DHR-" + r).name("Review " + r)
          .notifiedOn(notified);
      if (choose.flag()) {
        DhrDecision decision = choose.pick(DhrDecision.values());
        LocalDate decided = choose.date(notified, 400);
        review.decision(decision).decidedOn(decided);
        if (decision == DhrDecision.COMMISSIONED && choose.flag()) {
          LocalDate submitted = choose.date(decided, 800);
          review.submittedToHomeOfficeOn(submitted);
          choose.maybe(() -> review.publishedOn(choose.date(submitted, 400)));
        }
      }
      record.addDomesticHomicideReviews(review.build());
      ids.add("DHR-" + r);
    }

    for (int s = choose.below(3); s > 0; s--) {
      record.addScrutinySessions(ScrutinySession.builder().id("S-" + s).date(choose.date(EARLIEST, DAYS))
          .committee("Crime and Disorder Scrutiny Committee").build());
    }

    for (int w = choose.below(3); w > 0; w--) {
      record.addWaivers(Waiver.builder().rule(choose.pick(RULES)).subject(choose.pick(ids)).reason("Accepted")
          .approvedBy("KCSP").until(choose.date(EARLIEST, DAYS)).build());
    }

    LocalDate date = choose.date(EARLIEST, DAYS);
    return new Generated(record.build(), date);
  }

  private static Grant grant(Choices choose, String id, int grantCount, List<String> ids) {
    Money allocation = choose.money();
    Grant.Builder grant = Grant.builder().id(id).programme("Crime Reduction Grant").funder(choose.pick(FUNDERS))
        .financialYear(year(choose)).allocation(allocation);
    choose.maybe(() -> grant.tacticalPot(choose.flag() ? Fraction.ONE_THIRD.of(allocation) : choose.money()));
    choose.maybe(() -> grant.tacticalPotCap(Fraction.of(1 + choose.below(4), 4)));
    choose.maybe(() -> grant.upfront(choose.money()));
    choose.maybe(() -> grant.businessCaseDeadline(choose.date(EARLIEST, DAYS)));
    choose.maybe(() -> grant.returnedToFunder(choose.money()));
    for (int r = choose.below(3); r > 0; r--) {
      // at most two rollovers of at most half the largest amount: their sum is an amount a record may hold
      Rollover.Builder rollover = Rollover.builder().amount(Money.ofPence(choose.money().pence() / 2)).intoPot(choose.pick(Pot.values()))
          .permission(choose.pick(RolloverPermission.values()));
      int from = choose.below(grantCount + 1);
      String other = "G-" + from;
      if (from < grantCount && !other.equals(id)) {
        rollover.fromGrant(other);
      }
      choose.maybe(() -> rollover.requestedOn(choose.date(EARLIEST, DAYS)));
      grant.addRollovers(rollover.build());
    }
    for (int t = choose.below(3); t > 0; t--) {
      grant.addReportedTotals(ReportedTotal.builder().basis(choose.pick(TotalBasis.values())).amount(choose.money())
          .statedIn("a report").build());
    }
    for (int p = choose.below(6); p > 0; p--) {
      String projectId = id + "-P" + p;
      Project.Builder project = Project.builder().id(projectId).title("Project " + projectId)
          .pot(choose.pick(Pot.values())).status(choose.pick(ProjectStatus.values())).scope(choose.pick(ProjectScope.values()));
      choose.maybe(() -> project.amount(choose.money()));
      choose.maybe(() -> project.activity(choose.pick(ACTIVITIES)));
      choose.maybe(() -> project.addPriorities(choose.pick(PRIORITIES)));
      choose.maybe(() -> project.businessCaseSubmittedOn(choose.date(EARLIEST, DAYS)));
      if (choose.flag()) {
        OutcomeReport.Builder report = OutcomeReport.builder().due(choose.date(EARLIEST, DAYS));
        choose.maybe(() -> report.submittedOn(choose.date(EARLIEST, DAYS)));
        project.outcomeReport(report.build());
      }
      grant.addProjects(project.build());
      ids.add(projectId);
    }
    ids.add(id);
    return grant.build();
  }

  private static FinancialYear year(Choices choose) {
    return FinancialYear.startingIn(2018 + choose.below(7));
  }

  /** Decisions read from bytes, a few at a time; past the end every decision is 0. */
  static final class Choices {
    private final byte[] bytes;
    private int next;

    Choices(byte[] bytes) {
      this.bytes = bytes;
    }

    /** From 0 to {@code bound - 1}. */
    int below(int bound) {
      if (bound <= 1) {
        return 0;
      }
      int value = bound <= 256 ? nextByte() : (nextByte() << 16) | (nextByte() << 8) | nextByte();
      return value % bound;
    }

    boolean flag() {
      return below(2) == 1;
    }

    void maybe(Runnable choice) {
      if (flag()) {
        choice.run();
      }
    }

    <E> E pick(List<E> values) {
      return values.get(below(values.size()));
    }

    @SafeVarargs
    final <E> E pick(E... values) {
      return values[below(values.length)];
    }

    LocalDate date(LocalDate from, int days) {
      return from.plusDays(below(days + 1));
    }

    /** Nothing, a penny, the most a record may hold, a round sum, or any amount. */
    Money money() {
      return switch (below(6)) {
        case 0 -> Money.ZERO;
        case 1 -> Money.ofPence(1);
        case 2 -> Money.MAX;
        case 3 -> Money.ofPounds(1_000L * below(100));
        default -> {
          long pence = 0;
          for (int i = 0; i < 5; i++) {
            pence = (pence << 8) | nextByte();
          }
          yield Money.ofPence(pence % (Money.MAX.pence() + 1));
        }
      };
    }

    private int nextByte() {
      return next < bytes.length ? bytes[next++] & 0xFF : 0;
    }
  }
}
