package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One partnership's governance: the root of a {@code kcsp-record/1} file.
 *
 * <p>A record holds the partnership, the organisations it refers to, its subgroups, every approval
 * of their terms of reference, meetings, the community safety agreement, the information sharing
 * agreement, grants with their projects, other funders' awards, scrutiny sessions, domestic
 * homicide reviews and waivers. Building one checks its structure: ids unique within their kind
 * (the partnership and subgroups share one id space; project ids are unique across the record),
 * every reference resolves, dates are in order. All problems are reported together in one {@link
 * InvalidRecordException}.
 *
 * <pre>{@code
 * PartnershipRecord record = PartnershipRecord.builder()
 *     .partnership(Partnership.builder().id("KCSP").name("Kent Community Safety Partnership")
 *         .area("Kent").tier(Tier.COUNTY).build())
 *     .addOrganisations(Organisation.builder().id("KENT-PCC")
 *         .name("Kent Police and Crime Commissioner")
 *         .kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build())
 *     .build();
 * PartnershipRecord then = record.viewAsOf(LocalDate.of(2020, 3, 18));
 * }</pre>
 */
@Value.Immutable
public interface PartnershipRecord {

  /** The format version this model reads and writes. */
  String FORMAT = "kcsp-record/1";

  /** The date the record describes: the default evaluation date. */
  Optional<LocalDate> asOf();

  /** What the record is, where its figures come from, and which figures are assumed. */
  Optional<String> description();

  Partnership partnership();

  List<Organisation> organisations();

  List<Subgroup> subgroups();

  List<TermsOfReference> termsOfReference();

  List<Meeting> meetings();

  Optional<Agreement> agreement();

  Optional<InformationSharing> informationSharing();

  List<Grant> grants();

  List<ExternalAward> externalAwards();

  List<ScrutinySession> scrutinySessions();

  List<DomesticHomicideReview> domesticHomicideReviews();

  List<Waiver> waivers();

  /** The organisation with this id. */
  default Optional<Organisation> organisation(String id) {
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The name of the body (partnership or subgroup) with this id, or the id itself. */
  default String bodyName(String id) {
    if (partnership().id().equals(id)) {
      return partnership().name();
    }
    return subgroups().stream().filter(s -> s.id().equals(id)).map(Subgroup::name).findFirst().orElse(id);
  }

  /**
   * The record as it stood on {@code date}: facts dated after it are absent, as the evaluation
   * date table of the record format says. ToR approvals, meetings, ISA versions and signatures,
   * scrutiny sessions, priorities (and references to them), rollovers and reviews dated after the
   * date are dropped; business cases, outcome reports and review steps dated after it are not yet
   * taken; waivers whose subject is absent are dropped. Everything else is as recorded, and the
   * view's {@link #asOf()} is {@code date}.
   */
  default PartnershipRecord viewAsOf(LocalDate date) {
    return AsOfView.of(this, date);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartnershipRecord}. */
  final class Builder extends ImmutablePartnershipRecord.Builder {}

  @Value.Check
  default void check() {
    RecordIntegrity.check(this);
  }
}
