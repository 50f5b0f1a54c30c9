package org.epizero.analysis.games;

import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.records.GameRecord;

/**
 * Game records tokenised into a corpus. A record the tokeniser rejects (another game, an illegal
 * move, an unfinished game) is skipped and counted, never fatal. A record that keeps the
 * probability of every move carries its generator's exact code length into its token sequence.
 *
 * @param corpus the tokenised records, in order
 * @param rejected records that could not be tokenised
 */
public record RecordCorpus(TokenCorpus corpus, int rejected) {

    private static final double LN_2 = Math.log(2);

    /** Tokenises every record with {@code tokeniser}. */
    public static RecordCorpus tokenise(List<GameRecord> records, GameTokeniser tokeniser) {
        List<TokenSequence> sequences = new ArrayList<>(records.size());
        int rejected = 0;
        for (GameRecord r : records) {
            try {
                sequences.add(tokenise(r, tokeniser));
            } catch (IllegalArgumentException e) {
                rejected++;
            }
        }
        return new RecordCorpus(tokeniser.corpus(sequences), rejected);
    }

    /**
     * The tokens of one record, with {@link #generatorBits(GameRecord)} attached when known. The
     * moves are the only tokens that cost the generator anything: the {@code moves} tokeniser's
     * result and EOS follow from the moves by the rules, and the {@code board} and {@code position}
     * tokenisers score nothing but the moves, so for all three the scored tokens cost exactly the
     * moves' bits.
     *
     * @throws IllegalArgumentException if the tokeniser rejects the record
     */
    public static TokenSequence tokenise(GameRecord record, GameTokeniser tokeniser) {
        TokenSequence tokens = tokeniser.tokenise(record);
        double bits = generatorBits(record);
        return Double.isNaN(bits) ? tokens : tokens.withGeneratorBits(bits);
    }

    /**
     * {@code -sum log2 p} over the record's move probabilities: the exact code length of its moves
     * under the process that generated them, or NaN when the record does not keep them.
     */
    public static double generatorBits(GameRecord record) {
        double[] p = record.moveProbabilities();
        if (p == null) {
            return Double.NaN;
        }
        double nats = 0;
        for (double q : p) {
            nats -= Math.log(q);
        }
        return nats / LN_2;
    }
}
