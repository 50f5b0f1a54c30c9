package org.epizero.analysis.observer;

import java.util.List;
import java.util.Locale;

/**
 * The shape of an observer: a decoder-only transformer with {@code depth} pre-norm blocks of
 * {@code width} channels, {@code heads} attention heads, a ReLU MLP of {@code 4 * width} hidden units,
 * learned position embeddings for {@code contextLength} positions, and an output head that is
 * either its own matrix or the transposed token embedding ({@code tiedHead}).
 *
 * @param name a label for reports ("small", or "custom")
 * @param width model dimension; a multiple of {@code heads}
 * @param depth number of transformer blocks
 * @param heads attention heads per block
 * @param contextLength positions per training window
 * @param tiedHead whether the output head reuses the token embedding
 */
public record ObserverSpec(String name, int width, int depth, int heads, int contextLength, boolean tiedHead) {

    /** Hidden units of the MLP per model channel. */
    public static final int MLP_RATIO = 4;

    /** The named sizes, smallest first: non-embedding parameters from about 25 thousand to 3 million. */
    public static final List<String> NAMED_SIZES = List.of("tiny", "small", "medium", "large", "xl");

    public ObserverSpec {
        if (width < 1 || depth < 1 || heads < 1 || contextLength < 1) {
            throw new IllegalArgumentException("width, depth, heads and context length must be positive");
        }
        if (width % heads != 0) {
            throw new IllegalArgumentException("width " + width + " is not a multiple of heads " + heads);
        }
    }

    /**
     * A named size with the given context length (width x blocks, heads of 16 or 32 channels):
     * tiny 32 x 2 (about 25 k non-embedding parameters), small 64 x 2 (99 k), medium 128 x 3
     * (590 k), large 192 x 4 (1.8 M), xl 256 x 4 (3.1 M): a span of about 125x.
     */
    public static ObserverSpec named(String name, int contextLength) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new ObserverSpec("tiny", 32, 2, 2, contextLength, false);
            case "small" -> new ObserverSpec("small", 64, 2, 4, contextLength, false);
            case "medium" -> new ObserverSpec("medium", 128, 3, 4, contextLength, false);
            case "large" -> new ObserverSpec("large", 192, 4, 6, contextLength, false);
            case "xl" -> new ObserverSpec("xl", 256, 4, 8, contextLength, false);
            default -> throw new IllegalArgumentException(
                    "unknown observer size '" + name + "'; known: " + String.join(", ", NAMED_SIZES));
        };
    }

    /** Channels per attention head. */
    public int headWidth() {
        return width / heads;
    }

    /** Parameters of the transformer blocks and the final norm: what grows with width and depth. */
    public long nonEmbeddingParameterCount() {
        long d = width;
        return depth * (2 * (2 * d) + 4 * d * d + 2 * MLP_RATIO * d * d + MLP_RATIO * d + d) + 2 * d;
    }

    /**
     * Floating-point operations of one forward pass per position for a vocabulary of
     * {@code vocabSize}: twice the multiply-adds of every matrix product the network computes
     * (projections, MLP, head, and the attention scores and mixing over all {@code contextLength}
     * keys of a row, masked ones included). Training costs about three times this.
     */
    public double forwardFlopsPerPosition(int vocabSize) {
        double d = width;
        double perBlock = 2 * (3 * d * d + d * d + 2 * MLP_RATIO * d * d) + 2 * 2 * contextLength * d;
        return depth * perBlock + 2 * d * vocabSize;
    }

    /**
     * All parameters for a vocabulary of {@code vocabSize}: embeddings, blocks (two layer norms,
     * attention and MLP), the final layer norm and, unless tied, the head.
     */
    public long parameterCount(int vocabSize) {
        long d = width;
        long perBlock = 2 * (2 * d) + 4 * d * d + 2 * MLP_RATIO * d * d + MLP_RATIO * d + d;
        long embeddings = (long) vocabSize * d + (long) contextLength * d;
        long head = tiedHead ? 0 : d * vocabSize;
        return embeddings + depth * perBlock + 2 * d + head;
    }
}
