package org.epizero.selfplay.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.epizero.engine.nn.TrainingSample;

/** The training samples of the most recent generations; batches are drawn uniformly from all of them. */
public final class ReplayWindow {

    private final int generations;
    private final Deque<List<TrainingSample>> window = new ArrayDeque<>();
    private int size;

    public ReplayWindow(int generations) {
        if (generations < 1) {
            throw new IllegalArgumentException("window must hold at least one generation");
        }
        this.generations = generations;
    }

    /** Adds one generation's samples, dropping the oldest generation when the window is full. */
    public void add(List<TrainingSample> generation) {
        window.addLast(List.copyOf(generation));
        size += generation.size();
        while (window.size() > generations) {
            size -= window.removeFirst().size();
        }
    }

    /** Samples in the window. */
    public int size() {
        return size;
    }

    /** A batch of {@code batchSize} samples drawn uniformly with replacement. */
    public List<TrainingSample> sample(int batchSize, SplittableRandom random) {
        if (size == 0) {
            throw new IllegalStateException("the replay window is empty");
        }
        List<List<TrainingSample>> parts = new ArrayList<>(window);
        List<TrainingSample> batch = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
            int i = random.nextInt(size);
            for (List<TrainingSample> part : parts) {
                if (i < part.size()) {
                    batch.add(part.get(i));
                    break;
                }
                i -= part.size();
            }
        }
        return batch;
    }
}
