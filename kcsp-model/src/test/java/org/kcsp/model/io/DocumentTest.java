package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;
import org.kcsp.model.io.Document.Value;
import org.kcsp.model.io.Document.Value.Kind;

/** The strict parsing other formats share with records: values, places, and what is refused. */
class DocumentTest {

  @TempDir Path folder;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void gives_keys_in_order_values_with_their_kinds_and_places() throws IOException {
    // GIVEN a YAML file of an object, an array, a number, a boolean and a string
    Path file = write("p.yaml", "id: x\nrules:\n  B: { enabled: false }\n  A: {}\nn: [92, \"1/3\"]\n");

    // WHEN it is read
    Value root = Document.read(file, 1024, "policy").root();

    // THEN every value is there, in the file's order, with its line and column
    assertThat(root.keys()).containsExactly("id", "rules", "n");
    assertThat(root.get("rules").keys()).containsExactly("B", "A");
    Value enabled = root.get("rules").get("B").get("enabled");
    assertThat(enabled.kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(enabled.text()).isEqualTo("false");
    assertThat(new int[] {enabled.line(), enabled.column()}).containsExactly(3, 17);
    assertThat(root.get("rules").placeOfKey("A")).containsExactly(4, 3);
    assertThat(root.get("n").items()).extracting(Value::kind).containsExactly(Kind.NUMBER, Kind.STRING);
    assertThat(root.get("n").items().get(0).isInteger()).isTrue();
    assertThat(root.get("absent")).isNull();
  }

  @Test
  void refuses_a_key_twice_and_a_yaml_alias_each_with_its_place() throws IOException {
    Path twice = write("twice.json", "{\"id\": \"a\",\n \"id\": \"b\"}");
    Path alias = write("alias.yaml", "a: &x 1\nb: *x\n");

    InvalidRecordException first =
        catchThrowableOfType(InvalidRecordException.class, () -> Document.read(twice, 1024, "policy"));
    InvalidRecordException second =
        catchThrowableOfType(InvalidRecordException.class, () -> Document.read(alias, 1024, "policy"));

    assertThat(first.problems()).extracting(Problem::toString)
        .containsExactly("$.id (line 2, column 2): key \"id\" appears twice in the same object");
    assertThat(first.source()).contains(twice.toString());
    assertThat(second.problems()).singleElement().asString().contains("YAML aliases (*x) are not allowed");
  }

  @Test
  void refuses_a_file_over_its_limit_and_names_what_it_should_hold() throws IOException {
    Path big = write("big.json", "{\"id\": \"" + "x".repeat(100) + "\"}");
    Path empty = write("empty.yaml", "  \n");

    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> Document.read(big, 100, "policy")).problems())
        .extracting(Problem::message).containsExactly("the file is larger than 100 bytes, the most a policy may be");
    assertThat(catchThrowableOfType(InvalidRecordException.class, () -> Document.read(empty, 100, "policy")).problems())
        .extracting(Problem::message).containsExactly("the file is empty: it holds no policy");
    assertThat(catchThrowableOfType(InvalidRecordException.class,
        () -> Document.read(folder.resolve("none.yaml"), 100, "policy")).problems())
        .extracting(Problem::message).containsExactly("there is no such file");
  }
}
