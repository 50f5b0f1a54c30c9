package org.epizero.games.tictactoe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.eval.RandomRolloutEvaluator;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.search.HashValueEvaluator;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.SearchConfig;
import org.epizero.engine.search.SearchResult;
import org.epizero.engine.search.SearchTree;
import org.epizero.engine.search.SearchTreeChecks;
import org.epizero.engine.game.State;
import org.epizero.games.ImmediateThreats;
import org.junit.jupiter.api.Test;

/** Search on tic-tac-toe, checked against the exact solver and brute-force tactics. */
class TicTacToeSearchTest {

    /** Simulations per search with the exact oracle. */
    private static final int ORACLE_SIMULATIONS = 64;
    /** Simulations per search of pure Monte Carlo tree search (one random rollout per leaf). */
    private static final int ROLLOUT_SIMULATIONS = 1000;

    private final TicTacToeSolver solver = new TicTacToeSolver();
    private final TicTacToeOracleEvaluator oracle = new TicTacToeOracleEvaluator(solver);

    @Test
    void withTheOracleSearchPlaysOptimallyInEveryPosition() {
        List<TicTacToeState> positions = nonTerminalPositions();
        assertEquals(4520, positions.size());
        SearchConfig config = SearchConfig.forPlay(ORACLE_SIMULATIONS);
        int forced = 0;
        for (TicTacToeState s : positions) {
            IntList optimal = solver.optimalMoves(s);
            if (optimal.size() < ImmediateThreats.legal(s).size()) {
                forced++;
            }
            SearchResult r = new Mcts(s, config, 1).search(oracle);
            assertTrue(optimal.contains(r.action()),
                    "move " + (r.action() + 1) + " is not optimal in\n" + s.render() + "optimal: " + optimal);
        }
        assertTrue(forced > 2000, "positions where a wrong move exists: " + forced);
    }

    @Test
    void rootValueHasTheSolversSignInDecidedPositions() {
        int decided = 0;
        for (TicTacToeState s : nonTerminalPositions()) {
            int truth = solver.value(s);
            if (truth == 0) {
                continue;
            }
            decided++;
            SearchResult r = new Mcts(s, SearchConfig.forPlay(ORACLE_SIMULATIONS), 2).search(oracle);
            assertEquals(s.currentPlayer(), r.player());
            assertEquals(truth, (int) Math.signum(r.rootValue()), "root value " + r.rootValue() + " in\n" + s.render());
        }
        assertTrue(decided > 2000, "decided positions: " + decided);
    }

    @Test
    void childValuesAreNegatedParentValuesOnRandomPositions() {
        Random random = new Random(17);
        int checked = 0;
        for (Evaluator evaluator : List.of(oracle, new HashValueEvaluator())) {
            for (int game = 0; game < 30; game++) {
                TicTacToeState s = randomPosition(random, random.nextInt(7));
                Mcts search = new Mcts(s, SearchConfig.defaults().withSimulations(150), game);
                search.search(evaluator);
                checked += SearchTreeChecks.checkBackups(search, evaluator);
            }
        }
        assertTrue(checked > 3000, "nodes checked: " + checked);
    }

    @Test
    void pureMctsTakesImmediateWinsForBothSides() {
        List<TicTacToeState> wins = nonTerminalPositions().stream()
                .filter(s -> !ImmediateThreats.winningMoves(s).isEmpty())
                .toList();
        for (TicTacToeState s : sample(wins, 12, 3)) {
            int move = rolloutSearch(s);
            assertTrue(ImmediateThreats.winningMoves(s).contains(move),
                    "missed the win, played " + (move + 1) + " in\n" + s.render());
        }
    }

    @Test
    void pureMctsBlocksImmediateLossesForBothSides() {
        // Positions where the mover cannot win at once, must stop the opponent's line, and can still hold.
        List<TicTacToeState> blocks = nonTerminalPositions().stream()
                .filter(s -> ImmediateThreats.winningMoves(s).isEmpty())
                .filter(s -> ImmediateThreats.safeMoves(s).size() < ImmediateThreats.legal(s).size())
                .filter(s -> solver.value(s) >= 0)
                .toList();
        for (TicTacToeState s : sample(blocks, 12, 4)) {
            int move = rolloutSearch(s);
            assertTrue(ImmediateThreats.safeMoves(s).contains(move),
                    "failed to block, played " + (move + 1) + " in\n" + s.render());
        }
    }

