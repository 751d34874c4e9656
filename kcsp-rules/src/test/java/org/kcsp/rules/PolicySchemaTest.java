package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.Document.Value;
import org.kcsp.model.io.RecordReader;

/**
 * The JSON Schema of {@code kcsp-policy/1} shipped with the library says what the reader reads: its
 * keys, the catalogue's rules, and each rule's parameters with their units.
 */
class PolicySchemaTest {

  private static Value schema() {
    return Document.parse(Policy.jsonSchema(), RecordReader.Syntax.JSON, "kcsp-policy-1.schema.json", "schema").root();
  }

  @Test
  void is_a_draft_2020_12_schema_of_the_readers_keys() {
    Value schema = schema();
    assertThat(schema.get("$schema").text()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("properties").get("format").get("const").text()).isEqualTo(Policy.FORMAT);
    assertThat(schema.get("properties").keys()).containsExactlyElementsOf(PolicyFiles.KEYS);
    assertThat(schema.get("required").items()).extracting(Value::text).containsExactly("format", "id");
    assertThat(schema.get("properties").get("grantConditions").get("items").get("enum").items()).extracting(Value::text)
        .containsExactlyElementsOf(Arrays.stream(GrantConditions.values()).map(GrantConditions::id).toList());
    assertThat(schema.get("$defs").get("rule").get("properties").keys()).containsExactlyElementsOf(PolicyFiles.RULE_KEYS);
  }

  @Test
  void names_every_rule_of_the_catalogue_with_its_parameters_and_their_units() {
    Value schema = schema();
    Value rules = schema.get("properties").get("rules").get("properties");
    Map<String, Map<String, String>> inSchema = new TreeMap<>();
    for (String id : rules.keys()) {
      Map<String, String> parameters = new TreeMap<>();
      Value rule = rules.get(id);
      if (rule.get("properties") != null) {
        Value declared = rule.get("properties").get("parameters").get("properties");
        for (String name : declared.keys()) {
          parameters.put(name, declared.get(name).get("$ref").text().replace("#/$defs/", ""));
        }
      }
      inSchema.put(id, parameters);
    }
    Map<String, Map<String, String>> inCatalogue = new TreeMap<>();
    for (RuleDescriptor rule : ComplianceEngine.standard().catalog().rules()) {
      Map<String, String> units = new TreeMap<>();
      rule.parameters().forEach((name, value) -> units.put(name,
          value.endsWith(" days") || value.endsWith(" day") ? "days" : value.contains(" month") ? "months" : "fraction"));
      inCatalogue.put(rule.id(), units);
    }
    assertThat(inSchema).isEqualTo(inCatalogue);
    Value defs = schema.get("$defs");
    assertThat(defs.get("days").get("minimum").text()).isEqualTo("0");
    assertThat(defs.get("days").get("maximum").text()).isEqualTo("3660");
    assertThat(defs.get("months").get("minimum").text()).isEqualTo("1");
    assertThat(defs.get("months").get("maximum").text()).isEqualTo("120");
  }
}
