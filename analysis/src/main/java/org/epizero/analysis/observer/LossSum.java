package org.epizero.analysis.observer;

/**
 * A summed negative log-likelihood in nats over a number of scored tokens.
 *
 * @param nats total loss
 * @param tokens scored tokens it covers
 */
public record LossSum(double nats, long tokens) {

    public static final LossSum ZERO = new LossSum(0, 0);

    public LossSum plus(LossSum other) {
        return new LossSum(nats + other.nats, tokens + other.tokens);
    }

    /** Nats per scored token; NaN when there are none. */
    public double perToken() {
        return tokens == 0 ? Double.NaN : nats / tokens;
    }
}
