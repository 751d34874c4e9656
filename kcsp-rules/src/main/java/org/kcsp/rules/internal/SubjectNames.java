package org.kcsp.rules.internal;

import java.util.HashMap;
import java.util.Map;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.spi.Text;

/**
 * What messages call every id of a record: a name, a title, or for things that have none (a ToR
 * approval, a meeting, a scrutiny session) the body or committee and the date. For the subjects of
 * waivers, whose rules know only an id, and for what a forecast's calendar calls a finding's subject.
 */
public final class SubjectNames {

  private SubjectNames() {}

  /** What messages call each id of the record, by id. */
  public static Map<String, String> of(PartnershipRecord record) {
    Map<String, String> names = new HashMap<>();
    names.put(record.partnership().id(), record.partnership().name());
    record.subgroups().forEach(s -> names.putIfAbsent(s.id(), s.name()));
    record.termsOfReference().forEach(t -> names.putIfAbsent(t.id(),
        record.bodyName(t.body()) + "'s terms of reference of " + Text.date(t.approvedOn())));
    record.organisations().forEach(o -> names.putIfAbsent(o.id(), o.name()));
    record.meetings().forEach(m -> names.putIfAbsent(m.id(),
        record.bodyName(m.body()) + "'s meeting of " + Text.date(m.date())));
    record.agreement().ifPresent(a -> {
      a.priorities().forEach(p -> names.putIfAbsent(p.id(), p.name()));
      a.actions().forEach(x -> names.putIfAbsent(x.id(), x.title()));
    });
    record.grants().forEach(g -> {
      names.putIfAbsent(g.id(), g.programme() + " " + g.financialYear());
      g.projects().forEach(p -> names.putIfAbsent(p.id(), p.title()));
    });
    record.externalAwards().forEach(a -> names.putIfAbsent(a.id(), a.title()));
    record.scrutinySessions().forEach(s -> names.putIfAbsent(s.id(),
        s.committee() + "'s session of " + Text.date(s.date())));
    record.domesticHomicideReviews().forEach(r -> names.putIfAbsent(r.id(), r.name()));
    return names;
  }
}
