package org.kcsp.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.Spelling;
import org.kcsp.rules.RuleDefinitionException;
import org.kcsp.rules.RuleExecutionException;
import org.kcsp.rules.RuleKind;
import org.kcsp.rules.Severity;
import org.kcsp.rules.spi.Missing;
import org.kcsp.rules.spi.LawDatesFact;
import org.kcsp.rules.spi.Needs;
import org.kcsp.rules.spi.PolicyFact;
import org.kcsp.rules.spi.Raised;

/**
 * The Drools side of an engine: a rule base built once and shared across threads, the metadata
 * of its rules (read and checked once), and one empty session per check, taken from a pool and
 * reset when it is returned.
 */
public final class RuleBase {

  /**
   * Where kie-maven-plugin lists the classes it compiled the standard rules into at build time (the
   * Drools executable model): a resource of kcsp-rules' own, at a path fixed by its Maven
   * identity. The standard rules are loaded from those classes by name, never by Drools' scan of
   * the class path for {@code META-INF/kmodule.xml}, which takes a jar's identity from the first
   * {@code pom.properties} in it (in a fat jar, another library's), then reads the whole jar, and
   * falls back to compiling the DRL at run time when the model is not where that identity says.
   */
  static final String EXECUTABLE_MODEL = "META-INF/kie/org.kcsp/kcsp-rules/drools-model";

  /** The metadata keys every rule declares. A rule's id is its name: it declares no {@code @id}. */
  static final List<String> REQUIRED_METADATA = List.of("severity", "title", "subject", "source", "needs");

  /**
   * The metadata key of a part of a rule: a DRL rule that raises findings or gaps under another
   * rule's id ({@code @partOf("GRANT_POT_OVERCOMMITTED")}). It declares nothing else, is not in the
   * catalogue, and runs exactly when the rule it is part of runs.
   */
  static final String PART_OF = "partOf";

  private final KieBase kieBase;
  // Sessions are reused: a disposed pooled session is reset and handed to the next check, which
  // saves building its node memories again (about a third of a warm check; docs/performance.md).
  // The pool starts with one session and grows to as many as there are threads checking at once.
  private final KieSessionsPool sessions;
  private final Map<String, RuleMetadata> metadata;
  /** The id each DRL rule raises under, by its name: its own name, or for a part the rule it is part of. */
  private final Map<String, String> ids;
  private final LawDatesFact lawDates;

