package org.epizero.selfplay.epiplexity;

import org.epizero.engine.game.Game;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.records.GenerationProtocol;
import org.epizero.engine.search.SearchConfig;

/**
 * The fixed protocol of evaluation corpora, the same for every checkpoint so that corpora of
 * different training steps differ only in the network: every move is sampled from the search's
 * visit distribution at temperature 1, with {@code simulations} simulations per move and no root
 * noise (the search's other settings are {@link SearchConfig#defaults()}); with 0 simulations
 * every move is sampled from the network's raw policy instead, at temperature 1, without search
 * (one network evaluation per move, so corpora of millions of tokens stay cheap for games whose
 * searches are costly). Bare-rules corpora use the same seed.
 *
 * @param simulations search simulations per move; 0 for the raw policy
 * @param seed the corpus seed
 */
public record EvaluationProtocol(int simulations, long seed) {

    /** Simulations per move unless asked otherwise; corpora of other budgets carry theirs in their label. */
    public static final int DEFAULT_SIMULATIONS = 32;

    /** Games generated per chunk; chunk {@code c} has seed {@code chunkSeed(c)}, so a corpus can grow later. */
    public static final int CHUNK_GAMES = 256;

    public EvaluationProtocol {
        if (simulations < 0) {
            throw new IllegalArgumentException("simulations must be 0 (raw policy) or more, got " + simulations);
        }
    }

    /** Whether moves are sampled from the raw policy, without search. */
    public boolean rawPolicy() {
        return simulations == 0;
    }

    /** The search of every move; not for the raw-policy protocol. */
    public SearchConfig search() {
        if (rawPolicy()) {
            throw new IllegalStateException("the raw-policy protocol has no search");
        }
        return SearchConfig.defaults().withSimulations(simulations).withNoiseWeight(0).withTemperature(1.0);
    }

    /** The protocol stamped on the records: temperature 1 for every move of the game. */
    public GenerationProtocol stamp(Game game) {
        return new GenerationProtocol("evaluation", simulations, 1.0, game.maxGameLength(), 0.0, null);
    }

    /** The seed of generation chunk {@code chunk}. */
    public long chunkSeed(int chunk) {
        return Seeds.derive(seed, chunk);
    }

    /** How results name it. */
    public String describe() {
        return rawPolicy() ? "evaluation(raw-policy,temperature=1)" : "evaluation(simulations=" + simulations + ",temperature=1,noise=0)";
    }

    /** What corpus labels append to {@code step-N}: nothing for the default protocol, else {@code -policy} or {@code -simS}. */
    public String labelSuffix() {
        return simulations == DEFAULT_SIMULATIONS ? "" : rawPolicy() ? "-policy" : "-sim" + simulations;
    }
}
