package org.epizero.analysis.observer;

import java.util.List;
import java.util.Locale;

/**
 * The shape of an observer: a decoder-only transformer with {@code depth} pre-norm blocks of
 * {@code width} channels, {@code heads} attention heads, an MLP of {@code 4 * width} hidden units,
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

    /** The named sizes, smallest first; each is sized for a few CPU cores. */
    public static final List<String> NAMED_SIZES = List.of("tiny", "small", "medium", "large");

    public ObserverSpec {
        if (width < 1 || depth < 1 || heads < 1 || contextLength < 1) {
            throw new IllegalArgumentException("width, depth, heads and context length must be positive");
        }
        if (width % heads != 0) {
            throw new IllegalArgumentException("width " + width + " is not a multiple of heads " + heads);
        }
    }

    /**
     * A named size with the given context length: tiny (16 wide, 1 block), small (32, 2), medium
     * (64, 3), large (96, 4). Their non-embedding parameters span about 150x.
     */
    public static ObserverSpec named(String name, int contextLength) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny" -> new ObserverSpec("tiny", 16, 1, 2, contextLength, false);
            case "small" -> new ObserverSpec("small", 32, 2, 4, contextLength, false);
            case "medium" -> new ObserverSpec("medium", 64, 3, 4, contextLength, false);
            case "large" -> new ObserverSpec("large", 96, 4, 4, contextLength, false);
            default -> throw new IllegalArgumentException(
                    "unknown observer size '" + name + "'; known: " + String.join(", ", NAMED_SIZES));
        };
    }

    /** Channels per attention head. */
    public int headWidth() {
        return width / heads;
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
