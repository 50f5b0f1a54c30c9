package org.epizero.engine.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The conformance kit every game passes, in the spirit of OpenSpiel's random-simulation test.
 * A game module runs it in one line: {@code GameConformance.check(game, 200, 42)}.
 *
 * <p>It plays random games and checks: copy independence, legal actions against
 * {@link State#isLegal} and rejected illegal moves, distinct in-range placements of the legal
 * moves, action parse/format round trips, observation
 * shape, zero-sum returns at terminal states (and none before), deterministic hashes, the length
 * cap, and symmetries (replaying the mapped moves from the start gives exactly the mapped legal
 * actions and observations). Symmetries must leave the initial state unchanged.
 */
public final class GameConformance {

    private GameConformance() {
    }

    /** Runs every check over {@code games} random playouts drawn from {@code seed}. */
    public static void check(Game game, int games, long seed) {
        checkStatic(game);
        SplittableRandom random = new SplittableRandom(seed);
        for (int g = 0; g < games; g++) {
            IntList history = playRandomGame(game, random);
            checkSymmetries(game, history, g);
            checkReplayHashes(game, history);
        }
    }

    private static void checkStatic(Game game) {
        assertEquals(game.spec(), GameSpec.parse(game.spec().toString()), "spec must round-trip through its text");
        assertTrue(game.numDistinctActions() > 0, "action space must not be empty");
        assertTrue(game.numPlayers() >= 1, "at least one player");
        assertTrue(game.maxGameLength() > 0, "positive length cap");
        for (int a = 0; a < game.numDistinctActions(); a++) {
            String text = game.formatAction(a);
            assertEquals(a, game.parseAction(text), "parse(format(" + a + ")) = '" + text + "'");
            assertEquals(a, game.parseAction(text.toLowerCase()), "parse is case-insensitive: " + text);
            assertEquals(a, game.parseAction(text.toUpperCase()), "parse is case-insensitive: " + text);
        }
        assertThrows(IllegalArgumentException.class, () -> game.parseAction("no-such-action"));
        assertThrows(IllegalArgumentException.class, () -> game.parseAction(""));
        List<Symmetry> symmetries = game.symmetries();
        assertFalse(symmetries.isEmpty(), "the identity at least");
        Symmetry identity = symmetries.get(0);
        for (int a = 0; a < game.numDistinctActions(); a++) {
            assertEquals(a, identity.mapAction(a), "first symmetry must be the identity");
        }
        for (Symmetry s : symmetries) {
            assertEquals(game.numDistinctActions(), s.actionMap().length, s.name() + ": action map size");
            assertEquals(game.observationShape().area(), s.cellMap().length, s.name() + ": cell map size");
        }
        State initial = game.newInitialState();
        assertEquals(0, initial.moveNumber());
        assertEquals(0, initial.currentPlayer(), "player 0 moves first");
        assertFalse(initial.isTerminal());
        assertEquals(initial.hash(), game.newInitialState().hash(), "initial hash is deterministic");
    }

    private static IntList playRandomGame(Game game, SplittableRandom random) {
        State state = game.newInitialState();
        IntList legal = new IntArrayList();
        IntList history = new IntArrayList();
        int n = game.numDistinctActions();
        int size = game.observationShape().size();
        while (true) {
            state.legalActions(legal);
            assertEquals(state.isTerminal(), legal.isEmpty(), "terminal exactly when no legal action");
            checkLegalActions(state, legal, n);
            checkPlacements(state, legal, game.numPlacements());
            checkObservation(state, game, size);
            if (state.isTerminal()) {
                assertEquals(State.TERMINAL, state.currentPlayer());
                checkTerminalReturns(state, game);
                assertThrows(IllegalArgumentException.class, () -> state.apply(0), "no move after the end");
                return history;
            }
            int player = state.currentPlayer();
            assertTrue(player >= 0 && player < game.numPlayers(), "player in range: " + player);
            for (int p = 0; p < game.numPlayers(); p++) {
                assertEquals(0.0, state.returns(p), "no returns before the end");
            }
            checkIllegalMoveRejected(state, legal, n);
            int action = legal.getInt(random.nextInt(legal.size()));
            checkCopyIndependence(state, action);
            int before = state.moveNumber();
            state.apply(action);
            history.add(action);
            assertEquals(before + 1, state.moveNumber(), "move number counts moves");
            assertTrue(state.moveNumber() <= game.maxGameLength(), "game exceeded its length cap");
        }
    }

    private static void checkLegalActions(State state, IntList legal, int n) {
        IntOpenHashSet set = new IntOpenHashSet(legal);
        assertEquals(legal.size(), set.size(), "legal actions are distinct");
        for (int i = 1; i < legal.size(); i++) {
            assertTrue(legal.getInt(i - 1) < legal.getInt(i), "legal actions are sorted");
        }
        for (int a = 0; a < n; a++) {
            assertEquals(set.contains(a), state.isLegal(a), "isLegal(" + a + ") agrees with legalActions");
        }
    }

    private static void checkPlacements(State state, IntList legal, int placements) {
        IntOpenHashSet seen = new IntOpenHashSet();
        for (int i = 0; i < legal.size(); i++) {
            int p = state.placement(legal.getInt(i));
            assertTrue(p >= 0 && p < placements, "placement " + p + " of " + legal.getInt(i) + " in range");
            assertTrue(seen.add(p), "legal moves fill distinct placements: " + p + " twice");
        }
    }

    private static void checkObservation(State state, Game game, int size) {
        for (int p = 0; p < game.numPlayers(); p++) {
            float[] out = new float[size + 2];
            out[0] = Float.NaN;
            out[size + 1] = Float.NaN;
            state.writeObservation(p, out, 1);
            assertTrue(Float.isNaN(out[0]) && Float.isNaN(out[size + 1]), "observation writes exactly its shape");
            for (int i = 1; i <= size; i++) {
                assertTrue(Float.isFinite(out[i]), "observation values are finite");
            }
        }
    }

    private static void checkTerminalReturns(State state, Game game) {
        double sum = 0;
        for (int p = 0; p < game.numPlayers(); p++) {
            double r = state.returns(p);
            assertTrue(r >= -1 && r <= 1, "returns in [-1, 1]");
            sum += r;
        }
        if (game.numPlayers() == 2) {
            assertEquals(0.0, sum, 1e-12, "two-player games are zero-sum");
        }
    }

    private static void checkIllegalMoveRejected(State state, IntList legal, int n) {
        IntOpenHashSet set = new IntOpenHashSet(legal);
        for (int a = 0; a < n; a++) {
            if (!set.contains(a)) {
                long hash = state.hash();
                String picture = state.render();
                int moves = state.moveNumber();
                int action = a;
                assertThrows(IllegalArgumentException.class, () -> state.apply(action), "illegal move " + a + " rejected");
                assertEquals(hash, state.hash(), "rejected move leaves the state unchanged");
                assertEquals(picture, state.render());
                assertEquals(moves, state.moveNumber());
                return;
            }
        }
        assertThrows(IllegalArgumentException.class, () -> state.apply(-1));
        assertThrows(IllegalArgumentException.class, () -> state.apply(n));
    }

    private static void checkCopyIndependence(State state, int action) {
        long hash = state.hash();
        String picture = state.render();
        IntList legal = new IntArrayList();
        state.legalActions(legal);
        State copy = state.copy();
        assertEquals(hash, copy.hash(), "copy hashes equal");
        assertEquals(picture, copy.render(), "copy renders equal");
        copy.apply(action);
        assertNotEquals(hash, copy.hash(), "a move changes the hash");
        IntList after = new IntArrayList();
        state.legalActions(after);
        assertEquals(hash, state.hash(), "moving in a copy leaves the original alone");
        assertEquals(picture, state.render());
        assertEquals(legal, after);
    }

    private static void checkReplayHashes(Game game, IntList history) {
        State a = game.newInitialState();
        State b = game.newInitialState();
        for (int i = 0; i < history.size(); i++) {
            a.apply(history.getInt(i));
            b.apply(history.getInt(i));
            assertEquals(a.hash(), b.hash(), "same moves give the same hash");
        }
    }

    private static void checkSymmetries(Game game, IntList history, int gameIndex) {
        ObservationShape shape = game.observationShape();
        for (Symmetry s : game.symmetries()) {
            State original = game.newInitialState();
            State mapped = game.newInitialState();
            IntList legal = new IntArrayList();
            IntList mappedLegal = new IntArrayList();
            float[] obs = new float[shape.size()];
            float[] expected = new float[shape.size()];
            float[] actual = new float[shape.size()];
            for (int i = 0; ; i++) {
                String where = s.name() + ", game " + gameIndex + ", move " + i;
                original.legalActions(legal);
                mapped.legalActions(mappedLegal);
                IntOpenHashSet image = new IntOpenHashSet();
                legal.forEach(a -> image.add(s.mapAction(a)));
                assertEquals(image, new IntOpenHashSet(mappedLegal), where + ": legal moves map to legal moves");
                for (int p = 0; p < game.numPlayers(); p++) {
                    original.writeObservation(p, obs, 0);
                    s.mapObservation(obs, 0, expected, 0, shape.planes());
                    mapped.writeObservation(p, actual, 0);
                    assertArrayEquals(expected, actual, where + ": observation maps with the board");
                }
                assertEquals(original.currentPlayer(), mapped.currentPlayer(), where);
                if (i == history.size()) {
                    break;
                }
                original.apply(history.getInt(i));
                mapped.apply(s.mapAction(history.getInt(i)));
            }
            assertTrue(mapped.isTerminal(), s.name() + ": mapped game ends with the original");
            for (int p = 0; p < game.numPlayers(); p++) {
                assertEquals(original.returns(p), mapped.returns(p), s.name() + ": returns are invariant");
            }
        }
    }
}
