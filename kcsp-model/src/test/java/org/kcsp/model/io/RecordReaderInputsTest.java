package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader.Syntax;

/** A record read from text, a Reader or a stream is read as from a file, within the same size. */
class RecordReaderInputsTest {

  private static final String SMALL = RecordModuleTest.SMALL;

  /** {@code text} padded with spaces after the record to {@code bytes} bytes of UTF-8 (the text is ASCII). */
  private static String padded(String text, int bytes) {
    return text + " ".repeat(bytes - text.length());
  }

  private static String tooLarge(Runnable read) {
    InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, read::run);
    assertThat(e).isNotNull();
    return e.problems().get(0).message();
  }

  @Test
  void reads_the_same_record_from_a_file_text_a_reader_and_a_stream() throws IOException {
    PartnershipRecord file = RecordReader.read(RecordReaderTest.resource("complete.yaml"));
    String yaml = Files.readString(RecordReaderTest.resource("complete.yaml"), StandardCharsets.UTF_8);
    assertThat(RecordReader.read(yaml, Syntax.YAML, "upload")).isEqualTo(file);
    assertThat(RecordReader.read(new StringReader(yaml), Syntax.YAML, "upload")).isEqualTo(file);
    assertThat(RecordReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Syntax.YAML, "upload"))
        .isEqualTo(file);
  }

  @Test
  void names_the_source_it_is_given_in_every_problem() {
    String json = SMALL.replace("\"kind\"", "\"knd\"");
    InvalidRecordException fromText = catchThrowableOfType(InvalidRecordException.class,
        () -> RecordReader.read(json, Syntax.JSON, "upload 7"));
    InvalidRecordException fromReader = catchThrowableOfType(InvalidRecordException.class,
        () -> RecordReader.read(new StringReader(json), Syntax.JSON, "upload 7"));
    assertThat(fromText.source()).contains("upload 7");
    assertThat(fromText.getMessage()).startsWith("upload 7: 2 problems");
    assertThat(fromReader.problems()).isEqualTo(fromText.problems());
  }

  @Test
  void reads_text_of_exactly_the_largest_size_and_refuses_one_byte_more() {
    // GIVEN the record padded to 16 MiB of UTF-8, one byte more, and the same characters with one
    // of them taking two bytes
    String at = padded(SMALL, RecordReader.MAX_BYTES);
    String over = at + " ";
    String overByAnAccent = at.replaceFirst("Kent Community", "Ként Community");
    // THEN the first is read, from text and from a reader, and the others are refused for their size
    assertThat(RecordReader.read(at, Syntax.JSON, "at")).isEqualTo(RecordReader.readJson(SMALL, "small"));
    assertThat(RecordReader.read(new StringReader(at), Syntax.JSON, "at")).isEqualTo(RecordReader.readJson(SMALL, "small"));
    assertThat(tooLarge(() -> RecordReader.read(over, Syntax.JSON, "over")))
        .isEqualTo("the file is larger than 16777216 bytes, the most a record may be");
    assertThat(tooLarge(() -> RecordReader.read(new StringReader(over), Syntax.JSON, "over")))
        .isEqualTo("the file is larger than 16777216 bytes, the most a record may be");
    assertThat(overByAnAccent).hasSameSizeAs(at);
    assertThat(tooLarge(() -> RecordReader.read(overByAnAccent, Syntax.JSON, "accent")))
        .isEqualTo("the file is larger than 16777216 bytes, the most a record may be");
  }

  @Test
  void reads_a_reader_of_endless_text_no_further_than_just_past_the_largest_size() {
    // GIVEN a reader that never ends
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, ' ');
        return length;
      }

      @Override
      public void close() {}
    };
    // THEN it is refused for its size, not read forever
    assertThat(tooLarge(() -> RecordReader.read(endless, Syntax.YAML, "endless")))
        .isEqualTo("the file is larger than 16777216 bytes, the most a record may be");
  }
}
