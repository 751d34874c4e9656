package org.kcsp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One partnership's governance: the root of a {@code kcsp-record/1} or {@code kcsp-record/2} file.
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
 *
 * <p><b>Versions.</b> {@link #format()} is the version of the record format the record is in:
 * version 1 unless stated, and the version {@code RecordWriter} writes. A version 2 record tells
 * <em>not recorded</em> from <em>none</em> and can say a value is <em>unknown</em> ({@link
 * PartlyKnown}: every value that has evidence lists or optional single values answers {@code
 * isRecorded(key)} and {@code isUnknown(key)}), and holds the keys of partnerships of other shapes.
 * Its root evidence lists ({@code subgroups}, {@code termsOfReference}, {@code meetings}, {@code
 * grants}, {@code externalAwards}, {@code scrutinySessions}, {@code domesticHomicideReviews},
 * {@code strategicAssessments}) and optional objects ({@code agreement}, {@code informationSharing},
 * {@code seriousViolence}) are not recorded when {@link #notRecorded()} names them; an absent
 * optional object must be named there, as this release has no way to say there is none. A version
 * 1 record holds neither marker and no key or organisation kind that version 2 introduced; building
 * one that does is refused, naming each.
 */
@Value.Immutable
public interface PartnershipRecord extends PartlyKnown {

  /** The id of version 1 of the record format: {@code FormatVersion.V1.id()}. */
  String FORMAT = "kcsp-record/1";

  /** The version of the record format the record is in: version 1 unless stated. */
  @Value.Default
  default FormatVersion format() {
    return FormatVersion.V1;
  }

  /** The built-in policy the record names, if it names one. */
  Optional<BuiltInPolicy> policy();

  /** The policy the record is checked under: the one it names, else its version's default (version 1: {@code kcsp}; version 2: {@code england}). */
  default BuiltInPolicy effectivePolicy() {
    return policy().orElse(BuiltInPolicy.defaultFor(format()));
  }

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

  /** Each annual strategic assessment (an evidence list in version 2). */
  List<StrategicAssessment> strategicAssessments();

  /** The partnership's part in the Serious Violence Duty, if recorded. */
  Optional<SeriousViolence> seriousViolence();

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
   * taken; waivers whose subject is absent are dropped. Of version 2's dated facts, strategic
   * assessments after the date are dropped, and a serious violence needs assessment, strategy
   * publication or review and a review's Home Office notice after it are not yet done. Everything
   * else is as recorded, what is not recorded or unknown stays so, and the view's {@link #asOf()}
   * is {@code date}.
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
