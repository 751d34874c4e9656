package org.kcsp.rules.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.Money;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.EvidenceValue;
import org.kcsp.rules.Outcome;
import org.kcsp.rules.Severity;
import org.kcsp.rules.Subject;
import org.kcsp.rules.SubjectKind;
import org.kcsp.rules.Waived;
import org.kcsp.rules.spi.Text;

/**
 * How the people-facing reports write things: dates as {@code 14 July 2022} and money as
 * {@code £13,220.33} (as the rules' messages do, {@link Text}, {@link Money#format(long)}), evidence by its kind, evidence keys
 * as words. Shared so that text, Markdown and HTML agree.
 */
final class Words {

  private Words() {}

  /** {@code 14 July 2022}. */
  static String date(LocalDate date) {
    return Text.date(date);
  }

  /**
   * {@code "As of 1 March 2021"}, and, for a partnership that had ceased, {@code "As of 1 March
   * 2021, checked as on its last day, 31 October 2020"}: how every report says what date it is of.
   */
  static String asOf(ComplianceReport report) {
    String asOf = "As of " + date(report.asOf());
    return report.effectiveDate()
        .filter(day -> !day.equals(report.asOf()))
        .map(day -> asOf + ", checked as on its last day, " + date(day))
        .orElse(asOf);
  }

  /** {@code £13,220.33} from pence, never through a double ({@link Money#format(long)}). */
  static String money(long pence) {
    return Money.format(pence);
  }

  /**
   * An evidence value for people, by its kind: money as {@code £13,220.33}, a date as {@code 14
   * July 2023}, numbers in digits, ids joined by commas, text as it is (a version {@code 2.10}
   * stays {@code 2.10}).
   */
  static String evidence(EvidenceValue value) {
    if (value instanceof EvidenceValue.Money money) {
      return Money.format(money.pence());
    }
    if (value instanceof EvidenceValue.Date date) {
      return Text.date(date.date());
    }
    return value.text();
  }

  /** Whether an evidence value is a figure people read as one: money or a date. */
  static boolean isFigure(EvidenceValue value) {
    return value instanceof EvidenceValue.Money || value instanceof EvidenceValue.Date;
  }

  /** An evidence key as words: {@code daysOverdue} becomes {@code days overdue}. */
  static String key(String key) {
    StringBuilder words = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean boundary = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(key.charAt(i - 1));
      if (boundary) {
        words.append(' ');
      }
      words.append(boundary ? Character.toLowerCase(c) : c);
    }
    return words.toString();
  }

  /** {@code Terms of reference} for {@link SubjectKind#TERMS_OF_REFERENCE}. */
  static String kind(SubjectKind kind) {
    String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** {@code Passed}, {@code Failed}, {@code Waived}, {@code Not assessed}, {@code Not applicable}. */
  static String outcome(Outcome outcome) {
    return switch (outcome) {
      case PASS -> "Passed";
      case FAIL -> "Failed";
      case WAIVED -> "Waived";
      case NOT_ASSESSED -> "Not assessed";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }

  /** {@code Errors}, {@code Warnings}, {@code Info}: a heading for a severity's findings. */
  static String plural(Severity severity) {
    return switch (severity) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Info";
    };
  }

  /** {@code 1 error}, {@code 2 errors}, {@code 3 info}. */
  static String count(long count, Severity severity) {
    return switch (severity) {
      case ERROR -> count(count, "error", "errors");
      case WARNING -> count(count, "warning", "warnings");
      case INFO -> count + " info";
    };
  }

  /** {@code 1 finding}, {@code 2 findings}. */
  static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** The open findings line: {@code 2 errors, 1 warning, 0 info open; 1 finding waived}. */
  static String findingCounts(ComplianceReport report) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      parts.add(count(report.openCount(severity), severity));
    }
    return String.join(", ", parts) + " open; " + count(report.waivedCount(), "finding", "findings") + " waived";
  }

  /** The rules line: {@code 4 passed, 2 failed, 0 waived, 1 not assessed, 3 not applicable}. */
  static String ruleCounts(ComplianceReport report) {
    List<String> parts = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      parts.add(report.ruleCount(outcome) + " " + outcome(outcome).toLowerCase(Locale.ROOT));
    }
    return String.join(", ", parts);
  }

  /**
   * The gaps line: {@code 9 things to record, for 2 rules}, or {@code nothing to record} when every
   * rule decided every subject it checked.
   */
  static String gapCounts(ComplianceReport report) {
    int things = GapGroup.of(report).size();
    if (things == 0) {
      return "nothing to record";
    }
    return count(things, "thing", "things") + " to record, for " + count(GapGroup.rules(report), "rule", "rules");
  }

  /** {@code Grant CRG-2019-20}: a subject's kind in words and its id. */
  static String subject(Subject subject) {
    return kind(subject.kind()) + " " + subject.id();
  }

  /** {@code Waived until 31 December 2023 by KCSP: reason}. */
  static String waived(Waived waived) {
    return "Waived until " + date(waived.until()) + " by " + waived.approvedBy() + ": " + waived.reason();
  }

  /** The report's title line. */
  static String title(ComplianceReport report) {
    return "Compliance report: " + report.partnershipName() + " (" + report.partnershipId() + ")";
  }
}
