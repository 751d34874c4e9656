package org.kcsp.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kcsp.workbook.Workbooks.cell;
import static org.kcsp.workbook.Workbooks.remove;
import static org.kcsp.workbook.Workbooks.rename;
import static org.kcsp.workbook.Workbooks.set;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kcsp.model.PartnershipRecord;

/**
 * The corpus of malformed workbooks: each is the workbook of a complete record of kcsp-model's
 * tests with one thing (or a few) made wrong, and the exact problems {@code ./kcsp import} and
 * {@code ./kcsp validate} print for it, each at its sheet and cell, in the record reader's words.
 */
class MalformedWorkbookTest {

  private static final PartnershipRecord V2 = Workbooks.record("complete-2.json");
  private static final PartnershipRecord V1 = Workbooks.record("complete.json");

  @TempDir Path dir;

  private static Arguments bad(String name, Consumer<XSSFWorkbook> change, String... problems) {
    return Arguments.of(Named.of(name, V2), change, List.of(problems));
  }

  private static Arguments bad1(String name, Consumer<XSSFWorkbook> change, String... problems) {
    return Arguments.of(Named.of(name, V1), change, List.of(problems));
  }

  @SafeVarargs
  private static Consumer<XSSFWorkbook> all(Consumer<XSSFWorkbook>... changes) {
    return workbook -> Stream.of(changes).forEach(change -> change.accept(workbook));
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // values
        bad("money written with a pound sign and a comma", set("Projects!F2", "£2,000"),
            "Projects!F2: amount must be a number of pounds with at most two decimals, got \"£2,000\""),
        bad("negative money", set("Projects!F2", -5),
            "Projects!F2: amount must not be negative, got -5"),
        bad("money with three decimals", set("Projects!F2", 10.125),
            "Projects!F2: amount must be a number of pounds with at most two decimals, got 10.125"),
        bad("a whole number that is not whole", set("TermsOfReference!F2", 12.5),
            "TermsOfReference!F2: reviewIntervalMonths must be a whole number, got the number 12.5"),
        bad("a whole number written in words", set("TermsOfReference!F2", "twelve"),
            "TermsOfReference!F2: reviewIntervalMonths must be a whole number, got the string \"twelve\""),
        bad("a date written the British way", set("Meetings!C2", "10/03/2022"),
            "Meetings!C2: date must be an ISO date such as \"2022-07-14\", got \"10/03/2022\""),
        bad("a date with a time of day", set("Meetings!C2", LocalDateTime.of(2022, 3, 10, 10, 30)),
            "Meetings!C2: date must be a date without a time of day, got 2022-03-10T10:30"),
        bad("a date that is not in the calendar", set("Meetings!C2", "2022-02-30"),
            "Meetings!C2: date must be a real calendar date, got \"2022-02-30\""),
        bad("a choice that is not one", set("Projects!G2", "Approved"),
            "Projects!G2: status must be one of PROPOSED, RECOMMENDED, CHAIR_APPROVED, APPROVED, REJECTED, WITHDRAWN, REFUNDED, COMPLETED, got \"Approved\""),
        bad("a fraction Excel took for a date", set("Grants!I2", LocalDate.of(2022, 1, 4)),
            "Grants!I2: tacticalPotCap: a fraction must be written as \"n/d\", such as \"1/3\", got \"2022-01-04\""),
        bad("a financial year with a dash", set("Grants!D2", "2022-23"),
            "Grants!D2: financialYear: a financial year must be written as \"2019/20\", got \"2022-23\""),
        bad("a required value left blank", set("Projects!C2", null),
            "Projects!C2: title is required"),
        bad("a formula whose saved value is an error", workbook -> {
          var cell = cell(workbook, "Projects!F2");
          cell.setCellFormula("1/0");
          cell.setCellErrorValue(FormulaError.DIV0.getCode());
        },
            "Projects!F2: amount holds the error #DIV/0!, the value Excel last saved for its formula: correct the formula, or type the value"),
        bad("an error typed into a cell", workbook -> cell(workbook, "Meetings!C3").setCellErrorValue(FormulaError.NA.getCode()),
            "Meetings!C3: date holds the error #N/A: type the value"),
        // sheets and columns
        bad("a sheet misspelt", rename("Projects", "Projcts"),
            "Projcts: there is no sheet \"Projcts\" in a record workbook: did you mean \"Projects\"?"),
        bad("a sheet kcsp does not know", workbook -> workbook.createSheet("Notes"),
            "Notes: there is no sheet \"Notes\" in a record workbook (its sheets are Record, Partnership, Organisations, Subgroups, TermsOfReference, Membership, Meetings, AgendaItems, Agreement, Priorities, Actions, Outcomes, InformationSharing, IsaVersions, IsaSignatures, Grants, Rollovers, ReportedTotals, Projects, ExternalAwards, ScrutinySessions, DomesticHomicideReviews, StrategicAssessments, SeriousViolence, Waivers)"),
        bad("a column misspelt", set("Projects!F1", "amont"),
            "Projects!F1: there is no column \"amont\" in the Projects sheet: did you mean \"amount\"?"),
        bad("a column given twice", set("Projects!D1", "title"),
            "Projects!D1: the column title is given twice, in columns C and D"),
        bad("a value in a column with no header", set("Subgroups!E2", "stray"),
            "Subgroups!E2: the cell is in a column with no header: give the column a key of a subgroup in row 1, or empty the cell"),
        bad("no Record sheet", remove("Record"),
            "Record: the workbook has no Record sheet, which names the record's format (kcsp-record/2) in its format row"),
        bad("no Partnership sheet", remove("Partnership"),
            "Partnership: partnership is required (the workbook has no Partnership sheet)"),
        bad("a format kcsp does not know", set("Record!B2", "kcsp-record/3"),
            "Record!B2: format must be \"kcsp-record/1\" or \"kcsp-record/2\", got \"kcsp-record/3\""),
        bad("the priorities of an agreement that is left out", remove("Agreement"),
            "Priorities: the sheet lists entries of the agreement, but the workbook has no Agreement sheet",
            "Actions: the sheet lists entries of the agreement, but the workbook has no Agreement sheet",
            "Outcomes: the sheet lists entries of an action, but the workbook has no Agreement sheet",
            "Projects!J2: priority \"ASB\" is not a priority of the agreement (the record has no agreement)"),
        bad("no Priorities sheet for the agreement", remove("Priorities"),
            "Priorities: priorities is required (the workbook has no Priorities sheet)"),
        // sheets of single values
        bad("a key misspelt on a sheet of single values", set("Partnership!A3", "nme"),
            "Partnership: name is required",
            "Partnership!A3: there is no key \"nme\" in the partnership: did you mean \"name\"?"),
        bad("a key given twice on a sheet of single values", set("Partnership!A4", "name"),
            "Partnership: area is required",
            "Partnership!A4: name is given twice, in rows 3 and 4"),
        bad("a value beyond column B", set("Partnership!C3", "stray"),
            "Partnership!C3: a sheet of single values holds each key in column A and its value in column B; nothing else is read"),
        // parents
        bad("a project of a grant that is not there", set("Projects!A2", "CSF-2099-00"),
            "Projects!A2: grant \"CSF-2099-00\" is not the id of an entry of the Grants sheet (its ids are CSF-2021-22, CSF-2022-23)"),
        bad("a project that names no grant", set("Projects!A2", null),
            "Projects!A2: grant is required: name the grant of the Grants sheet that this row belongs to, by its id"),
        bad("a sheet of projects without its grant column", set("Projects!A1", null),
            "Projects: the sheet has no grant column, which names the entry of the Grants sheet each row belongs to",
            "Projects!A2: the cell is in a column with no header: give the column a key of a project in row 1, or empty the cell"),
        // not recorded and unknown
        bad("a marker that is not one", set("Meetings!E2", "yes"),
            "Meetings!E2: items must be blank, or \"not recorded\" when they are not recorded, got \"yes\""),
        bad("rows of a list marked not recorded", set("Meetings!E2", "not recorded"),
            "AgendaItems!A2: meeting \"AWCSP-2022-03-10\" says on the Meetings sheet that its items are not recorded, yet this row lists one"),
        bad1("not recorded in a version 1 workbook", all(set("Meetings!E1", "items"), set("Meetings!E2", "not recorded")),
            "Meetings!E2: items: \"not recorded\" needs format kcsp-record/2; in version 1 an empty list is none"),
        bad("unknown naming a required key", set("Organisations!G2", "name"),
            "Organisations!G2: unknown lists \"name\", which is required: a required key is always given"),
        bad("unknown naming a key that has a value", set("Organisations!G7", "existsFrom"),
            "Organisations!G7: unknown lists \"existsFrom\", which has a value here: a key is either given or unknown, not both"),
        bad("a list cell with a quote not closed", set("Priorities!F3", "\"SERIOUS_VIOLENCE; SUBSTANCE_MISUSE"),
            "Priorities!F3: strands must be values separated by semicolons: a quoted item is not closed, in \"\"SERIOUS_VIOLENCE; SUBSTANCE_MISUSE\""),
        bad("a list cell with an empty item", set("Priorities!F3", "SERIOUS_VIOLENCE;;SUBSTANCE_MISUSE"),
            "Priorities!F3: strands must be values separated by semicolons: an item is empty (two semicolons in a row, or one at an end), in \"SERIOUS_VIOLENCE;;SUBSTANCE_MISUSE\""),
        // structure, found by the record reader once the form is right
        bad("an id given twice", set("Organisations!A3", "ADUR-DC"),
            "Partnership!B10: councils names organisation \"WORTHING-BC\", which the record does not list",
            "Organisations!A3: organisation id \"ADUR-DC\" is used twice",
            "Membership!B3: organisation names organisation \"WORTHING-BC\", which the record does not list",
            "ScrutinySessions!D3: council names organisation \"WORTHING-BC\", which the record does not list"),
        bad("a reference that resolves to nothing", set("Meetings!B2", "NOBODY"),
            "Meetings!B2: body names body \"NOBODY\", which is neither the partnership nor a subgroup",
            "AgendaItems!D3: approvesMinutesOf names meeting \"AWCSP-2022-03-10\" of another body (NOBODY)"),
        // every problem at once
        bad("several problems on several sheets", all(set("Projects!F2", "£2,000"), set("Meetings!C2", "10/03/2022"),
            set("Projects!D1", "activty"), rename("Waivers", "Waiver")),
            "Waiver: there is no sheet \"Waiver\" in a record workbook: did you mean \"Waivers\"?",
            "Meetings!C2: date must be an ISO date such as \"2022-07-14\", got \"10/03/2022\"",
            "Projects!D1: there is no column \"activty\" in the Projects sheet: did you mean \"activity\"?",
            "Projects!F2: amount must be a number of pounds with at most two decimals, got \"£2,000\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refuses_a_malformed_workbook_naming_each_problems_sheet_and_cell(PartnershipRecord record,
      Consumer<XSSFWorkbook> change, List<String> expected) throws Exception {
    // GIVEN the workbook of a valid record, made wrong
    Path file = dir.resolve("record.xlsx");
    Files.write(file, Workbooks.changed(record, change));

    // WHEN it is read
    InvalidWorkbookException e = catchThrowableOfType(InvalidWorkbookException.class, () -> RecordWorkbook.read(file));

    // THEN every problem is named at its place, in the reader's words
    assertThat(e).as("the workbook is refused").isNotNull();
    List<String> problems = new ArrayList<>();
    e.problems().forEach(problem -> problems.add(problem.toString()));
    assertThat(problems).containsExactlyElementsOf(expected);
    assertThat(e.source()).contains(file.toString());
  }
}
