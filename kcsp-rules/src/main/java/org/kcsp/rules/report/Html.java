package org.kcsp.rules.report;

/** Escaping for HTML and SVG text and attribute values. */
final class Html {

  private Html() {}

  /**
   * Opens the frame of a table that may be wider than a phone's screen: the table scrolls sideways
   * in it, never the page. The frame is a region named by the heading {@code headingId}, and can
   * take the keyboard's focus so that it can be scrolled without a pointer. Closed by
   * {@link #FRAME_END}.
   */
  static String frame(String headingId) {
    return "<div class=\"wide\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + escape(headingId) + "\">\n";
  }

  /** Closes a {@link #frame}. */
  static final String FRAME_END = "</div>\n";

  /**
   * {@code text} safe in element content and in a double- or single-quoted attribute: {@code &},
   * {@code <}, {@code >}, {@code "} and {@code '} become references. Control characters that XML
   * forbids become a space, so the page stays well-formed.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? " " : null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
