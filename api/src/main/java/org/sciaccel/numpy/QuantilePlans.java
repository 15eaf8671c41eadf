package org.sciaccel.numpy;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.spi.QuantilePlan;

/**
 * NumPy 1.24's {@code _quantile} index arithmetic, in the same float64 operations and order, so that
 * the order statistics and interpolation weights are NumPy's to the bit: the virtual index of each
 * method, {@code _get_indexes}' clamping (an index at or past {@code n - 1} becomes -1, i.e. the last
 * element, and the weight is then computed against -1, as NumPy does) and each method's
 * {@code fix_gamma}.
 */
final class QuantilePlans {
    private QuantilePlans() {
    }

    /**
     * The plan for lines of {@code n > 0} elements of dtype {@code input} and quantiles {@code q} (each
     * in [0, 1]).
     */
    static QuantilePlan plan(int n, double[] q, QuantileMethod method, DType input) {
        int count = q.length;
        int[] lo = new int[count];
        int[] hi = new int[count];
        double[] gamma = new double[count];
        for (int j = 0; j < count; j++) {
            double qj = q[j];
            if (method.isDiscrete()) {
                int idx = discreteIndex(n, qj, method);
                lo[j] = idx;
                hi[j] = idx;
                continue;
            }
            double vi = virtualIndex(n, qj, method);
            double prev = Math.floor(vi);
            double next = prev + 1;
            if (vi >= n - 1) {
                prev = -1;
                next = -1;
            }
            if (vi < 0) {
                prev = 0;
                next = 0;
            }
            long p = (long) prev;
            long x = (long) next;
            double g = vi - p;
            if (method == QuantileMethod.AVERAGED_INVERTED_CDF) {
                g = g == 0 ? 0.5 : 1.0;
            } else if (method == QuantileMethod.MIDPOINT) {
                g = pyMod1(vi) == 0 ? 0.0 : 0.5;
            }
            lo[j] = (int) (p < 0 ? p + n : p);
            hi[j] = (int) (x < 0 ? x + n : x);
            gamma[j] = g;
        }
        DType result = method.isDiscrete() ? input
                : Casting.promoteTypes(input, input.isComplex() ? DType.COMPLEX128 : DType.FLOAT64);
        return new QuantilePlan(lo, hi, gamma, method.isDiscrete(), result);
    }

    private static double virtualIndex(int n, double q, QuantileMethod m) {
        switch (m) {
            case AVERAGED_INVERTED_CDF: return n * q - 1;
            case INTERPOLATED_INVERTED_CDF: return virtual(n, q, 0, 1);
            case HAZEN: return virtual(n, q, 0.5, 0.5);
            case WEIBULL: return virtual(n, q, 0, 0);
            case LINEAR: return (n - 1) * q;
            case MEDIAN_UNBIASED: return virtual(n, q, 1 / 3.0, 1 / 3.0);
            case NORMAL_UNBIASED: return virtual(n, q, 3 / 8.0, 3 / 8.0);
            case MIDPOINT: return 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q));
            default: throw new AssertionError(m);
        }
    }

    /** NumPy's {@code _compute_virtual_index}: {@code n * q + (alpha + q * (1 - alpha - beta)) - 1}. */
    private static double virtual(int n, double q, double alpha, double beta) {
        return n * q + (alpha + q * (1 - alpha - beta)) - 1;
    }

    private static int discreteIndex(int n, double q, QuantileMethod m) {
        switch (m) {
            case LOWER: return (int) Math.floor((n - 1) * q);
            case HIGHER: return (int) Math.ceil((n - 1) * q);
            case NEAREST: return (int) Math.rint((n - 1) * q);  // np.around: half to even
            case INVERTED_CDF: return boundary(n * q - 1, false);
            case CLOSEST_OBSERVATION: return boundary(n * q - 1 - 0.5, true);
            default: throw new AssertionError(m);
        }
    }

    /** {@code _discret_interpolation_to_boundaries}: floor where the condition holds, else floor + 1, at least 0. */
    private static int boundary(double index, boolean evenFloorToo) {
        double previous = Math.floor(index);
        double gamma = index - previous;
        boolean takePrevious = gamma == 0 && (!evenFloorToo || pyMod(previous, 2) == 0);
        long res = (long) (takePrevious ? previous : previous + 1);
        return (int) Math.max(0, res);
    }

    /** Python's float {@code x % 1} (the sign of the divisor). */
    private static double pyMod1(double x) {
        return pyMod(x, 1);
    }

    private static double pyMod(double x, double m) {
        double r = x % m;
        return r != 0 && (r < 0) != (m < 0) ? r + m : r;
    }
}
