package org.epizero.games.connect4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.epizero.engine.game.State;
import org.epizero.engine.play.Player;
import org.epizero.engine.play.RandomPlayer;
import org.junit.jupiter.api.Test;

class Connect4MistakeRateTest {

    private static final List<Connect4MistakeRate.Phase> QUICK = List.of(new Connect4MistakeRate.Phase("middle", 20, 30),
            new Connect4MistakeRate.Phase("end", 30, 60));

    @Test
    void aPerfectPlayerMakesNoMistakesAndARandomOneMakesMany() {
        Connect4Solver solver = new Connect4Solver();
        Player perfect = new Player() {
            @Override
            public String name() {
                return "solver";
            }

            @Override
            public int selectAction(State state) {
                return solver.bestMoves((Connect4State) state).getInt(0);
            }
        };
        for (Connect4MistakeRate.Result r : Connect4MistakeRate.measure(perfect, QUICK, 5)) {
            assertEquals(0, r.mistakes(), r.phase().name());
        }
        for (Connect4MistakeRate.Result r : Connect4MistakeRate.measure(new RandomPlayer(1), QUICK, 5)) {
            assertTrue(r.rate() > 0.1, "random play errs often in the " + r.phase().name() + ": " + r.rate());
        }
    }
}
