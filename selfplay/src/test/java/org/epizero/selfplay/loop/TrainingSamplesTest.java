package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.nn.TrainingSample;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.games.tictactoe.TicTacToe;
import org.junit.jupiter.api.Test;

class TrainingSamplesTest {

    /** X wins on the top row: X plays 1, 2, 3 while O plays 4, 5. */
    private static GameRecord xWins(float[] rootValues) {
        List<float[]> visits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            float[] v = new float[9];
            v[i] = 1;
            visits.add(v);
        }
        return new GameRecord("tictactoe", List.of("1", "4", "2", "5", "3"), new double[] {1, -1}, 0,
                GenerationProtocol.uniformRandom(), 0, 0, visits, rootValues, null);
    }

    @Test
    void valueTargetsAreTheOutcomeFromEachMoversView() {
        List<TrainingSample> samples = TrainingSamples.of(TicTacToe.instance(), xWins(null), 0);
        assertEquals(5, samples.size());
        float[] values = new float[5];
        for (int i = 0; i < 5; i++) {
            values[i] = samples.get(i).value();
        }
        assertArrayEquals(new float[] {1, -1, 1, -1, 1}, values, "X's moves are wins, O's are losses");
        assertEquals(1f, samples.get(0).policy()[0], "the policy target is the stored visit distribution");
        float[] mask = samples.get(1).legalMask();
        assertEquals(0f, mask[0], "the cell X took is illegal for O");
        assertEquals(8, (int) sum(mask));
    }

    @Test
    void searchWeightMixesInTheStoredRootValue() {
        float[] q = {0.2f, -0.6f, 0.0f, 0.5f, 1.0f};
        List<TrainingSample> samples = TrainingSamples.of(TicTacToe.instance(), xWins(q), 0.5);
        assertEquals(0.6f, samples.get(0).value(), 1e-6);
        assertEquals(-0.8f, samples.get(1).value(), 1e-6);
        assertEquals(-0.25f, samples.get(3).value(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> TrainingSamples.of(TicTacToe.instance(), xWins(null), 0.5),
                "mixing needs the stored root values");
    }

    @Test
    void replayWindowKeepsTheNewestGenerations() {
        ReplayWindow window = new ReplayWindow(2);
        List<TrainingSample> first = TrainingSamples.of(TicTacToe.instance(), xWins(null), 0);
        window.add(first);
        window.add(first.subList(0, 2));
        window.add(first.subList(0, 3));
        assertEquals(5, window.size(), "the oldest generation left the window");
        List<TrainingSample> batch = window.sample(1000, new SplittableRandom(1));
        assertEquals(1000, batch.size());
        assertEquals(0, batch.stream().filter(s -> s == first.get(3) || s == first.get(4)).count(),
                "nothing from the dropped generation is drawn");
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }
}
