package org.kcsp.model.io;

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

  /** Every case of the corpus, in a stable order. */
  public static List<Case> all() {
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
        json("the wrong format", replace("\"kcsp-record/1\"", "‸\"kcsp-record/2\""))
            .expect("$.format", "format must be \"kcsp-record/1\", got \"kcsp-record/2\""),
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
            .expect("$.organisations[1].id", "organisation id \"KENT-PCC\" is used twice"),
        json("one project id in two grants", replace("{ \"id\": \"bystander\",", "{ \"id\": ‸\"taxi\","))
            .expect("$.grants[1].projects[0].id",
                "project id \"taxi\" is used twice (project ids are unique across the record)"),
        json("a subgroup with the partnership's id", replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" },"
                    + " { \"id\": ‸\"KCSP\", \"name\": \"Shadow partnership\", \"parent\": \"KCSP-WG\" } ]"))
            .expect("$.subgroups[1].id",
                "body id \"KCSP\" is used twice (the partnership and subgroups share one id space)"),
        json("a funder the record does not list", replace("\"funder\": \"KENT-PCC\",\n      \"financialYear\": \"2019/20\"",
                "\"funder\": ‸\"KENT-PC\",\n      \"financialYear\": \"2019/20\""))
            .expect("$.grants[0].funder", "funder names organisation \"KENT-PC\", which the record does not list"),
        json("terms of reference of a body the record does not list", replace("\"body\": \"KCSP\", \"version\"",
                "\"body\": ‸\"KCSP-XX\", \"version\""))
            .expect("$.termsOfReference[0].body",
                "body names body \"KCSP-XX\", which is neither the partnership nor a subgroup"),
        json("a subgroup whose parent the record does not list", replace("\"parent\": \"KCSP\"", "\"parent\": ‸\"KSCP\""))
            .expect("$.subgroups[0].parent", "parent names body \"KSCP\", which the record does not list"),
        json("minutes approved of a meeting the record does not list", replace("\"approvesMinutesOf\": \"M1\"",
                "\"approvesMinutesOf\": ‸\"M0\""))
            .expect("$.meetings[1].items[0].approvesMinutesOf",
                "approvesMinutesOf names meeting \"M0\", which the record does not list"),
        json("a project serving a priority the agreement does not have", replace("\"priorities\": [\"DA\"]",
                "\"priorities\": [‸\"DV\"]"))
            .expect("$.grants[0].projects[0].priorities[0]", "priority \"DV\" is not a priority of the agreement"),
        json("a waiver of a subject the record does not have", replace("\"subject\": \"TOR-2022\"",
                "\"subject\": ‸\"TOR-2021\""))
            .expect("$.waivers[0].subject", "subject names \"TOR-2021\", which is no id in the record"),

        json("subgroups whose parents go round in a circle", replace(
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"KCSP\" } ]",
                "\"subgroups\": [ { \"id\": \"KCSP-WG\", \"name\": \"KCSP Working Group\", \"parent\": \"DHR-SG\" },"
                    + " { \"id\": \"DHR-SG\", \"name\": \"DHR Steering Group\", \"parent\": ‸\"KCSP-WG\" } ]"))
            .expect("$.subgroups[1].parent",
                "the parents of subgroup \"DHR-SG\" never lead to the partnership: they go round in a circle")
            .after("$.subgroups[0].parent"),
        json("minutes approved of a meeting held after the one approving them", replace(
                "{ \"id\": \"M1\", \"body\": \"KCSP\", \"date\": \"2022-03-08\"",
                "{ \"id\": \"M1\", \"body\": \"KCSP\", \"date\": \"2022-09-08\"")
                .replace("\"approvesMinutesOf\": \"M1\"", "\"approvesMinutesOf\": ‸\"M1\""))
            .expect("$.meetings[1].items[0].approvesMinutesOf",
                "approvesMinutesOf names meeting \"M1\" of 2022-09-08, which is not before this meeting (2022-07-14)"),
        json("null as an element of a list of objects", replace(
                "{ \"id\": \"KENT-PCC\", \"name\": \"Kent Police and Crime Commissioner\", \"kind\": \"POLICE_AND_CRIME_COMMISSIONER\" }",
                "‸null"))
            .expect("$.organisations[0]", "expected an object, got null"),

        // ---- dates in order and values' own rules
        json("an organisation that ceases before it begins", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"existsUntil\": ‸\"1999-12-31\""))
            .expect("$.organisations[1].existsUntil", "existsUntil (1999-12-31) must not be before existsFrom (2000-01-01)"),
        json("an award that ends before it starts", replace("\"financialYear\": \"2019/20\" }",
                "\"from\": \"2020-01-01\", \"to\": ‸\"2019-12-31\" }"))
            .expect("$.externalAwards[0].to", "to (2019-12-31) must not be before from (2020-01-01)"),
        json("a review decided before it was notified", replace("\"decidedOn\": \"2019-03-01\"",
                "\"decidedOn\": ‸\"2019-01-31\""))
            .expect("$.domesticHomicideReviews[0].decidedOn",
                "decidedOn (2019-01-31) must not be before notifiedOn (2019-02-01)"),
        json("an award with neither a financial year nor a from date", replace(
                "{ \"id\": \"VRU-1\", \"funder\": \"KENT-PCC\", \"title\": \"Knife crime first aid\", \"financialYear\": \"2019/20\" }",
                "‸{ \"id\": \"VRU-1\", \"funder\": \"KENT-PCC\", \"title\": \"Knife crime first aid\" }"))
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
            .expect("$.grants[0].tacticalPotCap", "tacticalPotCap: a fraction must be more than 0 and at most 1, got 4/3"),
        json("a tactical pot cap written as a decimal", replace("\"tacticalPotCap\": \"1/3\"", "\"tacticalPotCap\": ‸\"0.33\""))
            .expect("$.grants[0].tacticalPotCap", "tacticalPotCap: a fraction must be written as \"n/d\", such as \"1/3\", got \"0.33\""),
        json("a subgroup that is its own parent", replace("\"parent\": \"KCSP\"", "\"parent\": ‸\"KCSP-WG\""))
            .expect("$.subgroups[0].parent", "a subgroup cannot be its own parent"),
        json("an organisation that succeeds itself", replace("\"existsFrom\": \"2000-01-01\"",
                "\"existsFrom\": \"2000-01-01\", \"succeededBy\": ‸\"KCC\""))
            .expect("$.organisations[1].succeededBy", "an organisation cannot succeed itself"),
        json("a grant rolling money over from itself", replace("\"tacticalPotCap\": \"1/3\",",
                "\"tacticalPotCap\": \"1/3\", \"rollovers\": [ { \"amount\": 100, \"fromGrant\": ‸\"CRG-2019-20\","
                    + " \"intoPot\": \"TACTICAL\", \"permission\": \"GRANTED\" } ],"))
            .expect("$.grants[0].rollovers[0].fromGrant", "a grant cannot roll money over from itself"),
        json("a financial year past the last one a record may hold", replace("\"financialYear\": \"2019/20\",\n",
                "\"financialYear\": ‸\"9999/00\",\n"))
            .expect("$.grants[0].financialYear", "financialYear: a financial year must start between 1900 and 9998, got 9999"),
        json("minutes approved on an item that is not MINUTES", replace("\"kind\": \"MINUTES\", \"approvesMinutesOf\": \"M1\"",
                "\"kind\": \"GRANTS\", \"approvesMinutesOf\": ‸\"M1\""))
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
            .expect("$.grants[0].rollovers",
                "the GRANTED rollovers add up to more than 9999999999.99, the most a record may hold").onLineOnly(),
        bytes("a file one byte larger than MAX_BYTES", Syntax.JSON, MalformedRecords::oneByteTooMany)
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
            .expect("$.organisations[1].na\\nme", "unknown key \"na\\nme\": did you mean \"name\"?")
            .after("$.organisations[1].name"),
        json("a terminal escape sequence in a key (escaped in the message)",
                replace("\"name\": \"Kent County Council\"", "‸\"name\\u001b[2J\": \"Kent County Council\""))
            .expect("$.organisations[1].name\\u001B[2J", "unknown key \"name\\u001B[2J\"")
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

  /** One bad input and what reading it must report. */
  public static final class Case {
    final String name;
    final Syntax syntax;
    final Supplier<byte[]> input;
    final List<String> paths = new ArrayList<>();
    String path;
    boolean pathIsPrefix;
    String fragment;
    int line;
    int column;

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

  /** {@link #BASE} with {@code from}, which must occur exactly once, replaced by {@code to}. */
  static String replace(String from, String to) {
    int at = BASE.indexOf(from);
    if (at < 0 || BASE.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in BASE: " + from);
    }
    return BASE.substring(0, at) + to + BASE.substring(at + from.length());
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
