package org.epizero.analysis.estimate;

import org.epizero.analysis.observer.ObserverSpec;
import org.epizero.analysis.observer.TrainingConfig;
import org.epizero.analysis.tokens.TokenCorpus;
import org.junit.jupiter.api.Test;

class ExploreTest {
    static void show(String label, TokenCorpus c, ObserverSpec spec, EstimatorConfig cfg, double truthBitsPerToken) {
        long t0 = System.nanoTime();
        EstimateResult r = EpiplexityEstimator.measure(c, spec, cfg, 1, ProgressListener.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s %s %s N=%d D=%d scored=%d S=%.1f H=%.1f truthH=%.1f ratio=%.4f heldLoss=%.4f S/H=%.4f secs=%.1f tok/s=%.0f%n",
                label, cfg.kind(), spec.name(), r.parameters(), r.trainingTokens(), r.datasetScoredTokens(), r.structureBits(), r.entropyBits(),
                truthBitsPerToken * r.datasetScoredTokens(), r.entropyBits() / (truthBitsPerToken * r.datasetScoredTokens()),
                r.heldOutLossBits(), r.structureBits() / r.entropyBits(), secs, r.trainingTokens() / secs);
    }

    @Test
    void explore() {
        String which = System.getProperty("explore", "");
        if (which.isEmpty()) return;
        EstimatorConfig cfg = EstimatorConfig.DEFAULT;
        float lr = Float.parseFloat(System.getProperty("lr", "3e-3"));
        cfg = cfg.withTraining(TrainingConfig.DEFAULT.withLearningRate(lr));
        String size = System.getProperty("size", "tiny");
        int ctx = Integer.getInteger("ctx", 32);
        int seqs = Integer.getInteger("seqs", 2000);
        int len = Integer.getInteger("len", 32);
        if (which.contains("uniform")) {
            show("uniform", SyntheticCorpora.uniform(16, seqs, len, 3), ObserverSpec.named(size, ctx), cfg, 4.0);
        }
        if (which.contains("periodic")) {
            show("periodic", SyntheticCorpora.periodic(16, 5, seqs, len, 3), ObserverSpec.named(size, ctx), cfg, 0.0001);
        }
        if (which.contains("markov")) {
            for (int states : new int[] {4, 8, 16, 32}) {
                var chain = SyntheticCorpora.MarkovChain.random(states, Integer.getInteger("succ", 4), 32, 5);
                show("markov" + states, chain.corpus(seqs, len, 7), ObserverSpec.named(size, ctx), cfg, chain.entropyRateBits());
            }
        }
        if (which.contains("req")) {
            EstimatorConfig rc = cfg.withKind(EstimatorKind.REQUENTIAL);
            show("uniform", SyntheticCorpora.uniform(16, seqs, len, 3), ObserverSpec.named(size, ctx), rc, 4.0);
            for (int states : new int[] {4, 16}) {
                var chain = SyntheticCorpora.MarkovChain.random(states, 4, 32, 5);
                show("markov" + states, chain.corpus(seqs, len, 7), ObserverSpec.named(size, ctx), rc, chain.entropyRateBits());
            }
        }
    }
}
