package org.kcsp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kcsp.model.GrantConditions;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.Problem;
import org.kcsp.model.Spelling;
import org.kcsp.model.io.Document;
import org.kcsp.model.io.Document.Value;
import org.kcsp.model.io.Document.Value.Kind;
import org.kcsp.rules.internal.ParameterDeclaration;
import org.kcsp.rules.internal.RuleBase;
import org.kcsp.rules.internal.RuleMetadata;

/**
 * Reads {@code kcsp-policy/1} files: each file parsed as strictly as a record (the model's {@link
 * Document}), its keys bound here with every problem reported at its path, line and column, the
 * files it extends read in turn (each once, however often it is named; a cycle is a problem), and
 * its included DRL compiled with the standard rules, so that its rule ids and parameters are known.
 */
final class PolicyFiles {

  /** The keys of a policy file. */
  static final List<String> KEYS = List.of("format", "id", "title", "extends", "grantConditions", "rules", "include");

  /** The keys of a rule's settings. */
  static final List<String> RULE_KEYS = List.of("enabled", "severity", "source", "parameters");

  /** The deepest chain of files extending one another. */
  static final int MAX_EXTENDS_DEPTH = 32;

  /** A policy's id: letters, digits, dots, hyphens and underscores, starting with a letter or digit. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** A file read: its policy, or the problems that keep it from being one. */
  private record Read(Policy policy, List<Problem> problems) {}

  /** The files read so far, by real path: a file named by several others is read once. */
  private final Map<Path, Read> read = new HashMap<>();

  private PolicyFiles() {}

  static Policy read(Path file) {
    Read result = new PolicyFiles().read(file, List.of());
    if (!result.problems().isEmpty()) {
      throw new InvalidPolicyException(file.toString(), result.problems());
    }
    return result.policy();
  }

  private Read read(Path file, List<Path> chain) {
    Path key = real(file);
    Read known = read.get(key);
    if (known == null) {
      List<Path> longer = new ArrayList<>(chain);
      longer.add(key);
      known = new OneFile(file, longer).read();
      read.put(key, known);
    }
    return known;
  }

  /** The file's real path, links followed, when it exists; else its absolute path. */
  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** The reading of one file. */
  private final class OneFile {
    private final Path file;
    private final List<Path> chain;
    private final List<Problem> problems = new ArrayList<>();
    /** The entries of {@code include}, null for one that is not a name. */
    private List<Value> includeNames = List.of();

    OneFile(Path file, List<Path> chain) {
      this.file = file;
      this.chain = chain;
    }

    private Path sibling(String name) {
      Path parent = file.getParent();
      return parent == null ? Path.of(name) : parent.resolve(name);
    }

    Read read() {
      Value root;
      try {
        root = Document.read(file, Policy.MAX_BYTES, "policy").root();
      } catch (InvalidRecordException e) {
        return new Read(null, e.problems());
      }
      if (root.kind() != Kind.OBJECT) {
        problem(root, "$", "a policy must be an object, got " + root.describe());
        return done(null);
      }
      allowOnly(root, "$", KEYS);
      String format = string(root, "format", "$", true);
      if (format != null && !format.equals(Policy.FORMAT)) {
        problem(root.get("format"), "$.format", "format must be \"" + Policy.FORMAT + "\", got " + Problem.quote(format));
      }
      String id = string(root, "id", "$", true);
      if (id != null && !ID.matcher(id).matches()) {
        problem(root.get("id"), "$.id", "id must be letters, digits, dots, hyphens and underscores (at most 100),"
            + " starting with a letter or a digit, got " + Problem.quote(id));
      } else if (id != null && Policy.isBuiltIn(id)) {
        problem(root.get("id"), "$.id", "id " + Problem.quote(id) + " is a built-in policy's: give the file an id of"
            + " its own, and extend " + id + " if it builds on it");
      }
      String title = string(root, "title", "$", false);
      List<Policy> bases = bases(root);
      Optional<List<GrantConditions>> conditions = conditions(root);
      Map<String, String> includes = includes(root, bases);
      RuleBase rules = compile(root, includes);
      Map<String, RuleSettings> own = rules(root, rules);
      if (!problems.isEmpty()) {
        return done(null);
      }
      Map<String, RuleSettings> merged = new TreeMap<>();
      List<GrantConditions> grantConditions = List.of();
      boolean setsConditions = false;
      for (Policy base : bases) {
        base.rules().forEach((rule, settings) -> merged.merge(rule, settings, RuleSettings::then));
        if (base.setsGrantConditions()) {
          grantConditions = base.grantConditions();
          setsConditions = true;
        }
      }
      own.forEach((rule, settings) -> merged.merge(rule, settings, RuleSettings::then));
      if (conditions.isPresent()) {
        grantConditions = conditions.get();
        setsConditions = true;
      }
      return done(new Policy(id, title == null ? id : title, merged, grantConditions, setsConditions, includes, rules));
    }

