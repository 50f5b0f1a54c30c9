package org.epizero.analysis.tokens;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A corpus laid out as training rows of a fixed context length {@code L}, aligned to sequence
 * starts: no row starts in the middle of a sequence that would have fit whole.
 *
 * <ul>
 *   <li>A sequence of {@code n} tokens yields {@code n - 1} (input, target) positions: its first
 *       token is given, never a target, and every later token is predicted from all tokens before
 *       it in the same sequence.
 *   <li>Sequences with {@code n - 1 <= L} are packed whole, in corpus order, into the current row
 *       while they fit, else into a fresh row. Each restarts its positions at 0 and attends only to
 *       itself (a segment id per sequence), so packing changes no prediction. The rest of a row is
 *       padding: masked out of the loss, out of the token counts, and attending to nothing real.
 *   <li>A longer sequence is scored with sliding windows, one per row: the first window covers its
 *       first {@code L} targets; each further one is shifted by {@code stride} and scores only the
 *       targets no earlier window scored, so every scored target sees at least {@code L - stride}
 *       tokens of its prefix (all of it while the prefix is shorter than that). Positions restart at
 *       0 in every window.
 * </ul>
 * Rows stay in corpus order, so a stream of batches visits the sequences in the order given. A
 * position's features ({@link InputFeatures}) travel with its input token.
 */
public final class PackedWindows {

    private final int contextLength;
    private final int stride;
    private final int featuresPerPosition;
    private final List<Row> rows = new ArrayList<>();
    private final long scoredTargets;
    private final long dataTargets;
    private final long rowTargets;

    /** One row under construction: parallel lists of the fields of {@link TokenBatch}. */
    private static final class Row {
        final IntArrayList inputs = new IntArrayList();
        final IntArrayList targets = new IntArrayList();
        final IntArrayList positions = new IntArrayList();
        final IntArrayList segments = new IntArrayList();
        final IntArrayList scored = new IntArrayList();
        final IntArrayList features = new IntArrayList();
        int segmentCount;
        int scoredCount;

        int size() {
            return inputs.size();
        }
    }

    /** Packs with the default stride of a quarter context (every scored target sees at least 3L/4 tokens). */
    public PackedWindows(TokenCorpus corpus, int contextLength) {
        this(corpus, contextLength, Math.max(1, contextLength / 4));
    }

    /**
     * @param stride shift between sliding windows of a sequence longer than the context, in
     *     {@code [1, contextLength]}
     */
    public PackedWindows(TokenCorpus corpus, int contextLength, int stride) {
        if (contextLength < 1) {
            throw new IllegalArgumentException("context length must be positive, got " + contextLength);
        }
        if (stride < 1 || stride > contextLength) {
            throw new IllegalArgumentException("stride must be in [1, " + contextLength + "], got " + stride);
        }
        this.contextLength = contextLength;
        this.stride = stride;
        this.featuresPerPosition = corpus.features().perPosition();
        Row current = null;
        long scored = 0;
        long data = 0;
        for (TokenSequence s : corpus.sequences()) {
            int n = s.length() - 1;
            if (n < 1) {
                continue;
            }
            data += n;
            if (n <= contextLength) {
                if (current == null || current.size() + n > contextLength) {
                    current = new Row();
                    rows.add(current);
                }
                scored += append(current, s, 0, n, 0);
            } else {
                current = null;
                scored += slide(s, n);
            }
        }
        long inRows = 0;
        for (Row r : rows) {
            inRows += r.size();
        }
        this.scoredTargets = scored;
        this.dataTargets = data;
        this.rowTargets = inRows;
    }

    /** Sliding windows over a sequence with {@code n > L} targets, one row each. */
    private long slide(TokenSequence s, int n) {
        long scored = 0;
        int coveredUpTo = 0; // targets 1..coveredUpTo are scored already
        for (int start = 0; coveredUpTo < n; start += stride) {
            int end = Math.min(start + contextLength, n);
            if (end - start < contextLength) {
                start = Math.max(0, end - contextLength);
            }
            Row row = new Row();
            rows.add(row);
            scored += append(row, s, start, end, coveredUpTo);
            coveredUpTo = end;
        }
        return scored;
    }

