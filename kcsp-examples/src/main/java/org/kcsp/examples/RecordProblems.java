package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.Locale;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Printable;
import org.kcsp.model.Problem;
import org.kcsp.workbook.InvalidWorkbookException;
import org.kcsp.workbook.WorkbookProblem;

/** A record that could not be read, said on standard error as every command says it. */
final class RecordProblems {

  private RecordProblems() {}

  /**
   * Says that the record {@code name} is not valid, then each problem on a line of its own (the
   * first 1,000, and how many more).
   */
  static void print(PrintWriter err, String name, InvalidRecordException e) {
    print(err, name, "record", e);
  }

  /**
   * Says that {@code name} is not a valid {@code what} (a record, a project), then each problem on
   * a line of its own (the first 1,000, and how many more).
   */
  static void print(PrintWriter err, String name, String what, InvalidRecordException e) {
    int total = e.totalProblems();
    err.println("kcsp: " + Printable.line(e.source().orElse(name)) + " is not a valid " + what + " ("
        + String.format(Locale.ROOT, "%,d", total) + (total == 1 ? " problem" : " problems")
        + (e.omitted() > 0 ? ", the first " + e.problems().size() + " listed):" : "):"));
    for (Problem problem : e.problems()) {
      err.println("  " + Printable.line(problem.toString()));
    }
    if (e.omitted() > 0) {
      err.println("  and " + String.format(Locale.ROOT, "%,d", e.omitted()) + " more");
    }
  }

  /**
   * Says that the workbook {@code name} is not a valid record (or is refused), then each problem on
   * a line of its own, at its sheet and cell.
   */
  static void print(PrintWriter err, String name, InvalidWorkbookException e) {
    int total = e.totalProblems();
    err.println("kcsp: " + Printable.line(e.source().orElse(name)) + " is not a valid record ("
        + String.format(Locale.ROOT, "%,d", total) + (total == 1 ? " problem" : " problems")
        + (e.omitted() > 0 ? ", the first " + e.problems().size() + " listed):" : "):"));
    for (WorkbookProblem problem : e.problems()) {
      err.println("  " + problem);
    }
    if (e.omitted() > 0) {
      err.println("  and " + String.format(Locale.ROOT, "%,d", e.omitted()) + " more");
    }
  }

  /** Says why a record or workbook could not be read, as {@link #print} does for each kind; false for another failure. */
  static boolean printIfInvalid(PrintWriter err, String name, RuntimeException failure) {
    if (failure instanceof InvalidRecordException e) {
      print(err, name, e);
      return true;
    }
    if (failure instanceof InvalidWorkbookException e) {
      print(err, name, e);
      return true;
    }
    return false;
  }
}
