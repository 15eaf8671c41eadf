package org.sciaccel.spi;

import org.sciaccel.DType;

/**
 * A piecewise polynomial in SciPy's local power basis, ready to evaluate at many points
 * ({@link PiecewisePolyOps#evaluate}): on piece {@code i}, {@code S(v) = sum_q c[q, i, j] (v - breaks[i])^(order-1-q)}
 * for each column {@code j}. Built and validated by {@code org.sciaccel.interpolate}; the arrays are
 * owned by the plan and never changed.
 *
 * <p>The result has shape {@code (pre, N, post)} read flat (the points' shape {@code N} put where the
 * interpolation axis was); column {@code j} of the coefficients is output column
 * {@code (j / post, j % post)}.
 *
 * @param breaks       {@code pieces + 1} non-decreasing breakpoints
 * @param coefficients {@code order * pieces * columns} values, SciPy's {@code c} layout {@code (order, pieces, columns)}
 * @param order        the polynomial order (degree + 1), at least 1
 * @param pre          the product of the output dimensions before the points' ones
 * @param post         the product of the output dimensions after the points' ones
 * @param rightClosed  pieces are {@code (b[i], b[i+1]]} (a point on a breakpoint takes the piece on its left),
 *                     with the first one closed at both ends; otherwise SciPy's {@code [b[i], b[i+1])}, the last closed
 * @param outside      what a point outside {@code [lower, upper]} (or outside the breaks) gets
 * @param lower        the lower bound for {@link Outside#FILL} (the breaks' first otherwise)
 * @param upper        the upper bound for {@link Outside#FILL}
 * @param fillBelow    per column, the value below {@code lower} ({@link Outside#FILL} only, else null)
 * @param fillAbove    per column, the value above {@code upper} ({@link Outside#FILL} only, else null)
 * @param output       float64, or float32 (computed in double, stored rounded)
 * @param nanInLast    a NaN point takes the last piece (interp1d's nearest, previous and next, whose search
 *                     puts NaN past every sample) instead of giving NaN
 */
public record PiecewisePolyPlan(double[] breaks, double[] coefficients, int order, int pre, int post,
        boolean rightClosed, Outside outside, double lower, double upper, double[] fillBelow, double[] fillAbove,
        DType output, boolean nanInLast) {

    /** What a point outside the breakpoints gets. */
    public enum Outside {
        /** The first or last piece's polynomial, continued. */
        EXTRAPOLATE,
        /** NaN. */
        NAN,
        /** Moved into the breaks' range by NumPy's floor remainder of the period, then evaluated. */
        PERIODIC,
        /**
         * Below {@code lower}: {@code fillBelow}; above {@code upper}: {@code fillAbove}; in between
         * (NaN included), the pieces continued past the breaks.
         */
        FILL
    }

    /** The number of pieces. */
    public int pieces() {
        return breaks.length - 1;
    }

    /** The number of polynomials per piece, {@code pre * post}. */
    public int columns() {
        return pre * post;
    }

    /** The first breakpoint. */
    public double start() {
        return breaks[0];
    }

    /** The last breakpoint. */
    public double end() {
        return breaks[breaks.length - 1];
    }
}
