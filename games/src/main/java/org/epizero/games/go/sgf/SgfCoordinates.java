package org.epizero.games.go.sgf;

import org.epizero.games.go.Go;

/**
 * SGF's point notation: two letters from {@code a}, column first, counted from the top-left corner.
 * The project counts rows from the bottom (row 0 is GTP row 1), so the row letter is flipped.
 * A pass is the empty value (and, on boards up to 19x19, the old {@code tt}).
 */
final class SgfCoordinates {

    private SgfCoordinates() {
    }

    /** The SGF value of a Go action. */
    static String format(Go go, int action) {
        if (action == go.passAction()) {
            return "";
        }
        int n = go.size();
        int row = action / n;
        int col = action % n;
        return "" + (char) ('a' + col) + (char) ('a' + (n - 1 - row));
    }

    /** The Go action of an SGF move value. */
    static int parse(Go go, String value) {
        int n = go.size();
        String v = value.strip();
        if (v.isEmpty() || n <= 19 && v.equals("tt")) {
            return go.passAction();
        }
        if (v.length() == 2) {
            int col = v.charAt(0) - 'a';
            int fromTop = v.charAt(1) - 'a';
            if (col >= 0 && col < n && fromTop >= 0 && fromTop < n) {
                return go.point(n - 1 - fromTop, col);
            }
        }
        throw new SgfFormatException("'" + value + "' is not a point of the " + n + "x" + n + " board");
    }
}
