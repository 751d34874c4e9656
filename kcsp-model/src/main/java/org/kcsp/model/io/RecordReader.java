package org.kcsp.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Project;
import org.kcsp.model.Problem;
import org.kcsp.model.RecordPath;

/**
 * Reads {@code kcsp-record/1} and {@code kcsp-record/2} files, JSON or YAML, into a {@link
 * PartnershipRecord} of that version ({@link PartnershipRecord#format()}). A version 1 file is
 * read as it always was, its absent lists empty; in a version 2 file an absent evidence list or
 * optional object is not recorded and a key named in an object's {@code unknown} is unknown
 * ({@link org.kcsp.model.PartlyKnown}); a version 1 file using a key of version 2 is refused ("needs
 * format kcsp-record/2"). A root {@code $schema} key is accepted and ignored.
 *
 * <pre>{@code
 * PartnershipRecord record = RecordReader.read(Path.of("kcsp-2022-07.json"));
 * PartnershipRecord upload = RecordReader.read(reader, Syntax.YAML, "the upload");   // a Reader, an InputStream or a String
 * }</pre>
 *
 * <p>An application's Jackson {@code ObjectMapper} reads and writes records the same way through
 * {@link RecordModule}.
 *
 * <p>Reading is strict: unknown or repeated keys, money written as a string or with more than two
 * decimals, numbers not written as JSON writes them (YAML's {@code 0115355}, {@code 0x1F}, {@code
 * 1_000}), dates not in ISO form or before 1900, and enum values not spelt exactly are all errors.
 * A bad file raises one {@link InvalidRecordException} naming the file and listing every problem
 * with its JSON path, line and column (the first {@value InvalidRecordException#MAX_PROBLEMS},
 * and how many more, when there are more); nothing partial is ever returned. Problems of form
 * (types, missing, unknown and repeated keys, formats) are all reported together; when the form is
 * right, problems of structure (duplicate ids, references that do not resolve, circles of parents
 * or successors) are all reported together.
 *
 * <p>Where each object and array of a record read is in its file (line and column) is noted beside
 * the record, for reports to place their findings: {@link RecordLocations#of}.
 *
 * <p>Hostile input is bounded: files of at most {@link #MAX_BYTES} bytes, nesting at most {@link
 * #MAX_DEPTH} deep, strings and keys of at most {@link #MAX_STRING_LENGTH} characters, YAML lines
 * of at most 101,000; text must be valid UTF-8; YAML tags and aliases are refused, never resolved;
 * no value names a Java type. Reading takes time linear in the file, and memory a small multiple
 * of it whatever its shape (docs/robustness.md gives the multiples measured).
 */
public final class RecordReader {

  /** The largest file read: 16 MiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** The deepest nesting of objects and arrays. */
  public static final int MAX_DEPTH = 32;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The two syntaxes a record may be written in. */
  public enum Syntax {
    /** {@code .json} files. */
    JSON,
    /** {@code .yaml} and {@code .yml} files. */
    YAML;

