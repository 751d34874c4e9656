package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;

/**
 * Teaches an application's Jackson {@code ObjectMapper} to read and write a {@link
 * PartnershipRecord} as a JSON record file holds it, so that a web framework can take one as a
 * request body or return one.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or registerModule(new RecordModule())
 * PartnershipRecord record = mapper.readValue(json, PartnershipRecord.class);
 * String text = mapper.writeValueAsString(record);
 * }</pre>
 *
 * <p>It is registered in {@code META-INF/services}, where {@code findAndRegisterModules()} finds it.
 * Reading is {@link RecordReader}'s, with its strictness and its version handling: the record's
 * value is copied token for token (keys in their order, a key twice if it is there twice, numbers
 * as written) and read as a JSON file is. A record that is not valid is refused with a Jackson
 * {@link JsonMappingException} whose cause is the {@link InvalidRecordException} listing every
 * problem, each at the line and column where the parser met it (columns count bytes when the
 * mapper reads bytes, characters when it reads text). The document as a whole stays the mapper's:
 * text that is not JSON is Jackson's own parse error, content after the record is refused only
 * with {@code FAIL_ON_TRAILING_TOKENS}, and the input's size is limited by the mapper's {@code
 * StreamReadConstraints}. A mapper for untrusted input that refuses all that {@link RecordReader}
 * refuses:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
 *         .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(RecordReader.MAX_BYTES).build())
 *         .build())
 *     .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
 *     .findAndAddModules()
 *     .build();
 * }</pre>
 *
 * <p>Writing is {@link RecordWriter#toJson}'s: the same keys, in the same order, with the same
 * values. With kcsp's layout ({@code mapper.writer(JsonLayout.printer())}) the text is {@code
 * RecordWriter.toJson}'s, byte for byte, but for its final newline. YAML records are read and
 * written by {@link RecordReader} and {@link RecordWriter}.
 */
public final class RecordModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** What a record read through Jackson is called in its problems, unless the module is given a name. */
  public static final String DEFAULT_SOURCE = "the JSON record";

  /** The module, calling what it reads {@value #DEFAULT_SOURCE} in its problems. */
  public RecordModule() {
    this(DEFAULT_SOURCE);
  }

  /**
   * The module, calling what it reads {@code source} in its problems.
   *
   * @param source such as {@code "the request body"}
   */
  public RecordModule(String source) {
    super("kcsp-record", Version.unknownVersion());
    addSerializer(PartnershipRecord.class, new RecordSerializer());
    addDeserializer(PartnershipRecord.class, new RecordDeserializer(Objects.requireNonNull(source, "source")));
  }

  private static final class RecordSerializer extends StdSerializer<PartnershipRecord> {
    private static final long serialVersionUID = 1L;

    RecordSerializer() {
      super(PartnershipRecord.class);
    }

    @Override
    public void serialize(PartnershipRecord record, JsonGenerator out, SerializerProvider provider) throws IOException {
      RecordWriter.write(record, out);
    }
  }

  private static final class RecordDeserializer extends StdDeserializer<PartnershipRecord> {
    private static final long serialVersionUID = 1L;
    private final String source;

    RecordDeserializer(String source) {
      super(PartnershipRecord.class);
      this.source = source;
    }

    @Override
    public PartnershipRecord deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonCopy copy = JsonCopy.of(parser);
      try {
        PartnershipRecord record = RecordReader.read(copy.text(), RecordReader.Syntax.JSON, source);
        // the copy is one line: its places are moved to where the parser found them in its input
        RecordLocations.relocate(record, copy::place);
        return record;
      } catch (InvalidRecordException e) {
        InvalidRecordException located = copy.locate(e, source);
        throw JsonMappingException.from(parser, located.getMessage(), located);
      }
    }
  }
}
