package org.epizero.games.go;

import java.math.BigDecimal;

/** Go's usual text for scores and komi, shared by GTP and SGF: {@code B+3.5}, {@code W+0.5}, {@code 0}. */
public final class GoResults {

    private GoResults() {
    }

    /** Black's margin (negative when White leads) as {@code B+x}, {@code W+x} or {@code 0} for a tie. */
    public static String margin(double blackMargin) {
        return blackMargin > 0 ? "B+" + decimal(blackMargin) : blackMargin < 0 ? "W+" + decimal(-blackMargin) : "0";
    }

    /**
     * A decimal without a needless fraction: {@code 7.5}, {@code 6}, {@code -0.5}.
     *
     * @throws NumberFormatException for infinities and NaN
     */
    public static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
