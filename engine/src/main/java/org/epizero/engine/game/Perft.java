package org.epizero.engine.game;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;
import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Counts the game tree ply by ply: distinct positions (told apart by {@link State#hash()}) and
 * move sequences. A position where the game has ended is counted but not expanded. Positions
 * are expanded once per ply however many sequences reach them, so the cost follows the number
 * of distinct positions, not of sequences.
 */
public final class Perft {

    /** Counts at one ply: distinct positions, how many of them are terminal, and move sequences reaching that ply (and how many of those end the game). */
    public record Ply(int ply, long positions, long terminalPositions, long sequences, long endedSequences) {
    }

    private Perft() {
    }

    /** Counts plies {@code 0..depth}; {@code onPly} hears each ply number as it finishes. */
    public static List<Ply> count(Game game, int depth, IntConsumer onPly) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be at least 0, got " + depth);
        }
        List<Ply> result = new ArrayList<>();
        Long2ObjectMap<State> level = new Long2ObjectOpenHashMap<>();
        Long2LongMap paths = new Long2LongOpenHashMap();
        State initial = game.newInitialState();
        level.put(initial.hash(), initial);
        paths.put(initial.hash(), 1L);
        IntList legal = new IntArrayList();
        for (int ply = 0; ; ply++) {
            long terminal = 0;
            long sequences = 0;
            long ended = 0;
            for (Long2ObjectMap.Entry<State> e : level.long2ObjectEntrySet()) {
                long n = paths.get(e.getLongKey());
                sequences += n;
                if (e.getValue().isTerminal()) {
                    terminal++;
                    ended += n;
                }
            }
            result.add(new Ply(ply, level.size(), terminal, sequences, ended));
            onPly.accept(ply);
            if (ply == depth) {
                return result;
            }
            Long2ObjectMap<State> next = new Long2ObjectOpenHashMap<>();
            Long2LongMap nextPaths = new Long2LongOpenHashMap();
            for (Long2ObjectMap.Entry<State> e : level.long2ObjectEntrySet()) {
                State s = e.getValue();
                if (s.isTerminal()) {
                    continue;
                }
                long n = paths.get(e.getLongKey());
                s.legalActions(legal);
                for (int i = 0; i < legal.size(); i++) {
                    State child = s.copy();
                    child.apply(legal.getInt(i));
                    long h = child.hash();
                    nextPaths.merge(h, n, Long::sum);
                    next.putIfAbsent(h, child);
                }
            }
            level = next;
            paths = nextPaths;
        }
    }
}
