package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.games.tictactoe.TicTacToe;
import org.junit.jupiter.api.Test;

/**
 * Raw-policy games against a policy known in closed form: each legal action {@code a} has weight
 * {@code a + 1}, so every recorded probability and the opening frequencies are known exactly.
 */
class PolicyGamesTest {

    private static final GenerationProtocol STAMP = new GenerationProtocol("evaluation", 0, 1.0, 9, 0.0, null);

    /** Priors proportional to {@code action + 1} over the legal actions, in float as the network gives them. */
    private static final class LinearPolicy implements Evaluator {
        int calls;
        int states;

        @Override
        public List<Evaluation> evaluate(List<? extends State> batch) {
            calls++;
            states += batch.size();
            List<Evaluation> out = new ArrayList<>();
            for (State s : batch) {
                float[] priors = new float[9];
                float total = 0;
                for (int a = 0; a < 9; a++) {
                    if (s.isLegal(a)) {
                        priors[a] = a + 1;
                        total += a + 1;
                    }
                }
                for (int a = 0; a < 9; a++) {
                    priors[a] /= total;
                }
                out.add(new Evaluation(priors, 0f));
            }
            return out;
        }
    }

    @Test
    void recordsTheExactProbabilityOfEveryMoveAndBatchesTheGames() {
        Game game = TicTacToe.instance();
        LinearPolicy policy = new LinearPolicy();
        List<GameRecord> records = new PolicyGames(game, 16).play(policy, 64, 3, 7, STAMP);
        assertEquals(64, records.size());
        int moves = 0;
        for (GameRecord r : records) {
            assertEquals(7, r.step());
            assertEquals(STAMP, r.protocol());
            assertNull(r.visits(), "no search, no visit distribution");
            State s = game.newInitialState();
            for (int k = 0; k < r.moves().size(); k++) {
                int action = game.parseAction(r.moves().get(k));
                int legalWeight = 0;
                for (int a = 0; a < 9; a++) {
                    legalWeight += s.isLegal(a) ? a + 1 : 0;
                }
                assertEquals((action + 1.0) / legalWeight, r.moveProbabilities()[k], 1e-6, "move " + k);
                s.apply(action);
            }
            assertTrue(s.isTerminal(), "every game is played to its end");
            moves += r.moves().size();
        }
        assertEquals(moves, policy.states, "one evaluation per move");
        assertTrue(policy.calls < moves / 8, "moves of concurrent games share a batch: " + policy.calls + " calls for " + moves + " moves");
    }

    @Test
    void samplesTheOpeningFromThePolicyAndRepeatsForASeed() {
        Game game = TicTacToe.instance();
        PolicyGames player = new PolicyGames(game, 64);
        List<GameRecord> records = player.play(new LinearPolicy(), 4500, 11, 0, STAMP);
        int[] openings = new int[9];
        records.forEach(r -> openings[game.parseAction(r.moves().get(0))]++);
        // Pearson's chi-square against weights (a + 1) / 45 over 8 degrees of freedom; 26.1 is its 0.999 quantile.
        double chi2 = 0;
        for (int a = 0; a < 9; a++) {
            double expected = records.size() * (a + 1) / 45.0;
            chi2 += (openings[a] - expected) * (openings[a] - expected) / expected;
        }
        assertTrue(chi2 < 26.1, "opening frequencies follow the policy, chi2 = " + chi2);
        List<GameRecord> again = player.play(new LinearPolicy(), 100, 11, 0, STAMP);
        for (int i = 0; i < again.size(); i++) {
            assertEquals(records.get(i).moves(), again.get(i).moves(), "game " + i + " is the same for the same seed");
        }
    }
}
