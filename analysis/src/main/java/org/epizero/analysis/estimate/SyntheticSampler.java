package org.epizero.analysis.estimate;

import it.unimi.dsi.fastutil.booleans.BooleanArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.analysis.observer.IncrementalDecoder;
import org.epizero.analysis.observer.Observer;
import org.epizero.analysis.tokens.NextToken;
import org.epizero.analysis.tokens.PackedWindows;
import org.epizero.analysis.tokens.SampleGrammar;
import org.epizero.analysis.tokens.TokenBatch;
import org.epizero.analysis.tokens.TokenCorpus;
import org.epizero.analysis.tokens.TokenSequence;

/**
 * Writes synthetic batches with a model: whole sequences from their first token, given and sampled
 * tokens as a {@link SampleGrammar} says, all sequences of a batch decoded incrementally in
 * lock-step (a key/value cache, so a sequence of {@code n} tokens costs {@code n} one-position
 * steps). Runs of given tokens are fed as one chunk when no sequence samples in between.
 *
 * <p>A sequence longer than the context is decoded with the windows {@link PackedWindows} scores
 * it with: a target past the first window is predicted from the window that starts at the
 * smallest multiple of the stride leaving the target inside the context, with positions from 0
 * there. PackedWindows moves a sequence's last window back to fill the context, so over that
 * stretch the student conditions on a little more than the sampler did; the code length
 * {@code KL(sampler || student)} stays what it costs to send the sample either way.
 */
final class SyntheticSampler {

    private final Observer model;
    private final SampleGrammar grammar;
    private final int sequences;
    private final int contextLength;
    private final int stride;

    /**
     * @param sequences sequences per synthetic batch
     * @param stride the shift between sliding windows of the real data's layout
     */
    SyntheticSampler(Observer model, SampleGrammar grammar, int sequences, int contextLength, int stride) {
        if (sequences < 1 || stride < 1 || stride > contextLength) {
            throw new IllegalArgumentException("sequences and stride out of range: " + sequences + ", " + stride);
        }
        this.model = model;
        this.grammar = grammar;
        this.sequences = sequences;
        this.contextLength = contextLength;
        this.stride = stride;
    }

    /** One synthetic batch from the model's current parameters. */
    SyntheticBatch sample(SplittableRandom random) {
        int vocab = model.vocabSize();
        int perPosition = model.features().perPosition();
        SampleGrammar.Draft[] drafts = new SampleGrammar.Draft[sequences];
        IntArrayList[] tokens = new IntArrayList[sequences];
        IntArrayList[] features = new IntArrayList[sequences];
        BooleanArrayList[] scored = new BooleanArrayList[sequences];
        List<List<float[]>> logProbs = new ArrayList<>(sequences);
        boolean[] ended = new boolean[sequences];
        for (int r = 0; r < sequences; r++) {
            drafts[r] = grammar.begin(random);
            tokens[r] = new IntArrayList();
            features[r] = new IntArrayList();
            scored[r] = new BooleanArrayList();
            logProbs.add(new ArrayList<>());
            NextToken first = drafts[r].next();
            if (first.kind() != NextToken.Kind.GIVEN) {
                throw new IllegalStateException("a synthetic sequence must start with a given token, got " + first.kind());
            }
            append(drafts[r], tokens[r], features[r], perPosition, scored[r], logProbs.get(r), first.token(), false, null);
        }
        long decoded = 0;
        NextToken[] next = new NextToken[sequences];
        try (IncrementalDecoder decoder = model.decoder(sequences)) {
            int windowStart = 0;
            for (int i = 1; ; i++) {
                boolean anyActive = false;
                boolean anySampled = false;
                for (int r = 0; r < sequences; r++) {
                    if (!ended[r]) {
                        next[r] = drafts[r].next();
                        ended[r] = next[r].kind() == NextToken.Kind.END;
                        anyActive |= !ended[r];
                        anySampled |= next[r].kind() == NextToken.Kind.SAMPLED;
                    }
                }
                if (!anyActive) {
                    break;
                }
                float[] distribution = null;
                if (anySampled) {
                    int start = windowStart;
                    while (i - start > contextLength) {
                        start += stride;
                    }
                    if (start != windowStart) {
                        decoder.reset();
                        windowStart = start;
                    }
                    int from = windowStart + decoder.length();
                    int count = i - from;
                    long[] chunk = new long[sequences * count];
                    long[] chunkFeatures = perPosition == 0 ? null : new long[sequences * count * perPosition];
                    for (int r = 0; r < sequences; r++) {
                        IntArrayList t = tokens[r];
                        for (int j = 0; j < count; j++) {
                            // A finished sequence's row decodes padding that nothing reads.
                            boolean real = from + j < t.size();
                            chunk[r * count + j] = real ? t.getInt(from + j) : 0;
                            for (int f = 0; real && f < perPosition; f++) {
                                chunkFeatures[(r * count + j) * perPosition + f] = features[r].getInt((from + j) * perPosition + f);
                            }
                        }
                    }
                    distribution = decoder.feed(chunk, chunkFeatures, perPosition, count);
                    decoded += (long) sequences * count;
                }
                for (int r = 0; r < sequences; r++) {
                    if (ended[r]) {
                        continue;
                    }
                    if (next[r].kind() == NextToken.Kind.GIVEN) {
                        append(drafts[r], tokens[r], features[r], perPosition, scored[r], logProbs.get(r), next[r].token(),
                                false, null);
                    } else {
                        float[] p = restrict(distribution, r * vocab, vocab, next[r].allowed());
                        append(drafts[r], tokens[r], features[r], perPosition, scored[r], logProbs.get(r), draw(p, random),
                                true, p);
                    }
                }
            }
        }
        return layOut(tokens, features, scored, logProbs, vocab, decoded);
    }

