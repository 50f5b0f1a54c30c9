package org.epizero.engine.nn;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.ObservationShape;
import org.epizero.engine.game.State;

/**
 * A residual policy-value network for one game (see {@link NetworkConfig}), owning its DJL
 * model. Input: the observation from the view of the player to move; output: priors over all
 * actions with illegal ones masked out before the softmax, and a tanh value in {@code [-1, 1]}
 * for the player to move.
 *
 * <p>Not thread-safe: one thread at a time may use an instance (the {@link InferenceService}
 * owner thread, or a trainer). Every forward pass allocates its arrays in a sub-manager that is
 * closed before it returns, so repeated calls do not grow native memory.
 *
 * <p>Parameters are created on the engine's default device (a GPU when the engine has one) and
 * initialised from the engine's random generator: call
 * {@code Engine.getInstance().setRandomSeed(seed)} first for a reproducible net.
 */
public final class PolicyValueNetwork implements Evaluator, AutoCloseable {

    /** Added to the logits of illegal actions: finite, so that {@code 0 * log p} stays 0, not NaN. */
    static final float ILLEGAL_LOGIT_PENALTY = 1e9f;

    private final Game game;
    private final NetworkConfig config;
    private final Model model;
    private final ObservationShape shape;
    private final int numActions;
    private final boolean padSingletons;
    private ParameterStore parameterStore;

