package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.games.BoardTokeniser;
import org.epizero.analysis.games.GameTokeniser;
import org.epizero.analysis.games.PositionTokeniser;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.State;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.RandomGames;
import org.junit.jupiter.api.Test;

/**
 * The requential estimator against exactly known entropies, and against the prequential estimate
 * of the same data, which it should undercut: the student pays only for what it has not yet
 * learnt from the teacher, not for the teacher's own noise.
 */
class RequentialEstimatorTest {

    /**
     * One block suffices for every corpus here (each token depends on the one before at most) and
     * halves the cost of a run; batches of 512 positions give a few hundred teacher steps.
     */
    private static final ObserverSpec OBSERVER = new ObserverSpec("one-block", 32, 1, 2, 32, false);

    private static final EstimatorConfig PREQ = EstimatorConfig.DEFAULT.withBatchTokens(512)
            .withTraining(TrainingConfig.DEFAULT.withLearningRate(5e-3f).withWarmupSteps(10));

    private static final EstimatorConfig REQ = PREQ.withKind(EstimatorKind.REQUENTIAL);

    private static final double LOG2_16 = 4.0;

    private static EstimateResult measure(TokenCorpus corpus, EstimatorConfig config, long seed) {
        return EpiplexityEstimator.measure(corpus, OBSERVER, config, seed, ProgressListener.NONE);
    }

    @Test
    void onAMarkovChainTheCodeIsShorterThanPrequentialAndHIsTheEntropyRate() {
        var chain = SyntheticCorpora.MarkovChain.random(8, 3, 16, 5);
        TokenCorpus corpus = chain.corpus(7000, 12, 7);
        EstimateResult preq = measure(corpus, PREQ, 1);
        EstimateResult req = measure(corpus, REQ, 1);
        assertTrue(req.structureBits() > 0, "the table is structure");
        assertTrue(req.structureBits() < preq.structureBits(), "S_req " + req.structureBits() + " S_preq " + preq.structureBits());
        double ratio = req.entropyBits() / (req.datasetScoredTokens() * chain.entropyRateBits());
        assertTrue(ratio > 0.99 && ratio < 1.05, "H / (D_X * entropy rate) = " + ratio);
        assertTrue(req.studentSteps() >= req.checkpoints().get(req.checkpoints().size() - 1).step(),
                "one or more student steps per teacher step");
    }

    @Test
    void onACopyTaskTheCodeIsShorterThanPrequentialAndHIsNearZero() {
        TokenCorpus corpus = SyntheticCorpora.givenThenCopied(16, 9000, 6, 3);
        EstimateResult preq = measure(corpus, PREQ, 1);
        EstimateResult req = measure(corpus, REQ, 1);
        assertTrue(req.structureBits() > 0);
        assertTrue(req.structureBits() < preq.structureBits(), "S_req " + req.structureBits() + " S_preq " + preq.structureBits());
        // The copies are a function of the given tokens: no entropy, against 4 bits per token uniform.
        assertTrue(req.entropyBits() < 0.01 * req.datasetScoredTokens() * LOG2_16, "H " + req.entropyBits());
    }

    @Test
    void uniformNoiseHasNoStructure() {
        TokenCorpus corpus = SyntheticCorpora.uniform(16, 1500, 30, 4);
        EstimateResult r = measure(corpus, REQ, 1);
        assertTrue(r.structureBits() >= 0, "a sum of KL divergences is never negative");
        assertTrue(r.structureBits() < 0.005 * r.entropyBits(), "S " + r.structureBits() + " H " + r.entropyBits());
        assertEquals(1.0, r.entropyBits() / (r.datasetScoredTokens() * LOG2_16), 0.01);
    }

