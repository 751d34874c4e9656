package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.Money;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.rules.Kcsp2022Records;

/** Where a project is in the record as written, whatever place it is asked for at. */
class RecordPathsTest {

  private static final PartnershipRecord RECORD = Kcsp2022Records.record()
      .addGrants(Grant.builder().id("G-PATHS").programme("Crime Reduction Grant").funder("KENT-PCC")
          .financialYear(FinancialYear.parse("2022/23")).allocation(Money.of("1000")).tacticalPot(Money.of("300"))
          .addProjects(project("first"), project("second"), project("third"))
          .build())
      .build();

  private static Project project(String id) {
    return Project.builder().id(id).title(id).pot(Pot.UPFRONT).status(ProjectStatus.APPROVED).build();
  }

  @Test
  void gives_a_project_the_path_of_its_place_in_its_grant() {
    // GIVEN the paths of the record, whose last grant is G-PATHS
    int grant = RECORD.grants().size() - 1;
    RecordPaths.ProjectPaths paths = RecordPaths.of(RECORD).projects("G-PATHS");
    // THEN each project found at its own place is named by it
    assertThat(paths.of("first", 0)).isEqualTo("$.grants[" + grant + "].projects[0]");
    assertThat(paths.of("third", 2)).isEqualTo("$.grants[" + grant + "].projects[2]");
  }

  @Test
  void names_a_project_asked_for_at_another_place_by_its_place_in_the_record_as_written() {
    int grant = RECORD.grants().size() - 1;
    RecordPaths.ProjectPaths paths = RecordPaths.of(RECORD).projects("G-PATHS");
    assertThat(paths.of("third", 0)).isEqualTo("$.grants[" + grant + "].projects[2]");
    assertThat(paths.of("second", 7)).isEqualTo("$.grants[" + grant + "].projects[1]");
  }
}
