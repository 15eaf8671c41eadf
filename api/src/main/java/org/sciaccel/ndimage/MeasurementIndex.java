package org.sciaccel.ndimage;

import java.util.function.Supplier;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.Half;

/**
 * SciPy's {@code index} of a label measurement: none, one label or a list, of integers (an int64 index) or of
 * floats (a float64 index), and the label key ({@link LabelKeys}) each entry is matched by. SciPy matches an entry
 * with the labels in three ways, which differ for floats:
 * <ul>
 * <li>one label ({@code labels == index}, NumPy 1.24's value-based casting): against integer labels in float64,
 * so a non-integral entry matches nothing; against float labels in the labels' type when the value lies in its
 * range (0.1 matches a float32 label 0.1), else in a wider one;</li>
 * <li>a list ({@code _stats} / {@code _select}): against float labels in float64 (a float32 label 0.1 does not
 * match 0.1); against integer labels of at most 32 bits unsigned or 64 signed whose values all lie in
 * {@code [0, labels.size]}, by {@code bincount} after converting the entries to int64, which truncates 4.5 to 4;
 * against other integer labels through {@code numpy.unique}, by value;</li>
 * <li>histogram's ({@code labeled_comprehension}): the entries converted to the labels' dtype, a ValueError unless
 * that loses nothing, then compared in it.</li>
 * </ul>
 * An entry that can match no label has no key.
 */
final class MeasurementIndex {
    /** How the measurement matches its entries, as above. */
    enum Matching { MEASURE, HISTOGRAM }

    private static final double TWO_63 = 0x1p63;

    private final long[] ints;
    private final double[] reals;
    final boolean list;

    private MeasurementIndex(long[] ints, double[] reals, boolean list) {
        this.ints = ints;
        this.reals = reals;
        this.list = list;
    }

    static MeasurementIndex none() {
        return new MeasurementIndex(null, null, false);
    }

    static MeasurementIndex of(long label) {
        return new MeasurementIndex(new long[] {label}, null, false);
    }

    static MeasurementIndex of(double label) {
        return new MeasurementIndex(null, new double[] {label}, false);
    }

    static MeasurementIndex of(long[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("index: null list");
        }
        return new MeasurementIndex(labels.clone(), null, true);
    }

    static MeasurementIndex of(double[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("index: null list");
        }
        return new MeasurementIndex(null, labels.clone(), true);
    }

    boolean isNone() {
        return ints == null && reals == null;
    }

    int size() {
        return ints != null ? ints.length : reals.length;
    }

    /** Whether the index is a float64 array in SciPy (else int64). */
    boolean isFloat() {
        return reals != null;
    }

    /** The label range SciPy's bincount path needs: labels.min() &gt;= 0 and labels.max() &lt;= labels.size. */
    interface BincountTest extends Supplier<Boolean> {
    }

    /**
     * Each entry's key, or {@code present[e] = false} where the entry can match no label.
     *
     * @param labels   the labels' dtype
     * @param bincount asked only for a list of floats against small integer labels
     * @throws IllegalArgumentException histogram's loss-of-precision error
     */
    long[] keys(DType labels, Matching matching, BincountTest bincount, boolean[] present) {
        int n = size();
        long[] keys = new long[n];
        if (matching == Matching.HISTOGRAM) {
            for (int e = 0; e < n; e++) {
                present[e] = true;
                keys[e] = histogramKey(labels, e);
            }
            return keys;
        }
        Boolean truncates = null;
        for (int e = 0; e < n; e++) {
            Long k;
            if (ints != null) {
                k = intKey(labels, ints[e]);
            } else if (LabelKeys.byValue(labels)) {
                k = list ? floatKeyInFloat64(labels, reals[e]) : floatKeyValueBased(labels, reals[e]);
            } else if (list && safelyCastableToInt(labels) && reals[e] != Math.rint(reals[e])) {
                if (truncates == null) {
                    truncates = bincount.get();
                }
                // numpy.asanyarray(index, numpy.int_): C's truncation; NaN and out-of-range values give int64's
                // minimum, which is never a label there (the labels are >= 0).
                double v = reals[e];
                k = truncates && v > -TWO_63 && v < TWO_63 ? (Long) (long) v : null;
            } else {
                k = integralKey(labels, reals[e]);
            }
            present[e] = k != null;
            keys[e] = k == null ? 0 : k;
        }
        return keys;
    }

    /** An integer entry: equal to an integer label of that value; to a float label only of exactly that value. */
    private static Long intKey(DType labels, long v) {
        switch (labels) {
            case FLOAT64: return (long) (double) v == v ? LabelKeys.doubleKey(v) : null;
            case FLOAT32: return (long) (float) v == v ? LabelKeys.floatKey(v) : null;
            case FLOAT16: {
                float h = Half.toFloat(Half.fromDouble(v));
                return (long) h == v && Math.abs(v) <= Half.MAX ? LabelKeys.floatKey(h) : null;
            }
            case UINT64: return v >= 0 ? v : null; // no uint64 label equals a negative value
            case BOOL: return v == 0 || v == 1 ? v : null;
            default: return v;
        }
    }

