package org.epizero.analysis.games;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * A reference point between "knows nothing" and "knows the rules" for observers of a bare-rules
 * corpus: the code that knows which moves are legal but not the rule that ends a game, and
 * predicts the end from the move number alone (the share of the games still running after move t
 * that end there). It pays {@code sum over t of P(reach t) h(P(end at t | reach t))} bits per game
 * above the exact entropy, h the binary entropy. An observer whose code length per game is above
 * {@code exact + excessBits} has not learned when a game is over (a line of four, of three, two
 * passes); well below it, it has.
 *
 * <p>Estimated from seeded uniformly random games with the plug-in hazard, which is slightly
 * optimistic (low) for move numbers that few sampled games reach.
 *
 * @param excessBits bits per game above the exact entropy of random play
 * @param games random games the hazard was counted on
 */
public record EndBlindReference(double excessBits, int games) {

    /** The reference for {@code game} from {@code games} (at least 1) random games drawn from {@code seed}. */
    public static EndBlindReference monteCarlo(Game game, int games, long seed) {
        if (games < 1) {
            throw new IllegalArgumentException("at least one game, got " + games);
        }
        long[] reached = new long[game.maxGameLength() + 2];
        long[] ended = new long[game.maxGameLength() + 2];
        SplittableRandom random = new SplittableRandom(seed);
        IntList legal = new IntArrayList();
        for (int g = 0; g < games; g++) {
            State state = game.newInitialState();
            while (!state.isTerminal()) {
                state.legalActions(legal);
                state.apply(legal.getInt(random.nextInt(legal.size())));
                reached[state.moveNumber()]++;
            }
            ended[state.moveNumber()]++;
        }
        double bits = 0;
        for (int t = 1; t < reached.length; t++) {
            if (reached[t] > 0) {
                bits += reached[t] * binaryEntropy((double) ended[t] / reached[t]);
            }
        }
        return new EndBlindReference(bits / games, games);
    }

    private static double binaryEntropy(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
    }
}
