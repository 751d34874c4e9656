package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kcsp.model.Action;
import org.kcsp.model.AgendaItem;
import org.kcsp.model.Agreement;
import org.kcsp.model.DomesticHomicideReview;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.Grant;
import org.kcsp.model.InformationSharing;
import org.kcsp.model.IsaSignature;
import org.kcsp.model.IsaVersion;
import org.kcsp.model.Meeting;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.Outcome;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Priority;
import org.kcsp.model.Project;
import org.kcsp.model.ReportedTotal;
import org.kcsp.model.Rollover;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.Subgroup;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Waiver;

/**
 * Writes a {@link PartnershipRecord} as a canonical {@code kcsp-record/1} file: keys in the order
 * of the record format, money as numbers with two decimals, dates in ISO form, two-space
 * indentation and a final newline. What it writes reads back equal.
 *
 * <pre>{@code
 * String json = RecordWriter.toJson(record);
 * RecordWriter.write(record, Path.of("kcsp-2022-07.yaml"));   // syntax by the file's ending
 * }</pre>
 */
public final class RecordWriter {

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private final JsonGenerator out;

  private RecordWriter(JsonGenerator out) {
    this.out = out;
  }

  /** The record as canonical JSON text. */
  public static String toJson(PartnershipRecord record) {
    return write(record, RecordReader.Syntax.JSON);
  }

  /** The record as YAML text with the same structure. */
  public static String toYaml(PartnershipRecord record) {
    return write(record, RecordReader.Syntax.YAML);
  }

  /**
   * Writes the record to {@code file}, as YAML when its name ends in {@code .yaml} or {@code
   * .yml}, else as JSON.
   */
  public static void write(PartnershipRecord record, Path file) throws IOException {
    Path name = file.getFileName();
    RecordReader.Syntax syntax =
        name != null && RecordReader.Syntax.ofFileName(name.toString()) == RecordReader.Syntax.YAML
            ? RecordReader.Syntax.YAML
            : RecordReader.Syntax.JSON;
    Files.writeString(file, write(record, syntax), StandardCharsets.UTF_8);
  }

  private static String write(PartnershipRecord record, RecordReader.Syntax syntax) {
    StringWriter text = new StringWriter();
    try {
      write(record, syntax, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // YAML allows a byte order mark only at the start, and the reader holds to it; SnakeYAML
    // writes one in a string raw. Every string is double-quoted, where the escape means it.
    return syntax == RecordReader.Syntax.YAML ? text.toString().replace("\uFEFF", "\\uFEFF") : text.toString();
  }

  private static void write(PartnershipRecord record, RecordReader.Syntax syntax, Writer text)
      throws IOException {
    try (JsonGenerator generator =
        syntax == RecordReader.Syntax.YAML ? YAML.createGenerator(text) : JsonLayout.generator(text)) {
      new RecordWriter(generator).record(record);
    }
    if (syntax == RecordReader.Syntax.JSON) {
      text.write('\n');
    }
  }

  private void record(PartnershipRecord record) throws IOException {
    out.writeStartObject();
    out.writeStringField("format", PartnershipRecord.FORMAT);
    date("asOf", record.asOf());
    string("description", record.description());
    partnership(record.partnership());
    out.writeFieldName("organisations");
    out.writeStartArray();
    for (Organisation organisation : record.organisations()) {
      organisation(organisation);
    }
    out.writeEndArray();
    list("subgroups", record.subgroups(), this::subgroup);
    list("termsOfReference", record.termsOfReference(), this::termsOfReference);
    list("meetings", record.meetings(), this::meeting);
    if (record.agreement().isPresent()) {
      agreement(record.agreement().get());
    }
    if (record.informationSharing().isPresent()) {
      informationSharing(record.informationSharing().get());
    }
    list("grants", record.grants(), this::grant);
    list("externalAwards", record.externalAwards(), this::externalAward);
    list("scrutinySessions", record.scrutinySessions(), this::scrutinySession);
    list("domesticHomicideReviews", record.domesticHomicideReviews(), this::review);
    list("waivers", record.waivers(), this::waiver);
    out.writeEndObject();
  }

  private interface ValueWriter<T> {
    void write(T value) throws IOException;
  }

  /** Writes a non-empty list under {@code key}; an empty list is left out. */
  private <T> void list(String key, List<T> values, ValueWriter<T> writer) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeFieldName(key);
    out.writeStartArray();
    for (T value : values) {
      writer.write(value);
    }
    out.writeEndArray();
  }

  private void strings(String key, List<String> values) throws IOException {
    list(key, values, out::writeString);
  }

  private void string(String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(key, value.get());
    }
  }

