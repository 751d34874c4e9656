package org.kcsp.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.kcsp.model.internal.KeyFormat;
import org.kcsp.model.internal.ObjectFormat;
import org.kcsp.model.internal.RecordFormat;
import org.kcsp.model.internal.ValueType;

/**
 * The structural invariants of a whole record: ids unique within their kind, references that
 * resolve, no circles of parents or successors, and the date orders that span values. Every
 * problem is collected (the first {@value InvalidRecordException#MAX_PROBLEMS} kept, the rest
 * counted), none thrown; each check is linear in the size of the record.
 */
final class RecordIntegrity {

  private static final RecordPath ROOT = RecordPath.ROOT;

  private final PartnershipRecord record;
  private final Problems problems = new Problems();

  private final Map<String, Integer> bodies = new HashMap<>();
  private final Set<String> organisations = new HashSet<>();
  private final Map<String, Meeting> meetings = new HashMap<>();
  private final Set<String> priorities = new HashSet<>();
  private final Set<String> isaVersions = new HashSet<>();
  private final Set<String> grants = new HashSet<>();
  private final Set<String> anyIds = new HashSet<>();

  private RecordIntegrity(PartnershipRecord record) {
    this.record = record;
  }

  /** How deep the current thread is in building views of records already checked (see {@link #ofChecked}). */
  private static final ThreadLocal<int[]> VIEWING = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Builds, with {@code view}, a record made from one already checked by taking facts away (the
   * as-of view), without checking the whole record again: the view drops only dated facts and
   * what would refer to them (the waivers of subjects it leaves out), so it holds together as the
   * record did. A test checks the views of generated records of both versions on many dates in
   * full. The objects inside the record are still checked as they are built.
   */
  static PartnershipRecord ofChecked(java.util.function.Supplier<PartnershipRecord> view) {
    int[] depth = VIEWING.get();
    depth[0]++;
    try {
      return view.get();
    } finally {
      depth[0]--;
    }
  }

  /** Throws every structural problem of {@code record}, if it has any. */
  static void check(PartnershipRecord record) {
    if (VIEWING.get()[0] > 0) {
      return;
    }
    RecordIntegrity integrity = new RecordIntegrity(record);
    integrity.collectIds();
    integrity.checkReferences();
    integrity.checkVersion();
    integrity.checkShape();
    integrity.problems.throwIfAny(null);
  }

  /** The collector, with a path and message built only for a problem it will keep. */
  private static final class Problems {
    private final InvalidRecordException.Collector collector = new InvalidRecordException.Collector();

    /** Whether the next problem is to be built and added: when not, it is only counted. */
    boolean wanted() {
      if (collector.isFull()) {
        collector.count();
        return false;
      }
      return true;
    }

    void add(RecordPath path, String message) {
      collector.add(Problem.at(path, message));
    }

    void throwIfAny(String source) {
      collector.throwIfAny(source);
    }
  }

  private void collectIds() {
    bodies.put(record.partnership().id(), -1);
    anyIds.add(record.partnership().id());
    for (int i = 0; i < record.subgroups().size(); i++) {
      String id = record.subgroups().get(i).id();
      if (bodies.containsKey(id)) {
        if (problems.wanted()) {
          problems.add(ROOT.key("subgroups").index(i).key("id"),
              "body id " + Problem.quote(id) + " is used twice (the partnership and subgroups share one id space)");
        }
      } else {
        bodies.put(id, i);
      }
      anyIds.add(id);
    }
    unique(ROOT.key("organisations"), "organisation", record.organisations(), Organisation::id, organisations);
    unique(ROOT.key("termsOfReference"), "terms of reference", record.termsOfReference(), TermsOfReference::id, new HashSet<>());
    Set<String> meetingIds = new HashSet<>();
    unique(ROOT.key("meetings"), "meeting", record.meetings(), Meeting::id, meetingIds);
    record.meetings().forEach(meeting -> meetings.putIfAbsent(meeting.id(), meeting));
    record.agreement().ifPresent(agreement -> {
      unique(ROOT.key("agreement").key("priorities"), "priority", agreement.priorities(), Priority::id, priorities);
      unique(ROOT.key("agreement").key("actions"), "action", agreement.actions(), Action::id, new HashSet<>());
    });
    record.informationSharing().ifPresent(isa -> {
      for (int i = 0; i < isa.versions().size(); i++) {
        String version = isa.versions().get(i).version();
        if (!isaVersions.add(version) && problems.wanted()) {
          problems.add(ROOT.key("informationSharing").key("versions").index(i).key("version"),
              "version " + Problem.quote(version) + " is listed twice");
        }
      }
    });
    unique(ROOT.key("grants"), "grant", record.grants(), Grant::id, grants);
    Set<String> projects = new HashSet<>();
    for (int g = 0; g < record.grants().size(); g++) {
      unique(ROOT.key("grants").index(g).key("projects"), "project", record.grants().get(g).projects(), Project::id, projects);
    }
    unique(ROOT.key("externalAwards"), "award", record.externalAwards(), ExternalAward::id, new HashSet<>());
    unique(ROOT.key("scrutinySessions"), "scrutiny session", record.scrutinySessions(), ScrutinySession::id, new HashSet<>());
    unique(ROOT.key("domesticHomicideReviews"), "review", record.domesticHomicideReviews(), DomesticHomicideReview::id, new HashSet<>());
    unique(ROOT.key("strategicAssessments"), "strategic assessment", record.strategicAssessments(), StrategicAssessment::id,
        new HashSet<>());
  }

