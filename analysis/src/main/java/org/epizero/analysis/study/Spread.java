package org.epizero.analysis.study;

import java.util.List;

/** The mean and sample standard deviation the study's tables and charts quote over seeds. */
final class Spread {

    private Spread() {}

    /** The mean; NaN for no values. */
    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** The sample standard deviation; 0 for fewer than two values. */
    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    static double mean(List<Double> v) {
        return mean(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double sd(List<Double> v) {
        return sd(v.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
