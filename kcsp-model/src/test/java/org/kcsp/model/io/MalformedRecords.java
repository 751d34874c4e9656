package org.kcsp.model.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.io.RecordReader.Syntax;

/**
 * A corpus of bad input, each with what reading it must report: the reader's tests check each
 * case through the API ({@code MalformedRecordTest}), and the command line's tests check each
 * through {@code ./kcsp validate} (this class is in kcsp-model's test jar).
 *
 * <p>Each case must raise {@link InvalidRecordException} (never another exception, never a
 * partial record) within five seconds, naming the problem's path, saying what is wrong and, where
 * the file has a place for it, giving its line and column. Inputs are small variations of one
 * valid record. In an input, {@code ‸} marks the line and column the problem must be reported
 * at; it is removed before reading.
 *
 * <pre>{@code
 * for (MalformedRecords.Case bad : MalformedRecords.all()) {
 *   Files.write(dir.resolve(bad.fileName()), bad.bytes());
 *   // read it; expect bad.path() and bad.fragment() in the one problem reported there
 * }
 * }</pre>
 */
public final class MalformedRecords {

  private MalformedRecords() {}

  /** Where a problem must be reported; removed from the input before it is read. */
  private static final String HERE = "‸";

  /** A valid JSON record, one value a line where it matters, that the cases vary. */
  static final String BASE = """
      {
        "format": "kcsp-record/1",
        "asOf": "2022-07-14",
        "partnership": { "id": "KCSP", "name": "Kent Community Safety Partnership", "area": "Kent", "tier": "COUNTY" },
        "organisations": [
          { "id": "KENT-PCC", "name": "Kent Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" },
          { "id": "KCC", "name": "Kent County Council", "kind": "LOCAL_AUTHORITY", "existsFrom": "2000-01-01" }
        ],
        "subgroups": [ { "id": "KCSP-WG", "name": "KCSP Working Group", "parent": "KCSP" } ],
        "termsOfReference": [
          { "id": "TOR-2022", "body": "KCSP", "version": "2022", "approvedOn": "2022-07-14", "approvedBy": "KCSP",
            "reviewIntervalMonths": 12, "meetingsPerYear": 4 }
        ],
        "meetings": [
          { "id": "M1", "body": "KCSP", "date": "2022-03-08", "status": "HELD" },
          { "id": "M2", "body": "KCSP", "date": "2022-07-14", "status": "HELD",
            "items": [ { "title": "Minutes of 8 March", "kind": "MINUTES", "approvesMinutesOf": "M1" } ] }
        ],
        "agreement": {
          "name": "Kent Community Safety Agreement",
          "lastRefreshedOn": "2022-04-01",
          "priorities": [ { "id": "DA", "name": "Domestic abuse", "kind": "PRIORITY" } ]
        },
        "grants": [
          {
            "id": "CRG-2019-20",
            "programme": "Crime Reduction Grant",
            "funder": "KENT-PCC",
            "financialYear": "2019/20",
            "allocation": 39661,
            "tacticalPot": 13220.33,
            "tacticalPotCap": "1/3",
            "projects": [
              { "id": "taxi", "title": "Taxi driver training", "pot": "UPFRONT", "amount": 2000, "status": "WITHDRAWN",
                "priorities": ["DA"] }
            ]
          },
          {
            "id": "CRG-2020-21",
            "programme": "Crime Reduction Grant",
            "funder": "KENT-PCC",
            "financialYear": "2020/21",
            "allocation": 40000,
            "projects": [ { "id": "bystander", "title": "Bystander training", "pot": "TACTICAL", "status": "APPROVED" } ]
          }
        ],
        "externalAwards": [
          { "id": "VRU-1", "funder": "KENT-PCC", "title": "Knife crime first aid", "financialYear": "2019/20" }
        ],
        "domesticHomicideReviews": [
          { "id": "DHR-1", "name": "Simran 2019", "notifiedOn": "2019-02-01", "decision": "COMMISSIONED",
            "decidedOn": "2019-03-01" }
        ],
        "waivers": [
          { "rule": "TOR_REVIEW_OVERDUE", "subject": "TOR-2022", "reason": "Being rewritten", "approvedBy": "KCSP",
            "until": "2023-03-31" }
        ]
      }
      """;

  /** A valid YAML record that the YAML cases vary. */
  static final String YAML_BASE = """
      format: kcsp-record/1
      partnership:
        id: KCSP
        name: Kent Community Safety Partnership
        area: Kent
        tier: COUNTY
      organisations:
        - id: KENT-PCC
          name: Kent Police and Crime Commissioner
          kind: POLICE_AND_CRIME_COMMISSIONER
      termsOfReference:
        - id: TOR-2022
          body: KCSP
          version: "2022"
          approvedOn: 2022-07-14
          approvedBy: KCSP
          reviewIntervalMonths: 12
      grants:
        - id: CRG-2019-20
          programme: Crime Reduction Grant
          funder: KENT-PCC
          financialYear: 2019/20
          allocation: 39661
      """;

  /** A valid version 2 record, one value a line where it matters, that the version 2 cases vary. */
  static final String BASE_2 = """
      {
        "format": "kcsp-record/2",
        "asOf": "2022-07-14",
        "partnership": {
          "id": "JCSP", "name": "Joint Community Safety Partnership", "area": "Two boroughs",
          "tier": "DISTRICT",
          "existsFrom": "2012-04-01",
          "councils": ["EAST-BC", "WEST-BC"],
          "countyCouncil": "CC"
        },
        "organisations": [
          { "id": "EAST-BC", "name": "East Borough Council", "kind": "LOCAL_AUTHORITY" },
          { "id": "WEST-BC", "name": "West Borough Council", "kind": "LOCAL_AUTHORITY" },
          { "id": "CC", "name": "County Council", "kind": "LOCAL_AUTHORITY" },
          { "id": "PCC", "name": "Police and Crime Commissioner", "kind": "POLICE_AND_CRIME_COMMISSIONER" },
          { "id": "YJS", "name": "Youth Justice Service", "kind": "YOUTH_JUSTICE" }
        ],
        "agreement": {
          "name": "Joint Partnership Plan",
          "lastRefreshedOn": "2022-04-01",
          "priorities": [ { "id": "ASB", "name": "Anti-social behaviour", "kind": "PRIORITY",
            "strands": ["CRIME_AND_DISORDER"] } ]
        },
        "grants": [
          { "id": "G1", "programme": "Community Safety Fund", "funder": "PCC", "financialYear": "2022/23",
            "allocation": 40000,
            "conditions": ["kent-pcc-crime-reduction-grant"],
            "projects": [] }
        ],
        "scrutinySessions": [
          { "id": "S1", "date": "2022-01-10", "committee": "East Scrutiny Committee", "council": "EAST-BC" },
          { "id": "S2", "date": "2022-02-10", "committee": "West Scrutiny Committee", "council": "WEST-BC" }
        ],
        "domesticHomicideReviews": [
          { "id": "DHR-1", "name": "Mr C", "notifiedOn": "2013-05-29", "decision": "COMMISSIONED",
            "unknown": ["decidedOn"],
            "homeOfficeNotifiedOn": "2013-07-11" }
        ],
        "strategicAssessments": [ { "id": "SA-1", "completedOn": "2021-12-01" } ],
        "seriousViolence": { "role": "LEAD", "strategyPublishedOn": "2024-01-31",
          "strategyReviewedOn": ["2025-01-20"] }
      }
      """;

  /** Every case of the corpus, in a stable order. */
  public static List<Case> all() {
    List<Case> all = new ArrayList<>(established());
    all.addAll(hostile());
    all.addAll(version2());
    return List.copyOf(all);
  }