  private <T> void unique(
      RecordPath listPath, String kind, List<T> values, Function<T, String> id, Set<String> seen) {
    for (int i = 0; i < values.size(); i++) {
      String value = id.apply(values.get(i));
      if (!seen.add(value) && problems.wanted()) {
        String scope = kind.equals("project") ? " (project ids are unique across the record)" : "";
        problems.add(listPath.index(i).key("id"), kind + " id " + Problem.quote(value) + " is used twice" + scope);
      }
      anyIds.add(value);
    }
  }

  /**
   * What the record's version allows, walking every value by the record format's description: a
   * version 1 record holds no key, organisation kind, not recorded or unknown that version 2
   * introduced, and every grant's allocation; a version 2 record names each absent optional root
   * object in its notRecorded. In both, a list that must not be empty or hold an element twice
   * does not.
   */
  private void checkVersion() {
    FormatVersion version = record.format();
    for (String key : List.of("agreement", "informationSharing", "seriousViolence")) {
      KeyFormat<PartnershipRecord> described = RecordFormat.RECORD.key(key).orElseThrow();
      if (version.includes(FormatVersion.V2) && described.value(record).isEmpty() && !record.notRecorded().contains(key)
          && problems.wanted()) {
        problems.add(ROOT.key(key), key + " is absent, which in " + version.id() + " is not recorded: name it in"
            + " notRecorded (a record of this version cannot say there is none)");
      }
    }
    walk(RecordFormat.RECORD, record, ROOT, version);
  }

  private <T> void walk(ObjectFormat<T> format, T value, RecordPath path, FormatVersion version) {
    if (value instanceof PartlyKnown known && !version.includes(FormatVersion.V2)) {
      for (String key : known.notRecorded()) {
        if (problems.wanted()) {
          problems.add(path.key(key), key + " is not recorded, which needs format " + FormatVersion.V2.id()
              + ": the record is " + version.id() + ", where an absent list is empty");
        }
      }
      if (!known.unknown().isEmpty() && problems.wanted()) {
        problems.add(path.key(RecordFormat.UNKNOWN), RecordFormat.UNKNOWN + " needs format " + FormatVersion.V2.id()
            + ": the record is " + version.id());
      }
    }
    // A key's path is made only for a problem or for a value walked into: the as-of view of every
    // check is walked, and a path for each key of each project would be most of what it allocates.
    for (KeyFormat<T> key : format.keys()) {
      if (!key.isIn(version)) {
        if (key.isGiven(value) && problems.wanted()) {
          problems.add(path.key(key.name()), key.name() + " needs format " + key.since().id() + ": the record is "
              + version.id());
        }
        continue;
      }
      ValueType type = key.type();
      if (key.shape() == KeyFormat.Shape.SINGLE) {
        Optional<?> single = key.value(value);
        if (key.isRequired(version) && single.isEmpty() && problems.wanted()) {
          problems.add(path.key(key.name()), key.name() + " is required");
        }
        if (single.isPresent() && isWalked(type, single.get(), version)) {
          element(type, single.get(), path.key(key.name()), version);
        }
        continue;
      }
      List<?> list = key.list(value).orElse(List.of());
      boolean recorded = !(value instanceof PartlyKnown known && known.notRecorded().contains(key.name()));
      if (key.isNonEmpty() && list.isEmpty() && recorded && version.includes(FormatVersion.V2)
          && (key.shape() == KeyFormat.Shape.OPTIONAL_LIST ? key.list(value).isPresent() : key.isEvidence())
          && problems.wanted()) {
        problems.add(path.key(key.name()), key.name() + " must not be empty: leave it out when it is not recorded");
      }
      RecordPath at = list.isEmpty() ? null : path.key(key.name());
      for (int i = 0; i < list.size(); i++) {
        if (key.isDistinct() && list.indexOf(list.get(i)) < i && problems.wanted()) {
          problems.add(at.index(i), key.name() + " lists " + name(type.element(), list.get(i)) + " twice");
        }
        if (isWalked(type.element(), list.get(i), version)) {
          element(type.element(), list.get(i), at.index(i), version);
        }
      }
    }
  }

