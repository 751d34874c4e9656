package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Money;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;

/** {@link RecordReader#readProposedProject}: one project on its own, read as strictly as a record. */
class ProposedProjectReaderTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void reads_a_project_without_a_status_as_proposed() throws Exception {
    // GIVEN Bystander Approach Training as the partnership would propose it, with no status
    Path json = file("bystander.json", """
        { "id": "bystander-approach-training", "title": "Bystander Approach Training",
          "activity": "bystander-approach-training", "pot": "UPFRONT", "amount": 3000 }
        """);
    // WHEN it is read
    Project project = RecordReader.readProposedProject(json, FormatVersion.V1);
    // THEN it is PROPOSED, with what the file gives
    assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
    assertThat(project.amount()).contains(Money.of("3000"));
    assertThat(project.activity()).contains("bystander-approach-training");
  }

  @Test
  void keeps_the_status_the_file_gives_and_reads_yaml() throws Exception {
    Path yaml = file("bystander.yaml", """
        id: bystander-approach-training
        title: Bystander Approach Training
        pot: TACTICAL
        status: CHAIR_APPROVED
        """);
    assertThat(RecordReader.readProposedProject(yaml, FormatVersion.V2).status()).isEqualTo(ProjectStatus.CHAIR_APPROVED);
  }

  @Test
  void reports_every_problem_at_its_path_line_and_column() throws Exception {
    // GIVEN a project with a misspelt key, money as a string and no title
    Path json = file("bad.json", """
        { "id": "bystander-approach-training",
          "pot": "UPFRONT", "amout": 3000, "amount": "3000" }
        """);
    // THEN each problem is said, with where it is
    assertThatThrownBy(() -> RecordReader.readProposedProject(json, FormatVersion.V1))
        .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
          assertThat(e.source()).contains(json.toString());
          assertThat(e.problems()).extracting(problem -> problem.path())
              .containsExactlyInAnyOrder("$.title", "$.amout", "$.amount");
          assertThat(e.getMessage()).contains("did you mean \"amount\"", "line 2");
        });
  }

  @Test
  void refuses_what_is_not_one_object_and_a_key_of_a_later_version() throws Exception {
    assertThatThrownBy(() -> RecordReader.readProposedProject(file("list.json", "[]"), FormatVersion.V1))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("expected an object, got");
    Path unknown = file("unknown.json", """
        { "id": "p", "title": "P", "pot": "UPFRONT", "unknown": ["amount"] }
        """);
    assertThatThrownBy(() -> RecordReader.readProposedProject(unknown, FormatVersion.V1))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("$.unknown");
    assertThat(RecordReader.readProposedProject(unknown, FormatVersion.V2).isUnknown("amount")).isTrue();
  }

  @Test
  void refuses_a_file_that_is_not_json_or_yaml_or_is_not_there() {
    assertThatThrownBy(() -> RecordReader.readProposedProject(dir.resolve("p.txt"), FormatVersion.V1))
        .hasMessageContaining("the file name must end in .json, .yaml or .yml");
    assertThatThrownBy(() -> RecordReader.readProposedProject(dir.resolve("missing.json"), FormatVersion.V1))
        .hasMessageContaining("there is no such file");
  }
}
