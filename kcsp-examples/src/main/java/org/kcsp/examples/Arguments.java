package org.kcsp.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.kcsp.model.Printable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of the command line's options, refusing a bad one in plain words: never a Java
 * class name, never a date that would be blamed on the record.
 */
final class Arguments {

  /** The earliest evaluation date {@code --as-of} takes: no partnership's records go further back. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Arguments() {}

  /** A date written yyyy-mm-dd, from 1900-01-01 to 9999-12-31. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      if (!ISO_DATE.matcher(value).matches()) {
        throw new TypeConversionException(quoted(value) + " is not a date written yyyy-mm-dd, such as 2022-07-14");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(value + " is not a day of the calendar");
      }
      if (date.isBefore(EARLIEST_DATE)) {
        throw new TypeConversionException(value + " is before " + EARLIEST_DATE + ": give a date from "
            + EARLIEST_DATE + " to 9999-12-31");
      }
      return date;
    }
  }

  /** A file or directory named on the command line: never empty, and a name this system can use. */
  static final class FilePath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("an empty name: give a file or a directory");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException(quoted(value) + " " + unnamable(e));
      }
    }
  }

  /** Why a name given on the command line cannot be a path here, to follow the name. */
  static String unnamable(InvalidPathException e) {
    String encoding = System.getProperty("sun.jnu.encoding", "");
    if (!encoding.equalsIgnoreCase("UTF-8")) {
      return "cannot be a file name under the current locale, whose character set is " + encoding
          + ": run kcsp under a UTF-8 locale, such as LC_ALL=C.UTF-8 (./kcsp does so itself)";
    }
    return "is not a file name this system accepts (" + Printable.line(e.getReason()) + ")";
  }

  /** A value as typed, in quotes, made printable. */
  static String quoted(String value) {
    return "'" + Printable.line(value) + "'";
  }
}
