package org.epizero.engine.play;

import org.epizero.engine.eval.Evaluator;
import org.epizero.engine.game.State;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.search.Mcts;
import org.epizero.engine.search.SearchConfig;

/**
 * Plays the move a fresh PUCT search chooses (no root noise, most visited move): the network
 * player when the evaluator is a network, pure MCTS when it is random rollouts.
 */
public final class SearchPlayer implements Player {

    private final String name;
    private final Evaluator evaluator;
    private final SearchConfig config;
    private final long seed;
    private long moves;

    public SearchPlayer(String name, Evaluator evaluator, int simulations, long seed) {
        this.name = name;
        this.evaluator = evaluator;
        this.config = SearchConfig.forPlay(simulations).withReuseTree(false);
        this.seed = seed;
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
