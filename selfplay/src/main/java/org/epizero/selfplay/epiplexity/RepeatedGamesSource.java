package org.epizero.selfplay.epiplexity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.games.RecordCorpus;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RandomGames;

/**
 * A control corpus: K distinct uniformly random games of a game, each repeated until the corpus is
 * large enough ({@code repeat:K:GAME} on the command line). All its structure is the list of K
 * games, which costs about K times a random game's code length to describe; once an observer has
 * memorised them, a game costs log2 K bits, the generator's exact code length recorded with every
 * game (each of the K is equally likely).
 */
public final class RepeatedGamesSource implements CorpusSource {

    /** The prefix that names this control on the command line. */
    public static final String PREFIX = "repeat:";

    private final Game game;
    private final int distinct;
    private final long seed;

    public RepeatedGamesSource(Game game, int distinct, long seed) {
        if (distinct < 1) {
            throw new IllegalArgumentException("repeat:K needs K of at least 1, got " + distinct);
        }
        this.game = game;
        this.distinct = distinct;
        this.seed = seed;
    }

    /** The source an argument {@code repeat:K:GAME} names. */
    static RepeatedGamesSource parse(String argument, GameRegistry registry, long seed) {
        String rest = argument.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("expected repeat:K:GAME, got '" + argument + "'");
        }
        int k;
        try {
            k = Integer.parseInt(rest.substring(0, colon));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("repeat:K:GAME needs a whole number K, got '" + rest.substring(0, colon) + "'");
        }
        return new RepeatedGamesSource(registry.create(rest.substring(colon + 1)), k, seed);
    }

    @Override
    public String label() {
        return PREFIX + distinct + ":" + game.spec();
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public LoadedCorpus load(String tokeniserName, long scoredTokens, Consumer<String> notes) {
        GameTokeniser tokeniser = GameTokeniser.of(tokeniserName, game);
        double listedBits = Math.log(distinct) / Math.log(2);
        List<TokenSequence> games = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        double describeBits = 0;
        for (long i = 0; games.size() < distinct; i++) {
            if (i > 1000L * distinct + 100_000) {
                throw new IllegalArgumentException(game.spec() + " has fewer than " + distinct + " distinct games within reach");
            }
            GameRecord record = RandomGames.play(game, seed, i);
            if (seen.add(record.moves())) {
                games.add(tokeniser.tokenise(record).withGeneratorBits(listedBits));
                describeBits += RecordCorpus.generatorBits(record);
            }
        }
        List<TokenSequence> sequences = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        long scored = 0;
        while (scored < scoredTokens) {
            List<TokenSequence> round = new ArrayList<>(games);
            for (int i = round.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                TokenSequence t = round.get(i);
                round.set(i, round.get(j));
                round.set(j, t);
            }
            for (TokenSequence s : round) {
                sequences.add(s);
                scored += s.scoredTargets();
            }
        }
        notes.accept(String.format(Locale.ROOT, "%s: %d distinct random games repeated to %d games, %d scored tokens; listing"
                + " them costs %.0f bits under the bare rules, a listed game %.2f bits", label(), distinct, sequences.size(),
                scored, describeBits, listedBits));
        return new LoadedCorpus(new CorpusInfo(label(), game.spec().toString(), -1,
                "repeat(k=" + distinct + ",seed=" + seed + ")", tokeniserName, 0), tokeniser.corpus(sequences));
    }
}
