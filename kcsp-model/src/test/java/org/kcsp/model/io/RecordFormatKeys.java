package org.kcsp.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * The keys of every kind of object of a version of the record format, in its order, as its
 * description ({@link RecordFormat}) lists them, and a plain walk over JSON text that names each
 * object by its kind, such as {@code grants[].projects[].outcomeReport}.
 */
final class RecordFormatKeys {

  /** Kind (a path with indices left out) to its keys in version 1, in the order of the record format. */
  static final Map<String, List<String>> ORDER = order(FormatVersion.V1);

  /** Kind to its keys in {@code version}, in the order of the record format. */
  static Map<String, List<String>> order(FormatVersion version) {
    Map<String, List<String>> order = new LinkedHashMap<>();
    walk(RecordFormat.RECORD, "", version, order);
    return order;
  }

  private static void walk(ObjectFormat<?> format, String kind, FormatVersion version, Map<String, List<String>> order) {
    List<String> keys = new ArrayList<>();
    if (kind.isEmpty()) {
      keys.add(RecordFormat.FORMAT);
    }
    String prefix = kind.isEmpty() ? "" : kind + ".";
    for (KeyFormat<?> key : format.keys(version)) {
      keys.add(key.name());
      ValueType type = key.type();
      if (type.kind() == ValueType.Kind.OBJECT) {
        walk(type.object(), prefix + key.name(), version, order);
      } else if (type.kind() == ValueType.Kind.LIST && type.element().kind() == ValueType.Kind.OBJECT) {
        walk(type.element().object(), prefix + key.name() + "[]", version, order);
      }
    }
    order.put(kind, List.copyOf(keys));
  }

  private RecordFormatKeys() {}

  /** Calls {@code visit} with the kind and the keys (in file order) of every object in {@code json}. */
  static void forEachObject(String json, BiConsumer<String, List<String>> visit) {
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      walk(parser, parser.nextToken(), "", visit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every kind of object in {@code json}, with the union of the keys it uses, in first-seen order. */
  static Map<String, Set<String>> keysUsed(String json) {
    Map<String, Set<String>> used = new LinkedHashMap<>();
    forEachObject(json, (kind, keys) -> used.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(keys));
    return used;
  }

  private static void walk(JsonParser parser, JsonToken token, String kind, BiConsumer<String, List<String>> visit)
      throws IOException {
    if (token == JsonToken.START_OBJECT) {
      List<String> keys = new ArrayList<>();
      for (JsonToken field = parser.nextToken(); field != JsonToken.END_OBJECT; field = parser.nextToken()) {
        String key = parser.currentName();
        keys.add(key);
        walk(parser, parser.nextToken(), kind.isEmpty() ? key : kind + "." + key, visit);
      }
      visit.accept(kind, keys);
    } else if (token == JsonToken.START_ARRAY) {
      for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
        walk(parser, item, kind + "[]", visit);
      }
    }
  }
}
