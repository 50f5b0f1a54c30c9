package org.epizero.selfplay.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.CheckpointDescriptor;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.games.go.Go;
import org.epizero.selfplay.gtp.GtpEngine;
import org.epizero.selfplay.players.SearchPlayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Serves a Go checkpoint as a GTP 2 engine on standard input and output, for GUIs and match programs. */
@Command(name = "gtp",
        description = {"Speak the Go Text Protocol (version 2) on stdin/stdout, moves chosen by a Go checkpoint's search."
            + " The board size is the checkpoint's; komi may be changed. Logs go to stderr."})
final class GtpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointAgentOptions agent;

    @Override
    public Integer call() throws Exception {
        Path dir = agent.checkpointDir();
        CheckpointDescriptor descriptor = Checkpoint.readDescriptor(dir);
        Game game = GameRegistry.load().create(descriptor.game());
        if (!(game instanceof Go go)) {
            throw new IllegalArgumentException("GTP is for Go: checkpoint " + dir + " plays " + game.spec());
        }
        try (InferenceService network = new InferenceService(Checkpoint.load(dir, game), InferenceConfig.DEFAULT)) {
            String version = spec.parent().version()[0].replace("EpiZero ", "") + " (" + game.spec() + " step "
                    + descriptor.trainingStep() + ", " + agent.simulations + " simulations)";
            GtpEngine engine = new GtpEngine(go, new SearchPlayer("epizero", network, agent.simulations, agent.seed), "EpiZero", version);
            engine.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), spec.commandLine().getOut());
        }
        return 0;
    }
}
