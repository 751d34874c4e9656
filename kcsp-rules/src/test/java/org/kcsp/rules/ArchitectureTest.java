package org.kcsp.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
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

  @Test
  void the_rules_api_exposes_no_internal_type() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass type : CLASSES) {
      if (!isApi(type)) {
        continue;
      }
      type.getMethods().stream()
          .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC))
          .forEach(member -> signatureTypes(member).stream()
              .filter(t -> t.getPackageName().startsWith("org.kcsp.rules.internal"))
              .forEach(leak -> leaks.add(member.getFullName() + " uses " + leak.getName())));
    }
    assertThat(leaks).isEmpty();
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
