package org.epizero.analysis.estimate;

/**
 * One point of the requential KL curve: how far the student trails the teacher over a stretch of
 * teacher steps.
 *
 * @param tokens real-data tokens the teacher has consumed at the end of the stretch
 * @param klBits mean {@code KL(teacher average || student)} over the stretch's student steps, bits
 *     per scored synthetic token, with the student's parameters before each update
 * @param studentSteps student steps taken from the start of the run to the end of the stretch
 */
public record KlPoint(long tokens, double klBits, long studentSteps) {}
