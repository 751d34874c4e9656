/** What README's "Use kcsp in your application" says a modular application declares. */
module org.kcsp.it.modular {
  requires org.kcsp.rules;
  requires org.kcsp.model;
  requires org.slf4j;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.databind;
  opens rules;
}
