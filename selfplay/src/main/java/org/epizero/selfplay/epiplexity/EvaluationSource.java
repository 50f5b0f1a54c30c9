package org.epizero.selfplay.epiplexity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.games.RecordCorpus;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.GameRecordWriter;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.selfplay.config.ConfigTree;
import org.epizero.selfplay.config.PlayoutCapSettings;
import org.epizero.selfplay.config.ResignSettings;
import org.epizero.selfplay.config.SelfPlaySettings;
import org.epizero.selfplay.loop.PolicyGames;
import org.epizero.selfplay.loop.SelfPlayGames;
import org.epizero.selfplay.run.RunDirectory;

/**
 * The evaluation corpus of one checkpoint: games the checkpoint plays against itself under the
 * fixed {@link EvaluationProtocol}. The games are cached as {@code corpus-step-N-simS-seedK.jsonl.gz}
 * ({@code sim0} for the raw policy)
 * in a cache directory (by default {@code RUN/epiplexity}), grown in chunks when a later
 * measurement needs more, and reused as they are otherwise.
 */
public final class EvaluationSource implements CorpusSource {

    private static final int CONCURRENT_GAMES = 64;

    private final RunDirectory run;
    private final Game game;
    private final long step;
    private final EvaluationProtocol protocol;
    private final Path cacheDir;
    private final String labelPrefix;

    public EvaluationSource(RunDirectory run, Game game, long step, EvaluationProtocol protocol, Path cacheDir, String labelPrefix) {
        this.run = run;
        this.game = game;
        this.step = step;
        this.protocol = protocol;
        this.cacheDir = cacheDir == null ? run.root().resolve("epiplexity") : cacheDir;
        this.labelPrefix = labelPrefix;
    }

    /** The game a run plays, from its config. */
    public static Game gameOf(RunDirectory run, GameRegistry registry) throws IOException {
        if (!run.exists()) {
            throw new IllegalArgumentException(run.root() + " holds no run (no config.json)");
        }
        return registry.create(ConfigTree.fromJsonFile(run.configFile()).get("game").asText());
    }

    /** The source of a run's latest checkpoint. */
    static EvaluationSource latest(Path dir, GameRegistry registry, EvaluationProtocol protocol, Path cacheDir, String labelPrefix)
            throws IOException {
        RunDirectory run = new RunDirectory(dir);
        Game game = gameOf(run, registry);
        long step = run.latestCheckpointStep().orElseThrow(() -> new IllegalArgumentException(dir + " has no checkpoints yet"));
        return new EvaluationSource(run, game, step, protocol, cacheDir, labelPrefix);
    }

    /** {@code step-N}, with the protocol's suffix when it is not the default one, so protocols never share results. */
    @Override
    public String label() {
        return labelPrefix + "step-" + step + protocol.labelSuffix();
    }

    @Override
    public Game game() {
        return game;
    }

    /** The cache file of this checkpoint and protocol. */
    public Path cacheFile() {
        return cacheDir.resolve("corpus-step-" + step + "-sim" + protocol.simulations() + "-seed" + protocol.seed() + ".jsonl.gz");
    }

    /** Adds the cache's records of this checkpoint and protocol to {@code records}; returns the unreadable lines. */
    private long readCache(List<GameRecord> records) throws IOException {
        List<GameRecord> all = new ArrayList<>();
        long skipped = Files.exists(cacheFile()) ? GameRecordReader.read(cacheFile(), all::add, w -> { }).skippedLines() : 0;
        GenerationProtocol stamp = protocol.stamp(game);
        for (GameRecord r : all) {
            if (r.step() == step && stamp.equals(r.protocol())) {
                records.add(r);
            }
        }
        return skipped;
    }

    @Override
    public LoadedCorpus load(String tokeniserName, long scoredTokens, Consumer<String> notes) throws IOException {
        Games g = games(tokeniserName, scoredTokens, notes);
        return new LoadedCorpus(new CorpusInfo(label(), game.spec().toString(), step, protocol.describe(), tokeniserName, g.rejected()),
                g.corpus().corpus());
    }

    /**
     * The evaluation games, in cache order: those of the cache, and more played and cached until
     * they hold {@code scoredTokens} scored tokens under the tokeniser.
     */
    public List<GameRecord> records(String tokeniserName, long scoredTokens, Consumer<String> notes) throws IOException {
        return games(tokeniserName, scoredTokens, notes).records();
    }