    @Test
    void noiseIsMixedIntoTheRootPriorsOnceAndOnlyThere() {
        Evaluator peaked = new PeakedPriors();
        SearchConfig config = SearchConfig.defaults().withSimulations(120);
        Mcts search = new Mcts(TicTacToe.instance().newInitialState(), config, 9);
        for (int move = 0; move < 4; move++) {
            search.beginSearch();
            float[] during = null;
            while (!search.isFinished()) {
                State leaf = search.selectLeaf();
                if (leaf != null) {
                    search.expandAndBackup(peaked.evaluate(List.of(leaf)).get(0));
                }
                float[] now = rootPriors(search.tree());
                if (during == null) {
                    during = now;
                }
                assertArrayEquals(during, now, "root priors changed during one search");
            }
            assertNoisedOnce(search, peaked.evaluate(List.of(search.rootState())).get(0).priors(), config.noiseWeight());
            assertNonRootPriorsUntouched(search.tree(), search.tree().root(), search.rootState(), peaked);
            if (move == 0) {
                // A second search from the same root starts from the clean priors again.
                search.search(peaked);
                assertNoisedOnce(search, peaked.evaluate(List.of(search.rootState())).get(0).priors(),
                        config.noiseWeight());
            }
            search.advance(search.result().action());
        }
    }

    @Test
    void withoutNoiseTheRootKeepsTheEvaluatorsPriors() {
        Evaluator peaked = new PeakedPriors();
        Mcts search = new Mcts(TicTacToe.instance().newInitialState(), SearchConfig.forPlay(50), 9);
        search.search(peaked);
        float[] raw = peaked.evaluate(List.of(search.rootState())).get(0).priors();
        SearchTree tree = search.tree();
        for (int i = 0; i < tree.childCount(tree.root()); i++) {
            int c = tree.child(tree.root(), i);
            assertEquals(raw[tree.action(c)], tree.prior(c), 1e-6f);
        }
    }

