package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The observer network: token plus position embeddings, {@link DecoderLayer} blocks, a final layer
 * norm and a linear head to next-token logits. Input {@code [B,T]} int64 token ids with
 * {@code T <= contextLength}; output {@code [B,T,V]} logits, where position {@code t} sees only
 * tokens {@code 0..t}. An untied head starts at zero, so a fresh model predicts the uniform
 * distribution exactly.
 */
final class DecoderLm extends AbstractBlock {

    /** Additive attention mask above the diagonal: large enough to vanish, finite to avoid NaN. */
    private static final float MASKED = -1e9f;

    private final ObserverSpec spec;
    private final int vocabSize;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final List<DecoderLayer> layers = new ArrayList<>();
    private final Parameter finalGain;
    private final Parameter finalBias;
    private final Parameter head;

    DecoderLm(ObserverSpec spec, int vocabSize) {
        this.spec = spec;
        this.vocabSize = vocabSize;
        int d = spec.width();
        tokenEmbedding = addParameter(Params.weight("token_embedding", Params.embedding(), vocabSize, d));
        positionEmbedding = addParameter(Params.weight("position_embedding", Params.embedding(), spec.contextLength(), d));
        for (int i = 0; i < spec.depth(); i++) {
            layers.add(addChildBlock("block" + i, new DecoderLayer(d, spec.heads())));
        }
        finalGain = addParameter(Params.gain("final_gain", d));
        finalBias = addParameter(Params.bias("final_bias", d));
        head = spec.tiedHead() ? null : addParameter(Params.weight("head", Initializer.ZEROS, d, vocabSize));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray tokens = inputs.singletonOrThrow();
        NDManager step = tokens.getManager();
        var device = tokens.getDevice();
        int length = Math.toIntExact(tokens.getShape().get(1));
        if (length > spec.contextLength()) {
            throw new IllegalArgumentException("input of " + length + " positions exceeds context " + spec.contextLength());
        }
        NDArray tokenTable = store.getValue(tokenEmbedding, device, training);
        NDArray positions = step.arange(0, length, 1, DataType.INT64);
        NDArray x = embed(tokens, tokenTable).add(embed(positions, store.getValue(positionEmbedding, device, training)));
        NDArray mask = causalMask(step, length);
        for (DecoderLayer layer : layers) {
            x = layer.forward(store, new NDList(x, mask), training).singletonOrThrow();
        }
        x = DecoderLayer.layerNorm(x, store.getValue(finalGain, device, training), store.getValue(finalBias, device, training));
        NDArray headMatrix = spec.tiedHead()
                ? Params.scoped(tokenTable.transpose(), step)
                : store.getValue(head, device, training);
        return new NDList(x.matMul(headMatrix));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = new Shape(1, spec.contextLength(), spec.width());
        Shape mask = new Shape(spec.contextLength(), spec.contextLength());
        for (DecoderLayer layer : layers) {
            layer.initialize(manager, dataType, hidden, mask);
        }
    }

    private static NDArray embed(NDArray ids, NDArray table) {
        return ids.getNDArrayInternal().embedding(ids, table, SparseFormat.DENSE).singletonOrThrow();
    }

    private static NDArray causalMask(NDManager manager, int length) {
        float[] mask = new float[length * length];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                mask[i * length + j] = MASKED;
            }
        }
        return manager.create(mask, new Shape(length, length));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), vocabSize)};
    }
}
