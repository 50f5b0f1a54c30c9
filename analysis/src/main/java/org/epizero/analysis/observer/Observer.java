package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.tokens.InputFeatures;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.engine.nn.GradMode;
import org.epizero.engine.nn.GradientClipping;
import org.epizero.engine.nn.Scalars;

/**
 * A trainable observer: one {@link ObserverSpec} network with its own parameters and Adam state.
 * Losses are natural-log cross-entropies computed with an explicit log-softmax and summed over
 * scored targets only. Every step's arrays live in a sub-manager that closes with the step, so a
 * long run holds no more native memory than a short one. Not thread-safe: use one observer from
 * one thread.
 *
 * <p>Initial parameters are drawn from the observer's own seed, and gradients are taken in a
 * scope of the calling thread (libtorch's grad mode is per thread; DJL's gradient collector is one
 * per process), so observers on different threads train side by side without touching each other.
 * Pair that with {@link ObserverThreads#useOnThisThread}.
 */
public final class Observer implements AutoCloseable {

    private final ObserverSpec spec;
    private final int vocabSize;
    private final InputFeatures features;
    private final TrainingConfig training;
    private final NDManager manager;
    private final DecoderLm network;
    private final ParameterStore store;
    private final Optimizer optimizer;
    private final List<Parameter> parameters;

    private Observer(NDManager parent, ObserverSpec spec, int vocabSize, InputFeatures features, TrainingConfig training,
            long initSeed) {
        this.spec = spec;
        this.vocabSize = vocabSize;
        this.features = features;
        this.training = training;
        this.manager = parent.newSubManager();
        GradMode.disableOnCurrentThread(manager);
        this.network = new DecoderLm(spec, vocabSize, features, new SplittableRandom(initSeed));
        Shape rows = new Shape(1, spec.contextLength());
        network.initialize(manager, DataType.FLOAT32, rows, rows, rows);
        this.store = new ParameterStore(manager, false);
        Tracker rate = training::rateAt;
        this.optimizer = Optimizer.adam()
                .optLearningRateTracker(rate)
                .optBeta1(training.beta1())
                .optBeta2(training.beta2())
                .build();
        List<Parameter> list = new ArrayList<>();
        for (Pair<String, Parameter> p : network.getParameters()) {
            list.add(p.getValue());
        }
        this.parameters = List.copyOf(list);
    }

    /**
     * A freshly initialised observer whose arrays live under {@code parent}; the same
     * {@code initSeed} gives the same initial parameters.
     */
    public static Observer create(NDManager parent, ObserverSpec spec, int vocabSize, TrainingConfig training, long initSeed) {
        return create(parent, spec, vocabSize, InputFeatures.NONE, training, initSeed);
    }

    /**
     * As {@link #create(NDManager, ObserverSpec, int, TrainingConfig, long)}, for corpora whose
     * positions carry {@code features} beside their tokens; every batch it reads must carry them.
     */
    public static Observer create(NDManager parent, ObserverSpec spec, int vocabSize, InputFeatures features,
            TrainingConfig training, long initSeed) {
        if (vocabSize < 2) {
            throw new IllegalArgumentException("vocabulary needs at least 2 tokens, got " + vocabSize);
        }
        return new Observer(parent, spec, vocabSize, features, training, initSeed);
    }

    public ObserverSpec spec() {
        return spec;
    }

    public int vocabSize() {
        return vocabSize;
    }

    /** The feature ids it reads beside every token. */
    public InputFeatures features() {
        return features;
    }

    /** N: every parameter of the network. */
    public long parameterCount() {
        long n = 0;
        for (Parameter p : parameters) {
            n += p.getArray().size();
        }
        return n;
    }

    /**
     * Scores the batch with the current parameters, then takes one Adam step on its mean loss per
     * scored target (none when the batch has no scored target).
     */
    public TrainStep trainStep(TokenBatch batch, boolean keepLogProbs) {
        try (NDManager step = manager.newSubManager()) {
            NDList inputs = inputsOf(step, batch);
            NDArray targets = step.create(batch.targets(), shapeOf(batch));
            NDArray mask = step.create(batch.mask(), shapeOf(batch));
            double nats;
            float[] logProbs = null;
            GradMode.enableOnCurrentThread(step);
            try {
                NDArray logits = network.forward(store, inputs, true).singletonOrThrow();
                NDArray logp = logits.logSoftmax(-1);
                NDArray total = negativeLogLikelihood(logp, targets).mul(mask).sum();
                nats = total.getFloat();
                if (keepLogProbs) {
                    logProbs = logp.toFloatArray();
                }
                if (batch.scoredTargets() > 0) {
                    NDArray loss = Scalars.divide(total, batch.scoredTargets());
                    JniUtils.backward((PtNDArray) loss, (PtNDArray) step.ones(loss.getShape()), false, false);
                }
            } finally {
                GradMode.disableOnCurrentThread(step);
            }
            if (batch.scoredTargets() > 0) {
                applyGradients(step);
            }
            return new TrainStep(new LossSum(nats, batch.scoredTargets()), logProbs);
        }
    }

