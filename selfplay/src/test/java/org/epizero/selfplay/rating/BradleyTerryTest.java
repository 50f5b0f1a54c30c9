package org.epizero.selfplay.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BradleyTerryTest {

    private static double expected(double diff) {
        return 1 / (1 + Math.pow(10, -diff / 400));
    }

    @Test
    void recoversTheStrengthsOfSimulatedPlayers() {
        double[] truth = {0, 150, 400, 700};
        double advantage = 60;
        List<String> names = List.of("random", "a", "b", "c");
        SplittableRandom random = new SplittableRandom(11);
        List<Outcome> outcomes = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            for (int i = 0; i < truth.length; i++) {
                for (int j = 0; j < truth.length; j++) {
                    if (i != j && Math.abs(i - j) == 1 || (i == 0 && j == 2) || (i == 2 && j == 0)) {
                        double p = expected(truth[i] - truth[j] + advantage);
                        outcomes.add(new Outcome(i, j, random.nextDouble() < p ? 1 : 0));
                    }
                }
            }
        }
        Ratings r = new BradleyTerry(1).fit(names, 0, outcomes);
        assertEquals(0.0, r.elo("random"));
        for (int i = 1; i < truth.length; i++) {
            double error = r.stdError(names.get(i));
            assertTrue(error > 5 && error < 60, "plausible standard error " + error);
            assertEquals(truth[i], r.elo(names.get(i)), 3.5 * error, names.get(i));
        }
        assertEquals(advantage, r.firstMoveAdvantage(), 3.5 * r.firstMoveStdError());
    }

    @Test
    void standardErrorsAreCalibrated() {
        // Over many simulated matches, the true rating lies within one standard error about 68% of the time.
        int covered = 0;
        int trials = 200;
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < trials; t++) {
            List<Outcome> outcomes = new ArrayList<>();
            for (int g = 0; g < 200; g++) {
                boolean aFirst = g % 2 == 0;
                double p = expected(aFirst ? 200 : -200);
                boolean firstWins = random.nextDouble() < p;
                outcomes.add(aFirst ? new Outcome(1, 0, firstWins ? 1 : 0) : new Outcome(0, 1, firstWins ? 1 : 0));
            }
            Ratings r = new BradleyTerry(0).fit(List.of("random", "a"), 0, outcomes);
            if (Math.abs(r.elo("a") - 200) <= r.stdError("a")) {
                covered++;
            }
        }
        assertEquals(0.68, covered / (double) trials, 0.1);
    }

    @Test
    void perfectRecordsStayFinite() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int g = 0; g < 50; g++) {
            outcomes.add(g % 2 == 0 ? new Outcome(1, 0, 1) : new Outcome(0, 1, 0));
        }
        Ratings r = new BradleyTerry(1).fit(List.of("random", "perfect"), 0, outcomes);
        assertTrue(Double.isFinite(r.elo("perfect")) && r.elo("perfect") > 400, "large but finite: " + r.elo("perfect"));
    }
}
