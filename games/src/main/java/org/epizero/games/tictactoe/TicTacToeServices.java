package org.epizero.games.tictactoe;

import java.util.List;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.PlayerEvaluation;
import org.epizero.engine.services.ReferencePlayer;

/** What tic-tac-toe offers beyond its rules: perfect play, from the exact solver, as an opponent and as a yardstick. */
final class TicTacToeServices implements GameServices {

    static final TicTacToeServices INSTANCE = new TicTacToeServices();

    private TicTacToeServices() {
    }

    @Override
    public List<ReferencePlayer> referencePlayers() {
        return List.of(ReferencePlayer.of("perfect", "a random move among those that keep the solved value", PerfectPlayer::new));
    }

    @Override
    public List<PlayerEvaluation> evaluations() {
        return List.of(new TicTacToeOptimality());
    }
}