    private Read done(Policy policy) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      return new Read(problems.isEmpty() ? policy : null, List.copyOf(problems));
    }

    // ---- the policies it extends

    private List<Policy> bases(Value root) {
      List<Policy> bases = new ArrayList<>();
      List<Value> names = strings(root, "extends", "$");
      for (int i = 0; i < names.size(); i++) {
        Value entry = names.get(i);
        if (entry == null) {
          continue;
        }
        String name = entry.text();
        String path = "$.extends[" + i + "]";
        if (Policy.isBuiltIn(name)) {
          bases.add(Policy.builtIn(name));
          continue;
        }
        if (!isPolicyFileName(name)) {
          List<String> builtIns = Policy.builtIns().stream().map(Policy::id).toList();
          String nearest = Spelling.nearest(builtIns, name, 1).get(0);
          problem(entry, path, "extends " + Problem.quote(name) + ", which is neither a built-in policy ("
              + String.join(", ", builtIns) + (Spelling.distance(name.toLowerCase(Locale.ROOT), nearest) <= 2
                  ? ": did you mean " + nearest + "?" : "")
              + ") nor a policy file (.json, .yaml or .yml)");
          continue;
        }
        Path target = sibling(name);
        if (!Files.exists(target)) {
          problem(entry, path, "extends " + Problem.quote(name) + ": there is no such file (" + target
              + "); a policy names the files it extends relative to itself");
          continue;
        }
        Path key = real(target);
        int at = chain.indexOf(key);
        if (at >= 0) {
          List<String> circle = new ArrayList<>();
          for (Path link : chain.subList(at, chain.size())) {
            circle.add(String.valueOf(link.getFileName()));
          }
          circle.add(String.valueOf(key.getFileName()));
          problem(entry, path, "extends " + Problem.quote(name) + ", a cycle (" + String.join(" extends ", circle)
              + "): a policy cannot extend itself, directly or through others");
          continue;
        }
        if (chain.size() >= MAX_EXTENDS_DEPTH) {
          problem(entry, path, "extends " + Problem.quote(name) + ", more than " + MAX_EXTENDS_DEPTH
              + " policy files deep");
          continue;
        }
        Read base = PolicyFiles.this.read(target, chain);
        if (base.policy() == null) {
          for (Problem nested : base.problems()) {
            problem(entry, path, target + ": " + nested);
          }
        } else {
          bases.add(base.policy());
        }
      }
      return bases;
    }

    private static boolean isPolicyFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    // ---- grant conditions

    private Optional<List<GrantConditions>> conditions(Value root) {
      if (root.get("grantConditions") == null) {
        return Optional.empty();
      }
      List<GrantConditions> named = new ArrayList<>();
      List<Value> entries = strings(root, "grantConditions", "$");
      List<String> known = Arrays.stream(GrantConditions.values()).map(GrantConditions::id).toList();
      for (int i = 0; i < entries.size(); i++) {
        Value entry = entries.get(i);
        if (entry == null) {
          continue;
        }
        String name = entry.text();
        Optional<GrantConditions> conditions = GrantConditions.ofId(name);
        if (conditions.isEmpty()) {
          problem(entry, "$.grantConditions[" + i + "]", "there are no grant conditions " + Problem.quote(name)
              + ": the grant conditions are " + String.join(", ", known));
        } else if (!named.contains(conditions.get())) {
          named.add(conditions.get());
        }
      }
      return Optional.of(named);
    }

    // ---- included DRL

