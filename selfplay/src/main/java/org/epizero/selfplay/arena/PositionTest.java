package org.epizero.selfplay.arena;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.epizero.engine.play.Player;
import org.epizero.engine.play.PlayerFactory;
import org.epizero.engine.random.Seeds;
import org.epizero.engine.services.TestPositions;
import org.epizero.engine.services.TestPositions.Judgement;
import org.epizero.engine.services.TestPositions.Position;

/**
 * Mistake rates of two players, the raw policy and the search, on one file of published test
 * positions, every move judged by the game's solver ({@link TestPositions}).
 */
public final class PositionTest {

    /** Malformed lines listed in one error before the rest are only counted. */
    private static final int ERRORS_SHOWN = 10;

    /**
     * What one file gave.
     *
     * @param positions      positions measured
     * @param policyMistakes mistakes of the raw policy
     * @param searchMistakes mistakes of the search
     * @param solverAgrees   positions whose solved score equals the file's
     */
    public record Result(int positions, int policyMistakes, int searchMistakes, int solverAgrees) {

        public double policyRate() {
            return policyMistakes / (double) positions;
        }

        public double searchRate() {
            return searchMistakes / (double) positions;
        }
    }

    private PositionTest() {
    }

    /**
     * Every non-blank line of {@code file} as a position; nothing is solved before the whole file
     * has been read.
     *
     * @throws IllegalArgumentException listing the malformed lines by number, if there are any
     */
    public static List<Position> read(Path file, TestPositions format) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Position> positions = new ArrayList<>(lines.size());
        List<String> errors = new ArrayList<>();
        int malformed = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                positions.add(format.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                if (malformed++ < ERRORS_SHOWN) {
                    errors.add(file + ":" + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        if (malformed > 0) {
            throw new IllegalArgumentException(malformed + " malformed line(s) in " + file + " (expected " + format.description() + "):\n  "
                    + String.join("\n  ", errors) + (malformed > ERRORS_SHOWN ? "\n  ..." : ""));
        }
        if (positions.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no positions");
        }
        return positions;
    }

    /** {@code limit} positions drawn without replacement by {@code seed}, in file order; all of them when {@code limit} is 0 or at least their number. */
    public static List<Position> sample(List<Position> all, int limit, long seed) {
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < limit; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Arrays.sort(order, 0, limit);
        List<Position> chosen = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            chosen.add(all.get(order[i]));
        }
        return chosen;
    }

    /**
     * Chooses the policy's and the search's move in every position ({@code threads} positions at
     * once, so that their network evaluations share forward passes; the search of position
     * {@code i} is seeded {@code derive(seed, i)}), then judges each position with the solver on
     * this thread. {@code progress} receives the steps done of {@code 2 * positions}: a position's
     * moves chosen, then a position judged.
     */
    public static Result run(List<Position> positions, TestPositions format, Player policy, PlayerFactory search, long seed, int threads,
            IntConsumer progress) throws InterruptedException {
        int n = positions.size();
        int[] policyMoves = new int[n];
        int[] searchMoves = new int[n];
        AtomicInteger chosen = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(pool.submit(() -> {
                    Position p = positions.get(index);
                    policyMoves[index] = policy.selectAction(p.state().copy());
                    searchMoves[index] = search.create(Seeds.derive(seed, index)).selectAction(p.state().copy());
                    progress.accept(chosen.incrementAndGet());
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("choosing a move failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int policyMistakes = 0;
        int searchMistakes = 0;
        int agrees = 0;
        for (int i = 0; i < n; i++) {
            Position p = positions.get(i);
            Judgement j = format.judge(p);
            policyMistakes += j.mistakes()[policyMoves[i]] ? 1 : 0;
            searchMistakes += j.mistakes()[searchMoves[i]] ? 1 : 0;
            agrees += j.solvedScore() == p.recordedScore() ? 1 : 0;
            progress.accept(n + i + 1);
        }
        return new Result(n, policyMistakes, searchMistakes, agrees);
    }
}
