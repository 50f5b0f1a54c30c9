package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import it.unimi.dsi.fastutil.floats.FloatArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.game.State;
import org.epizero.engine.nn.TrainerConfig.OptimizerKind;
import org.junit.jupiter.api.Test;

class NetworkTrainerTest {

    private static final ColumnDropGame GAME = new ColumnDropGame(3, 4);
    private static final NetworkConfig SMALL = new NetworkConfig(1, 8, 2, 1, 16);

    @Test
    void evaluatedLossesEqualCrossEntropyAndSquaredErrorOfTheOutputs() {
        Engine.getInstance().setRandomSeed(31);
        List<State> states = Positions.random(GAME, 50, 7);
        List<TrainingSample> samples = samples(states, 8);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
                NetworkTrainer trainer = new NetworkTrainer(net, TrainerConfig.DEFAULT)) {
            for (int i = 0; i < 5; i++) {
                trainer.step(samples);
            }
            TrainingLosses losses = trainer.evaluate(samples);
            List<Evaluation> outputs = net.evaluate(states);
            double meanPolicy = 0;
            for (int i = 0; i < samples.size(); i++) {
                float[] pi = samples.get(i).policy();
                float[] p = outputs.get(i).priors();
                double ce = 0;
                for (int a = 0; a < pi.length; a++) {
                    if (pi[a] > 0) {
                        ce -= pi[a] * Math.log(p[a]);
                    }
                }
                double se = Math.pow(outputs.get(i).value() - samples.get(i).value(), 2);
                assertEquals(ce, losses.policyLosses()[i], 1e-4);
                assertEquals(se, losses.valueLosses()[i], 1e-5);
                meanPolicy += ce / samples.size();
            }
            assertEquals(meanPolicy, losses.meanPolicyLoss(), 1e-4);
        }
    }

    @Test
    void augmentedStepsAreDeterministicForAFixedSeed() {
        List<TrainingSample> samples = samples(Positions.random(GAME, 64, 8), 9);
        float[][] first = trainRun(samples, 20, true);
        float[][] second = trainRun(samples, 20, true);
        assertArrayEquals(first[0], second[0], "loss trajectory");
        assertArrayEquals(first[1], second[1], "final parameters");
    }

    @Test
    void trainingApproachesTheEntropyOfTheTargets() {
        List<TrainingSample> samples = samples(Positions.random(GAME, 64, 8), 9);
        double entropy = 0;
        for (TrainingSample s : samples) {
            for (float p : s.policy()) {
                entropy -= p > 0 ? p * Math.log(p) / samples.size() : 0;
            }
        }
        float[] trajectory = trainRun(samples, 60, false)[0];
        double initialExcess = trajectory[0] - entropy;
        double finalExcess = trajectory[trajectory.length - 1] - entropy;
        assertTrue(finalExcess < 0.3 * initialExcess, "loss above the floor: " + initialExcess + " -> " + finalExcess);
    }

    @Test
    void l2PenaltyIsTheCoefficientTimesTheSquaredConvAndDenseWeights() {
        Engine.getInstance().setRandomSeed(33);
        List<TrainingSample> samples = samples(Positions.random(GAME, 16, 10), 11);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
                NetworkTrainer trainer = new NetworkTrainer(net, TrainerConfig.DEFAULT.withL2(0.01f))) {
            double squares = 0;
            for (Pair<String, Parameter> p : net.model().getBlock().getParameters()) {
                if (p.getValue().getType() == Parameter.Type.WEIGHT) {
                    for (float w : p.getValue().getArray().toFloatArray()) {
                        squares += (double) w * w;
                    }
                }
            }
            assertEquals(0.01 * squares, trainer.step(samples).l2Penalty(), 1e-4 * squares);
        }
    }

    @Test
    void gradientsAreClippedToTheGlobalNorm() {
        Engine.getInstance().setRandomSeed(34);
        List<TrainingSample> samples = samples(Positions.random(GAME, 32, 12), 13);
        float lr = 0.1f;
        float clip = 1e-3f;
        TrainerConfig sgd = new TrainerConfig(OptimizerKind.SGD_MOMENTUM, lr, 0f, 0f, 1f, clip, false, 1);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
                NetworkTrainer trainer = new NetworkTrainer(net, sgd)) {
            float[] before = trainableParameters(net);
            TrainingLosses losses = trainer.step(samples);
            float[] after = trainableParameters(net);
            double moved = 0;
            for (int i = 0; i < before.length; i++) {
                moved += Math.pow(after[i] - before[i], 2);
            }
            assertTrue(losses.gradientNorm() > 100 * clip, "the test needs a gradient far above the clip: " + losses.gradientNorm());
            assertEquals(lr * clip, Math.sqrt(moved), 0.01 * lr * clip, "plain SGD moves by lr times the clipped norm");
        }
    }

    @Test
    void augmentationMapsTheLegalMaskWithThePolicy() {
        Engine.getInstance().setRandomSeed(35);
        // Column 0 full, target all on column 1: mirrored, the target sits on column 2 and the
        // mask must forbid column 3; a mask left unmirrored would put the target on an illegal action.
        State s = GAME.newInitialState();
        s.apply(0);
        s.apply(0);
        s.apply(0);
        TrainingSample sample = TrainingSample.of(s, new float[] {0f, 1f, 0f, 0f}, 1f);
        List<TrainingSample> batch = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            batch.add(sample);
        }
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
                NetworkTrainer trainer = new NetworkTrainer(net, TrainerConfig.DEFAULT)) {
            for (int step = 0; step < 5; step++) {
                for (float loss : trainer.step(batch).policyLosses()) {
                    assertTrue(loss < 10f, "policy loss " + loss);
                }
            }
        }
    }

    /** Policy plus value loss after each step, and the final trainable parameters. */
    private static float[][] trainRun(List<TrainingSample> samples, int steps, boolean augment) {
        Engine.getInstance().setRandomSeed(32);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
                NetworkTrainer trainer = new NetworkTrainer(net, TrainerConfig.DEFAULT.withLearningRate(3e-3f).withSeed(5).withAugment(augment))) {
            float[] trajectory = new float[steps];
            for (int i = 0; i < steps; i++) {
                TrainingLosses l = trainer.step(samples);
                trajectory[i] = (float) (l.meanPolicyLoss() + l.meanValueLoss());
            }
            assertEquals(steps, trainer.steps());
            return new float[][] {trajectory, trainableParameters(net)};
        }
    }

    private static float[] trainableParameters(PolicyValueNetwork net) {
        FloatArrayList all = new FloatArrayList();
        for (Pair<String, Parameter> p : net.model().getBlock().getParameters()) {
            if (p.getValue().requiresGradient()) {
                all.addElements(all.size(), p.getValue().getArray().toFloatArray());
            }
        }
        return all.toFloatArray();
    }

    /** Random target distributions over the legal actions and random values. */
    private static List<TrainingSample> samples(List<State> states, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingSample> out = new ArrayList<>();
        for (State s : states) {
            float[] pi = new float[GAME.numDistinctActions()];
            float sum = 0;
            for (int a = 0; a < pi.length; a++) {
                if (s.isLegal(a)) {
                    pi[a] = (float) random.nextDouble();
                    sum += pi[a];
                }
            }
            for (int a = 0; a < pi.length; a++) {
                pi[a] /= sum;
            }
            out.add(TrainingSample.of(s, pi, (float) (random.nextDouble() * 2 - 1)));
        }
        return out;
    }
}
