package org.kcsp.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.Finding;
import org.kcsp.rules.Gap;
import org.kcsp.rules.RuleResult;

/**
 * Teaches an application's Jackson {@code ObjectMapper} to write a {@link ComplianceReport} as
 * {@link JsonReport} does ({@code kcsp-report/2}), so that a web framework can return one; and a
 * {@link Finding}, a {@link Gap} or a {@link RuleResult} alone as the report holds each in its
 * {@code findings}, {@code gaps} and {@code rules}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or registerModule(new ReportModule())
 * String json = mapper.writeValueAsString(engine.check(record));
 * }</pre>
 *
 * <p>It is registered in {@code META-INF/services}, where {@code findAndRegisterModules()} finds it.
 * The keys, their order and the values are {@link JsonReport#render}'s; with kcsp's layout ({@code
 * mapper.writer(JsonLayout.printer())}) the text is too, byte for byte, but for its final newline.
 * Reports are written, not read: the JSON report leaves out what the HTML report draws from, so no
 * {@code ComplianceReport} can be read back from it.
 */
public final class ReportModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  public ReportModule() {
    super("kcsp-report", Version.unknownVersion());
    addSerializer(ComplianceReport.class, new Writing<>(ComplianceReport.class, JsonReport::write));
    addSerializer(Finding.class, new Writing<>(Finding.class, JsonReport::finding));
    addSerializer(Gap.class, new Writing<>(Gap.class, JsonReport::gap));
    addSerializer(RuleResult.class, new Writing<>(RuleResult.class, JsonReport::rule));
  }

  /** How {@link JsonReport} writes a value of one type. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private static final class Writing<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> writer;

    Writing(Class<T> type, Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writer.write(value, out);
    }
  }
}
