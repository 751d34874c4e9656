package org.kcsp.rules.report;

import java.util.Locale;
import org.kcsp.rules.ComplianceReport;

/**
 * The ways a report can be written, for code that lets its user choose (as the command line's
 * {@code --format} does).
 *
 * <pre>{@code
 * String page = ReportFormat.HTML.render(report);
 * }</pre>
 */
public enum ReportFormat {
  /** For a terminal: {@link TextReport}. */
  TEXT("txt"),
  /** The {@code kcsp-report/2} format: {@link JsonReport}. */
  JSON("json"),
  /** A paper for a partnership meeting: {@link MarkdownReport}. */
  MARKDOWN("md"),
  /** One self-contained page with pictures: {@link HtmlReport}. */
  HTML("html"),
  /** SARIF 2.1.0, for code-scanning tools and editors: {@link SarifReport}. */
  SARIF("sarif"),
  /** JUnit XML, for CI servers: {@link JunitReport}. */
  JUNIT("xml");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name ending for this format, without the dot: {@code md}. */
  public String extension() {
    return extension;
  }

  /** The report in this format; every format reads the report alone. */
  public String render(ComplianceReport report) {
    return switch (this) {
      case TEXT -> TextReport.render(report);
      case JSON -> JsonReport.render(report);
      case MARKDOWN -> MarkdownReport.render(report);
      case HTML -> HtmlReport.render(report);
      case SARIF -> SarifReport.render(report);
      case JUNIT -> JunitReport.render(report);
    };
  }

  /** The format named {@code text}, {@code json}, {@code markdown}, {@code html}, {@code sarif} or {@code junit}, in any case. */
  public static ReportFormat named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
