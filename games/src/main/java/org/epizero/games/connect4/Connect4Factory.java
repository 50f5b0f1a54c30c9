package org.epizero.games.connect4;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameParameter;
import org.epizero.engine.game.GameSpec;

/** Registers connect four under the name {@code connect4}. */
public final class Connect4Factory implements GameFactory {

    @Override
    public String name() {
        return Connect4.NAME;
    }

    @Override
    public String description() {
        return "connect four on 7 columns x 6 rows; columns numbered 1-7, games written like 4453";
    }

    @Override
    public List<GameParameter> parameters() {
        return List.of();
    }

    @Override
    public Game create(GameSpec resolvedSpec) {
        return Connect4.INSTANCE;
    }
}
