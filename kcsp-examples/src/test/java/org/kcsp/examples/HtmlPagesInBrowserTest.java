package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.examples.HeadlessChromium.Tab;
import org.kcsp.examples.HeadlessChromium.Viewport;
import org.kcsp.examples.KcspCommandTest.Run;

/**
 * The HTML report and the HTML portfolio as a reader sees them: opened in a real headless Chromium
 * at a desktop's size and a phone's, each is drawn (a screenshot of the viewport's size, not
 * blank), says nothing on the console, and asks for nothing but itself: no script, font,
 * stylesheet or image from anywhere. The screenshots are kept in {@code target/browser} for a
 * person to look at.
 *
 * <p>Skipped, saying so, on a machine without Chromium or Chrome; the pages' structure is tested
 * without a browser by {@code HtmlReportTest} and {@code PortfolioReportTest} in kcsp-rules.
 */
class HtmlPagesInBrowserTest {

  /** Where the screenshots, and the browser's own output, are kept. */
  private static final Path SCREENSHOTS = Path.of("target", "browser");

  /** The portfolio's size: the issue asks that the page be readable at 300 rows. */
  private static final int PARTNERSHIPS = 30;
  private static final int YEARS = 10;

  @TempDir static Path dir;

  private static HeadlessChromium chromium;
  private static Path portfolio;

  @BeforeAll
  static void startTheBrowser() throws Exception {
    Optional<Path> executable = HeadlessChromium.find();
    assumeTrue(executable.isPresent(), () -> "no headless browser on this machine (none of "
        + String.join(", ", HeadlessChromium.NAMES) + " is on the PATH): the HTML pages are not checked in a browser,"
        + " only by their structural tests; .ci/run installs Chromium where apt is at hand");
    chromium = HeadlessChromium.start(executable.get(), dir.resolve("profile"), SCREENSHOTS.resolve("chromium.log"));
  }

  @AfterAll
  static void stopTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  static Stream<Arguments> examplesOnEachScreen() {
    return BundledExamples.all().stream()
        .flatMap(example -> Stream.of(Viewport.DESKTOP, Viewport.PHONE).map(viewport -> Arguments.of(example, viewport)));
  }

  static Stream<Viewport> screens() {
    return Stream.of(Viewport.DESKTOP, Viewport.PHONE);
  }

  @ParameterizedTest(name = "{0} on a {1}")
  @MethodSource("examplesOnEachScreen")
  void draws_the_html_report_of_a_bundled_record_with_nothing_on_the_console_and_nothing_from_elsewhere(
      BundledExamples.Example example, Viewport viewport) throws Exception {
    // GIVEN the HTML report of a bundled record, as ./kcsp validate writes it
    Path record = dir.resolve(example.name());
    try (var in = example.open()) {
      Files.write(record, in.readAllBytes());
    }
    String name = example.name().replace(".json", "");
    Path page = dir.resolve(name + ".html");
    Run run = kcsp("validate", record.toString(), "--format", "html", "--output", page.toString());
    assertThat(run.err()).isEmpty();
    // WHEN it is opened in the browser
    try (Tab tab = chromium.open(page, viewport)) {
      // THEN it is drawn at the viewport's size, with the report's sections
      assertDrawn(tab.screenshot(screenshot(name, viewport)), viewport);
      BufferedImage whole = tab.wholePage(screenshot(name + "-whole", viewport));
      assertThat(whole.getHeight()).as("the whole page's height").isGreaterThan(viewport.height());
      assertThat(tab.evaluate("[...document.querySelectorAll('main > section > h2')].map(h => h.textContent).join(', ')")
          .asText()).isEqualTo("Summary, Findings, Gaps, Grants, Terms of reference, Rules");
      // AND it keeps to the screen's width
      assertFitsTheWidth(tab, viewport);
      assertQuietAndSelfContained(tab, page);
    }
  }

