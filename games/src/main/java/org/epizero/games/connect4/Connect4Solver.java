package org.epizero.games.connect4;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntList;

/**
 * The perfect connect-four player: exact scores by negamax with alpha-beta pruning, a
 * transposition table of proven bounds, threat-first move ordering and null-window searches
 * that narrow the score interval.
 *
 * <p>Scores are from the view of the player to move. A win completed with the winner's k-th
 * disc scores {@code 22 - k} (so winning sooner scores more), a loss to the opponent's k-th
 * disc scores {@code k - 22}, and a draw 0. Real positions score within {@code [-18, 18]}.
 *
 * <p>Not thread-safe: each thread needs its own solver. The table persists between calls, which
 * speeds up related queries such as {@link #scoreMoves}.
 */
public final class Connect4Solver {

    /** The score {@link #scoreMoves} gives a column that cannot be played. */
    public static final int UNPLAYABLE = -1000;

    /** Centre columns first: they take part in the most lines. */
    private static final int[] COLUMN_ORDER = {3, 2, 4, 1, 5, 0, 6};
    private static final int CELLS = Bitboard.CELLS;

    private final TranspositionTable table;
    /** Candidate moves and their ordering keys, one row per search depth (= discs on the board). */
    private final long[][] moveBuffer = new long[CELLS][Bitboard.WIDTH];
    private final int[][] keyBuffer = new int[CELLS][Bitboard.WIDTH];
    private long nodes;

    /** A solver with a table of 2^23 slots (64 MiB). */
    public Connect4Solver() {
        this(23);
    }

    /** A solver with a table of {@code 2^log2TableSize} slots of 8 bytes. */
    public Connect4Solver(int log2TableSize) {
        table = new TranspositionTable(log2TableSize);
    }

    /** The exact score of {@code state} for its player to move; at the end, for the player who would move next. */
    public int score(Connect4State state) {
        if (state.winner() >= 0) {
            return -winScore(state.moveNumber() - 1);
        }
        if (state.isTerminal()) {
            return 0;
        }
        return solve(state.currentDiscs(), state.allDiscs(), state.moveNumber());
    }

    /**
     * The score of playing each column, from the view of the player to move now, or
     * {@link #UNPLAYABLE} for a column that is full (every column once the game is over).
     */
    public int[] scoreMoves(Connect4State state) {
        int[] scores = new int[Bitboard.WIDTH];
        long current = state.currentDiscs();
        long mask = state.allDiscs();
        int moves = state.moveNumber();
        long wins = Bitboard.winningCells(current, mask);
        for (int col = 0; col < Bitboard.WIDTH; col++) {
            if (!state.isLegal(col)) {
                scores[col] = UNPLAYABLE;
                continue;
            }
            long move = (mask + Bitboard.bottom(col)) & Bitboard.column(col);
            if ((move & wins) != 0) {
                scores[col] = winScore(moves);
            } else if (moves + 1 == CELLS) {
                scores[col] = 0;
            } else {
                scores[col] = -solve(current ^ mask, mask | move, moves + 1);
            }
        }
        return scores;
    }

    /** The columns with the best score, in increasing order (empty once the game is over). */
    public IntList bestMoves(Connect4State state) {
        int[] scores = scoreMoves(state);
        int best = UNPLAYABLE;
        for (int s : scores) {
            best = Math.max(best, s);
        }
        IntList result = new IntArrayList();
        for (int col = 0; col < scores.length; col++) {
            if (scores[col] == best && best != UNPLAYABLE) {
                result.add(col);
            }
        }
        return result;
    }

    /** Positions visited by the search since this solver was made. */
    public long nodeCount() {
        return nodes;
    }

    /** Empties the transposition table, so the next search starts cold. */
    public void clearTable() {
        table.clear();
    }

    /** The score of winning with the next disc when {@code moves} discs are on the board. */
    private static int winScore(int moves) {
        return (CELLS + 1 - moves) / 2;
    }

