package org.epizero.games.tictactoe;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameParameter;
import org.epizero.engine.game.GameSpec;

/** Registers tic-tac-toe under the name {@code tictactoe}. */
public final class TicTacToeFactory implements GameFactory {

    @Override
    public String name() {
        return TicTacToe.NAME;
    }

    @Override
    public String description() {
        return "tic-tac-toe on 3x3; cells numbered 1-9 in reading order";
    }

    @Override
    public List<GameParameter> parameters() {
        return List.of();
    }

    @Override
    public Game create(GameSpec resolvedSpec) {
        return TicTacToe.INSTANCE;
    }
}
