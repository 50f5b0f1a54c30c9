package org.epizero.engine.game;

import java.util.Arrays;

/**
 * A symmetry of the board: a permutation of the cells of one observation plane together with the
 * matching permutation of actions, so that observation planes and policy vectors transform
 * consistently. {@code cellMap[c]} is where cell {@code c} goes; {@code actionMap[a]} is the image
 * of action {@code a}.
 */
public record Symmetry(String name, int[] cellMap, int[] actionMap) {

    public Symmetry {
        requirePermutation(cellMap, "cellMap of " + name);
        requirePermutation(actionMap, "actionMap of " + name);
        cellMap = cellMap.clone();
        actionMap = actionMap.clone();
    }

    /** The identity on {@code cells} cells and {@code actions} actions. */
    public static Symmetry identity(int cells, int actions) {
        int[] c = new int[cells];
        int[] a = new int[actions];
        Arrays.setAll(c, i -> i);
        Arrays.setAll(a, i -> i);
        return new Symmetry("identity", c, a);
    }

    /** Image of an action. */
    public int mapAction(int action) {
        return actionMap[action];
    }

    /** Writes the transformed observation ({@code planes} planes of {@code cellMap.length} cells) into {@code dst}. */
    public void mapObservation(float[] src, int srcOffset, float[] dst, int dstOffset, int planes) {
        int area = cellMap.length;
        for (int p = 0; p < planes; p++) {
            int base = p * area;
            for (int c = 0; c < area; c++) {
                dst[dstOffset + base + cellMap[c]] = src[srcOffset + base + c];
            }
        }
    }

    /** Writes the transformed policy vector into {@code dst}: {@code dst[map(a)] = src[a]}. */
    public void mapPolicy(float[] src, float[] dst) {
        for (int a = 0; a < actionMap.length; a++) {
            dst[actionMap[a]] = src[a];
        }
    }

    /** The cell map of a square {@code n x n} board under one of the 8 dihedral transforms (0 = identity). */
    public static int[] dihedralCellMap(int n, int transform) {
        int[] map = new int[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int rr = r;
                int cc = c;
                if ((transform & 1) != 0) {
                    cc = n - 1 - cc;
                }
                if ((transform & 2) != 0) {
                    rr = n - 1 - rr;
                }
                if ((transform & 4) != 0) {
                    int t = rr;
                    rr = cc;
                    cc = t;
                }
                map[r * n + c] = rr * n + cc;
            }
        }
        return map;
    }

    /** Names of the 8 dihedral transforms, in the order of {@link #dihedralCellMap}. */
    public static String dihedralName(int transform) {
        return switch (transform) {
            case 0 -> "identity";
            case 1 -> "mirror-columns";
            case 2 -> "mirror-rows";
            case 3 -> "rotate-180";
            case 4 -> "transpose";
            case 5 -> "rotate-90";
            case 6 -> "rotate-270";
            case 7 -> "anti-transpose";
            default -> throw new IllegalArgumentException("dihedral transform out of range: " + transform);
        };
    }

    private static void requirePermutation(int[] map, String what) {
        boolean[] seen = new boolean[map.length];
        for (int v : map) {
            if (v < 0 || v >= map.length || seen[v]) {
                throw new IllegalArgumentException(what + " is not a permutation");
            }
            seen[v] = true;
        }
    }
}
