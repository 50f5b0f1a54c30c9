package org.epizero.analysis.study;

import java.io.Serializable;

/**
 * Where a measured corpus came from.
 *
 * @param label a unique name in the study, e.g. {@code step-1500} or {@code rules:tictactoe}
 * @param game the game spec, or null for a token dataset
 * @param step the generator's training step, or -1 when the corpus has none (bare rules, files)
 * @param protocol how it was generated, in words (for example
 *     {@code evaluation(simulations=32,temperature=1.0,noise=0)}); "file" for a dataset read as is
 * @param tokeniser "moves", "board", or "tokens" for a token dataset
 * @param skippedRecords corrupt lines and rejected records left out of it
 */
public record CorpusInfo(String label, String game, long step, String protocol, String tokeniser, long skippedRecords) implements Serializable {

    /** How the label of a game's bare-rules corpus begins, followed by the game spec: {@code rules:connect4}. */
    public static final String BARE_RULES_PREFIX = "rules:";

    /** Whether {@code label} names a game's bare-rules corpus. */
    public static boolean isBareRules(String label) {
        return label.startsWith(BARE_RULES_PREFIX);
    }

    /** Whether the corpus comes from a training step (a point on the step axis) rather than a fixed reference. */
    public boolean hasStep() {
        return step >= 0;
    }
}
