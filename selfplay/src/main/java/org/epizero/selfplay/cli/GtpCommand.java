package org.epizero.selfplay.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.Checkpoint;
import org.epizero.engine.nn.CheckpointDescriptor;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.play.SearchPlayer;
import org.epizero.engine.services.EngineProtocol;
import org.epizero.engine.services.GameServices;
import org.epizero.selfplay.run.ShippedModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Serves a checkpoint as a GTP 2 engine on standard input and output, for GUIs and match programs, where its game declares GTP. */
@Command(name = "gtp",
        description = {"Speak GTP (version 2) on stdin/stdout, moves chosen by the checkpoint's search,"
            + " for a checkpoint whose game declares GTP ('epizero games' lists them); without --checkpoint, the model"
            + " shipped under models/ for such a game. Logs go to stderr."})
final class GtpCommand implements Callable<Integer> {

    /** The name under which a game declares GTP. */
    private static final String PROTOCOL = "gtp";

    @Spec
    CommandSpec spec;

    @Mixin
    CheckpointAgentOptions agent;

    @Mixin
    MoveChoiceOptions moveChoice;

    @Override
    public Integer call() throws Exception {
        Path dir = agent.checkpointDir(models -> {
            GameRegistry registry = GameRegistry.load();
            List<ShippedModels.Model> speaking = models.stream().filter(m -> speaksGtp(registry.create(m.game()).services())).toList();
            if (speaking.size() != 1) {
                throw new IllegalArgumentException("--checkpoint is needed: " + speaking.size() + " shipped models speak GTP "
                        + speaking.stream().map(ShippedModels.Model::name).toList());
            }
            return speaking.get(0);
        });
        CheckpointDescriptor descriptor = Checkpoint.readDescriptor(dir);
        Game game = GameRegistry.load().create(descriptor.game());
        EngineProtocol gtp = game.services().engineProtocols().stream().filter(p -> p.name().equals(PROTOCOL)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GTP is for " + String.join(", ", DeclaredServices.gamesWith(GtpCommand::speaksGtp))
                        + ": checkpoint " + dir + " plays " + game.spec()));
        try (InferenceService network = InferenceService.ofCheckpoint(dir, game)) {
            String version = spec.parent().version()[0].replace("EpiZero ", "") + " (" + game.spec() + " step "
                    + descriptor.trainingStep() + ", " + agent.simulations + " simulations)";
            gtp.serve(new SearchPlayer("epizero", network, moveChoice.searchConfig(agent.simulations), agent.seed), "EpiZero", version,
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), spec.commandLine().getOut());
        }
        return 0;
    }

    private static boolean speaksGtp(GameServices services) {
        return services.engineProtocols().stream().anyMatch(p -> p.name().equals(PROTOCOL));
    }
}
