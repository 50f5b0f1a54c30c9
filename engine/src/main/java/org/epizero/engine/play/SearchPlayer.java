package org.epizero.engine.play;

import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.SearchConfig;

/**
 * Plays the move a fresh search chooses (by default PUCT without root noise, most visited move):
 * the network player when the evaluator is a network, pure MCTS when it is random rollouts.
 */
public final class SearchPlayer implements Player {

    private final String name;
    private final Evaluator evaluator;
    private final SearchConfig config;
    private final long seed;
    private long moves;

    /** A player whose every move is a fresh search under {@code config}, seeded from {@code seed} and the move count. */
    public SearchPlayer(String name, Evaluator evaluator, SearchConfig config, long seed) {
        this.name = name;
        this.evaluator = evaluator;
        this.config = config.withReuseTree(false);
        this.seed = seed;
    }

    /** A player searching {@code simulations} per move with {@link SearchConfig#forPlay(int)}. */
    public SearchPlayer(String name, Evaluator evaluator, int simulations, long seed) {
        this(name, evaluator, SearchConfig.forPlay(simulations), seed);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int selectAction(State state) {
        Mcts search = new Mcts(state, config, Seeds.derive(seed, moves++));
        return search.search(evaluator).action();
    }
}
