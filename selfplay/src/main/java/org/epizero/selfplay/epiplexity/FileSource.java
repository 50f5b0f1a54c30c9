package org.epizero.selfplay.epiplexity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.games.RecordCorpus;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.TokenDatasetReader;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.GenerationProtocol;

/**
 * A corpus file: game records when any of its lines is a record (the game is the first record's),
 * otherwise a token dataset ({@link TokenDatasetReader}). Corrupt lines are skipped and counted.
 */
public final class FileSource implements CorpusSource {

    private final Path file;
    private final List<GameRecord> records = new ArrayList<>();
    private final long skippedRecordLines;
    private final Game game;
    private TokenDatasetReader.Result tokenDataset;

    public FileSource(Path file, GameRegistry registry) throws IOException {
        this.file = file;
        this.skippedRecordLines = GameRecordReader.read(file, records::add, w -> { }).skippedLines();
        this.game = records.isEmpty() ? null : registry.create(records.get(0).game());
    }

    @Override
    public String label() {
        return file.getFileName().toString();
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public int maxSequenceLength(String tokeniser) {
        if (game != null) {
            return CorpusSource.super.maxSequenceLength(tokeniser);
        }
        try {
            return PackedWindows.longestSequence(tokenDataset().corpus());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file read as a token dataset, once. */
    private TokenDatasetReader.Result tokenDataset() throws IOException {
        if (tokenDataset == null) {
            tokenDataset = TokenDatasetReader.inferringVocabulary().read(file);
        }
        return tokenDataset;
    }

    @Override
    public boolean fixedSize() {
        return true;
    }

    @Override
    public LoadedCorpus load(String tokeniserName, long scoredTokens, Consumer<String> notes) throws IOException {
        if (game == null) {
            TokenDatasetReader.Result read = tokenDataset();
            notes.accept(label() + ": token dataset, " + read.corpus().size() + " sequences, " + read.corpus().scoredTargets()
                    + " scored tokens" + (read.skippedLines() > 0 ? ", " + read.skippedLines() + " corrupt lines skipped" : ""));
            return new LoadedCorpus(new CorpusInfo(label(), null, -1, "file", "tokens", read.skippedLines()), read.corpus());
        }
        RecordCorpus corpus = RecordCorpus.tokenise(records, GameTokeniser.of(tokeniserName, game));
        long skipped = skippedRecordLines + corpus.rejected();
        notes.accept(label() + ": " + records.size() + " game records of " + game.spec() + ", " + corpus.corpus().scoredTargets()
                + " scored tokens" + (skipped > 0 ? ", " + skipped + " corrupt or rejected records skipped" : ""));
        long step = records.stream().mapToLong(GameRecord::step).distinct().count() == 1 ? records.get(0).step() : -1;
        GenerationProtocol p = records.get(0).protocol();
        boolean bareRules = p != null && "uniform-random".equals(p.generator());
        return new LoadedCorpus(new CorpusInfo(label(), game.spec().toString(), bareRules ? -1 : step, describe(p), tokeniserName, skipped),
                corpus.corpus());
    }

    private static String describe(GenerationProtocol p) {
        if (p == null) {
            return "unknown";
        }
        StringBuilder sb = new StringBuilder(p.generator()).append('(');
        if (p.simulations() != null) {
            sb.append("simulations=").append(p.simulations()).append(',');
        }
        if (p.temperature() != null) {
            sb.append("temperature=").append(p.temperature()).append(',');
        }
        if (p.temperatureMoves() != null) {
            sb.append("temperatureMoves=").append(p.temperatureMoves()).append(',');
        }
        if (p.noiseWeight() != null) {
            sb.append("noise=").append(p.noiseWeight()).append(',');
        }
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb.append(')').toString();
    }
}