  @ParameterizedTest(name = "on a {0}")
  @MethodSource("screens")
  void draws_the_portfolio_of_300_partnership_years_as_a_matrix_and_a_table_of_records_for_screen_readers(
      Viewport viewport) throws Exception {
    // GIVEN the HTML portfolio of 300 generated partnership-years, as ./kcsp portfolio writes it
    Path page = portfolio();
    // WHEN it is opened in the browser
    try (Tab tab = chromium.open(page, viewport)) {
      // THEN its top is drawn at the viewport's size
      assertDrawn(tab.screenshot(screenshot("portfolio", viewport)), viewport);
      // AND the matrix has a row per record, hidden from screen readers, which find the table of records instead
      assertThat(tab.evaluate("document.querySelectorAll('table.matrix tbody tr').length").asInt())
          .isEqualTo(PARTNERSHIPS * YEARS);
      assertThat(tab.evaluate("document.querySelectorAll('table.records tbody tr').length").asInt())
          .isEqualTo(PARTNERSHIPS * YEARS);
      assertThat(tab.accessibleTables()).containsExactly("Findings over every record",
          "How many records have each outcome, rule by rule", "Each record: its counts, and its rules by outcome");
      // AND the page keeps to the screen's width, the matrix scrolling sideways in its own frame
      assertFitsTheWidth(tab, viewport);
      assertThat(tab.evaluate("document.querySelector('.scroll').getBoundingClientRect().width").asDouble())
          .isLessThanOrEqualTo(viewport.width());
      // AND each record's partnership and date head its row of the matrix on one line
      assertThat(tab.evaluate("""
          [...document.querySelectorAll('table.matrix tbody th.record')].filter(th => {
            const text = document.createRange();
            text.selectNodeContents(th);
            return new Set([...text.getClientRects()].map(line => Math.round(line.bottom))).size > 1;
          }).map(th => th.textContent).join('; ')""").asText()).as("records headed on more than one line").isEmpty();
      // AND scrolled to, the matrix is drawn
      tab.evaluate("document.getElementById('matrix').scrollIntoView(), window.scrollY");
      assertDrawn(tab.screenshot(screenshot("portfolio-matrix", viewport)), viewport);
      // AND scrolled down and sideways in its frame, its header row and the records' column stay at the frame's edges
      JsonNode edges = tab.evaluate("""
          (() => {
            const frame = document.querySelector('.scroll');
            frame.scrollTop = 2000;
            frame.scrollLeft = 400;
            const inside = frame.getBoundingClientRect();
            const rule = document.querySelector('table.matrix thead th.rule').getBoundingClientRect();
            const record = document.querySelector('table.matrix tbody th.record').getBoundingClientRect();
            return { scrolledDown: frame.scrollTop, scrolledAcross: frame.scrollLeft,
                headerBelowTop: rule.top - inside.top - frame.clientTop,
                recordsRightOfLeft: record.left - inside.left - frame.clientLeft };
          })()""");
      assertThat(edges.get("scrolledDown").asDouble()).as("scrolled down").isPositive();
      assertThat(edges.get("scrolledAcross").asDouble()).as("scrolled sideways").isPositive();
      assertThat(edges.get("headerBelowTop").asDouble()).as("the header row below the frame's top").isBetween(-0.5, 0.5);
      assertThat(edges.get("recordsRightOfLeft").asDouble()).as("the records' column right of the frame's left")
          .isBetween(-0.5, 0.5);
      assertDrawn(tab.screenshot(screenshot("portfolio-matrix-scrolled", viewport)), viewport);
      assertQuietAndSelfContained(tab, page);
    }
  }

