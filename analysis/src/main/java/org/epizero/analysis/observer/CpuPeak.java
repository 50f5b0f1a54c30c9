package org.epizero.analysis.observer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The theoretical peak single-precision rate of this machine's CPU: cores x clock x FP32 FLOPs per
 * cycle per core, the last from the widest vector instruction set the kernel reports (two fused
 * multiply-add units assumed: AVX-512 64, AVX2 with FMA 32, AVX 16, SSE 8). The clock is the
 * nominal one in {@code /proc/cpuinfo}; turbo and AVX-512 down-clocking move the true figure, so
 * ratios to this peak compare runs on one machine, not machines.
 *
 * @param cores logical processors available to the JVM
 * @param gigahertz nominal clock
 * @param flopsPerCycle FP32 operations per cycle per core
 * @param instructionSet the instruction set the figure assumes
 */
public record CpuPeak(int cores, double gigahertz, int flopsPerCycle, String instructionSet) {

    /** FLOP/s at the peak. */
    public double flopsPerSecond() {
        return cores * gigahertz * 1e9 * flopsPerCycle;
    }

    /** Reads this machine's figures; an unknown clock or instruction set gives NaN / the SSE figure. */
    public static CpuPeak ofThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | RuntimeException e) {
            return new CpuPeak(cores, Double.NaN, 8, "unknown");
        }
        double mhz = Double.NaN;
        String flags = "";
        for (String line : lines) {
            if (Double.isNaN(mhz) && line.startsWith("cpu MHz")) {
                mhz = Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
            } else if (flags.isEmpty() && line.startsWith("flags")) {
                flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
            }
        }
        return of(cores, mhz / 1000, flags);
    }

    /** The peak for a flags line as {@code /proc/cpuinfo} writes it. */
    static CpuPeak of(int cores, double gigahertz, String flags) {
        String f = " " + flags.toLowerCase(Locale.ROOT).trim() + " ";
        if (f.contains(" avx512f ")) {
            return new CpuPeak(cores, gigahertz, 64, "AVX-512");
        }
        if (f.contains(" avx2 ") && f.contains(" fma ")) {
            return new CpuPeak(cores, gigahertz, 32, "AVX2+FMA");
        }
        if (f.contains(" avx ")) {
            return new CpuPeak(cores, gigahertz, 16, "AVX");
        }
        return new CpuPeak(cores, gigahertz, 8, "SSE");
    }
}
