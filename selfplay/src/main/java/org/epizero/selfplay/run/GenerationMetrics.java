package org.epizero.selfplay.run;

/**
 * One line of {@code metrics.jsonl}: what a generation did and cost. Values are for the whole
 * generation; shares are in [0, 1]; entropy is in bits.
 *
 * @param generation generation index (0-based)
 * @param step training steps after this generation's training
 * @param generatorStep training step of the network that played this generation's games
 * @param games games played
 * @param meanLength mean game length in moves
 * @param firstPlayerWins share of games won by the first player
 * @param draws share of drawn games
 * @param firstMoveEntropy entropy of the first-move distribution over the generation's games
 * @param distinctGames distinct move sequences divided by games (1 when no two games are alike)
 * @param gamesPerSecond self-play games per second of self-play wall time
 * @param simulationsPerSecond search simulations per second of self-play wall time
 * @param meanBatch states per network call during self-play (past the groups' caches)
 * @param cacheHitRate share of self-play evaluations answered by the groups' caches
 * @param policyLoss mean policy cross-entropy (nats) over the generation's training steps
 * @param valueLoss mean value squared error over the generation's training steps
 * @param windowSamples samples in the replay window when training
 * @param selfPlaySeconds wall time of self-play
 * @param trainSeconds wall time of training
 * @param ioSeconds wall time of writing the games file (the checkpoint, which carries these metrics, is written after they are taken)
 * @param gateSeconds wall time of the gating match (0 when the run does not gate)
 * @param gateScore the new network's score against the self-play network in the gating match
 *     (draws half), or null when the run does not gate
 * @param nextGeneratorStep training step of the network that plays the next generation: {@code step}
 *     unless gating kept the older network
 * @param resignedGames share of games that ended by resignation (0 in runs without it)
 * @param falseResignations among the played-out games in which a player's value fell below the
 *     resignation threshold, the share that this player did not lose (AlphaZero's false positives);
 *     null when there was no such game
 */
public record GenerationMetrics(
        int generation,
        long step,
        long generatorStep,
        int games,
        double meanLength,
        double firstPlayerWins,
        double draws,
        double firstMoveEntropy,
        double distinctGames,
        double gamesPerSecond,
        double simulationsPerSecond,
        double meanBatch,
        double cacheHitRate,
        double policyLoss,
        double valueLoss,
        int windowSamples,
        double selfPlaySeconds,
        double trainSeconds,
        double ioSeconds,
        double gateSeconds,
        Double gateScore,
        long nextGeneratorStep,
        double resignedGames,
        Double falseResignations) {

    /** The one-line console summary. */
    public String summary() {
        return String.format(
                "gen %d step %d: %d games %.1f moves, first wins %.0f%% draws %.0f%%, first-move entropy %.2f bits, distinct %.0f%% | "
                        + "%.1f games/s %.0f sims/s batch %.1f cache %.0f%% | loss policy %.3f value %.3f | self-play %.1fs train %.1fs io %.1fs",
                generation, step, games, meanLength, 100 * firstPlayerWins, 100 * draws, firstMoveEntropy, 100 * distinctGames,
                gamesPerSecond, simulationsPerSecond, meanBatch, 100 * cacheHitRate, policyLoss, valueLoss,
                selfPlaySeconds, trainSeconds, ioSeconds) + resignSummary() + gateSummary();
    }

    private String resignSummary() {
        if (resignedGames == 0 && falseResignations == null) {
            return "";
        }
        return String.format(" | resigned %.0f%%", 100 * resignedGames)
                + (falseResignations == null ? "" : String.format(", false resignations %.0f%%", 100 * falseResignations));
    }

    private String gateSummary() {
        if (gateScore == null) {
            return "";
        }
        return String.format(" | gate %.0f%% in %.1fs: %s", 100 * gateScore, gateSeconds,
                nextGeneratorStep == step ? "promoted" : "kept step " + nextGeneratorStep);
    }
}
