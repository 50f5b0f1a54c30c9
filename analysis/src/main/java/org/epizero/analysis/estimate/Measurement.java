package org.epizero.analysis.estimate;

import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.observer.LossSum;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.CorpusSplit;
import org.epizero.analysis.tokens.InputFeatures;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * What both estimators share: the training stream (X, in batches), the held-out batches, the
 * checkpoint schedule, the compute formula and the assembly of the result.
 */
final class Measurement {

    /** The warm-up takes at most one step in this many of the stream. */
    static final int WARMUP_SHARE = 20;

    final ObserverSpec spec;
    final EstimatorConfig config;
    final long seed;
    final ProgressListener listener;
    final int vocabSize;
    final InputFeatures features;
    final List<TokenBatch> stream;
    final List<TokenBatch> heldOut;
    final List<TokenBatch> heldOutProbe;
    final long datasetTokens;
    final long datasetScoredTokens;
    final int datasetSequences;
    final double rowFill;
    final int heldOutSequences;
    final double generatorBitsPerSequence;
    /** Shift between the sliding windows of a sequence longer than the context. */
    final int windowStride;
    /** Real sequences per training batch, on average: the size of a synthetic batch. */
    final int sequencesPerBatch;
    private final boolean[] checkpointAfterStep;

    Measurement(CorpusSplit split, ObserverSpec spec, EstimatorConfig config, long seed, ProgressListener listener) {
        if (split.train().vocabSize() != split.heldOut().vocabSize()
                || !split.train().features().equals(split.heldOut().features())) {
            throw new IllegalArgumentException("training and held-out vocabularies differ");
        }
        this.spec = spec;
        this.seed = seed;
        this.listener = listener;
        this.vocabSize = split.train().vocabSize();
        this.features = split.train().features();
        PackedWindows train = new PackedWindows(split.train(), spec.contextLength());
        int rowsPerBatch = Math.max(1, config.batchTokens() / spec.contextLength());
        this.stream = train.batches(rowsPerBatch);
        // The warm-up is part of the learning curve whose area is S: on a short stream a fixed
        // warm-up would dominate it, so it is capped at a twentieth of the stream.
        TrainingConfig training = config.training();
        this.config = config.withTraining(training.withWarmupSteps(
                Math.min(training.warmupSteps(), Math.max(1, stream.size() / WARMUP_SHARE))));
        this.heldOut = new PackedWindows(split.heldOut(), spec.contextLength()).batches(rowsPerBatch);
        this.heldOutProbe = probe(heldOut, config.checkpointHeldOutTokens());
        this.rowFill = train.fill();
        this.heldOutSequences = split.heldOut().size();
        this.generatorBitsPerSequence = meanGeneratorBits(split.heldOut());
        this.datasetTokens = train.dataTargets();
        this.datasetScoredTokens = train.scoredTargets();
        this.datasetSequences = split.train().size();
        this.windowStride = train.stride();
        this.sequencesPerBatch = (int) Math.max(1, Math.round((double) datasetSequences / Math.max(1, stream.size())));
        if (datasetScoredTokens == 0) {
            throw new IllegalArgumentException("the training part has no scored token to measure");
        }
        this.checkpointAfterStep = schedule(stream.size(), config.checkpoints());
    }

    boolean isCheckpoint(int stepsTaken) {
        return checkpointAfterStep[stepsTaken];
    }

    boolean isLastStep(int stepsTaken) {
        return stepsTaken == stream.size();
    }

    /** Held-out loss: on the probe part mid-run, on all of it at the end. */
    LossSum heldOutLoss(Observer model, boolean complete) {
        return model.evaluate(complete ? heldOut : heldOutProbe);
    }

    /** T = 6 N D + 2 N D_X. */
    double flops(long parameters, long trainingTokens) {
        return 6.0 * parameters * trainingTokens + 2.0 * parameters * datasetTokens;
    }

    CodeSnapshot snapshot(int step, long tokens, long parameters, double extraFlops, double structureNats,
            double heldOutNatsPerToken) {
        return new CodeSnapshot(step, tokens, flops(parameters, tokens) + extraFlops, Bits.fromNats(heldOutNatsPerToken),
                Bits.fromNats(structureNats), Bits.fromNats(datasetScoredTokens * heldOutNatsPerToken));
    }

    void report(long tokensDone, double lossNatsPerToken) {
        listener.onProgress(new ProgressListener.Progress(tokensDone, datasetTokens, Bits.fromNats(lossNatsPerToken)));
    }

    /**
     * The result. {@code lastIterate} is the held-out loss of the raw last parameters, kept beside
     * the averaged model's to show what averaging changes; {@code extraFlops} is compute beyond
     * {@code 6 N D + 2 N D_X} (the requential student and sampler).
     */
    EstimateResult result(EstimatorKind kind, long parameters, long trainingTokens, double extraFlops,
            double structureNats, LossSum finalHeldOut, LossSum lastIterate, StudentRun student,
            List<CurvePoint> curve, List<CodeSnapshot> checkpoints) {
        double structure = Bits.fromNats(structureNats);
        double entropy = Bits.fromNats(datasetScoredTokens * finalHeldOut.perToken());
        return new EstimateResult(kind, spec, vocabSize, seed, EstimateResult.LAYOUT, rowFill, parameters,
                trainingTokens, datasetTokens, datasetScoredTokens, datasetSequences,
                flops(parameters, trainingTokens) + extraFlops, structure, entropy, structure / datasetSequences,
                entropy / datasetSequences, Bits.fromNats(finalHeldOut.perToken()),
                Bits.fromNats(lastIterate.perToken()), finalHeldOut.tokens(), Bits.fromNats(finalHeldOut.nats()) / heldOutSequences, generatorBitsPerSequence,
                student.tokens(), student.steps(), student.limitHits(), config, curve, student.klCurve(), checkpoints);
    }

    /** Mean exact generator code length of the sequences; NaN unless every sequence has one. */
    private static double meanGeneratorBits(TokenCorpus corpus) {
        double sum = 0;
        for (TokenSequence s : corpus.sequences()) {
            if (!s.hasGeneratorBits()) {
                return Double.NaN;
            }
            sum += s.generatorBits();
        }
        return corpus.size() == 0 ? Double.NaN : sum / corpus.size();
    }

    private static List<TokenBatch> probe(List<TokenBatch> batches, int tokens) {
        List<TokenBatch> probe = new ArrayList<>();
        long taken = 0;
        for (TokenBatch b : batches) {
            if (!probe.isEmpty() && taken + b.realTargets() > tokens) {
                break;
            }
            probe.add(b);
            taken += b.realTargets();
        }
        return List.copyOf(probe);
    }

    /** Geometrically spaced step counts in [1, steps], always including the last. */
    private static boolean[] schedule(int steps, int count) {
        boolean[] at = new boolean[steps + 1];
        for (int i = 1; i <= count; i++) {
            int step = (int) Math.round(Math.pow(steps, (double) i / count));
            at[Math.max(1, Math.min(steps, step))] = true;
        }
        at[steps] = true;
        return at;
    }
}