    @Test
    void boardConditionedGamesAreCodedWithTheirOwnGrammar() {
        Game game = GameRegistry.load().create("tictactoe");
        for (GameTokeniser tokeniser : List.of(new BoardTokeniser(game), new PositionTokeniser(game))) {
            List<TokenSequence> games = new ArrayList<>();
            double generatorBits = 0;
            double nineCellBits = 0;
            for (int i = 0; i < 600; i++) {
                GameRecord record = RandomGames.play(game, 11, i);
                games.add(tokeniser.tokenise(record));
                generatorBits += uniformPlayBits(game, record);
                nineCellBits += record.moves().size() * Math.log(9) / Math.log(2);
            }
            // Board: a game of up to 91 tokens under a context of 64, so the sampler slides its
            // window as the data's layout does. Position: whole games of up to 10 positions.
            ObserverSpec observer = new ObserverSpec("one-block", 32, 1, 2, 64, false);
            EstimateResult r = EpiplexityEstimator.measure(tokeniser.corpus(games), observer, REQ, 1, ProgressListener.NONE,
                    tokeniser.sampleGrammar());
            assertTrue(r.structureBits() > 0, tokeniser.name());
            // Coded with the student restricted to legal moves as the sampler is, the student keeps up;
            // coded over the whole vocabulary, every step would pay for its mass on illegal moves.
            assertEquals(0, r.studentLimitHits(), tokeniser.name());
            double perGame = r.entropyBitsPerSequence();
            double truth = generatorBits / games.size();
            double nineCells = nineCellBits / games.size();
            assertTrue(perGame > 0.97 * truth && perGame < nineCells, tokeniser.name() + ": H per game " + perGame
                    + ", truth " + truth + ", every move over all nine cells " + nineCells);
        }
    }

    /** {@code -log2 P} of a uniformly random legal game: the sum over its moves of log2(legal moves). */
    private static double uniformPlayBits(Game game, GameRecord record) {
        State s = game.newInitialState();
        IntArrayList legal = new IntArrayList();
        double bits = 0;
        for (String move : record.moves()) {
            s.legalActions(legal);
            bits += Math.log(legal.size()) / Math.log(2);
            s.apply(game.parseAction(move));
        }
        return bits;
    }

    @Test
    void aStudentThatCannotKeepUpIsStoppedAndCounted() {
        var chain = SyntheticCorpora.MarkovChain.random(8, 3, 16, 5);
        EstimateResult r = measure(chain.corpus(300, 12, 7), REQ.withRequential(0, 3, 10), 1);
        long teacherSteps = r.checkpoints().get(r.checkpoints().size() - 1).step();
        assertEquals(teacherSteps, r.studentLimitHits(), "no KL is at most 0, so every teacher step waits in vain");
        assertEquals(3 * teacherSteps, r.studentSteps());
    }

    @Test
    void sameSeedSameNumbersAndTheResultRoundTripsThroughJson() throws Exception {
        var chain = SyntheticCorpora.MarkovChain.random(8, 3, 16, 5);
        TokenCorpus corpus = chain.corpus(600, 12, 7);
        EstimatorConfig config = REQ.withCheckpoints(4, 2048);
        EstimateResult a = measure(corpus, config, 21);
        EstimateResult b = measure(corpus, config, 21);
        EstimateResult c = measure(corpus, config, 22);
        assertEquals(a, b);
        assertNotEquals(a.structureBits(), c.structureBits());
        ObjectMapper json = new ObjectMapper();
        assertEquals(a, json.readValue(json.writeValueAsString(a), EstimateResult.class));
        assertEquals(4, a.checkpoints().size());
        CodeSnapshot last = a.checkpoints().get(a.checkpoints().size() - 1);
        assertEquals(a.structureBits(), last.structureBits(), 1e-9);
        assertEquals(a.entropyBits(), last.entropyBits(), 1e-9);
        assertEquals(a.flops(), last.flops(), 1);
        // Teacher and coding X, the student's training, and at least one decoded position per synthetic target.
        double teacher = 6.0 * a.parameters() * a.trainingTokens() + 2.0 * a.parameters() * a.datasetTokens();
        assertTrue(a.flops() >= teacher + 8.0 * a.parameters() * a.studentTokens(), "T " + a.flops());
        assertTrue(a.studentTokens() > 0 && a.studentSteps() > 0);
        KlPoint end = a.klCurve().get(a.klCurve().size() - 1);
        assertEquals(a.studentSteps(), end.studentSteps());
        assertEquals(a.trainingTokens(), end.tokens());
        assertTrue(a.klCurve().stream().allMatch(p -> p.klBits() >= 0));
    }
}
