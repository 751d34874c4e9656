package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.kcsp.model.Printable;
import org.kcsp.model.io.JsonLayout;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Forecast;
import org.kcsp.rules.Severity;

/**
 * Writes a {@link Forecast}, what falls due: as text for a terminal, as JSON ({@value #FORMAT}),
 * or as an iCalendar file (RFC 5545) to subscribe to or import, one all-day event per finding on
 * the day it opens. The same forecast always gives the same text, bytes for the calendar too.
 *
 * <pre>{@code
 * Forecast forecast = engine.forecast(record, LocalDate.of(2022, 7, 14), 400);
 * Files.writeString(Path.of("kcsp.ics"), ForecastReport.ics(forecast));
 * }</pre>
 */
public final class ForecastReport {

  /** The format version of the JSON forecast. */
  public static final String FORMAT = "kcsp-forecast/1";

  /** The iCalendar product identifier of the calendars written. */
  public static final String PRODUCT = "-//kcsp//forecast//EN";

  /** The most octets of a calendar line before its line break (RFC 5545, 3.1). */
  static final int LINE_OCTETS = 75;

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private ForecastReport() {}

  /**
   * The forecast for a terminal, of at most 80 columns a line: a header with the partnership, the
   * days looked at and the counts, then the findings by the day they open, each with what a
   * calendar calls it, its severity, rule and subject, message, evidence and source.
   */
  public static String text(Forecast forecast) {
    TextReport.Out out = new TextReport.Out();
    String title = "What falls due: " + forecast.partnershipName() + " (" + forecast.partnershipId() + ")";
    String span = "From " + Words.date(forecast.asOf()) + " to " + Words.date(forecast.until()) + " ("
        + Words.count(forecast.days(), "day", "days") + ")";
    out.wrap(title, "", "  ");
    out.line(span);
    out.line("=".repeat(Math.min(TextReport.WIDTH, Math.max(Wrap.length(Printable.text(title)), Wrap.length(span)))));
    out.blank();
    out.wrap(counts(forecast), "", "");
    LocalDate day = null;
    int number = 0;
    int numberWidth = String.valueOf(forecast.due().size()).length() + 2;
    for (Forecast.Due due : forecast.due()) {
      if (!due.opensOn().equals(day)) {
        day = due.opensOn();
        out.blank();
        out.heading(Words.date(day), '-');
      } else {
        out.blank();
      }
      number++;
      Finding finding = due.finding();
      String indent = " ".repeat(numberWidth);
      out.wrap(due.summary(), String.format("%" + (numberWidth - 1) + "s ", number + "."), indent);
      out.wrap(finding.severity() + " " + finding.rule() + " on " + Words.subject(finding.subject()), indent, indent);
      TextReport.findingBody(finding, indent, out);
    }
    return out.toString();
  }

  /**
   * {@code 3 findings open by 12 October 2022 that are not open on 14 July 2022: 2 errors, 1
   * warning, 0 info.}, or that nothing falls due.
   */
  private static String counts(Forecast forecast) {
    if (forecast.due().isEmpty()) {
      return "Nothing falls due by " + Words.date(forecast.until()) + ": no finding opens that is not open on "
          + Words.date(forecast.asOf()) + ".";
    }
    StringBuilder counts = new StringBuilder();
    for (Severity severity : Severity.values()) {
      long count = forecast.due().stream().filter(due -> due.finding().severity() == severity).count();
      counts.append(counts.length() == 0 ? "" : ", ").append(Words.count(count, severity));
    }
    return Words.count(forecast.due().size(), "finding opens", "findings open") + " by " + Words.date(forecast.until())
        + " that " + (forecast.due().size() == 1 ? "is" : "are") + " not open on " + Words.date(forecast.asOf()) + ": "
        + counts + ".";
  }