    /**
     * Appends targets {@code start+1 .. end} of {@code s} (inputs {@code start .. end-1}) as one new
     * segment of {@code row}; only targets after {@code scoreAfter} may be scored. Returns the
     * number scored.
     */
    private static int append(Row row, TokenSequence s, int start, int end, int scoreAfter) {
        int segment = row.segmentCount++;
        int count = 0;
        for (int i = start; i < end; i++) {
            int target = i + 1;
            boolean scored = target > scoreAfter && s.isScored(target);
            row.inputs.add(s.token(i));
            row.targets.add(s.token(target));
            row.positions.add(i - start);
            row.segments.add(segment);
            row.scored.add(scored ? 1 : 0);
            for (int f = 0; f < s.featuresPerPosition(); f++) {
                row.features.add(s.feature(i, f));
            }
            if (scored) {
                count++;
            }
        }
        row.scoredCount += count;
        return count;
    }

    public int contextLength() {
        return contextLength;
    }

    /** Shift between the sliding windows of a sequence longer than the context. */
    public int stride() {
        return stride;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Distinct (input, target) positions of the data: every token after the first of each sequence. */
    public long dataTargets() {
        return dataTargets;
    }

    /**
     * Target positions the rows compute, padding excluded: {@link #dataTargets} plus the context
     * that overlapping sliding windows compute again.
     */
    public long rowTargets() {
        return rowTargets;
    }

    /** Scored targets: the tokens whose code length is measured, each counted once. */
    public long scoredTargets() {
        return scoredTargets;
    }

    /** Share of row positions that hold data rather than padding. */
    public double fill() {
        return rows.isEmpty() ? 0 : (double) rowTargets / ((long) rows.size() * contextLength);
    }

    /** Rows {@code first .. first+count-1} as one batch. */
    public TokenBatch batch(int first, int count) {
        if (first < 0 || count < 1 || first + count > rows.size()) {
            throw new IndexOutOfBoundsException("rows " + first + "+" + count + " of " + rows.size());
        }
        int n = count * contextLength;
        long[] inputs = new long[n];
        long[] targets = new long[n];
        long[] positions = new long[n];
        int[] segments = new int[n];
        float[] mask = new float[n];
        long[] features = new long[n * featuresPerPosition];
        Arrays.fill(segments, -1);
        int real = 0;
        int scored = 0;
        for (int r = 0; r < count; r++) {
            Row row = rows.get(first + r);
            int base = r * contextLength;
            for (int t = 0; t < row.size(); t++) {
                inputs[base + t] = row.inputs.getInt(t);
                targets[base + t] = row.targets.getInt(t);
                positions[base + t] = row.positions.getInt(t);
                segments[base + t] = row.segments.getInt(t);
                mask[base + t] = row.scored.getInt(t);
            }
            for (int k = 0; k < row.features.size(); k++) {
                features[base * featuresPerPosition + k] = row.features.getInt(k);
            }
            real += row.size();
            scored += row.scoredCount;
        }
        return new TokenBatch(inputs, targets, positions, segments, mask, count, contextLength, real, scored,
                featuresPerPosition, features);
    }

    /** All rows in order, as batches of {@code rowsPerBatch} rows (the last may be smaller). */
    public List<TokenBatch> batches(int rowsPerBatch) {
        if (rowsPerBatch < 1) {
            throw new IllegalArgumentException("rows per batch must be positive, got " + rowsPerBatch);
        }
        List<TokenBatch> batches = new ArrayList<>();
        for (int first = 0; first < rows.size(); first += rowsPerBatch) {
            batches.add(batch(first, Math.min(rowsPerBatch, rows.size() - first)));
        }
        return batches;
    }

    /** The shortest context {@link #wholeSequenceContext} chooses: several short games share a row. */
    public static final int MIN_CONTEXT = 64;

    /** The longest context {@link #wholeSequenceContext} chooses; longer sequences slide. */
    public static final int MAX_CONTEXT = 256;

    /**
     * The context that holds sequences of up to {@code longestSequence} tokens whole: their
     * targets rounded up to a multiple of 16, within [{@value #MIN_CONTEXT}, {@value #MAX_CONTEXT}]
     * (attention costs grow with the square of the context, so longer sequences are scored with
     * sliding windows instead).
     */
    public static int wholeSequenceContext(int longestSequence) {
        int targets = Math.max(1, longestSequence - 1);
        return Math.min(MAX_CONTEXT, Math.max(MIN_CONTEXT, (targets + 15) / 16 * 16));
    }

    /** The longest sequence of a corpus, in tokens. */
    public static int longestSequence(TokenCorpus corpus) {
        int longest = 0;
        for (TokenSequence s : corpus.sequences()) {
            longest = Math.max(longest, s.length());
        }
        return longest;
    }
}
