package org.kcsp.examples.generate;

import java.util.List;
import java.util.Locale;
import org.kcsp.model.Strand;

/**
 * The words generated records are made of: places, bodies, priorities, projects and awards, in the
 * style of real partnership papers. Project titles and award titles share no two content words in
 * a way that makes them alike, so only the duplicates the generator plants match.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> COUNTIES = List.of(
      "Kent", "Essex", "Surrey", "Hampshire", "Lancashire", "Norfolk", "Suffolk", "Devon",
      "Staffordshire", "Nottinghamshire", "Derbyshire", "Leicestershire", "Lincolnshire",
      "Oxfordshire", "Gloucestershire", "Worcestershire", "Cambridgeshire", "Hertfordshire",
      "West Sussex", "East Sussex", "Warwickshire", "Cumbria", "North Yorkshire", "Somerset");

  static final List<String> PLACES = List.of(
      "Ashford", "Barnsley", "Basildon", "Bedford", "Blackburn", "Bolton", "Bracknell", "Bradford",
      "Brighton", "Cambridge", "Canterbury", "Carlisle", "Cheltenham", "Chester", "Colchester",
      "Crawley", "Derby", "Doncaster", "Dover", "Durham", "Exeter", "Gloucester", "Guildford",
      "Harlow", "Hastings", "Hereford", "Ipswich", "Kendal", "Lancaster", "Lincoln", "Luton",
      "Maidstone", "Mansfield", "Medway", "Milton Keynes", "Newark", "Northampton", "Norwich",
      "Oxford", "Peterborough", "Plymouth", "Preston", "Reading", "Rochdale", "Salisbury",
      "Scarborough", "Sevenoaks", "Shrewsbury", "Slough", "Southend", "Stafford", "Stevenage",
      "Swindon", "Taunton", "Telford", "Thanet", "Truro", "Wakefield", "Warrington", "Watford",
      "Winchester", "Worcester", "Worthing", "York");

  /** Kinds of district council, for names such as "Dover District Council". */
  static final List<String> DISTRICT_COUNCILS = List.of("District Council", "Borough Council", "City Council");

  /** Voluntary organisations: a name pattern ({@code %s} is the area) and an id suffix. */
  record Voluntary(String pattern, String suffix) {
    String name(String area) {
      return String.format(Locale.ROOT, pattern, area);
    }
  }

  static final List<Voluntary> VOLUNTARY = List.of(
      new Voluntary("%s Women's Aid", "WA"),
      new Voluntary("Victim Support %s", "VS"),
      new Voluntary("%s Street Pastors", "SP"),
      new Voluntary("%s Youth Trust", "YT"),
      new Voluntary("Citizens Advice %s", "CA"),
      new Voluntary("%s Council for Voluntary Service", "CVS"),
      new Voluntary("%s Recovery Network", "RN"));

  /** What a voluntary organisation becomes when it merges into another. */
  static final List<Voluntary> SUCCESSORS = List.of(
      new Voluntary("%s Domestic Abuse Services", "DAS"),
      new Voluntary("%s Community Foundation Trust", "CFT"),
      new Voluntary("%s Together", "TOG"));

  /** A kind of subgroup: an id suffix and a name. */
  record SubgroupKind(String suffix, String name) {}

  static final List<SubgroupKind> SUBGROUPS = List.of(
      new SubgroupKind("WG", "Working Group"),
      new SubgroupKind("DA", "Domestic Abuse and Sexual Violence Group"),
      new SubgroupKind("SV", "Serious Violence Group"),
      new SubgroupKind("ASB", "Anti-social Behaviour Task Group"),
      new SubgroupKind("PREVENT", "Prevent Steering Group"),
      new SubgroupKind("RR", "Reducing Reoffending Group"));

  static final SubgroupKind DHR_PANEL = new SubgroupKind("DHR", "Domestic Homicide Review Panel");

  /** Subgroups set up in the year, before their terms of reference are approved. */
  static final List<SubgroupKind> NEW_SUBGROUPS = List.of(
      new SubgroupKind("SVD", "Serious Violence Duty Task Group"),
      new SubgroupKind("VAWG", "Violence Against Women and Girls Task Group"),
      new SubgroupKind("RETAIL", "Retail Crime Task Group"));

  /** An agreement priority, its actions and how their results are measured. */
  record PriorityKind(String id, String name, String formerName, List<String> actions,
      List<String> quantitative, List<String> qualitative) {}

  static final List<PriorityKind> PRIORITIES = List.of(
      new PriorityKind("domestic-abuse", "Domestic abuse", "Domestic abuse and stalking",
          List.of("Deliver domestic abuse awareness training to frontline staff",
              "Commission support for children affected by domestic abuse",
              "Review repeat referrals to the MARAC"),
          List.of("Repeat MARAC referrals below 35%", "Number of frontline staff trained"),
          List.of("Survivors say they felt believed and supported")),
      new PriorityKind("serious-violence", "Serious violence", null,
          List.of("Publish the serious violence strategic needs assessment",
              "Fund youth diversion in hotspot areas",
              "Map knife crime hotspots with partners"),
          List.of("Fewer knife crime offences than last year", "Hospital admissions for assault with a sharp object"),
          List.of("Young people say the town centre feels safer")),
      new PriorityKind("asb", "Anti-social behaviour", "Antisocial behaviour and criminal damage",
          List.of("Hold monthly ASB case review meetings", "Promote the community trigger",
              "Target patrols at ASB hotspots"),
          List.of("ASB incidents reduced by 5%", "Community trigger reviews completed in time"),
          List.of("Residents report confidence in how ASB is handled")),
      new PriorityKind("substance-misuse", "Substance misuse", null,
          List.of("Support the combating drugs partnership", "Run alcohol awareness in licensed premises"),
          List.of("More people entering treatment", "Drug-related litter reports fall"),
          List.of("People in recovery report feeling supported")),
      new PriorityKind("exploitation", "Exploitation of children and vulnerable adults", "County lines",
          List.of("Train partners to spot cuckooing", "Share intelligence on county lines",
              "Run a child exploitation awareness week"),
          List.of("Referrals to the exploitation panel", "Cuckooing closures obtained"),
          List.of("Parents say they know where to go for help")),
      new PriorityKind("reoffending", "Reducing reoffending", null,
          List.of("Extend integrated offender management", "Find accommodation for prison leavers"),
          List.of("Proven reoffending rate of the cohort", "Prison leavers housed on release"),
          List.of("Cohort members report stable lives")),
      new PriorityKind("road-safety", "Road safety", null,
          List.of("Support community speed watch groups", "Deliver young driver education"),
          List.of("Killed or seriously injured casualties", "Speed watch sessions held"),
          List.of("Residents feel their streets are safer to cross")),
      new PriorityKind("neighbourhood-crime", "Neighbourhood crime", "Acquisitive crime",
          List.of("Target harden homes of repeat burglary victims", "Relaunch neighbourhood watch"),
          List.of("Residential burglary offences", "Homes target hardened"),
          List.of("Victims report feeling safe at home")),
      new PriorityKind("prevent", "Preventing violent extremism", null,
          List.of("Deliver Prevent training to schools", "Run the Channel panel"),
          List.of("Staff trained in Prevent", "Channel referrals reviewed within a month"),
          List.of("Schools report confidence in making referrals")));

  /** Added from 2022: the VAWG priority of the national strategy of July 2021. */
  /**
   * The statutory strands (Crime and Disorder Act 1998 s6(1)) a priority of this id serves, as a
   * partnership would list them; none for a priority outside them (road safety) or a theme, whose
   * strands a record chooses.
   */
  static List<Strand> strands(String priority) {
    return switch (priority) {
      case "serious-violence", "exploitation", "vawg" -> List.of(Strand.CRIME_AND_DISORDER, Strand.SERIOUS_VIOLENCE);
      case "substance-misuse" -> List.of(Strand.SUBSTANCE_MISUSE);
      case "reoffending" -> List.of(Strand.REOFFENDING);
      case "domestic-abuse", "asb", "neighbourhood-crime", "prevent", "retail-crime" -> List.of(Strand.CRIME_AND_DISORDER);
      default -> List.of();
    };
  }

  static final PriorityKind VAWG = new PriorityKind("vawg", "Violence against women and girls", null,
      List.of("Run women's safety walks with the police", "Train licensed premises in Ask for Angela"),
      List.of("Reports of sexual offences in the night-time economy"),
      List.of("Women say they feel safer at night"));

  /** A priority agreed for the next financial year, not yet in force. */
  static final PriorityKind RETAIL_CRIME = new PriorityKind("retail-crime", "Retail crime", null,
      List.of(), List.of(), List.of());

  static final List<PriorityKind> CROSS_CUTTING = List.of(
      new PriorityKind("early-intervention", "Early intervention and prevention", "Prevention", List.of(
          "Agree an early help referral pathway"), List.of("Early help referrals"), List.of("Families say help came early")),
      new PriorityKind("community-engagement", "Community engagement and reassurance", null, List.of(
          "Hold community safety roadshows"), List.of("Roadshows held"), List.of("Residents feel listened to")));

  /** Projects partnerships fund from a Crime Reduction Grant. */
  static final List<String> PROJECT_TITLES = List.of(
      "Bystander Approach Training", "Street Pastors Night-time Patrols", "Knife Crime First Aid Training",
      "Youth Diversion Programme", "Taxi Driver Safeguarding Training", "Domestic Abuse Champions Network",
      "Town Centre CCTV Upgrade", "Safer Streets Lighting Improvements", "Neighbour Dispute Mediation Service",
      "Cuckooing Awareness Campaign", "County Lines Awareness Sessions", "Independent Domestic Violence Advisor Post",
      "Schools Healthy Relationships Workshops", "Scam Prevention for Older People", "Cyber Crime Awareness Roadshow",
      "Hate Crime Reporting Centres", "Rural Crime Watch Equipment", "Speed Watch Community Equipment",
      "Alcohol Awareness in Licensed Premises", "Substance Misuse Outreach Worker", "Mentoring for Young People at Risk",
      "Boxing Club Diversionary Sessions", "Detached Youth Work Evenings", "Women's Safety Walk and Talk",
      "Safe Space Night Hub", "Ask for Angela Training", "Modern Slavery Awareness Training",
      "Prevent Awareness for Schools", "Restorative Justice Conferencing", "Victim Support Volunteer Expansion",
      "Target Hardening for Burglary Victims", "Sanctuary Scheme Security Measures",
      "Perpetrator Behaviour Change Programme", "Stalking Advocacy Service", "Sexual Violence Counselling Sessions",
      "Child Criminal Exploitation Toolkit", "Park Wardens Weekend Patrols", "Graffiti Removal Days",
      "Fly-tipping Hidden Cameras", "Community Trigger Awareness", "Neighbourhood Watch Relaunch",
      "Pubwatch Radio Scheme", "Shop Theft Reduction Initiative", "Moped Crime Prevention Marking",
      "Cycle Theft Marking Events", "Water Safety Education", "Road Safety for Young Drivers",
      "Fire Safety Home Visits", "Hoarding Support Pilot", "Mental Health Crisis Cafe",
      "Homelessness Street Outreach", "Alternative Giving Scheme", "Drug Litter Clearance Team",
      "Needle Disposal Bins", "Family Intervention Workers", "Adolescent to Parent Violence Support",
      "Online Safety Parent Workshops", "Sexting Awareness Drama Tour", "Gang Exit Programme",
      "Weapons Surrender Bins", "Operation Encompass School Notifications", "Safeguarding Training for Hotel Staff",
      "Licensing Test Purchases", "Doorstep Crime Alerts", "Trusted Trader Scheme",
      "Carers Domestic Abuse Support", "LGBT Domestic Abuse Outreach", "Community Safety Week",
      "Youth Council Safety Survey", "Anti-social Behaviour Diversion Football");

  /** What other funders fund: words apart from the project titles. */
  static final List<String> AWARD_TITLES = List.of(
      "Custody Navigator Programme", "Accident and Emergency Navigators", "Serious Violence Duty Implementation",
      "Safe Accommodation New Burdens", "Positive Activities Holiday Programme", "Trauma Informed Practice for Teachers",
      "Sports Coaching on Estates", "Community Grants Round", "Teachable Moments in Hospital",
      "Focused Deterrence Pilot", "Hospital Youth Workers", "Night Time Economy Marshals",
      "Street Lighting Capital Works", "Whole School Approach to Violence", "Early Help Key Workers",
      "Reducing Reoffending Accommodation Fund", "Migrant Victims Support", "Neighbourhood Policing Visibility Fund",
      "Rough Sleeping Initiative", "Youth Endowment Fund Trial", "Prison Leavers Mentoring",
      "Community Resilience Small Grants", "Holiday Activities and Food", "Violence Prevention Navigators");

  /** Words added to a project's title by another funder's award for much the same work. */
  static final List<String> ALIKE_SUFFIXES = List.of("Extension", "Pilot", "Continuation", "Countywide");

  static final List<String> STATUS_REASONS_REJECTED = List.of(
      "VRU already funds the programme", "Outside the grant's conditions", "Business case incomplete");
  static final List<String> STATUS_REASONS_WITHDRAWN = List.of(
      "Provider withdrew", "Could not recruit in time", "Venue no longer available");
  static final List<String> STATUS_REASONS_REFUNDED = List.of(
      "Funded entirely through other funding", "Delivered under budget", "Cancelled after payment");

  static final List<String> DHR_NAMES = List.of(
      "Adult A", "Adult B", "Adult C", "Anna", "Beth", "Carol", "Daniel", "Eleanor", "Fatima", "Grace",
      "Harriet", "Imran", "Julia", "Karen", "Lena", "Maria", "Nadia", "Olivia", "Priya", "Rose");

  static final List<String> SUBGROUP_ITEMS = List.of(
      "Performance update", "Partner updates", "Action plan review", "Case review", "Horizon scanning");

  /** A slug of a title: lower case, its letters and digits in words joined by hyphens. */
  static String slug(String title) {
    StringBuilder slug = new StringBuilder(title.length());
    boolean gap = false;
    for (int i = 0; i < title.length(); i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return slug.toString();
  }

  /** An upper-case key of a title's first words, for award ids. */
  static String key(String title, int words) {
    String[] parts = slug(title).toUpperCase(Locale.ROOT).split("-");
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < Math.min(words, parts.length); i++) {
      key.append(i == 0 ? "" : "-").append(parts[i]);
    }
    return key.toString();
  }
}