  private RuleBase(KieBase kieBase, Set<String> standard) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(1);
    Map<String, String> names = new HashMap<>();
    this.metadata = readMetadata(kieBase, standard, names);
    this.ids = Map.copyOf(names);
    Map<String, Map<String, LocalDate>> dates = new HashMap<>();
    metadata.values().stream().filter(rule -> !rule.lawDates().isEmpty()).forEach(rule -> dates.put(rule.id(), rule.lawDates()));
    this.lawDates = LawDatesFact.of(dates);
  }

  private static final class Shared {
    static final RuleBase RULES = standard();
  }

  /**
   * The standard rules, loaded once per class loader: what engines of the standard rules and the
   * built-in policies share.
   */
  public static RuleBase shared() {
    return Shared.RULES;
  }

  /**
   * The standard rules, from the executable model compiled at build time. Never from DRL: without
   * the model, kcsp-rules is not whole, and this says so rather than compile the rules now.
   *
   * @throws IllegalStateException if the executable model is not on the class path
   */
  public static RuleBase standard() {
    ClassLoader loader = RuleBase.class.getClassLoader();
    KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader);
    return new RuleBase(KieBaseBuilder.createKieBaseFromModel(executableModel(loader), configuration), null);
  }

  /** The classes of the executable model, one {@link Model} for each package of standard rules. */
  private static List<Model> executableModel(ClassLoader loader) {
    try (InputStream in = RuleBase.class.getResourceAsStream("/" + EXECUTABLE_MODEL)) {
      if (in == null) {
        throw new IllegalStateException("kcsp-rules' executable model is missing: no " + EXECUTABLE_MODEL
            + " beside " + RuleBase.class.getName() + "; was kcsp-rules' jar repackaged without its META-INF/kie"
            + " directory?");
      }
      return models(new String(in.readAllBytes(), StandardCharsets.UTF_8), loader);
    } catch (IOException e) {
      throw new UncheckedIOException("kcsp-rules' executable model cannot be read: " + EXECUTABLE_MODEL, e);
    }
  }

  /**
   * The models a listing names, one class name a line after the line naming the version of Drools
   * that wrote it ({@code Drools-Model-Version:10.2.0}).
   *
   * @throws IllegalStateException if a class cannot be loaded, or none is named
   */
  static List<Model> models(String listing, ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String name : listing.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":")).toList()) {
      try {
        models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
        throw new IllegalStateException("kcsp-rules' executable model cannot be loaded: " + name + ", listed in "
            + EXECUTABLE_MODEL + ": " + e, e);
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("kcsp-rules' executable model lists no class in " + EXECUTABLE_MODEL);
    }
    return models;
  }

  /**
   * The standard rules plus DRL compiled now.
   *
   * @param sources DRL text by the name to use for it in error messages
   */
  public static RuleBase withCustomRules(RuleBase standard, Map<String, String> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    sources.forEach((name, drl) -> builder.add(
        ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(name),
        ResourceType.DRL));
    if (builder.hasErrors()) {
      List<String> problems = new ArrayList<>();
      for (KnowledgeBuilderError error : builder.getErrors()) {
        String source = error.getResource() == null ? "custom rules" : error.getResource().getSourcePath();
        String message = error.getMessage().strip();
        if (message.equals("Parser returned a null Package") && builder.getErrors().size() > 1) {
          continue; // the parse error that caused it is reported on its own
        }
        Matcher parseError = PARSE_ERROR.matcher(message);
        int[] lines = error.getLines();
        String place = lines.length > 0 && lines[0] > 0 ? ", line " + lines[0] : "";
        if (parseError.matches()) {
          place = ", line " + parseError.group(1) + ", column " + (Integer.parseInt(parseError.group(2)) + 1);
          message = parseError.group(3);
        }
        problems.add(source + place + ": " + message);
      }
      throw new RuleDefinitionException(problems);
    }
    InternalKnowledgeBase combined = KnowledgeBaseFactory.newKnowledgeBase();
    combined.addPackages(standard.kieBase.getKiePackages());
    combined.addPackages(builder.getKnowledgePackages());
    return new RuleBase(combined, standard.metadata().keySet());
  }

  /** The underlying Drools rule base: for the engine's own tests, never returned to users. */
  KieBase kieBase() {
    return kieBase;
  }

  /**
   * The policy fact of a check under a policy: every parameter the rules declare, at the value
   * the policy gives it ({@code values}: by rule, then by parameter, canonical), else at its default.
   *
   * @param id the policy's id
   * @param grantConditions the grant conditions its grants are under by default
   */
  public PolicyFact policyFact(String id, Collection<GrantConditions> grantConditions,
      Map<String, Map<String, String>> values) {
    Map<String, Map<String, Object>> parameters = new HashMap<>();
    for (RuleMetadata rule : metadata.values()) {
      Map<String, String> set = values.getOrDefault(rule.id(), Map.of());
      Map<String, Object> typed = new HashMap<>();
      for (ParameterDeclaration declared : rule.parameters().values()) {
        typed.put(declared.name(), declared.unit().value(set.getOrDefault(declared.name(), declared.defaultValue())));
      }
      if (!typed.isEmpty()) {
        parameters.put(rule.id(), typed);
      }
    }
    return PolicyFact.of(id, Set.copyOf(grantConditions), parameters, lawDates);
  }

  /** The dates of the law its rules declare in {@code @lawDates}: the same fact in every check. */
  public LawDatesFact lawDates() {
    return lawDates;
  }

  /** Each rule's metadata, by rule name (its id), in a stable order. */
  public Map<String, RuleMetadata> metadata() {
    return metadata;
  }

  /**
   * Reads every rule's metadata and checks it: the catalogue entries by id, and into {@code ids}
   * the id each DRL rule raises under, parts included. {@code standard} names the standard rules
   * (null when these are they), which alone may be grant conditions.
   */
  private static Map<String, RuleMetadata> readMetadata(KieBase kieBase, Set<String> standard, Map<String, String> ids) {
    Map<String, RuleMetadata> all = new TreeMap<>();
    Map<String, String> parts = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        String id = rule.getName();
        Map<String, String> values = new LinkedHashMap<>();
        rule.getMetaData().forEach((key, value) -> values.put(metadataKey(key), unquote(String.valueOf(value))));
        if (values.containsKey(PART_OF)) {
          Set<String> others = new TreeSet<>(values.keySet());
          others.remove(PART_OF);
          if (!others.isEmpty()) {
            problems.add("rule \"" + id + "\" is @partOf(\"" + values.get(PART_OF) + "\") and declares @"
                + String.join(", @", others) + ": a part has no metadata of its own, its rule's is declared on that rule");
          } else if (parts.put(id, values.get(PART_OF)) != null) {
            problems.add("rule \"" + id + "\" is defined twice");
          }
          continue;
        }
        int before = problems.size();
        for (String key : REQUIRED_METADATA) {
          if (!values.containsKey(key)) {
            problems.add("rule \"" + id + "\" has no @" + key + " metadata");
          }
        }
        if (values.containsKey("id")) {
          problems.add("rule \"" + id + "\" has @id(\"" + values.get("id") + "\"): a rule's name is its id, remove @id");
        }
        Severity severity = parse(Severity.class, values.get("severity"), id, "severity", problems);
        Needs needs = parse(Needs.class, values.get("needs"), id, "needs", problems);
        RuleKind kind = kind(values.get("kind"), id, standard == null || standard.contains(id), problems);
        Map<String, ParameterDeclaration> parameters = Map.of();
        if (values.containsKey("parameters")) {
          try {
            parameters = ParameterDeclaration.parse(values.get("parameters"));
          } catch (IllegalArgumentException e) {
            problems.add("rule \"" + id + "\" has @parameters(\"" + values.get("parameters") + "\"): " + e.getMessage());
          }
        }
        Optional<LocalDate> inForceFrom = Optional.empty();
        if (values.containsKey("inForceFrom")) {
          try {
            inForceFrom = Optional.of(LawDates.date(values.get("inForceFrom")));
          } catch (IllegalArgumentException e) {
            problems.add("rule \"" + id + "\" has @inForceFrom(\"" + values.get("inForceFrom") + "\"): " + e.getMessage());
          }
        }
        Map<String, LocalDate> lawDates = Map.of();
        if (values.containsKey("lawDates")) {
          try {
            lawDates = LawDates.parse(values.get("lawDates"));
          } catch (IllegalArgumentException e) {
            problems.add("rule \"" + id + "\" has @lawDates(\"" + values.get("lawDates") + "\"): " + e.getMessage());
          }
        }
        List<String> fingerprint = List.of();
        if (values.containsKey("fingerprint")) {
          try {
            fingerprint = fingerprintNames(values.get("fingerprint"));
          } catch (IllegalArgumentException e) {
            problems.add("rule \"" + id + "\" has @fingerprint(\"" + values.get("fingerprint") + "\"): " + e.getMessage());
          }
        }
        String title = values.get("title");
        String description = values.getOrDefault("description", title);
        Matcher placeholder = RuleMetadata.PLACEHOLDER.matcher(String.valueOf(description));
        while (placeholder.find()) {
          if (!parameters.containsKey(placeholder.group(1)) && !lawDates.containsKey(placeholder.group(1))) {
            problems.add("rule \"" + id + "\" has {" + placeholder.group(1) + "} in its @description, and no parameter of"
                + " that name in its @parameters nor date in its @lawDates");
          }
          if (parameters.containsKey(placeholder.group(1)) && lawDates.containsKey(placeholder.group(1))) {
            problems.add("rule \"" + id + "\" declares " + placeholder.group(1) + " both in its @parameters and in its"
                + " @lawDates: give them different names");
          }
        }
        if (problems.size() == before) {
          String source = values.get("source");
          RuleMetadata metadata = new RuleMetadata(id, severity, title, values.get("subject"), source,
              values.getOrDefault("englandSource", source), description, needs, kind, parameters,
              conditionsOf(kind), inForceFrom, lawDates, fingerprint, values.getOrDefault("due", title));
          if (all.put(id, metadata) != null) {
            problems.add("rule \"" + id + "\" is defined twice");
          }
        }
      }
    }
    parts.forEach((part, rule) -> {
      if (all.containsKey(part)) {
        problems.add("rule \"" + part + "\" is defined twice");
      } else if (!all.containsKey(rule)) {
        problems.add("rule \"" + part + "\" is @partOf(\"" + rule + "\"), but there is no rule " + rule
            + (parts.containsKey(rule) ? " (a part of a part: name the rule itself)" : "")
            + "; nearest: " + String.join(", ", Spelling.nearest(all.keySet(), rule, 3)));
      }
    });
    if (!problems.isEmpty()) {
      throw new RuleDefinitionException(problems);
    }
    all.keySet().forEach(id -> ids.put(id, id));
    ids.putAll(parts);
    return Collections.unmodifiableMap(all);
  }

  /** An evidence name in {@code @fingerprint}: a name as a rule gives it to {@code Raised}. */
  private static final Pattern EVIDENCE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * The evidence names of {@code @fingerprint("missingKind, council")}, in order: those that tell a
   * rule's findings on one subject apart.
   *
   * @throws IllegalArgumentException when one is not a name, or a name is given twice
   */
  static List<String> fingerprintNames(String metadata) {
    List<String> names = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String text : metadata.split(",", -1)) {
      String name = text.strip();
      if (!EVIDENCE_NAME.matcher(name).matches()) {
        problems.add("an evidence name is a letter then letters, digits or _, such as \"pot\", got \"" + name + "\"");
      } else if (names.contains(name)) {
        problems.add("names " + name + " twice");
      } else {
        names.add(name);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return names;
  }

  /**
   * The kind a rule declares in {@code @kind}; {@link RuleKind#RESOLUTION} (a partnership's own)
   * when a rule of one's own declares none. Only the standard rules may be grant conditions: the
   * built-in grant conditions list them.
   */
  private static RuleKind kind(String value, String rule, boolean standard, List<String> problems) {
    if (value == null) {
      return RuleKind.RESOLUTION;
    }
    try {
      RuleKind kind = RuleKind.ofLetter(value);
      if (kind == RuleKind.GRANT_CONDITION && !standard) {
        problems.add("rule \"" + rule + "\" has @kind(\"G\"), but only the standard rules are grant conditions"
            + " (those of " + GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT.id() + "): declare S, O or K");
      }
      return kind;
    } catch (IllegalArgumentException e) {
      problems.add("rule \"" + rule + "\" has @kind(\"" + value + "\"): " + e.getMessage());
      return null;
    }
  }

  /**
   * The grant conditions a rule of this kind is one of: every G rule is one of this release's only
   * grant conditions, the Kent PCC's Crime Reduction Grant (only the standard rules may be G).
   */
  private static Optional<GrantConditions> conditionsOf(RuleKind kind) {
    return kind == RuleKind.GRANT_CONDITION ? Optional.of(GrantConditions.KENT_PCC_CRIME_REDUCTION_GRANT) : Optional.empty();
  }

  /** The constant named by a metadata value; a problem when there is none (a missing value is one already). */
  private static <E extends Enum<E>> E parse(Class<E> type, String value, String rule, String key, List<String> problems) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problems.add("rule \"" + rule + "\" has @" + key + "(\"" + value + "\"), which is not one of "
        + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /**
   * The name a rule gave its metadata: Drools' DRL compiler keys {@code @description} of a rule
   * compiled at run time by the annotation type it takes it for ({@code
   * org.kie.api.definition.type.Description}), where the rules compiled at build time keep {@code
   * description}.
   */
  private static String metadataKey(String key) {
    int dot = key.lastIndexOf('.');
    if (dot < 0) {
      return key;
    }
    String simple = key.substring(dot + 1);
    return simple.isEmpty() ? key : Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** {@code [ERR 101] Line 9:17 no viable alternative at input ')'}: a DRL parse error, its column from 0. */
  private static final Pattern PARSE_ERROR = Pattern.compile("(?s)\\[ERR [0-9]+\\] Line ([0-9]+):([0-9]+) (.*)");

  /** {@code [Rule "NAME" in file.drl]}, as Drools names the rule of a condition that threw. */
  private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"([^\"]+)\"");

  /** {@code Error evaluating constraint 'amount > 0' in [Rule ...}: Drools' words for a condition that threw. */
  private static final Pattern CONDITION = Pattern.compile("Error evaluating constraint '(.*)' in \\[Rule ");

  /**
   * What went wrong, without Drools' wrapping: {@code IllegalStateException: boom}, or {@code its
   * condition amount.intValue() > 0 threw NullPointerException}.
   */
  private static String describe(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    Matcher condition = CONDITION.matcher(String.valueOf(thrown.getMessage()));
    return condition.find() ? "its condition " + condition.group(1) + " threw " + what : what;
  }

  /**
   * The rule that threw: named in the message of the exception (or of a cause), else the rule
   * whose consequence class is on top of the stack (the longest name that fits), else {@code "?"}.
   */
  private String ruleNamedIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      Matcher named = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
      if (named.find()) {
        return named.group(1);
      }
    }
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String rule = ids.keySet().stream()
          .filter(name -> frame.getClassName().contains(".Rule_" + name))
          .max(Comparator.comparingInt(String::length))
          .orElse(null);
      if (rule != null) {
        return rule;
      }
    }
    return "?";
  }

  /**
   * What the rules of one check inserted, each with the id of the rule that raised it.
   *
   * @param raised the findings, in the order the rules inserted them
   * @param missing the evidence gaps, in the order the rules inserted them
   */
  public record Fired(List<Raised> raised, List<Missing> missing) {}

  /**
   * Runs the rules in {@code enabled}, and their parts, over {@code facts} in an empty session.
   *
   * @return what the rules raised, each with the id of the rule that raised it
   * @throws RuleExecutionException when a rule throws or rules fire more than {@code maxFirings}
   *     times
   */
  public Fired fire(List<Object> facts, Set<String> enabled, int maxFirings) {
    KieSession session = sessions.newKieSession();
    Map<String, Integer> firings = new HashMap<>();
    DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        FiringRule.enter(ids.get(event.getMatch().getRule().getName()));
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        FiringRule.leave();
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
      }
    };
    try {
      session.addEventListener(listener);
      facts.forEach(session::insert);
      int fired = session.fireAllRules(match -> enabled.contains(ids.get(match.getRule().getName())), maxFirings + 1);
      if (fired > maxFirings) {
        String rule = firings.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse("?");
        throw new RuleExecutionException(rule,
            "rules fired more than " + maxFirings + " times in one check; rule " + rule + " fired "
                + firings.get(rule) + " times: does it keep inserting facts?", null);
      }
      return new Fired(inInsertionOrder(session, Raised.class), inInsertionOrder(session, Missing.class));
    } catch (ConsequenceException e) {
      String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RuleExecutionException(rule, "rule " + rule + " failed: " + describe(cause), cause);
    } catch (RuleExecutionException e) {
      throw e;
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      // A condition that throws (Drools names its rule only in the message), or a consequence
      // that throws an Error, which Drools does not wrap. Other Errors, such as running out of
      // memory, are not the rule's alone and propagate.
      String rule = ruleNamedIn(e);
      throw new RuleExecutionException(rule, "rule " + rule + " failed: " + describe(e), e);
    } finally {
      FiringRule.leave();
      session.removeEventListener(listener);
      session.dispose();
    }
  }

  /**
   * The facts of one class in {@code session}, in the order they were inserted. A class filter
   * reads the store of that class alone, not every fact of the record; the store keeps them in the
   * order of their identity hashes. The report goes through the findings as they were made, and so
   * through memory as it was filled, rather than in that scattered order: a check with a finding
   * for each of 100,000 projects takes up to a quarter less time.
   */
  private static <T> List<T> inInsertionOrder(KieSession session, Class<T> type) {
    Collection<FactHandle> handles = session.getFactHandles(new ClassObjectFilter(type));
    InternalFactHandle[] sorted = byInsertion(handles.toArray(new InternalFactHandle[0]));
    List<T> facts = new ArrayList<>(sorted.length);
    for (InternalFactHandle handle : sorted) {
      facts.add(type.cast(handle.getObject()));
    }
    return facts;
  }

  /**
   * {@code handles} in the order of their ids, which a session gives its facts in the order they
   * are inserted: by their ids and positions packed in one {@code long} each (reading each handle
   * once), or, should an id not fit beside a position, by comparing the handles.
   */
  static InternalFactHandle[] byInsertion(InternalFactHandle[] handles) {
    long[] keys = new long[handles.length];
    for (int i = 0; i < handles.length; i++) {
      long id = handles[i].getId();
      if (id < 0 || id > Integer.MAX_VALUE) {
        InternalFactHandle[] sorted = handles.clone();
        Arrays.sort(sorted, Comparator.comparingLong(InternalFactHandle::getId));
        return sorted;
      }
      keys[i] = id << 31 | i;
    }
    Arrays.sort(keys);
    InternalFactHandle[] sorted = new InternalFactHandle[handles.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = handles[(int) (keys[i] & Integer.MAX_VALUE)];
    }
    return sorted;
  }
}
