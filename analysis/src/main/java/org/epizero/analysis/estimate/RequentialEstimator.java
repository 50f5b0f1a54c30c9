package org.epizero.analysis.estimate;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.observer.LossSum;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.observer.TrainStep;
import org.epizero.analysis.tokens.TokenBatch;

/**
 * Requential coding. A teacher trains on X; an exponential moving average of the teacher writes a
 * synthetic batch after each teacher step; a student of the same shape, starting from the same
 * initial parameters, trains only on synthetic batches. S is the sum over student steps of the
 * full-vocabulary {@code KL(teacher average || student)} at every scored position, taken with the
 * student's parameters before its update. While the last step's KL per token exceeds the
 * threshold the teacher waits and the student takes further batches (at most
 * {@code maxStudentSteps} per teacher step). {@code H = (scored tokens of X) * the student's
 * held-out loss on real data}.
 */
final class RequentialEstimator {

    /** Keeps the sampling stream apart from any other use of the seed. */
    private static final long SAMPLING_SALT = 0x5EED_5A3B_1E00_0001L;

    private RequentialEstimator() {}

    static EstimateResult run(Measurement m, NDManager manager) {
        Engine.getInstance().setRandomSeed(m.engineSeed());
        SplittableRandom random = new SplittableRandom(m.seed ^ SAMPLING_SALT);
        float keep = m.config.emaSteps() == 0 ? 0f : (float) Math.exp(-1.0 / m.config.emaSteps());
        try (Observer teacher = Observer.create(manager, m.spec, m.vocabSize, m.config.training());
                Observer average = Observer.create(manager, m.spec, m.vocabSize, m.config.training());
                Observer student = Observer.create(manager, m.spec, m.vocabSize, m.config.training())) {
            average.copyParametersFrom(teacher);
            student.copyParametersFrom(teacher);
            long parameters = teacher.parameterCount();
            LossCurveRecorder curve = new LossCurveRecorder(m.stream.size(), m.config.curvePoints());
            List<Checkpoint> checkpoints = new ArrayList<>();
            double codeNats = 0;
            long tokens = 0;
            long studentTokens = 0;
            LossSum finalHeldOut = null;
            int steps = 0;
            for (TokenBatch batch : m.stream) {
                TrainStep teacherStep = teacher.trainStep(batch, false);
                steps++;
                tokens += batch.realTargets();
                average.blendTowards(teacher, keep);
                curve.record(teacherStep.loss().nats(), teacherStep.loss().tokens(), tokens);
                double klPerToken;
                int studentSteps = 0;
                do {
                    SyntheticBatch synthetic = SyntheticBatch.sample(average, batch, random);
                    TrainStep studentStep = student.trainStep(synthetic.batch(), true);
                    double kl = synthetic.klNats(studentStep.logProbs());
                    codeNats += kl;
                    studentTokens += synthetic.batch().realTargets();
                    klPerToken = synthetic.batch().scoredTargets() == 0 ? 0 : kl / synthetic.batch().scoredTargets();
                    studentSteps++;
                } while (klPerToken > m.config.klThreshold() && studentSteps < m.config.maxStudentSteps());
                if (m.isCheckpoint(steps)) {
                    LossSum heldOut = m.heldOutLoss(student, m.isLastStep(steps));
                    checkpoints.add(m.checkpoint(steps, tokens, parameters, 0, codeNats, heldOut.perToken()));
                    if (m.isLastStep(steps)) {
                        finalHeldOut = heldOut;
                    }
                }
                m.report(tokens, teacherStep.loss().perToken());
            }
            return m.result(EstimatorKind.REQUENTIAL, parameters, tokens, 0, codeNats, finalHeldOut, finalHeldOut, studentTokens,
                    curve.finish(tokens), checkpoints);
        }
    }
}
