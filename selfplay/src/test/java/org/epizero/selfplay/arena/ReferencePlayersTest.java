package org.epizero.selfplay.arena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.games.go.gtp.GnuGoProgram;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReferencePlayersTest {

    private static final GameRegistry REGISTRY = GameRegistry.load();

    @Test
    void eachGameOffersTheBuiltInPlayersAndItsOwn() {
        Game tictactoe = REGISTRY.create("tictactoe");
        Game go = REGISTRY.create("go(size=9)");
        assertEquals("unknown player 'gnugo:5' for tictactoe: use random, one-ply, mcts:N, perfect",
                assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("gnugo:5", tictactoe)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("perfect", go)).getMessage()
                .endsWith("use random, one-ply, mcts:N, gnugo:L"));
        assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("gnugo:11", go));
        assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("gnugo:x", go));
        assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("gnugo", go));
        assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("perfect:3", tictactoe));
        assertThrows(IllegalArgumentException.class, () -> ReferencePlayers.of("mcts:0", tictactoe));
        assertEquals("mcts:16", ReferencePlayers.of(" MCTS:16 ", tictactoe).create(1).name());
        assertEquals("perfect", ReferencePlayers.of("perfect", tictactoe).create(1).name());
    }

    @Test
    @Timeout(60)
    void beatsRandomPlayAndLeavesNoProcessBehind() {
        Assumptions.assumeTrue(GnuGoProgram.find().isPresent(), "gnugo is not installed (Debian package 'gnugo'): skipping GNU Go as an arena player");
        Game go = REGISTRY.create("go(size=9,komi=7.5)");
        Arena arena = new Arena(go, 2);
        List<ArenaGame> games = arena.match(new Arena.Contestant("gnugo:0", ReferencePlayers.of("gnugo:0", go)),
                new Arena.Contestant("random", ReferencePlayers.of("random", go)), 4, 7, n -> { });
        for (ArenaGame g : games) {
            State state = go.newInitialState();
            g.moves().forEach(m -> state.apply(go.parseAction(m)));
            assertTrue(state.isTerminal());
            assertEquals(1.0, g.scoreOf("gnugo:0"), "GNU Go beats a random mover, as Black and as White: " + g.moves());
        }
        assertEquals(2, games.stream().filter(g -> g.firstPlayer().equals("gnugo:0")).count());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(), "GNU Go processes left running");
    }
}
