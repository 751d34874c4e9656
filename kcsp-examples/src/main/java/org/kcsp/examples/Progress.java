package org.kcsp.examples;

import java.io.PrintWriter;
import org.kcsp.model.Printable;

/**
 * Shows how far a long run has got, on standard error, only when a person is watching a terminal
 * and the work has taken more than two seconds; otherwise it prints nothing.
 */
final class Progress {

  private static final long QUIET_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final int total;
  private final String verb;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private int done;
  private boolean shown;

  Progress(PrintWriter err, int total) {
    this(err, total, "checking");
  }

  /** Progress through {@code total} steps, each shown as "{@code verb} 3/10: name". */
  Progress(PrintWriter err, int total, String verb) {
    this.err = err;
    this.total = total;
    this.verb = verb;
    this.terminal = System.console() != null;
  }

  void next(String name) {
    done++;
    if (terminal && System.nanoTime() - started > QUIET_NANOS) {
      String line = verb + " " + done + "/" + total + ": " + Printable.line(name);
      err.print("\r" + (line.length() > 79 ? line.substring(0, 79) : String.format("%-79s", line)));
      err.flush();
      shown = true;
    }
  }

  /** Clears the progress line, if one is shown. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
      shown = false;
    }
  }
}
