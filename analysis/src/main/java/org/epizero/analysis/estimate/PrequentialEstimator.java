package org.epizero.analysis.estimate;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.observer.LossSum;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.observer.TrainStep;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * Prequential coding: one pass over X, each batch scored before the update on it.
 * {@code S = sum over scored tokens of (online loss - final held-out loss)} and
 * {@code H = (scored tokens of X) * final held-out loss}, where the final model is the running
 * parameter average ({@link TrainingConfig#averageFraction}), as in the paper: the last iterate of
 * a constant-rate run carries the rate's noise and overstates H.
 */
final class PrequentialEstimator {

    private PrequentialEstimator() {}

    static EstimateResult run(Measurement m, NDManager manager) {
        TrainingConfig training = m.config.training();
        try (Observer model = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed);
                Observer average = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed)) {
            average.copyParametersFrom(model);
            long parameters = model.parameterCount();
            LossCurveRecorder curve = new LossCurveRecorder(m.stream.size(), m.config.curvePoints());
            List<CodeSnapshot> checkpoints = new ArrayList<>();
            double onlineNats = 0;
            long onlineScored = 0;
            long tokens = 0;
            LossSum finalHeldOut = null;
            int steps = 0;
            for (TokenBatch batch : m.stream) {
                TrainStep step = model.trainStep(batch, false);
                steps++;
                average.blendTowards(model, training.averageKeepAt(steps));
                onlineNats += step.loss().nats();
                onlineScored += step.loss().tokens();
                tokens += batch.realTargets();
                curve.record(step.loss().nats(), step.loss().tokens(), tokens);
                if (m.isCheckpoint(steps)) {
                    LossSum heldOut = m.heldOutLoss(average, m.isLastStep(steps));
                    double structure = onlineNats - onlineScored * heldOut.perToken();
                    checkpoints.add(m.snapshot(steps, tokens, parameters, 0, structure, heldOut.perToken()));
                    if (m.isLastStep(steps)) {
                        finalHeldOut = heldOut;
                    }
                }
                m.report(tokens, step.loss().perToken());
            }
            double structure = onlineNats - onlineScored * finalHeldOut.perToken();
            return m.result(EstimatorKind.PREQUENTIAL, parameters, tokens, 0, structure, finalHeldOut,
                    m.heldOutLoss(model, true), StudentRun.NONE, curve.finish(tokens), checkpoints);
        }
    }
}
