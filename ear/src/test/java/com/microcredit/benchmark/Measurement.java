package com.microcredit.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Runs an operation from N concurrent callers for a fixed time and reports operations per second
 * and latency percentiles. Each caller gets its own operation instance (its own connection or HTTP
 * client); an operation returns false for a failed call, which is counted, not timed.
 */
public final class Measurement {

    /** One caller's operation and what it holds open (a connection, a client). */
    // close() may be interrupted only when the benchmark run itself is: nothing to handle there.
    @SuppressWarnings("try")
    public interface Caller extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {}
    }

    record Result(
            String what,
            int callers,
            long operations,
            long failures,
            double seconds,
            double p50ms,
            double p99ms) {

        double perSecond() {
            return operations / seconds;
        }

        String row() {
            return String.format(
                    "| %s | %d | %,d | %,.0f | %.1f | %.1f | %d |",
                    what, callers, operations, perSecond(), p50ms, p99ms, failures);
        }
    }

    private Measurement() {}

    static Result run(String what, int callers, IntFunction<Caller> operationForCaller, long millis)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            AtomicLong failures = new AtomicLong();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                Caller op = operationForCaller.apply(c);
                futures.add(
                        pool.submit(
                                () -> {
                                    try (op) {
                                        start.await();
                                        long[] latencies = new long[1 << 14];
                                        int n = 0;
                                        long end = System.nanoTime() + millis * 1_000_000;
                                        while (System.nanoTime() < end) {
                                            long t0 = System.nanoTime();
                                            if (!op.call()) {
                                                failures.incrementAndGet();
                                                continue;
                                            }
                                            if (n == latencies.length) {
                                                latencies = Arrays.copyOf(latencies, n * 2);
                                            }
                                            latencies[n++] = System.nanoTime() - t0;
                                        }
                                        return Arrays.copyOf(latencies, n);
                                    }
                                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(
                    what,
                    callers,
                    merged.length,
                    failures.get(),
                    seconds,
                    percentile(merged, 0.50),
                    percentile(merged, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
