package org.kcsp.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.common.InternalFactHandle;
import org.drools.modelcompiler.consequence.LambdaConsequence;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.spi.Missing;
import org.kcsp.rules.spi.Raised;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * The standard rules load from the executable model compiled at build time, and never from DRL;
 * what the rules of a check insert is read in the order they inserted it.
 */
class RuleBaseTest {

  private static final Path DRL = Path.of("src/main/resources/org/kcsp/rules/drl");

  private static Set<String> ruleNames(KieBase kieBase) {
    Set<String> names = new TreeSet<>();
    kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules().forEach(rule -> names.add(rule.getName())));
    return names;
  }

  private static List<Path> drlFiles() throws IOException {
    try (Stream<Path> files = Files.list(DRL)) {
      return files.filter(file -> file.toString().endsWith(".drl")).sorted().toList();
    }
  }

  @Test
  void loads_every_standard_rule_from_the_executable_model_compiled_at_build_time() throws IOException {
    // GIVEN the standard rule base
    KieBase kieBase = RuleBase.standard().kieBase();
    // THEN each rule's consequence is a lambda of the model, not Java compiled from DRL now, and
    // every rule of the DRL files is there
    kieBase.getKiePackages().forEach(kiePackage -> kiePackage.getRules().forEach(rule ->
        assertThat(((RuleImpl) rule).getConsequence()).as(rule.getName()).isInstanceOf(LambdaConsequence.class)));
    KnowledgeBuilder builder = compile(drlFiles());
    assertThat(ruleNames(kieBase)).isNotEmpty().isEqualTo(ruleNames(builder.newKieBase()));
  }

  @Test
  void compiles_every_standard_drl_file_at_run_time_too() throws IOException {
    // GIVEN the standard DRL files, compiled as an application's own rules are, at run time
    KnowledgeBuilder builder = compile(drlFiles());
    // THEN they compile: the rule base never falls back to them, but they stay valid DRL for both
    // compilers (MVEL's keywords, such as until, are not property names there)
    assertThat(builder.getErrors()).isEmpty();
    assertThat(drlFiles()).extracting(file -> file.getFileName().toString()).contains("waivers.drl", "grants.drl");
  }

  @Test
  void says_which_class_of_the_executable_model_is_missing() {
    // GIVEN a listing of the model that names a class the class path does not hold
    String listing = "Drools-Model-Version:10.2.0\norg.kcsp.rules.drl.RulesGone\n";
    // THEN loading it fails and names the class and the listing, rather than compile DRL instead
    assertThatThrownBy(() -> RuleBase.models(listing, RuleBaseTest.class.getClassLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("kcsp-rules' executable model cannot be loaded: org.kcsp.rules.drl.RulesGone, listed in "
            + "META-INF/kie/org.kcsp/kcsp-rules/drools-model: java.lang.ClassNotFoundException");
  }

  @Test
  void says_so_when_the_executable_model_lists_no_class() {
    assertThatThrownBy(() -> RuleBase.models("Drools-Model-Version:10.2.0\n", RuleBaseTest.class.getClassLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("kcsp-rules' executable model lists no class in META-INF/kie/org.kcsp/kcsp-rules/drools-model");
  }

  /**
   * The standard DRL compiled as at run time. Property reactivity is allowed, not imposed: imposed,
   * the run-time compiler logs a warning for each constraint that names another pattern's variable
   * (which the executable model, where the rules run, does not); whether the files compile is the
   * same either way.
   */
  private static KnowledgeBuilder compile(List<Path> files) throws IOException {
    KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
    configuration.setOption(PropertySpecificOption.ALLOWED);
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    var batch = builder.batch();
    for (Path file : files) {
      batch.add(ResourceFactory.newByteArrayResource(Files.readString(file, StandardCharsets.UTF_8)
          .getBytes(StandardCharsets.UTF_8)).setSourcePath(file.getFileName().toString()), ResourceType.DRL);
    }
    batch.build();
    return builder;
  }

  private static List<Long> ids(InternalFactHandle[] handles) {
    return Arrays.stream(handles).map(InternalFactHandle::getId).toList();
  }

  @Test
  void lists_the_handles_of_facts_in_the_order_of_their_ids_that_is_of_insertion() {
    // GIVEN handles with ids 0 to 9,999 and the largest id packed beside a position, in a shuffled order
    List<InternalFactHandle> handles = new ArrayList<>();
    for (long id = 0; id < 10_000; id++) {
      handles.add(new DefaultFactHandle(id, "fact " + id));
    }
    handles.add(new DefaultFactHandle(Integer.MAX_VALUE, "the last"));
    Collections.shuffle(handles, new Random(11));
    InternalFactHandle[] given = handles.toArray(new InternalFactHandle[0]);
    // WHEN they are put in order
    InternalFactHandle[] sorted = RuleBase.byInsertion(given);
    // THEN they are in increasing order of id, each with its own fact, and what was given is as it was
    assertThat(ids(sorted)).isSorted().doesNotHaveDuplicates().hasSize(10_001)
        .startsWith(0L, 1L, 2L).endsWith(9_999L, (long) Integer.MAX_VALUE);
    assertThat(sorted).allSatisfy(handle -> assertThat(handle.getObject())
        .isEqualTo(handle.getId() == Integer.MAX_VALUE ? "the last" : "fact " + handle.getId()));
    assertThat(given).containsExactlyElementsOf(handles);
  }

  @Test
  void lists_handles_in_the_order_of_their_ids_when_an_id_is_too_large_to_pack() {
    // GIVEN handles one of whose ids is beyond the largest int
    InternalFactHandle[] given = {
        new DefaultFactHandle(7, "seven"), new DefaultFactHandle(1L << 40, "large"), new DefaultFactHandle(3, "three")};
    // WHEN they are put in order
    InternalFactHandle[] sorted = RuleBase.byInsertion(given);
    // THEN they are in increasing order of id all the same
    assertThat(ids(sorted)).containsExactly(3L, 7L, 1L << 40);
    assertThat(Arrays.stream(sorted).map(InternalFactHandle::getObject)).containsExactly("three", "seven", "large");
  }

  @Test
  void gives_the_findings_and_gaps_of_a_check_in_the_order_the_rules_inserted_them() {
    // GIVEN a custom rule that inserts 2,000 findings and 500 gaps on subjects in a scrambled order
    String drl = """
        package com.example;
        import org.kcsp.rules.SubjectKind;
        import org.kcsp.rules.spi.Missing;
        import org.kcsp.rules.spi.Raised;
        rule "MANY_IN_ORDER"
          @severity("INFO") @title("t") @subject("s") @source("s") @needs("ALWAYS")
        when
          String( this == "go" )
        then
          for (int i = 0; i < 2000; i++) {
            insert(Raised.on(SubjectKind.PARTNERSHIP, "s" + (i * 7919 % 2000), "m"));
            if (i % 4 == 0) {
              insert(Missing.on(SubjectKind.PARTNERSHIP, "g" + (i * 7919 % 2000), "$.x", "m"));
            }
          }
        end
        """;
    RuleBase rules = RuleBase.withCustomRules(RuleBase.shared(), Map.of("order.drl", drl));
    // WHEN the rule fires
    RuleBase.Fired fired = rules.fire(List.of("go"), Set.of("MANY_IN_ORDER"), 10);
    // THEN the findings and gaps come in the order it inserted them
    List<String> raised = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      raised.add("s" + (i * 7919 % 2000));
      if (i % 4 == 0) {
        missing.add("g" + (i * 7919 % 2000));
      }
    }
    assertThat(fired.raised()).extracting(Raised::subject).containsExactlyElementsOf(raised);
    assertThat(fired.missing()).extracting(Missing::subject).containsExactlyElementsOf(missing);
  }
}
