package org.epizero.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.epizero.engine.records.GameRecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: what they replace, what they refuse, and what they leave behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAndReplacesARegularFileLeavingNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub").resolve("a.txt");
        AtomicFiles.writeString(target, "one");
        AtomicFiles.writeString(target, "two");
        assertEquals("two", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aDirectoryTargetIsRefusedAndLeftAsItWas() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out.jsonl"));
        Files.writeString(target.resolve("inside"), "kept");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.writeString(target, "x"));
        assertTrue(e.getMessage().contains(target + ": it exists and is a directory"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GameRecordWriter(target));
        assertEquals("kept", Files.readString(target.resolve("inside")));
        assertEquals(List.of("out.jsonl"), names(), "no temporary file left");
    }

    @Test
    void aDeviceTargetIsRefusedAndStaysADevice() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "this machine has no /dev/null");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GameRecordWriter(device));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(Files.isRegularFile(device));
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFileAndKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("results.csv");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("results.csv"), names());
    }

    @Test
    void leftoversOfKilledWritesAreRemovedAndNothingElse() throws IOException {
        Files.writeString(dir.resolve(".gen-3.jsonl.gz123.tmp"), "cut");
        Files.writeString(dir.resolve(".hidden"), "kept");
        Files.writeString(dir.resolve("notes.tmp"), "kept: not hidden");
        Files.writeString(dir.resolve("gen-3.jsonl.gz"), "kept");
        assertEquals(1, AtomicFiles.removeLeftovers(dir));
        assertEquals(List.of(".hidden", "gen-3.jsonl.gz", "notes.tmp"), names());
        assertEquals(0, AtomicFiles.removeLeftovers(dir.resolve("missing")));
    }
}
