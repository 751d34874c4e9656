package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.kcsp.model.Printable;
import org.kcsp.model.Problem;
import org.kcsp.rules.InvalidPolicyException;
import org.kcsp.rules.Policy;
import org.kcsp.rules.RuleDefinitionException;

/**
 * The {@code --policy ID|FILE} of {@code validate}, {@code rules} and {@code explain}: a built-in
 * policy by its id, else a policy file. A bad one is said on standard error in a few lines, and the
 * command exits 2.
 */
final class PolicyOption {

  /** A policy that could not be had: already said on standard error. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private PolicyOption() {}

  /**
   * The policy {@code value} names: a built-in one, else the policy file at that path.
   *
   * @throws Refused having said why on {@code err}
   */
  static Policy resolve(String value, PrintWriter err) throws Refused {
    if (Policy.isBuiltIn(value)) {
      return Policy.builtIn(value);
    }
    Path file;
    try {
      file = Path.of(value);
    } catch (InvalidPathException e) {
      err.println("kcsp: --policy " + Arguments.quoted(value) + " " + Arguments.unnamable(e));
      throw new Refused();
    }
    if (!Files.exists(file)) {
      err.println("kcsp: --policy " + Printable.line(value) + " is neither a built-in policy ("
          + String.join(", ", Policy.builtIns().stream().map(Policy::id).toList())
          + ") nor a policy file: there is no such file");
      throw new Refused();
    }
    try {
      return Policy.read(file);
    } catch (InvalidPolicyException e) {
      int total = e.problems().size();
      err.println("kcsp: " + Printable.line(e.source()) + " is not a valid policy (" + total
          + (total == 1 ? " problem):" : " problems):"));
      for (Problem problem : e.problems()) {
        err.println("  " + Printable.line(problem.toString()));
      }
      throw new Refused();
    } catch (RuleDefinitionException e) {
      e.problems().forEach(problem -> err.println("kcsp: " + Printable.line(problem)));
      throw new Refused();
    }
  }
}
