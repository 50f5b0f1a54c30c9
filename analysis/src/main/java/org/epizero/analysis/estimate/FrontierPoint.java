package org.epizero.analysis.estimate;

/**
 * A candidate two-part code for the frontier: one observer's model at one point of its run.
 *
 * @param run which run (observer) it comes from
 * @param flops compute T spent to reach and use it
 * @param structureBits S
 * @param entropyBits H
 */
public record FrontierPoint(String run, double flops, double structureBits, double entropyBits) {

    /** S + H. */
    public double totalBits() {
        return structureBits + entropyBits;
    }
}
