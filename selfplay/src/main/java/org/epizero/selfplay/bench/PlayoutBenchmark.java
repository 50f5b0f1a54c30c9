package org.epizero.selfplay.bench;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.State;

/**
 * Measures how fast a game's rules play uniformly random games on one thread: legal-move
 * generation plus move application, the inner loop of rollouts and corpus generation. Each game
 * starts from a copy of the initial state, as search does.
 */
public final class PlayoutBenchmark {

    /**
     * Throughput of one game: moves and games per second, heap bytes allocated per move by
     * legal-move generation and move application, and bytes allocated per {@code copy()} (each
     * playout starts with one copy, whose cost is measured apart and not charged to the moves).
     */
    public record Result(String game, double movesPerSecond, double gamesPerSecond, double bytesPerMove, double bytesPerCopy) {
    }

    private PlayoutBenchmark() {
    }

    /** Plays for {@code warmupSeconds}, then measures for {@code seconds}. */
    public static Result run(Game game, double warmupSeconds, double seconds) {
        State initial = game.newInitialState();
        IntList legal = new IntArrayList();
        SplittableRandom random = new SplittableRandom(1);
        play(initial, legal, random, warmupSeconds);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long bytesBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        long[] counts = play(initial, legal, random, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long bytes = threads.getThreadAllocatedBytes(thread) - bytesBefore;
        double perCopy = bytesPerCopy(initial, threads, thread);
        double moveBytes = Math.max(0, bytes - perCopy * counts[1]) / counts[0];
        return new Result(game.spec().toString(), counts[0] / elapsed, counts[1] / elapsed, moveBytes, perCopy);
    }

    private static double bytesPerCopy(State initial, com.sun.management.ThreadMXBean threads, long thread) {
        int copies = 100_000;
        State sink = initial;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < copies; i++) {
            sink = initial.copy();
        }
        long bytes = threads.getThreadAllocatedBytes(thread) - before;
        return sink == null ? 0 : (double) bytes / copies;
    }

    private static long[] play(State initial, IntList legal, SplittableRandom random, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long moves = 0;
        long games = 0;
        while (System.nanoTime() < deadline) {
            State s = initial.copy();
            while (!s.isTerminal()) {
                s.legalActions(legal);
                s.apply(legal.getInt(random.nextInt(legal.size())));
                moves++;
            }
            games++;
        }
        return new long[] {moves, games};
    }
}
