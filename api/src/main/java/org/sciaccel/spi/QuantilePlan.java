package org.sciaccel.spi;

import org.sciaccel.DType;

/**
 * What {@code numpy.quantile} (and percentile) asks of every line, worked out by the facade from the
 * line length and the quantiles as NumPy 1.24's {@code _quantile} does: for quantile {@code j}, the
 * order statistics {@code lo[j]} and {@code hi[j]} (0-based positions in the sorted line, already
 * clamped as NumPy clamps them) and the weight {@code gamma[j]} of NumPy's {@code _lerp}; for the
 * discrete methods (lower, higher, nearest, inverted_cdf, closest_observation) the result is the
 * order statistic {@code lo[j]} itself, in the input's dtype.
 *
 * <p>A backend computes, per line and quantile, {@code a = v[lo], b = v[hi]},
 * {@code d = b - a} in the input's dtype (integers wrap, as NumPy subtracts them in their own type),
 * then in double (complex: part by part, multiplied as NumPy multiplies complex by real
 * {@code t + 0j}) {@code r = a + d * t}, or {@code r = b - d * (1 - t)} where {@code t >= 0.5};
 * and NaN (complex {@code nan+0j}) for every quantile of a line holding a NaN (float and complex
 * inputs). The result holds the quantiles first: element {@code j * lines + line}.
 *
 * @param lo       first order statistic per quantile
 * @param hi       second order statistic per quantile (equal to lo for the discrete methods)
 * @param gamma    interpolation weight per quantile (unused for the discrete methods)
 * @param discrete whether the result is {@code v[lo]} (the input's dtype) rather than an interpolation
 * @param result   the result's dtype (the input's for the discrete methods; float64 or complex128 else)
 */
public record QuantilePlan(int[] lo, int[] hi, double[] gamma, boolean discrete, DType result) {
    public QuantilePlan {
        lo = lo.clone();
        hi = hi.clone();
        gamma = gamma.clone();
    }

    @Override
    public int[] lo() {
        return lo.clone();
    }

    @Override
    public int[] hi() {
        return hi.clone();
    }

    @Override
    public double[] gamma() {
        return gamma.clone();
    }

    /** Number of quantiles. */
    public int count() {
        return lo.length;
    }
}
