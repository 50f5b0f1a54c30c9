package org.epizero.analysis.estimate;

import java.util.List;

/**
 * What the requential student did in a run.
 *
 * @param tokens synthetic positions it trained on
 * @param steps its training steps
 * @param limitHits teacher steps at which it stopped at the safety limit still above the KL threshold
 * @param klCurve its KL to the teacher along the stream
 */
record StudentRun(long tokens, long steps, int limitHits, List<KlPoint> klCurve) {

    /** No student: the prequential estimator. */
    static final StudentRun NONE = new StudentRun(0, 0, 0, List.of());

    StudentRun {
        klCurve = List.copyOf(klCurve);
    }
}
