package org.kcsp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kcsp.model.io.RecordModule;
import org.kcsp.rules.report.JsonReport;
import org.kcsp.rules.report.TextReport;

/**
 * An application on the module path, whose module-info declares what the README says a modular
 * application declares (src/it/modular-app).
 */
class ModularApplicationIT {

  private static final Path APPLICATION = Run.APPLICATIONS.resolve("modular-app");
  private static final String MODULE_PATH = APPLICATION.resolve("target/modular-app-1.0.jar") + File.pathSeparator
      + APPLICATION.resolve("target/lib");

  @TempDir Path dir;

  private Run run(String mode) throws IOException, InterruptedException {
    Path classes = dir.resolve("classes-" + mode + ".log");
    List<String> command = Run.java(classes);
    command.addAll(List.of("--module-path", MODULE_PATH, "-m", "com.example.partnerships/org.kcsp.it.modular.App", mode,
        Run.RECORD.toString()));
    return Run.of(command, dir).withClasses(classes);
  }

  @Test
  void checks_a_record_with_the_standard_rules_of_the_executable_model() throws Exception {
    Run run = run("check");
    assertThat(run.out()).isEqualTo(TextReport.render(Expected.report(Run.RECORD)));
    run.assertTheExecutableModelWasUsed();
    Run.assertNoWarnings(run.err());
  }

  @Test
  void runs_the_applications_own_rules_from_its_module() throws Exception {
    Run run = run("custom");
    assertThat(run.out().lines()).isNotEmpty().containsExactlyElementsOf(Expected.ownRuleMessages(APPLICATION, Run.RECORD));
    Run.assertNoWarnings(run.err());
  }

  @Test
  void reads_records_and_writes_reports_with_a_jackson_mapper_that_found_kcsps_modules() throws Exception {
    Run run = run("jackson");
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(run.out())).isEqualTo(mapper.readTree(JsonReport.render(Expected.report(Run.RECORD, RecordModule.DEFAULT_SOURCE))));
    Run.assertNoWarnings(run.err());
  }
}
