package org.sciaccel.integrate;

import java.util.function.DoubleUnaryOperator;
import org.sciaccel.Warnings;
import org.sciaccel.numpy.PairwiseSum;

/**
 * Gaussian quadrature of fixed order (fixed_quad), of increasing order until two agree
 * (quadrature), and Romberg's extrapolation of the trapezoidal rule (romberg), as SciPy 1.10
 * computes them: the Legendre nodes and weights (Newton-polished roots of P_n), the mapped sum
 * (b-a)/2 * sum(w f(y)), NumPy's pairwise summation of the function values.
 */
final class GaussQuadrature {
    private GaussQuadrature() {
    }

    /** Nodes and weights of the n-point Gauss–Legendre rule on (-1, 1), nodes ascending. */
    static double[][] legendre(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n: must be a positive integer (n=" + n + ")");
        }
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double pp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
                }
                pp = n * (z * p1 - p2) / (z * z - 1);
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) <= 1e-16 * Math.abs(z) && it > 2) {
                    break;
                }
            }
            double p1 = 1;
            double p2 = 0;
            for (int j = 1; j <= n; j++) {
                double p3 = p2;
                p2 = p1;
                p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
            }
            pp = n * (z * p1 - p2) / (z * z - 1);
            double wi = 2 / ((1 - z * z) * pp * pp);
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = wi;
            w[n - 1 - i] = wi;
        }
        if (n % 2 == 1) {
            x[n / 2] = 0;
        }
        return new double[][] {x, w};
    }

    static double fixedQuad(DoubleUnaryOperator f, double a, double b, int n) {
        double[][] xw = legendre(n);
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("a, b: Gaussian quadrature is only available for finite limits.");
        }
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            double y = (b - a) * (xw[0][i] + 1) / 2.0 + a;
            terms[i] = xw[1][i] * f.applyAsDouble(y);
        }
        return (b - a) / 2.0 * PairwiseSum.sum(terms, 0, n, 1);
    }

    /** {val, err}. */
    static double[] quadrature(DoubleUnaryOperator f, double a, double b, double tol, double rtol, int maxiter,
            int miniter) {
        double val = Double.POSITIVE_INFINITY;
        double err = Double.POSITIVE_INFINITY;
        int max = Math.max(miniter + 1, maxiter);
        boolean converged = false;
        for (int n = miniter; n <= max; n++) {
            double newval = fixedQuad(f, a, b, n);
            err = Math.abs(newval - val);
            val = newval;
            if (err < tol || err < rtol * Math.abs(val)) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            Warnings.warn(Warnings.Category.ACCURACY, String.format("maxiter (%d) exceeded. Latest difference = %s",
                    max, PyFormat.e(err)));
        }
        return new double[] {val, err};
    }

    /** The result, and with show the table (rows of the Romberg triangle) into {@code table} when not null. */
    static double romberg(DoubleUnaryOperator f, double a, double b, double tol, double rtol, int divmax,
            java.util.List<double[]> table) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("a, b: Romberg integration only available for finite limits.");
        }
        int n = 1;
        double intrange = b - a;
        double ordsum = difftrap(f, a, b, n);
        double result = intrange * ordsum;
        if (table != null) {
            table.add(new double[] {result});
        }
        double err = Double.POSITIVE_INFINITY;
        double[] lastRow = {result};
        boolean converged = false;
        for (int i = 1; i <= divmax; i++) {
            n *= 2;
            ordsum += difftrap(f, a, b, n);
            double[] row = new double[i + 1];
            row[0] = intrange * ordsum / n;
            for (int k = 0; k < i; k++) {
                double tmp = Math.pow(4.0, k + 1);
                row[k + 1] = (tmp * row[k] - lastRow[k]) / (tmp - 1.0);
            }
            result = row[i];
            double lastresult = lastRow[i - 1];
            if (table != null) {
                table.add(row);
            }
            err = Math.abs(result - lastresult);
            if (err < tol || err < rtol * Math.abs(result)) {
                converged = true;
                break;
            }
            lastRow = row;
        }
        if (!converged) {
            Warnings.warn(Warnings.Category.ACCURACY, String.format("divmax (%d) exceeded. Latest difference = %s",
                    divmax, PyFormat.e(err)));
        }
        return result;
    }

    private static double difftrap(DoubleUnaryOperator f, double a, double b, int numtraps) {
        if (numtraps == 1) {
            return 0.5 * (f.applyAsDouble(a) + f.applyAsDouble(b));
        }
        double numtosum = numtraps / 2.0;
        double h = (b - a) / numtosum;
        double lox = a + 0.5 * h;
        int m = numtraps / 2;
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            v[i] = f.applyAsDouble(lox + h * i);
        }
        return PairwiseSum.sum(v, 0, m, 1);
    }

    /** Python's %e. */
    static final class PyFormat {
        private PyFormat() {
        }

        static String e(double v) {
            if (Double.isNaN(v)) {
                return "nan";
            }
            if (Double.isInfinite(v)) {
                return v > 0 ? "inf" : "-inf";
            }
            String s = String.format(java.util.Locale.ROOT, "%.6e", v);
            int i = s.indexOf('e');
            String mant = s.substring(0, i);
            String exp = s.substring(i + 1);
            char sign = exp.charAt(0) == '-' ? '-' : '+';
            String digits = exp.replaceFirst("^[+-]", "");
            if (digits.length() < 2) {
                digits = "0" + digits;
            }
            return mant + "e" + sign + digits;
        }
    }
}