  /**
   * Version 2's bad input: wrong {@code unknown} lists, version 2 keys and kinds in a version 1
   * file, and each new key's own rules and references.
   */
  private static List<Case> version2() {
    return List.of(
        // ---- unknown
        json("unknown naming a required key", replace2("\"unknown\": [\"decidedOn\"]",
                "\"unknown\": [\"decidedOn\", ‸\"notifiedOn\"]"))
            .expect("$.domesticHomicideReviews[0].unknown[1]",
                "unknown lists \"notifiedOn\", which is required: a required key is always given"),
        json("unknown naming an evidence list", replace2("\"projects\": [] }", "\"unknown\": [‸\"projects\"] }"))
            .expect("$.grants[0].unknown[0]",
                "unknown lists \"projects\", a list: leave an evidence list out to say it is not recorded"),
        json("unknown naming a list that is not evidence", replace2("\"strategyReviewedOn\": [\"2025-01-20\"] }",
                "\"unknown\": [‸\"strategyReviewedOn\"] }"))
            .expect("$.seriousViolence.unknown[0]",
                "unknown lists \"strategyReviewedOn\", a list: only a single value can be unknown"),
        json("unknown naming an optional object", replace2("\"format\": \"kcsp-record/2\",",
                "\"format\": \"kcsp-record/2\", \"unknown\": [‸\"informationSharing\"],"))
            .expect("$.unknown[0]",
                "unknown lists \"informationSharing\", an object: leave it out to say it is not recorded"),
        json("unknown naming a key that has a value", replace2("\"unknown\": [\"decidedOn\"]",
                "\"unknown\": [\"decidedOn\", ‸\"homeOfficeNotifiedOn\"]"))
            .expect("$.domesticHomicideReviews[0].unknown[1]", "unknown lists \"homeOfficeNotifiedOn\", which has a value"
                + " here: a key is either given or unknown, not both"),
        json("unknown naming a key given its default value", replace2("\"allocation\": 40000,",
                "\"allocation\": 40000, \"tacticalPot\": 0, \"unknown\": [‸\"tacticalPot\"],"))
            .expect("$.grants[0].unknown[0]", "unknown lists \"tacticalPot\", which has a value here"),
        json("unknown naming a key the object does not have", replace2("\"unknown\": [\"decidedOn\"]",
                "\"unknown\": [‸\"decidedon\"]"))
            .expect("$.domesticHomicideReviews[0].unknown[0]",
                "unknown lists \"decidedon\", which is not a key of a domestic homicide review: did you mean \"decidedOn\"?"),
        json("unknown naming a key twice", replace2("\"unknown\": [\"decidedOn\"]",
                "\"unknown\": [\"decidedOn\", ‸\"decidedOn\"]"))
            .expect("$.domesticHomicideReviews[0].unknown[1]", "unknown lists \"decidedOn\" twice"),
        json("unknown holding a number", replace2("\"unknown\": [\"decidedOn\"]", "\"unknown\": [\"decidedOn\", ‸7]"))
            .expect("$.domesticHomicideReviews[0].unknown[1]", "expected a string, got the number 7"),
        json("unknown written as a string", replace2("\"unknown\": [\"decidedOn\"]", "\"unknown\": ‸\"decidedOn\""))
            .expect("$.domesticHomicideReviews[0].unknown", "unknown must be an array, got the string \"decidedOn\""),
        json("unknown naming what describes the record itself", replace2("\"format\": \"kcsp-record/2\",",
                "\"format\": \"kcsp-record/2\", \"unknown\": [‸\"policy\"],"))
            .expect("$.unknown[0]", "unknown lists \"policy\", which describes the record itself: it cannot be unknown"),
        json("unknown on an object whose keys are all required", replace2(
                "{ \"id\": \"SA-1\", \"completedOn\": \"2021-12-01\" }",
                "{ \"id\": \"SA-1\", \"completedOn\": \"2021-12-01\", \"unknown\": [‸\"completedOn\"] }"))
            .expect("$.strategicAssessments[0].unknown[0]", "unknown lists \"completedOn\", which is required"),
        json("unknown in a version 1 file", replace("\"approvesMinutesOf\": \"M1\" }",
                "\"approvesMinutesOf\": \"M1\", ‸\"unknown\": [\"resolution\"] }"))
            .expect("$.meetings[1].items[0].unknown", "unknown needs format kcsp-record/2: the record is kcsp-record/1"),
        json("a decision unknown without its date", replace2("\"decision\": \"COMMISSIONED\",\n      \"unknown\": [\"decidedOn\"]",
                "\"unknown\": [\"decision\"]").replace("{ \"id\": \"DHR-1\"", "‸{ \"id\": \"DHR-1\""))
            .beyondSchema()
            .expect("$.domesticHomicideReviews[0].decidedOn", "decision and decidedOn go together: give both or neither"),

        // ---- version 2 keys and kinds in a version 1 file
        json("a version 2 key in a version 1 file", replace("\"tier\": \"COUNTY\" }",
                "\"tier\": \"COUNTY\", ‸\"councils\": [\"KCC\"] }"))
            .expect("$.partnership.councils", "councils needs format kcsp-record/2: the record is kcsp-record/1"),
        json("a version 2 organisation kind in a version 1 file", replace("\"kind\": \"LOCAL_AUTHORITY\"",
                "\"kind\": ‸\"HOUSING\""))
            .expect("$.organisations[1].kind", "kind HOUSING needs format kcsp-record/2: the record is kcsp-record/1"),
        json("a grant's conditions in a version 1 file", replace("\"allocation\": 39661,",
                "\"allocation\": 39661, ‸\"conditions\": [],"))
            .expect("$.grants[0].conditions", "conditions needs format kcsp-record/2: the record is kcsp-record/1"),

        // ---- the partnership's shape
        json("a partnership that ends before it is formed", replace2("\"existsFrom\": \"2012-04-01\",",
                "\"existsFrom\": \"2012-04-01\", \"existsUntil\": ‸\"2011-03-31\","))
            .beyondSchema()
            .expect("$.partnership.existsUntil", "existsUntil (2011-03-31) must not be before existsFrom (2012-04-01)"),
        json("a scrutiny council that is not one of the partnership's councils", replace2("\"council\": \"EAST-BC\"",
                "\"council\": ‸\"CC\""))
            .beyondSchema()
            .expect("$.scrutinySessions[0].council",
                "council names \"CC\", which is not one of the partnership's councils (EAST-BC, WEST-BC)"),
        json("a scrutiny council the record does not list", replace2("\"council\": \"EAST-BC\"", "\"council\": ‸\"NOPE\""))
            .beyondSchema()
            .expect("$.scrutinySessions[0].council", "council names organisation \"NOPE\", which the record does not list"),
        json("two councils and a session naming none", replace2(
                "{ \"id\": \"S2\", \"date\": \"2022-02-10\", \"committee\": \"West Scrutiny Committee\", \"council\": \"WEST-BC\" }",
                "‸{ \"id\": \"S2\", \"date\": \"2022-02-10\", \"committee\": \"West Scrutiny Committee\" }"))
            .beyondSchema()
            .expect("$.scrutinySessions[1].council", "council is required: the partnership has 2 councils (EAST-BC, WEST-BC)"),
        json("a county council on a unitary partnership", replace2("\"tier\": \"DISTRICT\",", "\"tier\": \"UNITARY\","))
            .beyondSchema()
            .expect("$.partnership.countyCouncil", "countyCouncil is for a DISTRICT partnership in a two-tier county;"
                + " this partnership is UNITARY"),
        json("a county council on a county partnership", replace2("\"tier\": \"DISTRICT\",", "\"tier\": \"COUNTY\","))
            .beyondSchema()
            .expect("$.partnership.countyCouncil", "this partnership is COUNTY"),
        json("a council that is not a local authority", replace2("\"councils\": [\"EAST-BC\", \"WEST-BC\"],",
                "\"councils\": [\"EAST-BC\", \"WEST-BC\", ‸\"PCC\"],"))
            .beyondSchema()
            .expect("$.partnership.councils[2]",
                "councils names \"PCC\", which is POLICE_AND_CRIME_COMMISSIONER, not a LOCAL_AUTHORITY"),
        json("a county council that is not a local authority", replace2("\"countyCouncil\": \"CC\"",
                "\"countyCouncil\": ‸\"YJS\""))
            .beyondSchema()
            .expect("$.partnership.countyCouncil", "countyCouncil names \"YJS\", which is YOUTH_JUSTICE, not a LOCAL_AUTHORITY"),
        json("councils written as []", replace2("\"councils\": [\"EAST-BC\", \"WEST-BC\"],", "‸\"councils\": [],"))
            .expect("$.partnership.councils", "councils must not be empty: leave it out when it is not recorded"),
        json("a council listed twice", replace2("\"councils\": [\"EAST-BC\", \"WEST-BC\"],",
                "\"councils\": [\"EAST-BC\", \"WEST-BC\", ‸\"EAST-BC\"],"))
            .expect("$.partnership.councils[2]", "councils lists \"EAST-BC\" twice"),
        json("an unknown nation", replace2("\"tier\": \"DISTRICT\",", "\"tier\": \"DISTRICT\", \"nation\": ‸\"SCOTLAND\","))
            .expect("$.partnership.nation", "nation must be one of ENGLAND, WALES, got \"SCOTLAND\""),
        json("the partnership's successors written as one name", replace2("\"existsFrom\": \"2012-04-01\",",
                "\"existsFrom\": \"2012-04-01\", \"succeededBy\": ‸\"North Partnership\","))
            .expect("$.partnership.succeededBy", "succeededBy must be an array, got the string \"North Partnership\""),

        // ---- policy and grants
        json("an unknown policy id", replace2("\"format\": \"kcsp-record/2\",",
                "\"format\": \"kcsp-record/2\", \"policy\": ‸\"wales\","))
            .expect("$.policy", "policy must be one of england, kcsp, got \"wales\""),
        json("a policy naming a file", replace2("\"format\": \"kcsp-record/2\",",
                "\"format\": \"kcsp-record/2\", \"policy\": ‸\"policies/district.yaml\","))
            .expect("$.policy", "got \"policies/district.yaml\": a record names only a built-in policy, never a policy"
                + " file; give the file to the check instead"),
        json("an unknown grant condition", replace2("\"conditions\": [\"kent-pcc-crime-reduction-grant\"],",
                "\"conditions\": [‸\"kent-grant\"],"))
            .expect("$.grants[0].conditions[0]", "expected one of kent-pcc-crime-reduction-grant, got \"kent-grant\""),
        json("a grant condition listed twice", replace2("\"conditions\": [\"kent-pcc-crime-reduction-grant\"],",
                "\"conditions\": [\"kent-pcc-crime-reduction-grant\", ‸\"kent-pcc-crime-reduction-grant\"],"))
            .expect("$.grants[0].conditions[1]", "conditions lists kent-pcc-crime-reduction-grant twice"),
        json("money retained by the funder written as a string", replace2("\"allocation\": 40000,",
                "\"allocation\": 40000, \"retainedByFunder\": ‸\"2000\","))
            .expect("$.grants[0].retainedByFunder", "retainedByFunder must be a number of pounds with at most two decimals"),

        // ---- the agreement, reviews, assessments and serious violence
        json("a strand listed twice", replace2("\"strands\": [\"CRIME_AND_DISORDER\"]",
                "\"strands\": [\"CRIME_AND_DISORDER\", ‸\"CRIME_AND_DISORDER\"]"))
            .expect("$.agreement.priorities[0].strands[1]", "strands lists CRIME_AND_DISORDER twice"),
        json("a misspelt strand", replace2("\"strands\": [\"CRIME_AND_DISORDER\"]", "\"strands\": [‸\"CRIME\"]"))
            .expect("$.agreement.priorities[0].strands[0]",
                "expected one of CRIME_AND_DISORDER, SUBSTANCE_MISUSE, REOFFENDING, SERIOUS_VIOLENCE, got \"CRIME\""),
        json("an unknown agreement kind", replace2("\"name\": \"Joint Partnership Plan\",",
                "\"name\": \"Joint Partnership Plan\", \"kind\": ‸\"PLAN\","))
            .expect("$.agreement.kind", "kind must be one of AGREEMENT, PARTNERSHIP_PLAN, STRATEGY, got \"PLAN\""),
        json("a serious violence strategy reviewed before it was published", replace2(
                "\"strategyReviewedOn\": [\"2025-01-20\"]", "\"strategyReviewedOn\": [‸\"2023-01-20\"]"))
            .beyondSchema()
            .expect("$.seriousViolence.strategyReviewedOn[0]",
                "strategyReviewedOn (2023-01-20) must not be before strategyPublishedOn (2024-01-31)"),
        json("a misspelt serious violence role", replace2("\"role\": \"LEAD\"", "\"role\": ‸\"LEADS\""))
            .expect("$.seriousViolence.role", "role must be one of LEAD, CONTRIBUTES, got \"LEADS\""),
        json("a serious violence review that is no date", replace2("\"strategyReviewedOn\": [\"2025-01-20\"]",
                "\"strategyReviewedOn\": [‸\"January 2025\"]"))
            .expect("$.seriousViolence.strategyReviewedOn[0]", "expected an ISO date from 1900-01-01 to 9999-12-31"),
        json("the Home Office told before the review was notified", replace2("\"homeOfficeNotifiedOn\": \"2013-07-11\"",
                "\"homeOfficeNotifiedOn\": ‸\"2013-05-01\""))
            .beyondSchema()
            .expect("$.domesticHomicideReviews[0].homeOfficeNotifiedOn",
                "homeOfficeNotifiedOn (2013-05-01) must not be before notifiedOn (2013-05-29)"),
        json("a review led by a body the record does not have", replace2("\"homeOfficeNotifiedOn\": \"2013-07-11\"",
                "\"homeOfficeNotifiedOn\": \"2013-07-11\", \"ledBy\": ‸\"JCSPP\""))
            .beyondSchema()
            .expect("$.domesticHomicideReviews[0].ledBy",
                "ledBy names \"JCSPP\", which is neither a body nor an organisation of the record"),
        json("two strategic assessments with one id", replace2("[ { \"id\": \"SA-1\", \"completedOn\": \"2021-12-01\" } ]",
                "[ { \"id\": \"SA-1\", \"completedOn\": \"2021-12-01\" }, { \"id\": ‸\"SA-1\", \"completedOn\": \"2022-12-01\" } ]"))
            .beyondSchema()
            .expect("$.strategicAssessments[1].id", "strategic assessment id \"SA-1\" is used twice"));
  }