  @Test
  void the_browser_reports_what_a_page_says_on_its_console_and_what_it_asks_for_from_elsewhere() throws Exception {
    // GIVEN a page that warns, fails and asks for a picture from another site
    Path page = dir.resolve("noisy.html");
    Files.writeString(page, """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><title>Noisy</title></head>
        <body><p>Noisy</p><img src="https://example.invalid/picture.png" alt="a picture" />
        <script>console.warn("a warning"); undefinedFunction();</script></body></html>
        """, StandardCharsets.UTF_8);
    // WHEN it is opened
    try (Tab tab = chromium.open(page, Viewport.DESKTOP)) {
      // THEN the checks of the pages above would fail on it
      assertThat(tab.requests()).contains("https://example.invalid/picture.png");
      assertThat(tab.messages()).anySatisfy(message -> assertThat(message.toString()).contains("a warning"))
          .anySatisfy(message -> assertThat(message.toString()).contains("undefinedFunction"));
      assertThatThrownBy(() -> assertQuietAndSelfContained(tab, page)).isInstanceOf(AssertionError.class);
    }
  }

  /** The portfolio page of {@value #PARTNERSHIPS} x {@value #YEARS} generated records, made once. */
  private static synchronized Path portfolio() {
    if (portfolio == null) {
      Path records = dir.resolve("records");
      Run generated = kcsp("generate", "--partnerships", String.valueOf(PARTNERSHIPS), "--years", String.valueOf(YEARS),
          "--seed", "1", "--output", records.toString());
      assertThat(generated.status()).as(generated.err()).isZero();
      Path page = dir.resolve("portfolio.html");
      Run run = kcsp("portfolio", records.toString(), "--format", "html", "--output", page.toString());
      assertThat(run.err()).isEmpty();
      portfolio = page;
    }
    return portfolio;
  }

  /** Where the screenshot {@code name} at {@code viewport} is kept. */
  private static Path screenshot(String name, Viewport viewport) {
    return SCREENSHOTS.resolve(name + "-" + viewport.name() + "-" + viewport.width() + "x" + viewport.height() + ".png");
  }

  /**
   * The page is no wider than the screen: a reader scrolls down it, never sideways (what is wider
   * scrolls in a frame of its own). Says which elements stick out when some do.
   */
  private static void assertFitsTheWidth(Tab tab, Viewport viewport) throws InterruptedException {
    // the screen's width, not innerWidth: a phone widens its layout to a page that is too wide
    String sticking = tab.evaluate("""
        (width => [...document.querySelectorAll('body *')].filter(e => {
          const right = e.getBoundingClientRect().right;
          if (right <= width || e.parentElement.getBoundingClientRect().right > width) return false;
          for (let a = e.parentElement; a; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') return false;
          }
          return true;
        }).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' to '
            + Math.round(e.getBoundingClientRect().right) + ' px').join('; '))(""" + viewport.width() + ")").asText();
    assertThat(tab.evaluate("document.documentElement.scrollWidth").asInt())
        .as("the page's width; sticking out: %s", sticking).isLessThanOrEqualTo(viewport.width());
  }

  /** The picture is the viewport's size and not blank: more than one colour. */
  private static void assertDrawn(BufferedImage image, Viewport viewport) {
    assertThat(image.getWidth()).as("the screenshot's width").isEqualTo(viewport.width());
    assertThat(image.getHeight()).as("the screenshot's height").isEqualTo(viewport.height());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight() && colours.size() < 2; y++) {
      for (int x = 0; x < image.getWidth() && colours.size() < 2; x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("the colours of the screenshot").hasSizeGreaterThan(1);
  }

  /** No warning or error on the console or in the browser's log, and no request but for the page itself or data. */
  private static void assertQuietAndSelfContained(Tab tab, Path page) {
    assertThat(tab.messages()).as("what the page said on the console")
        .filteredOn(HeadlessChromium.Message::isWarningOrError).isEmpty();
    String self = page.toUri().toString();
    assertThat(tab.requests()).as("what the page asked for").isNotEmpty()
        .allSatisfy(url -> assertThat(url.equals(self) || url.startsWith("data:")).as(url).isTrue());
    assertThat(tab.requests().get(0)).isEqualTo(self);
  }
}
