package org.epizero.selfplay.arena;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.epizero.engine.io.JsonLines;

/**
 * The finished pairings of a tournament, one JSON line each as they finish, so that a tournament
 * stopped midway (a kill, a failing player) resumes without replaying them. A pairing is reused
 * only under the same key: both contestants, games, simulations per move and seed. A line cut
 * short by a crash is skipped and counted.
 */
public final class PairingLog {

    /** What decides a pairing's games. */
    public record Key(String game, String first, String second, int games, int simulations, long seed) {
    }

    /** One finished pairing: its key and its games. */
    public record Pairing(Key key, List<ArenaGame> games) {
        public Pairing {
            games = List.copyOf(games);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<Key, Pairing> finished = new HashMap<>();
    private final int skippedLines;

    private PairingLog(Path file, int skippedLines) {
        this.file = file;
        this.skippedLines = skippedLines;
    }

    /** Opens the log at {@code file}, reading the pairings an earlier run finished (none if it does not exist). */
    public static PairingLog open(Path file) throws IOException {
        int skipped = 0;
        Map<Key, Pairing> found = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Pairing p = JSON.readValue(line, Pairing.class);
                    if (p.key() == null || p.games().size() != p.key().games()) {
                        skipped++;
                        continue;
                    }
                    found.put(p.key(), p);
                } catch (IOException | RuntimeException e) {
                    skipped++;
                }
            }
        }
        PairingLog log = new PairingLog(file, skipped);
        log.finished.putAll(found);
        return log;
    }

    /** The games of the finished pairing with this key, or null. */
    public List<ArenaGame> get(Key key) {
        Pairing p = finished.get(key);
        return p == null ? null : p.games();
    }

    /** Appends a finished pairing and forces it to disk. */
    public void append(Key key, List<ArenaGame> games) throws IOException {
        if (games.size() != key.games()) {
            throw new IllegalArgumentException("pairing " + key + " has " + games.size() + " games");
        }
        Pairing p = new Pairing(key, games);
        JsonLines.append(file, JSON.writeValueAsString(p));
        finished.put(key, p);
    }

    /** Lines of the file that could not be read back. */
    public int skippedLines() {
        return skippedLines;
    }

    /** The log's file. */
    public Path file() {
        return file;
    }
}