    private static void append(SampleGrammar.Draft draft, IntArrayList tokens, IntArrayList features, int perPosition,
            BooleanArrayList scored, List<float[]> logProbs, int token, boolean sampled, float[] distribution) {
        draft.accept(token);
        int[] shown = draft.features();
        if (shown.length != perPosition) {
            throw new IllegalStateException("the grammar gave " + shown.length + " features where the observer reads " + perPosition);
        }
        features.addElements(features.size(), shown);
        tokens.add(token);
        scored.add(sampled);
        logProbs.add(distribution);
    }

    /**
     * Packs the sequences as real data is packed. A twin corpus whose tokens are their own indices
     * over all sequences, with the same lengths and scored flags, is packed alike (the layout
     * depends on nothing else) and shows which sampled token each batch position predicts.
     */
    private SyntheticBatch layOut(IntArrayList[] tokens, IntArrayList[] features, BooleanArrayList[] scored,
            List<List<float[]>> logProbs, int vocab, long decoded) {
        List<TokenSequence> written = new ArrayList<>(sequences);
        List<TokenSequence> twins = new ArrayList<>(sequences);
        List<float[]> byIndex = new ArrayList<>();
        for (int r = 0; r < sequences; r++) {
            boolean[] flags = scored[r].toBooleanArray();
            written.add(new TokenSequence(tokens[r].toIntArray(), flags, model.features().perPosition(),
                    features[r].toIntArray(), Double.NaN));
            int[] indices = new int[flags.length];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = byIndex.size() + i;
            }
            twins.add(new TokenSequence(indices, flags));
            byIndex.addAll(logProbs.get(r));
        }
        PackedWindows layout = new PackedWindows(new TokenCorpus(written, vocab, model.features()), contextLength, stride);
        if (layout.rowCount() == 0) {
            throw new IllegalStateException("the grammar wrote no sequence with a target");
        }
        TokenBatch batch = layout.batch(0, layout.rowCount());
        PackedWindows twinLayout = new PackedWindows(new TokenCorpus(twins, Math.max(2, byIndex.size())), contextLength, stride);
        long[] origin = twinLayout.batch(0, twinLayout.rowCount()).targets();
        float[] aligned = new float[batch.mask().length * vocab];
        for (int k = 0; k < batch.mask().length; k++) {
            if (batch.mask()[k] != 0f) {
                System.arraycopy(byIndex.get((int) origin[k]), 0, aligned, k * vocab, vocab);
            }
        }
        return new SyntheticBatch(batch, aligned, written, decoded);
    }

    /**
     * The model's log-probabilities at one position, renormalised over {@code allowed} (minus
     * infinity elsewhere) when the grammar restricts the token.
     */
    private static float[] restrict(float[] logProbs, int offset, int vocab, int[] allowed) {
        float[] p = Arrays.copyOfRange(logProbs, offset, offset + vocab);
        if (allowed == null) {
            return p;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int a : allowed) {
            max = Math.max(max, p[a]);
        }
        double sum = 0;
        for (int a : allowed) {
            sum += Math.exp(p[a] - max);
        }
        float logNorm = (float) (max + Math.log(sum));
        float[] restricted = new float[vocab];
        Arrays.fill(restricted, Float.NEGATIVE_INFINITY);
        for (int a : allowed) {
            restricted[a] = p[a] - logNorm;
        }
        return restricted;
    }

    private static int draw(float[] logProbs, SplittableRandom random) {
        double total = 0;
        for (float lp : logProbs) {
            total += Math.exp(lp);
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int v = 0; v < logProbs.length; v++) {
            double p = Math.exp(logProbs[v]);
            if (p > 0) {
                last = v;
                u -= p;
                if (u < 0) {
                    return v;
                }
            }
        }
        return last;
    }
}
