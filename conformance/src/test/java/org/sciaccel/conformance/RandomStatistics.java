package org.sciaccel.conformance;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The goodness-of-fit statistics of the random-number tests, computed here (no statistics library is
 * on the test class path): Kolmogorov-Smirnov against a continuous CDF, with the asymptotic Kolmogorov
 * distribution and Stephens' small-sample correction, and Pearson's chi-square against expected
 * counts, with the chi-square distribution's upper tail from the regularized incomplete gamma function
 * (series below a + 1, Lentz's continued fraction above).
 */
final class RandomStatistics {
    private RandomStatistics() {
    }

    /** The p-value of the one-sample KS test of {@code samples} against {@code cdf}. */
    static double ksPValue(double[] samples, DoubleUnaryOperator cdf) {
        double[] x = samples.clone();
        Arrays.sort(x);
        int n = x.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(x[i]);
            d = Math.max(d, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
        }
        double sn = Math.sqrt(n);
        double lambda = (sn + 0.12 + 0.11 / sn) * d;
        double sum = 0;
        for (int j = 1; j <= 100; j++) {
            double term = Math.exp(-2.0 * j * j * lambda * lambda);
            sum += (j % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-16) {
                break;
            }
        }
        return Math.min(1.0, Math.max(0.0, sum));
    }

    /** The p-value of Pearson's chi-square test of {@code observed} counts against {@code expected} counts. */
    static double chiSquarePValue(long[] observed, double[] expected) {
        double stat = 0;
        for (int i = 0; i < observed.length; i++) {
            double diff = observed[i] - expected[i];
            stat += diff * diff / expected[i];
        }
        return upperGamma((observed.length - 1) / 2.0, stat / 2.0);
    }

    /** The standard normal CDF, from erfc by its continued fraction / series (better than 1e-14). */
    static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    static double erfc(double x) {
        if (x < 0) {
            return 2.0 - erfc(-x);
        }
        // erfc(x) = Q(1/2, x^2) for x >= 0.
        return upperGamma(0.5, x * x);
    }

    /** log(Gamma(x)) for x > 0: Stirling's series at x + k >= 15, shifted down by the product x (x + 1) ... (x + k - 1). */
    static double logGamma(double x) {
        double shift = 0;
        while (x < 15) {
            shift += Math.log(x);
            x += 1;
        }
        double xi = 1 / x;
        double x2 = xi * xi;
        double series = xi * (1.0 / 12 - x2 * (1.0 / 360 - x2 * (1.0 / 1260 - x2 * (1.0 / 1680 - x2 / 1188))));
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
    }

    /** The regularized upper incomplete gamma function Q(a, x). */
    static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1.0;
        }
        double lead = Math.exp(-x + a * Math.log(x) - logGamma(a));
        if (x < a + 1) {
            double sum = 1.0 / a;
            double term = sum;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-16) {
                    break;
                }
            }
            return Math.max(0.0, 1.0 - lead * sum);
        }
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                break;
            }
        }
        return lead * h;
    }
}
