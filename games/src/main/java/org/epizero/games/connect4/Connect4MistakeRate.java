package org.epizero.games.connect4;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.play.Player;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.services.EvaluationReport;
import org.epizero.engine.services.PlayerEvaluation;

/**
 * A player's mistake rate on solved connect-four positions from the opening, the middle and the
 * end game. A move is a mistake when it changes the game-theoretic outcome for the mover (a won
 * position played into a draw or loss, or a drawn one into a loss); a slower win is not a
 * mistake. Position sets are reproducible random positions in which the mover cannot win at once.
 */
public final class Connect4MistakeRate implements PlayerEvaluation {

    /** One phase of the game: its name, how many discs its positions have, and how many positions. */
    public record Phase(String name, int discs, int positions) {
    }

    /** The mistakes made in one phase. */
    public record Result(Phase phase, int mistakes) {

        public double rate() {
            return mistakes / (double) phase.positions();
        }
    }

    /** Opening (10 discs), middle game (18) and end game (28), sized to solve within seconds each. */
    public static final List<Phase> STANDARD = List.of(new Phase("opening", 10, 40), new Phase("middle", 18, 100),
            new Phase("end", 28, 200));

    @Override
    public String name() {
        return "mistake-rate";
    }

    @Override
    public String description() {
        return "moves that worsen the solved outcome on opening, middle and end-game positions";
    }

    /** The {@link #STANDARD} phases' mistakes on one line. */
    @Override
    public EvaluationReport evaluate(Player player, long seed) {
        StringBuilder sb = new StringBuilder("mistakes on solved positions:");
        for (Result r : measure(player, STANDARD, seed)) {
            sb.append(String.format(" %s %d/%d (%.1f%%)", r.phase().name(), r.mistakes(), r.phase().positions(), 100 * r.rate()));
        }
        return new EvaluationReport(sb.toString(), List.of());
    }

    /** Measures {@code player} on every phase. */
    public static List<Result> measure(Player player, List<Phase> phases, long seed) {
        Connect4Solver solver = new Connect4Solver();
        List<Result> results = new ArrayList<>();
        for (Phase phase : phases) {
            int mistakes = 0;
            for (Connect4State position : Connect4Benchmark.randomPositions(Seeds.derive(seed, phase.discs()), phase.positions(), phase.discs())) {
                int[] scores = solver.scoreMoves(position);
                int best = Integer.MIN_VALUE;
                for (int s : scores) {
                    best = Math.max(best, s);
                }
                int chosen = scores[player.selectAction(position.copy())];
                if (Integer.signum(chosen) < Integer.signum(best)) {
                    mistakes++;
                }
            }
            results.add(new Result(phase, mistakes));
        }
        return results;
    }
}
