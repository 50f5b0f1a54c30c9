package org.epizero.engine.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return new GameRecord("g", List.of("1", "2", Integer.toString(i)), new double[] {1, -1}, 7, GenerationProtocol.uniformRandom(), 42, i, null, null);
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
}
