package org.kcsp.examples;

import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Tier;

/**
 * The record {@code kcsp new} writes: a {@code kcsp-record/2} skeleton of a partnership of one
 * tier, valid as it stands. It holds what every record needs, with placeholders: the partnership,
 * its council (and, for a district, the county council) and the other responsible authorities and
 * the police and crime commissioner. Every other section is left out, that is not recorded, so a
 * check of the skeleton reports evidence gaps, never a finding of "none". A YAML skeleton carries
 * each of them as a commented-out template ({@link #yamlSections}) to uncomment and fill in.
 */
final class RecordSkeleton {

  /** The partnership's id in the skeleton, which the templates refer to. */
  static final String PARTNERSHIP = "CSP";

  private static final String DESCRIPTION = "A skeleton made by kcsp new: replace the placeholders and record what the"
      + " partnership's papers say. A section left out is not recorded, and kcsp validate reports what it would decide"
      + " as evidence gaps; a list known to be empty is written []. A fact that exists but whose value is not known goes"
      + " in its object's unknown list, such as \"unknown\": [\"decidedOn\"].";

  private RecordSkeleton() {}

  /** The skeleton of a partnership of {@code tier}. */
  static PartnershipRecord record(Tier tier) {
    List<Organisation> organisations = new ArrayList<>();
    Partnership.Builder partnership = Partnership.builder().id(PARTNERSHIP).name("The partnership's name")
        .area("The area it covers").tier(tier).addCouncils(council(tier));
    switch (tier) {
      case COUNTY -> organisations.add(organisation(council(tier), "The county council", OrganisationKind.LOCAL_AUTHORITY));
      case DISTRICT -> {
        organisations.add(organisation(council(tier), "The district or borough council", OrganisationKind.LOCAL_AUTHORITY));
        organisations.add(organisation("COUNTY-COUNCIL", "The county council", OrganisationKind.LOCAL_AUTHORITY));
        partnership.countyCouncil("COUNTY-COUNCIL");
      }
      case UNITARY -> organisations.add(organisation(council(tier), "The council", OrganisationKind.LOCAL_AUTHORITY));
    }
    organisations.add(organisation("POLICE", "The police force", OrganisationKind.POLICE));
    organisations.add(organisation("FIRE-AND-RESCUE", "The fire and rescue authority", OrganisationKind.FIRE_AND_RESCUE));
    organisations.add(organisation("HEALTH", "The integrated care board", OrganisationKind.HEALTH));
    organisations.add(organisation("PROBATION", "The Probation Service", OrganisationKind.PROBATION));
    organisations.add(organisation("PCC", "The police and crime commissioner", OrganisationKind.POLICE_AND_CRIME_COMMISSIONER));
    return PartnershipRecord.builder()
        .format(FormatVersion.V2)
        .description(DESCRIPTION)
        .partnership(partnership.build())
        .organisations(organisations)
        .addNotRecorded("subgroups", "termsOfReference", "meetings", "agreement", "informationSharing", "grants",
            "externalAwards", "scrutinySessions", "domesticHomicideReviews", "strategicAssessments", "seriousViolence")
        .build();
  }

  /** The id of the council whose area the partnership covers. */
  static String council(Tier tier) {
    return switch (tier) {
      case COUNTY -> "COUNTY-COUNCIL";
      case DISTRICT -> "DISTRICT-COUNCIL";
      case UNITARY -> "COUNCIL";
    };
  }