    /** The DRL of the policies it extends, in order, then its own, each file once, by name. */
    private Map<String, String> includes(Value root, List<Policy> bases) {
      Map<String, String> all = new LinkedHashMap<>();
      for (Policy base : bases) {
        all.putAll(base.includedDrl());
      }
      List<Value> names = strings(root, "include", "$");
      includeNames = names;
      for (int i = 0; i < names.size(); i++) {
        Value entry = names.get(i);
        if (entry == null) {
          continue;
        }
        String path = "$.include[" + i + "]";
        Path drl = sibling(entry.text());
        if (!Files.isRegularFile(drl)) {
          problem(entry, path, "includes " + Problem.quote(entry.text()) + ": "
              + (Files.exists(drl) ? "not a regular file" : "there is no such file (" + drl + ")")
              + "; a policy names the DRL files it includes relative to itself");
          continue;
        }
        try (InputStream in = Files.newInputStream(drl)) {
          byte[] bytes = in.readNBytes(ComplianceEngine.Builder.MAX_RULES_BYTES + 1);
          if (bytes.length > ComplianceEngine.Builder.MAX_RULES_BYTES) {
            problem(entry, path, "includes " + drl + ", larger than 1 MiB, the most a rules file may be");
            continue;
          }
          all.put(drl.toString(), StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
          problem(entry, path, "includes " + drl + ", which is not UTF-8 text");
        } catch (IOException e) {
          problem(entry, path, "includes " + drl + ", which cannot be read: " + e.getMessage());
        }
      }
      return all;
    }

    /**
     * The standard rules with the included ones compiled in; the standard rules alone when it
     * includes none, and null when the included rules do not compile (each of their problems is
     * reported at the {@code include} entry of the file, else at {@code include}).
     */
    private RuleBase compile(Value root, Map<String, String> includes) {
      if (includes.isEmpty()) {
        return RuleBase.shared();
      }
      if (!problems.isEmpty() && problemsUnder("$.include")) {
        return null;
      }
      try {
        return RuleBase.withCustomRules(RuleBase.shared(), includes);
      } catch (RuleDefinitionException e) {
        List<Value> names = includeNames;
        for (String message : e.problems()) {
          Value at = null;
          String path = "$.include";
          for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null && message.startsWith(sibling(names.get(i).text()).toString())) {
              at = names.get(i);
              path = "$.include[" + i + "]";
            }
          }
          Value place = at != null ? at : root.get("include") != null ? root.get("include") : root;
          problem(place, at != null || root.get("include") != null ? path : "$", "the included rules do not compile: " + message);
        }
        return null;
      }
    }

    private boolean problemsUnder(String prefix) {
      return problems.stream().anyMatch(p -> p.path().startsWith(prefix));
    }

    // ---- rules

    private Map<String, RuleSettings> rules(Value root, RuleBase base) {
      Map<String, RuleSettings> rules = new TreeMap<>();
      Value object = root.get("rules");
      if (object == null || object.kind() == Kind.NULL) {
        return rules;
      }
      if (object.kind() != Kind.OBJECT) {
        problem(object, "$.rules", "rules must be an object of rule ids, got " + object.describe());
        return rules;
      }
      Map<String, RuleMetadata> known = base != null ? base.metadata() : RuleBase.shared().metadata();
      for (String rule : object.keys()) {
        String path = "$.rules." + rule;
        RuleMetadata metadata = known.get(rule);
        if (metadata == null) {
          if (base != null) {
            int[] at = object.placeOfKey(rule);
            problems.add(new Problem(path, "there is no rule " + Problem.quote(rule) + ": did you mean "
                + Spelling.nearest(known.keySet(), rule, 1).get(0) + "?", at[0], at[1]));
          }
          continue;
        }
        Value settings = object.get(rule);
        if (settings.kind() != Kind.OBJECT) {
          problem(settings, path, rule + " must be an object of settings (" + String.join(", ", RULE_KEYS)
              + "), got " + settings.describe() + "; {} keeps the rule as declared");
          continue;
        }
        allowOnly(settings, path, RULE_KEYS);
        boolean enabled = true;
        Value flag = settings.get("enabled");
        if (flag != null) {
          if (flag.kind() == Kind.BOOLEAN && (flag.text().equals("true") || flag.text().equals("false"))) {
            enabled = flag.text().equals("true");
          } else {
            problem(flag, path + ".enabled", "enabled must be true or false, got " + flag.describe());
          }
        }
        Optional<Severity> severity = Optional.empty();
        String severityName = string(settings, "severity", path, false);
        if (severityName != null) {
          try {
            severity = Optional.of(Severity.valueOf(severityName));
          } catch (IllegalArgumentException e) {
            problem(settings.get("severity"), path + ".severity", "severity must be one of "
                + Arrays.toString(Severity.values()).replaceAll("[\\[\\]]", "") + ", got " + Problem.quote(severityName));
          }
        }
        String source = string(settings, "source", path, false);
        rules.put(rule, new RuleSettings(enabled, severity, Optional.ofNullable(source),
            parameters(settings, path, metadata)));
      }
      return rules;
    }

    private Map<String, String> parameters(Value settings, String rulePath, RuleMetadata rule) {
      Map<String, String> values = new TreeMap<>();
      Value object = settings.get("parameters");
      if (object == null || object.kind() == Kind.NULL) {
        return values;
      }
      String path = rulePath + ".parameters";
      if (object.kind() != Kind.OBJECT) {
        problem(object, path, "parameters must be an object, got " + object.describe());
        return values;
      }
      Set<String> declared = rule.parameters().keySet();
      for (String name : object.keys()) {
        ParameterDeclaration parameter = rule.parameters().get(name);
        if (parameter == null) {
          int[] at = object.placeOfKey(name);
          problems.add(new Problem(path + "." + name, rule.id() + " has no parameter " + Problem.quote(name)
              + (declared.isEmpty() ? ": it has none"
                  : ": its parameters are " + String.join(", ", new java.util.TreeSet<>(declared))),
              at[0], at[1]));
          continue;
        }
        Value value = object.get(name);
        String text = switch (parameter.unit()) {
          case DAYS, MONTHS -> value.kind() == Kind.NUMBER && value.isInteger() ? value.text() : null;
          case FRACTION -> value.kind() == Kind.STRING ? value.text() : null;
        };
        try {
          if (text == null) {
            throw new IllegalArgumentException(parameter.unit().wanted() + ", got " + value.describe());
          }
          values.put(name, parameter.unit().canonical(text));
        } catch (IllegalArgumentException e) {
          problem(value, path + "." + name, name + " must be " + parameter.unit().wanted() + ", got "
              + (text == null ? value.describe() : text));
        }
      }
      return values;
    }

    // ---- keys and values

    private void allowOnly(Value object, String path, List<String> allowed) {
      for (String key : object.keys()) {
        if (!allowed.contains(key)) {
          int[] at = object.placeOfKey(key);
          String nearest = Spelling.nearest(allowed, key, 1).get(0);
          boolean close = Spelling.distance(key.toLowerCase(Locale.ROOT), nearest.toLowerCase(Locale.ROOT))
              <= Math.max(1, key.length() / 3);
          problems.add(new Problem(path + "." + key, "unknown key " + Problem.quote(key)
              + (close ? ": did you mean \"" + nearest + "\"?" : ": the keys allowed here are " + String.join(", ",
                  allowed.stream().sorted().toList())), at[0], at[1]));
        }
      }
    }

    /** The string at {@code key}, or null (with a problem when it is required, or not a string). */
    private String string(Value object, String key, String path, boolean required) {
      Value value = object.get(key);
      if (value == null || value.kind() == Kind.NULL) {
        if (required) {
          int[] at = value == null ? new int[] {object.line(), object.column()} : object.placeOfKey(key);
          problems.add(new Problem(path + "." + key, key + " is required" + (value == null ? "" : ", got null"),
              at[0], at[1]));
        }
        return null;
      }
      if (value.kind() != Kind.STRING) {
        problem(value, path + "." + key, key + " must be a string, got " + value.describe());
        return null;
      }
      if (value.text().isBlank()) {
        problem(value, path + "." + key, key + " must not be blank");
        return null;
      }
      return value.text();
    }

    /** The items of the array of strings at {@code key}: null in place of an item that is not a string. */
    private List<Value> strings(Value object, String key, String path) {
      Value array = object.get(key);
      List<Value> items = new ArrayList<>();
      if (array == null || array.kind() == Kind.NULL) {
        return items;
      }
      if (array.kind() != Kind.ARRAY) {
        problem(array, path + "." + key, key + " must be an array of strings, got " + array.describe());
        return items;
      }
      List<Value> all = array.items();
      for (int i = 0; i < all.size(); i++) {
        Value item = all.get(i);
        if (item.kind() == Kind.STRING && !item.text().isBlank()) {
          items.add(item);
        } else {
          if (!problemAt(path + "." + key + "[" + i + "]")) {
            problem(item, path + "." + key + "[" + i + "]", "expected a name, got " + item.describe());
          }
          items.add(null);
        }
      }
      return items;
    }

    private boolean problemAt(String path) {
      return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    private void problem(Value value, String path, String message) {
      problems.add(new Problem(path, message, value.line(), value.column()));
    }
  }
}
