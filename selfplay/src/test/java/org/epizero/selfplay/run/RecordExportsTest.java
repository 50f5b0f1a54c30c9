package org.epizero.selfplay.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RandomGames;
import org.epizero.games.go.sgf.SgfReader;
import org.epizero.selfplay.arena.ArenaGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordExportsTest {

    @TempDir
    Path dir;

    @Test
    void gamesReadBackFromEachExportedCollectionAndGamesWithoutFormatsGetNone() throws IOException {
        Game go = GameRegistry.load().create("go(size=5,komi=0.5)");
        List<GameRecord> games = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            games.add(RandomGames.play(go, 7, i));
        }
        Path file = dir.resolve("gen-0.sgf");
        RecordExports.write(go, games, dir.resolve("gen-0"));
        List<GameRecord> back = SgfReader.read(Files.readString(file));
        assertEquals(5, back.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(games.get(i).moves(), back.get(i).moves());
            assertEquals(games.get(i).returns()[0], back.get(i).returns()[0]);
        }
        Game tictactoe = GameRegistry.load().create("tictactoe");
        RecordExports.write(tictactoe, List.of(RandomGames.play(tictactoe, 1, 0)), dir.resolve("ttt"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "tic-tac-toe exports to no format");
        }
    }

    @Test
    void arenaGamesKeepThePlayersNames() throws IOException {
        Game go = GameRegistry.load().create("go(size=5,komi=0.5)");
        GameRecord r = RandomGames.play(go, 3, 0);
        ArenaGame g = new ArenaGame(go.spec().toString(), "step-100", "gnugo:0", r.moves(), (r.returns()[0] + 1) / 2, 3);
        Path file = dir.resolve("arena.sgf");
        ArenaArchive.writeExports(go, List.of(g), dir.resolve("arena"));
        String sgf = Files.readString(file);
        assertTrue(sgf.contains("PB[step-100]") && sgf.contains("PW[gnugo:0]"), sgf);
        assertEquals(r.moves(), SgfReader.read(sgf).get(0).moves());
    }
}
