package org.kcsp.rules.internal;

import java.util.HashMap;
import java.util.Map;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.SubjectKind;

/** The kind of every id in a record, for the subjects of waivers. */
final class SubjectKinds {

  private SubjectKinds() {}

  static Map<String, SubjectKind> of(PartnershipRecord record) {
    Map<String, SubjectKind> kinds = new HashMap<>();
    kinds.put(record.partnership().id(), SubjectKind.PARTNERSHIP);
    record.subgroups().forEach(s -> kinds.putIfAbsent(s.id(), SubjectKind.SUBGROUP));
    record.termsOfReference().forEach(t -> kinds.putIfAbsent(t.id(), SubjectKind.TERMS_OF_REFERENCE));
    record.organisations().forEach(o -> kinds.putIfAbsent(o.id(), SubjectKind.ORGANISATION));
    record.meetings().forEach(m -> kinds.putIfAbsent(m.id(), SubjectKind.MEETING));
    record.agreement().ifPresent(a -> {
      a.priorities().forEach(p -> kinds.putIfAbsent(p.id(), SubjectKind.PRIORITY));
      a.actions().forEach(x -> kinds.putIfAbsent(x.id(), SubjectKind.ACTION));
    });
    record.grants().forEach(g -> {
      kinds.putIfAbsent(g.id(), SubjectKind.GRANT);
      g.projects().forEach(p -> kinds.putIfAbsent(p.id(), SubjectKind.PROJECT));
    });
    record.externalAwards().forEach(a -> kinds.putIfAbsent(a.id(), SubjectKind.AWARD));
    record.scrutinySessions().forEach(s -> kinds.putIfAbsent(s.id(), SubjectKind.SCRUTINY_SESSION));
    record.domesticHomicideReviews().forEach(r -> kinds.putIfAbsent(r.id(), SubjectKind.REVIEW));
    return kinds;
  }
}
