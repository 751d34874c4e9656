package org.kcsp.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kcsp.rules.internal.FiringRule;

/** The API boundary and the layering, tested as ArchUnit tests its own API. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.kcsp.model", "org.kcsp.rules");

  @Test
  void the_model_never_depends_on_the_rules() {
    noClasses().that().resideInAPackage("org.kcsp.model..")
        .should().dependOnClassesThat().resideInAPackage("org.kcsp.rules..")
        .check(CLASSES);
  }

  @Test
  void the_model_never_depends_on_drools() {
    noClasses().that().resideInAPackage("org.kcsp.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
        .check(CLASSES);
  }

  @Test
  void no_drools_type_appears_in_a_public_signature_of_the_rules_api() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : CLASSES) {
      if (!isApi(type)) {
        continue;
      }
      Stream.of(type.getMethods(), type.getConstructors())
          .flatMap(java.util.Set::stream)
          .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC)
              || member.getModifiers().contains(JavaModifier.PROTECTED))
          .forEach(member -> signatureTypes(member).stream()
              .filter(ArchitectureTest::isDrools)
              .forEach(leak -> leaks.add(member.getFullName() + " uses " + leak.getName())));
      type.getFields().stream()
          .filter(field -> field.getModifiers().contains(JavaModifier.PUBLIC))
          .filter(field -> isDrools(field.getRawType()))
          .forEach(field -> leaks.add(field.getFullName()));
      type.getRawSuperclass().filter(ArchitectureTest::isDrools).ifPresent(s -> leaks.add(type.getName() + " extends " + s.getName()));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void neither_model_nor_rules_read_the_clock() {
    noClasses().that().resideInAnyPackage("org.kcsp.model..", "org.kcsp.rules..")
        .should().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CLASSES);
  }

  /**
   * Nothing outside the engine uses the internals: no public or protected signature of the API,
   * the reports, the assertions or the rule-author package names an internal type, not even as a
   * type argument ({@code List<RuleBase>}), a field, a supertype or an exception.
   */
  @Test
  void no_public_signature_outside_the_engine_names_an_internal_type() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : CLASSES) {
      if (!isApi(type)) {
        continue;
      }
      Stream.of(type.getMethods(), type.getConstructors())
          .flatMap(java.util.Set::stream)
          .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC)
              || member.getModifiers().contains(JavaModifier.PROTECTED))
          .forEach(member -> {
            List<JavaType> types = new ArrayList<>(member.getParameterTypes());
            types.add(member.getReturnType());
            types.addAll(member.getThrowsClause().getTypes());
            internalTypesIn(types).forEach(leak -> leaks.add(member.getFullName() + " uses " + leak));
          });
      type.getFields().stream()
          .filter(field -> field.getModifiers().contains(JavaModifier.PUBLIC)
              || field.getModifiers().contains(JavaModifier.PROTECTED))
          .forEach(field -> internalTypesIn(List.of(field.getType()))
              .forEach(leak -> leaks.add(field.getFullName() + " is a " + leak)));
      List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
      type.getSuperclass().ifPresent(supertypes::add);
      internalTypesIn(supertypes).forEach(leak -> leaks.add(type.getName() + " extends " + leak));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void the_api_packages_cover_the_reports_the_assertions_and_the_rule_author_package() {
    assertThat(CLASSES.stream().filter(ArchitectureTest::isApi).map(JavaClass::getPackageName).distinct())
        .contains("org.kcsp.rules", "org.kcsp.rules.report", "org.kcsp.rules.assertj", "org.kcsp.rules.spi");
  }

  @Test
  void the_reports_and_the_assertions_never_use_the_internals() {
    noClasses().that().resideInAnyPackage("org.kcsp.rules.report..", "org.kcsp.rules.assertj..")
        .should().dependOnClassesThat().resideInAPackage("org.kcsp.rules.internal..")
        .check(CLASSES);
  }

  @Test
  void the_rule_author_package_uses_the_internals_only_to_learn_which_rule_is_firing() {
    noClasses().that().resideInAPackage("org.kcsp.rules.spi..")
        .should().dependOnClassesThat(resideInAPackage("org.kcsp.rules.internal..")
            .and(not(equivalentTo(FiringRule.class))))
        .check(CLASSES);
  }

  private static List<String> internalTypesIn(List<? extends JavaType> types) {
    return types.stream()
        .flatMap(t -> t.getAllInvolvedRawTypes().stream())
        .filter(t -> t.getPackageName().startsWith("org.kcsp.rules.internal"))
        .map(JavaClass::getName)
        .distinct()
        .toList();
  }

  private static boolean isApi(JavaClass type) {
    String name = type.getPackageName();
    return type.getModifiers().contains(JavaModifier.PUBLIC)
        && name.startsWith("org.kcsp.rules")
        && !name.startsWith("org.kcsp.rules.internal")
        && !name.startsWith("org.kcsp.rules.drl");
  }

  private static List<JavaClass> signatureTypes(JavaCodeUnit member) {
    List<JavaClass> types = new ArrayList<>(member.getRawParameterTypes());
    types.add(member.getRawReturnType());
    member.getThrowsClause().getTypes().forEach(types::add);
    return types;
  }

  private static boolean isDrools(JavaClass type) {
    return type.getPackageName().startsWith("org.drools") || type.getPackageName().startsWith("org.kie");
  }
}
