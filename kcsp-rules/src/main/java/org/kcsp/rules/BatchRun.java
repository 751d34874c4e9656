package org.kcsp.rules;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kcsp.model.PartnershipRecord;

/**
 * One call of {@link ComplianceEngine#checkAll}. The calling thread walks the input and hands
 * records to a fixed pool of workers, which obtain each record (reading a file is work worth
 * sharing out) and check it; finished results come back through a queue and the calling thread
 * hands them to the consumer, so the consumer needs no locking. At most {@link #IN_FLIGHT_PER_THREAD}
 * records per thread are taken from the input and not yet handed over, which bounds the memory
 * whatever the size of the input.
 */
final class BatchRun {

  /** Records in flight per worker: one being checked, one waiting, so no worker idles. */
  static final int IN_FLIGHT_PER_THREAD = 2;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ComplianceEngine engine;
  private final BatchOptions options;
  private final Consumer<? super BatchResult> consumer;
  /** With {@link BatchOptions#inInputOrder()}: results ready before those of earlier records, by index. */
  private final Map<Integer, Object> early = new HashMap<>();
  /** The index of the next result to hand over, in input order. */
  private int nextInOrder;

  private BatchRun(ComplianceEngine engine, BatchOptions options, Consumer<? super BatchResult> consumer) {
    this.engine = engine;
    this.options = options;
    this.consumer = consumer;
  }

  static void run(ComplianceEngine engine, Iterator<? extends Supplier<? extends PartnershipRecord>> records,
      BatchOptions options, Consumer<? super BatchResult> consumer) {
    BatchRun run = new BatchRun(engine, options, consumer);
    if (options.threadCount() == 1) {
      run.inline(records);
    } else {
      run.pooled(records, options.threadCount());
    }
  }

  private void inline(Iterator<? extends Supplier<? extends PartnershipRecord>> records) {
    int index = 0;
    while (records.hasNext()) {
      consumer.accept(result(next(index), records.next()));
      index++;
    }
  }

  private void pooled(Iterator<? extends Supplier<? extends PartnershipRecord>> records, int threads) {
    int window = threads * IN_FLIGHT_PER_THREAD;
    BlockingQueue<Object> finished = new LinkedBlockingQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
    int submitted = 0;
    int delivered = 0;
    try {
      while (records.hasNext()) {
        while (submitted - delivered >= window) {
          delivered += deliver(finished.take());
        }
        for (Object ready = finished.poll(); ready != null; ready = finished.poll()) {
          delivered += deliver(ready);
        }
        Supplier<? extends PartnershipRecord> record = records.next();
        int index = next(submitted);
        pool.execute(() -> finished.add(attempt(index, record)));
        submitted++;
      }
      while (delivered < submitted) {
        delivered += deliver(finished.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException(
          "the batch was interrupted after " + delivered + " of " + submitted + " records");
      cancelled.initCause(e);
      throw cancelled;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int next(int index) {
    if (index == Integer.MAX_VALUE) {
      throw new IllegalStateException("a batch holds at most " + Integer.MAX_VALUE + " records");
    }
    return index;
  }

  /**
   * The result, or the {@link Error} that must end the batch, handed from a worker to the caller.
   * Something always comes back, or the caller would wait for ever: a checked exception a supplier
   * threw undeclared becomes the record's failure.
   */
  private Object attempt(int index, Supplier<? extends PartnershipRecord> record) {
    try {
      return result(index, record);
    } catch (Error e) {
      return new Fatal(e);
    } catch (Throwable e) {
      return BatchResult.failed(index, null, new UndeclaredThrowableException(e));
    }
  }

  /**
   * Hands a finished result over, or keeps it until those before it are ready when the results
   * go in input order.
   *
   * @return how many results were handed over
   */
  private int deliver(Object finished) {
    if (finished instanceof Fatal fatal) {
      throw fatal.error();
    }
    if (!options.isInInputOrder()) {
      consumer.accept((BatchResult) finished);
      return 1;
    }
    early.put(((BatchResult) finished).index(), finished);
    int handed = 0;
    for (Object ready = early.remove(nextInOrder); ready != null; ready = early.remove(nextInOrder)) {
      consumer.accept((BatchResult) ready);
      nextInOrder++;
      handed++;
    }
    return handed;
  }

  private BatchResult result(int index, Supplier<? extends PartnershipRecord> supplier) {
    PartnershipRecord record = null;
    try {
      record = supplier.get();
      ComplianceReport report = engine.check(record, options.dateOf(record).orElseThrow(() -> new IllegalArgumentException(
          "the record has no asOf date, and the batch gives no date to check it on")));
      return BatchResult.checked(index, record, report);
    } catch (RuntimeException e) {
      return BatchResult.failed(index, record, e);
    }
  }

  private static ThreadFactory workers() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "kcsp-check-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Fatal(Error error) {}
}
