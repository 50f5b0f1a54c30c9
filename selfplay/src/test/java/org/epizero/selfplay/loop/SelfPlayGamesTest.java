package org.epizero.selfplay.loop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.epizero.engine.eval.UniformEvaluator;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;
import org.epizero.engine.nn.TrainingSample;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RecordReplay;
import org.epizero.engine.records.Resignation;
import org.epizero.engine.search.GumbelSettings;
import org.epizero.engine.search.SearchConfig;
import org.epizero.games.tictactoe.TicTacToe;
import org.epizero.selfplay.config.PlayoutCapSettings;
import org.epizero.selfplay.config.ResignSettings;
import org.epizero.selfplay.config.SelfPlaySettings;
import org.epizero.selfplay.epiplexity.EvaluationProtocol;
import org.epizero.engine.nn.InferenceConfig;
import org.epizero.engine.nn.InferenceService;
import org.epizero.engine.nn.NetworkConfig;
import org.epizero.engine.nn.PolicyValueNetwork;
import org.junit.jupiter.api.Test;

/**
 * The move probabilities that self-play and evaluation games record, checked against the visit
 * distributions the records keep: a sampled move's probability is its share of the visits, a
 * greedy move's is one over the actions tied for the most visits.
 */
class SelfPlayGamesTest {

    private static final int TEMPERATURE_MOVES = 3;

    /** Self-play settings without a value-target search weight, resignation or playout cap. */
    private static SelfPlaySettings settings(int games, int gamesPerGroup, int concurrentGames, int temperatureMoves, double searchWeight) {
        return new SelfPlaySettings(games, gamesPerGroup, concurrentGames, temperatureMoves, searchWeight, ResignSettings.OFF,
                PlayoutCapSettings.OFF);
    }

    @Test
    void selfPlayRecordsTheChanceOfEachSampledAndGreedyMove() {
        Game game = TicTacToe.instance();
        SelfPlayGames player = new SelfPlayGames(game, SearchConfig.defaults().withSimulations(12),
                settings(40, 40, 8, TEMPERATURE_MOVES, 0), 1000);
        List<GameRecord> records = player.play(new UniformEvaluator(), 40, 5, 0, n -> { }).records();
        int certain = 0;
        int tied = 0;
        for (GameRecord r : records) {
            double[] p = r.moveProbabilities();
            assertEquals(r.moves().size(), p.length);
            for (int k = 0; k < p.length; k++) {
                float[] visits = r.visits().get(k);
                int action = game.parseAction(r.moves().get(k));
                if (k < TEMPERATURE_MOVES) {
                    assertEquals(visits[action], p[k], 1e-6, "sampled move " + k);
                } else {
                    float most = 0;
                    for (float v : visits) {
                        most = Math.max(most, v);
                    }
                    int ties = 0;
                    for (float v : visits) {
                        ties += v == most ? 1 : 0;
                    }
                    assertEquals(most, visits[action], "a greedy move is a most visited one");
                    assertEquals(1.0 / ties, p[k], "greedy move " + k);
                    certain += ties == 1 ? 1 : 0;
                    tied += ties > 1 ? 1 : 0;
                }
            }
        }
        assertTrue(certain > 0 && tied > 0, "both unique and tied greedy moves occur: " + certain + " / " + tied);
    }

    @Test
    void gumbelSelfPlayKeepsImprovedPoliciesOverLegalMovesAndNoMoveProbabilities() {
        Game game = TicTacToe.instance();
        SelfPlayGames player = new SelfPlayGames(game, SearchConfig.defaults().withSimulations(12).withGumbel(GumbelSettings.sampling(4)),
                settings(20, 20, 8, TEMPERATURE_MOVES, 0), 1000);
        List<GameRecord> records = player.play(new UniformEvaluator(), 20, 5, 0, n -> { }).records();
        IntArrayList legal = new IntArrayList();
        Set<List<String>> distinct = new HashSet<>();
        for (GameRecord r : records) {
            assertEquals(null, r.moveProbabilities(), "a Gumbel move's probability is not known");
            State state = game.newInitialState();
            for (int k = 0; k < r.moves().size(); k++) {
                float[] target = r.visits().get(k);
                state.legalActions(legal);
                double sum = 0;
                for (int a = 0; a < target.length; a++) {
                    sum += target[a];
                    assertTrue(target[a] == 0 || legal.contains(a), "target on an illegal move");
                    assertTrue(!legal.contains(a) || target[a] > 0, "the improved policy keeps every legal move");
                }
                assertEquals(1.0, sum, 1e-5);
                state.apply(game.parseAction(r.moves().get(k)));
            }
            assertTrue(state.isTerminal());
            distinct.add(r.moves());
        }
        assertTrue(distinct.size() > 10, "Gumbel noise varies the games: " + distinct.size() + " distinct of 20");
    }

