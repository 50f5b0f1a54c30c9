package org.epizero.engine.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.Symmetry;

/**
 * Trains a {@link PolicyValueNetwork} in place by minibatch gradient steps on
 * {@code mean(CE(pi, softmax(masked logits))) + w * mean((v - z)^2) + c * sum(weights^2)}.
 *
 * <p>Single-threaded, and at most one trainer may be stepping per JVM (DJL's PyTorch gradient
 * collector is global). The network must not be used for inference elsewhere while it trains:
 * hand {@link PolicyValueNetwork#parameters()} to the inference side between steps instead.
 * Deterministic for a fixed {@link TrainerConfig#seed()}, engine seed and native thread count.
 */
public final class NetworkTrainer implements AutoCloseable {

    private static final int EVALUATION_CHUNK = 512;

    private final PolicyValueNetwork network;
    private final TrainerConfig config;
    private final Trainer trainer;
    private final List<Parameter> decayed = new ArrayList<>();
    private final List<Parameter> trainable = new ArrayList<>();
    private final List<Symmetry> symmetries;
    private final SplittableRandom random;
    private final ObservationShape shape;
    private final int numActions;
    private long steps;

    public NetworkTrainer(PolicyValueNetwork network, TrainerConfig config) {
        this.network = network;
        this.config = config;
        Game game = network.game();
        this.shape = game.observationShape();
        this.numActions = game.numDistinctActions();
        this.symmetries = game.symmetries();
        this.random = new SplittableRandom(config.seed());
        for (Pair<String, Parameter> p : network.model().getBlock().getParameters()) {
            Parameter parameter = p.getValue();
            if (parameter.requiresGradient()) {
                trainable.add(parameter);
                if (!parameter.getArray().hasGradient()) {
                    parameter.getArray().setRequiresGradient(true);
                }
                if (parameter.getType() == Parameter.Type.WEIGHT) {
                    decayed.add(parameter);
                }
            }
        }
        DefaultTrainingConfig djlConfig = new DefaultTrainingConfig(new PolicyValueLoss(config.valueLossWeight()))
                .optOptimizer(optimizer(config))
                .optDevices(new Device[] {network.device()});
        this.trainer = network.model().newTrainer(djlConfig);
    }

    public PolicyValueNetwork network() {
        return network;
    }

    public TrainerConfig config() {
        return config;
    }

    /** Optimizer steps taken so far. */
    public long steps() {
        return steps;
    }

