package org.kcsp.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kcsp.model.ExternalAward;
import org.kcsp.model.FinancialYear;
import org.kcsp.model.Grant;
import org.kcsp.model.MemberRole;
import org.kcsp.model.Membership;
import org.kcsp.model.Money;
import org.kcsp.model.Organisation;
import org.kcsp.model.OrganisationKind;
import org.kcsp.model.Partnership;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.Pot;
import org.kcsp.model.Project;
import org.kcsp.model.ProjectStatus;
import org.kcsp.model.ScrutinySession;
import org.kcsp.model.TermsOfReference;
import org.kcsp.model.Tier;

/**
 * One record grown to {@code n} projects and {@code n} other funders' awards, built with the
 * model's builders: a small partnership (terms of reference, a scrutiny session) with ten years
 * of grants holding the projects and ten years of awards.
 *
 * <p>The data is shaped so that what there is to find grows with {@code n}, not with its square:
 * every project and award has its own activity key and a title of one common word and two words of
 * its own ({@code "Scheme Kalomi Kalomiton"}), so no two titles are alike by chance. One award in
 * a hundred funds the same activity as a project of the same year, with the same title (a
 * duplicate). Three projects and awards in ten carry no activity key, so titles are compared for
 * them. Project statuses cycle through all eight, so some are live, some committed. (Titles that
 * share most of their words would make the number of possible duplicates, and so any checker's
 * work, grow with the square of {@code n}.)
 */
final class GrowthRecords {

  private static final int YEARS = 10;

  /** The date the grown record describes: the last of its ten years. */
  static final LocalDate AS_OF = LocalDate.of(2028, 9, 30);

  private GrowthRecords() {}

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "ba", "de", "fi", "go", "hu", "ja", "ke", "li", "mo", "ne"
  };

  /** One common word and two words that only {@code i} has. */
  static String title(String common, int i) {
    StringBuilder word = new StringBuilder();
    int rest = i;
    do {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    } while (rest > 0);
    String own = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return common + " " + own + " " + own + "ton";
  }

  static PartnershipRecord grown(int n) {
    FinancialYear first = FinancialYear.startingIn(2019);
    List<Grant.Builder> grants = new ArrayList<>();
    for (int y = 0; y < YEARS; y++) {
      FinancialYear year = FinancialYear.startingIn(first.startYear() + y);
      grants.add(Grant.builder().id("GROWTH-" + year.startYear()).programme("Crime Reduction Grant").funder("PCC")
          .financialYear(year).allocation(Money.ofPounds(1_000L * n)).tacticalPot(Money.ofPounds(300L * n)));
    }
    ProjectStatus[] statuses = ProjectStatus.values();
    for (int i = 0; i < n; i++) {
      Project.Builder project = Project.builder().id("growth-project-" + i).title(title("Scheme", i))
          .pot(i % 4 == 0 ? Pot.TACTICAL : Pot.UPFRONT).amount(Money.ofPounds(100 + i % 900)).status(statuses[i % statuses.length]);
      if (i % 10 >= 3) {
        project.activity("activity-" + i);
      }
      grants.get(i % YEARS).addProjects(project.build());
    }
    List<ExternalAward> awards = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      boolean duplicate = j % 100 == 0;
      int project = duplicate ? j : -1 - j;
      ExternalAward.Builder award = ExternalAward.builder().id("growth-award-" + j).funder("VRU")
          .title(duplicate ? title("Scheme", j) : title("Fund", n + j))
          .amount(Money.ofPounds(500))
          .financialYear(FinancialYear.startingIn(first.startYear() + j % YEARS));
      if (j % 10 >= 3) {
        award.activity("activity-" + project);
      }
      awards.add(award.build());
    }
    return PartnershipRecord.builder()
        .asOf(AS_OF)
        .partnership(Partnership.builder().id("GROWTH").name("Growth Community Safety Partnership").area("Growth")
            .tier(Tier.UNITARY).build())
        .addOrganisations(
            Organisation.builder().id("PCC").name("Police and Crime Commissioner").kind(OrganisationKind.POLICE_AND_CRIME_COMMISSIONER).build(),
            Organisation.builder().id("VRU").name("Violence Reduction Unit").kind(OrganisationKind.VIOLENCE_REDUCTION_UNIT).build(),
            Organisation.builder().id("LA").name("Council").kind(OrganisationKind.LOCAL_AUTHORITY).build(),
            Organisation.builder().id("POLICE").name("Police").kind(OrganisationKind.POLICE).build())
        .addTermsOfReference(TermsOfReference.builder().id("GROWTH-TOR").body("GROWTH").version("2028")
            .approvedOn(AS_OF.minusMonths(3)).approvedBy("GROWTH")
            .addMembership(Membership.of("LA", MemberRole.RESPONSIBLE_AUTHORITY), Membership.of("POLICE", MemberRole.RESPONSIBLE_AUTHORITY))
            .build())
        .addScrutinySessions(ScrutinySession.builder().id("GROWTH-SCRUTINY").date(AS_OF.minusMonths(2)).committee("Scrutiny").build())
        .grants(grants.stream().map(Grant.Builder::build).toList())
        .externalAwards(awards)
        .build();
  }
}
