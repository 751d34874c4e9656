package org.kcsp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kcsp.model.Location;
import org.kcsp.model.RecordPath;

/** The evidence gap as a value, and the order reports list gaps in. */
class GapTest {

  private static Gap gap(String rule, String subject, String path) {
    return new Gap(rule, new Subject(SubjectKind.GRANT, subject), path, "Record it.");
  }

  @Test
  void orders_by_rule_then_subject_then_path_its_indices_as_numbers() {
    // GIVEN gaps out of order, with indices of one, two and three digits
    List<Gap> gaps = new ArrayList<>(List.of(
        gap("GRANT_UNDERSPEND_RISK", "A", "$.grants[0].projects[2].amount"),
        gap("GRANT_POT_OVERCOMMITTED", "B", "$.grants[1].projects[0].amount"),
        gap("GRANT_POT_OVERCOMMITTED", "A", "$.grants[0].projects[100].amount"),
        gap("GRANT_POT_OVERCOMMITTED", "A", "$.grants[0].projects[10].amount"),
        gap("GRANT_POT_OVERCOMMITTED", "A", "$.grants[0].projects[9].amount"),
        gap("GRANT_POT_OVERCOMMITTED", "A", "$.grants[0].projects")));
    // WHEN they are sorted
    gaps.sort(Gap.ORDER);
    // THEN a list comes before its items, and [9] before [10] before [100]
    assertThat(gaps).extracting(gap -> gap.rule().substring(6, 9) + " " + gap.subject().id() + " " + gap.missing())
        .containsExactly(
            "POT A $.grants[0].projects",
            "POT A $.grants[0].projects[9].amount",
            "POT A $.grants[0].projects[10].amount",
            "POT A $.grants[0].projects[100].amount",
            "POT B $.grants[1].projects[0].amount",
            "UND A $.grants[0].projects[2].amount");
  }

  @Test
  void tells_gaps_alike_but_for_their_message_apart_by_it() {
    Gap first = new Gap("R", new Subject(SubjectKind.GRANT, "A"), "$.grants[0]", "Give it.");
    Gap second = new Gap("R", new Subject(SubjectKind.GRANT, "A"), "$.grants[0]", "Record it.");
    assertThat(Gap.ORDER.compare(first, second)).isNegative();
    assertThat(Gap.ORDER.compare(second, first)).isPositive();
    assertThat(Gap.ORDER.compare(first, first)).isZero();
  }

  @Test
  void refuses_a_missing_part() {
    assertThatNullPointerException().isThrownBy(() -> new Gap("R", null, "$.grants[0]", "Record it."))
        .withMessage("subject");
    assertThatNullPointerException().isThrownBy(() -> new Gap("R", new Subject(SubjectKind.GRANT, "A"), null, "m"))
        .withMessage("missing");
  }

  @Test
  void is_equal_to_the_same_gap_wherever_the_record_was_read_from() {
    // GIVEN one gap placed in a file, the same placed in another, and the same not placed
    Gap gap = gap("GRANT_UNDERSPEND_RISK", "A", "$.grants[0].projects[2].amount");
    RecordPath project = RecordPath.parse("$.grants[0].projects[2]");
    Gap inJson = gap.at(Location.in("kcsp.json", project, 40, 9));
    Gap inYaml = gap.at(Location.in("kcsp.yaml", project, 31, 7));
    // THEN they are equal, with equal hash codes, each keeping its own place
    assertThat(inJson).isEqualTo(inYaml).isEqualTo(gap).hasSameHashCodeAs(gap);
    assertThat(inJson.location()).contains(Location.in("kcsp.json", project, 40, 9));
    assertThat(gap.location()).isEmpty();
    // AND a gap of another path is another gap
    assertThat(inJson).isNotEqualTo(gap("GRANT_UNDERSPEND_RISK", "A", "$.grants[0].projects[3].amount"));
  }
}