  /** Whether {@link #element} has anything to do with a value: an object to walk, or a choice newer than the version. */
  private static boolean isWalked(ValueType type, Object value, FormatVersion version) {
    return type.kind() == ValueType.Kind.OBJECT
        || type.kind() == ValueType.Kind.ENUM && !version.includes(type.since((Enum<?>) value));
  }

  @SuppressWarnings("unchecked")
  private void element(ValueType type, Object value, RecordPath at, FormatVersion version) {
    if (type.kind() == ValueType.Kind.OBJECT) {
      walk((ObjectFormat<Object>) type.object(), value, at, version);
    } else if (type.kind() == ValueType.Kind.ENUM && !version.includes(type.since((Enum<?>) value)) && problems.wanted()) {
      problems.add(at, at.lastKey().orElse("the value") + " " + type.name((Enum<?>) value) + " needs format "
          + type.since((Enum<?>) value).id() + ": the record is " + version.id());
    }
  }

  private static String name(ValueType type, Object value) {
    return type.kind() == ValueType.Kind.ENUM ? type.name((Enum<?>) value) : Problem.quote(String.valueOf(value));
  }

  /**
   * The shape of the partnership that version 2 describes: its councils and county council are
   * local authorities of the record, a county council belongs to a DISTRICT partnership, every
   * scrutiny session names one of the councils (when it has two or more, unless its council is
   * unknown), and a review is led by a body or organisation of the record.
   */
  private void checkShape() {
    Partnership partnership = record.partnership();
    RecordPath at = ROOT.key("partnership");
    for (int i = 0; i < partnership.councils().size(); i++) {
      council(at.key("councils").index(i), "councils", partnership.councils().get(i));
    }
    partnership.countyCouncil().ifPresent(id -> {
      council(at.key("countyCouncil"), "countyCouncil", id);
      if (partnership.tier() != Tier.DISTRICT && problems.wanted()) {
        problems.add(at.key("countyCouncil"), "countyCouncil is for a DISTRICT partnership in a two-tier county;"
            + " this partnership is " + partnership.tier());
      }
    });
    Set<String> councils = new HashSet<>(partnership.councils());
    for (int i = 0; i < record.scrutinySessions().size(); i++) {
      ScrutinySession session = record.scrutinySessions().get(i);
      RecordPath path = ROOT.key("scrutinySessions").index(i).key("council");
      if (session.council().isPresent()) {
        String id = session.council().get();
        organisation(path, "council", id);
        if (organisations.contains(id) && !councils.isEmpty() && !councils.contains(id) && problems.wanted()) {
          problems.add(path, "council names " + Problem.quote(id) + ", which is not one of the partnership's councils ("
              + String.join(", ", partnership.councils()) + ")");
        }
      } else if (councils.size() >= 2 && !session.unknown().contains("council") && problems.wanted()) {
        problems.add(path, "council is required: the partnership has " + councils.size() + " councils ("
            + String.join(", ", partnership.councils()) + "), so each session names the one whose committee sat"
            + " (or lists council in its unknown)");
      }
    }
    for (int i = 0; i < record.domesticHomicideReviews().size(); i++) {
      DomesticHomicideReview review = record.domesticHomicideReviews().get(i);
      RecordPath path = ROOT.key("domesticHomicideReviews").index(i).key("ledBy");
      review.ledBy().ifPresent(id -> {
        if (!bodies.containsKey(id) && !organisations.contains(id) && problems.wanted()) {
          Set<String> both = new HashSet<>(bodies.keySet());
          both.addAll(organisations);
          problems.add(path, "ledBy names " + Problem.quote(id) + ", which is neither a body nor an organisation of the"
              + " record" + didYouMean(both, id));
        }
      });
    }
  }

