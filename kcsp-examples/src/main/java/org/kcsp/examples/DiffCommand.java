package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.ReportDiff;
import org.kcsp.rules.RuleExecutionException;
import org.kcsp.rules.Severity;
import org.kcsp.rules.report.DiffReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp diff OLD NEW} or {@code kcsp diff FILE --from D1 --to D2}: what changed in the findings. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {
      "What changed in the findings: of two records (OLD NEW), each as of --as-of, else",
      "its own asOf; or of one record on two dates (FILE --from D1 --to D2), such as the",
      "day before the last meeting and today. Findings are matched by fingerprint:",
      "NEW, RESOLVED, UNCHANGED, and CHANGED (the same finding with another severity,",
      "waiver or evidence).",
      "",
      "Exit status: 0 no NEW open finding at or above --fail-on; 1 there is one, so",
      "that CI fails on what a change introduced only; 2 bad input or bad usage."
    })
final class DiffCommand implements Callable<Integer> {

  /** How a diff is written. */
  enum Format {
    TEXT, MARKDOWN, JSON;

    String render(ReportDiff diff, String title) {
      return switch (this) {
        case TEXT -> DiffReport.text(diff, title);
        case MARKDOWN -> DiffReport.markdown(diff, title);
        case JSON -> DiffReport.json(diff);
      };
    }
  }

  /** What the text and Markdown call a diff. */
  static final String TITLE = "What changed";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "OLD NEW: two records; or FILE with --from and --to")
  List<Path> files = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "check both records as of this date, written yyyy-mm-dd (default: each record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--from", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "with one record: the earlier date")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "with one record: the later date")
  LocalDate to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, markdown or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "error, warning, info or never: the least severity of a NEW open finding that makes the exit status 1"
          + " (default: ${DEFAULT-VALUE})")
  ValidateCommand.FailOn failOn;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "check the records under this policy: a built-in one (england, kcsp) or a kcsp-policy/1 file"
          + " (default: each record's own)")
  String policy;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (files.size() > 2) {
      throw usage("diff compares two records (OLD NEW) or one record on two dates (FILE --from D1 --to D2), got "
          + files.size() + " files");
    }
    if (files.size() == 1 && (from == null || to == null)) {
      throw usage("diff of one record needs --from and --to, the two dates to compare: diff FILE --from D1 --to D2;"
          + " or give two records: diff OLD NEW");
    }
    if (files.size() == 2 && (from != null || to != null)) {
      throw usage("--from and --to compare one record on two dates; two records are compared as of --as-of (or each"
          + " as of its own asOf)");
    }
    if (files.size() == 1 && asOf != null) {
      throw usage("--as-of is for two records; one record is compared on --from and --to");
    }
    ComplianceEngine engine;
    try {
      engine = CheckInputs.engine(policy, err);
    } catch (CheckInputs.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    ReportDiff diff;
    Path checking = files.get(0);
    try {
      if (files.size() == 1) {
        PartnershipRecord record = CheckInputs.record(checking, err, debug.on);
        diff = ComplianceEngine.diff(engine.check(record, from), engine.check(record, to));
      } else {
        // both records are read, so that the problems of both are said at once
        PartnershipRecord older = readOrNull(files.get(0), err);
        PartnershipRecord newer = readOrNull(files.get(1), err);
        if (older == null || newer == null) {
          return KcspCommand.BAD_INPUT;
        }
        ComplianceReport before = engine.check(older, CheckInputs.date(asOf, older));
        checking = files.get(1);
        diff = ComplianceEngine.diff(before, engine.check(newer, CheckInputs.date(asOf, newer)));
      }
    } catch (CheckInputs.Refused e) {
      return KcspCommand.BAD_INPUT;
    } catch (RuleExecutionException e) {
      CheckInputs.failed(err, checking, e, debug.on);
      return KcspCommand.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(diff, TITLE));
    out.flush();
    return fails(failOn, diff) ? KcspCommand.FINDINGS : KcspCommand.OK;
  }

  private PartnershipRecord readOrNull(Path file, PrintWriter err) {
    try {
      return CheckInputs.record(file, err, debug.on);
    } catch (CheckInputs.Refused e) {
      return null;
    }
  }

  /** Whether a NEW open finding reaches {@code failOn}. */
  static boolean fails(ValidateCommand.FailOn failOn, ReportDiff diff) {
    return failOn != ValidateCommand.FailOn.NEVER && diff.hasNewOpenFindingAtLeast(Severity.valueOf(failOn.name()));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
