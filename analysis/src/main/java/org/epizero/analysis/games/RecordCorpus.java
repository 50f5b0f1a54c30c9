package org.epizero.analysis.games;

import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.records.GameRecord;

/**
 * Game records tokenised into a corpus. A record the tokeniser rejects (another game, an illegal
 * move, an unfinished game) is skipped and counted, never fatal.
 *
 * @param corpus the tokenised records, in order
 * @param rejected records that could not be tokenised
 */
public record RecordCorpus(TokenCorpus corpus, int rejected) {

    /** Tokenises every record with {@code tokeniser}. */
    public static RecordCorpus tokenise(List<GameRecord> records, GameTokeniser tokeniser) {
        List<TokenSequence> sequences = new ArrayList<>(records.size());
        int rejected = 0;
        for (GameRecord r : records) {
            try {
                sequences.add(tokeniser.tokenise(r));
            } catch (IllegalArgumentException e) {
                rejected++;
            }
        }
        return new RecordCorpus(new TokenCorpus(sequences, tokeniser.vocabSize()), rejected);
    }
}
