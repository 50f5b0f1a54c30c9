package org.epizero.selfplay.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.epizero.engine.io.AtomicFiles;
import org.epizero.engine.io.JsonLines;

/**
 * Reads and appends {@code metrics.jsonl}; a damaged line (a crash mid-write) is dropped. Each
 * generation's line is also kept inside its checkpoint ({@link #CHECKPOINT_FILE}), so a line lost
 * between the checkpoint landing and the append is rebuilt on resume ({@link #reconcile}).
 */
public final class MetricsLog {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;

    public MetricsLog(Path file) {
        this.file = file;
    }

    /** Every readable line, in order. */
    public List<GenerationMetrics> read() throws IOException {
        List<GenerationMetrics> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(JSON.readValue(line, GenerationMetrics.class));
            } catch (IOException e) {
                // A line cut short by a crash: the generation it described is redone on resume.
            }
        }
        return lines;
    }

    /** Appends one line and forces it to disk. */
    public void append(GenerationMetrics metrics) throws IOException {
        JsonLines.append(file, JSON.writeValueAsString(metrics));
    }

    /** The name of a generation's metrics inside its checkpoint directory. */
    public static final String CHECKPOINT_FILE = "metrics.json";

    /** One generation's metrics as the JSON kept with its checkpoint. */
    public static String toJson(GenerationMetrics metrics) {
        try {
            return JSON.writeValueAsString(metrics) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the log hold exactly one line per generation before {@code generations} (used when
     * resuming): lines of later generations are dropped, a missing line is rebuilt from the copy in
     * its checkpoint {@code checkpointOf.apply(generation)}, and a generation with neither is
     * reported to {@code notes} (checkpoints from before metrics were kept with them).
     */
    public void reconcile(int generations, IntFunction<Path> checkpointOf, Consumer<String> notes) throws IOException {
        TreeMap<Integer, GenerationMetrics> byGeneration = new TreeMap<>();
        for (GenerationMetrics m : read()) {
            if (m.generation() < generations) {
                byGeneration.putIfAbsent(m.generation(), m);
            }
        }
        for (int g = 0; g < generations; g++) {
            if (byGeneration.containsKey(g)) {
                continue;
            }
            Path kept = checkpointOf.apply(g).resolve(CHECKPOINT_FILE);
            if (Files.isRegularFile(kept)) {
                byGeneration.put(g, JSON.readValue(Files.readString(kept, StandardCharsets.UTF_8), GenerationMetrics.class));
                notes.accept("generation " + g + ": its metrics line was lost; rebuilt from " + kept);
            } else {
                notes.accept("generation " + g + " has no metrics line and none was kept with its checkpoint: a gap in " + file);
            }
        }
        StringBuilder lines = new StringBuilder();
        for (GenerationMetrics m : byGeneration.values()) {
            lines.append(toJson(m));
        }
        AtomicFiles.writeString(file, lines.toString());
    }
}
