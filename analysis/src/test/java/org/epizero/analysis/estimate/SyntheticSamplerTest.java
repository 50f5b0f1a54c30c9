package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.epizero.analysis.games.BoardTokeniser;
import org.epizero.analysis.games.MoveTokeniser;
import org.epizero.analysis.games.PositionTokeniser;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.TemplateGrammar;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.records.RandomGames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synthetic sequences checked against independent truth: the rules of the game, the tokeniser that
 * writes real records, the template they copy, and the sampler's own network run as a full pass.
 */
class SyntheticSamplerTest {

    private static final Game TICTACTOE = GameRegistry.load().create("tictactoe");

    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void release() {
        manager.close();
    }

    private static Observer observer(int vocab, int context) {
        return Observer.create(manager, ObserverSpec.named("tiny", context), vocab, TrainingConfig.DEFAULT, 5L);
    }

    /** Trains a few steps on {@code corpus}, so the sampler's distributions depend on the context. */
    private static void warmUp(Observer o, TokenCorpus corpus, int context) {
        for (TokenBatch b : new PackedWindows(corpus, context).batches(4)) {
            o.trainStep(b, false);
        }
    }

    @Test
    void moveSamplesStartWithBosAndEndAtEos() {
        MoveTokeniser tokeniser = new MoveTokeniser(TICTACTOE);
        int longest = tokeniser.maxScoredTokens() + 1;
        try (Observer o = observer(tokeniser.vocabSize(), 64)) {
            SyntheticSampler sampler = new SyntheticSampler(o, tokeniser.sampleGrammar(), 64, 64, 16);
            SyntheticBatch b = sampler.sample(new SplittableRandom(1));
            int endedAtEos = 0;
            for (TokenSequence s : b.sequences()) {
                assertEquals(MoveTokeniser.BOS, s.token(0));
                assertTrue(!s.isScored(0), "BOS is given");
                assertTrue(s.length() >= 2 && s.length() <= longest, "length " + s.length());
                for (int i = 1; i < s.length(); i++) {
                    assertTrue(s.isScored(i), "every token after BOS is sampled");
                    if (s.token(i) == MoveTokeniser.EOS) {
                        assertEquals(s.length() - 1, i, "nothing follows EOS: " + s);
                        endedAtEos++;
                    }
                }
                if (s.token(s.length() - 1) != MoveTokeniser.EOS) {
                    assertEquals(longest, s.length(), "a sequence without EOS stops at the longest record: " + s);
                }
            }
            assertTrue(endedAtEos > 0 && endedAtEos < 64, "both ways of ending occur: " + endedAtEos);
            assertEquals(b.batch().scoredTargets(), totalScored(b.sequences()));
        }
    }

    @Test
    void boardSamplesReplayAsLegalGamesWithTheTokenisersBoards() {
        BoardTokeniser tokeniser = new BoardTokeniser(TICTACTOE);
        // A full game is 91 tokens, so the context of 32 makes the sampler slide its window.
        int context = 32;
        try (Observer o = observer(tokeniser.vocabSize(), context)) {
            SyntheticSampler sampler = new SyntheticSampler(o, tokeniser.sampleGrammar(), 48, context, 8);
            SyntheticBatch b = sampler.sample(new SplittableRandom(2));
            Set<Integer> lengths = new HashSet<>();
            for (TokenSequence s : b.sequences()) {
                List<String> moves = new ArrayList<>();
                for (int i = 0; i < s.length(); i++) {
                    if (s.isScored(i)) {
                        moves.add(TICTACTOE.formatAction(s.token(i) - BoardTokeniser.ACTION_OFFSET));
                    }
                }
                State end = replay(moves);
                GameRecord record = new GameRecord(TICTACTOE.spec().toString(), moves,
                        new double[] {end.returns(0), end.returns(1)}, 0, GenerationProtocol.uniformRandom(), 1, 0, null, null, null);
                // Rejects an illegal move or an unfinished game; otherwise writes the boards the data would hold.
                TokenSequence truth = tokeniser.tokenise(record);
                assertArrayEquals(truth.tokens(), s.tokens(), "boards and moves as the tokeniser writes them");
                assertArrayEquals(truth.scored(), s.scored());
                lengths.add(moves.size());
            }
            assertTrue(lengths.size() > 1, "games of several lengths: " + lengths);
            assertLegalRestriction(b, BoardTokeniser.ACTION_OFFSET);
        }
    }

