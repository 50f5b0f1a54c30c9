package org.epizero.analysis.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.epizero.analysis.tokens.TokenCorpus;

/**
 * The calibration corpora by the names a command line uses, each with default parameters sized for
 * observers of 100k to 1M parameters with a 64-token context trained on 1 to 4 million scored
 * tokens. Every default sequence is exactly {@value #SEQUENCE_LENGTH} tokens, BOS included: packed
 * into 64-token training windows, each window then holds one whole sequence, so nothing a scored
 * token depends on falls into the window before it.
 */
public enum CalibrationCorpus {

    /** 63 uniform symbols over 16: 4 bits per token, no structure. */
    UNIFORM("uniform", () -> new UniformGenerator(16, 63)),

    /** A first-order chain over 16 symbols: a 256-entry table to learn. */
    MARKOV1("markov1", () -> MarkovGenerator.random(16, 1, 63, 0.25, 1)),

    /**
     * A third-order chain over 4 symbols: 64 contexts of 4, read from the last three tokens. (Over 8
     * symbols, 512 contexts, a 590 k-parameter observer was still 16% above the exact code length
     * after 1 M tokens: a calibration point must be learnable at the budgets the suite uses.)
     */
    MARKOV3("markov3", () -> MarkovGenerator.random(4, 3, 63, 0.25, 1)),

    /** 31 uniform symbols over 16 copied in order after a separator: 0 bits, all structure. */
    COPY("copy", () -> CopyGenerator.straight(16, 31, 0)),

    /**
     * A period-8 pattern over 4 symbols whose every 3 consecutive tokens fix the phase, from a
     * random phase with those 3 given: 0 bits, the cycle to learn.
     */
    PERIODIC("periodic", () -> new PeriodicGenerator(5, new int[] {1, 2, 3, 4, 1, 3, 2, 4}, 63, true)),

    /** The copy task with each copied symbol redrawn uniformly with probability 0.1. */
    NOISY_COPY("noisy-copy", () -> CopyGenerator.straight(16, 31, 0.1));

    /** Tokens in every default sequence: one 64-token context window. */
    public static final int SEQUENCE_LENGTH = 64;

    private final String cliName;
    private final Supplier<CalibrationGenerator> defaults;

    CalibrationCorpus(String cliName, Supplier<CalibrationGenerator> defaults) {
        this.cliName = cliName;
        this.defaults = defaults;
    }

    /** The name on a command line: {@code uniform}, {@code markov1}, {@code markov3}, {@code copy}, {@code periodic}, {@code noisy-copy}. */
    public String cliName() {
        return cliName;
    }

    /** The generator with this corpus's default parameters; the same process on every call. */
    public CalibrationGenerator generator() {
        return defaults.get();
    }

    /** One line for reports: the name, then the generator's description with its exact bits per token. */
    public String description() {
        return cliName + ": " + generator().description();
    }

    /** At least {@code scoredTokens} scored tokens of this corpus, drawn with {@code seed}. */
    public TokenCorpus corpus(long scoredTokens, long seed) {
        return generator().corpusWithScoredTokens(scoredTokens, seed);
    }

    /**
     * The corpus a command-line name denotes.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static CalibrationCorpus named(String name) {
        for (CalibrationCorpus c : values()) {
            if (c.cliName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown calibration corpus '" + name + "'; known: " + names());
    }

    /** The command-line names, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(CalibrationCorpus::cliName).toList();
    }
}
