package org.epizero.selfplay.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.io.AtomicFiles;

/** Reads and appends {@code metrics.jsonl}; a damaged line (a crash mid-write) is dropped. */
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
        Files.writeString(file, JSON.writeValueAsString(metrics) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }

    /** Keeps only the lines of generations before {@code generations} (used when resuming). */
    public void truncateTo(int generations) throws IOException {
        StringBuilder kept = new StringBuilder();
        for (GenerationMetrics m : read()) {
            if (m.generation() < generations) {
                kept.append(JSON.writeValueAsString(m)).append('\n');
            }
        }
        AtomicFiles.writeString(file, kept.toString());
    }
}