    /** The loss of the current parameters on a batch, summed over scored targets. */
    public LossSum evaluate(TokenBatch batch) {
        try (NDManager step = manager.newSubManager()) {
            NDArray logits = network.forward(store, inputsOf(step, batch), false).singletonOrThrow();
            NDArray total = negativeLogLikelihood(logits.logSoftmax(-1), step.create(batch.targets(), shapeOf(batch)))
                    .mul(step.create(batch.mask(), shapeOf(batch)))
                    .sum();
            return new LossSum(total.getFloat(), batch.scoredTargets());
        }
    }

    /** Log-probabilities {@code [B,T,V]} row-major of the current parameters on a batch, without an update. */
    public float[] logProbs(TokenBatch batch) {
        try (NDManager step = manager.newSubManager()) {
            return network.forward(store, inputsOf(step, batch), false).singletonOrThrow().logSoftmax(-1).toFloatArray();
        }
    }

    /** The summed loss over several batches. */
    public LossSum evaluate(List<TokenBatch> batches) {
        LossSum sum = LossSum.ZERO;
        for (TokenBatch b : batches) {
            sum = sum.plus(evaluate(b));
        }
        return sum;
    }

    /**
     * A decoder that runs this observer incrementally on {@code rows} sequences at once, with the
     * parameters the observer holds at each step. Close it before the observer.
     */
    public IncrementalDecoder decoder(int rows) {
        return new IncrementalDecoder(manager, network, store, rows, vocabSize, spec.contextLength());
    }

    /** Sets every parameter to the source's value; both observers must share spec and vocabulary. */
    public void copyParametersFrom(Observer source) {
        requireSameShape(source);
        for (int i = 0; i < parameters.size(); i++) {
            source.parameters.get(i).getArray().copyTo(parameters.get(i).getArray());
        }
    }

    /**
     * Moves every parameter towards the source's: {@code p = keep * p + (1 - keep) * source}, the
     * exponential moving average update.
     */
    public void blendTowards(Observer source, float keep) {
        requireSameShape(source);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray mine = parameters.get(i).getArray();
            try (NDArray scaled = source.parameters.get(i).getArray().mul(1f - keep)) {
                mine.muli(keep).addi(scaled);
            }
        }
    }

    /** Arrays currently owned by this observer's manager: parameters and optimizer state only. */
    int liveArrays() {
        return manager.getManagedArrays().size();
    }

    private void requireSameShape(Observer other) {
        if (!spec.equals(other.spec) || vocabSize != other.vocabSize || !features.equals(other.features)) {
            throw new IllegalArgumentException("observers differ in shape: " + spec + " vs " + other.spec);
        }
    }

    private void applyGradients(NDManager step) {
        List<NDArray> gradients = GradientClipping.gradientsOf(parameters, step);
        GradientClipping.clipToGlobalNorm(gradients, training.gradClipNorm());
        for (int i = 0; i < gradients.size(); i++) {
            Parameter p = parameters.get(i);
            optimizer.update(p.getId(), p.getArray(), gradients.get(i));
        }
    }

    private static NDArray negativeLogLikelihood(NDArray logProbs, NDArray targets) {
        return logProbs.gather(targets.expandDims(-1), -1).squeeze(-1).neg();
    }

    private NDList inputsOf(NDManager step, TokenBatch batch) {
        if (batch.featuresPerPosition() != features.perPosition()) {
            throw new IllegalArgumentException("the batch carries " + batch.featuresPerPosition()
                    + " features per position; this observer reads " + features.perPosition());
        }
        Shape shape = shapeOf(batch);
        NDList inputs = new NDList(step.create(batch.inputs(), shape), step.create(batch.positions(), shape),
                step.create(batch.segments(), shape));
        if (features.present()) {
            inputs.add(step.create(batch.features(), new Shape(batch.batchSize(), batch.length(), features.perPosition())));
        }
        return inputs;
    }

    private static Shape shapeOf(TokenBatch batch) {
        return new Shape(batch.batchSize(), batch.length());
    }

    @Override
    public void close() {
        manager.close();
    }
}
