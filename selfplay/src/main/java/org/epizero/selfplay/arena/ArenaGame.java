package org.epizero.selfplay.arena;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * One arena game as stored (one JSON line each): who played which colour, the moves in the game's
 * notation, and the first player's score (1 win, 0.5 draw, 0 loss).
 */
public record ArenaGame(String game, String firstPlayer, String secondPlayer, List<String> moves, double firstScore, long seed) {

    public ArenaGame {
        moves = List.copyOf(moves);
    }

    /** Score of the named player in this game. */
    public double scoreOf(String player) {
        if (player.equals(firstPlayer)) {
            return firstScore;
        }
        if (player.equals(secondPlayer)) {
            return 1 - firstScore;
        }
        throw new IllegalArgumentException(player + " did not play this game");
    }

    /** Stores games as JSON lines (written atomically), so ratings can be refitted later. */
    public static void writeJsonLines(Path file, List<ArenaGame> games) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (ArenaGame g : games) {
            sb.append(json.writeValueAsString(g)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temp, sb.toString());
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
