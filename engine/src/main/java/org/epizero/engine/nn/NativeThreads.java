package org.epizero.engine.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * The PyTorch intra-op thread count: chosen at start-up from the cores other processes leave free,
 * and changed at run time (see the package documentation for the start-up properties). The
 * setting is process-wide: it applies to every network and thread.
 */
public final class NativeThreads {

    /** The system property libtorch's intra-op pool is sized from when the engine loads. */
    public static final String PROPERTY = "ai.djl.pytorch.num_threads";

    /** The environment variable that fixes the intra-op thread count for a command. */
    public static final String ENVIRONMENT = "EPIZERO_TORCH_THREADS";

    private NativeThreads() {
    }

    /**
     * Sizes the intra-op pool before the engine loads, unless {@link #PROPERTY} is set already:
     * {@link #ENVIRONMENT} if given, else one thread per core that other processes leave free (at
     * least one). Intra-op threads wait for each other at every operator, so a thread whose core
     * another process holds stalls the rest: with the launcher's two threads on two cores that
     * another process kept busy, an evaluation ran 1.6x slower than with one thread (BENCHMARKS.md).
     * Returns the count chosen, or the one already set.
     */
    public static int chooseAtStartUp() {
        String set = System.getProperty(PROPERTY);
        if (set != null) {
            return Integer.parseInt(set.strip());
        }
        String given = System.getenv(ENVIRONMENT);
        int threads;
        if (given != null && !given.isBlank()) {
            try {
                threads = Integer.parseInt(given.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ENVIRONMENT + " must be a whole number of threads, got '" + given + "'");
            }
            if (threads < 1) {
                throw new IllegalArgumentException(ENVIRONMENT + " must be at least 1, got " + threads);
            }
        } else {
            int cores = Runtime.getRuntime().availableProcessors();
            OptionalDouble busy = busyCores();
            threads = busy.isPresent() ? Math.max(1, (int) Math.round(cores - busy.getAsDouble())) : cores;
        }
        System.setProperty(PROPERTY, Integer.toString(threads));
        return threads;
    }

    /**
     * How many cores other processes keep busy: the share of non-idle time in {@code /proc/stat}
     * over 200 ms, less this process's own (the JVM compiles and loads classes while it starts),
     * times the cores; empty where those files do not exist (not Linux).
     */
    static OptionalDouble busyCores() {
        try {
            long[] a = cpuTimes();
            long selfA = ownTime();
            Thread.sleep(200);
            long[] b = cpuTimes();
            long selfB = ownTime();
            double total = b[0] - a[0];
            if (total <= 0) {
                return OptionalDouble.empty();
            }
            double othersBusy = (total - (b[1] - a[1]) - (selfB - selfA)) / total;
            return OptionalDouble.of(Math.max(0, othersBusy) * Runtime.getRuntime().availableProcessors());
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }

    /** User plus system time of this process, in the same clock ticks as /proc/stat. */
    private static long ownTime() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5), after pid and name
    }

    /** Total and idle (idle plus I/O wait) jiffies of all cores, from the first line of /proc/stat. */
    private static long[] cpuTimes() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    /** Sets the number of threads one operator may use; a no-op for engines other than PyTorch. */
    public static void setIntraOpThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (isPyTorch()) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** The current intra-op thread count, or -1 for engines other than PyTorch. */
    public static int intraOpThreads() {
        return isPyTorch() ? JniUtils.getNumThreads() : -1;
    }

    private static boolean isPyTorch() {
        return "PyTorch".equals(Engine.getInstance().getEngineName());
    }
}
