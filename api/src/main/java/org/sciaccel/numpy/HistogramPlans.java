package org.sciaccel.numpy;

import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.spi.Extremes;
import org.sciaccel.spi.HistogramPlan;

/**
 * NumPy 1.24's equal-bin histogram arithmetic with the types NumPy's value-based casting picks at
 * every step ({@code _get_outer_edges}, {@code _get_bin_edges}, the fast loop of {@code histogram}).
 * The outer edges are either Python floats (from {@code range}), NumPy scalars of the input's dtype
 * (from its min and max), Python ints (0 and 1 for an empty input), or float64 scalars (an empty
 * range widened by 0.5); which one decides the dtype of the edges, of the keep comparisons and of
 * the scaling.
 */
final class HistogramPlans {
    /** Where an outer edge came from, which decides its type in NumPy's promotion. */
    private enum Origin { PYTHON_FLOAT, PYTHON_INT, INPUT_SCALAR, FLOAT64_SCALAR }

    /** An outer edge: its value and origin (exact bits for an integer input's own min or max). */
    private record Edge(double value, long bits, Origin origin) {
    }

    /** The plan and the outer edges NumPy's linspace spans. */
    record Uniform(HistogramPlan plan, double first, double last) {
    }

    private HistogramPlans() {
    }

    /**
     * The plan for {@code bins} equal bins of an input of dtype {@code a} (bool already read as
     * uint8), {@code range} null or {@code {min, max}}, {@code extremes} the input's min and max
     * (null when it is empty or a range is given).
     */
    static Uniform plan(String op, DType a, int size, int bins, double[] range, Extremes extremes, DType countType) {
        Edge first;
        Edge last;
        if (range != null) {
            if (range[0] > range[1]) {
                throw new IllegalArgumentException(op + ": max must be larger than min in range parameter. (range=["
                        + range[0] + ", " + range[1] + "])");
            }
            if (!Double.isFinite(range[0]) || !Double.isFinite(range[1])) {
                throw new IllegalArgumentException(op + ": supplied range of [" + range[0] + ", " + range[1]
                        + "] is not finite");
            }
            first = new Edge(range[0], 0, Origin.PYTHON_FLOAT);
            last = new Edge(range[1], 0, Origin.PYTHON_FLOAT);
        } else if (size == 0) {
            first = new Edge(0, 0, Origin.PYTHON_INT);
            last = new Edge(1, 1, Origin.PYTHON_INT);
        } else {
            if (!Double.isFinite(extremes.min()) || !Double.isFinite(extremes.max())) {
                throw new IllegalArgumentException(op + ": autodetected range of [" + extremes.min() + ", "
                        + extremes.max() + "] is not finite");
            }
            first = new Edge(extremes.min(), extremes.minBits(), Origin.INPUT_SCALAR);
            last = new Edge(extremes.max(), extremes.maxBits(), Origin.INPUT_SCALAR);
        }
        boolean equal = first.origin == Origin.INPUT_SCALAR && !a.isFloatingPoint()
                ? first.bits == last.bits : first.value == last.value;
        if (equal) {
            // first - 0.5: a NumPy scalar or a Python number minus a Python float is a float64 scalar.
            Origin o = first.origin == Origin.PYTHON_FLOAT || first.origin == Origin.PYTHON_INT
                    ? Origin.PYTHON_FLOAT : Origin.FLOAT64_SCALAR;
            first = new Edge(first.value - 0.5, 0, o);
            last = new Edge(last.value + 0.5, 0, o);
        }
        DType binType = a.isFloatingPoint()
                ? Casting.promoteTypes(Casting.promoteTypes(a, scalarType(first, a)), scalarType(last, a))
                : DType.FLOAT64;
        double diff = unsignedSubtract(last, first, a);
        double norm = bins / diff;
        // sub * norm: the float array (binType) times a Python or float64 scalar, value-based.
        DType mulType = Casting.promoteTypes(binType, SortArgs.minScalarFloat(norm));
        boolean integerBounds = !a.isFloatingPoint() && first.origin == Origin.INPUT_SCALAR;
        double lower = keepBound(first, a);
        double upper = keepBound(last, a);
        HistogramPlan plan = new HistogramPlan(bins, binType, SortArgs.roundTo(first.value, binType), norm, mulType,
                integerBounds, lower, upper, first.bits, last.bits, countType);
        return new Uniform(plan, first.value, last.value);
    }

    /** The dtype an outer edge takes next to an array of dtype {@code a} (NumPy 1.24's value-based casting). */
    private static DType scalarType(Edge e, DType a) {
        switch (e.origin) {
            case INPUT_SCALAR: return a;
            case PYTHON_INT: return DType.UINT8;   // 0 and 1; an int never widens a float array
            default: return SortArgs.minScalarFloat(e.value);
        }
    }

    /**
     * {@code _unsigned_subtract(last, first)}: the two scalars' own promotion (scalars only: no
     * value-based casting), integers subtracted as the unsigned type of their width.
     */
    private static double unsignedSubtract(Edge last, Edge first, DType a) {
        if (first.origin == Origin.INPUT_SCALAR) {
            if (!a.isFloatingPoint()) {
                long d = last.bits - first.bits;   // exact as an unsigned difference of the type's width
                return a == DType.UINT64 || a == DType.INT64 ? Casting.unsignedToDouble(d) : (double) d;
            }
            if (a == DType.FLOAT32) {
                return (float) last.value - (float) first.value;
            }
            if (a == DType.FLOAT16) {
                return SortArgs.roundTo((float) last.value - (float) first.value, DType.FLOAT16);
            }
        }
        return last.value - first.value;
    }

    /**
     * The keep bound as the comparison {@code a >= first} sees it: an integer input against a float
     * is compared in float64; a float input against a Python float in the promotion of its dtype and
     * the float's minimal type; against its own scalar exactly.
     */
    private static double keepBound(Edge e, DType a) {
        if (!a.isFloatingPoint() || e.origin == Origin.INPUT_SCALAR) {
            return e.value;
        }
        return SortArgs.roundTo(e.value, Casting.promoteTypes(a, scalarType(e, a)));
    }
}
