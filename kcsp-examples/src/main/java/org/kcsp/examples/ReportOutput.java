package org.kcsp.examples;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kcsp.model.Printable;

/**
 * Where a command's reports go ({@code --output}, else standard output), and writing them there
 * without ever losing a file.
 *
 * <ul>
 *   <li><b>Never over an input.</b> An {@code --output} that is one of the inputs, or a directory
 *       that holds them (a directory of records given, or one a record given is in), or in which a
 *       report would replace an input, is refused before anything is written. Files are compared,
 *       not names: links, {@code ..} and file systems that ignore case are seen through.
 *   <li><b>Names never collide.</b> In a directory, a report is named after its input's file name,
 *       extension kept, with the report's own added: {@code kcsp.json.txt}, {@code KCSP.yaml.txt}.
 *       Two inputs whose reports would have the same name, or names that differ only in case (one
 *       file where case is ignored), such as {@code a/kcsp.json} and {@code b/kcsp.json}, are
 *       refused before anything is written.
 *   <li><b>The whole report or nothing.</b> Each report is written to a temporary file beside its
 *       target ({@code .kcsp-*.tmp}) and renamed into place in one step, so a run that fails or is
 *       stopped leaves the whole report or none of it, and the file it would have replaced as it
 *       was. Temporary files are removed when the run fails, and when it is stopped by SIGTERM or
 *       SIGINT; only SIGKILL, which no program can answer, leaves one behind.
 *   <li><b>Errors say why</b>: no such directory, permission denied, not a directory, no space
 *       left; and a failed write to standard output is an error, never a silent success.
 * </ul>
 *
 * <p>Every command that writes files reuses it: {@link #plan} then {@link #prepare} before any
 * work, {@link #write} for each report; {@link #replace} alone for a file written whole.
 */
final class ReportOutput {

