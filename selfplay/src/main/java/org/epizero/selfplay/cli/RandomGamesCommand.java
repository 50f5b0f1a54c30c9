package org.epizero.selfplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecordWriter;
import org.epizero.engine.records.RandomGames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the "bare rules" corpus: games whose every move is uniform among the legal ones. */
@Command(name = "random-games",
        description = {"Write N uniformly random legal games as JSON lines (gzip if FILE ends in .gz)."
            + " Game i depends only on the seed and i; the file appears only when complete."})
final class RandomGamesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "game spec (see 'epizero games')")
    String game;

    @Option(names = {"-n", "--games"}, defaultValue = "1000", description = "number of games (default ${DEFAULT-VALUE})")
    long games;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "output file (.jsonl or .jsonl.gz)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (games < 1) {
            throw new IllegalArgumentException("--games must be at least 1, got " + games);
        }
        Game g = GameRegistry.load().create(game);
        ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName("random " + g.spec()).setInitialMax(games)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" games", 1).continuousUpdate();
        try (GameRecordWriter writer = new GameRecordWriter(out); ProgressBar progress = bar.build()) {
            for (long i = 0; i < games; i++) {
                writer.write(RandomGames.play(g, seed, i));
                progress.step();
            }
        }
        spec.commandLine().getOut().printf("wrote %d games of %s to %s%n", games, g.spec(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