    private PolicyValueNetwork(Game game, NetworkConfig config, Device device) {
        this.game = game;
        this.config = config;
        this.shape = game.observationShape();
        this.numActions = game.numDistinctActions();
        this.model = Model.newInstance("policy-value", device);
        model.setBlock(PolicyValueBlocks.build(config, numActions));
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, inputShape(1));
        this.parameterStore = new ParameterStore(model.getNDManager(), false);
        // libtorch prints an NNPACK warning for every single-position convolution on CPUs that
        // hide their cache sizes (common on VMs); a batch of two takes the oneDNN path instead.
        this.padSingletons = Device.Type.CPU.equals(device.getDeviceType());
    }

    /** A freshly initialised network on the engine's default device. */
    public static PolicyValueNetwork create(Game game, NetworkConfig config) {
        return create(game, config, Engine.getInstance().defaultDevice());
    }

    /** A freshly initialised network on {@code device}. */
    public static PolicyValueNetwork create(Game game, NetworkConfig config, Device device) {
        return new PolicyValueNetwork(game, config, device);
    }

    public Game game() {
        return game;
    }

    public NetworkConfig config() {
        return config;
    }

    public Device device() {
        return model.getNDManager().getDevice();
    }

    /** Number of stored parameters, including BatchNorm running statistics. */
    public long parameterCount() {
        return countParameters(false);
    }

    /** Number of parameters that training updates (everything but BatchNorm running statistics). */
    public long trainableParameterCount() {
        return countParameters(true);
    }

    /**
     * One forward pass in inference mode over {@code batchSize} encoded positions (see
     * {@link StateEncoder}). Illegal actions get prior exactly 0.
     */
    public Predictions forward(float[] observations, float[] legalMasks, int batchSize) {
        int obsSize = shape.size();
        if (batchSize < 1 || observations.length < batchSize * obsSize || legalMasks.length < batchSize * numActions) {
            throw new IllegalArgumentException("buffers too small for a batch of " + batchSize);
        }
        int rows = padSingletons && batchSize == 1 ? 2 : batchSize;
        float[] x = padRows(observations, obsSize, batchSize, rows);
        float[] mask = padRows(legalMasks, numActions, batchSize, rows);
        GradMode.disableOnCurrentThread(model.getNDManager());
        try (NDManager batch = model.getNDManager().newSubManager()) {
            NDList out = model.getBlock().forward(parameterStore, new NDList(batch.create(x, inputShape(rows))), false);
            NDArray logits = maskLogits(out.get(0), batch.create(mask, new Shape(rows, numActions)));
            float[] priors = logits.softmax(1).toFloatArray();
            float[] values = out.get(1).toFloatArray();
            if (rows != batchSize) {
                priors = Arrays.copyOf(priors, batchSize * numActions);
                values = Arrays.copyOf(values, batchSize);
            }
            return new Predictions(batchSize, numActions, priors, values);
        }
    }

    /** Encodes and evaluates the states in one forward pass on the calling thread. */
    @Override
    public List<Evaluation> evaluate(List<? extends State> states) {
        StateEncoder encoder = new StateEncoder(game);
        int n = states.size();
        if (n == 0) {
            return List.of();
        }
        float[] obs = new float[n * encoder.observationSize()];
        float[] masks = new float[n * numActions];
        for (int i = 0; i < n; i++) {
            encoder.encode(states.get(i), i, obs, masks);
        }
        Predictions p = forward(obs, masks, n);
        List<Evaluation> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(p.evaluation(i));
        }
        return result;
    }

    /** All parameters (and BatchNorm statistics) in DJL's parameter encoding. */
    public byte[] parameters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.getBlock().saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Replaces all parameters with ones from {@link #parameters()} of a network of the same game
     * and config. The replaced arrays are freed.
     *
     * @throws IllegalArgumentException if the bytes do not fit this architecture
     */
    public void loadParameters(byte[] parameters) {
        List<NDArray> previous = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            previous.add(p.getValue().getArray());
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            model.getBlock().loadParameters(model.getNDManager(), in);
        } catch (EOFException e) {
            throw new IllegalArgumentException("parameters do not fit " + config + " for " + game.spec() + ": they end early ("
                    + parameters.length + " bytes)", e);
        } catch (IOException | MalformedModelException e) {
            throw new IllegalArgumentException("parameters do not fit " + config + " for " + game.spec() + ": " + e.getMessage(), e);
        }
        // DJL takes whatever shapes the stream holds: a network built from a wrong descriptor
        // would run with the stream's shapes and carry the wrong description into new checkpoints.
        int i = 0;
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            Shape declared = previous.get(i++).getShape();
            Shape loaded = p.getValue().getArray().getShape();
            if (!declared.equals(loaded)) {
                throw new IllegalArgumentException("parameters do not fit " + config + " for " + game.spec() + ": "
                        + p.getKey() + " has shape " + loaded + " in the parameters, " + declared + " in the network");
            }
        }
        for (NDArray old : previous) {
            old.close();
        }
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
        // The store caches the arrays it handed out, which are now closed.
        parameterStore = new ParameterStore(model.getNDManager(), false);
    }

    /** The DJL model, for the trainer of this package. */
    Model model() {
        return model;
    }

    /** The block input shape for {@code batchSize} positions. */
    Shape inputShape(int batchSize) {
        return new Shape(batchSize, shape.planes(), shape.height(), shape.width());
    }

    /** Pushes illegal logits to {@code -ILLEGAL_LOGIT_PENALTY} so the softmax gives them 0. */
    static NDArray maskLogits(NDArray logits, NDArray legalMask) {
        return logits.add(legalMask.sub(1f).mul(ILLEGAL_LOGIT_PENALTY));
    }

    @Override
    public void close() {
        model.close();
    }

    private long countParameters(boolean trainableOnly) {
        long total = 0;
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            if (!trainableOnly || p.getValue().requiresGradient()) {
                total += p.getValue().getArray().size();
            }
        }
        return total;
    }

    private static float[] padRows(float[] data, int rowSize, int batchSize, int rows) {
        if (rows == batchSize && data.length == batchSize * rowSize) {
            return data;
        }
        float[] padded = Arrays.copyOf(data, rows * rowSize);
        for (int r = batchSize; r < rows; r++) {
            System.arraycopy(data, 0, padded, r * rowSize, rowSize);
        }
        return padded;
    }
}
