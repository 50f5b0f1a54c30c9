package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.random.RandomGenerator;
import org.epizero.engine.nn.Scalars;

/**
 * One pre-norm transformer block: {@code x + attn(ln1(x))}, then {@code + mlp(ln2(x))}. Input is
 * {@code (x [B,T,D], mask [B,1,T,T])}; the mask is additive (0 where a position may attend, a
 * large negative number where it may not) and is shared by all heads. Output projections start at zero, so a fresh block
 * is the identity.
 */
final class DecoderLayer extends AbstractBlock {

    private static final float LAYER_NORM_EPS = 1e-5f;

    private final int width;
    private final int heads;
    private final Parameter norm1Gain;
    private final Parameter norm1Bias;
    private final Parameter qkv;
    private final Parameter attentionOut;
    private final Parameter norm2Gain;
    private final Parameter norm2Bias;
    private final Parameter mlpIn;
    private final Parameter mlpInBias;
    private final Parameter mlpOut;
    private final Parameter mlpOutBias;

    DecoderLayer(int width, int heads, RandomGenerator init) {
        this.width = width;
        this.heads = heads;
        int hidden = ObserverSpec.MLP_RATIO * width;
        norm1Gain = addParameter(Params.gain("norm1_gain", width));
        norm1Bias = addParameter(Params.bias("norm1_bias", width));
        qkv = addParameter(Params.weight("qkv", Params.fanIn(width, init), width, 3L * width));
        attentionOut = addParameter(Params.weight("attention_out", Initializer.ZEROS, width, width));
        norm2Gain = addParameter(Params.gain("norm2_gain", width));
        norm2Bias = addParameter(Params.bias("norm2_bias", width));
        mlpIn = addParameter(Params.weight("mlp_in", Params.fanIn(width, init), width, hidden));
        mlpInBias = addParameter(Params.bias("mlp_in_bias", hidden));
        mlpOut = addParameter(Params.weight("mlp_out", Initializer.ZEROS, hidden, width));
        mlpOutBias = addParameter(Params.bias("mlp_out_bias", width));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(compute(store, inputs.get(0), inputs.get(1), null, null, training).get(0));
    }

    /**
     * The block on {@code x [B,T,D]}, whose positions follow {@code P} earlier positions of the same
     * sequences whose keys and values are given ({@code [B,H,P,D/H]}, or null when {@code P = 0}).
     * The additive {@code mask [B or 1,1,T,P+T]} says which of the {@code P + T} keys each new
     * position may attend to; null lets every position attend to all of them. Returns the output
     * {@code [B,T,D]} and the keys and values of all {@code P + T} positions, so the full forward
     * pass and incremental decoding run the same arithmetic.
     */
    NDList compute(ParameterStore store, NDArray x, NDArray mask, NDArray pastKeys, NDArray pastValues,
            boolean training) {
        var device = x.getDevice();
        long batch = x.getShape().get(0);
        long length = x.getShape().get(1);
        long headWidth = width / heads;

        NDArray h = layerNorm(x, store.getValue(norm1Gain, device, training), store.getValue(norm1Bias, device, training));
        NDArray projected = h.matMul(store.getValue(qkv, device, training))
                .reshape(batch, length, 3, heads, headWidth)
                .transpose(2, 0, 3, 1, 4);
        NDList qkvParts = projected.split(3, 0);
        NDArray q = qkvParts.get(0).squeeze(0);
        NDArray k = qkvParts.get(1).squeeze(0);
        NDArray v = qkvParts.get(2).squeeze(0);
        if (pastKeys != null) {
            // Kept with the step's arrays: the caller decides which of them outlive the step.
            k = Params.scoped(pastKeys.concat(k, 2), x.getManager());
            v = Params.scoped(pastValues.concat(v, 2), x.getManager());
        }
        NDArray scores = Scalars.multiply(q.matMul(k.transpose(0, 1, 3, 2)), (float) (1.0 / Math.sqrt(headWidth)));
        if (mask != null) {
            scores = scores.add(mask);
        }
        NDArray mixed = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, width);
        x = x.add(mixed.matMul(store.getValue(attentionOut, device, training)));

        h = layerNorm(x, store.getValue(norm2Gain, device, training), store.getValue(norm2Bias, device, training));
        // ReLU, not GELU: libtorch's CPU GELU and its backward took 11% of a medium observer's step
        // (profiled), ReLU about 1%.
        h = Activation.relu(h.matMul(store.getValue(mlpIn, device, training)).add(store.getValue(mlpInBias, device, training)));
        h = h.matMul(store.getValue(mlpOut, device, training)).add(store.getValue(mlpOutBias, device, training));
        return new NDList(x.add(h), k, v);
    }

    static NDArray layerNorm(NDArray x, NDArray gain, NDArray bias) {
        return x.getNDArrayInternal()
                .layerNorm(x, new Shape(x.getShape().getLastDimension()), gain, bias, LAYER_NORM_EPS)
                .singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
