package org.epizero.games.connect4;

import java.util.List;
import java.util.Optional;
import org.epizero.engine.services.GameBenchmark;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.PlayerEvaluation;
import org.epizero.engine.services.PositionSolver;
import org.epizero.engine.services.TestPositions;

/** What connect four offers beyond its rules: the exact solver, on its own and as the yardstick of mistake rates. */
final class Connect4Services implements GameServices {

    static final Connect4Services INSTANCE = new Connect4Services();

    private Connect4Services() {
    }

    @Override
    public List<PlayerEvaluation> evaluations() {
        return List.of(new Connect4MistakeRate());
    }

    @Override
    public Optional<TestPositions> testPositions() {
        return Optional.of(new PonsTestPositions());
    }

    @Override
    public List<GameBenchmark> benchmarks() {
        return List.of(new Connect4Benchmark());
    }

    /** A fresh solver each time: its transposition table is not shared between callers. */
    @Override
    public Optional<PositionSolver> solver() {
        return Optional.of(new Connect4PositionSolver());
    }
}
