package org.epizero.analysis.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenDatasetReaderTest {

    private static TokenDatasetReader.Result read(TokenDatasetReader reader, String text) throws IOException {
        return reader.read(new StringReader(text));
    }

    @Test
    void readsArraysAndObjectsWithScoredMasks() throws IOException {
        var result = read(TokenDatasetReader.inferringVocabulary(), """
                [0, 3, 2]

                {"tokens": [5, 1, 4], "scored": [0, 1, 1]}
                {"tokens": [2, 2]}
                """);
        assertEquals(0, result.skippedLines());
        TokenCorpus corpus = result.corpus();
        assertEquals(3, corpus.size());
        assertEquals(6, corpus.vocabSize());
        assertArrayEquals(new int[] {5, 1, 4}, corpus.sequences().get(1).tokens());
        assertArrayEquals(new boolean[] {false, true, true}, corpus.sequences().get(1).scored());
        assertEquals(8, corpus.totalTokens());
        assertEquals(5, corpus.scoredTargets(), "a scored first token has no context and is given");
    }

    @Test
    void skipsAndCountsEveryKindOfMalformedLine() throws IOException {
        String[] bad = {
            "not json",
            "[1, -2]",
            "[1, 2.5]",
            "[1, \"a\"]",
            "[]",
            "{\"tokens\": [1, 2], \"scored\": [1]}",
            "{\"tokens\": [1, 2], \"scored\": [1, 2]}",
            "{\"scored\": [1]}",
            "[1, 2] [3]",
            "[1, 99999999999]",
            "7",
            "[1, 2"
        };
        StringBuilder text = new StringBuilder("[1, 2, 3]\n");
        for (String line : bad) {
            text.append(line).append('\n');
        }
        text.append("{\"tokens\": [4], \"scored\": [1]}\n");
        var result = read(TokenDatasetReader.inferringVocabulary(), text.toString());
        assertEquals(bad.length, result.skippedLines());
        assertEquals(2, result.corpus().size());
        assertEquals(TokenDatasetReader.DESCRIBED_WARNINGS, result.warnings().size());
        assertTrue(result.warnings().get(0).startsWith("line 2:"), result.warnings().get(0));
    }

    @Test
    void fixedVocabularyRejectsTokensOutsideIt() throws IOException {
        var result = read(TokenDatasetReader.withVocabulary(4), "[0, 3]\n[0, 4]\n");
        assertEquals(1, result.skippedLines());
        assertEquals(4, result.corpus().vocabSize());
    }

    @Test
    void readsGzipFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tokens.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("[1, 2]\n[3]\nbroken\n".getBytes(StandardCharsets.UTF_8));
        }
        var result = TokenDatasetReader.inferringVocabulary().read(file);
        assertEquals(2, result.corpus().size());
        assertEquals(1, result.skippedLines());
    }
}