    @Test
    void positionSamplesReplayAsLegalGamesWithTheTokenisersBoardsAndMatchTheFullPass() {
        PositionTokeniser tokeniser = new PositionTokeniser(TICTACTOE);
        int context = 16;
        List<TokenSequence> games = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            games.add(tokeniser.tokenise(RandomGames.play(TICTACTOE, 4, i)));
        }
        try (Observer o = Observer.create(manager, ObserverSpec.named("tiny", context), tokeniser.vocabSize(),
                tokeniser.features(), TrainingConfig.DEFAULT, 5L)) {
            // Trained a little, so that what it predicts depends on the boards it is shown.
            warmUp(o, tokeniser.corpus(games), context);
            SyntheticSampler sampler = new SyntheticSampler(o, tokeniser.sampleGrammar(), 48, context, 4);
            SyntheticBatch b = sampler.sample(new SplittableRandom(2));
            Set<Integer> lengths = new HashSet<>();
            for (TokenSequence s : b.sequences()) {
                List<String> moves = new ArrayList<>();
                for (int i = 1; i < s.length(); i++) {
                    assertTrue(s.isScored(i), "every move is sampled");
                    moves.add(TICTACTOE.formatAction(s.token(i) - PositionTokeniser.ACTION_OFFSET));
                }
                State end = replay(moves);
                GameRecord record = new GameRecord(TICTACTOE.spec().toString(), moves,
                        new double[] {end.returns(0), end.returns(1)}, 0, GenerationProtocol.uniformRandom(), 1, 0, null, null, null);
                assertEquals(tokeniser.tokenise(record), s, "moves and boards as the tokeniser writes them");
                lengths.add(moves.size());
            }
            assertTrue(lengths.size() > 1, "games of several lengths: " + lengths);
            assertLegalRestriction(b, PositionTokeniser.ACTION_OFFSET);
            float[] full = o.logProbs(b.batch());
            int vocab = tokeniser.vocabSize();
            for (int k = 0; k < b.batch().mask().length; k++) {
                for (int v = 0; b.batch().mask()[k] != 0f && v < vocab; v++) {
                    float sampled = b.samplerLogProbs()[k * vocab + v];
                    if (sampled != Float.NEGATIVE_INFINITY) {
                        // The sampler renormalised over the legal moves; the full pass did not.
                        assertEquals(full[k * vocab + v] - full[k * vocab + (int) b.batch().targets()[k]],
                                sampled - b.samplerLogProbs()[k * vocab + (int) b.batch().targets()[k]], 1e-4,
                                "the incremental decoder saw the boards the full pass sees, position " + k);
                    }
                }
            }
        }
    }

    /** At every scored position the sampler's distribution covers only legal moves and sums to one. */
    private static void assertLegalRestriction(SyntheticBatch b, int actionOffset) {
        int vocab = b.samplerLogProbs().length / b.batch().mask().length;
        for (int k = 0; k < b.batch().mask().length; k++) {
            if (b.batch().mask()[k] == 0f) {
                continue;
            }
            double total = 0;
            int support = 0;
            for (int v = 0; v < vocab; v++) {
                float lp = b.samplerLogProbs()[k * vocab + v];
                if (lp != Float.NEGATIVE_INFINITY) {
                    assertTrue(v >= actionOffset, "only moves are sampled");
                    total += Math.exp(lp);
                    support++;
                }
            }
            assertEquals(1.0, total, 1e-5);
            assertTrue(support >= 1 && support <= 9, "at most the nine cells: " + support);
            assertTrue(b.samplerLogProbs()[k * vocab + (int) b.batch().targets()[k]] != Float.NEGATIVE_INFINITY);
        }
    }

    private static State replay(List<String> moves) {
        State s = TICTACTOE.newInitialState();
        for (String m : moves) {
            s.apply(TICTACTOE.parseAction(m));
        }
        return s;
    }

    @Test
    void templatesKeepTheirGivenTokensAndTheSamplerMatchesItsFullPass() {
        // Given tokens (distinct per sequence) alternate with scored ones; lengths 10 and 25 under a
        // context of 16 with stride 4, so the long ones are decoded in three windows, none moved back.
        int vocab = 12;
        int context = 16;
        SplittableRandom random = new SplittableRandom(8);
        List<TokenSequence> templates = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            int length = s % 2 == 0 ? 10 : 25;
            int[] tokens = new int[length];
            boolean[] scored = new boolean[length];
            for (int i = 0; i < length; i++) {
                scored[i] = i % 2 == 1;
                tokens[i] = scored[i] ? tokens[i - 1] : random.nextInt(vocab);
            }
            templates.add(new TokenSequence(tokens, scored));
        }
        TokenCorpus corpus = new TokenCorpus(templates, vocab);
        try (Observer o = observer(vocab, context)) {
            warmUp(o, corpus, context);
            SyntheticSampler sampler = new SyntheticSampler(o, new TemplateGrammar(corpus), 16, context, 4);
            SyntheticBatch b = sampler.sample(new SplittableRandom(3));
            for (TokenSequence s : b.sequences()) {
                assertTrue(templates.stream().anyMatch(t -> sameGivenTokens(t, s)), "no template has the given tokens of " + s);
            }
            float[] full = o.logProbs(b.batch());
            int checked = 0;
            for (int k = 0; k < b.batch().mask().length; k++) {
                if (b.batch().mask()[k] == 0f) {
                    continue;
                }
                for (int v = 0; v < vocab; v++) {
                    assertEquals(full[k * vocab + v], b.samplerLogProbs()[k * vocab + v], 1e-5, "position " + k);
                }
                checked++;
            }
            assertEquals(totalScored(b.sequences()), checked, "every sampled token is scored once");
        }
    }

    private static boolean sameGivenTokens(TokenSequence template, TokenSequence sample) {
        if (template.length() != sample.length()) {
            return false;
        }
        for (int i = 0; i < template.length(); i++) {
            boolean given = i == 0 || !template.isScored(i);
            if (sample.isScored(i) == given || given && template.token(i) != sample.token(i)) {
                return false;
            }
        }
        return true;
    }

    private static long totalScored(List<TokenSequence> sequences) {
        return sequences.stream().mapToLong(TokenSequence::scoredTargets).sum();
    }
}