    /**
     * One gradient step on {@code batch} (BatchNorm in training mode, a random symmetry per sample
     * when {@link TrainerConfig#augment()} is on). Returns the losses of the forward pass that
     * the step was computed from.
     */
    public TrainingLosses step(List<TrainingSample> batch) {
        int n = batch.size();
        if (n == 0) {
            throw new IllegalArgumentException("empty training batch");
        }
        try (NDManager bm = trainer.getManager().newSubManager()) {
            NDList inputs = toArrays(bm, batch, config.augment());
            NDList labels = new NDList(inputs.get(1), inputs.get(2), inputs.get(3));
            float[] policyLosses;
            float[] valueLosses;
            double l2 = 0;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(new NDList(inputs.get(0)));
                NDArray[] losses = PolicyValueLoss.perSample(labels, predictions);
                NDArray objective = losses[0].mean().add(Scalars.multiply(losses[1].mean(), config.valueLossWeight()));
                if (config.l2() > 0f) {
                    NDArray penalty = Scalars.multiply(sumOfSquares(bm), config.l2());
                    l2 = penalty.getFloat();
                    objective = objective.add(penalty);
                }
                gc.backward(objective);
                policyLosses = losses[0].toFloatArray();
                valueLosses = losses[1].toFloatArray();
            }
            double norm = GradientClipping.clipToGlobalNorm(GradientClipping.gradientsOf(trainable, bm), config.maxGradientNorm());
            trainer.step();
            steps++;
            return new TrainingLosses(policyLosses, valueLosses, mean(policyLosses), mean(valueLosses), l2, norm);
        }
    }

    /**
     * The per-sample losses of the current network on {@code samples}, without training:
     * BatchNorm running statistics, no augmentation, nothing recorded for gradients. This is the
     * score for prequential coding (score a chunk, then train on it).
     */
    public TrainingLosses evaluate(List<TrainingSample> samples) {
        int n = samples.size();
        float[] policyLosses = new float[n];
        float[] valueLosses = new float[n];
        GradMode.disableOnCurrentThread(trainer.getManager());
        for (int from = 0; from < n; from += EVALUATION_CHUNK) {
            int to = Math.min(n, from + EVALUATION_CHUNK);
            try (NDManager bm = trainer.getManager().newSubManager()) {
                NDList inputs = toArrays(bm, samples.subList(from, to), false);
                NDList predictions = trainer.evaluate(new NDList(inputs.get(0)));
                NDArray[] losses = PolicyValueLoss.perSample(new NDList(inputs.get(1), inputs.get(2), inputs.get(3)), predictions);
                System.arraycopy(losses[0].toFloatArray(), 0, policyLosses, from, to - from);
                System.arraycopy(losses[1].toFloatArray(), 0, valueLosses, from, to - from);
            }
        }
        return new TrainingLosses(policyLosses, valueLosses, mean(policyLosses), mean(valueLosses), 0, Double.NaN);
    }

    /** Closes the DJL trainer (and its optimizer state); the network stays open. */
    @Override
    public void close() {
        trainer.close();
    }

    /** {@code (observations, pi, z, legalMask)} on {@code bm}, each sample optionally under a random symmetry. */
    private NDList toArrays(NDManager bm, List<TrainingSample> samples, boolean augment) {
        int n = samples.size();
        int obsSize = shape.size();
        float[] obs = new float[n * obsSize];
        float[] pi = new float[n * numActions];
        float[] masks = new float[n * numActions];
        float[] z = new float[n];
        float[] mapped = new float[numActions];
        for (int i = 0; i < n; i++) {
            TrainingSample s = samples.get(i);
            if (s.observation().length != obsSize || s.policy().length != numActions) {
                throw new IllegalArgumentException("sample " + i + " does not fit " + network.game().spec()
                        + ": observation " + s.observation().length + " (want " + obsSize + "), policy "
                        + s.policy().length + " (want " + numActions + ")");
            }
            z[i] = s.value();
            if (augment && symmetries.size() > 1) {
                Symmetry sym = symmetries.get(random.nextInt(symmetries.size()));
                sym.mapObservation(s.observation(), 0, obs, i * obsSize, shape.planes());
                sym.mapPolicy(s.policy(), mapped);
                System.arraycopy(mapped, 0, pi, i * numActions, numActions);
                sym.mapPolicy(s.legalMask(), mapped);
                System.arraycopy(mapped, 0, masks, i * numActions, numActions);
            } else {
                System.arraycopy(s.observation(), 0, obs, i * obsSize, obsSize);
                System.arraycopy(s.policy(), 0, pi, i * numActions, numActions);
                System.arraycopy(s.legalMask(), 0, masks, i * numActions, numActions);
            }
        }
        return new NDList(bm.create(obs, network.inputShape(n)), bm.create(pi, new Shape(n, numActions)),
                bm.create(z, new Shape(n)), bm.create(masks, new Shape(n, numActions)));
    }

    /** {@code sum(w^2)} over decayed weights, every intermediate owned by {@code bm}. */
    private NDArray sumOfSquares(NDManager bm) {
        NDArray total = bm.zeros(new Shape());
        for (Parameter p : decayed) {
            NDArray squares = owned(bm, p.getArray().square());
            total = total.add(owned(bm, squares.sum()));
        }
        return total;
    }

    private static NDArray owned(NDManager bm, NDArray array) {
        array.attach(bm);
        return array;
    }

    private static Optimizer optimizer(TrainerConfig config) {
        Tracker lr = Tracker.fixed(config.learningRate());
        return switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr).optWeightDecays(0f).build();
            case SGD_MOMENTUM -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(config.momentum()).optWeightDecays(0f).build();
        };
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
