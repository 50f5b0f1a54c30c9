package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.epizero.engine.game.GameRegistry;
import org.epizero.selfplay.gtp.TinyCheckpoint;
import org.epizero.selfplay.run.ShippedModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The models under models/ load, and {@code play GAME} without a checkpoint plays the one shipped for the game. */
class ShippedModelsCliTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetHome() {
        System.clearProperty(ShippedModels.HOME_PROPERTY);
    }

    @Test
    void everyShippedModelIsACheckpointOfItsGame() throws IOException {
        System.setProperty(ShippedModels.HOME_PROPERTY, "..");
        Map<String, String> games = ShippedModels.all().stream().collect(Collectors.toMap(ShippedModels.Model::name, ShippedModels.Model::game));
        assertEquals(Map.of("tictactoe", "tictactoe", "connect4", "connect4", "go9", "go(size=9,komi=7.5)", "othello6", "othello(size=6)"), games);
        GameRegistry registry = GameRegistry.load();
        for (ShippedModels.Model m : ShippedModels.all()) {
            // Every name a model records must still be a game spec the registry resolves to itself.
            assertEquals(m.game(), registry.create(m.game()).spec().toString(), m.name());
        }
    }

    @Test
    void playWithoutACheckpointUsesTheShippedModelOrSaysThereIsNone() {
        TinyCheckpoint.save(GameRegistry.load().create("tictactoe"), dir.resolve("models/ttt/checkpoints/step-0"));
        System.setProperty(ShippedModels.HOME_PROPERTY, dir.toString());
        CommandLine cli = EpiZeroCli.commandLine();
        PlayCommand play = cli.getSubcommands().get("play").getCommand();
        play.input = new BufferedReader(new StringReader(String.join("\n", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")) + "\n"));
        CliRun r = CliRun.of(cli, "play", "tictactoe", "--simulations", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("EpiZero plays "), r.out());

        CliRun none = CliRun.of("play", "connect4");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no model ships for connect4 (models/ holds [ttt: tictactoe])"), none.err());
    }
}