    /** Plays one chunk of evaluation games from its seed. */
    private interface Chunks {
        List<GameRecord> play(long seed);
    }

    /** The protocol's generator: the raw policy, or the search, whose training targets the corpus does not keep. */
    private Chunks chunks(InferenceService network, GenerationProtocol stamp) {
        if (protocol.rawPolicy()) {
            PolicyGames player = new PolicyGames(game, CONCURRENT_GAMES);
            return seed -> player.play(network, EvaluationProtocol.CHUNK_GAMES, seed, step, stamp);
        }
        SelfPlayGames player = new SelfPlayGames(game, protocol.search(),
                new SelfPlaySettings(EvaluationProtocol.CHUNK_GAMES, EvaluationProtocol.CHUNK_GAMES, CONCURRENT_GAMES,
                        game.maxGameLength(), 0, ResignSettings.OFF, PlayoutCapSettings.OFF), 0);
        return seed -> player.play(network, EvaluationProtocol.CHUNK_GAMES, seed, step, n -> { }).records().stream()
                .map(r -> new GameRecord(r.game(), r.moves(), r.returns(), r.step(), stamp, r.seed(), r.index(), null, null,
                        r.moveProbabilities()))
                .toList();
    }

    /** How often a growing cache is saved while its games are played. */
    private static final long SAVE_EVERY_NANOS = 120_000_000_000L;

    private static void writeCache(Path cache, List<GameRecord> records) throws IOException {
        try (GameRecordWriter writer = new GameRecordWriter(cache)) {
            for (GameRecord r : records) {
                writer.write(r);
            }
        }
    }

    /** The games, their tokens, and the corrupt or rejected records skipped on the way. */
    private record Games(List<GameRecord> records, RecordCorpus corpus, long rejected) {}

    private Games games(String tokeniserName, long scoredTokens, Consumer<String> notes) throws IOException {
        GameTokeniser tokeniser = GameTokeniser.of(tokeniserName, game);
        List<GameRecord> records = new ArrayList<>();
        long skipped = readCache(records);
        GenerationProtocol stamp = protocol.stamp(game);
        Path cache = cacheFile();
        RecordCorpus corpus = RecordCorpus.tokenise(records, tokeniser);
        int cached = records.size();
        long scored = corpus.corpus().scoredTargets();
        if (scored < scoredTokens) {
            try (InferenceService network = InferenceService.ofCheckpoint(run.checkpoint(step), game,
                    InferenceConfig.DEFAULT.withMaxBatchSize(CONCURRENT_GAMES))) {
                Chunks player = chunks(network, stamp);
                Set<Long> chunkSeeds = new HashSet<>();
                records.forEach(r -> chunkSeeds.add(r.seed()));
                int chunk = 0;
                long lastSaved = System.nanoTime();
                while (scored < scoredTokens) {
                    while (chunkSeeds.contains(protocol.chunkSeed(chunk))) {
                        chunk++;
                    }
                    notes.accept(label() + ": playing " + EvaluationProtocol.CHUNK_GAMES + " evaluation games (chunk " + chunk + ")");
                    List<GameRecord> played = player.play(protocol.chunkSeed(chunk));
                    records.addAll(played);
                    chunkSeeds.add(protocol.chunkSeed(chunk));
                    // Only the new chunk is tokenised to count: re-tokenising the whole corpus after every
                    // chunk made generating a corpus quadratic in its size.
                    scored += RecordCorpus.tokenise(played, tokeniser).corpus().scoredTargets();
                    if (System.nanoTime() - lastSaved > SAVE_EVERY_NANOS) {
                        writeCache(cache, records); // an interrupted generation keeps what it played
                        lastSaved = System.nanoTime();
                    }
                }
            }
            writeCache(cache, records);
            corpus = RecordCorpus.tokenise(records, tokeniser);
        }
        long rejected = skipped + corpus.rejected();
        notes.accept(label() + ": " + records.size() + " games (" + cached + " from the cache), "
                + corpus.corpus().scoredTargets() + " scored tokens" + (rejected > 0 ? ", " + rejected + " corrupt or rejected records skipped" : ""));
        return new Games(records, corpus, rejected);
    }
}
