package org.kcsp.workbook;

import java.util.Objects;
import org.kcsp.model.Printable;

/**
 * One thing wrong with a record workbook: where it is and what is wrong, in the record reader's
 * words.
 *
 * @param place the cell ({@code Projects!E7}), the row ({@code Projects row 7}), the sheet
 *     ({@code Projects}), or {@code workbook} for the file as a whole
 * @param message what is wrong, such as {@code amount must be a number of pounds with at most two
 *     decimals, got "£2,000"}
 */
public record WorkbookProblem(String place, String message) {

  public WorkbookProblem {
    place = Printable.line(Objects.requireNonNull(place, "place"));
    message = Printable.line(Objects.requireNonNull(message, "message"));
  }

  /** {@code Projects!E7: amount must be ...}. */
  @Override
  public String toString() {
    return place + ": " + message;
  }
}