    /** Exact score of a running game: a sequence of null-window searches closing in on it. */
    private int solve(long current, long mask, int moves) {
        if ((Bitboard.winningCells(current, mask) & Bitboard.playable(mask)) != 0) {
            return winScore(moves);
        }
        int min = -(CELLS - moves) / 2;
        int max = (CELLS + 1 - moves) / 2;
        while (min < max) {
            int probe = min + (max - min) / 2;
            // Probing near zero first pays: most positions are decided by their sign.
            if (probe <= 0 && min / 2 < probe) {
                probe = min / 2;
            } else if (probe >= 0 && max / 2 > probe) {
                probe = max / 2;
            }
            int r = negamax(current, mask, moves, probe, probe + 1);
            if (r <= probe) {
                max = r;
            } else {
                min = r;
            }
        }
        return min;
    }

    /**
     * Alpha-beta negamax. Requires a running game in which the player to move cannot win at
     * once. Returns the exact score if it lies in {@code (alpha, beta)}, otherwise a bound on the
     * same side of the window as the true score.
     */
    private int negamax(long current, long mask, int moves, int alpha, int beta) {
        nodes++;
        long candidates = nonLosingMoves(current, mask);
        if (candidates == 0) {
            return -(CELLS - moves) / 2;
        }
        if (moves >= CELLS - 2) {
            return 0;
        }
        // Neither side can win with its next disc, which bounds the score on both sides.
        int min = -(CELLS - 2 - moves) / 2;
        if (alpha < min) {
            alpha = min;
            if (alpha >= beta) {
                return alpha;
            }
        }
        int max = (CELLS - 1 - moves) / 2;
        if (beta > max) {
            beta = max;
            if (alpha >= beta) {
                return beta;
            }
        }
        long key = Bitboard.key(current, mask);
        long slot = table.probe(key);
        int kind = TranspositionTable.kind(slot);
        if (kind == TranspositionTable.UPPER) {
            int bound = TranspositionTable.score(slot);
            if (beta > bound) {
                beta = bound;
                if (alpha >= beta) {
                    return beta;
                }
            }
        } else if (kind == TranspositionTable.LOWER) {
            int bound = TranspositionTable.score(slot);
            if (alpha < bound) {
                alpha = bound;
                if (alpha >= beta) {
                    return alpha;
                }
            }
        }
        int count = orderMoves(current, mask, candidates, moveBuffer[moves], keyBuffer[moves]);
        long[] ordered = moveBuffer[moves];
        long opponent = current ^ mask;
        for (int i = 0; i < count; i++) {
            int score = -negamax(opponent, mask | ordered[i], moves + 1, -beta, -alpha);
            if (score >= beta) {
                table.store(key, TranspositionTable.LOWER, score);
                return score;
            }
            if (score > alpha) {
                alpha = score;
            }
        }
        table.store(key, TranspositionTable.UPPER, alpha);
        return alpha;
    }

    /**
     * The moves that do not let the opponent win with the next disc: the one forced block if
     * the opponent threatens a playable cell, none if it threatens two, and never a cell right
     * below an opponent's threat.
     */
    private static long nonLosingMoves(long current, long mask) {
        long playable = Bitboard.playable(mask);
        long threats = Bitboard.winningCells(current ^ mask, mask);
        long forced = playable & threats;
        if (forced != 0) {
            if ((forced & (forced - 1)) != 0) {
                return 0;
            }
            playable = forced;
        }
        return playable & ~(threats >>> 1);
    }

    /**
     * Writes the moves of {@code candidates} into {@code out}, those creating the most own
     * threats first and centre columns first among equals; returns how many.
     */
    private static int orderMoves(long current, long mask, long candidates, long[] out, int[] keys) {
        int count = 0;
        for (int col : COLUMN_ORDER) {
            long move = candidates & Bitboard.column(col);
            if (move == 0) {
                continue;
            }
            int key = Long.bitCount(Bitboard.winningCells(current | move, mask | move));
            int i = count++;
            while (i > 0 && keys[i - 1] < key) {
                out[i] = out[i - 1];
                keys[i] = keys[i - 1];
                i--;
            }
            out[i] = move;
            keys[i] = key;
        }
        return count;
    }
}
