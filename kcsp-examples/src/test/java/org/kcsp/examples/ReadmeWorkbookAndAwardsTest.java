package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.examples.KcspCommandTest.kcsp;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.examples.KcspCommandTest.Run;
import org.kcsp.model.io.RecordReader;

/**
 * The README's "Keeping a record in a spreadsheet" and "Other funders' awards from 360Giving data"
 * run as printed, in a directory holding the bundled record and the sample they name: their commands
 * succeed, and their output blocks are what the commands print.
 */
class ReadmeWorkbookAndAwardsTest {

  private static final Path README = Path.of("../README.md");

  @TempDir Path dir;

  private static String section(String heading) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(heading);
    assertThat(start).as("README section " + heading).isNotNegative();
    return readme.substring(start, readme.indexOf("\n### ", start + 1));
  }

  private static List<String> blocks(String section, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  /** Runs one README command line in {@link #dir}, file names resolved there. */
  private Run run(String line) {
    String command = line.replaceFirst("\\s+#.*$", "").strip();
    assertThat(command).startsWith("./kcsp ");
    List<String> args = new ArrayList<>();
    for (String word : command.substring("./kcsp ".length()).split("\\s+")) {
      args.add(!word.startsWith("-") && word.contains(".") ? dir.resolve(word).toString() : word);
    }
    return kcsp(args.toArray(String[]::new));
  }

  private void copy(InputStream in, String name) throws Exception {
    try (in) {
      Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  private void bundled() throws Exception {
    copy(BundledExamples.all().stream().filter(e -> e.name().equals("kcsp-2022-07-14.json")).findFirst().orElseThrow()
        .open(), "kcsp-2022-07-14.json");
  }

  @Test
  void runs_the_spreadsheet_sections_commands_and_prints_its_problems_as_shown() throws Exception {
    // GIVEN the bundled record the section exports
    String section = section("### Keeping a record in a spreadsheet");
    bundled();

    // WHEN each command runs THEN it succeeds, and the record comes back equal
    for (String line : blocks(section, "").get(0).lines().filter(l -> !l.isBlank()).toList()) {
      Run run = run(line);
      assertThat(run.status()).as(line + "\n" + run.err()).isZero();
    }
    assertThat(RecordReader.read(dir.resolve("kcsp-2022-07-14-again.json")))
        .isEqualTo(RecordReader.read(dir.resolve("kcsp-2022-07-14.json")));

    // AND the workbook made wrong as the section says gives the problems it shows
    Path workbook = dir.resolve("kcsp-2022-07-14.xlsx");
    byte[] written = Files.readAllBytes(workbook);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written)); OutputStream out = Files.newOutputStream(workbook)) {
      var grants = book.getSheet("Grants");
      int allocation = 0;
      while (!grants.getRow(0).getCell(allocation).getStringCellValue().equals("allocation")) {
        allocation++;
      }
      grants.getRow(1).getCell(allocation).setCellValue("£21,440");
      book.getSheet("Projects").getRow(0).getCell(3).setCellValue("activty");
      book.write(out);
    }
    Run bad = kcsp("validate", workbook.toString());
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().replace(dir.toString() + "/", "").replace(System.lineSeparator(), "\n"))
        .isEqualTo(blocks(section, "text").get(0));
  }

  @Test
  void runs_the_360giving_sections_commands_and_prints_what_it_shows() throws Exception {
    // GIVEN the bundled record and the illustrative sample the section names
    String section = section("### Other funders' awards from 360Giving data");
    bundled();
    copy(getClass().getResourceAsStream("/giving/illustrative-grants.json"), "illustrative-grants.json");
    List<String> commands = blocks(section, "").get(0).lines().filter(l -> !l.isBlank()).toList();
    List<String> shown = blocks(section, "text");

    // WHEN the import runs THEN it says what the section shows
    Run imported = run(commands.get(0));
    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.err().replace(dir.toString() + "/", "").replace(System.lineSeparator(), "\n")).isEqualTo(shown.get(0));

    // AND the check finds the duplicate funding it shows
    Run check = run(commands.get(1));
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out().replace(System.lineSeparator(), "\n")).contains(shown.get(1));
  }
}
