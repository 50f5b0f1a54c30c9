package org.epizero.selfplay.epiplexity;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RandomGames;

/**
 * A control for a checkpoint's evaluation corpus: uniformly random games with the same lengths,
 * game for game (structure removed, length kept). For each evaluation game in turn, random games
 * are drawn until one has its number of moves; after {@value #TRIES} draws without one, the draw
 * of the nearest length stands in, and those are counted. No generator code length is attached:
 * conditioning on the length changes the random games' probabilities by an unknown factor.
 */
public final class LengthMatchedSource implements CorpusSource {

    /** Random games drawn per evaluation game before the nearest length stands in. */
    static final int TRIES = 20_000;

    /** Unused random games kept per length for later evaluation games. */
    private static final int SPARE_PER_LENGTH = 256;

    private final EvaluationSource reference;
    private final long seed;

    public LengthMatchedSource(EvaluationSource reference, long seed) {
        this.reference = reference;
        this.seed = seed;
    }

    @Override
    public String label() {
        return "random-lengths:" + reference.label();
    }

    @Override
    public Game game() {
        return reference.game();
    }

    @Override
    public LoadedCorpus load(String tokeniserName, long scoredTokens, Consumer<String> notes) throws IOException {
        List<GameRecord> evaluation = reference.records(tokeniserName, scoredTokens, notes);
        Game game = reference.game();
        GameTokeniser tokeniser = GameTokeniser.of(tokeniserName, game);
        // Random games drawn but not yet used, by length: a later evaluation game may want one.
        Int2ObjectOpenHashMap<ArrayDeque<GameRecord>> spare = new Int2ObjectOpenHashMap<>();
        List<TokenSequence> sequences = new ArrayList<>();
        long scored = 0;
        long next = 0;
        int substituted = 0;
        for (GameRecord target : evaluation) {
            if (scored >= scoredTokens) {
                break;
            }
            int length = target.moves().size();
            GameRecord match = null;
            ArrayDeque<GameRecord> waiting = spare.get(length);
            if (waiting != null && !waiting.isEmpty()) {
                match = waiting.poll();
            }
            GameRecord nearest = null;
            for (int t = 0; match == null && t < TRIES; t++) {
                GameRecord r = RandomGames.play(game, seed, next++);
                int n = r.moves().size();
                if (n == length) {
                    match = r;
                } else {
                    if (nearest == null || Math.abs(n - length) < Math.abs(nearest.moves().size() - length)) {
                        nearest = r;
                    }
                    ArrayDeque<GameRecord> kept = spare.computeIfAbsent(n, k -> new ArrayDeque<>());
                    if (kept.size() < SPARE_PER_LENGTH) {
                        kept.add(r);
                    }
                }
            }
            if (match == null) {
                match = nearest;
                spare.get(nearest.moves().size()).remove(nearest); // if it was kept
                substituted++;
            }
            TokenSequence s = tokeniser.tokenise(match);
            sequences.add(s);
            scored += s.scoredTargets();
        }
        if (scored < scoredTokens) {
            throw new IllegalStateException(label() + ": the reference corpus ran out of games");
        }
        notes.accept(label() + ": " + sequences.size() + " uniformly random games matched in length to " + reference.label()
                + ", " + scored + " scored tokens" + (substituted > 0 ? ", " + substituted + " of the nearest length" : ""));
        return new LoadedCorpus(new CorpusInfo(label(), game.spec().toString(), -1,
                "uniform-random(seed=" + seed + ",lengths-of=" + reference.label() + ")", tokeniserName, 0),
                tokeniser.corpus(sequences));
    }
}
