package org.epizero.analysis.estimate;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.observer.LossSum;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.observer.TrainStep;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.engine.random.Seeds;

/**
 * Requential coding (Finzi et al. 2026; "Requential Coding"). A teacher trains on X; an
 * exponential moving average of the teacher samples whole synthetic sequences from their start as
 * the corpus's {@link SampleGrammar} says; a student of the same shape, starting from the same
 * initial parameters, trains only on those samples. After every teacher step the student takes
 * fresh synthetic batches until its last KL per scored token is at most
 * {@link EstimatorConfig#klThreshold()}, up to a safety limit of
 * {@link EstimatorConfig#maxStudentSteps()} per teacher step (teacher steps that reach it are
 * counted in the result).
 *
 * <p>{@code S} is the sum over student steps of the full-vocabulary
 * {@code KL(teacher average || student)} at every scored synthetic position, with the student's
 * parameters before its update: the cost of sending each sample with the student as the shared
 * model (where the grammar restricts a token, both distributions are renormalised over the
 * allowed tokens, see {@link SyntheticBatch#klNats}). {@code H = (scored tokens of X) * held-out
 * loss on real data} of the student's running parameter average ({@link TrainingConfig#averageKeepAt},
 * over student steps); the last iterate's loss is kept beside it. Compute counts the teacher ({@code 6 N D}), coding X ({@code 2 N D_X}),
 * the student ({@code 6 N} per synthetic position) and the sampler ({@code 2 N} per decoded
 * position).
 */
final class RequentialEstimator {

    /** Keeps the sampling stream apart from any other use of the seed. */
    private static final long SAMPLING_SALT = 0x5EED_5A3B_1E00_0001L;

    private RequentialEstimator() {}

    static EstimateResult run(Measurement m, NDManager manager, SampleGrammar grammar) {
        SplittableRandom random = new SplittableRandom(Seeds.salted(m.seed, SAMPLING_SALT));
        TrainingConfig training = m.config.training();
        float keep = m.config.emaSteps() == 0 ? 0f : (float) Math.exp(-1.0 / m.config.emaSteps());
        try (Observer teacher = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed);
                Observer sampler = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed);
                Observer student = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed);
                Observer average = Observer.create(manager, m.spec, m.vocabSize, m.features, training, m.seed)) {
            sampler.copyParametersFrom(teacher);
            student.copyParametersFrom(teacher);
            average.copyParametersFrom(teacher);
            SyntheticSampler synthetic =
                    new SyntheticSampler(sampler, grammar, m.sequencesPerBatch, m.spec.contextLength(), m.windowStride);
            long parameters = teacher.parameterCount();
            LossCurveRecorder curve = new LossCurveRecorder(m.stream.size(), m.config.curvePoints());
            KlCurveRecorder klCurve = new KlCurveRecorder(m.stream.size(), m.config.curvePoints());
            List<CodeSnapshot> checkpoints = new ArrayList<>();
            double codeNats = 0;
            long tokens = 0;
            long studentTokens = 0;
            long decoded = 0;
            long studentSteps = 0;
            int limitHits = 0;
            LossSum finalHeldOut = null;
            int steps = 0;
            for (TokenBatch batch : m.stream) {
                TrainStep teacherStep = teacher.trainStep(batch, false);
                steps++;
                tokens += batch.realTargets();
                sampler.blendTowards(teacher, keep);
                curve.record(teacherStep.loss().nats(), teacherStep.loss().tokens(), tokens);
                double klPerToken;
                int taken = 0;
                do {
                    SyntheticBatch s = synthetic.sample(random);
                    TrainStep studentStep = student.trainStep(s.batch(), true);
                    studentSteps++;
                    taken++;
                    average.blendTowards(student, training.averageKeepAt(Math.toIntExact(studentSteps)));
                    double kl = s.klNats(studentStep.logProbs());
                    codeNats += kl;
                    studentTokens += s.batch().realTargets();
                    decoded += s.decodedPositions();
                    klCurve.recordStudentStep(kl, s.batch().scoredTargets());
                    klPerToken = kl / Math.max(1, s.batch().scoredTargets());
                } while (klPerToken > m.config.klThreshold() && taken < m.config.maxStudentSteps());
                if (klPerToken > m.config.klThreshold()) {
                    limitHits++;
                }
                klCurve.endTeacherStep(tokens, studentSteps);
                if (m.isCheckpoint(steps)) {
                    LossSum heldOut = m.heldOutLoss(average, m.isLastStep(steps));
                    checkpoints.add(m.snapshot(steps, tokens, parameters, studentFlops(parameters, studentTokens, decoded),
                            codeNats, heldOut.perToken()));
                    if (m.isLastStep(steps)) {
                        finalHeldOut = heldOut;
                    }
                }
                m.report(tokens, teacherStep.loss().perToken());
            }
            StudentRun run = new StudentRun(studentTokens, studentSteps, limitHits, klCurve.finish(tokens, studentSteps));
            return m.result(EstimatorKind.REQUENTIAL, parameters, tokens, studentFlops(parameters, studentTokens, decoded),
                    codeNats, finalHeldOut, m.heldOutLoss(student, true), run, curve.finish(tokens), checkpoints);
        }
    }

    /** The compute beyond the teacher's: training the student and decoding the samples. */
    private static double studentFlops(long parameters, long studentTokens, long decoded) {
        return 6.0 * parameters * studentTokens + 2.0 * parameters * decoded;
    }
}
