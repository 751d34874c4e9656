module com.example.partnerships {
  requires org.kcsp.rules;
  requires org.kcsp.model;
  requires org.slf4j;                                // the logging API kcsp and Drools use
  requires com.fasterxml.jackson.dataformat.yaml;    // the reader's JSON and YAML
  requires com.fasterxml.jackson.databind;           // only to use Jackson's ObjectMapper
  opens rules;                                       // only for rules read by addRulesFromClasspath
}
