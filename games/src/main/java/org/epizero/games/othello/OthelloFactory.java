package org.epizero.games.othello;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameParameter;
import org.epizero.engine.game.GameSpec;

/** Registers Othello under the name {@code othello}, with the parameter {@code size} (even, 4 to 10). */
public final class OthelloFactory implements GameFactory {

    @Override
    public String name() {
        return Othello.NAME;
    }

    @Override
    public String description() {
        return "Othello (Reversi) on an even N x N board, 4 to 10; cells such as d3 (a1 at the top left), pass when no disc can be placed";
    }

    @Override
    public List<GameParameter> parameters() {
        return List.of(GameParameter.ofInt("size", 8, Othello.MIN_SIZE, Othello.MAX_SIZE, "board side length, even"));
    }

    @Override
    public Game create(GameSpec resolvedSpec) {
        return new Othello(resolvedSpec);
    }
}