  /** A refusal or a failure to write, as one sentence for standard error. */
  static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }

  /**
   * What a command writes, for naming its files and for the words of a refusal: reports, named
   * after their input with the report's extension added; or a record upgraded.
   *
   * @param nameInDirectory the name of the file written in an output directory, from its input's
   *     file name
   * @param noun what each file is: {@code "report"}
   * @param written how two inputs whose files would have one name are said to be written: {@code
   *     "reported"}
   * @param inputs what the inputs are: {@code "the records being checked"}
   * @param neverOverInput why an input is never replaced, completing "would replace the input X: "
   * @param neverAmongInputs why nothing is written in a directory of inputs, completing "is a
   *     directory of the records being checked (X): "
   */
  record Written(UnaryOperator<String> nameInDirectory, String noun, String written, String inputs,
      String neverOverInput, String neverAmongInputs) {

    /** Reports with this extension: {@code kcsp.json.txt} in a directory. */
    static Written reports(String extension) {
      return new Written(name -> name + "." + extension, "report", "reported", "the records being checked",
          "a report never replaces what it reports on",
          "reports are never written among records, where they could replace them or be read as records");
    }

    /** An upgraded record: in a directory, its input's name with this extension ({@code kcsp.json}). */
    static Written upgraded(String extension) {
      return new Written(name -> baseName(name) + "." + extension, "record", "written", "the record being upgraded",
          "kcsp never writes over a record it reads",
          "an upgraded record is never written beside the one it comes from, where it could replace another record");
    }

    /** A record made from another file (a workbook imported, a record exported): in a directory, its input's name with this extension. */
    static Written converted(String extension, String inputs) {
      return new Written(name -> baseName(name) + "." + extension, "record", "written", inputs,
          "kcsp never writes over a file it reads",
          "a record made from another is never written beside it, where it could replace another file");
    }

    /** {@code kcsp} for {@code kcsp.yaml}. */
    private static String baseName(String name) {
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
  }

  /** The output directory, or {@code null} for one file or standard output. */
  private final Path directory;
  /** Where each report goes, by the index of its input; empty for standard output. */
  private final List<Path> targets;

  private ReportOutput(Path directory, List<Path> targets) {
    this.directory = directory;
    this.targets = targets;
  }

  /**
   * Where the reports of these inputs go, refused if any would replace an input or another report.
   *
   * <p>No {@code --output}: standard output. One report: {@code --output} is its file, unless it is
   * a directory or ends with a slash. Several: {@code --output} is a directory, created if
   * missing, each report named {@code <input's file name>.<extension>}.
   *
   * @param option the {@code --output} value as given, or {@code null} for standard output
   * @param extension the reports' file name extension, such as {@code txt}
   * @param names each report's input, by the name it was given (its last part names the report)
   * @param inputs every file and directory read, which nothing may replace
   * @throws OutputException if the output is empty, would replace an input, or cannot hold the
   *     reports
   */
  static ReportOutput plan(String option, String extension, List<String> names, List<Path> inputs) throws OutputException {
    return plan(option, Written.reports(extension), names, inputs);
  }

  /**
   * Where what a command writes from these inputs goes, as {@link #plan(String, String, List,
   * List)} says, with each file named and each refusal worded as {@code written} says.
   */
  static ReportOutput plan(String option, Written written, List<String> names, List<Path> inputs) throws OutputException {
    if (option == null) {
      return new ReportOutput(null, List.of());
    }
    if (option.isBlank()) {
      throw new OutputException("--output is empty: give the file or the directory to write to");
    }
    Path path;
    try {
      path = Path.of(option);
    } catch (InvalidPathException e) {
      throw new OutputException("--output " + Arguments.quoted(option) + " " + Arguments.unnamable(e));
    }
    boolean endsWithSlash = option.endsWith("/") || option.endsWith(path.getFileSystem().getSeparator());
    if (names.size() > 1 || endsWithSlash || Files.isDirectory(path)) {
      return directory(path, names.size() > 1, written, names, inputs);
    }
    Path parent = parent(path);
    if (!Files.isDirectory(parent)) {
      throw new OutputException("cannot write " + shown(path) + ": "
          + (Files.exists(parent) ? shown(parent) + " is not a directory" : "there is no such directory " + shown(parent)));
    }
    refuseInput(path, "--output " + shown(path), written, inputs);
    for (Path input : inputs) {
      if (Files.isDirectory(input) && sameFile(parent, input)) {
        throw new OutputException("--output " + shown(path) + " is in a directory of " + written.inputs() + " ("
            + shown(input) + "): " + written.neverAmongInputs() + "; give another --output");
      }
    }
    return new ReportOutput(null, List.of(path));
  }

  private static ReportOutput directory(Path path, boolean several, Written written, List<String> names, List<Path> inputs)
      throws OutputException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new OutputException(several
          ? "several records need a directory to write their reports to, and --output " + shown(path) + " is a file"
          : "--output " + shown(path) + " ends with a slash, but it is a file, not a directory");
    }
    for (Path ancestor = path.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      if (Files.exists(ancestor)) {
        if (!Files.isDirectory(ancestor)) {
          throw new OutputException("cannot make the directory " + shown(path) + ": " + shown(ancestor) + " is not a directory");
        }
        break;
      }
    }
    for (Path input : inputs) {
      if (sameFile(path, input) || !Files.isDirectory(input) && sameFile(path, parent(input))) {
        throw new OutputException("--output " + shown(path) + " is a directory of " + written.inputs() + " (" + shown(input)
            + "): " + written.neverAmongInputs() + "; give another directory");
      }
    }
    List<Path> targets = new ArrayList<>(names.size());
    Map<String, Integer> taken = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = written.nameInDirectory().apply(fileName(names.get(i)));
      Path target = path.resolve(name);
      Integer other = taken.putIfAbsent(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), i);
      if (other != null) {
        throw new OutputException(Printable.line(names.get(other)) + " and " + Printable.line(names.get(i))
            + " would both be " + written.written() + " as " + shown(path.resolve(written.nameInDirectory().apply(fileName(names.get(other)))))
            + (fileName(names.get(other)).equals(fileName(names.get(i))) ? "" : " (the same file where case is ignored)")
            + ": check them in separate runs, each with its own --output directory");
      }
      if (Files.isDirectory(target)) {
        throw new OutputException("cannot write " + shown(target) + ": it is a directory");
      }
      refuseInput(target, "the " + written.noun() + " " + shown(target), written, inputs);
      targets.add(target);
    }
    return new ReportOutput(path, List.copyOf(targets));
  }

  private static void refuseInput(Path target, String what, Written written, List<Path> inputs) throws OutputException {
    for (Path input : inputs) {
      if (sameFile(target, input)) {
        throw new OutputException(what + " would replace the input " + shown(input)
            + ": " + written.neverOverInput() + "; give another --output");
      }
    }
  }

  /** Whether the two name one file, through links, {@code ..} and case-insensitive names. */
  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code kcsp.json} for {@code examples/kcsp.json}. */
  private static String fileName(String name) {
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** The directory a file is in: {@code .} for a bare name. */
  private static Path parent(Path path) {
    Path parent = path.getParent();
    return parent != null ? parent : Path.of(".");
  }

  /** Whether the reports go to standard output. */
  boolean toStandardOutput() {
    return targets.isEmpty();
  }

  /**
   * Makes the output directory if it is missing, and makes sure a file can be written where the
   * reports go, so that a directory that cannot be written is found before any work is done.
   */
  void prepare() throws OutputException {
    if (targets.isEmpty()) {
      return;
    }
    Path where = directory != null ? directory : parent(targets.get(0));
    if (directory != null) {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new OutputException("cannot make the directory " + shown(directory) + ": " + why(e));
      }
    }
    try {
      Path probe = Temporary.create(where);
      Temporary.remove(probe);
    } catch (IOException e) {
      throw new OutputException("cannot write into " + shown(where) + ": " + why(e));
    }
  }

  /** Writes the report of the input at {@code index} to its file, whole or not at all. */
  void write(int index, String report) throws OutputException {
    write(index, report.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code content} for the input at {@code index} to its file, whole or not at all. */
  void write(int index, byte[] content) throws OutputException {
    Path target = targets.get(index);
    try {
      replace(target, content);
    } catch (IOException e) {
      throw new OutputException("cannot write " + shown(target) + ": " + why(e));
    }
  }

  /**
   * The report of the input at {@code index}, to be written a piece at a time, in as little memory
   * as a piece: into a temporary file beside its target, renamed into place by {@link
   * Streamed#commit} once whole. Closed without a commit (the run failed or was stopped), the
   * temporary file is removed and the target left as it was.
   */
  Streamed stream(int index) throws OutputException {
    Path target = targets.get(index);
    try {
      Path temporary = Temporary.create(parent(target));
      return new Streamed(target, temporary, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException("cannot write " + shown(target) + ": " + why(e));
    }
  }

  /** A report being written into a temporary file beside its target ({@link #stream}). */
  static final class Streamed implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;

    private Streamed(Path target, Path temporary, Writer writer) {
      this.target = target;
      this.temporary = temporary;
      this.writer = writer;
    }

    /** Where the report goes, a piece at a time. */
    Writer writer() {
      return writer;
    }

    /** Why writing failed, as {@link #write} says it: the target and the reason. */
    OutputException failed(IOException e) {
      return new OutputException("cannot write " + shown(target) + ": " + why(e));
    }

    /** Puts the whole report in place of its target, in one step. */
    void commit() throws OutputException {
      try {
        writer.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Removes the temporary file, if the report was not put in place. */
    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException e) {
        // the report is abandoned: what it held no longer matters
      }
      try {
        Temporary.remove(temporary);
      } catch (IOException e) {
        // the directory changed under the run: nothing more can be done here
      }
    }
  }

  /**
   * Replaces {@code target} with {@code content} in one step: the content goes to a temporary file
   * beside it, which is then renamed over it. Whatever happens, the target is the old file or the
   * whole new one.
   */
  static void replace(Path target, byte[] content) throws IOException {
    Path temporary = Temporary.create(parent(target));
    try {
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Temporary.remove(temporary);
    }
  }

  /**
   * Makes {@code target}, a file that must not exist, with {@code content}, whole or not at all,
   * and never over a file: the content goes to a temporary file beside it, which is then linked
   * under the target's name, a step that fails if a file of that name has appeared meanwhile.
   *
   * @throws FileAlreadyExistsException if {@code target} exists
   */
  static void create(Path target, byte[] content) throws IOException {
    Path temporary = Temporary.create(parent(target));
    try {
      Files.write(temporary, content);
      try {
        Files.createLink(target, temporary);
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (e instanceof FileAlreadyExistsException exists) {
          throw exists;
        }
        // a file system without hard links: a move that refuses an existing target
        Files.move(temporary, target);
      }
    } finally {
      Temporary.remove(temporary);
    }
  }

  /** Why an operation on a file failed, in words: "permission denied", "no space left on device". */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "there is no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "an I/O error (" + e.getClass().getSimpleName() + ")";
    }
    return Printable.line(reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
  }

  private static String shown(Path path) {
    return Printable.line(path.toString());
  }

  /**
   * Standard output or standard error, UTF-8 whatever the locale, that keeps the first failure
   * to write: {@link PrintWriter} itself swallows it, and only says through {@code checkError()}
   * that one happened.
   */
  static PrintWriter standardStream(OutputStream stream, boolean autoFlush) {
    return new StandardStream(new FailureKeeping(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), autoFlush);
  }

  /** Flushes standard output, and says why if anything written to it since it was opened was lost. */
  static void checkStandardOutput(PrintWriter out) throws OutputException {
    if (out.checkError()) {
      IOException failure = out instanceof StandardStream stream ? stream.writer.failure : null;
      throw new OutputException("cannot write to standard output" + (failure == null ? "" : ": " + why(failure)));
    }
  }

  private static final class StandardStream extends PrintWriter {
    final FailureKeeping writer;

    StandardStream(FailureKeeping writer, boolean autoFlush) {
      super(writer, autoFlush);
      this.writer = writer;
    }
  }

  private static final class FailureKeeping extends FilterWriter {
    IOException failure;

    FailureKeeping(Writer out) {
      super(out);
    }

    private IOException kept(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      try {
        super.write(text, offset, length);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        super.write(text, offset, length);
      } catch (IOException e) {
        throw kept(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw kept(e);
      }
    }
  }

  /**
   * The temporary files being written, removed if the run is stopped: a shutdown hook runs on
   * SIGTERM and SIGINT (and on a normal exit, when there are none left).
   */
  private static final class Temporary {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> OPEN = new HashSet<>();
    private static boolean stopping;

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(Temporary::removeAll, "kcsp-remove-temporary-files"));
    }

    private Temporary() {}

    /** A new, empty temporary file in {@code directory}, with the permissions a new file gets there. */
    static Path create(Path directory) throws IOException {
      synchronized (OPEN) {
        if (stopping) {
          throw new IOException("the run is being stopped");
        }
        while (true) {
          Path file = directory.resolve(".kcsp-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
          try {
            Files.createFile(file);
            OPEN.add(file);
            return file;
          } catch (FileAlreadyExistsException e) {
            // another name, then
          }
        }
      }
    }

    /** Deletes the file if it is still there (it is not once renamed into place). */
    static void remove(Path file) throws IOException {
      synchronized (OPEN) {
        OPEN.remove(file);
      }
      Files.deleteIfExists(file);
    }

    private static void removeAll() {
      synchronized (OPEN) {
        stopping = true;
        for (Path file : OPEN) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            // the run is ending: nothing more can be done, and nothing said would be read
          }
        }
        OPEN.clear();
      }
    }
  }
}
