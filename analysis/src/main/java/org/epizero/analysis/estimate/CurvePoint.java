package org.epizero.analysis.estimate;

/**
 * One point of the online loss curve: the mean pre-update loss over a stretch of the stream.
 *
 * @param tokens training tokens consumed at the end of the stretch
 * @param lossBits mean loss over the stretch, bits per scored token
 */
public record CurvePoint(long tokens, double lossBits) {}