    @Test
    void evaluationGamesSampleEveryMoveAndRecordItsShareOfTheVisits() {
        Game game = TicTacToe.instance();
        EvaluationProtocol protocol = new EvaluationProtocol(16, 1);
        SelfPlayGames player = new SelfPlayGames(game, protocol.search(),
                settings(EvaluationProtocol.CHUNK_GAMES, EvaluationProtocol.CHUNK_GAMES, 8, game.maxGameLength(), 0), 0);
        IntArrayList legal = new IntArrayList();
        int forced = 0;
        for (GameRecord r : player.play(new UniformEvaluator(), 16, protocol.chunkSeed(0), 0, n -> { }).records()) {
            double[] p = r.moveProbabilities();
            State state = game.newInitialState();
            for (int k = 0; k < p.length; k++) {
                int action = game.parseAction(r.moves().get(k));
                assertTrue(p[k] > 0 && p[k] <= 1, "probability " + p[k]);
                assertEquals(r.visits().get(k)[action], p[k], 1e-6, "move " + k);
                state.legalActions(legal);
                if (legal.size() == 1) {
                    assertEquals(1.0, p[k], "the only legal move is certain");
                    forced++;
                }
                state.apply(action);
            }
        }
        assertTrue(forced > 0, "some games fill the board");
    }

    @Test
    void groupsPlayTheSameGamesInAnyOrderAndThroughAnyNetworkCopy() {
        Game game = TicTacToe.instance();
        SelfPlayGames player = new SelfPlayGames(game, SearchConfig.defaults().withSimulations(16),
                settings(30, 8, 5, TEMPERATURE_MOVES, 0), 10_000);
        InferenceConfig uncached = InferenceConfig.DEFAULT.withCacheCapacity(0);
        List<String> inOrder;
        PolicyValueNetwork network = PolicyValueNetwork.create(game, NetworkConfig.of(1, 8));
        byte[] parameters = network.parameters();
        try (InferenceService service = new InferenceService(network, uncached)) {
            inOrder = describe(player.play(service, 30, 11, 0, n -> { }).records());
        }
        // The same network as parameters, in a second service, playing the groups last to first.
        List<SelfPlayGames.Group> groups = new ArrayList<>(player.groups(30));
        assertEquals(List.of(new SelfPlayGames.Group(0, 8), new SelfPlayGames.Group(8, 8), new SelfPlayGames.Group(16, 8),
                new SelfPlayGames.Group(24, 6)), groups);
        Collections.reverse(groups);
        String[] reversed = new String[30];
        PolicyValueNetwork copy = PolicyValueNetwork.create(game, NetworkConfig.of(1, 8));
        try (InferenceService service = new InferenceService(copy, uncached)) {
            service.loadParameters(parameters).join();
            for (SelfPlayGames.Group group : groups) {
                List<String> played = describe(player.playGroup(service, group, 11, 0, n -> { }).records());
                for (int k = 0; k < group.count(); k++) {
                    reversed[group.first() + k] = played.get(k);
                }
            }
        }
        assertEquals(inOrder, List.of(reversed));
        assertTrue(inOrder.stream().distinct().count() > 20, "sampled openings make the games differ");
    }

    /** Everything a record says about its game, arrays by value. */
    private static List<String> describe(List<GameRecord> records) {
        return records.stream().map(r -> r.index() + " " + r.moves() + " " + Arrays.toString(r.moveProbabilities()) + " "
                + Arrays.toString(r.rootValues()) + " " + r.visits().stream().map(Arrays::toString).toList()).toList();
    }

