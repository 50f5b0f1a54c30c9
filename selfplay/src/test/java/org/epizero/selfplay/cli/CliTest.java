package org.epizero.selfplay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    @Test
    void perftPrintsTheKnownTicTacToeTotals() {
        CliRun r = CliRun.of("perft", "tictactoe", "--depth", "9");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("total 5478 distinct positions (958 ended, 4520 not), 255168 finished games"), r.out());
    }

    @Test
    void badInputGetsOneLineAndANonZeroExit() throws IOException {
        for (String[] args : new String[][] {
            {"perft", "chess", "--depth", "2"},
            {"perft", "tictactoe(size=3)", "--depth", "2"},
            {"perft", "go(size=", "--depth", "2"},
            {"perft", "tictactoe", "--depth", "-1"},
            {"random-games", "tictactoe", "--games", "0", "--out", "x.jsonl"},
        }) {
            CliRun r = CliRun.of(args);
            assertEquals(1, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), "one error line: " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        Path broken = dir.resolve("broken-checkpoint");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("network.json"), "{\"formatVersion\": 1, \"game\": ");
        CliRun badDescriptor = CliRun.of("evaluate", broken.toString(), "--against", "random");
        assertEquals(1, badDescriptor.exit());
        assertTrue(badDescriptor.err().contains("cannot read checkpoint descriptor in " + broken + ": not valid JSON"), badDescriptor.err());
        assertFalse(badDescriptor.err().contains("REDACTED"), badDescriptor.err());
        CliRun toDirectory = CliRun.of("random-games", "tictactoe", "--games", "3", "--out", dir.toString());
        assertEquals(1, toDirectory.exit());
        assertTrue(toDirectory.err().contains("refusing to write " + dir + ": it exists and is a directory"), toDirectory.err());
        assertTrue(Files.isDirectory(dir), "the directory is left as it was");
        CliRun missing = CliRun.of("perft", "tictactoe");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("epizero perft: Missing required option"), missing.err());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(EpiZeroCli.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.contains(List.of("train")) && paths.contains(List.of("bench", "search")), "nested commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exit(), args + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: epizero"), args + ": " + r.out());
        }
        // A description line is a paragraph, which picocli wraps: one that ends mid-sentence would
        // print as a broken line.
        List<CommandLine> commands = new ArrayList<>();
        commands.add(EpiZeroCli.commandLine());
        for (int i = 0; i < commands.size(); i++) {
            CommandLine c = commands.get(i);
            for (String line : c.getCommandSpec().usageMessage().description()) {
                assertTrue(line.isEmpty() || line.matches("(?s).*[.:)](%n)?$"), c.getCommandName() + ": a line ends mid-sentence: " + line);
            }
            c.getSubcommands().values().stream().filter(sub -> !commands.contains(sub)).forEach(commands::add);
        }
        CliRun unknown = CliRun.of("nosuchcommand", "--help");
        assertEquals(2, unknown.exit(), "an unknown command is an error even with --help");
        assertTrue(unknown.err().contains("'nosuchcommand'"), unknown.err());
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (entry.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            paths.add(sub);
            collect(entry.getValue(), sub, paths);
        }
    }

    @Test
    void randomGamesWritesReplayableLegalGames() throws IOException {
        Path file = dir.resolve("corpus.jsonl.gz");
        CliRun r = CliRun.of("random-games", "tictactoe", "--games", "200", "--seed", "5", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        List<GameRecord> records = new ArrayList<>();
        GameRecordReader.Summary summary = GameRecordReader.read(file, records::add, w -> { });
        assertEquals(200, summary.records());
        var game = GameRegistry.load().create("tictactoe");
        for (GameRecord rec : records) {
            State s = game.newInitialState();
            for (String move : rec.moves()) {
                s.apply(game.parseAction(move));
            }
            assertTrue(s.isTerminal(), "every random game is played to the end");
            assertEquals(s.returns(0), rec.returns()[0]);
            assertEquals(s.returns(1), rec.returns()[1]);
        }
        Path again = dir.resolve("again.jsonl.gz");
        CliRun.of("random-games", "tictactoe", "--games", "200", "--seed", "5", "--out", again.toString());
        List<GameRecord> second = new ArrayList<>();
        GameRecordReader.read(again, second::add, w -> { });
        for (int i = 0; i < records.size(); i++) {
            assertEquals(records.get(i).moves(), second.get(i).moves(), "same seed, same corpus");
        }
    }

    @Test
    void exportMovesPrintsConnectFourMoveStrings() throws IOException {
        Path file = dir.resolve("c4.jsonl");
        assertEquals(0, CliRun.of("random-games", "connect4", "--games", "3", "--seed", "2", "--out", file.toString()).exit());
        CliRun r = CliRun.of("export-moves", file.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size());
        var game = GameRegistry.load().create("connect4");
        for (String line : lines) {
            assertTrue(line.matches("[1-7]+"), line);
            State s = game.newInitialState();
            for (char c : line.toCharArray()) {
                s.apply(game.parseAction(String.valueOf(c)));
            }
            assertTrue(s.isTerminal(), "the move string replays a whole game: " + line);
        }
        // A seventh disc in one column: the record is skipped and named, the others still printed.
        String first = Files.readAllLines(file).get(0);
        Matcher moves = Pattern.compile("\"moves\":\\[[^\\]]*\\]").matcher(first);
        assertTrue(moves.find() && moves.group().split(",").length >= 7, "a random game of seven moves or more: " + first);
        String illegal = first.substring(0, moves.start()) + moves.group().replaceAll("\"[1-7]\"", "\"1\"") + first.substring(moves.end());
        Files.writeString(file, illegal + "\n", StandardOpenOption.APPEND);
        CliRun withBad = CliRun.of("export-moves", file.toString());
        assertEquals(0, withBad.exit(), withBad.err());
        assertEquals(lines, withBad.out().lines().toList());
        assertTrue(withBad.err().contains(file + ":4: skipped a record the reader refused: move 7 of the record, 1, is illegal there"),
                withBad.err());
    }
}
