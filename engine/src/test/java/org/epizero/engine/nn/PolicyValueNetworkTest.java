package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.util.List;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;

class PolicyValueNetworkTest {

    private static final ColumnDropGame GAME = new ColumnDropGame(3, 4);

    @Test
    void priorsVanishOnIllegalActionsAndSumToOneAndValuesAreInRange() {
        Engine.getInstance().setRandomSeed(7);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 8))) {
            List<State> states = Positions.random(GAME, 400, 1);
            List<Evaluation> evals = net.evaluate(states);
            int withIllegal = 0;
            for (int i = 0; i < states.size(); i++) {
                State s = states.get(i);
                float[] p = evals.get(i).priors();
                assertEquals(GAME.numDistinctActions(), p.length);
                double sum = 0;
                for (int a = 0; a < p.length; a++) {
                    if (s.isLegal(a)) {
                        assertTrue(p[a] > 0f, "legal action " + a + " has prior " + p[a]);
                    } else {
                        assertEquals(0f, p[a], "illegal action " + a + " in\n" + s.render());
                        withIllegal++;
                    }
                    sum += p[a];
                }
                assertEquals(1.0, sum, 1e-5);
                float v = evals.get(i).value();
                assertTrue(v >= -1f && v <= 1f, "value " + v);
            }
            assertTrue(withIllegal > 50, "the sample must contain full columns");
        }
    }

    @Test
    void singleLegalActionGetsAllTheMass() {
        Engine.getInstance().setRandomSeed(8);
        State s = GAME.newInitialState();
        // Fill columns 0, 1 and 2 (3 stones each), leaving only column 3.
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                s.apply(c);
            }
        }
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 8))) {
            assertArrayEquals(new float[] {0f, 0f, 0f, 1f}, net.evaluate(List.of(s)).get(0).priors());
        }
    }

    @Test
    void parameterCountMatchesTheArchitecture() {
        NetworkConfig config = new NetworkConfig(2, 8, 2, 1, 16);
        int planes = 3;
        int area = 12;
        int actions = 4;
        int c = config.channels();
        long convs = (long) planes * c * 9 + config.residualBlocks() * 2L * c * c * 9
                + (long) c * config.policyChannels() + (long) c * config.valueChannels();
        long dense = (long) config.policyChannels() * area * actions + actions
                + (long) config.valueChannels() * area * config.valueHiddenSize() + config.valueHiddenSize()
                + config.valueHiddenSize() + 1;
        long bnChannels = c + config.residualBlocks() * 2L * c + config.policyChannels() + config.valueChannels();
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, config)) {
            assertEquals(convs + dense + 2 * bnChannels, net.trainableParameterCount());
            assertEquals(convs + dense + 4 * bnChannels, net.parameterCount(), "running mean and variance included");
        }
    }

    @Test
    void seededInitialisationIsReproducible() {
        List<State> states = Positions.random(GAME, 20, 2);
        Engine.getInstance().setRandomSeed(11);
        Predictions a;
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 8))) {
            a = forwardAll(net, states);
        }
        Engine.getInstance().setRandomSeed(11);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 8))) {
            Predictions b = forwardAll(net, states);
            assertArrayEquals(a.priors(), b.priors());
            assertArrayEquals(a.values(), b.values());
        }
    }

    @Test
    void batchedForwardEqualsOnePositionAtATime() {
        Engine.getInstance().setRandomSeed(12);
        List<State> states = Positions.random(GAME, 40, 3);
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(2, 8))) {
            List<Evaluation> batched = net.evaluate(states);
            for (int i = 0; i < states.size(); i++) {
                Evaluation single = net.evaluate(List.of(states.get(i))).get(0);
                assertArrayEquals(single.priors(), batched.get(i).priors(), 1e-5f);
                assertEquals(single.value(), batched.get(i).value(), 1e-5f);
            }
        }
    }

    @Test
    void terminalStatesAreRejected() {
        State s = GAME.newInitialState();
        while (!s.isTerminal()) {
            s.apply(firstLegal(s));
        }
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(0, 4))) {
            assertThrows(IllegalArgumentException.class, () -> net.evaluate(List.of(s)));
        }
    }

    static Predictions forwardAll(PolicyValueNetwork net, List<State> states) {
        StateEncoder enc = new StateEncoder(net.game());
        float[] obs = new float[states.size() * enc.observationSize()];
        float[] masks = new float[states.size() * enc.numActions()];
        for (int i = 0; i < states.size(); i++) {
            enc.encode(states.get(i), i, obs, masks);
        }
        return net.forward(obs, masks, states.size());
    }

    private static int firstLegal(State s) {
        for (int a = 0; ; a++) {
            if (s.isLegal(a)) {
                return a;
            }
        }
    }
}
