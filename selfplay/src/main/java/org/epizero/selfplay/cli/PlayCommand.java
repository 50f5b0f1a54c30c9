package org.epizero.selfplay.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.play.SearchPlayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lets a person play one game against a checkpoint in the terminal. */
@Command(name = "play",
        description = {"Play a game against a checkpoint in the terminal: moves in the game's notation, 'quit' to stop."
            + " Without --checkpoint, against the model shipped for the game under models/."})
final class PlayCommand implements Callable<Integer> {

    /** Where the person's moves come from; standard input unless a test puts a script here. */
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "game spec (see 'epizero games'); must be the checkpoint's")
    String gameSpec;

    @Mixin
    CheckpointAgentOptions agent;

    @Mixin
    MoveChoiceOptions moveChoice;

    @Option(names = "--color", defaultValue = "first", description = "whether you move first or second (default ${DEFAULT-VALUE})")
    String color;

    @Override
    public Integer call() throws Exception {
        Game game = GameRegistry.load().create(gameSpec);
        Path dir = agent.checkpointDir(models -> models.stream().filter(m -> m.game().equals(game.spec().toString())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model ships for " + game.spec() + " (models/ holds "
                        + models.stream().map(m -> m.name() + ": " + m.game()).toList() + "); train one with 'epizero train "
                        + game.spec() + "' and pass --checkpoint RUN")));
        int human = switch (color.strip().toLowerCase()) {
            case "first" -> 0;
            case "second" -> 1;
            default -> throw new IllegalArgumentException("--color must be first or second, not '" + color + "'");
        };
        try (InferenceService network = InferenceService.ofCheckpoint(dir, game)) {
            SearchPlayer player = new SearchPlayer("EpiZero", network, moveChoice.searchConfig(agent.simulations), agent.seed);
            new TerminalGame(game, player, human).play(input, spec.commandLine().getOut());
        }
        return 0;
    }
}