    @Test
    void resignationNeverFiresInThePlayedOutShare() {
        // Every value is below a threshold of 1, so every game that may resign does so at once.
        Game game = TicTacToe.instance();
        int games = 200;
        SelfPlayGames player = new SelfPlayGames(game, SearchConfig.defaults().withSimulations(12),
                settings(games, 50, 8, TEMPERATURE_MOVES, 0).withResign(new ResignSettings(1, 0.3)), 1000);
        int playedOut = 0;
        for (GameRecord r : player.play(new UniformEvaluator(), games, 5, 0, n -> { }).records()) {
            Resignation signal = r.resignation();
            assertEquals(0, signal.move(), "the first position is already below the threshold");
            assertEquals(0, signal.player());
            if (signal.playedOut()) {
                playedOut++;
                assertTrue(RecordReplay.replay(game, r, (s, a) -> { }).isTerminal(), "a played-out game ended early");
                assertFalse(r.resigned());
            } else {
                assertTrue(r.resigned());
                assertEquals(List.of(), r.moves());
                assertArrayEquals(new double[] {-1, 1}, r.returns());
            }
        }
        double sd = Math.sqrt(games * 0.3 * 0.7);
        assertEquals(0.3 * games, playedOut, 4 * sd, "played-out games");
    }

    @Test
    void resignedGamesArePrefixesOfTheSameGamesWithoutResignationAndLostByTheResigner() {
        Game game = TicTacToe.instance();
        int games = 60;
        SearchConfig search = SearchConfig.defaults().withSimulations(48);
        List<GameRecord> full = new SelfPlayGames(game, search, settings(games, 30, 8, TEMPERATURE_MOVES, 0), 1000)
                .play(new UniformEvaluator(), games, 9, 0, n -> { }).records();
        List<GameRecord> resigning = new SelfPlayGames(game, search,
                settings(games, 30, 8, TEMPERATURE_MOVES, 0).withResign(new ResignSettings(-0.4, 0.25)), 1000)
                .play(new UniformEvaluator(), games, 9, 0, n -> { }).records();
        int resigned = 0;
        int declined = 0;
        for (int g = 0; g < games; g++) {
            GameRecord r = resigning.get(g);
            List<String> whole = full.get(g).moves();
            Resignation signal = r.resignation();
            if (signal == null || signal.playedOut()) {
                assertEquals(whole, r.moves(), "game " + g + " changed although it did not resign");
                declined += signal == null ? 0 : 1;
                continue;
            }
            resigned++;
            assertEquals(whole.subList(0, signal.move()), r.moves(), "game " + g + " is no prefix of itself without resignation");
            State end = RecordReplay.replay(game, r, (s, a) -> { });
            assertFalse(end.isTerminal(), "a finished game resigned");
            assertEquals(end.currentPlayer(), signal.player(), "the player to move resigns");
            for (TrainingSample sample : TrainingSamples.of(game, r, 0)) {
                assertEquals(1, Math.abs(sample.value()), 0, "a resigned game is won or lost");
            }
            assertEquals(-1, r.returns()[signal.player()]);
            assertEquals(1, r.returns()[1 - signal.player()]);
        }
        assertTrue(resigned >= 5 && declined >= 1, "too few resignations to check: " + resigned + " resigned, " + declined + " declined");
    }

    @Test
    void playoutCapSearchesADrawnShareInFullAndTrainsOnThoseAlone() {
        Game game = TicTacToe.instance();
        int games = 100;
        int full = 24;
        int fast = 6;
        SelfPlayGames player = new SelfPlayGames(game, SearchConfig.defaults().withSimulations(full),
                settings(games, 50, 8, TEMPERATURE_MOVES, 0).withPlayoutCap(new PlayoutCapSettings(fast, 0.3)), 1000);
        SelfPlayGames.Outcome outcome = player.play(new UniformEvaluator(), games, 5, 0, n -> { });
        long fullMoves = 0;
        long moves = 0;
        long samples = 0;
        for (GameRecord r : outcome.records()) {
            moves += r.moves().size();
            fullMoves += r.visits().stream().filter(v -> v != null).count();
            samples += TrainingSamples.of(game, r, 0).size();
            assertTrue(RecordReplay.replay(game, r, (s, a) -> { }).isTerminal());
            assertEquals(r.moves().size(), r.moveProbabilities().length, "every move keeps its probability");
        }
        assertEquals(fullMoves, samples, "one training sample per full search");
        assertEquals(fullMoves * full + (moves - fullMoves) * fast, outcome.simulations(), "simulations of full and fast searches");
        double sd = Math.sqrt(moves * 0.3 * 0.7);
        assertEquals(0.3 * moves, fullMoves, 4 * sd, "share of full searches");
    }
}
