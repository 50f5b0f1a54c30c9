package org.epizero.selfplay.loop;

import java.util.ArrayList;
import java.util.List;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.nn.TrainingSample;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordReplay;

/**
 * Turns stored self-play records back into training samples by replaying their moves: the
 * position before each move (from its mover's view), the search's visit distribution there, and
 * the final outcome for that mover (by the rules, or the resignation's for a resigned game). Moves
 * without a visit distribution (fast searches under a playout cap) give no sample. Because samples come from the records, a resumed run rebuilds
 * its replay window from the files alone.
 */
public final class TrainingSamples {

    private TrainingSamples() {
    }

    /**
     * The samples of one record; each value target is {@code (1 - w) z + w q} with the outcome
     * {@code z} and, when {@code searchWeight > 0}, the stored root value {@code q}.
     *
     * @throws IllegalArgumentException if the record lacks visit distributions (or root values when
     *     they are needed) or does not replay
     */
    public static List<TrainingSample> of(Game game, GameRecord record, double searchWeight) {
        if (record.visits() == null || record.visits().size() != record.moves().size()) {
            throw new IllegalArgumentException("the record has no visit distribution for every move");
        }
        if (searchWeight > 0 && (record.rootValues() == null || record.rootValues().length != record.moves().size())) {
            throw new IllegalArgumentException("the record has no search value for every move");
        }
        List<State> positions = new ArrayList<>(record.moves().size());
        State state = RecordReplay.replay(game, record, (before, action) -> positions.add(before.copy()));
        List<TrainingSample> samples = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            if (record.visits().get(i) == null) {
                continue; // a fast search: the move was played, its search is no target
            }
            State position = positions.get(i);
            double outcome = record.resigned() ? record.returns()[position.currentPlayer()] : state.returns(position.currentPlayer());
            double target = searchWeight > 0 ? (1 - searchWeight) * outcome + searchWeight * record.rootValues()[i] : outcome;
            samples.add(TrainingSample.of(position, record.visits().get(i), (float) Math.max(-1, Math.min(1, target))));
        }
        return samples;
    }
}
