package org.epizero.analysis.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.engine.io.JsonLines;

/**
 * Completed measurements saved one JSON line each as they finish, so an interrupted study resumes
 * where it stopped. A line that does not parse (for example one cut short by a crash) is skipped
 * and counted, and the next measurement starts on a line of its own; a later line with the same
 * key replaces an earlier one. A log written by another version of the instrument (another data
 * layout, {@link EstimateResult#LAYOUT}) is refused as a whole, so old and new numbers are never
 * mixed.
 */
public final class MeasurementLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<MeasurementKey, Measured> done = new LinkedHashMap<>();
    private final int skippedLines;

    private MeasurementLog(Path file, int skippedLines) {
        this.file = file;
        this.skippedLines = skippedLines;
    }

    /**
     * Opens the log at {@code file}, reading what an earlier run completed (nothing if it does not
     * exist).
     *
     * @throws IllegalArgumentException if the log holds measurements of another instrument version
     */
    public static MeasurementLog open(Path file) throws IOException {
        List<Measured> found = new ArrayList<>();
        int skipped = 0;
        int foreign = 0;
        String foreignLayout = null;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    skipped++;
                    continue;
                }
                JsonNode layout = node == null ? null : node.path("result").get("layout");
                if (node != null && node.has("result") && (layout == null || !EstimateResult.LAYOUT.equals(layout.asText()))) {
                    foreign++;
                    foreignLayout = layout == null ? "windows cut at fixed offsets" : layout.asText();
                    continue;
                }
                try {
                    found.add(JSON.treeToValue(node, Measured.class));
                } catch (IOException | RuntimeException e) {
                    skipped++;
                }
            }
        }
        if (foreign > 0) {
            throw new IllegalArgumentException(file + " holds " + foreign + " measurement(s) of an earlier version of the"
                    + " instrument (data layout: " + foreignLayout + "), not comparable with this one ("
                    + EstimateResult.LAYOUT + "); move it away or choose another output directory");
        }
        MeasurementLog log = new MeasurementLog(file, skipped);
        found.forEach(m -> log.done.put(m.key(), m));
        return log;
    }

    /** Whether a measurement with this key is complete. */
    public boolean contains(MeasurementKey key) {
        return done.containsKey(key);
    }

    /** The completed measurement with this key, or null. */
    public Measured get(MeasurementKey key) {
        return done.get(key);
    }

    /** Appends a completed measurement and forces it to disk. */
    public void append(Measured m) throws IOException {
        JsonLines.append(file, toLine(m));
        done.put(m.key(), m);
    }

    /** A measurement as one line of the log: how it travels from a cluster's task to the driver, too. */
    public static String toLine(Measured m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The measurement one line of the log holds; numbers come back bit for bit.
     *
     * @throws IllegalArgumentException if the line is not a measurement
     */
    public static Measured fromLine(String line) {
        try {
            return JSON.readValue(line, Measured.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a measurement: " + e.getMessage(), e);
        }
    }

    /** Every completed measurement, in the order first completed. */
    public List<Measured> all() {
        return List.copyOf(done.values());
    }

    /** Lines of the file that could not be read back. */
    public int skippedLines() {
        return skippedLines;
    }
}
