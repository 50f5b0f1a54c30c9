package org.epizero.engine.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameRecordIoTest {

    @TempDir
    Path dir;

    private static GameRecord record(int i) {
        return new GameRecord("g", List.of("1", "2", Integer.toString(i)), new double[] {1, -1}, 7, GenerationProtocol.uniformRandom(), 42, i, null, null, null);
    }

    @Test
    void roundTripsPlainAndCompressed() throws IOException {
        for (String name : new String[] {"a.jsonl", "a.jsonl.gz"}) {
            Path file = dir.resolve(name);
            try (GameRecordWriter w = new GameRecordWriter(file)) {
                for (int i = 0; i < 100; i++) {
                    w.write(record(i));
                }
            }
            List<GameRecord> back = new ArrayList<>();
            GameRecordReader.Summary s = GameRecordReader.read(file, back::add, w -> { });
            assertEquals(new GameRecordReader.Summary(100, 0, false), s);
            for (int i = 0; i < 100; i++) {
                assertEquals(record(i).moves(), back.get(i).moves());
                assertArrayEquals(record(i).returns(), back.get(i).returns());
                assertEquals(record(i).protocol(), back.get(i).protocol());
                assertEquals(i, back.get(i).index());
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void moveProbabilitiesRoundTripBitForBit() throws IOException {
        double[] p = {1 / 3.0, 0.1, 1, Math.ulp(1.0)};
        GameRecord r = new GameRecord("g", List.of("1", "2", "3", "4"), new double[] {0, 0}, 0, GenerationProtocol.uniformRandom(), 1, 0,
                null, null, p);
        Path file = dir.resolve("p.jsonl.gz");
        try (GameRecordWriter w = new GameRecordWriter(file)) {
            w.write(r);
            w.write(record(1));
        }
        List<GameRecord> back = new ArrayList<>();
        GameRecordReader.read(file, back::add, w -> { });
        assertArrayEquals(p, back.get(0).moveProbabilities());
        assertNull(back.get(1).moveProbabilities());
    }

    @Test
    void linesWrittenBeforeMoveProbabilitiesStillRead() throws IOException {
        Path file = dir.resolve("old.jsonl");
        Files.writeString(file, "{\"game\":\"g\",\"moves\":[\"1\",\"2\"],\"returns\":[1.0,-1.0],\"step\":3,"
                + "\"protocol\":{\"generator\":\"uniform-random\"},\"seed\":5,\"index\":0}\n");
        List<GameRecord> back = new ArrayList<>();
        assertEquals(new GameRecordReader.Summary(1, 0, false), GameRecordReader.read(file, back::add, w -> { }));
        assertEquals(List.of("1", "2"), back.get(0).moves());
        assertNull(back.get(0).moveProbabilities());
    }

    @Test
    void moveProbabilitiesMustFitTheMoves() throws IOException {
        List<String> moves = List.of("1", "2");
        for (double[] bad : new double[][] {{0.5}, {0.5, 0}, {0.5, 1.5}, {0.5, Double.NaN}}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new GameRecord("g", moves, new double[] {0, 0}, 0, null, 0, 0, null, null, bad));
        }
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"game\":\"g\",\"moves\":[\"1\",\"2\"],\"returns\":[0,0],\"moveProbabilities\":[0.5]}\n"
                + "{\"game\":\"g\",\"moves\":[\"1\",\"2\"],\"returns\":[0,0],\"moveProbabilities\":[0.5,0.25]}\n");
        List<GameRecord> back = new ArrayList<>();
        assertEquals(new GameRecordReader.Summary(1, 1, false), GameRecordReader.read(file, back::add, w -> { }));
        assertArrayEquals(new double[] {0.5, 0.25}, back.get(0).moveProbabilities());
    }

    @Test
    void resignationsRoundTripAndMustFitTheGame() throws IOException {
        List<String> moves = List.of("1", "2", "3");
        GameRecord resigned = new GameRecord("g", moves, new double[] {1, -1}, 0, null, 0, 0, null, null, null, new Resignation(1, 3, false));
        GameRecord declined = new GameRecord("g", moves, new double[] {0, 0}, 0, null, 0, 1, null, null, null, new Resignation(0, 1, true));
        Path file = dir.resolve("r.jsonl");
        try (GameRecordWriter w = new GameRecordWriter(file)) {
            w.write(resigned);
            w.write(declined);
            w.write(record(2));
        }
        List<GameRecord> back = new ArrayList<>();
        GameRecordReader.read(file, back::add, w -> { });
        assertEquals(new Resignation(1, 3, false), back.get(0).resignation());
        assertTrue(back.get(0).resigned());
        assertEquals(new Resignation(0, 1, true), back.get(1).resignation());
        assertFalse(back.get(1).resigned());
        assertNull(back.get(2).resignation());
        assertFalse(Files.readString(file).lines().skip(2).findFirst().orElseThrow().contains("resign"), "a record without one writes none");
        double[] won = {1, -1};
        assertThrows(IllegalArgumentException.class, () -> new GameRecord("g", moves, won, 0, null, 0, 0, null, null, null,
                new Resignation(0, 3, false)), "the resigning player must lose");
        assertThrows(IllegalArgumentException.class, () -> new GameRecord("g", moves, won, 0, null, 0, 0, null, null, null,
                new Resignation(1, 2, false)), "a resigned game ends where it was resigned");
        assertThrows(IllegalArgumentException.class, () -> new GameRecord("g", moves, won, 0, null, 0, 0, null, null, null,
                new Resignation(1, 4, true)), "after the last move");
    }

    @Test
    void skipsAndCountsCorruptLines() throws IOException {
        Path file = dir.resolve("c.jsonl");
        try (GameRecordWriter w = new GameRecordWriter(file)) {
            w.write(record(0));
            w.write(record(1));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.add(1, "{\"game\":\"g\",\"moves\":[\"1\"");
        lines.add("not json at all");
        lines.add("{\"seed\":3}");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> warnings = new ArrayList<>();
        List<GameRecord> back = new ArrayList<>();
        GameRecordReader.Summary s = GameRecordReader.read(file, back::add, warnings::add);
        assertEquals(2, s.records());
        assertEquals(3, s.skippedLines());
        assertEquals(3, warnings.size());
        assertTrue(warnings.get(0).contains(":2:"), "warning names the line: " + warnings.get(0));
    }

    @Test
    void truncatedCompressedFileEndsEarlyWithAWarning() throws IOException {
        Path file = dir.resolve("t.jsonl.gz");
        try (GameRecordWriter w = new GameRecordWriter(file)) {
            for (int i = 0; i < 2000; i++) {
                w.write(record(i));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        List<String> warnings = new ArrayList<>();
        long[] count = {0};
        GameRecordReader.Summary s = GameRecordReader.read(file, r -> count[0]++, warnings::add);
        assertTrue(s.truncated());
        assertTrue(s.records() > 100 && s.records() < 2000, "keeps the complete lines before the cut: " + s);
        assertFalse(warnings.isEmpty());
    }

    @Test
    void filesThatAreNoCorpusAreNamedInTheError() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl.gz"));
        Path plain = Files.writeString(dir.resolve("plain.jsonl.gz"), "{\"game\": \"tictactoe\"}\n");
        Path folder = Files.createDirectory(dir.resolve("games.jsonl"));
        Path missing = dir.resolve("missing.jsonl");
        for (Path file : List.of(empty, plain, folder, missing)) {
            IOException e = assertThrows(IOException.class, () -> GameRecordReader.read(file, r -> { }, w -> { }));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        }
        assertTrue(assertThrows(IOException.class, () -> GameRecordReader.read(empty, r -> { }, w -> { }))
                .getMessage().contains("is empty, not a gzip file"));
        assertTrue(assertThrows(IOException.class, () -> GameRecordReader.read(plain, r -> { }, w -> { }))
                .getMessage().contains("is not a gzip file"));
        assertTrue(assertThrows(IOException.class, () -> GameRecordReader.read(folder, r -> { }, w -> { }))
                .getMessage().contains("is a directory"));
    }
}
