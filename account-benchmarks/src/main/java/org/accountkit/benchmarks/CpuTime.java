package org.accountkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM and by every PostgreSQL server process on the machine, read from
 * {@code /proc} (Linux; elsewhere both are zero). On a machine whose cores the benchmark and the database share,
 * the difference of two readings over a cell says where each order's CPU went: the client's side (the library or
 * the baseline, the driver, the pool) or the server's.
 *
 * @param jvm seconds of user and system time of this process
 * @param database seconds of user and system time of the processes named {@code postgres}
 */
record CpuTime(double jvm, double database) {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux the benchmark has met. */
    private static final double TICKS = 100.0;

    static CpuTime now() {
        return new CpuTime(ticks(Path.of("/proc/self/stat")), postgres());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvm - earlier.jvm, database - earlier.database);
    }

    private static double postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(process -> process.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isPostgres).mapToDouble(process -> ticks(process.resolve("stat"))).sum();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip().equals("postgres");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private static double ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            // the command name in parentheses may hold spaces; the fields after it are fixed
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
