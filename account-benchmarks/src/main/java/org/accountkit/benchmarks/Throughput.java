package org.accountkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Runs a workload on some threads for a while and counts operations per second. */
final class Throughput {

    /** One thread's loop body; {@link #run()} performs one operation and returns how many it counted. */
    interface Operation {
        int run() throws Exception;

        /** Releases what the thread held (a connection, say). */
        default void close() throws Exception {
        }
    }

    private Throughput() {
    }

    /**
     * What one measurement saw.
     *
     * @param opsPerSecond operations per second while counting
     * @param operations operations counted
     * @param seconds how long the counting lasted
     * @param cpu CPU time of this JVM and of the database while counting
     * @param workerSeconds CPU time of the benchmark's own threads while counting (without the collector's and the
     *                      compiler's threads)
     * @param workerBytes bytes the benchmark's own threads allocated while counting
     */
    record Result(double opsPerSecond, long operations, double seconds, CpuTime cpu, double workerSeconds,
            long workerBytes) {

        /** Bytes the benchmark's threads allocated per operation. */
        double bytesPerOperation() {
            return (double) workerBytes / Math.max(1, operations);
        }

        /** Microseconds of the benchmark threads' own CPU per operation. */
        double workerMicrosPerOperation() {
            return workerSeconds * 1e6 / Math.max(1, operations);
        }

        /** Minor page faults of this JVM per operation: fresh memory its threads touched while counting. */
        double faultsPerOperation() {
            return (double) cpu.jvmFaults() / Math.max(1, operations);
        }

        /** How many cores other processes kept busy on average while counting. */
        double otherCores() {
            return cpu.others() / seconds;
        }

        /** Microseconds of this JVM's CPU per operation. */
        double jvmMicrosPerOperation() {
            return cpu.jvm() * 1e6 / Math.max(1, operations);
        }

        /** Microseconds of the database's CPU per operation. */
        double databaseMicrosPerOperation() {
            return cpu.database() * 1e6 / Math.max(1, operations);
        }
    }

    /**
     * Warms up, then measures.
     *
     * @return operations per second during the measurement
     */
    static double measure(int threads, double warmupSeconds, double measureSeconds, Supplier<Operation> operations)
            throws InterruptedException {
        return run(threads, warmupSeconds, measureSeconds, operations).opsPerSecond();
    }

    /** Warms up, then measures operations per second and the CPU time they took. */
    static Result run(int threads, double warmupSeconds, double measureSeconds, Supplier<Operation> operations)
            throws InterruptedException {
        LongAdder counted = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int index = 0; index < threads; index++) {
            Thread worker = new Thread(() -> {
                Operation operation = operations.get();
                ready.countDown();
                try {
                    while (running.get()) {
                        int done = operation.run();
                        if (counting.get()) {
                            counted.add(done);
                        }
                    }
                } catch (Throwable thrown) {
                    failure.compareAndSet(null, thrown);
                    running.set(false);
                } finally {
                    try {
                        operation.close();
                    } catch (Exception ignored) {
                        // the run is over
                    }
                }
            }, "bench-" + index);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        Thread.sleep((long) (warmupSeconds * 1000));
        CpuTime before = CpuTime.now();
        long workersBefore = cpuNanos(workers);
        long bytesBefore = allocated(workers);
        long start = System.nanoTime();
        counting.set(true);
        Thread.sleep((long) (measureSeconds * 1000));
        counting.set(false);
        long elapsed = System.nanoTime() - start;
        long workersSpent = cpuNanos(workers) - workersBefore;
        long bytesSpent = allocated(workers) - bytesBefore;
        CpuTime spent = CpuTime.now().minus(before);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a benchmark thread failed", failure.get());
        }
        return new Result(counted.sum() / (elapsed / 1e9), counted.sum(), elapsed / 1e9, spent, workersSpent / 1e9,
                bytesSpent);
    }

    private static long cpuNanos(List<Thread> threads) {
        ThreadMXBean management = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread thread : threads) {
            sum += Math.max(0, management.getThreadCpuTime(thread.getId()));
        }
        return sum;
    }

    /** Bytes {@code threads} allocated so far, where the JVM counts them (HotSpot does), else 0. */
    private static long allocated(List<Thread> threads) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean management)) {
            return 0;
        }
        long sum = 0;
        for (Thread thread : threads) {
            sum += Math.max(0, management.getThreadAllocatedBytes(thread.getId()));
        }
        return sum;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
