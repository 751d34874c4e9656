package org.kcsp.examples.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.kcsp.examples.generate.RecordGenerator;
import org.kcsp.examples.reference.ReferenceChecker;
import org.kcsp.model.FormatVersion;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.rules.ComplianceEngine;

/**
 * A child process of the memory benchmark: checks a generated batch of partnership-years on
 * several threads, streaming (each thread takes the next record from the generator, checks it and
 * keeps only a count), then prints the number of findings. Its peak resident set is what the
 * benchmark reports.
 *
 * <p>Usage: {@code BatchCheck drools|reference PARTNERSHIPS YEARS THREADS SEED}.
 */
public final class BatchCheck {

  private BatchCheck() {}

  public static void main(String[] args) throws Exception {
    boolean drools = args[0].equals("drools");
    int partnerships = Integer.parseInt(args[1]);
    int years = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[4]);
    ComplianceEngine engine = drools ? ComplianceEngine.standard() : null;
    Iterator<PartnershipRecord> records = new RecordGenerator(seed, FormatVersion.V1).records(partnerships, years).iterator();
    AtomicLong findings = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        while (true) {
          PartnershipRecord record;
          synchronized (records) {
            if (!records.hasNext()) {
              return;
            }
            record = records.next();
          }
          findings.addAndGet(drools
              ? engine.check(record).findings().size()
              : ReferenceChecker.check(record, record.asOf().orElseThrow()).findings().size());
        }
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    System.out.println(findings.get());
  }
}
