package org.accountkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM and by every PostgreSQL server process on the machine, read from
 * {@code /proc} (Linux; elsewhere all are zero). On a machine whose cores the benchmark and the database share,
 * the difference of two readings over a cell says where each order's CPU went: the client's side (the library or
 * the baseline, the driver, the pool) or the server's. Beside them the machine's busy time as a whole, so that what
 * other processes took from the cores while a cell ran (on a shared machine, the main source of noise) is seen
 * beside its result.
 *
 * @param jvm seconds of user and system time of this process
 * @param database seconds of user and system time of the processes named {@code postgres}
 * @param machine seconds the machine's cores were busy (not idle, not waiting for I/O), all processes together,
 *                with the time a virtual machine's host took from them ("steal")
 * @param jvmFaults minor page faults of this process: memory it touched for the first time since the operating
 *                  system gave it, each paid for in the kernel by the thread that touched it
 */
record CpuTime(double jvm, double database, double machine, long jvmFaults) {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux the benchmark has met. */
    private static final double TICKS = 100.0;

    static CpuTime now() {
        return new CpuTime(ticks(Path.of("/proc/self/stat")), postgres(), machineBusy(), minorFaults());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvm - earlier.jvm, database - earlier.database, machine - earlier.machine,
                jvmFaults - earlier.jvmFaults);
    }

    /** Seconds of busy cores that neither this JVM nor PostgreSQL used: the other processes' share. */
    double others() {
        return Math.max(0, machine - jvm - database);
    }

    /** The busy time of all cores from the first line of {@code /proc/stat}. */
    private static double machineBusy() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] fields = lines.findFirst().orElseThrow().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += field < fields.length ? Long.parseLong(fields[field]) : 0;
            }
            return busy / TICKS;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
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
        String[] fields = fieldsAfterName(stat);
        return fields.length > 12 ? (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS : 0;
    }

    private static long minorFaults() {
        String[] fields = fieldsAfterName(Path.of("/proc/self/stat"));
        return fields.length > 7 ? Long.parseLong(fields[7]) : 0;
    }

    /** The fields of a {@code stat} file after the command name, from the state on; none if it cannot be read. */
    private static String[] fieldsAfterName(Path stat) {
        try {
            String line = Files.readString(stat);
            // the command name in parentheses may hold spaces; the fields after it are fixed
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return new String[0];
        }
    }
}