  /** A council, which must be an organisation of the record of kind LOCAL_AUTHORITY. */
  private void council(RecordPath path, String key, String id) {
    organisation(path, key, id);
    record.organisation(id).filter(o -> o.kind() != OrganisationKind.LOCAL_AUTHORITY).ifPresent(o -> {
      if (problems.wanted()) {
        problems.add(path, key + " names " + Problem.quote(id) + ", which is " + o.kind() + ", not a LOCAL_AUTHORITY");
      }
    });
  }

  private void checkReferences() {
    for (int i = 0; i < record.organisations().size(); i++) {
      Organisation organisation = record.organisations().get(i);
      RecordPath path = ROOT.key("organisations").index(i);
      organisation.succeededBy().ifPresent(id -> organisation(path.key("succeededBy"), "succeededBy", id));
    }
    checkSuccession();
    checkSubgroups();
    for (int i = 0; i < record.termsOfReference().size(); i++) {
      TermsOfReference tor = record.termsOfReference().get(i);
      RecordPath path = ROOT.key("termsOfReference").index(i);
      body(path.key("body"), "body", tor.body());
      body(path.key("approvedBy"), "approvedBy", tor.approvedBy());
      for (int m = 0; m < tor.membership().size(); m++) {
        organisation(path.key("membership").index(m).key("organisation"), "organisation", tor.membership().get(m).organisation());
      }
    }
    for (int i = 0; i < record.meetings().size(); i++) {
      checkMeeting(i, record.meetings().get(i));
    }
    record.agreement().ifPresent(this::checkAgreement);
    record.informationSharing().ifPresent(isa -> {
      for (int i = 0; i < isa.signatures().size(); i++) {
        IsaSignature signature = isa.signatures().get(i);
        RecordPath path = ROOT.key("informationSharing").key("signatures").index(i);
        organisation(path.key("organisation"), "organisation", signature.organisation());
        if (!isaVersions.contains(signature.version()) && problems.wanted()) {
          problems.add(path.key("version"),
              "version names " + Problem.quote(signature.version()) + ", which the agreement does not list");
        }
      }
    });
    for (int g = 0; g < record.grants().size(); g++) {
      checkGrant(g, record.grants().get(g));
    }
    for (int i = 0; i < record.externalAwards().size(); i++) {
      organisation(ROOT.key("externalAwards").index(i).key("funder"), "funder", record.externalAwards().get(i).funder());
    }
    for (int i = 0; i < record.waivers().size(); i++) {
      Waiver waiver = record.waivers().get(i);
      RecordPath path = ROOT.key("waivers").index(i);
      body(path.key("approvedBy"), "approvedBy", waiver.approvedBy());
      if (!anyIds.contains(waiver.subject()) && problems.wanted()) {
        problems.add(path.key("subject"), "subject names " + Problem.quote(waiver.subject()) + ", which is no id in the record"
            + didYouMean(anyIds, waiver.subject()));
      }
    }
  }

