package org.epizero.analysis.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RandomGames;
import org.junit.jupiter.api.Test;

/**
 * The bare rules' entropy per game: the exhaustive walk against hand counts, against sampling and
 * against the code lengths recorded in a random corpus; sampling's standard error against its
 * expected shrinkage.
 */
class RandomPlayEntropyTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();
    private static final Game TICTACTOE = REGISTRY.create("tictactoe");
    private static final Game CONNECT4 = REGISTRY.create("connect4");
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    private static State after(Game game, String... moves) {
        State s = game.newInitialState();
        for (String m : moves) {
            s.apply(game.parseAction(m));
        }
        return s;
    }

    private static RandomPlayEntropy ticTacToe() {
        return RandomPlayEntropy.exact(TICTACTOE.newInitialState(), RandomPlayEntropy.DEFAULT_MAX_NODES).orElseThrow();
    }

    @Test
    void ticTacToeWalkVisitsEveryOneOfItsGames() {
        RandomPlayEntropy e = ticTacToe();
        assertTrue(e.exact());
        assertEquals(0, e.standardError());
        assertEquals(255_168, e.games(), "the number of distinct tic-tac-toe games");
        assertTrue(e.meanMoves() > 5 && e.meanMoves() < 9, "games last 5 to 9 moves: " + e);
        assertEquals(e, RandomPlayEntropy.of(TICTACTOE, RandomPlayEntropy.DEFAULT_MAX_NODES, 100, 1));
    }

    @Test
    void handCountedPositions() {
        // X 1 3 6, O 2 4 5, X to move on 7 8 9. X9 wins at once; X7 leaves O a choice of
        // O8 (O wins) or O9 then a forced X8; X8 leaves O7 or O9, each followed by one forced
        // move. So log2(3) bits for the first choice plus 1 bit in two of its three branches,
        // 1 + 2.5 + 3 moves over the three branches, and 5 games.
        State s = after(TICTACTOE, "1", "2", "3", "4", "6", "5");
        String before = s.render();
        RandomPlayEntropy e = RandomPlayEntropy.exact(s, 1_000).orElseThrow();
        assertEquals(LOG2_3 + 2 / 3.0, e.meanBits(), 1e-12);
        assertEquals(6.5 / 3, e.meanMoves(), 1e-12);
        assertEquals(5, e.games());
        assertEquals(before, s.render(), "the given state is left alone");

        RandomPlayEntropy forced = RandomPlayEntropy.exact(after(TICTACTOE, "5", "1", "9", "3", "2", "8", "4", "6"), 10).orElseThrow();
        assertEquals(new RandomPlayEntropy(0, 0, true, 1, 1), forced);
        RandomPlayEntropy over = RandomPlayEntropy.exact(after(TICTACTOE, "1", "4", "2", "5", "3"), 1).orElseThrow();
        assertEquals(new RandomPlayEntropy(0, 0, true, 1, 0), over);
        // The tree holds 11 nodes: this position, its 3 children and the 7 positions below them.
        assertTrue(RandomPlayEntropy.exact(s, 10).isEmpty());
        assertTrue(RandomPlayEntropy.exact(s, 11).isPresent());
    }

    @Test
    void ticTacToeWalkAgreesWithSampling() {
        RandomPlayEntropy exact = ticTacToe();
        RandomPlayEntropy sampled = RandomPlayEntropy.monteCarlo(TICTACTOE.newInitialState(), 200_000, 5);
        assertFalse(sampled.exact());
        assertEquals(200_000, sampled.games());
        assertEquals(exact.meanBits(), sampled.meanBits(), 4 * sampled.standardError(), exact + " vs " + sampled);
        assertEquals(exact.meanMoves(), sampled.meanMoves(), 0.02);
    }

    @Test
    void ticTacToeWalkAgreesWithTheCodeLengthsOfARandomCorpus() {
        List<GameRecord> records = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            records.add(RandomGames.play(TICTACTOE, 17, i));
        }
        List<TokenSequence> sequences = RecordCorpus.tokenise(records, new MoveTokeniser(TICTACTOE)).corpus().sequences();
        double sum = 0;
        double squares = 0;
        for (TokenSequence s : sequences) {
            sum += s.generatorBits();
            squares += s.generatorBits() * s.generatorBits();
        }
        int n = sequences.size();
        double mean = sum / n;
        double se = Math.sqrt((squares / n - mean * mean) / (n - 1));
        assertEquals(ticTacToe().meanBits(), mean, 4 * se);
    }

    @Test
    void walkAgreesWithSamplingAtLateConnectFourPositions() {
        int compared = 0;
        for (int g = 0; compared < 3; g++) {
            GameRecord r = RandomGames.play(CONNECT4, 23, g);
            // The earliest position of the game whose subtree still fits the budget, so the walk is not trivial.
            Optional<RandomPlayEntropy> best = Optional.empty();
            State bestState = null;
            for (int k = r.moves().size(); k >= 0; k--) {
                State s = after(CONNECT4, r.moves().subList(0, k).toArray(String[]::new));
                Optional<RandomPlayEntropy> e = RandomPlayEntropy.exact(s, 300_000);
                if (e.isEmpty()) {
                    break;
                }
                best = e;
                bestState = s;
            }
            if (best.isEmpty() || best.get().games() < 1_000) {
                continue;
            }
            RandomPlayEntropy sampled = RandomPlayEntropy.monteCarlo(bestState, 20_000, g);
            assertEquals(best.get().meanBits(), sampled.meanBits(), 4 * sampled.standardError(), best + " vs " + sampled);
            compared++;
        }
    }

    @Test
    void connectFourIsTooLargeToWalkAndIsSampledInstead() {
        assertTrue(RandomPlayEntropy.exact(CONNECT4.newInitialState(), 100_000).isEmpty());
        RandomPlayEntropy e = RandomPlayEntropy.of(CONNECT4, 100_000, 1_000, 1);
        assertFalse(e.exact());
        assertEquals(1_000, e.games());
        assertTrue(e.standardError() > 0);
        assertTrue(e.meanMoves() >= 7 && e.meanMoves() <= 42, e.toString());
    }

    @Test
    void samplingErrorShrinksAsOneOverTheRootOfTheGames() {
        RandomPlayEntropy small = RandomPlayEntropy.monteCarlo(CONNECT4.newInitialState(), 500, 2);
        RandomPlayEntropy large = RandomPlayEntropy.monteCarlo(CONNECT4.newInitialState(), 8_000, 3);
        assertEquals(4, small.standardError() / large.standardError(), 0.6, small + " vs " + large);
        double combined = Math.hypot(small.standardError(), large.standardError());
        assertEquals(small.meanBits(), large.meanBits(), 4 * combined);
        assertThrows(IllegalArgumentException.class, () -> RandomPlayEntropy.monteCarlo(CONNECT4.newInitialState(), 1, 0));
    }
}
