package org.kcsp.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Printable;
import org.kcsp.model.Tier;
import org.kcsp.model.io.RecordReader.Syntax;
import org.kcsp.model.io.RecordWriter;
import org.kcsp.workbook.RecordWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kcsp new --output FILE}: a new record to fill in, a kcsp-record/2 skeleton of every section. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {
      "Writes a new kcsp-record/2 record to fill in, valid as it stands.",
      "",
      "It holds the partnership, its council (and, for a district, the county council),",
      "the other responsible authorities and the police and crime commissioner, with",
      "placeholders to replace. Every other section is left out, that is not recorded,",
      "so kcsp validate reports evidence gaps, not findings of \"none\". In YAML each",
      "section is there as a commented-out template to uncomment and fill in; in JSON,",
      "editors complete the sections from the schema.",
      "",
      "The record names its schema, ./kcsp-record.schema.json beside it (\"$schema\" in",
      "JSON, a yaml-language-server comment in YAML); write it there with",
      "  ./kcsp schema record > kcsp-record.schema.json",
      "",
      "As a workbook (.xlsx), it holds every sheet with its header row, drop-downs",
      "for the choices and a Read me sheet; a sheet with only its header row says",
      "there are none, so delete the sheet of each list you have not recorded.",
      "",
      "It never writes over a file: an --output that exists is refused.",
      "",
      "Exit status: 0 written; 2 bad usage, an --output that exists or that cannot be",
      "written."
    })
final class NewCommand implements Callable<Integer> {

  /** The formats a new record can be written in. */
  enum Format { JSON, YAML, XLSX }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--tier", defaultValue = "DISTRICT", paramLabel = "TIER",
      description = "COUNTY, DISTRICT or UNITARY (default: ${DEFAULT-VALUE})")
  Tier tier;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json, yaml or xlsx (default: as the --output file's name ends)")
  Format format;

  @Option(names = "--output", required = true, paramLabel = "FILE",
      description = "the new file (.json, .yaml, .yml or .xlsx), which must not exist")
  String output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (output.isBlank()) {
      throw usage("--output is empty: give the new file to write, such as maidstone.yaml");
    }
    boolean workbook = output.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    Syntax named = Syntax.ofFileName(output);
    if (named == null && !workbook) {
      throw usage("--output " + Printable.line(output) + " must end in .json, .yaml, .yml or .xlsx, or kcsp will not read it");
    }
    String ending = workbook ? "XLSX" : named.name();
    if (format != null && !format.name().equals(ending)) {
      throw usage("--format " + format.name().toLowerCase(Locale.ROOT) + " does not match --output "
          + Printable.line(output) + ", whose ending says " + ending.toLowerCase(Locale.ROOT));
    }
    Path file;
    try {
      file = Path.of(output);
    } catch (InvalidPathException e) {
      err.println("kcsp: --output " + Arguments.quoted(output) + " " + Arguments.unnamable(e));
      return KcspCommand.BAD_INPUT;
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      err.println(exists(file));
      return KcspCommand.BAD_INPUT;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      String where = Printable.line(String.valueOf(file.getParent()));
      err.println("kcsp: cannot write " + Printable.line(output) + ": "
          + (Files.exists(parent) ? where + " is not a directory" : "there is no such directory " + where));
      return KcspCommand.BAD_INPUT;
    }
    try {
      ReportOutput.create(file, workbook ? RecordWorkbook.template(RecordSkeleton.record(tier))
          : skeleton(tier, named).getBytes(StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException e) {
      err.println(exists(file));
      return KcspCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("kcsp: cannot write " + Printable.line(output) + ": " + ReportOutput.why(e));
      return KcspCommand.BAD_INPUT;
    }
    Path schema = file.getParent() == null ? Path.of("kcsp-record.schema.json") : file.getParent().resolve("kcsp-record.schema.json");
    PrintWriter out = spec.commandLine().getOut();
    if (workbook) {
      out.println("Wrote " + Printable.line(output) + ": a kcsp-record/2 workbook of a " + tier + " partnership, every sheet"
          + " with its header row; its Read me sheet says what each sheet is for.");
      out.println("Delete the sheet of each list you have not recorded; a sheet with only its header says there are none.");
      out.println("Then, as you fill it in: ./kcsp validate " + Printable.line(output));
      return KcspCommand.OK;
    }
    out.println("Wrote " + Printable.line(output) + ": a kcsp-record/2 skeleton of a " + tier + " partnership.");
    out.println("For your editor: ./kcsp schema record > " + Printable.line(schema.toString()));
    out.println("Then, as you fill it in: ./kcsp validate " + Printable.line(output));
    return KcspCommand.OK;
  }

  /** The skeleton of a partnership of {@code tier}, as a file in {@code syntax}. */
  static String skeleton(Tier tier, Syntax syntax) {
    PartnershipRecord record = RecordSkeleton.record(tier);
    if (syntax == Syntax.JSON) {
      return SchemaReference.add(RecordWriter.toJson(record), Syntax.JSON, SchemaReference.BESIDE);
    }
    return RecordSkeleton.yamlHeader(tier) + RecordWriter.toYaml(record) + RecordSkeleton.yamlSections(tier);
  }

  private static String exists(Path file) {
    return "kcsp: --output " + Printable.line(file.toString()) + " exists: kcsp new never writes over a file; give a new name";
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
