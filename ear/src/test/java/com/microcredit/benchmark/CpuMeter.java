package com.microcredit.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of a process on Linux, read from /proc: the benchmark divides the CPU
 * that the server, the database and the clients spent by the decisions they completed, which says
 * how many decisions the machine's cores can hold at most.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long pid;

    private CpuMeter(long pid) {
        this.pid = pid;
    }

    static CpuMeter self() {
        return new CpuMeter(ProcessHandle.current().pid());
    }

    /** The first process whose command line matches, or a meter that reads nothing. */
    static CpuMeter of(Predicate<String> commandLine) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            OptionalLong found =
                    procs.filter(
                                    p ->
                                            p.getFileName()
                                                    .toString()
                                                    .chars()
                                                    .allMatch(Character::isDigit))
                            .filter(
                                    p ->
                                            commandLine.test(
                                                    read(p.resolve("cmdline")).replace('\0', ' ')))
                            .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                            .findFirst();
            return new CpuMeter(found.orElse(-1));
        } catch (IOException e) {
            return new CpuMeter(-1);
        }
    }

    /** CPU seconds so far, or NaN where /proc cannot tell. */
    double seconds() {
        if (pid < 0) {
            return Double.NaN;
        }
        String stat = read(Path.of("/proc", String.valueOf(pid), "stat"));
        if (stat.isEmpty()) {
            return Double.NaN;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
