package org.epizero.analysis.estimate;

/** Unit conversions between nats (what losses are computed in) and bits (what is reported). */
final class Bits {

    private static final double LN2 = Math.log(2);

    private Bits() {}

    static double fromNats(double nats) {
        return nats / LN2;
    }
}
