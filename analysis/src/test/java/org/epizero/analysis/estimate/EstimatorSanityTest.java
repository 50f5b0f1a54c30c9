package org.epizero.analysis.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.TokenCorpus;
import org.junit.jupiter.api.Test;

/**
 * The sanity results of EPIPLEXITY.md, checked against exactly known entropies: uniform noise has
 * no structure, a cycle has no entropy, and a Markov chain's entropy is its entropy rate while its
 * structure grows with its transition table.
 */
class EstimatorSanityTest {

    private static final double LOG2_16 = 4.0;

    /** Small observers learn fast at this rate; the sanity checks need converged models on short streams. */
    private static final EstimatorConfig PREQ =
            EstimatorConfig.DEFAULT.withTraining(TrainingConfig.DEFAULT.withLearningRate(1e-2f));

    private static EstimateResult measure(TokenCorpus corpus, String size, EstimatorConfig config, long seed) {
        return EpiplexityEstimator.measure(corpus, ObserverSpec.named(size, 32), config, seed, ProgressListener.NONE);
    }

    @Test
    void uniformNoiseHasNoStructureAndFullEntropy() {
        TokenCorpus corpus = SyntheticCorpora.uniform(16, 3000, 30, 3);
        EstimateResult r = measure(corpus, "tiny", PREQ, 1);
        double truth = r.datasetScoredTokens() * LOG2_16;
        assertTrue(Math.abs(r.structureBits()) < 0.01 * r.entropyBits(), "S " + r.structureBits() + " H " + r.entropyBits());
        assertEquals(1.0, r.entropyBits() / truth, 0.02);
        assertEquals(r.entropyBits(), r.datasetScoredTokens() * r.heldOutLossBits(), 1e-6 * truth);
    }

    @Test
    void givenContextCarriesNoCodeLength() {
        TokenCorpus corpus = SyntheticCorpora.givenThenCopied(16, 3000, 15, 3);
        List<ProgressListener.Progress> progress = new ArrayList<>();
        EstimateResult r = EpiplexityEstimator.measure(corpus, ObserverSpec.named("tiny", 32), PREQ, 1, progress::add);
        assertEquals(r.datasetTokens() + 1, 2 * r.datasetScoredTokens(), "every second token is scored");
        // Were the random given tokens counted, H would be about half the tokens times 4 bits.
        assertTrue(r.entropyBits() < 0.01 * r.datasetScoredTokens() * LOG2_16, "H " + r.entropyBits());
        assertTrue(r.structureBits() > 0);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).tokensDone() > progress.get(i - 1).tokensDone());
        }
        assertEquals(r.datasetTokens(), progress.get(progress.size() - 1).tokensDone());
        assertEquals(r.datasetTokens(), progress.get(0).tokensTotal());
    }

    @Test
    void aCycleHasAlmostNoEntropy() {
        TokenCorpus corpus = SyntheticCorpora.periodic(16, 5, 3000, 30, 3);
        EstimateResult r = measure(corpus, "tiny", PREQ, 1);
        double uniformCode = r.datasetScoredTokens() * LOG2_16;
        assertTrue(r.entropyBits() < 0.01 * uniformCode, "H " + r.entropyBits() + " of " + uniformCode);
        assertTrue(r.structureBits() > 0, "learning the cycle costs something");
        assertTrue(r.structureBits() < 0.2 * uniformCode, "and far less than sending the data: S " + r.structureBits());
    }

    @Test
    void markovStructureGrowsWithTheTransitionTable() {
        double previous = 0;
        // Sixteen times more table entries from first to last; the vocabulary stays the same.
        List<Double> structures = new ArrayList<>();
        for (int states : new int[] {4, 16, 64}) {
            var chain = SyntheticCorpora.MarkovChain.random(states, 4, 64, 5);
            EstimateResult r = measure(chain.corpus(5000, 30, 7), "tiny", PREQ, 1);
            structures.add(r.structureBits());
            assertTrue(r.structureBits() > previous, "S rises with the table: " + structures);
            previous = r.structureBits();
        }
    }

    @Test
    void markovEntropyIsTheEntropyRateForALargeEnoughObserver() {
        var chain = SyntheticCorpora.MarkovChain.random(16, 4, 32, 5);
        ObserverSpec medium = ObserverSpec.named("medium", 32);
        EstimateResult r = EpiplexityEstimator.measure(
                chain.corpus(6000, 30, 7), medium, EstimatorConfig.defaultsFor(medium), 1, ProgressListener.NONE);
        double truth = r.datasetScoredTokens() * chain.entropyRateBits();
        double ratio = r.entropyBits() / truth;
        assertTrue(ratio > 0.99 && ratio < 1.04, "H / (D_X * entropy rate) = " + ratio);
        assertTrue(r.structureBits() > 0.02 * r.entropyBits(), "the table is structure: S " + r.structureBits());
    }

    @Test
    void sameSeedSameNumbersAndTheResultRoundTripsThroughJson() throws Exception {
        var chain = SyntheticCorpora.MarkovChain.random(8, 3, 16, 5);
        TokenCorpus corpus = chain.corpus(400, 30, 7);
        EstimatorConfig config = PREQ.withCheckpoints(4, 2048);
        EstimateResult a = measure(corpus, "tiny", config, 21);
        EstimateResult b = measure(corpus, "tiny", config, 21);
        EstimateResult c = measure(corpus, "tiny", config, 22);
        assertEquals(a, b);
        assertNotEquals(a.structureBits(), c.structureBits());
        ObjectMapper json = new ObjectMapper();
        assertEquals(a, json.readValue(json.writeValueAsString(a), EstimateResult.class));
        assertEquals(4, a.checkpoints().size());
        Checkpoint last = a.checkpoints().get(a.checkpoints().size() - 1);
        assertEquals(a.structureBits(), last.structureBits(), 1e-9);
        assertEquals(a.entropyBits(), last.entropyBits(), 1e-9);
        assertEquals(a.flops(), 6.0 * a.parameters() * a.trainingTokens() + 2.0 * a.parameters() * a.datasetTokens(), 1);
    }
}
