package org.sciaccel.ndimage;

/**
 * Per-group reductions a backend computes for the label measurements: for each group (a label of the index list,
 * or the single group of "all elements" / "labels &gt; 0"), the element count, the sum, the smallest and largest
 * value, the flat index of the first smallest, of the first largest and of the last largest element in raster
 * order. Groups without elements have count 0, sum 0, extremes 0 and positions 0 (SciPy's values for absent
 * labels). A transfer object of the backend SPI.
 *
 * <p>For an integer (or bool) input the extremes and positions come from exact comparisons in the input's type
 * (uint64 unsigned), so 64-bit values past 2^53 that a double cannot tell apart are still ordered as SciPy orders
 * them; {@link #exactMin} and {@link #exactMax} hold the extremes as the input's values (uint64 as its bits),
 * {@link #min} and {@link #max} the same values rounded to double, and {@link #exactSum} the sum in 64-bit
 * two's-complement arithmetic, which wraps as NumPy's int64 / uint64 sum does. {@link #sum} is always the sum of
 * the values converted to double (what SciPy's {@code bincount(weights=...)} adds). For a floating input the
 * exact fields are 0, and NaN orders after every number, as in NumPy's sort: {@link #min} is the smallest number
 * (NaN only when every value is NaN), {@link #max} is NaN when any value is, and the positions are those of these
 * values in that order (ties by raster order, NaNs tying with each other).
 */
public final class GroupStatistics {
    public final long[] count;
    public final double[] sum;
    public final double[] min;
    public final double[] max;
    public final long[] minFirst;
    public final long[] maxFirst;
    public final long[] maxLast;
    public final long[] exactSum;
    public final long[] exactMin;
    public final long[] exactMax;

    public GroupStatistics(int groups) {
        count = new long[groups];
        sum = new double[groups];
        min = new double[groups];
        max = new double[groups];
        minFirst = new long[groups];
        maxFirst = new long[groups];
        maxLast = new long[groups];
        exactSum = new long[groups];
        exactMin = new long[groups];
        exactMax = new long[groups];
    }

    public int groups() {
        return count.length;
    }
}
