package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.List;

/** Downsamples per-step online losses into at most a fixed number of stretch means. */
final class LossCurveRecorder {

    private final int stepsPerPoint;
    private final List<CurvePoint> points = new ArrayList<>();
    private double nats;
    private long scored;
    private int steps;

    LossCurveRecorder(int totalSteps, int maxPoints) {
        this.stepsPerPoint = Math.max(1, (totalSteps + maxPoints - 1) / maxPoints);
    }

    void record(double stepNats, long stepScored, long tokensSoFar) {
        nats += stepNats;
        scored += stepScored;
        if (++steps == stepsPerPoint) {
            flush(tokensSoFar);
        }
    }

    /** Closes the last, possibly shorter, stretch. */
    List<CurvePoint> finish(long tokensSoFar) {
        if (steps > 0) {
            flush(tokensSoFar);
        }
        return List.copyOf(points);
    }

    private void flush(long tokensSoFar) {
        points.add(new CurvePoint(tokensSoFar, scored == 0 ? Double.NaN : Bits.fromNats(nats / scored)));
        nats = 0;
        scored = 0;
        steps = 0;
    }
}
