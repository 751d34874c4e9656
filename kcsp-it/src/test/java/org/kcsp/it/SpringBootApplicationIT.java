package org.kcsp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;
import org.kcsp.model.io.RecordReader;
import org.kcsp.rules.report.JsonReport;

/**
 * A Spring Boot 3 web application in Boot's executable jar, with Boot's Jackson (src/it/spring-boot-app):
 * POST /check takes a record as its body and returns the report.
 */
class SpringBootApplicationIT {

  private static final Path JAR = Run.APPLICATIONS.resolve("spring-boot-app/target/spring-boot-app-1.0.jar");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Process application;
  private static Path log;
  private static Path classes;
  private static URI check;

  @BeforeAll
  static void start() throws Exception {
    log = dir.resolve("application.log");
    classes = dir.resolve("classes.log");
    List<String> command = Run.java(classes);
    command.addAll(List.of("-jar", JAR.toString(), "--server.port=0"));
    application = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline && application.isAlive()) {
      Matcher port = started.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (port.find() && Files.readString(log, StandardCharsets.UTF_8).contains("Started Application")) {
        check = URI.create("http://127.0.0.1:" + port.group(1) + "/check");
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the application did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (application != null) {
      application.destroy();
      if (!application.waitFor(30, TimeUnit.SECONDS)) {
        application.destroyForcibly();
      }
    }
  }

  private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(check).timeout(Duration.ofMinutes(1))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void returns_the_report_of_a_record_posted_to_it() throws Exception {
    // WHEN the KCSP the day before its meeting of 14 July 2022 is posted
    HttpResponse<String> response = post(Files.readString(Run.RECORD, StandardCharsets.UTF_8));
    // THEN the body is the JSON report this JVM gives, from the executable model, with no warning logged
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(JsonReport.render(Expected.report(Run.RECORD, "the request body"))));
    new Run("", "", Files.readAllLines(classes, StandardCharsets.UTF_8)).assertTheExecutableModelWasUsed();
    Run.assertNoWarnings(Files.readString(log, StandardCharsets.UTF_8));
  }

  @Test
  void refuses_a_record_that_is_not_valid_with_the_readers_problems() throws Exception {
    // GIVEN the record with its organisations' kind misspelt
    String json = Files.readString(Run.RECORD, StandardCharsets.UTF_8).replace("\"kind\"", "\"knd\"");
    // WHEN it is posted
    HttpResponse<String> response = post(json);
    // THEN the application's handler found the reader's exception behind Spring's, with every problem
    assertThat(response.statusCode()).isEqualTo(400);
    List<String> expected = ((InvalidRecordException) org.assertj.core.api.Assertions
        .catchThrowable(() -> RecordReader.readJson(json, "x"))).problems().stream().map(Problem::toString).toList();
    JsonNode problems = JSON.readTree(response.body()).get("problems");
    assertThat(problems).extracting(JsonNode::asText).containsExactlyElementsOf(expected).isNotEmpty();
  }
}
