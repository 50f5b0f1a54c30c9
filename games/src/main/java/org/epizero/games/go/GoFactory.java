package org.epizero.games.go;

import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameParameter;
import org.epizero.engine.game.GameSpec;

/** Registers Go under the name {@code go}, with parameters {@code size} and {@code komi}. */
public final class GoFactory implements GameFactory {

    @Override
    public String name() {
        return Go.NAME;
    }

    @Override
    public String description() {
        return "Go with positional superko and Tromp-Taylor area scoring; GTP coordinates (D4), pass";
    }

    @Override
    public List<GameParameter> parameters() {
        return List.of(
                GameParameter.ofInt("size", 9, 2, 19, "board side length"),
                GameParameter.ofDouble("komi", 7.5, -400, 400, "points added to White's score"));
    }

    @Override
    public Game create(GameSpec resolvedSpec) {
        return new Go(resolvedSpec);
    }
}
