package org.kcsp.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter a rule declares in its {@code @parameters} metadata: its name, its unit and its
 * default, which a policy may change.
 *
 * @param name such as {@code "maxDaysApart"}
 * @param unit days, months or a fraction
 * @param defaultValue its value unless a policy sets it, canonical ({@code "92"}, {@code "1/3"})
 */
public record ParameterDeclaration(String name, ParameterUnit unit, String defaultValue) {

  /**
   * The declarations of {@code @parameters}, by name, in their order: declarations separated by
   * commas, such as {@code "maxDaysApart = 92 days"}.
   *
   * @throws IllegalArgumentException when one is not written as a declaration, or a name is given twice
   */
  static Map<String, ParameterDeclaration> parse(String metadata) {
    Map<String, ParameterDeclaration> declared = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String text : metadata.split(",")) {
      try {
        ParameterDeclaration declaration = ParameterUnit.declaration(text);
        if (declared.put(declaration.name(), declaration) != null) {
          problems.add("declares " + declaration.name() + " twice");
        }
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return declared;
  }
}
