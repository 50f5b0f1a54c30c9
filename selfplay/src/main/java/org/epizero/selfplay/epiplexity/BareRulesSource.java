package org.epizero.selfplay.epiplexity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.games.RecordCorpus;
import org.epizero.analysis.study.CorpusInfo;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.records.RandomGames;

/**
 * The bare rules: uniformly random legal games, generated until the corpus is large enough. Every
 * game carries its exact code length under the rules.
 */
public final class BareRulesSource implements CorpusSource {

    private final Game game;
    private final long seed;

    public BareRulesSource(Game game, long seed) {
        this.game = game;
        this.seed = seed;
    }

    @Override
    public String label() {
        return CorpusInfo.BARE_RULES_PREFIX + game.spec();
    }

    @Override
    public Game game() {
        return game;
    }

    @Override
    public LoadedCorpus load(String tokeniserName, long scoredTokens, Consumer<String> notes) {
        GameTokeniser tokeniser = GameTokeniser.of(tokeniserName, game);
        List<TokenSequence> sequences = new ArrayList<>();
        long scored = 0;
        for (long i = 0; scored < scoredTokens; i++) {
            TokenSequence s = RecordCorpus.tokenise(RandomGames.play(game, seed, i), tokeniser);
            sequences.add(s);
            scored += s.scoredTargets();
        }
        notes.accept(label() + ": " + sequences.size() + " uniformly random games, " + scored + " scored tokens");
        return new LoadedCorpus(new CorpusInfo(label(), game.spec().toString(), -1, "uniform-random(seed=" + seed + ")",
                tokeniserName, 0), tokeniser.corpus(sequences));
    }
}
