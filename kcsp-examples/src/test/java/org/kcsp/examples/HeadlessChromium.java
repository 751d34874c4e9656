package org.kcsp.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A headless Chromium (or Chrome) started for the tests, driven through its DevTools protocol: each
 * page is opened in a tab of its own at a given viewport, and the tab records what the page said on
 * its console and every URL it requested.
 *
 * <p>The browser starts with a new empty profile and without its background networking (updates,
 * sync, safe browsing, first-run pages), so the only requests it makes are the pages'; a build
 * machine without a network, or with one that refuses such connections, runs it as well.
 */
final class HeadlessChromium implements AutoCloseable {

  /** The names the browser goes by on a {@code PATH}: Debian's and Ubuntu's packages, then Google's. */
  static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  /** A viewport in CSS pixels, drawn one device pixel a CSS pixel; a phone's as a phone lays pages out. */
  record Viewport(String name, int width, int height, boolean mobile) {

    static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false);

    /** A common phone held upright (390 by 844 CSS pixels). */
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    @Override
    public String toString() {
      return name + " " + width + "x" + height;
    }
  }

  /** What a page wrote on its console, or the browser logged about it: its level, source and text. */
  record Message(String level, String source, String text) {

    boolean isWarningOrError() {
      return level.equals("warning") || level.equals("error") || level.equals("assert");
    }

    @Override
    public String toString() {
      return level + " (" + source + "): " + text;
    }
  }

  private final Process process;
  private final DevTools devTools;

  private HeadlessChromium(Process process, DevTools devTools) {
    this.process = process;
    this.devTools = devTools;
  }

  /** The browser's executable: the first of {@link #NAMES} found on the {@code PATH}. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return NAMES.stream()
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Starts {@code executable} headless with the new empty profile {@code profile}, its own output
   * written to {@code log}, and connects to it.
   *
   * @throws IllegalStateException when it does not start, with the end of what it wrote
   */
  static HeadlessChromium start(Path executable, Path profile, Path log) throws IOException, InterruptedException {
    List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--mute-audio", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "about:blank");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      // the browser writes the port it listens on, and its endpoint's path, into the profile
      Path active = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + DevTools.TIMEOUT.toNanos();
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!process.isAlive()) {
          throw new IllegalStateException(executable + " stopped with exit status " + process.exitValue()
              + " before it listened for DevTools:\n" + tail(log));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(executable + " did not listen for DevTools within "
              + DevTools.TIMEOUT.toSeconds() + " s:\n" + tail(log));
        }
        Thread.sleep(50);
        lines = Files.exists(active) ? Files.readAllLines(active, StandardCharsets.UTF_8) : List.of();
      }
      return new HeadlessChromium(process,
          DevTools.connect(URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip())));
    } catch (RuntimeException | IOException | InterruptedException e) {
      stop(process);
      throw e;
    }
  }

  /**
   * Opens {@code page} in a new tab at {@code viewport} and waits until it has loaded, its fonts
   * too. Close the tab when done with it.
   */
  Tab open(Path page, Viewport viewport) throws InterruptedException {
    ObjectNode blank = DevTools.params().put("url", "about:blank");
    String target = devTools.send("Target.createTarget", blank).get("targetId").asText();
    String session = devTools.send("Target.attachToTarget", DevTools.params().put("targetId", target).put("flatten", true))
        .get("sessionId").asText();
    Tab tab = new Tab(target, session);
    devTools.listen(session, tab::event);
    try {
      tab.open(page.toUri(), viewport);
    } catch (RuntimeException | InterruptedException e) {
      tab.close();
      throw e;
    }
    return tab;
  }

  /** Closes the browser, and stops it if it does not close in time or the thread is interrupted. */
  @Override
  public void close() {
    boolean interrupted = false;
    try {
      devTools.send("Browser.close", DevTools.params());
    } catch (IllegalStateException e) {
      // the connection closes as the browser does, sometimes before its answer
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      devTools.close();
      try {
        if (interrupted || !process.waitFor(DevTools.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          stop(process);
        }
      } catch (InterruptedException e) {
        interrupted = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(its output could not be read: " + e.getMessage() + ")";
    }
  }

  /** A page open in a tab of its own. */
  final class Tab implements AutoCloseable {
    private final String target;
    private final String session;
    private final List<Message> messages = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    /** The loaders (one a navigation) whose documents have fired their load event. */
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    private Tab(String target, String session) {
      this.target = target;
      this.session = session;
    }

    private void open(URI page, Viewport viewport) throws InterruptedException {
      for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
        send(domain + ".enable", DevTools.params());
      }
      send("Emulation.setDeviceMetricsOverride", DevTools.params().put("width", viewport.width())
          .put("height", viewport.height()).put("deviceScaleFactor", 1).put("mobile", viewport.mobile()));
      send("Emulation.setTouchEmulationEnabled", DevTools.params().put("enabled", viewport.mobile()));
      send("Page.setLifecycleEventsEnabled", DevTools.params().put("enabled", true));
      JsonNode navigated = send("Page.navigate", DevTools.params().put("url", page.toString()));
      if (navigated.hasNonNull("errorText")) {
        throw new IllegalStateException(page + " could not be opened: " + navigated.get("errorText").asText());
      }
      // the load of this navigation, not of the blank page the tab began with
      String loader = navigated.path("loaderId").asText();
      long deadline = System.nanoTime() + DevTools.TIMEOUT.toNanos();
      while (!loaded.contains(loader)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(page + " did not load within " + DevTools.TIMEOUT.toSeconds() + " s");
        }
        Thread.sleep(20);
      }
      evaluate("document.fonts.ready.then(() => document.readyState)");
    }

    /** Runs {@code expression} in the page, awaiting it if it is a promise, and returns its value as JSON. */
    JsonNode evaluate(String expression) throws InterruptedException {
      JsonNode result = send("Runtime.evaluate", DevTools.params().put("expression", expression)
          .put("returnByValue", true).put("awaitPromise", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException(expression + " threw: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /**
     * The names of the tables a screen reader finds: the tables of the page's accessibility tree,
     * in order, less those it ignores (hidden with {@code aria-hidden}, say).
     */
    List<String> accessibleTables() throws InterruptedException {
      String document = send("Runtime.evaluate", DevTools.params().put("expression", "document"))
          .path("result").path("objectId").asText();
      JsonNode nodes = send("Accessibility.queryAXTree", DevTools.params().put("objectId", document).put("role", "table"))
          .path("nodes");
      List<String> names = new ArrayList<>();
      nodes.forEach(node -> {
        if (!node.path("ignored").asBoolean()) {
          names.add(node.path("name").path("value").asText());
        }
      });
      return names;
    }

    /** Draws the viewport as it is now, saves it as PNG to {@code file}, and returns the picture. */
    BufferedImage screenshot(Path file) throws InterruptedException {
      return capture(DevTools.params().put("format", "png"), file);
    }

    /** Draws the whole page, from top to bottom at the viewport's width, saves it as PNG to {@code file}, and returns it. */
    BufferedImage wholePage(Path file) throws InterruptedException {
      ObjectNode params = DevTools.params().put("format", "png").put("captureBeyondViewport", true);
      params.putObject("clip").put("x", 0).put("y", 0)
          .put("width", evaluate("document.documentElement.clientWidth").asInt())
          .put("height", evaluate("document.documentElement.scrollHeight").asInt()).put("scale", 1);
      return capture(params, file);
    }

    private BufferedImage capture(ObjectNode params, Path file) throws InterruptedException {
      String data = send("Page.captureScreenshot", params).get("data").asText();
      byte[] png = Base64.getDecoder().decode(data);
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
          throw new IllegalStateException("the screenshot saved as " + file + " is not a PNG picture");
        }
        return image;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** What the page wrote on its console, its uncaught errors, and what the browser logged about it, so far. */
    List<Message> messages() {
      synchronized (messages) {
        return List.copyOf(messages);
      }
    }

    /** Every URL the page requested so far, itself first, in order. */
    List<String> requests() {
      synchronized (requests) {
        return List.copyOf(requests);
      }
    }

    /** Closes the tab; an interrupted thread stays interrupted, and the tab goes with the browser. */
    @Override
    public void close() {
      devTools.forget(session);
      try {
        devTools.send("Target.closeTarget", DevTools.params().put("targetId", target));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private JsonNode send(String method, ObjectNode params) throws InterruptedException {
      return devTools.send(session, method, params);
    }

    private void event(JsonNode event) {
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Page.lifecycleEvent" -> {
          if (params.path("name").asText().equals("load")) {
            loaded.add(params.path("loaderId").asText());
          }
        }
        case "Network.requestWillBeSent" -> {
          synchronized (requests) {
            requests.add(params.path("request").path("url").asText());
          }
        }
        case "Runtime.consoleAPICalled" -> {
          List<String> words = new ArrayList<>();
          params.path("args").forEach(arg -> words.add(arg.has("value") ? arg.get("value").asText()
              : arg.path("description").asText(arg.path("type").asText())));
          message(new Message(params.path("type").asText(), "console", String.join(" ", words)));
        }
        case "Runtime.exceptionThrown" -> {
          JsonNode details = params.path("exceptionDetails");
          message(new Message("error", "uncaught",
              details.path("exception").path("description").asText(details.path("text").asText())));
        }
        case "Log.entryAdded" -> {
          JsonNode entry = params.path("entry");
          message(new Message(entry.path("level").asText(), entry.path("source").asText(),
              entry.path("text").asText() + (entry.has("url") ? " (" + entry.get("url").asText() + ")" : "")));
        }
        default -> {
          // the other events of the domains enabled say nothing the tests look at
        }
      }
    }

    private void message(Message message) {
      synchronized (messages) {
        messages.add(message);
      }
    }
  }
}
