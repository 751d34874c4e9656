package org.kcsp.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Forecast;
import org.kcsp.rules.RuleExecutionException;
import org.kcsp.rules.report.ForecastReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kcsp forecast FILE}: what falls due in the next days, as text, JSON or a calendar. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {
      "What falls due: the findings that open in the next N days and are not open on",
      "the evaluation date, each on the first day it is open, exactly as checking the",
      "record on each of those days would find them (a waiver that ends opens its",
      "finding the day after its last day).",
      "",
      "ics is an iCalendar file (RFC 5545) to import into a calendar or subscribe to:",
      "one all-day event per finding on the day it opens, its UID the finding's",
      "fingerprint, so that a calendar updates an event when the forecast is made",
      "again. The same record and dates give the same bytes.",
      "",
      "Exit status: 0 forecast made; 2 bad input or bad usage."
    })
final class ForecastCommand implements Callable<Integer> {

  /** The most days a forecast looks ahead: ten years. */
  static final int MAX_DAYS = 3660;

  /** How a forecast is written. */
  enum Format {
    TEXT, JSON, ICS;

    String render(Forecast forecast) {
      return switch (this) {
        case TEXT -> ForecastReport.text(forecast);
        case JSON -> ForecastReport.json(forecast);
        case ICS -> ForecastReport.ics(forecast);
      };
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the record (.json, .yaml, .yml)")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Arguments.Date.class,
      description = "the day the forecast is made on, written yyyy-mm-dd (default: the record's asOf, else today)")
  LocalDate asOf;

  @Option(names = "--days", paramLabel = "N", defaultValue = "90",
      description = "how many days to look ahead, from 1 to " + MAX_DAYS + " (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json or ics (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--policy", paramLabel = "ID|FILE",
      description = "check the record under this policy: a built-in one (england, kcsp) or a kcsp-policy/1 file"
          + " (default: the record's own)")
  String policy;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (days < 1 || days > MAX_DAYS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--days must be a whole number of days from 1 to " + MAX_DAYS + ", got " + days);
    }
    ComplianceEngine engine;
    PartnershipRecord record;
    try {
      engine = CheckInputs.engine(policy, err);
      record = CheckInputs.record(file, err, debug.on);
    } catch (CheckInputs.Refused e) {
      return KcspCommand.BAD_INPUT;
    }
    Forecast forecast;
    try {
      forecast = engine.forecast(record, CheckInputs.date(asOf, record), days);
    } catch (RuleExecutionException e) {
      CheckInputs.failed(err, file, e, debug.on);
      return KcspCommand.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.render(forecast));
    out.flush();
    return KcspCommand.OK;
  }
}
