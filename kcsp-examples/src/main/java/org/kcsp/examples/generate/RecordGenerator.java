package org.kcsp.examples.generate;

import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;

/**
 * Generates realistic, deterministic partnership records with a controlled share of defects, for
 * scale work: benchmarks, differential tests and trying the command line on a national dataset.
 *
 * <p>Each record is one partnership-year, as it stood on a day in the last quarter of the
 * financial year ({@code asOf}): the partnership (a county, district or unitary one, id {@code
 * CSP-001}, {@code CSP-002}, ...) with its councils, police, fire and rescue, health and probation
 * (the five kinds of responsible authority), police and crime commissioner, violence reduction
 * unit and voluntary partners, some of which cease and have successors (the CCGs, the
 * rehabilitation companies, merging charities); one to three subgroups; this year's and last
 * year's approvals of their terms of reference; meetings since January of the year before, with
 * minutes and agenda items; an information sharing agreement with versions and signatures; a
 * community safety agreement with priorities and actions; a Crime Reduction Grant with 5 to 30
 * projects; other funders' awards; scrutiny sessions, domestic homicide reviews and a few waivers.
 * A record holds some 100 to 300 values.
 *
 * <p>Records are {@code kcsp-record/2} unless version 1 is asked for. A version 2 record is the
 * version 1 record of the same partnership-year, same seed, with what version 2 adds: the
 * partnership's councils (a joint one for about one district in eight) and county council, when it
 * was formed and, for a few, dissolved; youth justice and housing members, the council of each
 * scrutiny session, reviews led by the county's partnership, the agreement's kind and the strands
 * its priorities serve, strategic assessments, the serious violence duty, grant conditions and the
 * policy named. It also leaves facts not recorded or unknown in a controlled share of records, so
 * that every place the format allows them (a root list, a meeting's items, a grant's projects, a
 * review's decision date...) occurs several times in a few hundred records: 4 to 6 percent of
 * records for each root list or object, 5 to 15 percent for each list or value inside an object.
 *
 * <p>Most records are nearly compliant. Defects are planted in a controlled share of them,
 * typically 8 to 15 percent each: a review missed, a subgroup approved by the wrong body, a
 * ceased member still listed, a tactical pot over its cap, a split that does not add up, a pot
 * overcommitted, a reported total that is wrong, a project another funder already pays for,
 * minutes never approved, and so on, so that across a few hundred records every rule of the
 * catalogue both fires and passes. Every record is valid: it is built through the model's
 * builders, so its invariants hold.
 *
 * <pre>{@code
 * RecordGenerator generator = new RecordGenerator(1);
 * PartnershipRecord record = generator.record(16, 2);          // CSP-017 in 2021/22, kcsp-record/2
 * new RecordGenerator(1, FormatVersion.V1).record(16, 2);      // the same partnership-year in version 1
 * generator.records(300, 10).forEach(r -> engine.check(r));     // a national dataset, lazily
 * }</pre>
 *
 * <p>The output depends only on the seed: the same seed gives equal records (and byte-identical
 * files through {@link org.kcsp.model.io.RecordWriter}) in any order, on any thread. A generator
 * is immutable and thread-safe.
 */
public final class RecordGenerator {

  /** The first financial year generated: 2019/20 (so year 0 is 2019/20, year 1 2020/21, ...). */
  public static final int FIRST_YEAR = 2019;

  /** The most years a generator goes on for: to 2118/19. */
  public static final int MAX_YEARS = 100;

  private final long seed;
  private final FormatVersion version;

  /** A generator of {@code kcsp-record/2} records whose output depends only on the seed. */
  public RecordGenerator(long seed) {
    this(seed, FormatVersion.V2);
  }

  /** A generator of records of {@code version} whose output depends only on the seed. */
  public RecordGenerator(long seed, FormatVersion version) {
    this.seed = seed;
    this.version = Objects.requireNonNull(version, "version");
  }

  /** The seed it was made with. */
  public long seed() {
    return seed;
  }

  /** The version of the record format it generates. */
  public FormatVersion version() {
    return version;
  }

  /**
   * The record of partnership {@code partnership} (0-based) for its year {@code year} (0-based):
   * the same for the same seed, whatever else was generated before.
   *
   * @throws IllegalArgumentException if {@code partnership} is negative, or {@code year} is
   *     negative or not less than {@link #MAX_YEARS}
   */
  public PartnershipRecord record(int partnership, int year) {
    if (partnership < 0) {
      throw new IllegalArgumentException("partnership must not be negative, got " + partnership);
    }
    if (year < 0 || year >= MAX_YEARS) {
      throw new IllegalArgumentException("year must be from 0 to " + (MAX_YEARS - 1) + ", got " + year);
    }
    PartnershipYear partnershipYear = new PartnershipYear(seed, partnership, year);
    return version == FormatVersion.V1 ? partnershipYear.build()
        : new Version2Year(partnershipYear).build(partnershipYear.build(true));
  }

  /**
   * Every record, partnership by partnership, year by year: {@code partnerships x years} records,
   * generated as the stream is consumed.
   *
   * @throws IllegalArgumentException if either count is negative, or {@code years} is more than
   *     {@link #MAX_YEARS}
   */
  public Stream<PartnershipRecord> records(int partnerships, int years) {
    if (partnerships < 0 || years < 0 || years > MAX_YEARS) {
      throw new IllegalArgumentException("partnerships must not be negative and years must be from 0 to "
          + MAX_YEARS + ", got " + partnerships + " and " + years);
    }
    return IntStream.range(0, partnerships).boxed()
        .flatMap(partnership -> IntStream.range(0, years).mapToObj(year -> record(partnership, year)));
  }

  /**
   * The file name of a record: {@code csp-017-2021-22.json} for partnership 16 in year 2.
   *
   * @throws IllegalArgumentException as {@link #record(int, int)} does
   */
  public static String fileName(int partnership, int year) {
    if (partnership < 0 || year < 0 || year >= MAX_YEARS) {
      throw new IllegalArgumentException("no record " + partnership + ", " + year);
    }
    int start = FIRST_YEAR + year;
    return String.format(java.util.Locale.ROOT, "csp-%03d-%d-%02d.json", partnership + 1, start, (start + 1) % 100);
  }
}
