package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.List;

/** Downsamples the student's KL, step by step, into at most a fixed number of stretch means over teacher steps. */
final class KlCurveRecorder {

    private final int teacherStepsPerPoint;
    private final List<KlPoint> points = new ArrayList<>();
    private double nats;
    private long scored;
    private int teacherSteps;

    KlCurveRecorder(int totalTeacherSteps, int maxPoints) {
        this.teacherStepsPerPoint = Math.max(1, (totalTeacherSteps + maxPoints - 1) / maxPoints);
    }

    /** One student step's KL, summed over its scored tokens. */
    void recordStudentStep(double klNats, long scoredTokens) {
        nats += klNats;
        scored += scoredTokens;
    }

    /** Ends a teacher step, after the student steps it waited for. */
    void endTeacherStep(long teacherTokens, long studentStepsSoFar) {
        if (++teacherSteps == teacherStepsPerPoint) {
            flush(teacherTokens, studentStepsSoFar);
        }
    }

    /** Closes the last, possibly shorter, stretch. */
    List<KlPoint> finish(long teacherTokens, long studentStepsSoFar) {
        if (teacherSteps > 0) {
            flush(teacherTokens, studentStepsSoFar);
        }
        return List.copyOf(points);
    }

    private void flush(long teacherTokens, long studentStepsSoFar) {
        points.add(new KlPoint(teacherTokens, scored == 0 ? Double.NaN : Bits.fromNats(nats / scored), studentStepsSoFar));
        nats = 0;
        scored = 0;
        teacherSteps = 0;
    }
}
