package org.kcsp.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The structural invariants of a whole record: ids unique within their kind, references that
 * resolve, and the date orders that span values. Every problem is collected, none thrown.
 */
final class RecordIntegrity {

  private final PartnershipRecord record;
  private final List<Problem> problems = new ArrayList<>();

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

  static List<Problem> problems(PartnershipRecord record) {
    RecordIntegrity integrity = new RecordIntegrity(record);
    integrity.collectIds();
    integrity.checkReferences();
    return integrity.problems;
  }

  private void collectIds() {
    bodies.put(record.partnership().id(), -1);
    anyIds.add(record.partnership().id());
    for (int i = 0; i < record.subgroups().size(); i++) {
      String id = record.subgroups().get(i).id();
      if (bodies.containsKey(id)) {
        problems.add(
            Problem.at(
                "$.subgroups[" + i + "].id",
                "body id \"" + id + "\" is used twice (the partnership and subgroups share one id space)"));
      } else {
        bodies.put(id, i);
      }
      anyIds.add(id);
    }
    unique("$.organisations", "organisation", record.organisations(), Organisation::id, organisations);
    unique("$.termsOfReference", "terms of reference", record.termsOfReference(), TermsOfReference::id, new HashSet<>());
    Set<String> meetingIds = new HashSet<>();
    unique("$.meetings", "meeting", record.meetings(), Meeting::id, meetingIds);
    record.meetings().forEach(meeting -> meetings.putIfAbsent(meeting.id(), meeting));
    record.agreement().ifPresent(agreement -> {
      unique("$.agreement.priorities", "priority", agreement.priorities(), Priority::id, priorities);
      unique("$.agreement.actions", "action", agreement.actions(), Action::id, new HashSet<>());
    });
    record.informationSharing().ifPresent(isa -> {
      for (int i = 0; i < isa.versions().size(); i++) {
        String version = isa.versions().get(i).version();
        if (!isaVersions.add(version)) {
          problems.add(
              Problem.at(
                  "$.informationSharing.versions[" + i + "].version",
                  "version \"" + version + "\" is listed twice"));
        }
      }
    });
    unique("$.grants", "grant", record.grants(), Grant::id, grants);
    Set<String> projects = new HashSet<>();
    for (int g = 0; g < record.grants().size(); g++) {
      unique("$.grants[" + g + "].projects", "project", record.grants().get(g).projects(), Project::id, projects);
    }
    unique("$.externalAwards", "award", record.externalAwards(), ExternalAward::id, new HashSet<>());
    unique("$.scrutinySessions", "scrutiny session", record.scrutinySessions(), ScrutinySession::id, new HashSet<>());
    unique("$.domesticHomicideReviews", "review", record.domesticHomicideReviews(), DomesticHomicideReview::id, new HashSet<>());
  }

  private <T> void unique(
      String listPath, String kind, List<T> values, Function<T, String> id, Set<String> seen) {
    for (int i = 0; i < values.size(); i++) {
      String value = id.apply(values.get(i));
      if (!seen.add(value)) {
        String scope = kind.equals("project") ? " (project ids are unique across the record)" : "";
        problems.add(Problem.at(listPath + "[" + i + "].id", kind + " id \"" + value + "\" is used twice" + scope));
      }
      anyIds.add(value);
    }
  }

  private void checkReferences() {
    for (int i = 0; i < record.organisations().size(); i++) {
      Organisation organisation = record.organisations().get(i);
      String path = "$.organisations[" + i + "]";
      organisation.succeededBy().ifPresent(id -> organisation(path + ".succeededBy", "succeededBy", id));
    }
    checkSubgroups();
    for (int i = 0; i < record.termsOfReference().size(); i++) {
      TermsOfReference tor = record.termsOfReference().get(i);
      String path = "$.termsOfReference[" + i + "]";
      body(path + ".body", "body", tor.body());
      body(path + ".approvedBy", "approvedBy", tor.approvedBy());
      for (int m = 0; m < tor.membership().size(); m++) {
        organisation(path + ".membership[" + m + "].organisation", "organisation", tor.membership().get(m).organisation());
      }
    }
    for (int i = 0; i < record.meetings().size(); i++) {
      checkMeeting(i, record.meetings().get(i));
    }
    record.agreement().ifPresent(this::checkAgreement);
    record.informationSharing().ifPresent(isa -> {
      for (int i = 0; i < isa.signatures().size(); i++) {
        IsaSignature signature = isa.signatures().get(i);
        String path = "$.informationSharing.signatures[" + i + "]";
        organisation(path + ".organisation", "organisation", signature.organisation());
        if (!isaVersions.contains(signature.version())) {
          problems.add(
              Problem.at(
                  path + ".version",
                  "version names \"" + signature.version() + "\", which the agreement does not list"));
        }
      }
    });
    for (int g = 0; g < record.grants().size(); g++) {
      checkGrant(g, record.grants().get(g));
    }
    for (int i = 0; i < record.externalAwards().size(); i++) {
      organisation("$.externalAwards[" + i + "].funder", "funder", record.externalAwards().get(i).funder());
    }
    for (int i = 0; i < record.waivers().size(); i++) {
      Waiver waiver = record.waivers().get(i);
      String path = "$.waivers[" + i + "]";
      body(path + ".approvedBy", "approvedBy", waiver.approvedBy());
      if (!anyIds.contains(waiver.subject())) {
        problems.add(
            Problem.at(path + ".subject", "subject names \"" + waiver.subject() + "\", which is no id in the record"));
      }
    }
  }

