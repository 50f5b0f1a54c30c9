package org.epizero.analysis.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the token-dataset format: JSON lines, each either an array of non-negative integers (all
 * scored) or an object {@code {"tokens": [...], "scored": [0|1, ...]}}. Blank lines are ignored. A
 * malformed line is skipped with a warning and counted; reading never aborts on one. Files whose
 * name ends in {@code .gz} are decompressed.
 */
public final class TokenDatasetReader {

    /** How many skipped lines are described one by one; the rest are only counted. */
    static final int DESCRIBED_WARNINGS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(TokenDatasetReader.class);
    /** Trailing text after the JSON value makes the line malformed. */
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * What was read.
     *
     * @param corpus the well-formed sequences
     * @param skippedLines how many non-blank lines were malformed and skipped
     * @param warnings descriptions of the first skipped lines ("line N: reason")
     */
    public record Result(TokenCorpus corpus, int skippedLines, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final OptionalInt vocabSize;

    private TokenDatasetReader(OptionalInt vocabSize) {
        this.vocabSize = vocabSize;
    }

    /** A reader that sizes the vocabulary as the largest token id plus one. */
    public static TokenDatasetReader inferringVocabulary() {
        return new TokenDatasetReader(OptionalInt.empty());
    }

    /** A reader with a fixed vocabulary; a line with a token outside it is malformed. */
    public static TokenDatasetReader withVocabulary(int vocabSize) {
        if (vocabSize < 2) {
            throw new IllegalArgumentException("vocabulary needs at least 2 tokens, got " + vocabSize);
        }
        return new TokenDatasetReader(OptionalInt.of(vocabSize));
    }

    /** Reads a file ({@code .gz} decompressed). */
    public Result read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** Reads JSON lines from a reader, which the caller closes. */
    public Result read(Reader source) throws IOException {
        BufferedReader lines = source instanceof BufferedReader b ? b : new BufferedReader(source);
        List<TokenSequence> sequences = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int skipped = 0;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                sequences.add(parseLine(line));
            } catch (MalformedLineException | IOException e) {
                skipped++;
                if (warnings.size() < DESCRIBED_WARNINGS) {
                    String warning = "line " + lineNumber + ": " + e.getMessage();
                    warnings.add(warning);
                    LOG.warn("skipping malformed token line: {}", warning);
                }
            }
        }
        if (skipped > 0) {
            LOG.warn("skipped {} malformed line(s) of {}", skipped, lineNumber);
        }
        TokenCorpus corpus = vocabSize.isPresent()
                ? new TokenCorpus(sequences, vocabSize.getAsInt())
                : TokenCorpus.inferVocabulary(sequences);
        return new Result(corpus, skipped, warnings);
    }

    private TokenSequence parseLine(String line) throws IOException, MalformedLineException {
        JsonNode node = JSON.readTree(line);
        if (node == null) {
            throw new MalformedLineException("not JSON");
        }
        if (node.isArray()) {
            int[] tokens = tokens(node);
            boolean[] scored = new boolean[tokens.length];
            Arrays.fill(scored, true);
            return new TokenSequence(tokens, scored);
        }
        if (!node.isObject() || !node.has("tokens")) {
            throw new MalformedLineException("expected an array of tokens or an object with \"tokens\"");
        }
        int[] tokens = tokens(node.get("tokens"));
        JsonNode scoredNode = node.get("scored");
        boolean[] scored = new boolean[tokens.length];
        if (scoredNode == null) {
            Arrays.fill(scored, true);
        } else {
            if (!scoredNode.isArray() || scoredNode.size() != tokens.length) {
                throw new MalformedLineException("\"scored\" must be an array as long as \"tokens\" (" + tokens.length + ")");
            }
            for (int i = 0; i < tokens.length; i++) {
                JsonNode flag = scoredNode.get(i);
                if (!flag.isIntegralNumber() || (flag.asInt() != 0 && flag.asInt() != 1)) {
                    throw new MalformedLineException("\"scored\" entries must be 0 or 1, found " + flag);
                }
                scored[i] = flag.asInt() == 1;
            }
        }
        return new TokenSequence(tokens, scored);
    }

    private int[] tokens(JsonNode array) throws MalformedLineException {
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new MalformedLineException("tokens must be a non-empty array");
        }
        int[] tokens = new int[array.size()];
        for (int i = 0; i < tokens.length; i++) {
            JsonNode t = array.get(i);
            if (!t.isIntegralNumber() || !t.canConvertToInt() || t.asInt() < 0) {
                throw new MalformedLineException("token " + i + " is not a non-negative integer: " + t);
            }
            tokens[i] = t.asInt();
            if (vocabSize.isPresent() && tokens[i] >= vocabSize.getAsInt()) {
                throw new MalformedLineException(
                        "token " + tokens[i] + " outside vocabulary of size " + vocabSize.getAsInt());
            }
        }
        return tokens;
    }

    private static final class MalformedLineException extends Exception {
        MalformedLineException(String message) {
            super(message);
        }
    }
}
