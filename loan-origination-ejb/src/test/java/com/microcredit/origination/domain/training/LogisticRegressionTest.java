package com.microcredit.origination.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void anUnpenalisedFitOnOneBinaryFeatureReproducesTheLogOddsRatio() {
        // x = 0: 10 bads of 40; x = 1: 20 bads of 40 -> β0 = ln(10/30), β1 = ln(20/20) − ln(10/30)
        // = ln 3.
        double[][] x = new double[80][1];
        int[] y = new int[80];
        for (int i = 0; i < 80; i++) {
            x[i][0] = i < 40 ? 0 : 1;
            y[i] = i < 40 ? (i < 10 ? 1 : 0) : (i < 60 ? 1 : 0);
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0);
        assertTrue(fit.converged());
        assertEquals(Math.log(10.0 / 30.0), fit.coefficients()[0], 1e-9);
        assertEquals(Math.log(3.0), fit.coefficients()[1], 1e-9);
    }

    @Test
    void thePenalisedFitSolvesItsScoreEquations() {
        Random r = new Random(3);
        int n = 400;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            double eta = -1 + 0.8 * x[i][0] - 0.5 * x[i][1];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        double ridge = 2.0;
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, ridge);
        assertTrue(fit.converged());
        // Gradient of the penalised log-likelihood: Σ (y − μ) x_j − λ β_j = 0 (no penalty on the
        // intercept).
        double[] gradient = new double[4];
        for (int i = 0; i < n; i++) {
            double mu = 1 / (1 + Math.exp(-fit.linearPredictor(x[i])));
            gradient[0] += y[i] - mu;
            for (int j = 0; j < 3; j++) {
                gradient[j + 1] += (y[i] - mu) * x[i][j];
            }
        }
        assertEquals(0, gradient[0], 1e-8);
        for (int j = 1; j <= 3; j++) {
            assertEquals(0, gradient[j] - ridge * fit.coefficients()[j], 1e-8);
        }
        assertTrue(fit.coefficients()[1] > 0.5 && fit.coefficients()[2] < -0.3);
    }
}
