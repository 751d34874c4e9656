package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.RuleExecutionException;

/**
 * What the commands that check a record over time (forecast, diff, what-if) read alike: the
 * engine under {@code --policy}, the records, and the date a record is checked as of. A problem is
 * said on standard error as every command says it, and the caller exits 2.
 */
final class CheckInputs {

  /** An input that could not be had: already said on standard error. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private CheckInputs() {}

  /** The standard engine, under {@code policy} when one is named. */
  static ComplianceEngine engine(String policy, PrintWriter err) throws Refused {
    if (policy == null) {
      return ComplianceEngine.standard();
    }
    try {
      return ComplianceEngine.builder().policy(PolicyOption.resolve(policy, err)).build();
    } catch (PolicyOption.Refused e) {
      throw new Refused();
    }
  }

  /** The record in {@code file}; one that is not valid is said with every problem. */
  static PartnershipRecord record(Path file, PrintWriter err, boolean debug) throws Refused {
    try {
      return RecordReader.read(file);
    } catch (InvalidRecordException e) {
      RecordProblems.print(err, file.toString(), e);
      if (debug) {
        e.printStackTrace(err);
      }
      throw new Refused();
    }
  }

  /** The date a record is checked as of: {@code asOf} when given, else the record's own, else today. */
  static LocalDate date(LocalDate asOf, PartnershipRecord record) {
    return asOf != null ? asOf : record.asOf().orElseGet(LocalDate::now);
  }

  /** A rule that failed on a record: one sentence naming the record. */
  static void failed(PrintWriter err, Path file, RuleExecutionException e, boolean debug) {
    err.println("kcsp: " + Printable.line(file.toString()) + ": " + Printable.line(String.valueOf(e.getMessage())));
    if (debug) {
      e.printStackTrace(err);
    }
  }
}