  private void date(String key, LocalDate value) throws IOException {
    out.writeStringField(key, value.toString());
  }

  private void date(String key, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      date(key, value.get());
    }
  }

  private void money(String key, Money value) throws IOException {
    out.writeFieldName(key);
    out.writeNumber(value.toBigDecimal());
  }

  private void money(String key, Optional<Money> value) throws IOException {
    if (value.isPresent()) {
      money(key, value.get());
    }
  }

  private void partnership(Partnership partnership) throws IOException {
    out.writeFieldName("partnership");
    out.writeStartObject();
    out.writeStringField("id", partnership.id());
    out.writeStringField("name", partnership.name());
    out.writeStringField("area", partnership.area());
    out.writeStringField("tier", partnership.tier().name());
    out.writeEndObject();
  }

  private void organisation(Organisation organisation) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", organisation.id());
    out.writeStringField("name", organisation.name());
    out.writeStringField("kind", organisation.kind().name());
    date("existsFrom", organisation.existsFrom());
    date("existsUntil", organisation.existsUntil());
    string("succeededBy", organisation.succeededBy());
    out.writeEndObject();
  }

  private void subgroup(Subgroup subgroup) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", subgroup.id());
    out.writeStringField("name", subgroup.name());
    out.writeStringField("parent", subgroup.parent());
    out.writeEndObject();
  }

  private void termsOfReference(TermsOfReference tor) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", tor.id());
    out.writeStringField("body", tor.body());
    out.writeStringField("version", tor.version());
    date("approvedOn", tor.approvedOn());
    out.writeStringField("approvedBy", tor.approvedBy());
    out.writeNumberField("reviewIntervalMonths", tor.reviewIntervalMonths());
    if (tor.meetingsPerYear().isPresent()) {
      out.writeNumberField("meetingsPerYear", tor.meetingsPerYear().getAsInt());
    }
    list("membership", tor.membership(), this::membership);
    string("changes", tor.changes());
    out.writeEndObject();
  }

  private void membership(Membership membership) throws IOException {
    out.writeStartObject();
    out.writeStringField("organisation", membership.organisation());
    out.writeStringField("role", membership.role().name());
    out.writeEndObject();
  }

  private void meeting(Meeting meeting) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", meeting.id());
    out.writeStringField("body", meeting.body());
    date("date", meeting.date());
    out.writeStringField("status", meeting.status().name());
    list("items", meeting.items(), this::agendaItem);
    out.writeEndObject();
  }

  private void agendaItem(AgendaItem item) throws IOException {
    out.writeStartObject();
    out.writeStringField("title", item.title());
    out.writeStringField("kind", item.kind().name());
    string("approvesMinutesOf", item.approvesMinutesOf());
    string("resolution", item.resolution());
    out.writeEndObject();
  }

  private void agreement(Agreement agreement) throws IOException {
    out.writeFieldName("agreement");
    out.writeStartObject();
    out.writeStringField("name", agreement.name());
    date("lastRefreshedOn", agreement.lastRefreshedOn());
    out.writeFieldName("priorities");
    out.writeStartArray();
    for (Priority priority : agreement.priorities()) {
      priority(priority);
    }
    out.writeEndArray();
    list("actions", agreement.actions(), this::action);
    out.writeEndObject();
  }

  private void priority(Priority priority) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", priority.id());
    out.writeStringField("name", priority.name());
    out.writeStringField("kind", priority.kind().name());
    date("since", priority.since());
    string("formerName", priority.formerName());
    out.writeEndObject();
  }

  private void action(Action action) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", action.id());
    out.writeStringField("title", action.title());
    strings("priorities", action.priorities());
    string("lead", action.lead());
    out.writeStringField("cadence", action.cadence().name());
    list("outcomes", action.outcomes(), this::outcome);
    out.writeEndObject();
  }

  private void outcome(Outcome outcome) throws IOException {
    out.writeStartObject();
    out.writeStringField("kind", outcome.kind().name());
    out.writeStringField("description", outcome.description());
    out.writeEndObject();
  }

  private void informationSharing(InformationSharing isa) throws IOException {
    out.writeFieldName("informationSharing");
    out.writeStartObject();
    out.writeStringField("name", isa.name());
    list("versions", isa.versions(), this::isaVersion);
    list("signatures", isa.signatures(), this::isaSignature);
    out.writeEndObject();
  }

  private void isaVersion(IsaVersion version) throws IOException {
    out.writeStartObject();
    out.writeStringField("version", version.version());
    date("effectiveFrom", version.effectiveFrom());
    out.writeEndObject();
  }

  private void isaSignature(IsaSignature signature) throws IOException {
    out.writeStartObject();
    out.writeStringField("organisation", signature.organisation());
    out.writeStringField("version", signature.version());
    date("signedOn", signature.signedOn());
    out.writeEndObject();
  }

  private void grant(Grant grant) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", grant.id());
    out.writeStringField("programme", grant.programme());
    out.writeStringField("funder", grant.funder());
    out.writeStringField("financialYear", grant.financialYear().toString());
    money("allocation", grant.allocation());
    money("tacticalPot", grant.tacticalPot());
    out.writeStringField("tacticalPotCap", grant.tacticalPotCap().toString());
    money("upfront", grant.upfront());
    date("businessCaseDeadline", grant.businessCaseDeadline());
    list("rollovers", grant.rollovers(), this::rollover);
    money("returnedToFunder", grant.returnedToFunder());
    list("reportedTotals", grant.reportedTotals(), this::reportedTotal);
    list("projects", grant.projects(), this::project);
    out.writeEndObject();
  }

  private void rollover(Rollover rollover) throws IOException {
    out.writeStartObject();
    money("amount", rollover.amount());
    string("fromGrant", rollover.fromGrant());
    out.writeStringField("intoPot", rollover.intoPot().name());
    out.writeStringField("permission", rollover.permission().name());
    date("requestedOn", rollover.requestedOn());
    out.writeEndObject();
  }

  private void reportedTotal(ReportedTotal total) throws IOException {
    out.writeStartObject();
    out.writeStringField("basis", total.basis().name());
    money("amount", total.amount());
    out.writeStringField("statedIn", total.statedIn());
    out.writeEndObject();
  }

  private void project(Project project) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", project.id());
    out.writeStringField("title", project.title());
    string("activity", project.activity());
    out.writeStringField("pot", project.pot().name());
    money("amount", project.amount());
    out.writeStringField("status", project.status().name());
    string("statusReason", project.statusReason());
    out.writeStringField("scope", project.scope().name());
    strings("priorities", project.priorities());
    date("businessCaseSubmittedOn", project.businessCaseSubmittedOn());
    if (project.outcomeReport().isPresent()) {
      out.writeFieldName("outcomeReport");
      out.writeStartObject();
      date("due", project.outcomeReport().get().due());
      date("submittedOn", project.outcomeReport().get().submittedOn());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void externalAward(ExternalAward award) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", award.id());
    out.writeStringField("funder", award.funder());
    out.writeStringField("title", award.title());
    string("activity", award.activity());
    money("amount", award.amount());
    if (award.financialYear().isPresent()) {
      out.writeStringField("financialYear", award.financialYear().get().toString());
    }
    date("from", award.from());
    date("to", award.to());
    out.writeEndObject();
  }

  private void scrutinySession(ScrutinySession session) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", session.id());
    date("date", session.date());
    out.writeStringField("committee", session.committee());
    out.writeEndObject();
  }

  private void review(DomesticHomicideReview review) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", review.id());
    out.writeStringField("name", review.name());
    date("notifiedOn", review.notifiedOn());
    if (review.decision().isPresent()) {
      out.writeStringField("decision", review.decision().get().name());
    }
    date("decidedOn", review.decidedOn());
    date("submittedToHomeOfficeOn", review.submittedToHomeOfficeOn());
    date("publishedOn", review.publishedOn());
    out.writeEndObject();
  }

  private void waiver(Waiver waiver) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", waiver.rule());
    out.writeStringField("subject", waiver.subject());
    out.writeStringField("reason", waiver.reason());
    out.writeStringField("approvedBy", waiver.approvedBy());
    date("until", waiver.until());
    out.writeEndObject();
  }
}
