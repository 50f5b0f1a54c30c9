package org.epizero.games.tictactoe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.NetworkTrainer;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.epizero.engine.nn.TrainerConfig;
import org.epizero.engine.nn.TrainingLosses;
import org.epizero.engine.nn.TrainingSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network learns exact play: trained on every non-terminal tic-tac-toe position with the
 * minimax policy (uniform over the solver's optimal moves) and the solver's value for the
 * player to move, its raw policy must choose an optimal move almost everywhere.
 */
class TicTacToeNetworkTest {

    private static final NetworkConfig NET = new NetworkConfig(2, 32, 2, 1, 32);
    private static final int BATCH = 128;
    private static final int EPOCHS = 40;

    private static List<TicTacToeState> positions;
    private static List<TrainingSample> samples;
    private static final TicTacToeSolver SOLVER = new TicTacToeSolver();

    @BeforeAll
    static void enumeratePositions() {
        positions = new ArrayList<>();
        collect(TicTacToe.instance().newInitialState(), new LongOpenHashSet());
        samples = new ArrayList<>();
        for (TicTacToeState s : positions) {
            IntList optimal = SOLVER.optimalMoves(s);
            float[] policy = new float[TicTacToe.CELLS];
            for (int i = 0; i < optimal.size(); i++) {
                policy[optimal.getInt(i)] = 1f / optimal.size();
            }
            samples.add(TrainingSample.of(s, policy, SOLVER.value(s)));
        }
    }

    @Test
    void networkTrainedOnTheSolverPlaysOptimalMovesAndSurvivesACheckpoint(@TempDir Path dir) {
        assertEquals(4520, positions.size(), "all non-terminal positions");
        Engine.getInstance().setRandomSeed(2024);
        TrainerConfig config = TrainerConfig.DEFAULT.withLearningRate(3e-3f).withSeed(7);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(TicTacToe.instance(), NET)) {
            long start = System.nanoTime();
            try (NetworkTrainer trainer = new NetworkTrainer(net, config)) {
                SplittableRandom random = new SplittableRandom(3);
                List<TrainingSample> order = new ArrayList<>(samples);
                for (int epoch = 0; epoch < EPOCHS; epoch++) {
                    shuffle(order, random);
                    for (int from = 0; from + BATCH <= order.size(); from += BATCH) {
                        trainer.step(order.subList(from, from + BATCH));
                    }
                }
                TrainingLosses losses = trainer.evaluate(samples);
                double targetEntropy = meanEntropy(samples);
                System.out.printf("tic-tac-toe: %d steps in %.1f s, policy CE %.4f (target entropy %.4f), value MSE %.4f%n",
                        trainer.steps(), (System.nanoTime() - start) / 1e9, losses.meanPolicyLoss(), targetEntropy,
                        losses.meanValueLoss());
                assertTrue(losses.meanPolicyLoss() - targetEntropy < 0.15, "policy KL " + (losses.meanPolicyLoss() - targetEntropy));
                assertTrue(losses.meanValueLoss() < 0.05, "value MSE " + losses.meanValueLoss());
            }
            List<Evaluation> evals = net.evaluate(positions);
            int optimal = 0;
            for (int i = 0; i < positions.size(); i++) {
                if (SOLVER.optimalMoves(positions.get(i)).contains(argmax(evals.get(i).priors()))) {
                    optimal++;
                }
            }
            double share = optimal / (double) positions.size();
            System.out.printf("tic-tac-toe: raw policy optimal in %d of %d positions (%.2f%%)%n", optimal, positions.size(), 100 * share);
            assertTrue(share >= 0.99, "optimal in only " + optimal + " of " + positions.size());

            Checkpoint.save(net, 1234, dir.resolve("step-1234"));
            try (PolicyValueNetwork loaded = Checkpoint.load(dir.resolve("step-1234"), GameRegistry.load())) {
                List<Evaluation> again = loaded.evaluate(positions);
                for (int i = 0; i < positions.size(); i++) {
                    assertArrayEquals(evals.get(i).priors(), again.get(i).priors());
                    assertEquals(evals.get(i).value(), again.get(i).value());
                }
            }
        }
    }

    private static void collect(TicTacToeState s, LongOpenHashSet seen) {
        if (s.isTerminal() || !seen.add(s.hash())) {
            return;
        }
        positions.add(s);
        IntArrayList legal = new IntArrayList();
        s.legalActions(legal);
        for (int i = 0; i < legal.size(); i++) {
            TicTacToeState child = s.copy();
            child.apply(legal.getInt(i));
            collect(child, seen);
        }
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int a = 1; a < p.length; a++) {
            if (p[a] > p[best]) {
                best = a;
            }
        }
        return best;
    }

    private static double meanEntropy(List<TrainingSample> samples) {
        double h = 0;
        for (TrainingSample s : samples) {
            for (float p : s.policy()) {
                h -= p > 0 ? p * Math.log(p) : 0;
            }
        }
        return h / samples.size();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