  /** The first corpus: syntax, form, structure, bounds, YAML's dangers, control characters, encodings. */
  private static List<Case> established() {
    return List.of(
        // ---- syntax and framing
        json("a JSON syntax error (a missing colon)", replace("\"asOf\": \"2022-07-14\"", "\"asOf\" ‸\"2022-07-14\""))
            .expect("$.asOf", "was expecting a colon"),
        json("a truncated file", BASE.substring(0, BASE.indexOf("\"tacticalPot\"")).stripTrailing() + "‸")
            .expect("$.grants[0].allocation", "the file ends before the record does (is it cut short?)"),
        json("trailing garbage after the root object", BASE + "‸garbage\n")
            .expect("$", "Unrecognized token 'garbage'"),
        json("a second JSON object after the root object", BASE + "‸{}\n")
            .expect("$", "unexpected content after the end of the record"),
        json("a stray closing brace after the root object", BASE.stripTrailing() + "‸}\n")
            .expect("$", "Unexpected close marker '}'"),
        yaml("a second YAML document", YAML_BASE + "---\n‸format: kcsp-record/1\n")
            .expect("$", "unexpected content after the end of the record (a second YAML document?)"),
        yaml("a YAML syntax error (a mapping value where none may be)",
            YAML_BASE.replace("  name: Kent Community Safety Partnership", "  name: Kent‸: Community Safety Partnership"))
            .expect("$.partnership.name", "the file is not valid YAML: mapping values are not allowed here"),
        json("an array as the root", "‸[ { \"format\": \"kcsp-record/1\" } ]\n")
            .expect("$", "a record must be an object, got an array"),
        json("a string as the root", "‸\"kcsp-record/1\"\n")
            .expect("$", "a record must be an object, got the string \"kcsp-record/1\""),
        yaml("a YAML list as the root", "‸- format: kcsp-record/1\n")
            .expect("$", "a record must be an object, got an array"),
        yaml("a YAML null as the root", "‸~\n")
            .expect("$", "a record must be an object, got null"),
        json("an empty file", "").expect("$", "the file is empty").nowhere(),
        json("a whitespace-only file", " \n\t\r\n  \n").expect("$", "the file is empty").nowhere(),
        yaml("a whitespace-only YAML file", "\n   \n").expect("$", "the file is empty").nowhere(),
        yaml("a YAML file holding only a comment", "‸# a record will go here\n")
            .expect("$", "the file holds no record: it is empty"),

        // ---- required keys
        json("no format", replace("  \"format\": \"kcsp-record/1\",\n", "").replaceFirst("\\{", "‸{"))
            .expect("$.format", "format is required"),
        json("no partnership", replace(
                "  \"partnership\": { \"id\": \"KCSP\", \"name\": \"Kent Community Safety Partnership\", \"area\": \"Kent\","
                    + " \"tier\": \"COUNTY\" },\n", "").replaceFirst("\\{", "‸{"))
            .expect("$.partnership", "partnership is required"),
        json("no organisations", cut("  \"organisations\": [", "  \"subgroups\"").replaceFirst("\\{", "‸{"))
            .expect("$.organisations", "organisations is required"),
        json("an organisation without an id", replace("{ \"id\": \"KCC\", ", "‸{ "))
            .expect("$.organisations[1].id", "id is required"),
        json("a grant without an allocation", replace("\"allocation\": 39661,\n      ", "")
                .replace("    {\n      \"id\": \"CRG-2019-20\"", "    ‸{\n      \"id\": \"CRG-2019-20\""))
            .expect("$.grants[0].allocation", "allocation is required"),
        json("a partnership without a tier", replace(", \"tier\": \"COUNTY\" }", " }")
                .replace("\"partnership\": {", "\"partnership\": ‸{"))
            .expect("$.partnership.tier", "tier is required"),
        json("an agreement without priorities", replace(
                ",\n    \"priorities\": [ { \"id\": \"DA\", \"name\": \"Domestic abuse\", \"kind\": \"PRIORITY\" } ]", "")
                .replace("\"agreement\": {", "\"agreement\": ‸{"))
            .expect("$.agreement.priorities", "priorities is required"),
        json("a null id", replace("{ \"id\": \"KENT-PCC\",", "{ ‸\"id\": null,"))
            .expect("$.organisations[0].id", "id is required, got null"),
        json("a null partnership", replace(
                "\"partnership\": { \"id\": \"KCSP\", \"name\": \"Kent Community Safety Partnership\", \"area\": \"Kent\","
                    + " \"tier\": \"COUNTY\" }", "‸\"partnership\": null"))
            .expect("$.partnership", "partnership is required, got null"),
        json("a null format", replace("\"format\": \"kcsp-record/1\"", "‸\"format\": null"))
            .expect("$.format", "format is required, got null"),
        json("an empty id", replace("{ \"id\": \"KENT-PCC\",", "{ \"id\": \"\","))
            .expect("$.organisations[0].id", "id must not be empty").atValueOf("\"\","),

        // ---- format and keys
        json("the wrong format", replace("\"kcsp-record/1\"", "‸\"kcsp-record/3\""))
            .expect("$.format", "format must be \"kcsp-record/1\" or \"kcsp-record/2\", got \"kcsp-record/3\""),
        json("a misspelt key", replace("\"allocation\": 39661", "‸\"alocation\": 39661"))
            .expect("$.grants[0].alocation", "unknown key \"alocation\": did you mean \"allocation\"?")
            .after("$.grants[0].allocation"),
        json("a key in the wrong case", replace("\"asOf\"", "‸\"asof\""))
            .expect("$.asof", "unknown key \"asof\": did you mean \"asOf\"?"),
        json("an unknown key like no other", replace("\"name\": \"Kent County Council\",",
                "\"name\": \"Kent County Council\", ‸\"colour\": \"blue\","))
            .expect("$.organisations[1].colour",
                "unknown key \"colour\": the keys allowed here are existsFrom, existsUntil, id, kind, name, succeededBy"),
        json("a key twice in one JSON object", replace("      \"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\",",
                "      \"funder\": \"KENT-PCC\",\n      ‸\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\","))
            .expect("$.grants[0].funder", "key \"funder\" appears twice in the same object"),
        yaml("a key twice in one YAML mapping", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸area: Kent\n"))
            .expect("$.partnership.area", "key \"area\" appears twice in the same object"),

        // ---- types
        json("a string where a number belongs", replace("\"reviewIntervalMonths\": 12", "\"reviewIntervalMonths\": ‸\"12\""))
            .expect("$.termsOfReference[0].reviewIntervalMonths",
                "reviewIntervalMonths must be a whole number, got the string \"12\""),
        json("a decimal where a whole number belongs", replace("\"meetingsPerYear\": 4", "\"meetingsPerYear\": ‸4.5"))
            .expect("$.termsOfReference[0].meetingsPerYear", "meetingsPerYear must be a whole number, got the number 4.5"),
        json("a number where a string belongs", replace("\"name\": \"Kent County Council\"", "\"name\": ‸5"))
            .expect("$.organisations[1].name", "name must be a string, got the number 5"),
        json("a boolean where a string belongs", replace("\"title\": \"Taxi driver training\"", "\"title\": ‸true"))
            .expect("$.grants[0].projects[0].title", "title must be a string, got true"),
        json("an object where an array belongs", replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": ‸{ \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" }"))
            .expect("$.subgroups", "subgroups must be an array, got an object"),
        json("an array where an object belongs", replace(
                "\"partnership\": { \"id\": \"KCSP\", \"name\": \"Kent Community Safety Partnership\", \"area\": \"Kent\","
                    + " \"tier\": \"COUNTY\" }", "\"partnership\": ‸[ \"KCSP\" ]"))
            .expect("$.partnership", "expected an object, got an array"),
        json("an array where a string belongs", replace("\"name\": \"Domestic abuse\"", "\"name\": ‸[\"Domestic abuse\"]"))
            .expect("$.agreement.priorities[0].name", "name must be a string, got an array"),
        json("a number in an array of ids", replace("\"priorities\": [\"DA\"]", "\"priorities\": [‸7]"))
            .expect("$.grants[0].projects[0].priorities[0]", "expected a string, got the number 7"),
        json("a string where an array item object belongs", replace(
                "{ \"id\": \"VRU-1\", \"funder\": \"KENT-PCC\", \"title\": \"Knife crime first aid\", \"financialYear\": \"2019/20\" }",
                "‸\"VRU-1\""))
            .expect("$.externalAwards[0]", "expected an object, got the string \"VRU-1\""),

        // ---- money
        json("money written as a string", replace("\"allocation\": 39661", "\"allocation\": ‸\"39661\""))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got"
                + " \"39661\" (a string: write the number without quotes or a pound sign)"),
        json("money with a pound sign", replace("\"allocation\": 39661", "\"allocation\": ‸\"£39661\""))
            .expect("$.grants[0].allocation", "got \"£39661\" (a string: write the number without quotes or a pound sign)"),
        json("negative money", replace("\"amount\": 2000", "\"amount\": ‸-5"))
            .expect("$.grants[0].projects[0].amount", "amount must not be negative, got -5"),
        json("money with three decimals", replace("\"tacticalPot\": 13220.33", "\"tacticalPot\": ‸13220.333"))
            .expect("$.grants[0].tacticalPot", "tacticalPot must be a number of pounds with at most two decimals, got 13220.333"),
        json("money of absurd magnitude", replace("\"allocation\": 39661", "\"allocation\": ‸1e30"))
            .expect("$.grants[0].allocation", "allocation must be at most 9999999999.99, got 1e30"),
        json("money a penny over the most a record may hold", replace("\"allocation\": 39661", "\"allocation\": ‸10000000000.00"))
            .expect("$.grants[0].allocation", "allocation must be at most 9999999999.99, got 10000000000.00"),
        json("NaN in JSON", replace("\"allocation\": 39661", "\"allocation\": NaN‸"))
            .expect("$.grants[0].allocation", "NaN and Infinity are not numbers a record may hold"),
        json("Infinity in JSON", replace("\"allocation\": 39661", "\"allocation\": Infinity‸"))
            .expect("$.grants[0].allocation", "NaN and Infinity are not numbers a record may hold"),
        yaml("NaN in YAML (.nan)", YAML_BASE.replace("allocation: 39661", "allocation: ‸.nan"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got .nan"),
        yaml("infinity in YAML (.inf)", YAML_BASE.replace("allocation: 39661", "allocation: ‸-.inf"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got -.inf"),
        yaml("money written as a quoted YAML string", YAML_BASE.replace("allocation: 39661", "allocation: ‸\"39661\""))
            .expect("$.grants[0].allocation", "(a string: write the number without quotes or a pound sign)"),
        yaml("money with a pound sign in YAML", YAML_BASE.replace("allocation: 39661", "allocation: ‸£39661"))
            .expect("$.grants[0].allocation", "got \"£39661\" (a string: write the number without quotes or a pound sign)"),

        // ---- dates
        json("a date that is not in the calendar", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"2022-02-30\""))
            .beyondSchema()
            .expect("$.meetings[0].date", "date must be a real calendar date, got \"2022-02-30\""),
        json("a date in British form", replace("\"approvedOn\": \"2022-07-14\"", "\"approvedOn\": ‸\"14/07/2022\""))
            .expect("$.termsOfReference[0].approvedOn", "approvedOn must be an ISO date such as \"2022-07-14\", got \"14/07/2022\""),
        json("a date without leading zeros", replace("\"asOf\": \"2022-07-14\"", "\"asOf\": ‸\"2022-7-14\""))
            .expect("$.asOf", "asOf must be an ISO date such as \"2022-07-14\", got \"2022-7-14\""),
        json("a date with a time", replace("\"until\": \"2023-03-31\"", "\"until\": ‸\"2023-03-31T00:00:00Z\""))
            .expect("$.waivers[0].until", "until must be an ISO date such as \"2022-07-14\", got \"2023-03-31T00:00:00Z\""),
        yaml("a date written as a number in YAML", YAML_BASE.replace("approvedOn: 2022-07-14", "approvedOn: ‸20220714"))
            .expect("$.termsOfReference[0].approvedOn", "approvedOn must be a string, got the number 20220714"),

        // ---- financial years
        json("a financial year spanning two years", replace("\"financialYear\": \"2019/20\",\n", "\"financialYear\": ‸\"2019/21\",\n"))
            .beyondSchema()
            .expect("$.grants[0].financialYear",
                "financialYear: a financial year's second part must be the year after the first, got \"2019/21\""),
        json("a financial year written with a hyphen", replace("\"financialYear\": \"2019/20\",\n", "\"financialYear\": ‸\"2019-20\",\n"))
            .expect("$.grants[0].financialYear", "financialYear: a financial year must be written as \"2019/20\", got \"2019-20\""),

        // ---- enums
        json("an unknown enum value", replace("\"tier\": \"COUNTY\"", "\"tier\": ‸\"BOROUGH\""))
            .expect("$.partnership.tier", "tier must be one of COUNTY, DISTRICT, UNITARY, got \"BOROUGH\""),
        json("an enum value in the wrong case", replace("\"tier\": \"COUNTY\"", "\"tier\": ‸\"county\""))
            .expect("$.partnership.tier", "tier must be one of COUNTY, DISTRICT, UNITARY, got \"county\""),
        json("a project status spelt as a sentence", replace("\"status\": \"WITHDRAWN\"", "\"status\": ‸\"Withdrawn\""))
            .expect("$.grants[0].projects[0].status", "status must be one of PROPOSED, RECOMMENDED, CHAIR_APPROVED, APPROVED,"
                + " REJECTED, WITHDRAWN, REFUNDED, COMPLETED, got \"Withdrawn\""),

        // ---- ids and references
        json("two organisations with one id", replace("{ \"id\": \"KCC\",", "{ \"id\": ‸\"KENT-PCC\","))
            .beyondSchema()
            .expect("$.organisations[1].id", "organisation id \"KENT-PCC\" is used twice"),
        json("one project id in two grants", replace("{ \"id\": \"bystander\",", "{ \"id\": ‸\"taxi\","))
            .beyondSchema()
            .expect("$.grants[1].projects[0].id",
                "project id \"taxi\" is used twice (project ids are unique across the record)"),
        json("a subgroup with the partnership's id", replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" },"
                    + " { \"id\": ‸\"KCSP\", \"name\": \"Shadow partnership\", \"parent\": \"KCSP-WG\" } ]"))
            .beyondSchema()
            .expect("$.subgroups[1].id",
                "body id \"KCSP\" is used twice (the partnership and subgroups share one id space)"),
        json("a funder the record does not list", replace("\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\"",
                "\"funder\": ‸\"KENT-PC\",\n      \"financialYear\": \"2019/20\""))
            .beyondSchema()
            .expect("$.grants[0].funder", "funder names organisation \"KENT-PC\", which the record does not list"),
        json("terms of reference of a body the record does not list", replace("\"body\": \"KCSP\", \"version\"",
                "\"body\": ‸\"KCSP-XX\", \"version\""))
            .beyondSchema()
            .expect("$.termsOfReference[0].body",
                "body names body \"KCSP-XX\", which is neither the partnership nor a subgroup"),
        json("a subgroup whose parent the record does not list", replace("\"parent\": \"KCSP\"", "\"parent\": ‸\"KSCP\""))
            .beyondSchema()
            .expect("$.subgroups[0].parent", "parent names body \"KSCP\", which the record does not list"),
        json("minutes approved of a meeting the record does not list", replace("\"approvesMinutesOf\": \"M1\"",
                "\"approvesMinutesOf\": ‸\"M0\""))
            .beyondSchema()
            .expect("$.meetings[1].items[0].approvesMinutesOf",
                "approvesMinutesOf names meeting \"M0\", which the record does not list"),
        json("a project serving a priority the agreement does not have", replace("\"priorities\": [\"DA\"]",
                "\"priorities\": [‸\"DV\"]"))
            .beyondSchema()
            .expect("$.grants[0].projects[0].priorities[0]", "priority \"DV\" is not a priority of the agreement"),
        json("a waiver of a subject the record does not have", replace("\"subject\": \"TOR-2022\"",
                "\"subject\": ‸\"TOR-2021\""))
            .beyondSchema()
            .expect("$.waivers[0].subject", "subject names \"TOR-2021\", which is no id in the record"),

        json("subgroups whose parents go round in a circle", replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"DHR-SG\" },"
                    + " { \"id\": \"DHR-SG\", \"name\": \"DHR Steering Group\", \"parent\": ‸\"KCSP-WG\" } ]"))
            .beyondSchema()
            .expect("$.subgroups[1].parent",
                "the parents of subgroup \"DHR-SG\" never lead to the partnership: they go round in a circle")
            .after("$.subgroups[0].parent"),
        json("minutes approved of a meeting held after the one approving them", replace(
                "{ \"id\": \"M1\", \"body\": \"KCSP\", \"date\": \"2022-03-08\"",
                "{ \"id\": \"M1\", \"body\": \"KCSP\", \"date\": \"2022-09-08\"")
                .replace("\"approvesMinutesOf\": \"M1\"", "\"approvesMinutesOf\": ‸\"M1\""))
            .beyondSchema()
            .expect("$.meetings[1].items[0].approvesMinutesOf",
                "approvesMinutesOf names meeting \"M1\" of 2022-09-08, which is not before this meeting (2022-07-14)"),
        json("null as an element of a list of objects", replace(
                "{ \"id\": \"KENT-PCC\", \"name\": \"Kent Police and Crime Commissioner\", \"kind\": \"POLICE_AND_CRIME_COMMISSIONER\" }",
                "‸null"))
            .expect("$.organisations[0]", "expected an object, got null"),

        // ---- dates in order and values' own rules
        json("an organisation that ceases before it begins", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"existsUntil\": ‸\"1999-12-31\""))
            .beyondSchema()
            .expect("$.organisations[1].existsUntil", "existsUntil (1999-12-31) must not be before existsFrom (2000-01-01)"),
        json("an award that ends before it starts", replace("\"financialYear\": \"2019/20\" }",
                "\"from\": \"2020-01-01\", \"to\": ‸\"2019-12-31\" }"))
            .beyondSchema()
            .expect("$.externalAwards[0].to", "to (2019-12-31) must not be before from (2020-01-01)"),
        json("a review decided before it was notified", replace("\"decidedOn\": \"2019-03-01\"",
                "\"decidedOn\": ‸\"2019-01-31\""))
            .beyondSchema()
            .expect("$.domesticHomicideReviews[0].decidedOn",
                "decidedOn (2019-01-31) must not be before notifiedOn (2019-02-01)"),
        json("an award with neither a financial year nor a from date", replace(
                "{ \"id\": \"VRU-1\", \"funder\": \"KENT-PCC\", \"title\": \"Knife crime first aid\", \"financialYear\": \"2019/20\" }",
                "‸{ \"id\": \"VRU-1\", \"funder\": \"KENT-PCC\", \"title\": \"Knife crime first aid\" }"))
            .beyondSchema()
            .expect("$.externalAwards[0]", "an award needs a financialYear or a from date to give it a period"),
        json("a review interval of 0 months", replace("\"reviewIntervalMonths\": 12", "\"reviewIntervalMonths\": ‸0"))
            .expect("$.termsOfReference[0].reviewIntervalMonths", "reviewIntervalMonths must be from 1 to 60, got 0"),
        json("a review interval of 61 months", replace("\"reviewIntervalMonths\": 12", "\"reviewIntervalMonths\": ‸61"))
            .expect("$.termsOfReference[0].reviewIntervalMonths", "reviewIntervalMonths must be from 1 to 60, got 61"),
        json("53 meetings a year", replace("\"meetingsPerYear\": 4", "\"meetingsPerYear\": ‸53"))
            .expect("$.termsOfReference[0].meetingsPerYear", "meetingsPerYear must be from 0 to 52, got 53"),
        json("a tactical pot cap of 0/3", replace("\"tacticalPotCap\": \"1/3\"", "\"tacticalPotCap\": ‸\"0/3\""))
            .expect("$.grants[0].tacticalPotCap", "tacticalPotCap: a fraction must be more than 0 and at most 1, got 0/3"),
        json("a tactical pot cap of 4/3", replace("\"tacticalPotCap\": \"1/3\"", "\"tacticalPotCap\": ‸\"4/3\""))
            .beyondSchema()
            .expect("$.grants[0].tacticalPotCap", "tacticalPotCap: a fraction must be more than 0 and at most 1, got 4/3"),
        json("a tactical pot cap written as a decimal", replace("\"tacticalPotCap\": \"1/3\"", "\"tacticalPotCap\": ‸\"0.33\""))
            .expect("$.grants[0].tacticalPotCap", "tacticalPotCap: a fraction must be written as \"n/d\", such as \"1/3\", got \"0.33\""),
        json("a subgroup that is its own parent", replace("\"parent\": \"KCSP\"", "\"parent\": ‸\"KCSP-WG\""))
            .beyondSchema()
            .expect("$.subgroups[0].parent", "a subgroup cannot be its own parent"),
        json("an organisation that succeeds itself", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"succeededBy\": ‸\"KCC\""))
            .beyondSchema()
            .expect("$.organisations[1].succeededBy", "an organisation cannot succeed itself"),
        json("a grant rolling money over from itself", replace("\"tacticalPotCap\": \"1/3\",",
                "\"tacticalPotCap\": \"1/3\", \"rollovers\": [ { \"amount\": 100, \"fromGrant\": ‸\"CRG-2019-20\","
                    + " \"intoPot\": \"TACTICAL\", \"permission\": \"GRANTED\" } ],"))
            .beyondSchema()
            .expect("$.grants[0].rollovers[0].fromGrant", "a grant cannot roll money over from itself"),
        json("a financial year past the last one a record may hold", replace("\"financialYear\": \"2019/20\",\n",
                "\"financialYear\": ‸\"9999/00\",\n"))
            .beyondSchema()
            .expect("$.grants[0].financialYear", "financialYear: a financial year must start between 1900 and 9998, got 9999"),
        json("minutes approved on an item that is not MINUTES", replace("\"kind\": \"MINUTES\", \"approvesMinutesOf\": \"M1\"",
                "\"kind\": \"GRANTS\", \"approvesMinutesOf\": ‸\"M1\""))
            .beyondSchema()
            .expect("$.meetings[1].items[0].approvesMinutesOf",
                "approvesMinutesOf is only allowed on a MINUTES item, not on a GRANTS item"),

        // ---- bounds
        json("nesting one level deeper than MAX_DEPTH", replace("\"asOf\": \"2022-07-14\"",
                "\"asOf\": " + "[".repeat(RecordReader.MAX_DEPTH) + "‸1" + "]".repeat(RecordReader.MAX_DEPTH)))
            .expect("$.asOf" + "[0]".repeat(RecordReader.MAX_DEPTH - 1),
                "the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep").onLineOnly(),
        json("nesting far deeper than MAX_DEPTH",
                replace("\"asOf\": \"2022-07-14\"", "\"asOf\": " + "[".repeat(10_000) + "]".repeat(10_000)))
            .expect("$.asOf" + "[0]".repeat(RecordReader.MAX_DEPTH - 1),
                "the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep").onLine(3),
        yaml("YAML nesting one level deeper than MAX_DEPTH", YAML_BASE.replace("allocation: 39661",
                "allocation: " + "[".repeat(RecordReader.MAX_DEPTH - 2) + "‸1" + "]".repeat(RecordReader.MAX_DEPTH - 2)))
            .expect("$.grants[0].allocation" + "[0]".repeat(RecordReader.MAX_DEPTH - 3),
                "the record is nested more than " + RecordReader.MAX_DEPTH + " levels deep").onLineOnly(),
        json("a string one character longer than MAX_STRING_LENGTH", replace("\"name\": \"Kent County Council\"",
                "\"name\": ‸\"" + "x".repeat(RecordReader.MAX_STRING_LENGTH + 1) + "\""))
            .expect("$.organisations[1].name", "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters")
            .onLineOnly(),
        yaml("a YAML string one character longer than MAX_STRING_LENGTH", YAML_BASE.replace("name: Kent Police and Crime Commissioner",
                "name: ‸" + "x".repeat(RecordReader.MAX_STRING_LENGTH + 1)))
            .expect("$.organisations[0].name", "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters")
            .onLineOnly(),
        json("a string ten times MAX_STRING_LENGTH",
                replace("\"name\": \"Kent County Council\"", "\"name\": \"" + "x".repeat(RecordReader.MAX_STRING_LENGTH * 10) + "\""))
            .expect("$.organisations[1].name", "a string is longer than " + RecordReader.MAX_STRING_LENGTH + " characters")
            .onLine(7),
        json("granted rollovers adding up to more than the most a record may hold", replace("\"tacticalPotCap\": \"1/3\",",
                "\"tacticalPotCap\": \"1/3\", \"rollovers\": ‸[ { \"amount\": 9999999999.99, \"intoPot\": \"UPFRONT\", "
                    + "\"permission\": \"GRANTED\" }, { \"amount\": 0.01, \"intoPot\": \"TACTICAL\", \"permission\": \"GRANTED\" } ],"))
            .beyondSchema()
            .expect("$.grants[0].rollovers",
                "the GRANTED rollovers add up to more than 9999999999.99, the most a record may hold").onLineOnly(),
        bytes("a file one byte larger than MAX_BYTES", Syntax.JSON, MalformedRecords::oneByteTooMany)
            .beyondSchema()
            .expect("$", "the file is larger than " + RecordReader.MAX_BYTES + " bytes, the most a record may be").nowhere(),

        // ---- hostile YAML
        yaml("a YAML alias bomb (billion laughs)", billionLaughs())
            .expect("$.b[0]", "YAML aliases (*a) are not allowed: write the value out").onLineOnly(),
        yaml("a YAML alias used once", YAML_BASE.replace("funder: KENT-PCC", "funder: *pcc")
                .replace("- id: KENT-PCC", "- id: &pcc KENT-PCC"))
            .expect("$.grants[0].funder", "YAML aliases (*pcc) are not allowed: write the value out").onLineOnly(),
        yaml("a YAML anchor and alias reusing a whole object", YAML_BASE.replace("partnership:\n", "partnership: &p\n")
            + "subgroups:\n  - *p\n")
            .expect("$.subgroups[0]", "YAML aliases (*p) are not allowed: write the value out").onLineOnly(),
        yaml("a YAML tag naming javax.script.ScriptEngineManager", YAML_BASE + "description: "
                + "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n")
            .expect("$.description", "YAML tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed")
            .onLineOnly(),
        yaml("a YAML tag naming java.lang.Runtime", YAML_BASE.replace("area: Kent", "area: !!java.lang.Runtime {}"))
            .expect("$.partnership.area", "YAML tags (tag:yaml.org,2002:java.lang.Runtime) are not allowed").onLineOnly(),
        yaml("a YAML tag on the root", "!!java.util.HashMap\n" + YAML_BASE)
            .expect("$", "YAML tags (tag:yaml.org,2002:java.util.HashMap) are not allowed").nowhere(),
        yaml("a standard YAML tag (!!str)", YAML_BASE.replace("area: Kent", "area: !!str Kent"))
            .expect("$.partnership.area", "YAML tags (tag:yaml.org,2002:str) are not allowed").onLineOnly(),
        yaml("a local YAML tag", YAML_BASE.replace("area: Kent", "area: !county Kent"))
            .expect("$.partnership.area", "YAML tags (county) are not allowed").onLineOnly(),
        yaml("a tab used for indentation in YAML", YAML_BASE.replace("  area: Kent", "‸\tarea: Kent"))
            .expectUnder("$.partnership", "a tab is not allowed for indentation in YAML: indent with spaces"),

        // ---- control characters and keys that are not names
        json("a raw control character in a string", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent\u0007 County Council\""))
            .expect("$.organisations[1].name",
                "the file is not valid JSON: the control character U+0007 inside a string must be written as an escape (\\u0007)")
            .onLine(7),
        json("a raw tab in a JSON string", replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent\tCounty Council\""))
            .expect("$.organisations[1].name", "the control character U+0009 inside a string must be written as an escape (\\t)")
            .onLine(7),
        json("a control character between tokens", replace("\"asOf\": \"2022-07-14\",", "\"asOf\": \"2022-07-14\",‸\u0007"))
            .expect("$.asOf", "the file is not valid JSON: the control character U+0007 may not appear outside a string")
            .onLineOnly(),
        json("a line break in a key (escaped in the message, which stays one line)",
                replace("\"name\": \"Kent County Council\"", "‸\"na\\nme\": \"Kent County Council\""))
            .expect("$.organisations[1][\"na\\nme\"]", "unknown key \"na\\nme\": did you mean \"name\"?")
            .after("$.organisations[1].name"),
        json("a terminal escape sequence in a key (escaped in the message)",
                replace("\"name\": \"Kent County Council\"", "‸\"name\\u001b[2J\": \"Kent County Council\""))
            .expect("$.organisations[1][\"name\\u001B[2J\"]", "unknown key \"name\\u001B[2J\"")
            .after("$.organisations[1].name"),
        yaml("a raw control character in YAML", YAML_BASE.replace("area: Kent", "area: K‸\u0007ent"))
            .expect("$", "the file is not valid YAML: the control character U+0007 may appear only escaped, in a double-quoted string"),
        yaml("a YAML mapping used as a key", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  {a: 1}: x\n"))
            .expectUnder("$.partnership", "the file is not valid YAML: a key must be a plain name, not an object or a list")
            .onLine(6),

        // ---- encoding
        bytes("invalid UTF-8 (0xC3 0x28)", Syntax.JSON, () -> withBytes(
                replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent Co@nty Council\""), (byte) 0xC3, (byte) 0x28))
            .expect("$", "the file is not valid UTF-8: byte 338 cannot start or continue a character").at(7, 36),
        bytes("a lone 0xFF byte", Syntax.YAML, () -> withBytes(
                YAML_BASE.replace("area: Kent", "area: K@nt"), (byte) 0xFF))
            .expect("$", "the file is not valid UTF-8").at(5, 10),
        bytes("a character cut short at the end of the file", Syntax.JSON, () -> withBytes(BASE + "@", (byte) 0xE2, (byte) 0x82))
            .expect("$", "the file is not valid UTF-8").at(BASE.split("\n", -1).length, 1),
        bytes("a UTF-16 file", Syntax.JSON, () -> BASE.getBytes(StandardCharsets.UTF_16))
            .expect("$", "the file is not valid UTF-8").at(1, 1));
  }

  /**
   * Hostile input of a second kind: numbers that YAML 1.1, YAML 1.2 and JSON read differently,
   * YAML's booleans where text belongs, dates at and past the calendar's edges, the parsers' own
   * words, encodings other than UTF-8, half characters, invisible and lookalike characters, texts of
   * tens of thousands of characters, hundreds of thousands of bad values (the problems capped),
   * keys whose hashes collide, circles of successors and parents, and YAML's rarer shapes.
   */
  private static List<Case> hostile() {
    return List.of(
        // ---- numbers that YAML 1.1, YAML 1.2 and JSON read differently
        yaml("a YAML number with a leading zero (octal in YAML 1.1, decimal in YAML 1.2)",
                YAML_BASE.replace("allocation: 39661", "allocation: ‸0115355"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got 0115355,"
                + " a number with a leading zero, which YAML 1.1 reads as octal (39661) and YAML 1.2 as decimal (115355):"
                + " write it without the leading zero"),
        yaml("a YAML whole number with a leading zero", YAML_BASE.replace("reviewIntervalMonths: 12", "reviewIntervalMonths: ‸012"))
            .expect("$.termsOfReference[0].reviewIntervalMonths",
                "reviewIntervalMonths must be a whole number, got 012, a number with a leading zero, which YAML 1.1 reads as"
                    + " octal (10)"),
        yaml("a YAML number in base 8 written 0o17", YAML_BASE.replace("allocation: 39661", "allocation: ‸0o17"))
            .expect("$.grants[0].allocation", "got 0o17, which YAML 1.2 reads as a number in base 8 and YAML 1.1 as text:"
                + " write numbers in decimal"),
        yaml("a YAML number in base 16", YAML_BASE.replace("allocation: 39661", "allocation: ‸0x9AED"))
            .expect("$.grants[0].allocation", "got 0x9AED, a number in base 16: write numbers in decimal"),
        yaml("a YAML number in base 2", YAML_BASE.replace("reviewIntervalMonths: 12", "reviewIntervalMonths: ‸0b1100"))
            .expect("$.termsOfReference[0].reviewIntervalMonths", "got 0b1100, a number in base 2: write numbers in decimal"),
        yaml("a YAML number with an underscore", YAML_BASE.replace("allocation: 39661", "allocation: ‸39_661"))
            .expect("$.grants[0].allocation", "got 39_661: write numbers without underscores"),
        yaml("a YAML number with a plus sign", YAML_BASE.replace("allocation: 39661", "allocation: ‸+39661"))
            .expect("$.grants[0].allocation", "got +39661: write numbers without a plus sign"),
        yaml("a YAML 1.1 number in base 60 as money", YAML_BASE.replace("allocation: 39661", "allocation: ‸661:1"))
            .expect("$.grants[0].allocation", "got 661:1, which YAML 1.1 reads as a number in base 60: write numbers in decimal"),
        yaml("a YAML 1.1 number in base 60 where text belongs", YAML_BASE.replace("version: \"2022\"", "version: ‸20:22"))
            .expect("$.termsOfReference[0].version",
                "version must be a string, got 20:22, which YAML 1.1 reads as a number in base 60: write \"20:22\" in quotes"),
        yaml("a YAML number ending in its decimal point", YAML_BASE.replace("allocation: 39661", "allocation: ‸39661."))
            .expect("$.grants[0].allocation", "got 39661.: write a digit on each side of the decimal point"),
        yaml("a YAML number starting with its decimal point", YAML_BASE.replace("allocation: 39661", "allocation: ‸.5"))
            .expect("$.grants[0].allocation", "got .5: write a digit on each side of the decimal point"),
        json("a JSON number with a plus sign", replace("\"allocation\": 39661", "\"allocation\": +‸39661"))
            .expect("$.grants[0].allocation",
                "the file is not valid JSON: a number may not start with a plus sign (write 3000, not +3000)"),
        json("a JSON number with a leading zero", replace("\"allocation\": 39661", "\"allocation\": 0‸39661"))
            .expect("$.grants[0].allocation", "the file is not valid JSON: a number may not start with a zero").onLineOnly(),
        json("a JSON number ending in its decimal point", replace("\"allocation\": 39661", "\"allocation\": 39661.‸"))
            .expect("$.grants[0].allocation", "the file is not valid JSON: a number's decimal point must have a digit after it")
            .onLineOnly(),
        json("a JSON number starting with its decimal point", replace("\"allocation\": 39661", "\"allocation\": ‸.5"))
            .expect("$.grants[0].allocation", "the file is not valid JSON: a number must have a digit before its decimal point")
            .onLineOnly(),
        json("a JSON exponent without digits", replace("\"allocation\": 39661", "\"allocation\": 1e‸"))
            .expect("$.grants[0].allocation", "the file is not valid JSON: a number's exponent must have digits").onLineOnly(),
        json("money with a huge exponent", replace("\"allocation\": 39661", "\"allocation\": ‸1e999999"))
            .expect("$.grants[0].allocation", "allocation must be at most 9999999999.99, got 1e999999"),
        json("money with a huge negative exponent", replace("\"allocation\": 39661", "\"allocation\": ‸1e-999999"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got 1e-999999"),
        json("money with an exponent beyond any number", replace("\"allocation\": 39661", "\"allocation\": ‸1e9999999999"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got 1e9999999999"),
        json("a number of 101 digits", replace("\"allocation\": 39661", "\"allocation\": " + "9".repeat(101) + "‸"))
            .expect("$.grants[0].allocation", "a number is longer than 100 characters").onLineOnly(),
        json("money a penny below zero", replace("\"amount\": 2000", "\"amount\": ‸-0.01"))
            .expect("$.grants[0].projects[0].amount", "amount must not be negative, got -0.01"),
        yaml("money as a YAML boolean (yes)", YAML_BASE.replace("allocation: 39661", "allocation: ‸yes"))
            .expect("$.grants[0].allocation", "allocation must be a number of pounds with at most two decimals, got yes"),

        // ---- YAML's booleans and numbers where text belongs
        yaml("yes where an enum value belongs", YAML_BASE.replace("kind: POLICE_AND_CRIME_COMMISSIONER", "kind: ‸yes"))
            .expect("$.organisations[0].kind",
                "kind must be a string, got yes, which YAML reads as true: write \"yes\" in quotes if you mean the word"),
        yaml("no where text belongs", YAML_BASE.replace("area: Kent", "area: ‸no"))
            .expect("$.partnership.area", "area must be a string, got no, which YAML reads as false"),
        yaml("On where text belongs", YAML_BASE.replace("area: Kent", "area: ‸On"))
            .expect("$.partnership.area", "area must be a string, got On, which YAML reads as true"),
        yaml("OFF where a name belongs", YAML_BASE.replace("name: Kent Police and Crime Commissioner", "name: ‸OFF"))
            .expect("$.organisations[0].name", "name must be a string, got OFF, which YAML reads as false"),
        yaml("a YAML number where an id belongs", YAML_BASE.replace("id: KCSP", "id: ‸2022"))
            .expect("$.partnership.id", "id must be a string, got the number 2022: write \"2022\" in quotes if you mean the text"),
        yaml("a date written as a YAML block scalar (with its line break)",
                YAML_BASE.replace("approvedOn: 2022-07-14", "approvedOn: ‸|\n      2022-07-14"))
            .expect("$.termsOfReference[0].approvedOn",
                "approvedOn must be an ISO date such as \"2022-07-14\", got \"2022-07-14\\n\""),

        // ---- dates at and past the calendar's edges
        json("29 February in a year that is not a leap year", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"2023-02-29\""))
            .beyondSchema()
            .expect("$.meetings[0].date", "date must be a real calendar date, got \"2023-02-29\""),
        json("a date in the year 0000", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"0000-01-01\""))
            .expect("$.meetings[0].date", "date must be a date from 1900-01-01 to 9999-12-31, got \"0000-01-01\""),
        json("the day before the first date a record may hold", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"1899-12-31\""))
            .expect("$.meetings[0].date", "date must be a date from 1900-01-01 to 9999-12-31, got \"1899-12-31\""),
        json("a date in the year 10000", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"+10000-01-01\""))
            .expect("$.meetings[0].date", "date must be an ISO date such as \"2022-07-14\", got \"+10000-01-01\""),
        json("a date with a space after it", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"2022-03-08 \""))
            .expect("$.meetings[0].date", "date must be an ISO date such as \"2022-07-14\", got \"2022-03-08 \""),
        json("a date in full-width digits", replace("\"date\": \"2022-03-08\"", "\"date\": ‸\"\uFF12\uFF10\uFF12\uFF12-03-08\""))
            .expect("$.meetings[0].date", "date must be an ISO date such as \"2022-07-14\", got \"\uFF12\uFF10\uFF12\uFF12-03-08\""),

        // ---- the parsers' words made plain
        json("a comma after an object's last entry", replace("\"tier\": \"COUNTY\" }", "\"tier\": \"COUNTY\", ‸}"))
            .expect("$.partnership.tier", "the file is not valid JSON: a comma before '}' (JSON allows no comma after an"
                + " object's last entry)").onLineOnly(),
        json("a comma after an array's last item", replace("\"priorities\": [\"DA\"]", "\"priorities\": [\"DA\",‸]"))
            .expect("$.grants[0].projects[0].priorities[1]", "the file is not valid JSON: a comma before ']'").onLineOnly(),
        json("a key without quotes", replace("\"tier\": \"COUNTY\"", "‸tier: \"COUNTY\""))
            .expect("$.partnership.area", "the file is not valid JSON: keys must be in double quotes").onLineOnly(),
        json("a string in single quotes", replace("\"tier\": \"COUNTY\"", "\"tier\": ‸'COUNTY'"))
            .expect("$.partnership.tier", "the file is not valid JSON: strings must be in double quotes").onLineOnly(),
        json("an array closed by a brace", replace("\"priorities\": [\"DA\"]", "\"priorities\": [\"DA\"‸}"))
            .expect("$.grants[0].projects[0].priorities[0]",
                "the file is not valid JSON: '}' closes the array opened at line 35, column 25, which needs ']'").onLineOnly(),
        json("a DEL character (U+007F) between tokens", replace("\"asOf\": \"2022-07-14\",", "\"asOf\": \"2022-07-14\", ‸\u007F"))
            .expect("$.asOf", "the file is not valid JSON: unexpected control character U+007F").onLineOnly(),
        json("a backslash before a letter that is no escape", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent \\q‸ County Council\""))
            .expect("$.organisations[1].name", "the file is not valid JSON: a backslash followed by q is no escape").onLineOnly(),
        json("a backslash before a control character", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent \\\u0011‸ County Council\""))
            .expect("$.organisations[1].name", "the file is not valid JSON: a backslash followed by U+0011 is no escape")
            .onLineOnly(),
        json("a // comment in JSON", replace("\"asOf\": \"2022-07-14\",", "\"asOf\": \"2022-07-14\", ‸// today"))
            .expect("$.asOf", "the file is not valid JSON: comments are not allowed in JSON").onLineOnly(),
        json("a /* */ comment in JSON", replace("\"asOf\": \"2022-07-14\",", "\"asOf\": \"2022-07-14\", ‸/* today */"))
            .expect("$.asOf", "the file is not valid JSON: comments are not allowed in JSON").onLineOnly(),

        // ---- encodings other than UTF-8, and bytes UTF-8 does not allow
        bytes("UTF-16, little-endian, without a byte order mark", Syntax.JSON, () -> BASE.getBytes(StandardCharsets.UTF_16LE))
            .expect("$", "the file is not valid UTF-8: it looks like UTF-16 (every other byte is zero); a record must be saved"
                + " as UTF-8").at(1, 1),
        bytes("UTF-16, little-endian, with a byte order mark", Syntax.JSON,
                () -> ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_16LE))
            .expect("$", "the file is not valid UTF-8: it is UTF-16 (it begins with a UTF-16 byte order mark)").at(1, 1),
        bytes("UTF-16 YAML, big-endian, without a byte order mark", Syntax.YAML,
                () -> YAML_BASE.getBytes(StandardCharsets.UTF_16BE))
            .expect("$", "the file is not valid UTF-8: it looks like UTF-16").at(1, 1),
        bytes("UTF-32", Syntax.JSON, () -> BASE.getBytes(Charset.forName("UTF-32")))
            .expect("$", "the file is not valid UTF-8: it looks like UTF-32 (three bytes in every four are zero)").at(1, 1),
        bytes("an overlong UTF-8 encoding of a slash (0xC0 0xAF)", Syntax.JSON, () -> withBytes(
                replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent@County Council\""), (byte) 0xC0, (byte) 0xAF))
            .beyondSchema()
            .expect("$", "the file is not valid UTF-8: byte 335 cannot start or continue a character").at(7, 33),
        bytes("a UTF-16 surrogate encoded as UTF-8 (0xED 0xA0 0x80)", Syntax.JSON, () -> withBytes(
                replace("\"name\": \"Kent County Council\"", "\"name\": \"Kent@County Council\""),
                (byte) 0xED, (byte) 0xA0, (byte) 0x80))
            .expect("$", "the file is not valid UTF-8: byte 335").at(7, 33),
        bytes("a code point beyond U+10FFFF (0xF4 0x90 0x80 0x80)", Syntax.YAML, () -> withBytes(
                YAML_BASE.replace("area: Kent", "area: K@nt"), (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80))
            .expect("$", "the file is not valid UTF-8").at(5, 10),
        json("a byte order mark in the middle of a JSON file", replace("\"asOf\": \"2022-07-14\",", "\"asOf\": \"2022-07-14\",‸\uFEFF"))
            .expect("$.asOf", "the file is not valid JSON: a byte order mark (U+FEFF) may only be the first character of the file")
            .onLineOnly(),
        yaml("a byte order mark in the middle of a YAML file", YAML_BASE.replace("  tier: COUNTY", "‸\uFEFF  tier: COUNTY"))
            .expect("$", "the file is not valid YAML: a byte order mark (U+FEFF) may only be the first character of the file"),
        json("two byte order marks at the start", "\uFEFF\uFEFF" + BASE)
            .expect("$", "the file is not valid JSON: a byte order mark (U+FEFF) may only be the first character of the file")
            .at(1, 1),
        yaml("a line separator (U+2028) raw in YAML", YAML_BASE.replace("area: Kent", "area: K‸\u2028ent"))
            .expect("$", "the character U+2028 ends a line in YAML 1.1 but not in YAML 1.2, so a record may not hold it raw:"
                + " write it as an escape (\\u2028) in a double-quoted string"),
        yaml("a next line (U+0085) raw in YAML", YAML_BASE.replace("name: Kent Police", "name: ‸\u0085Kent Police"))
            .expect("$", "the character U+0085 ends a line in YAML 1.1 but not in YAML 1.2"),

        // ---- half a character
        json("half of a character (a lone high surrogate) in a string",
                replace("\"name\": \"Kent County Council\"", "\"name\": ‸\"Kent \\ud800 Council\""))
            .beyondSchema()
            .expect("$.organisations[1].name", "a string holds \\uD800, half of a character (a lone surrogate), which is no"
                + " character at all: write the whole character, or both halves of its pair of escapes"),
        json("a lone low surrogate in a string", replace("\"name\": \"Kent County Council\"", "\"name\": ‸\"Kent \\udc00\""))
            .beyondSchema()
            .expect("$.organisations[1].name", "a string holds \\uDC00, half of a character"),
        json("the two halves of a character in the wrong order",
                replace("\"title\": \"Taxi driver training\"", "\"title\": ‸\"Taxi \\ude00\\ud83d\""))
            .beyondSchema()
            .expect("$.grants[0].projects[0].title", "a string holds \\uDE00, half of a character"),
        json("half of a character in the middle of a key",
                replace("\"name\": \"Kent County Council\"", "\"na\\ud800me\": \"Kent County Council\""))
            .expectUnder("$.organisations[1]", "the file is not valid JSON: a key holds half of a character").onLine(7),
        yaml("half of a character in a YAML key", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸\"colour\\ud800\": blue\n"))
            .expect("$.partnership[\"colour\\uD800\"]", "a key holds \\uD800, half of a character")
            .then("$.partnership[\"colour\\uD800\"]"),
        yaml("half of a character in a YAML double-quoted string", YAML_BASE.replace("area: Kent", "area: ‸\"K\\ud800\""))
            .expect("$.partnership.area", "a string holds \\uD800, half of a character"),

        // ---- invisible, direction-changing and lookalike characters
        json("a zero width space at the end of a key", replace("\"name\": \"Kent County Council\"",
                "‸\"name\\u200b\": \"Kent County Council\""))
            .expect("$.organisations[1][\"name\\u200B\"]", "unknown key \"name\\u200B\": did you mean \"name\"?")
            .after("$.organisations[1].name"),
        json("a right-to-left override in a key", replace("\"name\": \"Kent County Council\"",
                "‸\"\\u202eeman\": \"Kent County Council\""))
            .expect("$.organisations[1][\"\\u202Eeman\"]", "unknown key \"\\u202Eeman\": the keys allowed here are")
            .after("$.organisations[1].name"),
        json("a NUL in a key", replace("\"name\": \"Kent County Council\"", "‸\"name\\u0000\": \"Kent County Council\""))
            .expect("$.organisations[1][\"name\\u0000\"]", "unknown key \"name\\u0000\": did you mean \"name\"?")
            .after("$.organisations[1].name"),
        json("an invisible tag character beyond the Basic Multilingual Plane in a key",
                replace("\"name\": \"Kent County Council\"", "‸\"name\\udb40\\udc41\": \"Kent County Council\""))
            .expect("$.organisations[1][\"name\\uDB40\\uDC41\"]", "unknown key \"name\\uDB40\\uDC41\": did you mean \"name\"?")
            .after("$.organisations[1].name"),
        json("two keys that differ only in Unicode normalisation", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent County Council\", \"caf\u00e9\": 1, ‸\"cafe\u0301\": 2"))
            .expect("$.organisations[1][\"cafe\u0301\"]", "unknown key \"cafe\u0301\"")
            .after("$.organisations[1][\"caf\u00e9\"]"),
        json("a key beside another that differs only in case", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent County Council\", ‸\"Name\": \"KCC\""))
            .expect("$.organisations[1].Name", "unknown key \"Name\": did you mean \"name\"?"),
        json("an id with a zero width space, referred to without it",
                replace("{ \"id\": \"KENT-PCC\",", "{ \"id\": \"KENT-PCC\\u200b\",")
                    .replace("\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\"",
                        "\"funder\": ‸\"KENT-PCC\",\n      \"financialYear\": \"2019/20\""))
            .beyondSchema()
            .expect("$.grants[0].funder", "funder names organisation \"KENT-PCC\", which the record does not list; did you mean"
                + " \"KENT-PCC\\u200B\"?")
            .then("$.grants[1].funder").then("$.externalAwards[0].funder"),
        json("an id referred to in another case", replace("\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\"",
                "\"funder\": ‸\"Kent-PCC\",\n      \"financialYear\": \"2019/20\""))
            .beyondSchema()
            .expect("$.grants[0].funder", "funder names organisation \"Kent-PCC\", which the record does not list; did you mean"
                + " \"KENT-PCC\"?"),
        json("a waiver's subject with a space at its end", replace("\"subject\": \"TOR-2022\"", "\"subject\": ‸\"TOR-2022 \""))
            .beyondSchema()
            .expect("$.waivers[0].subject", "subject names \"TOR-2022 \", which is no id in the record; did you mean \"TOR-2022\"?"),

        // ---- long texts, shortened in messages
        json("an unknown key of 99,990 characters", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent County Council\", ‸\"" + "k".repeat(99_990) + "\": 1"))
            .expect("$.organisations[1][\"" + "k".repeat(40) + "…(99990 characters)…" + "k".repeat(10) + "\"]",
                "unknown key \"" + "k".repeat(40) + "…(99990 characters)…" + "k".repeat(10) + "\": the keys allowed here are"),
        json("a key of 100,001 characters", replace("\"name\": \"Kent County Council\"",
                "\"name\": \"Kent County Council\", ‸\"" + "k".repeat(100_001) + "\": 1"))
            .expect("$.organisations[1][\"" + "k".repeat(40) + "…(100001 characters)…" + "k".repeat(10) + "\"]",
                "a key is longer than 100000 characters"),
        json("an enum value of 50,000 characters", replace("\"tier\": \"COUNTY\"", "\"tier\": ‸\"" + "C".repeat(50_000) + "\""))
            .expect("$.partnership.tier", "tier must be one of COUNTY, DISTRICT, UNITARY, got \"" + "C".repeat(40)
                + "…(50000 characters)…" + "C".repeat(10) + "\""),
        json("a date of 60,000 characters", replace("\"asOf\": \"2022-07-14\"", "\"asOf\": ‸\"" + "2".repeat(60_000) + "\""))
            .expect("$.asOf", "asOf must be an ISO date such as \"2022-07-14\", got \"" + "2".repeat(40) + "…(60000 characters)…"),
        json("an id of 90,000 characters used twice", replace("{ \"id\": \"KCC\",", "{ \"id\": ‸\"" + "K".repeat(90_000) + "\",")
                .replace("{ \"id\": \"KENT-PCC\",", "{ \"id\": \"" + "K".repeat(90_000) + "\","))
            .beyondSchema()
            .expect("$.organisations[1].id", "organisation id \"" + "K".repeat(40) + "…(90000 characters)…" + "K".repeat(10)
                + "\" is used twice")
            .then("$.grants[0].funder").then("$.grants[1].funder").then("$.externalAwards[0].funder"),
        json("a format of 200 characters", replace("\"format\": \"kcsp-record/1\"", "\"format\": ‸\"" + "f".repeat(200) + "\""))
            .expect("$.format", "format must be \"kcsp-record/1\" or \"kcsp-record/2\", got \"" + "f".repeat(40) + "…(200 characters)…"),

        // ---- very many values and problems: the problems capped
        bytes("100,000 numbers where organisations belong", Syntax.JSON, () -> utf8(replace("\"organisations\": [",
                "\"organisations\": [" + "1, ".repeat(100_000))))
            .expect("$.organisations[0]", "expected an object, got the number 1").at(5, 21).total(100_000),
        bytes("100,000 empty objects where organisations belong (300,000 problems)", Syntax.JSON,
                () -> utf8(replace("\"organisations\": [", "\"organisations\": [" + "{},".repeat(100_000))))
            .expect("$.organisations[0].id", "id is required").at(5, 21).total(300_000),
        bytes("30,000 tiny organisations, each without a kind", Syntax.JSON, () -> utf8(replace("\"organisations\": [",
                "\"organisations\": [" + organisations(30_000, "{\"id\":\"O#\",\"name\":\"n\"},"))))
            .expect("$.organisations[0].kind", "kind is required").at(5, 21).total(30_000),
        bytes("10,000 organisations with one id", Syntax.JSON, () -> utf8(replace("\"organisations\": [",
                "\"organisations\": [" + organisations(10_000, "{\"id\":\"KCC\",\"name\":\"n\",\"kind\":\"OTHER\"},"))))
            .beyondSchema()
            .expect("$.organisations[1].id", "organisation id \"KCC\" is used twice").total(10_000),
        json("4,096 keys whose hashes collide", replace("\"tier\": \"COUNTY\" }", "\"tier\": \"COUNTY\", ‸" + collidingKeys(4_096) + " }"))
            .expect("$.partnership." + "Aa".repeat(12), "unknown key \"" + "Aa".repeat(12) + "\": the keys allowed here are area,"
                + " id, name, tier").total(4_096),
        json("nesting one level too deep inside an unknown key", replace("\"asOf\": \"2022-07-14\"",
                "\"asOf\": \"2022-07-14\", \"x\": " + "[".repeat(RecordReader.MAX_DEPTH - 1) + "‸[]" + "]".repeat(RecordReader.MAX_DEPTH - 1)))
            .expect("$.x" + "[0]".repeat(RecordReader.MAX_DEPTH - 1), "the record is nested more than 32 levels deep"),
        json("an unknown key holding arrays nested as deep as may be", replace("\"asOf\": \"2022-07-14\"",
                "\"asOf\": \"2022-07-14\", ‸\"x\": " + "[".repeat(RecordReader.MAX_DEPTH - 1) + "]".repeat(RecordReader.MAX_DEPTH - 1)))
            .expect("$.x", "unknown key \"x\": the keys allowed here are agreement, asOf"),

        // ---- circles of successors and parents
        json("two organisations succeeding each other", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"succeededBy\": \"KENT-PCC\"")
                .replace("\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\" }",
                    "\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\", \"succeededBy\": ‸\"KCC\" }"))
            .beyondSchema()
            .expect("$.organisations[0].succeededBy", "the successors of organisation \"KENT-PCC\" go round in a circle:"
                + " \"KENT-PCC\" -> \"KCC\" -> \"KENT-PCC\""),
        json("three organisations succeeding each other in a circle", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"succeededBy\": \"KM-ICB\" },\n"
                    + "    { \"id\": \"KM-ICB\", \"name\": \"ICB\", \"kind\": \"HEALTH\", \"succeededBy\": \"KENT-PCC\"")
                .replace("\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\" }",
                    "\"kind\": \"POLICE_AND_CRIME_COMMISSIONER\", \"succeededBy\": ‸\"KCC\" }"))
            .beyondSchema()
            .expect("$.organisations[0].succeededBy", "go round in a circle: \"KENT-PCC\" -> \"KCC\" -> \"KM-ICB\" -> \"KENT-PCC\""),
        json("an organisation whose successors lead into a circle (the circle reported once)", replace(
                "\"existsFrom\": \"2000-01-01\"", "\"existsFrom\": \"2000-01-01\", \"succeededBy\": \"KM-ICB\" },\n"
                    + "    { \"id\": \"KM-ICB\", \"name\": \"ICB\", \"kind\": \"HEALTH\", \"succeededBy\": ‸\"KM-CCG\" },\n"
                    + "    { \"id\": \"KM-CCG\", \"name\": \"CCG\", \"kind\": \"HEALTH\", \"succeededBy\": \"KM-ICB\""))
            .beyondSchema()
            .expect("$.organisations[2].succeededBy", "the successors of organisation \"KM-ICB\" go round in a circle:"
                + " \"KM-ICB\" -> \"KM-CCG\" -> \"KM-ICB\""),
        bytes("a circle of 1,000 organisations succeeding each other", Syntax.JSON, () -> utf8(replace("\"organisations\": [",
                "\"organisations\": [" + successionCircle(1_000))))
            .beyondSchema()
            .expect("$.organisations[0].succeededBy", "the successors of organisation \"R0\" go round in a circle: \"R0\" ->"
                + " \"R1\" -> \"R2\" -> ... (1000 organisations in all) -> \"R998\" -> \"R999\" -> \"R0\"").onLine(5),
        bytes("a circle of 1,000 subgroups", Syntax.JSON, () -> utf8(replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": [" + subgroupChain(1_000, "S999") + "]")))
            .beyondSchema()
            .expect("$.subgroups[0].parent", "the parents of subgroup \"S0\" never lead to the partnership: they go round in a"
                + " circle: \"S0\" -> \"S999\" -> \"S998\" -> ... (1000 subgroups in all) -> \"S2\" -> \"S1\" -> \"S0\"")
            .onLine(9).total(1_000),

        // ---- keys twice, and every problem at once
        yaml("a key twice in one YAML mapping, once in quotes", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸\"area\": Kent\n"))
            .expect("$.partnership.area", "key \"area\" appears twice in the same object"),
        yaml("a key twice in a YAML flow mapping", YAML_BASE + "description: {a: 1, ‸a: 2}\n")
            .expect("$.description.a", "key \"a\" appears twice in the same object").after("$.description"),
        json("a key twice beside a bad value (both reported)", replace("\"allocation\": 39661", "\"allocation\": -39661")
                .replace("\"tier\": \"COUNTY\" }", "\"tier\": \"COUNTY\", ‸\"tier\": \"COUNTY\" }"))
            .expect("$.partnership.tier", "key \"tier\" appears twice in the same object").then("$.grants[0].allocation"),
        json("a key twice in an object with many keys", replace("\"tier\": \"COUNTY\" }", "\"tier\": \"COUNTY\", "
                + collidingKeys(16) + ", ‸\"tier\": \"COUNTY\" }"))
            .expect("$.partnership.tier", "key \"tier\" appears twice in the same object").total(17),

        // ---- YAML's rarer shapes
        yaml("a YAML merge key", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸<<: {tier: COUNTY}\n"))
            .expect("$.partnership[\"<<\"]", "unknown key \"<<\": YAML merge keys are not supported: write the keys out"),
        yaml("a YAML merge key bringing in an alias", YAML_BASE.replace("partnership:\n", "partnership: &p\n")
                + "waivers:\n  - <<: *p\n")
            .expect("$.waivers[0][\"<<\"]", "YAML aliases (*p) are not allowed: write the value out").onLine(25),
        yaml("a YAML complex key (? [a, b])", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ? [a, b]\n  : x\n"))
            .expectUnder("$.partnership", "the file is not valid YAML: a key must be a plain name, not an object or a list")
            .onLine(6),
        yaml("a YAML !!binary value", YAML_BASE.replace("area: Kent", "area: !!binary S2VudA=="))
            .expect("$.partnership.area", "YAML tags (tag:yaml.org,2002:binary) are not allowed: write plain values").onLineOnly(),
        yaml("a YAML null as a key", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸~: x\n"))
            .expect("$.partnership[\"~\"]", "unknown key \"~\": the keys allowed here are area, id, name, tier"),
        yaml("an empty key", YAML_BASE.replace("  area: Kent\n", "  area: Kent\n  ‸\"\": x\n"))
            .expect("$.partnership[\"\"]", "unknown key \"\": the keys allowed here are area, id, name, tier"),
        yaml("a plain YAML key longer than 1,024 characters", YAML_BASE.replace("  area: Kent\n",
                "  area: Kent\n  ‸" + "k".repeat(2_000) + ": x\n"))
            .expectUnder("$.partnership", "the file is not valid YAML: a key longer than 1024 characters must be written after '? '")
            .at(6, 3),
        yaml("content after the YAML document end marker", YAML_BASE + "...\n‸garbage: 1\n")
            .expect("$", "unexpected content after the end of the record (a second YAML document?)"),
        yaml("a YAML comment longer than a line of YAML may be", YAML_BASE + "‸# " + "x".repeat(200_000) + "\n")
            .expect("$", "line 24 is 200002 characters long, and a line of YAML may be at most 101000: break it"),
        yaml("a one-line flow-style YAML record longer than a line of YAML may be",
                "‸{format: kcsp-record/1, partnership: {id: KCSP, name: Kent, area: Kent, tier: COUNTY}, organisations: ["
                    + organisations(5_000, "{id: O#, name: n, kind: OTHER}, ") + "]}\n")
            .expect("$", "line 1 is ").onLineOnly());
  }

  /** One bad input and what reading it must report. */
  public static final class Case {
    final String name;
    final Syntax syntax;
    final Supplier<byte[]> input;
    final List<String> paths = new ArrayList<>();
    String path;
    boolean pathIsPrefix;
    String fragment;
    boolean beyondSchema;
    int line;
    int column;
    int total;

    Case(String name, Syntax syntax, Supplier<byte[]> input, int line, int column) {
      this.name = name;
      this.syntax = syntax;
      this.input = input;
      this.line = line;
      this.column = column;
    }

    String source() {
      return "bad." + syntax.name().toLowerCase(Locale.ROOT);
    }

    /** The problem's path and a fragment of its message; {@code null} when the message is not checked. */
    /**
     * What is wrong is beyond what the record format's JSON Schema can say (ids, references, dates
     * in order, a value's own rules): the schema accepts the file, the reader does not.
     */
    Case beyondSchema() {
      beyondSchema = true;
      return this;
    }

    Case expect(String path, String fragment) {
      paths.add(path);
      this.path = path;
      this.fragment = fragment;
      return this;
    }

    /** One problem, whose path starts with {@code prefix}. */
    Case expectUnder(String prefix, String fragment) {
      pathIsPrefix = true;
      return expect(prefix, fragment);
    }

    /** Another problem, reported before the one expected (the problems are in the order of the file). */
    Case after(String earlierPath) {
      paths.add(paths.size() - 1, earlierPath);
      return this;
    }

    /** Another problem, reported after the one expected (and after any added before by this method). */
    Case then(String laterPath) {
      paths.add(laterPath);
      return this;
    }

    /**
     * Reading finds {@code expectedTotal} problems: the first {@value InvalidRecordException#MAX_PROBLEMS}
     * are listed, the one expected among them, and the others counted.
     */
    Case total(int expectedTotal) {
      total = expectedTotal;
      return this;
    }

    /** The problem has no place in the file. */
    Case nowhere() {
      line = 0;
      column = 0;
      return this;
    }

    /** Only the line of the mark is checked (the column is where the parser stopped). */
    Case onLineOnly() {
      column = 0;
      return this;
    }

    Case onLine(int expectedLine) {
      line = expectedLine;
      column = 0;
      return this;
    }

    Case at(int expectedLine, int expectedColumn) {
      line = expectedLine;
      column = expectedColumn;
      return this;
    }

    /** The problem is at the value that follows {@code snippet}'s first quote in the input. */
    Case atValueOf(String snippet) {
      String text = new String(input.get(), StandardCharsets.UTF_8);
      int[] place = place(text, text.indexOf(snippet));
      return at(place[0], place[1]);
    }

    /** What the case is, such as {@code "money written as a string"}. */
    public String name() {
      return name;
    }

    /** JSON or YAML. */
    public Syntax syntax() {
      return syntax;
    }

    /** The bytes of the input. */
    public byte[] bytes() {
      return input.get();
    }

    /** A file name for the input: {@code bad.json} or {@code bad.yaml}. */
    public String fileName() {
      return source();
    }

    /** The JSON path of the problem the case is about; with {@link #pathIsPrefix()}, the start of it. */
    public String path() {
      return path;
    }

    /** Whether {@link #path()} is only the start of the problem's path. */
    public boolean pathIsPrefix() {
      return pathIsPrefix;
    }

    /** A fragment of the problem's message. */
    public String fragment() {
      return fragment;
    }

    /** How many problems reading finds in all, or 0 when that is not checked (then it lists them all). */
    public int total() {
      return total;
    }

    /** The problem's line, from 1, or 0 when it is not checked (or the problem has no place). */
    public int line() {
      return line;
    }

    /** The problem's column, from 1, or 0 when it is not checked. */
    public int column() {
      return line == 0 ? 0 : column;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Case json(String name, String text) {
    return text(name, Syntax.JSON, text);
  }

  static Case yaml(String name, String text) {
    return text(name, Syntax.YAML, text);
  }

  private static Case text(String name, Syntax syntax, String marked) {
    int mark = marked.indexOf(HERE);
    String text = marked.replace(HERE, "");
    int[] place = mark < 0 ? new int[2] : place(marked, mark);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Case(name, syntax, () -> bytes, place[0], place[1]);
  }

  private static Case bytes(String name, Syntax syntax, Supplier<byte[]> input) {
    return new Case(name, syntax, input, 0, 0);
  }

  /** Line and column, from 1, of the character at {@code offset}. */
  static int[] place(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code count} copies of {@code pattern}, each with {@code #} replaced by its number from 0. */
  private static String organisations(int count, String pattern) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(pattern.replace("#", Integer.toString(i)));
    }
    return text.toString();
  }

  /** {@code count} organisations R0 to R(count - 1), each succeeded by the next and the last by the first. */
  private static String successionCircle(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("{\"id\":\"R").append(i).append("\",\"name\":\"n\",\"kind\":\"OTHER\",\"succeededBy\":\"R")
          .append((i + 1) % count).append("\"},");
    }
    return text.toString();
  }

  /** Subgroups S0 to S(count - 1), each the parent of the next; S0's parent is {@code firstParent}. */
  private static String subgroupChain(int count, String firstParent) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ", ").append("{ \"id\": \"S").append(i).append("\", \"name\": \"n\", \"parent\": \"")
          .append(i == 0 ? firstParent : "S" + (i - 1)).append("\" }");
    }
    return text.toString();
  }

  /**
   * {@code count} (a power of two) JSON members whose keys, made of "Aa" and "BB", all have the same
   * {@code String.hashCode()}: {@code "AaAa...": 1, "BBAa...": 1, ...}.
   */
  static String collidingKeys(int count) {
    int pairs = Integer.numberOfTrailingZeros(count);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "\"" : ", \"");
      for (int j = 0; j < pairs; j++) {
        text.append((i >> j & 1) == 0 ? "Aa" : "BB");
      }
      text.append("\": 1");
    }
    return text.toString();
  }

  /** {@link #BASE} with {@code from}, which must occur exactly once, replaced by {@code to}. */
  static String replace(String from, String to) {
    int at = BASE.indexOf(from);
    if (at < 0 || BASE.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in BASE: " + from);
    }
    return BASE.substring(0, at) + to + BASE.substring(at + from.length());
  }

  /** {@link #BASE_2} with {@code from}, which must occur exactly once, replaced by {@code to}. */
  static String replace2(String from, String to) {
    int at = BASE_2.indexOf(from);
    if (at < 0 || BASE_2.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in BASE_2: " + from);
    }
    return BASE_2.substring(0, at) + to + BASE_2.substring(at + from.length());
  }

  /** {@link #BASE} without the text from {@code start} up to {@code end}. */
  private static String cut(String start, String end) {
    return BASE.substring(0, BASE.indexOf(start)) + BASE.substring(BASE.indexOf(end));
  }

  /** {@code text} in UTF-8 with its one {@code @} replaced by {@code raw} bytes. */
  private static byte[] withBytes(String text, byte... raw) {
    byte[] before = text.substring(0, text.indexOf('@')).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(text.indexOf('@') + 1).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[before.length + raw.length + after.length];
    System.arraycopy(before, 0, all, 0, before.length);
    System.arraycopy(raw, 0, all, before.length, raw.length);
    System.arraycopy(after, 0, all, before.length + raw.length, after.length);
    return all;
  }

  private static byte[] oneByteTooMany() {
    byte[] text = BASE.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(text, RecordReader.MAX_BYTES + 1);
    Arrays.fill(padded, text.length, padded.length, (byte) ' ');
    return padded;
  }

  /** Nine levels of aliases, each nine times the one before: 9^9 strings if expanded. */
  private static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }
}
