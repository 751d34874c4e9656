package org.kcsp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.io.RecordReader;
import org.kcsp.workbook.RecordWorkbook;

/**
 * The workbook of a bundled record, compared cell by cell (and drop-down by drop-down) with its
 * golden file, {@code golden/kcsp-2020-03-18.cells.txt}: the workbook's contents, not its bytes,
 * since the zip around them records when it was written. After an intended change, write the new
 * golden file with {@code -Dkcsp.golden.write=true} and review its diff.
 */
class GoldenWorkbookTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/kcsp-2020-03-18.cells.txt");

  @Test
  void writes_the_workbook_of_a_bundled_record_cell_for_cell_as_its_golden_file() throws Exception {
    // GIVEN the bundled record of 18 March 2020
    byte[] workbook;
    try (InputStream in = BundledExamples.all().stream().filter(e -> e.name().equals("kcsp-2020-03-18.json"))
        .findFirst().orElseThrow().open()) {
      workbook = RecordWorkbook.write(RecordReader.read(in, RecordReader.Syntax.JSON, "kcsp-2020-03-18.json"));
    }

    // WHEN its workbook's cells are listed
    List<String> cells = WorkbookCells.of(workbook);
    if (Boolean.getBoolean("kcsp.golden.write")) {
      Files.writeString(GOLDEN, String.join("\n", cells) + "\n", StandardCharsets.UTF_8);
    }

    // THEN they are the golden file's
    assertThat(cells).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
  }
}