    @Test
    void temperatureZeroPlaysTheMostVisitedAndOneSamplesByVisits() {
        TicTacToeState s = TicTacToe.instance().newInitialState();
        SearchConfig greedy = SearchConfig.defaults().withSimulations(300).withTemperature(0);
        Mcts search = new Mcts(s, greedy, 21);
        SearchResult r = search.search(new HashValueEvaluator());
        int[] visits = r.visitCounts();
        for (int i = 0; i < 50; i++) {
            assertEquals(visits[r.mostVisitedAction()], visits[search.result().action()]);
        }

        Mcts sampling = new Mcts(s, greedy.withTemperature(1), 21);
        SearchResult first = sampling.search(new HashValueEvaluator());
        int[] counts = first.visitCounts();
        int draws = 30_000;
        int[] hits = new int[counts.length];
        for (int i = 0; i < draws; i++) {
            hits[sampling.result().action()]++;
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        double chi = 0;
        int cells = 0;
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] == 0) {
                assertEquals(0, hits[a], "unvisited action chosen");
                continue;
            }
            double expected = (double) counts[a] / total * draws;
            chi += (hits[a] - expected) * (hits[a] - expected) / expected;
            cells++;
        }
        assertEquals(9, cells, "every first move visited");
        assertTrue(chi < 26.12, "chi-square " + chi + " over 8 degrees of freedom (0.999 quantile 26.12)");
    }

    private static void assertNoisedOnce(Mcts search, float[] raw, double weight) {
        SearchTree tree = search.tree();
        int root = tree.root();
        double sum = 0;
        double distance = 0;
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            float p = raw[tree.action(c)];
            // Once-noised priors are (1 - w) p + w eta with eta a probability vector.
            double eta = (tree.prior(c) - (1 - weight) * p) / weight;
            assertTrue(eta > -1e-5, "implied noise " + eta + " is negative: noise applied more than once");
            sum += eta;
            distance += Math.abs(tree.prior(c) - p);
        }
        assertEquals(1.0, sum, 1e-4, "implied noise is not a distribution");
        assertTrue(distance > 1e-3, "root priors carry no noise");
    }

    private static void assertNonRootPriorsUntouched(SearchTree tree, int root, State rootState, Evaluator evaluator) {
        for (int i = 0; i < tree.childCount(root); i++) {
            int c = tree.child(root, i);
            if (!tree.isExpanded(c)) {
                continue;
            }
            State child = rootState.copy();
            child.apply(tree.action(c));
            float[] raw = evaluator.evaluate(List.of(child)).get(0).priors();
            for (int k = 0; k < tree.childCount(c); k++) {
                int g = tree.child(c, k);
                assertEquals(raw[tree.action(g)], tree.prior(g), 1e-6f, "noise below the root");
            }
        }
    }

    private static float[] rootPriors(SearchTree tree) {
        float[] p = new float[tree.childCount(tree.root())];
        for (int i = 0; i < p.length; i++) {
            p[i] = tree.prior(tree.child(tree.root(), i));
        }
        return p;
    }

    /** Priors of 0.9 on the lowest legal move and the rest spread evenly; value 0. */
    private static final class PeakedPriors implements Evaluator {
        @Override
        public List<Evaluation> evaluate(List<? extends State> states) {
            List<Evaluation> out = new ArrayList<>();
            for (State s : states) {
                IntList legal = ImmediateThreats.legal(s);
                float[] p = new float[s.game().numDistinctActions()];
                for (int i = 0; i < legal.size(); i++) {
                    p[legal.getInt(i)] = legal.size() == 1 ? 1f : i == 0 ? 0.9f : 0.1f / (legal.size() - 1);
                }
                out.add(new Evaluation(p, 0f));
            }
            return out;
        }
    }

    private int rolloutSearch(TicTacToeState s) {
        Mcts search = new Mcts(s, SearchConfig.forPlay(ROLLOUT_SIMULATIONS), 5);
        return search.search(new RandomRolloutEvaluator(1, 6)).action();
    }

    /** {@code perSide} positions with X to move and as many with O to move, drawn with a fixed seed. */
    private static List<TicTacToeState> sample(List<TicTacToeState> positions, int perSide, long seed) {
        List<TicTacToeState> out = new ArrayList<>();
        Random random = new Random(seed);
        for (int side = 0; side < 2; side++) {
            int player = side;
            List<TicTacToeState> mine = new ArrayList<>(positions.stream().filter(s -> s.currentPlayer() == player).toList());
            assertTrue(mine.size() >= perSide, "too few positions for player " + player);
            Collections.shuffle(mine, random);
            out.addAll(mine.subList(0, perSide));
        }
        return out;
    }

    private static TicTacToeState randomPosition(Random random, int moves) {
        TicTacToeState s = TicTacToe.instance().newInitialState();
        for (int i = 0; i < moves && !s.isTerminal(); i++) {
            IntList legal = ImmediateThreats.legal(s);
            TicTacToeState next = s.copy();
            next.apply(legal.getInt(random.nextInt(legal.size())));
            if (next.isTerminal()) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** Every distinct non-terminal position reachable from the empty board, by depth-first search. */
    @Test
    void solverProvesEveryPositionAfterTheOpeningWithTheExactValue() {
        // Without transpositions a proven draw needs every reply proven, so the first three plies
        // stay out of reach of this budget; every later position must be proven.
        SearchConfig config = SearchConfig.forPlay(20_000).withSolver(true);
        for (TicTacToeState s : nonTerminalPositions()) {
            Mcts search = new Mcts(s, config, 1);
            SearchResult r = search.search(new UniformEvaluator());
            SearchTree tree = search.tree();
            if (!tree.isProven(tree.root())) {
                assertTrue(s.moveNumber() < 3, "unproven after " + s.moveNumber() + " moves:\n" + s.render());
                continue;
            }
            assertEquals(solver.value(s), tree.provenValue(tree.root(), s.currentPlayer()), 0, s.render());
            assertTrue(solver.optimalMoves(s).contains(r.action()), "not optimal:\n" + s.render());
        }
    }

    static List<TicTacToeState> nonTerminalPositions() {
        List<TicTacToeState> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<TicTacToeState> stack = new ArrayList<>(List.of(TicTacToe.instance().newInitialState()));
        IntArrayList legal = new IntArrayList();
        while (!stack.isEmpty()) {
            TicTacToeState s = stack.remove(stack.size() - 1);
            if (s.isTerminal() || !seen.add(s.xMask() | s.oMask() << 9)) {
                continue;
            }
            out.add(s);
            s.legalActions(legal);
            for (int a : legal) {
                TicTacToeState c = s.copy();
                c.apply(a);
                stack.add(c);
            }
        }
        return out;
    }
}
