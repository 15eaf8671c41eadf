package org.sciaccel.cpu.linalg;

/**
 * LAPACK's estimate of the reciprocal condition number in the 1-norm for complex matrices (zgecon,
 * zpocon, zsycon, zhecon), implemented from its description: Higham's modification of Hager's method
 * (zlacn2) estimates ||A^-1||_1 from a few products with A^-1 and A^-H, and rcond is
 * 1 / (||A||_1 * that estimate). The real matrices use the machine's LAPACK itself (dgecon etc.).
 */
final class CpuConditionEstimate {
    /** zlacn2's bound on the number of power-method steps. */
    private static final int ITMAX = 5;
    /** LAPACK's safe minimum (dlamch('S')): below it a component's phase is taken as 1. */
    private static final double SAFMIN = Double.MIN_NORMAL;

    private CpuConditionEstimate() {
    }

    /** An in-place product x := M x of a complex vector (interleaved re, im, length 2n). */
    @FunctionalInterface
    interface Product {
        void apply(double[] x);
    }

    /**
     * rcond = 1 / (anorm * est(||A^-1||_1)), {@code inverse} giving A^-1 x and {@code inverseH}
     * A^-H x (the same product for Hermitian matrices; zsycon also passes A^-1 for both).
     */
    static double rcond(int n, double anorm, Product inverse, Product inverseH) {
        if (n == 0) {
            return 1;
        }
        if (anorm == 0) {
            return 0;
        }
        double ainvnm = estimate(n, inverse, inverseH);
        return ainvnm != 0 ? (1 / ainvnm) / anorm : 0;
    }

    /** The 1-norm estimate of the operator whose products are given (zlacn2's reverse communication as a loop). */
    static double estimate(int n, Product m, Product mH) {
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = 1.0 / n;
        }
        m.apply(x);
        if (n == 1) {
            return Math.hypot(x[0], x[1]);
        }
        double est = sumAbs(x);
        phases(x);
        mH.apply(x);
        int j = maxAbs(x);
        int iter = 2;
        while (true) {
            java.util.Arrays.fill(x, 0);
            x[2 * j] = 1;
            m.apply(x);
            double estold = est;
            est = sumAbs(x);
            if (est <= estold) {
                break;
            }
            phases(x);
            mH.apply(x);
            int jlast = j;
            j = maxAbs(x);
            if (abs(x, jlast) != abs(x, j) && iter < ITMAX) {
                iter++;
                continue;
            }
            break;
        }
        // The alternating test vector guards against the power method's blind spots.
        double altsgn = 1;
        java.util.Arrays.fill(x, 0);
        for (int i = 0; i < n; i++) {
            x[2 * i] = altsgn * (1 + (double) i / (n - 1));
            altsgn = -altsgn;
        }
        m.apply(x);
        double temp = 2 * (sumAbs(x) / (3.0 * n));
        return Math.max(temp, est);
    }

    private static double abs(double[] x, int i) {
        return Math.hypot(x[2 * i], x[2 * i + 1]);
    }

    private static double sumAbs(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length / 2; i++) {
            s += abs(x, i);
        }
        return s;
    }

    /** The first index of largest modulus (izmax1). */
    private static int maxAbs(double[] x) {
        int best = 0;
        double bv = abs(x, 0);
        for (int i = 1; i < x.length / 2; i++) {
            double v = abs(x, i);
            if (v > bv) {
                bv = v;
                best = i;
            }
        }
        return best;
    }

    /** x_i := x_i / |x_i| (1 where |x_i| is below the safe minimum). */
    private static void phases(double[] x) {
        for (int i = 0; i < x.length / 2; i++) {
            double a = abs(x, i);
            if (a > SAFMIN) {
                x[2 * i] /= a;
                x[2 * i + 1] /= a;
            } else {
                x[2 * i] = 1;
                x[2 * i + 1] = 0;
            }
        }
    }

    /** zlange('1'): the largest column sum of moduli of a row-major complex n x n matrix. */
    static double oneNorm(double[] a, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.hypot(a[2 * (i * n + j)], a[2 * (i * n + j) + 1]);
            }
            if (s > best || Double.isNaN(s)) {
                best = s;
            }
        }
        return best;
    }

    /** zgecon's products from an LU factorisation without its row interchanges: x := U^-1 L^-1 x. */
    static void luInverse(double[] lu, int n, double[] x) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                subtract(x, i, p, lu[2 * (i * n + p)], lu[2 * (i * n + p) + 1]);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                subtract(x, i, p, lu[2 * (i * n + p)], lu[2 * (i * n + p) + 1]);
            }
            divide(x, i, lu[2 * (i * n + i)], lu[2 * (i * n + i) + 1]);
        }
    }

    /** x := L^-H U^-H x (the conjugate transpose of {@link #luInverse}). */
    static void luInverseH(double[] lu, int n, double[] x) {
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < i; p++) {
                subtract(x, i, p, lu[2 * (p * n + i)], -lu[2 * (p * n + i) + 1]);
            }
            divide(x, i, lu[2 * (i * n + i)], -lu[2 * (i * n + i) + 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int p = i + 1; p < n; p++) {
                subtract(x, i, p, lu[2 * (p * n + i)], -lu[2 * (p * n + i) + 1]);
            }
        }
    }

    /** x[i] -= (fr + i fi) x[p]. */
    private static void subtract(double[] x, int i, int p, double fr, double fi) {
        double xr = x[2 * p];
        double xi = x[2 * p + 1];
        x[2 * i] -= fr * xr - fi * xi;
        x[2 * i + 1] -= fr * xi + fi * xr;
    }

    /** x[i] /= (dr + i di). */
    private static void divide(double[] x, int i, double dr, double di) {
        double xr = x[2 * i];
        double xi = x[2 * i + 1];
        double d = dr * dr + di * di;
        x[2 * i] = (xr * dr + xi * di) / d;
        x[2 * i + 1] = (xi * dr - xr * di) / d;
    }
}
