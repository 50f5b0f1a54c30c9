package org.epizero.engine.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GameSpecTest {

    @Test
    void parsesNamesAndParameters() {
        assertEquals(GameSpec.of("tictactoe"), GameSpec.parse(" TicTacToe "));
        GameSpec go = GameSpec.parse("go( size = 9 , komi=7.5)");
        assertEquals("go", go.name());
        assertEquals(Map.of("size", "9", "komi", "7.5"), go.params());
        assertEquals("go(size=9,komi=7.5)", go.toString());
        assertEquals(go, GameSpec.parse(go.toString()));
        assertEquals(GameSpec.of("go"), GameSpec.parse("go()"));
    }

    @Test
    void rejectsMalformedSpecsWithAClearMessage() {
        for (String bad : new String[] {"", "go(size=9", "go)", "go(size)", "go(size=)", "go(=9)", "go(size=9,size=5)", "9go", "go(a=(1))"}) {
            InvalidGameSpecException e = assertThrows(InvalidGameSpecException.class, () -> GameSpec.parse(bad), bad);
            assertTrue(e.getMessage().length() > 10, e.getMessage());
        }
    }

    @Test
    void registryFillsDefaultsAndChecksRanges() {
        GameFactory factory = new GameFactory() {
            @Override
            public String name() {
                return "board";
            }

            @Override
            public String description() {
                return "a test game";
            }

            @Override
            public List<GameParameter> parameters() {
                return List.of(GameParameter.ofInt("size", 9, 2, 19, "side"), GameParameter.ofDouble("komi", 7.5, -100, 100, "komi"));
            }

            @Override
            public Game create(GameSpec resolvedSpec) {
                throw new UnsupportedOperationException(resolvedSpec.toString());
            }
        };
        assertEquals("board(size=9,komi=7.5)", GameRegistry.resolve(factory, GameSpec.parse("board")).toString());
        assertEquals("board(size=5,komi=6.0)", GameRegistry.resolve(factory, GameSpec.parse("board(komi=6,size=5)")).toString());
        assertThrows(InvalidGameSpecException.class, () -> GameRegistry.resolve(factory, GameSpec.parse("board(size=1)")));
        assertThrows(InvalidGameSpecException.class, () -> GameRegistry.resolve(factory, GameSpec.parse("board(size=x)")));
        assertThrows(InvalidGameSpecException.class, () -> GameRegistry.resolve(factory, GameSpec.parse("board(colour=red)")));
        GameRegistry registry = GameRegistry.of(factory);
        InvalidGameSpecException unknown = assertThrows(InvalidGameSpecException.class, () -> registry.create("chess"));
        assertTrue(unknown.getMessage().contains("board"), "lists the registered games");
    }
}
