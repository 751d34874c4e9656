package org.kcsp.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Organisation;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.Forecast;

/**
 * The forecast written as text, as JSON and as an iCalendar file (RFC 5545), the last read back by
 * a calendar library as a calendar application would read it.
 */
class ForecastReportTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();
  private static final LocalDate MINUTES = LocalDate.of(2022, 7, 14);

  /** The compliant KCSP of 14 July 2022, forecast for 400 days: the ToR reviews of July 2023 and more. */
  private static Forecast kcsp() {
    return ENGINE.forecast(ReportFixtures.kcsp(), MINUTES, 400);
  }

  private static Calendar read(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).orElseThrow().getValue();
  }

  private static Object date(VEvent event, String property) {
    return event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
  }

  @Test
  void is_read_by_a_calendar_library_as_a_valid_calendar_of_one_all_day_event_per_finding() throws Exception {
    // GIVEN the KCSP's forecast from 14 July 2022
    Forecast forecast = kcsp();
    // WHEN it is written as a calendar and read back
    Calendar calendar = read(ForecastReport.ics(forecast));
    // THEN the calendar is valid, with an event for each finding that falls due
    assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSameSizeAs(forecast.due()).hasSizeGreaterThan(3);
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      Forecast.Due due = forecast.due().get(i);
      // AND each is a whole day, the day the finding opens, to the next
      assertThat(date(event, "DTSTART")).isEqualTo(due.opensOn());
      assertThat(date(event, "DTEND")).isEqualTo(due.opensOn().plusDays(1));
      // AND its UID is the finding's fingerprint at the partnership, its summary and description read as written
      assertThat(value(event, "UID")).isEqualTo(due.finding().fingerprint() + "@KCSP");
      assertThat(value(event, "SUMMARY")).isEqualTo(due.summary());
      assertThat(value(event, "DESCRIPTION")).startsWith(due.finding().message() + "\n\n")
          .endsWith("\nSource: " + due.finding().source());
      assertThat(value(event, "DTSTAMP")).isEqualTo("20220714T000000Z");
    }
    VEvent review = events.stream().filter(event -> value(event, "UID").equals("TOR_REVIEW_OVERDUE/KCSP@KCSP"))
        .findFirst().orElseThrow();
    assertThat(value(review, "SUMMARY")).isEqualTo("ToR review due: Kent Community Safety Partnership");
    assertThat(date(review, "DTSTART")).isEqualTo(LocalDate.of(2023, 7, 15));
  }

  @Test
  void gives_the_same_bytes_for_the_same_forecast_with_its_stamp_from_the_forecasts_day() {
    // GIVEN the forecast written twice
    String first = ForecastReport.ics(kcsp());
    String second = ForecastReport.ics(kcsp());
    // THEN the bytes are the same, and the stamp is midnight UTC of the day it was made from, not the clock
    assertThat(second).isEqualTo(first);
    assertThat(first).contains("\r\nDTSTAMP:20220714T000000Z\r\n").startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
        .endsWith("END:VCALENDAR\r\n");
  }

  @Test
  void ends_every_line_with_crlf_and_folds_it_at_75_octets_never_inside_a_character() throws Exception {
    // GIVEN a partnership whose name is long, with accents, a character beyond the Basic
    // Multilingual Plane, and the characters a TEXT value escapes
    String name = "Communauté de Sécurité, Santé; et Prévention \\ du Crime 🛡 de Kent et de Medway, "
        + "partenariat de la sécurité des communautés de tous les districts";
    PartnershipRecord record = PartnershipRecord.builder().from(ReportFixtures.kcsp())
        .partnership(Partnership.builder().from(ReportFixtures.kcsp().partnership()).name(name).build())
        .build();
    String ics = ForecastReport.ics(ENGINE.forecast(record, MINUTES, 400));
    // THEN every line ends with CRLF, is at most 75 octets, and a continuation starts with a space
    assertThat(ics).doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      // a line that splits a character would not decode to whole characters
      assertThat(line).doesNotContain("\uFFFD");
    }
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(ics);
    assertThat(ics).contains("\r\n ");
    // AND read back, the summary holds the name as it is
    List<VEvent> events = read(ics).getComponents("VEVENT");
    assertThat(events).extracting(event -> value(event, "SUMMARY")).contains("ToR review due: " + name);
  }

  @Test
  void writes_a_control_character_of_the_record_as_an_escape_that_cannot_break_a_line() throws Exception {
    // GIVEN an organisation, named in a message, whose name holds a line break and an escape character
    PartnershipRecord record = PartnershipRecord.builder().from(ReportFixtures.kcsp())
        .partnership(Partnership.builder().from(ReportFixtures.kcsp().partnership()).name("Kent\nCSP\u001B[2J").build())
        .build();
    String ics = ForecastReport.ics(ENGINE.forecast(record, MINUTES, 400));
    // THEN no line of the calendar holds a control character, and the name reads with its escapes
    assertThat(ics.replace("\r\n", "")).doesNotContainPattern("\\p{Cntrl}");
    assertThat(read(ics).<VEvent>getComponents("VEVENT")).extracting(event -> value(event, "SUMMARY"))
        .contains("ToR review due: Kent\\nCSP\\u001B[2J");
  }

  @Test
  void names_an_organisation_subject_by_its_name_in_the_summary() {
    // GIVEN an organisation that ceases during the forecast, listed by the KCSP's ToR
    PartnershipRecord base = ReportFixtures.kcsp();
    List<Organisation> organisations = base.organisations().stream()
        .map(o -> o.id().equals("KENT-POLICE") ? Organisation.builder().from(o).existsUntil(LocalDate.of(2022, 12, 31)).build() : o)
        .toList();
    PartnershipRecord record = PartnershipRecord.builder().from(base).organisations(organisations).build();
    // WHEN it is forecast
    Forecast forecast = ENGINE.forecast(record, MINUTES, 400);
    // THEN the day after it ceases, the ToR names a member that does not exist, said by the ToR's name
    assertThat(forecast.due()).filteredOn(due -> due.finding().rule().equals("TOR_LISTS_DEFUNCT_MEMBER"))
        .extracting(Forecast.Due::opensOn, Forecast.Due::summary)
        .contains(tuple(LocalDate.of(2023, 1, 1),
            "ToR member ceases: Kent Community Safety Partnership's terms of reference of 14 July 2022"));
  }

  @Test
  void writes_text_by_the_day_each_finding_opens() {
    // GIVEN the KCSP's forecast
    String text = ForecastReport.text(kcsp());
    // THEN a header says what and when, and each day heads its findings, each with what a calendar calls it
    assertThat(text).startsWith("What falls due: Kent Community Safety Partnership (KCSP)\n"
        + "From 14 July 2022 to 18 August 2023 (400 days)\n");
    assertThat(text).contains("\n15 July 2023\n------------\n", "ToR review due: Kent Community Safety Partnership\n",
        "   ERROR TOR_REVIEW_OVERDUE on Partnership KCSP\n");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void says_when_nothing_falls_due() {
    // GIVEN a forecast of the next day only
    String text = ForecastReport.text(ENGINE.forecast(ReportFixtures.kcsp(), MINUTES, 1));
    // THEN it says nothing falls due
    assertThat(text).contains("From 14 July 2022 to 15 July 2022 (1 day)\n");
    assertThat(text.replace("\n", " ")).contains("Nothing falls due by 15 July 2022: no finding opens that is not open on 14 July 2022.");
  }

  @Test
  void writes_json_with_each_finding_as_the_report_writes_it() {
    // GIVEN the KCSP's forecast
    Forecast forecast = kcsp();
    String json = ForecastReport.json(forecast);
    // THEN it names its format, the day, the span and each finding with the day it opens
    assertThat(json).startsWith("{\n  \"format\": \"kcsp-forecast/1\",\n  \"recordFormat\": \"kcsp-record/1\",\n"
        + "  \"policy\": \"kcsp\",\n  \"partnership\": {\n    \"id\": \"KCSP\",\n    \"name\": \"Kent Community Safety Partnership\"\n"
        + "  },\n  \"asOf\": \"2022-07-14\",\n  \"until\": \"2023-08-18\",\n  \"days\": 400,\n  \"due\": [");
    assertThat(json).contains("\"opensOn\": \"2023-07-15\",\n      \"summary\": \"ToR review due: Kent Community Safety Partnership\",\n"
        + "      \"finding\": {\n        \"rule\": \"TOR_REVIEW_OVERDUE\"", "\"fingerprint\": \"TOR_REVIEW_OVERDUE/KCSP\"");
  }
}
