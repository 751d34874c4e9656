package org.kcsp.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordReader;
import org.kcsp.model.io.RecordWriter;

/**
 * Other funders' awards, from 360Giving grants, added to a record as {@code externalAwards}: the
 * grant's identifier as the award's id, its title, the amount awarded, and as its period the
 * planned dates when the grant gives a start (open-ended without an end), else the financial year
 * of its award date. The funding organisation is the record's organisation of that identifier, or
 * else of that name (case aside), or else is added to the record (kind {@code OTHER}). A grant whose
 * id the record's awards already hold is skipped, and so is one the filter leaves out.
 */
public final class AwardImport {

  private AwardImport() {}

  /**
   * Which grants to keep: those to one of {@code recipients} (their identifiers; empty for all),
   * awarded from {@code from} to {@code to}, both included (either {@code null} for no bound).
   */
  public record Filter(Set<String> recipients, LocalDate from, LocalDate to) {

    /** Every grant. */
    public static final Filter ALL = new Filter(Set.of(), null, null);

    boolean keeps(GivingGrant grant) {
      return (recipients.isEmpty() || recipients.contains(grant.recipientId()))
          && (from == null || !grant.awardDate().isBefore(from)) && (to == null || !grant.awardDate().isAfter(to));
    }
  }

  /**
   * What an import did.
   *
   * @param record the record with the awards added (the same record when none was)
   * @param added the ids of the awards added, in the file's order
   * @param present the ids of the grants skipped because the record's awards hold them already
   * @param filtered how many grants the filter left out
   * @param funders the ids of the organisations added as funders
   */
  public record Result(PartnershipRecord record, List<String> added, List<String> present, int filtered,
      List<String> funders) {}

  /**
   * {@code record} with the awards of {@code grants} that {@code filter} keeps and it does not hold
   * yet.
   *
   * @throws org.kcsp.model.InvalidRecordException if the record with them would not be valid
   */
  @SuppressWarnings("unchecked")
  public static Result into(PartnershipRecord record, List<GivingGrant> grants, Filter filter) {
    Map<String, Object> root = (Map<String, Object>) JsonTree.parse(RecordWriter.toJson(record));
    List<Object> organisations = (List<Object>) root.computeIfAbsent("organisations", key -> new ArrayList<>());
    List<Object> awards = root.get("externalAwards") instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
    List<String> ids = new ArrayList<>();
    awards.forEach(award -> ids.add(String.valueOf(((Map<String, Object>) award).get("id"))));
    List<String> added = new ArrayList<>();
    List<String> present = new ArrayList<>();
    List<String> funders = new ArrayList<>();
    int filtered = 0;
    for (GivingGrant grant : grants) {
      if (!filter.keeps(grant)) {
        filtered++;
        continue;
      }
      if (ids.contains(grant.id())) {
        present.add(grant.id());
        continue;
      }
      String funder = funder(organisations, grant, funders);
      Map<String, Object> award = new LinkedHashMap<>();
      award.put("id", grant.id());
      award.put("funder", funder);
      award.put("title", grant.title());
      award.put("amount", grant.amount());
      if (grant.plannedStart().isPresent()) {
        award.put("from", grant.plannedStart().get().toString());
        grant.plannedEnd().ifPresent(end -> award.put("to", end.toString()));
      } else {
        award.put("financialYear", FinancialYear.containing(grant.awardDate()).toString());
      }
      awards.add(award);
      ids.add(grant.id());
      added.add(grant.id());
    }
    if (added.isEmpty()) {
      return new Result(record, added, present, filtered, funders);
    }
    root.put("externalAwards", awards);
    PartnershipRecord updated = RecordReader.readJson(JsonTree.write(root), "the record with the awards added");
    return new Result(updated, List.copyOf(added), List.copyOf(present), filtered, List.copyOf(funders));
  }

  /** The id of the grant's funder among the record's organisations, added when the record has none of that id or name. */
  @SuppressWarnings("unchecked")
  private static String funder(List<Object> organisations, GivingGrant grant, List<String> added) {
    for (Object element : organisations) {
      Map<String, Object> organisation = (Map<String, Object>) element;
      if (grant.funderId().equals(organisation.get("id"))) {
        return grant.funderId();
      }
    }
    for (Object element : organisations) {
      Map<String, Object> organisation = (Map<String, Object>) element;
      if (organisation.get("name") instanceof String name
          && name.toLowerCase(Locale.ROOT).equals(grant.funderName().toLowerCase(Locale.ROOT))) {
        return (String) organisation.get("id");
      }
    }
    Map<String, Object> organisation = new LinkedHashMap<>();
    organisation.put("id", grant.funderId());
    organisation.put("name", grant.funderName());
    organisation.put("kind", "OTHER");
    organisations.add(organisation);
    added.add(grant.funderId());
    return grant.funderId();
  }
}
