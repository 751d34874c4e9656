package org.kcsp.examples;

import java.io.PrintWriter;
import java.util.Locale;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Printable;
import org.kcsp.model.Problem;

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
}
