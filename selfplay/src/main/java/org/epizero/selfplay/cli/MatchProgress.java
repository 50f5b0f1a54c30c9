package org.epizero.selfplay.cli;

import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.epizero.selfplay.arena.Arena;
import org.epizero.selfplay.arena.ArenaGame;

/** Plays an arena match behind a progress bar on stderr (matches against slow players take minutes). */
final class MatchProgress {

    private MatchProgress() {
    }

    /** {@link Arena#match}, counting finished games on a bar named after the two contestants. */
    static List<ArenaGame> match(Arena arena, Arena.Contestant a, Arena.Contestant b, int games, long seed) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(a.name() + " vs " + b.name()).setInitialMax(games)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" games", 1).setUpdateIntervalMillis(500);
        try (ProgressBar bar = builder.build()) {
            return arena.match(a, b, games, seed, bar::stepTo);
        }
    }
}
