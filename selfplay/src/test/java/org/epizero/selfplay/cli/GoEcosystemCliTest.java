package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordWriter;
import org.epizero.engine.records.RandomGames;
import org.epizero.games.go.sgf.SgfReader;
import org.epizero.selfplay.gtp.TinyCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The play, gtp and export-sgf commands as a person runs them. */
class GoEcosystemCliTest {

    @TempDir
    Path dir;

    @Test
    void playAgainstACheckpointWithScriptedInput() {
        Game game = GameRegistry.load().create("connect4");
        Path checkpoint = TinyCheckpoint.save(game, dir.resolve("c4"));
        CommandLine cli = EpiZeroCli.commandLine();
        PlayCommand play = cli.getSubcommands().get("play").getCommand();
        StringBuilder script = new StringBuilder("9\n");
        for (int i = 0; i < 40; i++) {
            script.append(1 + i % 7).append('\n');
        }
        play.input = new BufferedReader(new StringReader(script.toString()));
        CliRun r = CliRun.of(cli, "play", "connect4", "--checkpoint", checkpoint.toString(), "--simulations", "4", "--color", "second");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("'9' is not a legal move here. Legal moves include: 1, 2, 3, 4, 5, 6, 7"), r.out());
        assertTrue(r.out().contains("EpiZero plays "), r.out());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(List.of("You win.", "EpiZero wins.", "Draw.", "End of input: game abandoned.").contains(last), last);
    }

    @Test
    void badCheckpointsGetOneLine() {
        Path ttt = TinyCheckpoint.save(GameRegistry.load().create("tictactoe"), dir.resolve("ttt"));
        CliRun gtp = CliRun.of("gtp", "--checkpoint", ttt.toString());
        assertEquals(1, gtp.exit());
        assertTrue(gtp.err().strip().startsWith("epizero gtp: GTP is for go: checkpoint "), gtp.err());
        CliRun play = CliRun.of("play", "connect4", "--checkpoint", ttt.toString());
        assertEquals(1, play.exit());
        assertEquals(1, play.err().strip().lines().count(), play.err());
    }

    @Test
    void exportSgfWritesOneReadableFilePerGame() throws IOException {
        Game go = GameRegistry.load().create("go(size=9)");
        Path games = dir.resolve("gen-3.jsonl.gz");
        List<GameRecord> written = new ArrayList<>();
        try (GameRecordWriter w = new GameRecordWriter(games)) {
            for (int i = 0; i < 5; i++) {
                GameRecord r = RandomGames.play(go, 9, i);
                written.add(r);
                w.write(r);
            }
        }
        Path out = dir.resolve("sgf");
        CliRun r = CliRun.of("export-sgf", games.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (GameRecord original : written) {
            Path file = out.resolve(String.format("gen-3-%06d.sgf", original.index()));
            GameRecord back = SgfReader.read(Files.readString(file)).get(0);
            assertEquals(original.moves(), back.moves());
            assertEquals(original.returns()[0], back.returns()[0]);
        }
        Path ttt = dir.resolve("ttt.jsonl");
        try (GameRecordWriter w = new GameRecordWriter(ttt)) {
            w.write(RandomGames.play(GameRegistry.load().create("tictactoe"), 1, 0));
        }
        CliRun bad = CliRun.of("export-sgf", ttt.toString(), "--out", out.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("tictactoe offers no SGF export (games that do: go)"), bad.err());
    }
}
