package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kcsp.rules.assertj.ComplianceAssertions.assertThat;

import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.modelcompiler.CanonicalKieModule;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.internal.RuleBase;

class ComplianceEngineTest {

  private static final ComplianceEngine ENGINE = ComplianceEngine.standard();

  @Test
  void loads_the_standard_rules_from_the_executable_model_compiled_at_build_time() {
    // GIVEN the class path the engine loads from
    KieContainerImpl container = (KieContainerImpl) KieServices.get()
        .getKieClasspathContainer(RuleBase.class.getClassLoader());
    // THEN the module that owns the standard rule base is the executable model, not DRL compiled now
    assertThat(container.getKieModuleForKBase(RuleBase.STANDARD)).isInstanceOf(CanonicalKieModule.class);
  }

  @Test
  void stays_silent_on_the_compliant_kcsp_of_14_july_2022() {
    // GIVEN the KCSP as the minutes of 14 July 2022 describe it
    PartnershipRecord record = Kcsp2022.record().build();
    // WHEN it is checked on that day
    ComplianceReport report = ENGINE.check(record, Kcsp2022.MINUTES);
    // THEN nothing is found
    assertThat(report).hasNoFindings();
    assertThat(report.asOf()).isEqualTo(Kcsp2022.MINUTES);
    assertThat(report.partnershipId()).isEqualTo("KCSP");
  }

  @Test
  void checks_a_record_as_of_its_own_date() {
    PartnershipRecord record = Kcsp2022.record().build();
    assertThat(ENGINE.check(record)).isEqualTo(ENGINE.check(record, Kcsp2022.MINUTES));
  }

  @Test
  void gives_equal_reports_for_the_same_record_and_date() {
    PartnershipRecord record = Kcsp2022.record().build();
    assertThat(ENGINE.check(record, Kcsp2022.MINUTES.plusYears(1)))
        .isEqualTo(ENGINE.check(record, Kcsp2022.MINUTES.plusYears(1)));
  }
}
