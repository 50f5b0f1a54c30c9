package org.epizero.selfplay.epiplexity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.InvalidGameSpecException;

/**
 * Something a corpus can be made from: the bare rules of a game, the evaluation games of a
 * checkpoint, or a file. Generated sources make as many games as a measurement needs.
 */
public interface CorpusSource {

    /** A unique, short name for results and charts. */
    String label();

    /** The game, or null for a token dataset. */
    Game game();

    /**
     * The most tokens one of its sequences can hold with this tokeniser: sizes the observer's
     * context and the corpus before it is generated. By default the game's longest record.
     */
    default int maxSequenceLength(String tokeniser) {
        return GameTokeniser.of(tokeniser, game()).maxSequenceLength();
    }

    /** Whether its size is fixed (a file) rather than generated to order, as it is by default. */
    default boolean fixedSize() {
        return false;
    }

    /**
     * Loads the corpus with at least {@code scoredTokens} scored tokens if it is generated.
     *
     * @param tokeniser "moves", "board" or "position" (ignored by token datasets)
     * @param notes hears what was generated, read from a cache, or skipped
     */
    LoadedCorpus load(String tokeniser, long scoredTokens, Consumer<String> notes) throws IOException;

    /**
     * Reads a command-line argument: a run directory (its latest checkpoint's evaluation corpus), a
     * {@code .jsonl}/{@code .jsonl.gz}/{@code .json} file (records or a token dataset), a calibration
     * corpus {@code synthetic:NAME}, a control {@code repeat:K:GAME} ({@link RepeatedGamesSource}), or
     * a game spec (its bare-rules corpus).
     */
    static CorpusSource parse(String argument, GameRegistry registry, EvaluationProtocol protocol, Path cacheDir)
            throws IOException {
        if (argument.startsWith(SyntheticSource.PREFIX)) {
            return SyntheticSource.parse(argument, protocol.seed());
        }
        if (argument.startsWith(RepeatedGamesSource.PREFIX)) {
            return RepeatedGamesSource.parse(argument, registry, protocol.seed());
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return EvaluationSource.latest(path, registry, protocol, cacheDir, path.toAbsolutePath().normalize().getFileName() + "/");
        }
        if (Files.isRegularFile(path)) {
            return new FileSource(path, registry);
        }
        if (argument.contains("/") || argument.endsWith(".gz") || argument.endsWith(".jsonl")) {
            throw new IllegalArgumentException(argument + ": no such file or directory");
        }
        try {
            return new BareRulesSource(registry.create(argument), protocol.seed());
        } catch (InvalidGameSpecException e) {
            throw new IllegalArgumentException("'" + argument + "' is neither a run directory, a corpus file nor a game spec: "
                    + e.getMessage());
        }
    }
}
