package org.epizero.analysis.calibration;

/** Base-2 logarithms, the unit every code length here is stated in. */
final class Log2 {

    private static final double LN2 = Math.log(2);

    private Log2() {}

    static double of(double x) {
        return Math.log(x) / LN2;
    }

    /** {@code -p log2 p}, 0 at {@code p = 0} as its limit is. */
    static double plogp(double p) {
        return p > 0 ? -p * of(p) : 0;
    }
}
