package org.kcsp.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.io.HostileShapes.Shape;

/**
 * Reading a record takes memory a small multiple of its file, whatever the file's shape: each of
 * {@link HostileShapes}, written to {@value #DEFAULT_MEGABYTES} MiB (or {@code
 * -Dkcsp.memory.megabytes=16}, the most a record may be), is read in a JVM whose heap is only that
 * multiple of the file's size over what the JVM needs for itself. Running out of memory ends that
 * JVM with an error, and the test fails. docs/robustness.md gives the heaps measured.
 */
class ReaderMemoryTest {

  /** The size of each file in {@code mvn verify}. */
  static final int DEFAULT_MEGABYTES = 4;

  /** The heap a refused record may take, beyond {@link #JVM_MEGABYTES}: this many times its file's size. */
  static final int REFUSED_MULTIPLE = 8;

  /** The heap a record read whole may take (its model's objects too), beyond {@link #JVM_MEGABYTES}. */
  static final int READ_MULTIPLE = 12;

  /** Heap for the JVM and the reader's classes, with nothing read (8 MB measured), and a margin. */
  static final int JVM_MEGABYTES = 16;

  @TempDir Path dir;

  @Test
  void reads_or_refuses_every_hostile_shape_in_a_heap_a_small_multiple_of_the_file() throws Exception {
    // GIVEN a file of each hostile shape
    int megabytes = Integer.getInteger("kcsp.memory.megabytes", DEFAULT_MEGABYTES);
    List<String> refused = new ArrayList<>();
    List<String> read = new ArrayList<>();
    for (Shape shape : HostileShapes.ALL) {
      Path file = shape.write(dir.resolve(shape.name().replaceAll("[^a-zA-Z0-9]+", "-") + shape.ending()), megabytes << 20);
      (shape.valid() ? read : refused).add(file.toString());
    }

    // WHEN they are read in JVMs of small heaps (those refused in one, those read whole in another)
    String refusals = readIn(REFUSED_MULTIPLE * megabytes + JVM_MEGABYTES, refused);
    String records = readIn(READ_MULTIPLE * megabytes + JVM_MEGABYTES, read);

    // THEN each is refused, or read, without running out of memory
    assertThat(refusals.lines()).hasSize(refused.size()).allSatisfy(line -> assertThat(line).contains(": refused "));
    assertThat(records.lines()).hasSize(read.size()).allSatisfy(line -> assertThat(line).contains(": read "));
  }

  /** What {@link HostileShapes#main} prints reading {@code files} with a heap of {@code heapMegabytes}. */
  private String readIn(int heapMegabytes, List<String> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMegabytes + "m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), HostileShapes.class.getName()));
    command.addAll(files);
    Path output = Files.createTempFile(dir, "read", ".txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(ended).as("reading the shapes ended within 5 minutes: %s", printed).isTrue();
    assertThat(process.exitValue()).as("reading the shapes in a heap of %d MB: %s", heapMegabytes, printed).isZero();
    return printed;
  }
}
