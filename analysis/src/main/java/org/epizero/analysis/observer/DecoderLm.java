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
import java.util.random.RandomGenerator;
import org.epizero.analysis.tokens.InputFeatures;

/**
 * The observer network: token plus position embeddings (plus the summed embeddings of the
 * position's feature ids, where the corpus has {@link InputFeatures}), {@link DecoderLayer} blocks,
 * a final layer norm and a linear head to next-token logits. Inputs: token ids {@code [B,T]}
 * (int64), each token's position within its own sequence {@code [B,T]} (int64, below
 * {@code contextLength}), segment ids {@code [B,T]} (int32) and, with features, feature ids
 * {@code [B,T,F]} (int64). Output {@code [B,T,V]} logits, where a position sees only
 * itself and earlier positions of the same row with the same segment id, so several sequences
 * packed into one row never see each other. An untied head starts at zero, so a fresh model
 * predicts the uniform distribution exactly.
 */
final class DecoderLm extends AbstractBlock {

    /** Additive attention mask above the diagonal: large enough to vanish, finite to avoid NaN. */
    static final float MASKED = -1e9f;

    private final ObserverSpec spec;
    private final int vocabSize;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final List<DecoderLayer> layers = new ArrayList<>();
    private final Parameter finalGain;
    private final Parameter finalBias;
    private final Parameter head;
    private final Parameter featureEmbedding;

    DecoderLm(ObserverSpec spec, int vocabSize, InputFeatures features, RandomGenerator init) {
        this.spec = spec;
        this.vocabSize = vocabSize;
        int d = spec.width();
        tokenEmbedding = addParameter(Params.weight("token_embedding", Params.embedding(init), vocabSize, d));
        positionEmbedding = addParameter(Params.weight("position_embedding", Params.embedding(init), spec.contextLength(), d));
        for (int i = 0; i < spec.depth(); i++) {
            layers.add(addChildBlock("block" + i, new DecoderLayer(d, spec.heads(), init)));
        }
        finalGain = addParameter(Params.gain("final_gain", d));
        finalBias = addParameter(Params.bias("final_bias", d));
        head = spec.tiedHead() ? null : addParameter(Params.weight("head", Initializer.ZEROS, d, vocabSize));
        // Declared last, so that a network without features draws its initial values as before.
        featureEmbedding = features.present()
                ? addParameter(Params.weight("feature_embedding", Params.summedEmbedding(init, features.perPosition()),
                        features.vocabSize(), d))
                : null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        int length = Math.toIntExact(tokens.getShape().get(1));
        if (length > spec.contextLength()) {
            throw new IllegalArgumentException("input of " + length + " positions exceeds context " + spec.contextLength());
        }
        NDManager step = tokens.getManager();
        // Clamped so that hidden keys stay exactly at MASKED: sums below it made training of the
        // wider observers ten times slower (measured with bench observers).
        NDArray mask = attentionMask(step, inputs.get(2), length)
                .add(DistanceBias.of(step, spec.heads(), 0, length, length))
                .maximum(MASKED);
        NDArray features = inputs.size() > 3 ? inputs.get(3) : null;
        return new NDList(logits(store, tokens, inputs.get(1), features, mask, null, training));
    }

    /**
     * Logits {@code [B,T,V]} of {@code tokens [B,T]} at {@code positions [B,T]}, showing
     * {@code features [B,T,F]} beside them (null for a network without features). Without a cache
     * the positions attend to each other as {@code mask} says (see {@link #attentionMask}). With
     * one they follow its cached positions, whose keys and values every layer reads and extends,
     * and {@code mask [1,H,T,P+T]} ({@link #cachedMask}) says which of the cached and new
     * positions each may attend to and how far they are: the one computation behind both the full
     * pass and incremental decoding.
     */
    NDArray logits(ParameterStore store, NDArray tokens, NDArray positions, NDArray features, NDArray mask,
            KvCache cache, boolean training) {
        if ((features != null) != (featureEmbedding != null)) {
            throw new IllegalArgumentException(featureEmbedding == null
                    ? "this observer reads tokens alone, but features were given"
                    : "this observer reads features beside its tokens, but none were given");
        }
        var device = tokens.getDevice();
        NDArray tokenTable = store.getValue(tokenEmbedding, device, training);
        NDArray x = embed(tokens, tokenTable).add(embed(positions, store.getValue(positionEmbedding, device, training)));
        if (features != null) {
            x = x.add(embed(features, store.getValue(featureEmbedding, device, training)).sum(new int[] {2}));
        }
        for (int i = 0; i < layers.size(); i++) {
            NDArray pastKeys = cache == null ? null : cache.keys(i);
            NDArray pastValues = cache == null ? null : cache.values(i);
            NDList out = layers.get(i).compute(store, x, mask, pastKeys, pastValues, training);
            if (cache != null) {
                cache.replace(i, out.get(1), out.get(2));
            }
            x = out.get(0);
        }
        x = DecoderLayer.layerNorm(x, store.getValue(finalGain, device, training), store.getValue(finalBias, device, training));
        NDArray headMatrix = spec.tiedHead()
                ? Params.scoped(tokenTable.transpose(), tokens.getManager())
                : store.getValue(head, device, training);
        return x.matMul(headMatrix);
    }

    int depth() {
        return layers.size();
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape hidden = new Shape(1, spec.contextLength(), spec.width());
        Shape mask = new Shape(1, 1, spec.contextLength(), spec.contextLength());
        for (DecoderLayer layer : layers) {
            layer.initialize(manager, dataType, hidden, mask);
        }
    }

    private static NDArray embed(NDArray ids, NDArray table) {
        return ids.getNDArrayInternal().embedding(ids, table, SparseFormat.DENSE).singletonOrThrow();
    }

    /**
     * The additive mask {@code [1,H,count,past+count]} of {@code count} new positions after
     * {@code past} cached ones of the same sequence: new position {@code i} sees the cached
     * positions and the new ones up to itself, with the same distance bias as the full pass.
     */
    NDArray cachedMask(NDManager manager, int past, int count) {
        int keys = past + count;
        float[] hidden = new float[count * keys];
        for (int i = 0; i < count; i++) {
            for (int j = past + i + 1; j < keys; j++) {
                hidden[i * keys + j] = MASKED;
            }
        }
        return manager.create(hidden, new Shape(1, 1, count, keys))
                .add(DistanceBias.of(manager, spec.heads(), past, count, keys))
                .maximum(MASKED);
    }

    /**
     * The additive mask {@code [B,1,T,T]}: 0 where query {@code i} may attend to key {@code j}
     * ({@code j <= i} and the same segment), {@link #MASKED} elsewhere.
     */
    static NDArray attentionMask(NDManager manager, NDArray segments, int length) {
        boolean[] lower = new boolean[length * length];
        for (int i = 0; i < length; i++) {
            for (int j = 0; j <= i; j++) {
                lower[i * length + j] = true;
            }
        }
        NDArray causal = manager.create(lower, new Shape(length, length));
        NDArray allowed = segments.expandDims(2).eq(segments.expandDims(1)).logicalAnd(causal);
        return allowed.toType(DataType.FLOAT32, false).sub(1f).mul(-MASKED).expandDims(1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), vocabSize)};
    }
}
