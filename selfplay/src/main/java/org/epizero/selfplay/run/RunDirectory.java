package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.epizero.engine.nn.Checkpoint;

/**
 * The layout of one training run on disk, everything a user needs to resume or analyse it:
 * <pre>
 * config.json               the resolved config
 * checkpoints/step-N/       network parameters and descriptor after N training steps
 * games/gen-G.jsonl.gz      the self-play games of generation G, one per line
 * games/gen-G.EXT           the same games in each format the game exports to (SGF for Go)
 * arena/                    arena games of the elo and evaluate commands (JSON lines and the game's export formats)
 * metrics.jsonl             one line per finished generation
 * plots/*.png               charts
 * </pre>
 * Every file is written under a temporary name and renamed, so a crash leaves either the old
 * file or the new one.
 */
public final class RunDirectory {

    private static final Pattern CHECKPOINT = Pattern.compile("step-(\\d+)");
    private final Path root;

    public RunDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path configFile() {
        return root.resolve("config.json");
    }

    public Path metricsFile() {
        return root.resolve("metrics.jsonl");
    }

    public Path plotsDir() {
        return root.resolve("plots");
    }

    public Path checkpointsDir() {
        return root.resolve("checkpoints");
    }

    public Path gamesDir() {
        return root.resolve("games");
    }

    /** The checkpoint directory after {@code step} training steps. */
    public Path checkpoint(long step) {
        return checkpointsDir().resolve("step-" + step);
    }

    /** The games file of generation {@code generation}. */
    public Path generationGames(int generation) {
        return gamesDir().resolve("gen-" + generation + ".jsonl.gz");
    }

    /** Where generation {@code generation}'s games go in the game's export formats: this stem plus {@code .EXT} per format. */
    public Path generationExports(int generation) {
        return gamesDir().resolve("gen-" + generation);
    }

    /** Where arena games are kept. */
    public Path arenaDir() {
        return root.resolve("arena");
    }

    /** Whether this looks like a run (it has a config). */
    public boolean exists() {
        return Files.isRegularFile(configFile());
    }

    /** The training steps of every complete checkpoint, ascending. */
    public List<Long> checkpointSteps() throws IOException {
        List<Long> steps = new ArrayList<>();
        if (!Files.isDirectory(checkpointsDir())) {
            return steps;
        }
        try (Stream<Path> dirs = Files.list(checkpointsDir())) {
            for (Path p : (Iterable<Path>) dirs::iterator) {
                Matcher m = CHECKPOINT.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p)) {
                    steps.add(Long.parseLong(m.group(1)));
                }
            }
        }
        steps.sort(null);
        return steps;
    }

    /** The latest checkpoint's step, if any. */
    public OptionalLong latestCheckpointStep() throws IOException {
        List<Long> steps = checkpointSteps();
        return steps.isEmpty() ? OptionalLong.empty() : OptionalLong.of(steps.get(steps.size() - 1));
    }

    /**
     * A checkpoint directory as given, or the latest checkpoint of a run directory.
     *
     * @throws IllegalArgumentException if {@code target} is neither
     */
    public static Path resolveCheckpoint(Path target) throws IOException {
        if (Files.isRegularFile(target.resolve(Checkpoint.DESCRIPTOR_FILE))) {
            return target;
        }
        RunDirectory run = new RunDirectory(target);
        OptionalLong latest = run.latestCheckpointStep();
        if (latest.isEmpty()) {
            throw new IllegalArgumentException(target + " is neither a checkpoint nor a run with checkpoints");
        }
        return run.checkpoint(latest.getAsLong());
    }
}