  private static Organisation organisation(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id).name(name).kind(kind).build();
  }

  /**
   * The YAML skeleton's first lines: the comment that names the schema for editors, and what the
   * file is (lines starting {@code ## } explain, as in {@link #yamlSections}).
   */
  static String yamlHeader(Tier tier) {
    return SchemaReference.MODELINE + SchemaReference.BESIDE + "\n"
        + "## A kcsp-record/2 skeleton of a " + tier + " partnership, made by kcsp new. Replace the placeholders\n"
        + "## (\"The ...\"), keep each id or change it everywhere it is used, and add what the partnership's\n"
        + "## papers say. Two keys may be added at the top: asOf, the date the record describes (checked\n"
        + "## as of today without it), and policy, england (the default) or kcsp.\n";
  }

  /**
   * Every section of the record but the partnership and its organisations, each commented out: a
   * template to uncomment and fill in. Lines starting {@code ## } say what a section is; lines
   * starting {@code # } are the template, a valid record once uncommented beside the skeleton.
   */
  static String yamlSections(Tier tier) {
    String council = council(tier);
    String members = "#       - organisation: \"" + council + "\"\n"
        + "#         role: \"RESPONSIBLE_AUTHORITY\"\n"
        + (tier == Tier.DISTRICT
            ? "#       - organisation: \"COUNTY-COUNCIL\"\n#         role: \"RESPONSIBLE_AUTHORITY\"\n" : "")
        + "#       - organisation: \"POLICE\"\n"
        + "#         role: \"RESPONSIBLE_AUTHORITY\"\n"
        + "#       - organisation: \"FIRE-AND-RESCUE\"\n"
        + "#         role: \"RESPONSIBLE_AUTHORITY\"\n"
        + "#       - organisation: \"HEALTH\"\n"
        + "#         role: \"RESPONSIBLE_AUTHORITY\"\n"
        + "#       - organisation: \"PROBATION\"\n"
        + "#         role: \"RESPONSIBLE_AUTHORITY\"\n"
        + "#       - organisation: \"PCC\"\n"
        + "#         role: \"CO_OPERATING\"\n";
    String kind = tier == Tier.COUNTY ? "AGREEMENT" : "PARTNERSHIP_PLAN";
    String plan = tier == Tier.COUNTY ? "Community safety agreement" : "Community safety partnership plan";
    return """
        ##
        ## Every section below is not recorded while it is commented out: kcsp validate reports what
        ## it would decide as evidence gaps. Uncomment a section (take off the first "# " of each of
        ## its lines) and fill it in from the partnership's papers. Write [] for a list known to be
        ## empty: "subgroups: []" says there are none. A fact that exists but whose value is not known
        ## (a decision taken on a date nobody published) goes in its object's unknown list, such as
        ## unknown: ["decidedOn"].
        ##
        ## The groups the partnership oversees.
        # subgroups:
        #   - id: "CSP-TASK-GROUP"
        #     name: "Task group"
        #     parent: "CSP"
        ## Every approval of the terms of reference of the partnership and of each subgroup.
        # termsOfReference:
        #   - id: "CSP-TOR-2024"
        #     body: "CSP"
        #     version: "2024"
        #     approvedOn: "2024-06-12"
        #     approvedBy: "CSP"
        #     meetingsPerYear: 4
        #     membership:
        %s\
        ## Meetings held, scheduled or cancelled, with their agenda items.
        # meetings:
        #   - id: "CSP-2024-06-12"
        #     body: "CSP"
        #     date: "2024-06-12"
        #     status: "HELD"
        #     items:
        #       - title: "Terms of reference"
        #         kind: "TERMS_OF_REFERENCE"
        #         resolution: "Approved"
        ## The partnership's strategy document, its priorities and action plan.
        # agreement:
        #   name: "%s"
        #   kind: "%s"
        #   lastRefreshedOn: "2024-04-01"
        #   priorities:
        #     - id: "ASB"
        #       name: "Anti-social behaviour"
        #       kind: "PRIORITY"
        #       strands: ["CRIME_AND_DISORDER"]
        #   actions:
        #     - id: "ACT-01"
        #       title: "Town centre patrols"
        #       priorities: ["ASB"]
        #       lead: "POLICE"
        #       cadence: "ONGOING"
        #       outcomes:
        #         - kind: "QUANTITATIVE"
        #           description: "Incidents of anti-social behaviour reported"
        ## The information sharing agreement: its versions and who signed which.
        # informationSharing:
        #   name: "Information sharing agreement"
        #   versions:
        #     - version: "1"
        #       effectiveFrom: "2024-01-01"
        #   signatures:
        #     - organisation: "POLICE"
        #       version: "1"
        #       signedOn: "2024-01-15"
        ## Grants received, with the projects they fund.
        # grants:
        #   - id: "GRANT-2024-25"
        #     programme: "Community Safety Fund"
        #     funder: "PCC"
        #     financialYear: "2024/25"
        #     allocation: 40000
        #     rollovers: []
        #     projects:
        #       - id: "street-pastors"
        #         title: "Street Pastors"
        #         pot: "UPFRONT"
        #         amount: 12000
        #         status: "APPROVED"
        #         priorities: ["ASB"]
        ## Other funders' awards, to find activities funded twice.
        # externalAwards:
        #   - id: "AWARD-2024-1"
        #     funder: "PCC"
        #     title: "Youth diversion"
        #     financialYear: "2024/25"
        ## Sessions of the council's crime and disorder scrutiny committee on the partnership.
        # scrutinySessions:
        #   - id: "SCRUTINY-2024"
        #     date: "2024-11-20"
        #     committee: "Crime and disorder scrutiny committee"
        #     council: "%s"
        ## Domestic homicide reviews the partnership was notified of.
        # domesticHomicideReviews:
        #   - id: "DHR-2024-1"
        #     name: "Adult A"
        #     notifiedOn: "2024-02-01"
        #     decision: "COMMISSIONED"
        #     decidedOn: "2024-02-20"
        ## Each annual strategic assessment.
        # strategicAssessments:
        #   - id: "SA-2024"
        #     completedOn: "2024-03-31"
        ## The partnership's part in the Serious Violence Duty.
        # seriousViolence:
        #   role: "LEAD"
        #   strategyPublishedOn: "2024-01-31"
        ## Findings the partnership has knowingly accepted, until a date (none when left out).
        # waivers:
        #   - rule: "TOR_REVIEW_OVERDUE"
        #     subject: "CSP"
        #     reason: "The review moves to the next meeting"
        #     approvedBy: "CSP"
        #     until: "2024-12-31"
        """.formatted(members, plan, kind, council);
  }
}