    /** The syntax a file name's ending says ({@code .json}, {@code .yaml}, {@code .yml}), or {@code null} when it says none. */
    public static Syntax ofFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".json")) {
        return JSON;
      }
      return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : null;
    }
  }

  private RecordReader() {}

  /**
   * Reads the file at {@code file}, JSON or YAML by its ending ({@code .json}, {@code .yaml},
   * {@code .yml}).
   *
   * @throws InvalidRecordException if the file cannot be read or is not a valid record
   */
  public static PartnershipRecord read(Path file) {
    return read(bytes(file), syntaxOf(file), file.toString());
  }

  /** The syntax of a file by its ending. */
  private static Syntax syntaxOf(Path file) {
    Path name = file.getFileName();
    Syntax syntax = name == null ? null : Syntax.ofFileName(name.toString());
    if (syntax == null) {
      throw invalid(file.toString(), "the file name must end in .json, .yaml or .yml");
    }
    return syntax;
  }

  /** The bytes of a file, up to one more than the most a record may be. */
  private static byte[] bytes(Path file) {
    String source = file.toString();
    syntaxOf(file);
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw invalid(source, "there is no such file");
    } catch (IOException e) {
      throw invalid(source, "the file cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a record from {@code in}, in the given syntax.
   *
   * @param source what to call the input in error messages, such as a file or upload name
   * @throws InvalidRecordException if the input cannot be read or is not a valid record
   */
  public static PartnershipRecord read(InputStream in, Syntax syntax, String source) {
    try {
      return read(in.readNBytes(MAX_BYTES + 1), syntax, source);
    } catch (IOException e) {
      throw invalid(source, "the input cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a record from {@code in}, in the given syntax: at most {@link #MAX_BYTES} bytes of text
   * once written as UTF-8. The caller closes the reader.
   *
   * @param source what to call the input in error messages, such as a file or upload name
   * @throws InvalidRecordException if the input cannot be read or is not a valid record
   */
  public static PartnershipRecord read(Reader in, Syntax syntax, String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      // A character is at least one byte of UTF-8: a text longer than MAX_BYTES characters is
      // too large, whatever its characters; one within it is measured exactly by read(String).
      for (int n = in.read(buffer); n >= 0 && text.length() <= MAX_BYTES; n = in.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw invalid(source, "the input cannot be read: " + e.getMessage());
    }
    if (text.length() > MAX_BYTES) {
      throw tooLarge(source);
    }
    return read(text.toString(), syntax, source);
  }

  /**
   * Reads a record from text, in the given syntax: at most {@link #MAX_BYTES} bytes once written
   * as UTF-8. A byte order mark at the start is skipped.
   *
   * @param source what to call the text in error messages, such as a file or upload name
   * @throws InvalidRecordException if the text is not a valid record
   */
  public static PartnershipRecord read(String text, Syntax syntax, String source) {
    if (utf8Length(text) > MAX_BYTES) {
      throw tooLarge(source);
    }
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, syntax, source);
  }


  /**
   * Reads a project on its own, such as a proposal to weigh against a record before it is added:
   * one object, JSON or YAML by the file's ending, as it would stand in a grant's {@code projects}
   * of a record of {@code version}, read as strictly as a record, with every problem at its path in
   * the file ({@code $.amount}). Its {@code status}, when the file gives none, is {@code PROPOSED}.
   *
   * @throws InvalidRecordException if the file cannot be read or is not a valid project
   */
  public static Project readProposedProject(Path file, FormatVersion version) {
    String source = file.toString();
    byte[] bytes = bytes(file);
    Syntax syntax = syntaxOf(file);
    if (bytes.length > MAX_BYTES) {
      throw invalid(source, "the file is larger than " + MAX_BYTES + " bytes, the most a record may be");
    }
    String text = decode(bytes, source);
    if (text.isBlank()) {
      throw invalid(source, "the file is empty");
    }
    InvalidRecordException.Collector problems = new InvalidRecordException.Collector();
    Project project = null;
    try {
      project = RecordBinder.bindProposedProject(TreeParser.parse(text, syntax, problems), version, problems);
    } catch (TreeParser.ParseFailure e) {
      problems.add(e.problem);
    }
    problems.throwIfAny(source, BY_PLACE);
    return project;
  }

  /** Reads a record from JSON text, as {@link #read(String, Syntax, String)} does. */
  public static PartnershipRecord readJson(String json, String source) {
    return read(json, Syntax.JSON, source);
  }

  /** Reads a record from YAML text, as {@link #read(String, Syntax, String)} does. */
  public static PartnershipRecord readYaml(String yaml, String source) {
    return read(yaml, Syntax.YAML, source);
  }

  private static PartnershipRecord read(byte[] bytes, Syntax syntax, String source) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source);
    }
    return parse(decode(bytes, source), syntax, source);
  }

  /** The length of {@code text} in UTF-8, counted no further than just past {@link #MAX_BYTES}. */
  private static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= MAX_BYTES; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static InvalidRecordException tooLarge(String source) {
    return invalid(source, "the file is larger than " + MAX_BYTES + " bytes, the most a record may be");
  }

  /** Problems in the order of the file; those with no place first. */
  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private static PartnershipRecord parse(String text, Syntax syntax, String source) {
    if (text.isBlank()) {
      throw invalid(source, "the file is empty");
    }
    InvalidRecordException.Collector problems = new InvalidRecordException.Collector();
    PartnershipRecord record = null;
    Tree tree = null;
    try {
      tree = TreeParser.parse(text, syntax, problems);
      record = RecordBinder.bind(tree, problems);
    } catch (TreeParser.ParseFailure e) {
      problems.add(e.problem);
    }
    problems.throwIfAny(source, BY_PLACE);
    RecordLocations.remember(record, source, tree);
    return record;
  }

  /**
   * The text of {@code bytes}, which must be UTF-8 (a byte order mark at the start is skipped): a
   * byte sequence that is not UTF-8 is an error at its line and column, and a file in UTF-16 or
   * UTF-32 is called so. Decoded once into a compact string, never through a buffer of twice the
   * file's size.
   */
  static String decode(byte[] bytes, String source) {
    String other = otherEncoding(bytes);
    if (other != null) {
      throw new InvalidRecordException(source, List.of(new Problem(RecordPath.ROOT, "the file is not valid UTF-8: " + other
          + "; a record must be saved as UTF-8", 1, 1)));
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw notUtf8(bytes, start, in.position(), source);
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  /** What the file is, when its first bytes say UTF-16 or UTF-32 (by a byte order mark, or by zero bytes). */
  private static String otherEncoding(byte[] bytes) {
    int[] b = new int[4];
    for (int i = 0; i < 4; i++) {
      b[i] = i < bytes.length ? bytes[i] & 0xFF : -1;
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF || b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
      return "it is UTF-32 (it begins with a UTF-32 byte order mark)";
    }
    if (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE) {
      return "it is UTF-16 (it begins with a UTF-16 byte order mark)";
    }
    if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] > 0 || b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "it looks like UTF-32 (three bytes in every four are zero)";
    }
    if (b[0] == 0 && b[1] > 0 && b[2] == 0 && b[3] > 0 || b[0] > 0 && b[1] == 0 && b[2] > 0 && b[3] == 0) {
      return "it looks like UTF-16 (every other byte is zero)";
    }
    return null;
  }

  private static InvalidRecordException notUtf8(byte[] bytes, int start, int offset, String source) {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new InvalidRecordException(source, List.of(new Problem(RecordPath.ROOT,
        "the file is not valid UTF-8: byte " + offset + " cannot start or continue a character", line, column)));
  }

  private static InvalidRecordException invalid(String source, String message) {
    return new InvalidRecordException(source, List.of(Problem.at(RecordPath.ROOT, message)));
  }
}
