package org.kcsp.examples.generate;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;

/**
 * The as-of view of a valid record is built without checking the whole record again (the engine
 * takes one on every check); here every view is checked in full, so that the shortcut can never
 * hand the rules a record that does not hold together.
 */
class AsOfViewIntegrityTest {

  @ParameterizedTest
  @EnumSource(FormatVersion.class)
  void the_view_of_a_generated_record_on_any_date_holds_together_as_the_record_does(FormatVersion version) {
    // GIVEN generated records of ten partnerships over ten years
    new RecordGenerator(20220714L, version).records(10, 10).forEach(record -> {
      LocalDate asOf = record.asOf().orElseThrow();
      // WHEN each is viewed on dates from before its first facts to after its last
      for (LocalDate date : List.of(asOf.minusYears(6), asOf.minusYears(2), asOf.minusMonths(7), asOf.minusMonths(1),
          asOf.minusDays(1), asOf, asOf.plusDays(1), asOf.plusYears(1))) {
        PartnershipRecord view = record.viewAsOf(date);
        // THEN the whole record's checks find nothing wrong with the view
        assertThatCode(view::check).as("%s as of %s", record.partnership().id(), date).doesNotThrowAnyException();
      }
    });
  }
}