  /**
   * The forecast as JSON, two-space indented, ending with a newline: its format, the record's
   * format and policy, the partnership, the first and last day and the days between, and each
   * finding that falls due with the day it opens, what a calendar calls it and the finding as the
   * JSON report writes it (fingerprint included).
   */
  public static String json(Forecast forecast) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JsonLayout.generator(text)) {
      out.writeStartObject();
      out.writeStringField("format", FORMAT);
      out.writeStringField("recordFormat", forecast.recordFormat());
      out.writeStringField("policy", forecast.policy());
      out.writeObjectFieldStart("partnership");
      out.writeStringField("id", forecast.partnershipId());
      out.writeStringField("name", forecast.partnershipName());
      out.writeEndObject();
      out.writeStringField("asOf", forecast.asOf().toString());
      out.writeStringField("until", forecast.until().toString());
      out.writeNumberField("days", forecast.days());
      out.writeArrayFieldStart("due");
      for (Forecast.Due due : forecast.due()) {
        out.writeStartObject();
        out.writeStringField("opensOn", due.opensOn().toString());
        out.writeStringField("summary", due.summary());
        out.writeFieldName("finding");
        JsonReport.finding(due.finding(), out);
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  /**
   * The forecast as an iCalendar object (RFC 5545): one all-day {@code VEVENT} per finding, on the
   * day it opens ({@code DTSTART;VALUE=DATE}, and {@code DTEND} the day after), its {@code UID}
   * the finding's fingerprint at the partnership (so a calendar that subscribes updates an event
   * instead of adding another when the forecast is made again), its {@code DTSTAMP} midnight UTC of
   * the forecast's first day (never the clock: the same forecast gives the same bytes), its {@code
   * SUMMARY} what falls due and on what ("ToR review due: Kent Community Safety Partnership"), its
   * {@code DESCRIPTION} the message, the rule and the source. Lines end with CRLF and are folded
   * at 75 octets, never inside a character; text is escaped as TEXT values are.
   */
  public static String ics(Forecast forecast) {
    StringBuilder ics = new StringBuilder();
    String stamp = forecast.asOf().format(BASIC_DATE) + "T000000Z";
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:" + PRODUCT);
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "X-WR-CALNAME:" + textValue("What falls due: " + forecast.partnershipName()));
    for (Forecast.Due due : forecast.due()) {
      Finding finding = due.finding();
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + textValue(uid(forecast, finding)));
      line(ics, "DTSTAMP:" + stamp);
      line(ics, "DTSTART;VALUE=DATE:" + due.opensOn().format(BASIC_DATE));
      line(ics, "DTEND;VALUE=DATE:" + due.opensOn().plusDays(1).format(BASIC_DATE));
      line(ics, "SUMMARY:" + textValue(due.summary()));
      // TEXT's line break is the two characters \n
      line(ics, "DESCRIPTION:" + textValue(finding.message()) + "\\n\\n" + textValue(finding.severity() + " " + finding.rule() + " on "
          + Words.subject(finding.subject())) + "\\n" + textValue("Source: " + finding.source()));
      line(ics, "CATEGORIES:" + textValue(finding.severity().name()));
      line(ics, "TRANSP:TRANSPARENT");
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /**
   * An event's {@code UID}: the finding's fingerprint, {@code @}, then the partnership's id (with
   * {@code %} and {@code @} written {@code %25} and {@code %40}), unique across partnerships and
   * the same in every forecast that holds the finding.
   */
  static String uid(Forecast forecast, Finding finding) {
    return finding.fingerprint() + "@" + forecast.partnershipId().replace("%", "%25").replace("@", "%40");
  }

  /**
   * A TEXT value (RFC 5545, 3.3.11) of one line: printable ({@link Printable#line}, so a control
   * character of the record shows as an escape and cannot break the line), then backslash,
   * semicolon and comma escaped with a backslash.
   */
  static String textValue(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (char c : Printable.line(line).toCharArray()) {
      if (c == '\\' || c == ';' || c == ',') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Appends a content line, folded (RFC 5545, 3.1): at most 75 octets of UTF-8 a line before its
   * CRLF, each continuation starting with a space, and never a break inside a character.
   */
  static void line(StringBuilder ics, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > LINE_OCTETS) {
        ics.append("\r\n ");
        octets = 1;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append("\r\n");
  }
}
