package org.epizero.selfplay.arena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.engine.play.OnePlyLookaheadPlayer;
import org.epizero.engine.play.RandomPlayer;
import org.epizero.games.tictactoe.PerfectPlayer;
import org.epizero.games.tictactoe.TicTacToe;
import org.epizero.games.tictactoe.TicTacToeState;
import org.junit.jupiter.api.Test;

class ArenaTest {

    @Test
    void perfectPlayNeverLosesAndDrawsItself() {
        Arena arena = new Arena(TicTacToe.instance(), 2);
        Arena.Contestant perfect = new Arena.Contestant("perfect", PerfectPlayer::new);
        Arena.Contestant perfect2 = new Arena.Contestant("perfect-2", PerfectPlayer::new);
        Arena.Contestant random = new Arena.Contestant("random", RandomPlayer::new);
        for (ArenaGame g : arena.match(perfect, perfect2, 100, 1, n -> { })) {
            assertEquals(0.5, g.firstScore(), "perfect vs perfect is always a draw: " + g.moves());
        }
        List<ArenaGame> games = arena.match(perfect, random, 300, 2, n -> { });
        long firsts = games.stream().filter(g -> g.firstPlayer().equals("perfect")).count();
        assertEquals(150, firsts, "colours alternate");
        double wins = 0;
        for (ArenaGame g : games) {
            assertTrue(g.scoreOf("perfect") >= 0.5, "random never beats perfect: " + g.moves());
            wins += g.scoreOf("perfect") == 1 ? 1 : 0;
        }
        assertTrue(wins > 200, "perfect mostly beats random: " + wins);
    }

    @Test
    void oneStepLookaheadBeatsRandomAndTakesWins() {
        Arena arena = new Arena(TicTacToe.instance(), 1);
        List<ArenaGame> games = arena.match(new Arena.Contestant("one-ply", OnePlyLookaheadPlayer::new),
                new Arena.Contestant("random", RandomPlayer::new), 400, 3, n -> { });
        double score = games.stream().mapToDouble(g -> g.scoreOf("one-ply")).sum() / games.size();
        assertTrue(score > 0.75, "one-ply lookahead scores well against random: " + score);
        TicTacToeState s = TicTacToe.instance().newInitialState();
        for (int a : new int[] {0, 3, 1}) {
            s.apply(a);
        }
        assertEquals(2, new OnePlyLookaheadPlayer(1).selectAction(s), "O must block the top row");
        s.apply(4);
        assertEquals(2, new OnePlyLookaheadPlayer(1).selectAction(s), "X takes the win rather than blocking");
    }
}
