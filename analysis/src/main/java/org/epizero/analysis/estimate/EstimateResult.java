package org.epizero.analysis.estimate;

import java.util.List;
import org.epizero.analysis.observer.ObserverSpec;

/**
 * One measurement of a dataset X by one observer: structural information S and time-bounded
 * entropy H in bits, with everything needed to reproduce and plot it. Plain data, serialisable as
 * JSON.
 *
 * @param estimator how S was estimated
 * @param observer the observer's shape
 * @param vocabSize tokens the observer predicts over
 * @param seed the seed of the split, the initialisation and any sampling
 * @param layout how the data was laid out for the observer ({@link #LAYOUT}); results of different
 *     layouts are not comparable
 * @param rowFill share of the training rows' positions that hold data rather than padding
 * @param parameters N, every parameter of the observer
 * @param trainingTokens D, real-data training positions (the teacher's, for the requential estimator)
 * @param datasetTokens D_X, the target positions of X; coding X costs {@code 2 N D_X}
 * @param datasetScoredTokens scored targets of X: the tokens whose code length H and S count
 * @param datasetSequences sequences in X
 * @param flops T = 6 N D + 2 N D_X, plus for the requential estimator the student's training
 *     ({@code 6 N} per synthetic position) and the sampling ({@code 2 N} per decoded position)
 * @param structureBits S, the model's share of the two-part code
 * @param entropyBits H = scored tokens of X times the final held-out loss
 * @param structureBitsPerSequence S over the number of sequences
 * @param entropyBitsPerSequence H over the number of sequences
 * @param heldOutLossBits the final (parameter-averaged) model's held-out loss, bits per scored token
 * @param lastIterateLossBits the held-out loss of the raw last parameters, for comparison
 * @param heldOutScoredTokens scored held-out targets behind that loss
 * @param heldOutBitsPerSequence the final model's code length of a held-out sequence, on average:
 *     the figure to compare with {@code generatorBitsPerSequence}
 * @param generatorBitsPerSequence the exact code length of the same held-out sequences under the
 *     process that generated them, on average; NaN when the generator is unknown
 * @param studentTokens requential: synthetic positions the student trained on; else 0
 * @param studentSteps requential: the student's training steps; else 0
 * @param studentLimitHits requential: teacher steps after which the student was still above the
 *     KL threshold when it reached {@link EstimatorConfig#maxStudentSteps()}; else 0. Above zero,
 *     the student trailed the teacher by more than the threshold there, and S is the code of a
 *     student that lags.
 * @param config the run's settings
 * @param onlineCurve the pre-update loss along the stream, downsampled (the teacher's, for the
 *     requential estimator)
 * @param klCurve requential: the student's KL to the teacher along the stream, downsampled; else empty
 * @param checkpoints (T, S, H) along the run, the last being this result
 */
public record EstimateResult(
        EstimatorKind estimator,
        ObserverSpec observer,
        int vocabSize,
        long seed,
        String layout,
        double rowFill,
        long parameters,
        long trainingTokens,
        long datasetTokens,
        long datasetScoredTokens,
        int datasetSequences,
        double flops,
        double structureBits,
        double entropyBits,
        double structureBitsPerSequence,
        double entropyBitsPerSequence,
        double heldOutLossBits,
        double lastIterateLossBits,
        long heldOutScoredTokens,
        double heldOutBitsPerSequence,
        double generatorBitsPerSequence,
        long studentTokens,
        long studentSteps,
        int studentLimitHits,
        EstimatorConfig config,
        List<CurvePoint> onlineCurve,
        List<KlPoint> klCurve,
        List<CodeSnapshot> checkpoints) {

    /**
     * The data layout of this version of the instrument: sequences packed whole from their start,
     * each attending only to itself with positions from 0, sliding windows for longer ones.
     */
    public static final String LAYOUT = "packed-sequences";

    public EstimateResult {
        onlineCurve = List.copyOf(onlineCurve);
        // Results logged before the KL curve existed read back without one.
        klCurve = klCurve == null ? List.of() : List.copyOf(klCurve);
        checkpoints = List.copyOf(checkpoints);
    }

    /**
     * How far the observer's held-out code length is above the generator's, as a share of the
     * generator's ({@code 0.05} is 5% above); NaN when the generator is unknown or codes in 0 bits.
     */
    public double generatorGap() {
        return generatorBitsPerSequence > 0 ? heldOutBitsPerSequence / generatorBitsPerSequence - 1 : Double.NaN;
    }

    /** S + H, the two-part code length of X for this observer. */
    public double totalBits() {
        return structureBits + entropyBits;
    }
}
