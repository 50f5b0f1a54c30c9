package org.epizero.games.go;

import static org.epizero.games.go.Go.BLACK;
import static org.epizero.games.go.Go.EMPTY;

/**
 * The stones on a Go board, kept as chains so that a move costs time in proportion to the stones
 * it touches and allocates nothing.
 *
 * <p>Each chain is a circular list of its stones ({@code next}) with one representative
 * ({@code head}); at the representative live the chain's size, its Zobrist key and its
 * <em>pseudo-liberties</em>: the number of (stone, empty neighbour) pairs, which counts a
 * liberty once per adjacent stone. A chain is captured exactly when that count is zero, and a
 * point {@code p} is its only liberty exactly when the count equals the number of the chain's
 * stones next to {@code p}.
 */
final class GoBoard {

    private final Go go;
    private final int points;
    private final byte[] color;
    private final int[] head;
    private final int[] next;
    private final int[] chainSize;
    private final int[] liberties;
    private final long[] chainKey;
    /** Points ever emptied by a capture: only a move there can repeat an earlier position. */
    private final long[] capturedEver;
    private long key;
    private long previousTableKey;

    GoBoard(Go go) {
        this.go = go;
        this.points = go.size() * go.size();
        this.color = new byte[points];
        this.head = new int[points];
        this.next = new int[points];
        this.chainSize = new int[points];
        this.liberties = new int[points];
        this.chainKey = new long[points];
        this.capturedEver = new long[(points + 63) >>> 6];
    }

    GoBoard(GoBoard other) {
        this.go = other.go;
        this.points = other.points;
        this.color = other.color.clone();
        this.head = other.head.clone();
        this.next = other.next.clone();
        this.chainSize = other.chainSize.clone();
        this.liberties = other.liberties.clone();
        this.chainKey = other.chainKey.clone();
        this.capturedEver = other.capturedEver.clone();
        this.key = other.key;
        this.previousTableKey = other.previousTableKey;
    }

    /** Colour at p: {@link Go#EMPTY}, {@link Go#BLACK} or {@link Go#WHITE}. */
    int color(int p) {
        return color[p];
    }

    /** Copies the colours into {@code out}. */
    void copyColors(byte[] out) {
        System.arraycopy(color, 0, out, 0, points);
    }

    /** Zobrist key of the stones (the superko key). */
    long key() {
        return key;
    }

    /** Key of the same stones under the table for "stones before the last move". */
    long previousTableKey() {
        return previousTableKey;
    }

    /**
     * Whether a stone was ever captured at p. A placement at p can recreate an earlier position
     * only if so: that position had a stone at p, which can since have left only by capture.
     */
    boolean wasCapturedAt(int p) {
        return (capturedEver[p >>> 6] & (1L << p)) != 0;
    }

    /**
     * Whether colour {@code c} playing at the empty point {@code p} would leave its own chain
     * without a liberty after removing the opponent chains it captures.
     */
    boolean isSuicide(int p, int c) {
        int base = 4 * p;
        int n = go.neighborCount[p];
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            int qc = color[q];
            if (qc == EMPTY) {
                return false;
            }
            int h = head[q];
            boolean onlyLiberty = liberties[h] == adjacency(p, h);
            if (qc == c ? !onlyLiberty : onlyLiberty) {
                return false;
            }
        }
        return true;
    }

    /** The superko key after colour {@code c} plays at the empty point {@code p}, captures included. */
    long keyAfter(int p, int c) {
        long result = key ^ go.stoneKeys[c * points + p];
        int opponent = 3 - c;
        int base = 4 * p;
        int n = go.neighborCount[p];
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            if (color[q] == opponent) {
                int h = head[q];
                if (liberties[h] == adjacency(p, h) && firstNeighborIn(p, h) == i) {
                    result ^= chainKey[h];
                }
            }
        }
        return result;
    }

    /** Places colour {@code c} at the empty point {@code p}, which must not be suicide, and removes captured chains. */
    void play(int p, int c) {
        color[p] = (byte) c;
        head[p] = p;
        next[p] = p;
        chainSize[p] = 1;
        chainKey[p] = go.stoneKeys[c * points + p];
        key ^= chainKey[p];
        previousTableKey ^= go.previousStoneKeys[c * points + p];
        int base = 4 * p;
        int n = go.neighborCount[p];
        int free = 0;
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            if (color[q] == EMPTY) {
                free++;
            } else {
                liberties[head[q]]--;
            }
        }
        liberties[p] = free;
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            if (color[q] == c && head[q] != head[p]) {
                merge(head[p], head[q]);
            }
        }
        int opponent = 3 - c;
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            if (color[q] == opponent && liberties[head[q]] == 0) {
                capture(head[q], c);
            }
        }
    }

    /**
     * Tromp-Taylor area difference, Black minus White without komi: stones plus the empty
     * regions that reach stones of one colour only. Allocates its scratch space: it runs once
     * per game.
     */
    int areaDifference() {
        int[] stack = new int[points];
        boolean[] seen = new boolean[points];
        int black = 0;
        int white = 0;
        for (int start = 0; start < points; start++) {
            int sc = color[start];
            if (sc != EMPTY) {
                if (sc == BLACK) {
                    black++;
                } else {
                    white++;
                }
                continue;
            }
            if (seen[start]) {
                continue;
            }
            int top = 0;
            int region = 0;
            int reached = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int q = stack[--top];
                region++;
                for (int i = 0; i < go.neighborCount[q]; i++) {
                    int r = go.neighbors[4 * q + i];
                    if (color[r] != EMPTY) {
                        reached |= color[r];
                    } else if (!seen[r]) {
                        seen[r] = true;
                        stack[top++] = r;
                    }
                }
            }
            if (reached == BLACK) {
                black += region;
            } else if (reached == Go.WHITE) {
                white += region;
            }
        }
        return black - white;
    }

    private void merge(int a, int b) {
        int keep = chainSize[a] >= chainSize[b] ? a : b;
        int gone = keep == a ? b : a;
        int s = gone;
        do {
            head[s] = keep;
            s = next[s];
        } while (s != gone);
        int t = next[keep];
        next[keep] = next[gone];
        next[gone] = t;
        chainSize[keep] += chainSize[gone];
        liberties[keep] += liberties[gone];
        chainKey[keep] ^= chainKey[gone];
    }

    private void capture(int h, int capturer) {
        int s = h;
        do {
            int c = color[s];
            color[s] = EMPTY;
            capturedEver[s >>> 6] |= 1L << s;
            key ^= go.stoneKeys[c * points + s];
            previousTableKey ^= go.previousStoneKeys[c * points + s];
            int base = 4 * s;
            int n = go.neighborCount[s];
            for (int i = 0; i < n; i++) {
                int q = go.neighbors[base + i];
                if (color[q] == capturer) {
                    liberties[head[q]]++;
                }
            }
            s = next[s];
        } while (s != h);
    }

    /** Number of neighbours of p in the chain headed by h. */
    private int adjacency(int p, int h) {
        int base = 4 * p;
        int n = go.neighborCount[p];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int q = go.neighbors[base + i];
            if (color[q] != EMPTY && head[q] == h) {
                count++;
            }
        }
        return count;
    }

    /** Index among p's neighbours of the first stone of the chain headed by h (so a chain counts once). */
    private int firstNeighborIn(int p, int h) {
        int base = 4 * p;
        int i = 0;
        while (color[go.neighbors[base + i]] == EMPTY || head[go.neighbors[base + i]] != h) {
            i++;
        }
        return i;
    }
}