  private void checkSubgroups() {
    for (int i = 0; i < record.subgroups().size(); i++) {
      Subgroup subgroup = record.subgroups().get(i);
      String path = "$.subgroups[" + i + "].parent";
      if (!bodies.containsKey(subgroup.parent())) {
        problems.add(Problem.at(path, "parent names body \"" + subgroup.parent() + "\", which the record does not list"));
        continue;
      }
      String current = subgroup.parent();
      for (int steps = 0; steps <= record.subgroups().size(); steps++) {
        Integer index = bodies.get(current);
        if (index == null || index < 0) {
          break;
        }
        if (steps == record.subgroups().size()) {
          problems.add(Problem.at(path, "the parents of subgroup \"" + subgroup.id() + "\" never lead to the partnership: they go round in a circle"));
          break;
        }
        current = record.subgroups().get(index).parent();
      }
    }
  }

  private void checkMeeting(int index, Meeting meeting) {
    String path = "$.meetings[" + index + "]";
    body(path + ".body", "body", meeting.body());
    for (int i = 0; i < meeting.items().size(); i++) {
      String itemPath = path + ".items[" + i + "].approvesMinutesOf";
      meeting.items().get(i).approvesMinutesOf().ifPresent(id -> {
        Meeting approved = meetings.get(id);
        if (approved == null) {
          problems.add(Problem.at(itemPath, "approvesMinutesOf names meeting \"" + id + "\", which the record does not list"));
        } else if (!approved.body().equals(meeting.body())) {
          problems.add(Problem.at(itemPath, "approvesMinutesOf names meeting \"" + id + "\" of another body (" + approved.body() + ")"));
        } else if (!approved.date().isBefore(meeting.date())) {
          problems.add(
              Problem.at(
                  itemPath,
                  "approvesMinutesOf names meeting \"" + id + "\" of " + approved.date()
                      + ", which is not before this meeting (" + meeting.date() + ")"));
        }
      });
    }
  }

  private void checkAgreement(Agreement agreement) {
    for (int i = 0; i < agreement.actions().size(); i++) {
      Action action = agreement.actions().get(i);
      String path = "$.agreement.actions[" + i + "]";
      for (int p = 0; p < action.priorities().size(); p++) {
        priority(path + ".priorities[" + p + "]", action.priorities().get(p));
      }
      action.lead().ifPresent(id -> organisation(path + ".lead", "lead", id));
    }
  }

  private void checkGrant(int index, Grant grant) {
    String path = "$.grants[" + index + "]";
    organisation(path + ".funder", "funder", grant.funder());
    for (int r = 0; r < grant.rollovers().size(); r++) {
      String from = grant.rollovers().get(r).fromGrant().orElse(null);
      if (from != null && !grants.contains(from)) {
        problems.add(Problem.at(path + ".rollovers[" + r + "].fromGrant", "fromGrant names grant \"" + from + "\", which the record does not list"));
      }
    }
    for (int p = 0; p < grant.projects().size(); p++) {
      Project project = grant.projects().get(p);
      for (int q = 0; q < project.priorities().size(); q++) {
        priority(path + ".projects[" + p + "].priorities[" + q + "]", project.priorities().get(q));
      }
    }
  }

  private void body(String path, String key, String id) {
    if (!bodies.containsKey(id)) {
      problems.add(Problem.at(path, key + " names body \"" + id + "\", which is neither the partnership nor a subgroup"));
    }
  }

  private void organisation(String path, String key, String id) {
    if (!organisations.contains(id)) {
      problems.add(Problem.at(path, key + " names organisation \"" + id + "\", which the record does not list"));
    }
  }

  private void priority(String path, String id) {
    if (!priorities.contains(id)) {
      problems.add(
          Problem.at(
              path,
              "priority \"" + id + "\" is not a priority of the agreement"
                  + (record.agreement().isPresent() ? "" : " (the record has no agreement)")));
    }
  }
}
