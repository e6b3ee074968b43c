package com.microcredit.origination.domain.training;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression of P(bad) with an L2 (ridge) penalty on the coefficients, fitted by
 * iteratively reweighted least squares: each Newton step solves (XᵀWX + Λ) β = XᵀW z with
 * commons-math3's Cholesky decomposition. The penalised log-likelihood is strictly concave, so the
 * fit is unique and deterministic; iteration stops when no coefficient moves by more than 1e-10.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    /**
     * intercept first, then one coefficient per column; standard errors from the penalised
     * information matrix.
     */
    public record Fit(
            double[] coefficients,
            double[] standardErrors,
            int iterations,
            boolean converged,
            double logLikelihood) {

        public double linearPredictor(double[] row) {
            double eta = coefficients[0];
            for (int j = 0; j < row.length; j++) {
                eta += coefficients[j + 1] * row[j];
            }
            return eta;
        }
    }

    private LogisticRegression() {}

    /**
     * x: n rows of p features (no intercept column); y: 1 for bad, 0 for good; ridge: penalty on
     * the p coefficients.
     */
    public static Fit fit(double[][] x, int[] y, double ridge) {
        int n = x.length;
        int p = n == 0 ? 0 : x[0].length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("one outcome per row is needed");
        }
        double[] beta = new double[p + 1];
        double mean = java.util.Arrays.stream(y).average().orElse(0.5);
        beta[0] = Math.log(Math.max(mean, 1e-6) / Math.max(1 - mean, 1e-6));
        RealMatrix information = null;
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS && !converged) {
            iteration++;
            double[][] h = new double[p + 1][p + 1];
            double[] g = new double[p + 1];
            for (int i = 0; i < n; i++) {
                double eta = beta[0];
                for (int j = 0; j < p; j++) {
                    eta += beta[j + 1] * x[i][j];
                }
                double mu = 1.0 / (1.0 + Math.exp(-eta));
                double w = Math.max(mu * (1 - mu), 1e-12);
                double z = eta + (y[i] - mu) / w;
                for (int a = 0; a <= p; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    g[a] += w * xa * z;
                    for (int b = a; b <= p; b++) {
                        h[a][b] += w * xa * (b == 0 ? 1 : x[i][b - 1]);
                    }
                }
            }
            for (int a = 0; a <= p; a++) {
                for (int b = 0; b < a; b++) {
                    h[a][b] = h[b][a];
                }
                if (a > 0) {
                    h[a][a] += ridge;
                }
            }
            information = new Array2DRowRealMatrix(h, false);
            DecompositionSolver solver = new CholeskyDecomposition(information).getSolver();
            RealVector next = solver.solve(new ArrayRealVector(g, false));
            double change = 0;
            for (int a = 0; a <= p; a++) {
                change = Math.max(change, Math.abs(next.getEntry(a) - beta[a]));
                beta[a] = next.getEntry(a);
            }
            converged = change < TOLERANCE;
        }
        RealMatrix covariance = new CholeskyDecomposition(information).getSolver().getInverse();
        double[] se = new double[p + 1];
        for (int a = 0; a <= p; a++) {
            se[a] = Math.sqrt(covariance.getEntry(a, a));
        }
        return new Fit(beta, se, iteration, converged, logLikelihood(x, y, beta));
    }

    private static double logLikelihood(double[][] x, int[] y, double[] beta) {
        double ll = 0;
        for (int i = 0; i < x.length; i++) {
            double eta = beta[0];
            for (int j = 0; j < x[i].length; j++) {
                eta += beta[j + 1] * x[i][j];
            }
            ll += y[i] == 1 ? -Math.log1p(Math.exp(-eta)) : -Math.log1p(Math.exp(eta));
        }
        return ll;
    }
}