    /** A float entry against integer labels: only an integral value in the labels' range of values matches. */
    private static Long integralKey(DType labels, double v) {
        if (v != Math.rint(v)) {
            return null; // NaN and infinities too
        }
        if (labels == DType.UINT64) {
            return v >= 0 && v < 2 * TWO_63 ? Casting.toUint64Bits(v) : null;
        }
        return v >= -TWO_63 && v < TWO_63 ? (Long) (long) v : null;
    }

    /** A float entry of a list against float labels: compared in float64. */
    private static Long floatKeyInFloat64(DType labels, double v) {
        if (v != v) {
            return null;
        }
        switch (labels) {
            case FLOAT64: return LabelKeys.doubleKey(v);
            case FLOAT32: return (double) (float) v == v ? LabelKeys.floatKey((float) v) : null;
            default: {
                double h = Half.toDouble(Half.fromDouble(v));
                return h == v ? LabelKeys.floatKey((float) h) : null;
            }
        }
    }

    /**
     * One float label against float labels: NumPy compares in the smallest float type at least as wide as the
     * labels' whose range holds the value (infinities fit every type), so the value is rounded to it first.
     */
    private static Long floatKeyValueBased(DType labels, double v) {
        if (v != v) {
            return null;
        }
        boolean inHalf = Double.isInfinite(v) || Math.abs(v) <= Half.MAX;
        boolean inFloat = Double.isInfinite(v) || Math.abs(v) <= Float.MAX_VALUE;
        if (labels == DType.FLOAT16 && inHalf) {
            return LabelKeys.floatKey(Half.toFloat(Half.fromDouble(v)));
        }
        if (labels != DType.FLOAT64 && inFloat) {
            return LabelKeys.floatKey((float) v); // a float32 that is no float16 matches no float16 label
        }
        // Compared in float64: only a value of the labels' own type can be equal.
        return floatKeyInFloat64(labels, v);
    }

    /** SciPy's {@code _safely_castable_to_int}: signed types up to 64 bits, unsigned ones below 64. */
    static boolean safelyCastableToInt(DType t) {
        return t.kind() == DType.Kind.SIGNED || (t.kind() == DType.Kind.UNSIGNED && t.itemSize() < 8);
    }

    /**
     * labeled_comprehension: {@code index.astype(labels.dtype)} must convert back to the same values, then the
     * converted value is compared in the labels' type.
     */
    private long histogramKey(DType labels, int e) {
        String from = reals != null ? "float64" : "int64";
        if (LabelKeys.byValue(labels)) {
            double v = reals != null ? reals[e] : ints[e];
            double cast = labels == DType.FLOAT64 ? v : labels == DType.FLOAT32 ? (float) v
                    : Half.toDouble(Half.fromDouble(v));
            boolean same = reals != null ? cast == v : (long) cast == ints[e] && !Double.isInfinite(cast);
            if (!same) {
                throw lossOfPrecision(from, labels);
            }
            return labels == DType.FLOAT64 ? LabelKeys.doubleKey(cast) : LabelKeys.floatKey((float) cast);
        }
        long cast;
        boolean same;
        if (reals != null) {
            double v = reals[e];
            cast = labels == DType.BOOL ? (v != 0 ? 1 : 0) : labels == DType.UINT64 ? Casting.toUint64Bits(v)
                    : (long) Casting.cConvert(v, labels);
            double back = labels == DType.UINT64 ? Casting.unsignedToDouble(cast) : cast;
            same = back == v;
        } else {
            cast = labels == DType.BOOL ? (ints[e] != 0 ? 1 : 0) : wrap(labels, ints[e]);
            same = labels == DType.UINT64 || cast == ints[e]; // uint64 -> int64 gives the same bits back
        }
        if (!same) {
            throw lossOfPrecision(from, labels);
        }
        return cast;
    }

    private static IllegalArgumentException lossOfPrecision(String from, DType labels) {
        return new IllegalArgumentException("index: Cannot convert index values from <" + from + "> to <"
                + labels.numpyName() + "> (labels' type) without loss of precision");
    }

    /** An int64 converted to an integer type (two's complement, NumPy's astype), read back as a long. */
    private static long wrap(DType t, long v) {
        switch (t) {
            case INT8: return (byte) v;
            case UINT8: return v & 0xFF;
            case INT16: return (short) v;
            case UINT16: return v & 0xFFFF;
            case INT32: return (int) v;
            case UINT32: return v & 0xFFFF_FFFFL;
            default: return v;
        }
    }
}
