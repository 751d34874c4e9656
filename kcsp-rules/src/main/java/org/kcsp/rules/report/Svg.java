package org.kcsp.rules.report;

/**
 * A small writer of inline SVG for the HTML report: elements, attributes and text, all escaped,
 * and coordinates in fixed point. Coordinates are hundredths of a pixel held in a {@code long}, so
 * a position computed from pence is exact up to the last rounding and is written the same way on
 * every machine ({@code 226.67}); no money passes through a {@code double}.
 *
 * <p>The root carries {@code role="img"}, an {@code aria-label} and a {@code <title>}: a screen
 * reader reads the words, not the shapes. No {@code xmlns}: inline SVG in HTML5 needs none, and the
 * page then holds no address at all.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder();
  private int depth;

  /**
   * Starts an SVG of {@code width} by {@code height} user units that scales to its container.
   *
   * @param title the short name of the figure
   * @param label the figure described in words, for people who cannot see it
   */
  Svg(int width, int height, String title, String label) {
    out.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(label))
        .append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\"")
        .append(" font-size=\"12\">\n");
    out.append("<title>").append(Html.escape(title)).append("</title>\n");
    depth = 1;
  }

  /** An empty element: {@code <line x1="1" .../>}; attributes as name, value pairs. */
  Svg element(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** An element with text content. */
  Svg text(String name, String content, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>').append(Html.escape(content)).append("</").append(name).append(">\n");
    return this;
  }

  /** Opens an element that {@link #close} ends. */
  Svg open(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    depth++;
    return this;
  }

  Svg close(String name) {
    depth--;
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** The finished SVG. */
  String end() {
    if (depth != 1) {
      throw new IllegalStateException("unclosed SVG elements: " + (depth - 1));
    }
    return out + "</svg>\n";
  }

  private void indent() {
    out.append("  ".repeat(depth));
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(Html.escape(attributes[i + 1])).append('"');
    }
  }

  /**
   * The position of {@code value} on a scale of {@code length} pixels that shows {@code domain},
   * in hundredths of a pixel, rounded half up: {@code length * value / domain}, in exact integer
   * arithmetic.
   *
   * @throws IllegalArgumentException if {@code domain} is not positive
   */
  static long scale(long value, long domain, int length) {
    if (domain <= 0) {
      throw new IllegalArgumentException("a scale needs a positive domain, got " + domain);
    }
    // value <= 10^12 (Money.MAX in pence) and length * 200 <= 10^6, so the product fits a long
    long twice = Math.multiplyExact(Math.multiplyExact(value, 200L), length);
    return Math.addExact(twice, domain) / Math.multiplyExact(2L, domain);
  }

  /** Whole pixels in hundredths. */
  static long px(int pixels) {
    return pixels * 100L;
  }

  /** Hundredths of a pixel written as {@code 226.67}, {@code 20}, {@code -3.5}. */
  static String num(long hundredths) {
    long whole = Math.abs(hundredths) / 100;
    long part = Math.abs(hundredths) % 100;
    String sign = hundredths < 0 ? "-" : "";
    if (part == 0) {
      return sign + whole;
    }
    String fraction = part % 10 == 0 ? String.valueOf(part / 10) : String.format("%02d", part);
    return sign + whole + "." + fraction;
  }

  /** Whole pixels written as an attribute value. */
  static String num(int pixels) {
    return String.valueOf(pixels);
  }

  /** A rough width of {@code text} in pixels at {@code size}: for keeping labels inside the figure. */
  static int textWidth(String text, int size) {
    return (int) Math.ceil(Wrap.length(text) * size * 0.56);
  }
}
