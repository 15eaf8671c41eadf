package org.sciaccel.integrate;

/**
 * The finite-difference Jacobian of the implicit solvers (SciPy's num_jac, dense case): forward
 * differences with a relative step per column that adapts between calls — enlarged tenfold where
 * the difference drowns in rounding, reduced where it is large, retried once with a ten times
 * larger step where a column's largest difference is too small. Its evaluations of f are not
 * counted in nfev (SciPy calls them through the vectorized function, which bypasses the count).
 */
final class NumJac {
    private static final double DIFF_REJECT = 2.0097183471152322e-14; // eps ** 0.875
    private static final double DIFF_SMALL = 1.8189894035458565e-12; // eps ** 0.75
    private static final double DIFF_BIG = 0.0001220703125; // eps ** 0.25
    private static final double MIN_FACTOR = 2.220446049250313e-13; // 1000 eps
    private static final double FACTOR_INCREASE = 10;
    private static final double FACTOR_DECREASE = 0.1;
    private static final double SQRT_EPS = 1.4901161193847656e-08;

    private final OdeProblem problem;
    private double[] factor;

    NumJac(OdeProblem problem) {
        this.problem = problem;
    }

    /** The Jacobian at (t, y) where f = f(t, y); {@code threshold} is atol (per component). */
    double[][] jacobian(double t, double[] y, double[] f, double[] threshold) {
        int n = y.length;
        if (n == 0) {
            return new double[0][0];
        }
        double[] fac = factor == null ? filled(n, SQRT_EPS) : factor.clone();
        double[] yScale = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double sign = f[i] >= 0 ? 1 : -1;
            yScale[i] = sign * Math.max(threshold[i], Math.abs(y[i]));
            h[i] = y[i] + fac[i] * yScale[i] - y[i];
            while (h[i] == 0) {
                fac[i] *= 10;
                h[i] = y[i] + fac[i] * yScale[i] - y[i];
            }
        }
        double[][] diff = new double[n][n]; // diff[row][column]
        double[] maxDiff = new double[n];
        double[] scale = new double[n];
        double[][] fNew = new double[n][];
        for (int j = 0; j < n; j++) {
            fNew[j] = column(t, y, j, h[j]);
        }
        for (int j = 0; j < n; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                diff[i][j] = fNew[j][i] - f[i];
                col[i] = diff[i][j];
            }
            int maxInd = argmaxAbs(col);
            maxDiff[j] = Math.abs(diff[maxInd][j]);
            scale[j] = Math.max(Math.abs(f[maxInd]), Math.abs(fNew[j][maxInd]));
        }
        for (int j = 0; j < n; j++) {
            if (maxDiff[j] < DIFF_REJECT * scale[j]) {
                double newFactor = FACTOR_INCREASE * fac[j];
                double hNew = y[j] + newFactor * yScale[j] - y[j];
                double[] fj = column(t, y, j, hNew);
                double[] dNew = new double[n];
                for (int i = 0; i < n; i++) {
                    dNew[i] = fj[i] - f[i];
                }
                int maxInd = argmaxAbs(dNew);
                double maxDiffNew = Math.abs(dNew[maxInd]);
                double scaleNew = Math.max(Math.abs(f[maxInd]), Math.abs(fj[maxInd]));
                if (maxDiff[j] * scaleNew < maxDiffNew * scale[j]) {
                    fac[j] = newFactor;
                    h[j] = hNew;
                    for (int i = 0; i < n; i++) {
                        diff[i][j] = dNew[i];
                    }
                    scale[j] = scaleNew;
                    maxDiff[j] = maxDiffNew;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                diff[i][j] /= h[j];
            }
            if (maxDiff[j] < DIFF_SMALL * scale[j]) {
                fac[j] *= FACTOR_INCREASE;
            } else if (maxDiff[j] > DIFF_BIG * scale[j]) {
                fac[j] *= FACTOR_DECREASE;
            }
            fac[j] = Math.max(fac[j], MIN_FACTOR);
        }
        factor = fac;
        return diff;
    }

    private double[] column(double t, double[] y, int j, double hj) {
        double[] yj = y.clone();
        yj[j] = y[j] + hj;
        return problem.f(t, yj);
    }

    /** numpy.argmax(abs(v)): the first largest, or the first NaN. */
    private static int argmaxAbs(double[] v) {
        int at = 0;
        double best = Math.abs(v[0]);
        if (Double.isNaN(best)) {
            return 0;
        }
        for (int i = 1; i < v.length; i++) {
            double a = Math.abs(v[i]);
            if (Double.isNaN(a)) {
                return i;
            }
            if (a > best) {
                best = a;
                at = i;
            }
        }
        return at;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
