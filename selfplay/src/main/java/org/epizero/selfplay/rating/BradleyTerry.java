package org.epizero.selfplay.rating;

import java.util.Arrays;
import java.util.List;

/**
 * Maximum-likelihood Bradley-Terry ratings on the Elo scale with a first-move advantage term:
 * P(first player scores) = 1 / (1 + 10^(-(r_first - r_second + h) / 400)); draws count as half a
 * win. Solved by Newton's method on the concave log-likelihood; standard errors come from the
 * inverse observed information.
 *
 * <p>A player who won (or lost) every game has no finite maximum-likelihood rating, so every
 * player also gets {@code priorDraws} virtual draws against the anchor in each colour (as
 * BayesElo does); with hundreds of real games this shifts finite estimates negligibly.
 */
public final class BradleyTerry {

    private static final double K = Math.log(10) / 400;
    private final double priorDraws;

    /** A fitter with the given number of virtual draws per colour against the anchor (1 is a good default). */
    public BradleyTerry(double priorDraws) {
        if (priorDraws < 0) {
            throw new IllegalArgumentException("priorDraws must be >= 0");
        }
        this.priorDraws = priorDraws;
    }

    /** Fits ratings of {@code players} from {@code outcomes}, with {@code players.get(anchor)} at 0. */
    public Ratings fit(List<String> players, int anchor, List<Outcome> outcomes) {
        int n = players.size();
        // Sufficient statistics per ordered pair: games and the first player's total score.
        double[][] games = new double[n][n];
        double[][] scores = new double[n][n];
        for (Outcome o : outcomes) {
            games[o.first()][o.second()] += 1;
            scores[o.first()][o.second()] += o.firstScore();
        }
        for (int i = 0; i < n; i++) {
            if (i != anchor) {
                games[i][anchor] += priorDraws;
                scores[i][anchor] += priorDraws / 2;
                games[anchor][i] += priorDraws;
                scores[anchor][i] += priorDraws / 2;
            }
        }
        int dims = n; // n-1 free ratings (anchor removed) plus the advantage h in the last slot
        int hSlot = n - 1;
        double[] rating = new double[n];
        double h = 0;
        double[][] information = new double[dims][dims];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[dims];
            for (double[] row : information) {
                Arrays.fill(row, 0);
            }
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (games[a][b] == 0) {
                        continue;
                    }
                    double p = 1 / (1 + Math.exp(-K * (rating[a] - rating[b] + h)));
                    double residual = K * (scores[a][b] - games[a][b] * p);
                    double weight = K * K * games[a][b] * p * (1 - p);
                    int sa = slot(a, anchor);
                    int sb = slot(b, anchor);
                    accumulate(gradient, information, sa, sb, hSlot, residual, weight);
                }
            }
            double[] step = solve(information, gradient);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                if (i != anchor) {
                    rating[i] += step[slot(i, anchor)];
                    largest = Math.max(largest, Math.abs(step[slot(i, anchor)]));
                }
            }
            h += step[hSlot];
            if (largest < 1e-9 && Math.abs(step[hSlot]) < 1e-9) {
                break;
            }
        }
        double[][] covariance = invert(information);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = i == anchor ? 0 : Math.sqrt(covariance[slot(i, anchor)][slot(i, anchor)]);
        }
        return new Ratings(List.copyOf(players), rating, errors, h, Math.sqrt(covariance[hSlot][hSlot]));
    }

    /** Index of a player's rating among the free parameters, or -1 for the anchor. */
    private static int slot(int player, int anchor) {
        return player == anchor ? -1 : player < anchor ? player : player - 1;
    }

    private static void accumulate(double[] g, double[][] info, int sa, int sb, int sh, double residual, double weight) {
        // d logL / d r_a = +residual, d r_b = -residual, d h = +residual; information = -Hessian.
        int[] slots = {sa, sb, sh};
        double[] signs = {1, -1, 1};
        for (int i = 0; i < 3; i++) {
            if (slots[i] < 0) {
                continue;
            }
            g[slots[i]] += signs[i] * residual;
            for (int j = 0; j < 3; j++) {
                if (slots[j] >= 0) {
                    info[slots[i]][slots[j]] += signs[i] * signs[j] * weight;
                }
            }
        }
    }

    private static double[] solve(double[][] a, double[] b) {
        double[][] inverse = invert(a);
        double[] x = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                x[i] += inverse[i][j] * b[j];
            }
        }
        return x;
    }

    /** Gauss-Jordan inverse with partial pivoting of a small symmetric positive-definite matrix. */
    static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-300) {
                throw new IllegalStateException("ratings are not identifiable: some players share no games with the rest");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double d = a[col][col];
            for (int j = 0; j < 2 * n; j++) {
                a[col][j] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[col][j];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inverse[i], 0, n);
        }
        return inverse;
    }
}