  /**
   * Successors must come to an end: an organisation succeeded, through any number of steps, by
   * itself is refused once a circle, at the first of its organisations in the list. (One that
   * succeeds itself directly is refused when it is built.)
   */
  private void checkSuccession() {
    List<Organisation> list = record.organisations();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      index.putIfAbsent(list.get(i).id(), i);
    }
    IntUnaryOperator next = i -> list.get(i).succeededBy().map(index::get).orElse(-1);
    for (List<Integer> circle : circles(list.size(), next)) {
      if (problems.wanted()) {
        int first = circle.get(0);
        problems.add(ROOT.key("organisations").index(first).key("succeededBy"),
            "the successors of organisation " + Problem.quote(list.get(first).id())
                + " go round in a circle: " + describe(circle, i -> list.get(i).id(), "organisations"));
      }
    }
  }

  /**
   * Every subgroup's parents must lead to the partnership. A subgroup whose parents go round in a
   * circle, or lead into one, is refused; one whose parents lead to a body the record does not
   * list is refused for that.
   */
  private void checkSubgroups() {
    List<Subgroup> subgroups = record.subgroups();
    IntUnaryOperator parent = i -> {
      Integer index = bodies.get(subgroups.get(i).parent());
      return index == null ? -1 : index;
    };
    Map<Integer, List<Integer>> circleOf = new HashMap<>();
    for (List<Integer> circle : circles(subgroups.size(), parent)) {
      circle.forEach(member -> circleOf.put(member, circle));
    }
    // a subgroup leads into a circle when its first ancestor that is no longer unknown does
    int[] reaches = new int[subgroups.size()];
    Arrays.fill(reaches, UNKNOWN);
    circleOf.keySet().forEach(member -> reaches[member] = member);
    for (int i = 0; i < subgroups.size(); i++) {
      List<Integer> path = new ArrayList<>();
      int current = i;
      while (current >= 0 && reaches[current] == UNKNOWN) {
        path.add(current);
        current = parent.applyAsInt(current);
      }
      int reached = current < 0 ? NONE : reaches[current];
      path.forEach(member -> reaches[member] = reached);
    }
    for (int i = 0; i < subgroups.size(); i++) {
      Subgroup subgroup = subgroups.get(i);
      RecordPath path = ROOT.key("subgroups").index(i).key("parent");
      if (!bodies.containsKey(subgroup.parent())) {
        if (problems.wanted()) {
          problems.add(path, "parent names body " + Problem.quote(subgroup.parent()) + ", which the record does not list");
        }
      } else if (reaches[i] != NONE && problems.wanted()) {
        List<Integer> circle = circleOf.get(reaches[i]);
        problems.add(path, "the parents of subgroup " + Problem.quote(subgroup.id())
            + " never lead to the partnership: they go round in a circle: "
            + describe(circle, member -> subgroups.get(member).id(), "subgroups"));
      }
    }
  }

  private static final int UNKNOWN = -2;
  private static final int NONE = -1;

  /**
   * The circles of a graph of {@code size} nodes in which each leads to at most one other
   * ({@code next}, or -1 for none), each from its first node in index order: linear in the size.
   */
  private static List<List<Integer>> circles(int size, IntUnaryOperator next) {
    int[] state = new int[size];  // 0 unvisited, 1 on the walk being made, 2 done
    List<List<Integer>> circles = new ArrayList<>();
    for (int start = 0; start < size; start++) {
      List<Integer> walk = new ArrayList<>();
      int current = start;
      while (current >= 0 && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        current = next.applyAsInt(current);
      }
      if (current >= 0 && state[current] == 1) {
        List<Integer> circle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        int first = circle.indexOf(circle.stream().min(Integer::compare).orElseThrow());
        List<Integer> fromFirst = new ArrayList<>(circle.subList(first, circle.size()));
        fromFirst.addAll(circle.subList(0, first));
        circles.add(fromFirst);
      }
      walk.forEach(member -> state[member] = 2);
    }
    return circles;
  }

  /**
   * {@code "A" -> "B" -> "A"}, naming the first three and the last two of a long circle and how
   * many it holds.
   */
  private static String describe(List<Integer> circle, IntFunction<String> id, String kind) {
    List<Integer> shown = circle.size() <= 6 ? circle : circle.subList(0, 3);
    String text = shown.stream().map(member -> Problem.quote(id.apply(member))).collect(Collectors.joining(" -> "));
    if (circle.size() > 6) {
      text += " -> ... (" + circle.size() + " " + kind + " in all) -> "
          + circle.subList(circle.size() - 2, circle.size()).stream()
              .map(member -> Problem.quote(id.apply(member))).collect(Collectors.joining(" -> "));
    }
    return text + " -> " + Problem.quote(id.apply(circle.get(0)));
  }

  private void checkMeeting(int index, Meeting meeting) {
    RecordPath path = ROOT.key("meetings").index(index);
    body(path.key("body"), "body", meeting.body());
    for (int i = 0; i < meeting.items().size(); i++) {
      RecordPath itemPath = path.key("items").index(i).key("approvesMinutesOf");
      meeting.items().get(i).approvesMinutesOf().ifPresent(id -> {
        Meeting approved = meetings.get(id);
        if (approved == null) {
          if (problems.wanted()) {
            problems.add(itemPath, "approvesMinutesOf names meeting " + Problem.quote(id) + ", which the record does not list"
                + didYouMean(meetings.keySet(), id));
          }
        } else if (!approved.body().equals(meeting.body())) {
          if (problems.wanted()) {
            problems.add(itemPath, "approvesMinutesOf names meeting " + Problem.quote(id) + " of another body ("
                + Problem.abbreviate(approved.body()) + ")");
          }
        } else if (!approved.date().isBefore(meeting.date()) && problems.wanted()) {
          problems.add(itemPath, "approvesMinutesOf names meeting " + Problem.quote(id) + " of " + approved.date()
              + ", which is not before this meeting (" + meeting.date() + ")");
        }
      });
    }
  }

  private void checkAgreement(Agreement agreement) {
    for (int i = 0; i < agreement.actions().size(); i++) {
      Action action = agreement.actions().get(i);
      RecordPath path = ROOT.key("agreement").key("actions").index(i);
      for (int p = 0; p < action.priorities().size(); p++) {
        priority(path.key("priorities").index(p), action.priorities().get(p));
      }
      action.lead().ifPresent(id -> organisation(path.key("lead"), "lead", id));
    }
  }

  private void checkGrant(int index, Grant grant) {
    RecordPath path = ROOT.key("grants").index(index);
    organisation(path.key("funder"), "funder", grant.funder());
    for (int r = 0; r < grant.rollovers().size(); r++) {
      String from = grant.rollovers().get(r).fromGrant().orElse(null);
      if (from != null && !grants.contains(from) && problems.wanted()) {
        problems.add(path.key("rollovers").index(r).key("fromGrant"),
            "fromGrant names grant " + Problem.quote(from) + ", which the record does not list" + didYouMean(grants, from));
      }
    }
    for (int p = 0; p < grant.projects().size(); p++) {
      Project project = grant.projects().get(p);
      for (int q = 0; q < project.priorities().size(); q++) {
        priority(path.key("projects").index(p).key("priorities").index(q), project.priorities().get(q));
      }
    }
  }

  private void body(RecordPath path, String key, String id) {
    if (!bodies.containsKey(id) && problems.wanted()) {
      problems.add(path, key + " names body " + Problem.quote(id) + ", which is neither the partnership nor a subgroup"
          + didYouMean(bodies.keySet(), id));
    }
  }

  private void organisation(RecordPath path, String key, String id) {
    if (!organisations.contains(id) && problems.wanted()) {
      problems.add(path, key + " names organisation " + Problem.quote(id) + ", which the record does not list"
          + didYouMean(organisations, id));
    }
  }

  private void priority(RecordPath path, String id) {
    if (!priorities.contains(id) && problems.wanted()) {
      problems.add(path, "priority " + Problem.quote(id) + " is not a priority of the agreement"
          + (record.agreement().isPresent() ? didYouMean(priorities, id) : " (the record has no agreement)"));
    }
  }

  /** For each set of ids a reference missed, its ids by how they look: built once, when first needed. */
  private final Map<Set<String>, Map<String, String>> lookalikes = new IdentityHashMap<>();

  /**
   * {@code ; did you mean "KENT-PCC\u200B"?} when the ids hold one that looks like {@code id}: the
   * same but for case, Unicode normalisation, spaces at either end or invisible (format) characters,
   * which a problem shows as escapes. Empty when none does.
   */
  private String didYouMean(Set<String> ids, String id) {
    Map<String, String> byLook = lookalikes.computeIfAbsent(ids, all -> {
      Map<String, String> looks = new HashMap<>();
      all.forEach(candidate -> looks.putIfAbsent(look(candidate), candidate));
      return looks;
    });
    String similar = byLook.get(look(id));
    return similar == null || similar.equals(id) ? "" : "; did you mean " + Problem.quote(similar) + "?";
  }

  /** How an id looks: normalised (NFKC), without format characters, stripped and in lower case. */
  private static String look(String id) {
    StringBuilder visible = new StringBuilder(id.length());
    Normalizer.normalize(id, Normalizer.Form.NFKC).codePoints()
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(visible::appendCodePoint);
    return visible.toString().strip().toLowerCase(Locale.ROOT);
  }
}
