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

/**
 * The keys of every kind of object in {@code kcsp-record/1}, in the order of the record format
 * (shared/spec/record-format.md), and a plain walk over JSON text that names each object by its
 * kind, such as {@code grants[].projects[].outcomeReport}.
 */
final class RecordFormatKeys {

  /** Kind (a path with indices left out) to its keys, in the order the record format lists them. */
  static final Map<String, List<String>> ORDER = new LinkedHashMap<>();

  static {
    ORDER.put("", List.of("format", "asOf", "description", "partnership", "organisations", "subgroups",
        "termsOfReference", "meetings", "agreement", "informationSharing", "grants", "externalAwards",
        "scrutinySessions", "domesticHomicideReviews", "waivers"));
    ORDER.put("partnership", List.of("id", "name", "area", "tier"));
    ORDER.put("organisations[]", List.of("id", "name", "kind", "existsFrom", "existsUntil", "succeededBy"));
    ORDER.put("subgroups[]", List.of("id", "name", "parent"));
    ORDER.put("termsOfReference[]", List.of("id", "body", "version", "approvedOn", "approvedBy",
        "reviewIntervalMonths", "meetingsPerYear", "membership", "changes"));
    ORDER.put("termsOfReference[].membership[]", List.of("organisation", "role"));
    ORDER.put("meetings[]", List.of("id", "body", "date", "status", "items"));
    ORDER.put("meetings[].items[]", List.of("title", "kind", "approvesMinutesOf", "resolution"));
    ORDER.put("agreement", List.of("name", "lastRefreshedOn", "priorities", "actions"));
    ORDER.put("agreement.priorities[]", List.of("id", "name", "kind", "since", "formerName"));
    ORDER.put("agreement.actions[]", List.of("id", "title", "priorities", "lead", "cadence", "outcomes"));
    ORDER.put("agreement.actions[].outcomes[]", List.of("kind", "description"));
    ORDER.put("informationSharing", List.of("name", "versions", "signatures"));
    ORDER.put("informationSharing.versions[]", List.of("version", "effectiveFrom"));
    ORDER.put("informationSharing.signatures[]", List.of("organisation", "version", "signedOn"));
    ORDER.put("grants[]", List.of("id", "programme", "funder", "financialYear", "allocation", "tacticalPot",
        "tacticalPotCap", "upfront", "businessCaseDeadline", "rollovers", "returnedToFunder", "reportedTotals",
        "projects"));
    ORDER.put("grants[].rollovers[]", List.of("amount", "fromGrant", "intoPot", "permission", "requestedOn"));
    ORDER.put("grants[].reportedTotals[]", List.of("basis", "amount", "statedIn"));
    ORDER.put("grants[].projects[]", List.of("id", "title", "activity", "pot", "amount", "status", "statusReason",
        "scope", "priorities", "businessCaseSubmittedOn", "outcomeReport"));
    ORDER.put("grants[].projects[].outcomeReport", List.of("due", "submittedOn"));
    ORDER.put("externalAwards[]", List.of("id", "funder", "title", "activity", "amount", "financialYear", "from",
        "to"));
    ORDER.put("scrutinySessions[]", List.of("id", "date", "committee"));
    ORDER.put("domesticHomicideReviews[]", List.of("id", "name", "notifiedOn", "decision", "decidedOn",
        "submittedToHomeOfficeOn", "publishedOn"));
    ORDER.put("waivers[]", List.of("rule", "subject", "reason", "approvedBy", "until"));
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
