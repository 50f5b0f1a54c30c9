package org.epizero.engine.services;

import java.util.List;
import java.util.Optional;

/**
 * What a game offers beyond its rules, declared by the game itself (as OpenSpiel's {@code GameType}
 * declares facts about a game): the application loops over these and never names a game. Every
 * service is optional; a game that declares none gets the empty defaults.
 */
public interface GameServices {

    /** The services of a game that declares none. */
    GameServices NONE = new GameServices() {
    };

    /** Fixed opponents that only this game has, e.g. a perfect player or an external program. */
    default List<ReferencePlayer> referencePlayers() {
        return List.of();
    }

    /** Measurements of a player against the game's own ground truth, e.g. solved positions. */
    default List<PlayerEvaluation> evaluations() {
        return List.of();
    }

    /** Formats other tools read that the game's records can be written in. */
    default List<RecordExporter> recordExporters() {
        return List.of();
    }

    /** An exact solver of positions given as text. */
    default Optional<PositionSolver> solver() {
        return Optional.empty();
    }

    /**
     * A file format of published test positions that the game's solver judges, for mistake rates
     * ({@code epizero evaluate --positions}); a fresh instance each time, as it keeps a solver.
     */
    default Optional<TestPositions> testPositions() {
        return Optional.empty();
    }

    /** Text protocols through which a player can be served to outside programs. */
    default List<EngineProtocol> engineProtocols() {
        return List.of();
    }

    /** Speed measurements of the game's own machinery, e.g. its solver. */
    default List<GameBenchmark> benchmarks() {
        return List.of();
    }
}
