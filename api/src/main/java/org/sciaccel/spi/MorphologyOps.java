package org.sciaccel.spi;

import org.sciaccel.NDArray;
import org.sciaccel.ndimage.DistanceTransformResult;
import org.sciaccel.ndimage.GroupStatistics;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Mode;

/**
 * The ndimage morphology, labeling, measurement and distance-transform primitives a backend implements. Arguments arrive validated and
 * normalised by the facade, so implementations need not check them again.
 */
public interface MorphologyOps {

    /**
     * One binary erosion pass, repeated: {@code out[i] = AND_{j: s[j]} v[i + j - shape/2 - origin]} (or OR when
     * {@code invert}, which with a reflected structure and origin is SciPy's dilation), where {@code v} is the input
     * as booleans inside the array and {@code borderValue} outside it. Where {@code mask} is false the output keeps
     * the input's value. The pass is repeated {@code iterations} times, or until nothing changes when
     * {@code iterations < 1}.
     *
     * @param input          a bool array on this backend
     * @param structure      row-major structuring element, true where it takes part, with at least one true value
     * @param structureShape its shape, same rank as the input
     * @param origin         one value per axis, each within {@code [-(s/2), (s-1)/2]}
     * @param iterations     number of passes; below 1 means until nothing changes
     * @param mask           a bool array of the input's shape on this backend, or null
     * @param borderValue    the value of the input beyond its edges
     * @param invert         false: erosion (all neighbours true); true: any neighbour true
     * @return a new bool array of the input's shape
     */
    NDArray binaryErosion(NDArray input, boolean[] structure, int[] structureShape, int[] origin, int iterations,
            NDArray mask, boolean borderValue, boolean invert);

    /**
     * Connected components of the non-zero elements, numbered from 1 in raster order of each component's first
     * element (SciPy's order).
     *
     * @param input     a bool array on this backend
     * @param structure row-major, shape 3 along every axis of the input, centrally symmetric
     * @return int32 labels on this backend and the number of components
     */
    LabelResult label(NDArray input, boolean[] structure);

    /**
     * Bounding boxes of labels {@code 1..maxLabel}: entry {@code l-1} is null when label {@code l} does not occur,
     * else {@code [start0, stop0, start1, stop1, ...]} (stops exclusive).
     *
     * @param labels   an integer array on this backend
     * @param maxLabel largest label reported, or -1 for the largest label present (0 when none)
     */
    int[][] findObjects(NDArray labels, int maxLabel);

    /*
     * Label measurements. Elements are grouped by (labels, keys): with labels null, one group of every element; with
     * keys null, one group of the elements whose label is > 0 (for an unsigned label: != 0); else group k holds the
     * elements whose label, read as org.sciaccel.ndimage.LabelKeys says (integers as their value, floating labels
     * through the order-preserving image of their value), equals keys[k] (keys sorted ascending, distinct), other
     * elements belong to no group. Labels may have any real dtype. Flat indices are row-major.
     */

    /**
     * Count, sum, extremes and their positions per group (see {@link GroupStatistics} for integer inputs' exact
     * fields).
     *
     * @param input  a real array on this backend
     * @param labels a real array of the input's shape on this backend, or null
     * @param keys   sorted distinct label keys, or null
     */
    GroupStatistics groupStatistics(NDArray input, NDArray labels, long[] keys);

    /**
     * Per group, the sum of {@code (input - means[group])^2} (SciPy's centred second moment). A float16 input is
     * computed as NumPy's float16 arithmetic: each difference and each square rounded to float16 (the sum in
     * double); pass a float64 copy for double arithmetic.
     */
    double[] groupCentredSquares(NDArray input, NDArray labels, long[] keys, double[] means);

    /** Per group and axis ({@code [group][axis]}), the sum of {@code input * coordinate}. */
    double[][] groupWeightedCoordinates(NDArray input, NDArray labels, long[] keys);

    /**
     * Per group, NumPy's {@code histogram(values, bins, (min, max))} counts: equal bins between min and max, the last
     * closed, values outside ignored.
     */
    long[][] groupHistogram(NDArray input, NDArray labels, long[] keys, double min, double max, int bins);

    /** Per group, the median (mean of the two middle values for an even count; 0 for an empty group). */
    double[] groupMedian(NDArray input, NDArray labels, long[] keys);

    /**
     * Minimum (erosion) or maximum (dilation form) filter over a footprint: {@code out[i] = min_{j: fp[j]}
     * (v[i + j - shape/2 - origin] - s[j])}, or max of {@code v + s[j]} when {@code maximum}, where {@code v} is the
     * input extended by {@code mode} ({@code cval} beyond the edges in constant mode, the structure applying to it
     * too) and {@code s} is the non-flat structure (null: flat, all zero). As SciPy's {@code NI_MinOrMaxFilter}, the
     * loop SciPy runs for a footprint that is not a flat box or a non-flat structure (a flat box is its separable path,
     * {@link NdimageOps#minMaxFilter1d} per axis, whose order of comparisons keeps other NaNs): starting from the
     * first true element's value, a later one replaces it when strictly smaller (larger), so a NaN is kept only where
     * it is the first element compared; the extreme is kept in double; cval is first cast to the input's type; with a
     * structure, the first element's value plus its structure value stays in double while every later one is added
     * to its structure value cast to the input's type, in that type (integers wrap; float32 adds in float). The
     * extreme is stored into {@code output} by x86-64's C conversion ({@link org.sciaccel.Casting#cConvert}; uint64 as
     * {@link org.sciaccel.Casting#toUint64Bits}, float32 rounded, bool the converted byte read as non-zero).
     *
     * @param footprint      row-major, same rank as the input, at least one true element
     * @param footprintShape its shape
     * @param structure      null or one value per footprint element
     * @param origin         one value per axis within the footprint
     * @param mode           one of the filter modes ({@link Mode#filterExtension()} already applied)
     * @param output         the result's dtype: a real dtype this backend holds, float16 aside
     */
    NDArray greyMinMax(NDArray input, boolean[] footprint, int[] footprintShape, double[] structure, int[] origin,
            Mode mode, double cval, boolean maximum, org.sciaccel.DType output);

    /** {@link #elementwise} operation: {@code a + b} in the arrays' dtype (integers wrap, as NumPy's). */
    int ADD = 0;
    /** {@code a - b} in the arrays' dtype. */
    int SUBTRACT = 1;
    /** {@code a != b} for bool arrays (NumPy's bitwise_xor). */
    int XOR = 2;
    /** {@code a && !b} for bool arrays. */
    int AND_NOT = 3;

    /**
     * An elementwise operation of two arrays of the same shape and dtype, in that dtype, as NumPy's in-place
     * operators compute it (integers wrap around).
     */
    NDArray elementwise(NDArray a, NDArray b, int op);

    /** {@code numpy.logical_not} of a bool array. */
    NDArray logicalNot(NDArray a);

    /**
     * SciPy's exact Euclidean distance transform: the feature transform by separable Voronoi (lower-envelope) passes
     * along axis 0, 1, ... with SciPy's tie rules, then distances {@code sqrt(sum_ax ((f_ax - x_ax) * sampling_ax)^2)}.
     *
     * @param input    a bool array (true: foreground, measured; false: background)
     * @param sampling one spacing per axis
     */
    DistanceTransformResult distanceTransformEdt(NDArray input, double[] sampling, boolean distances, boolean indices);

    /**
     * SciPy's chamfer distance transform: a forward raster pass and a backward pass with the earlier half of
     * {@code metric} (3 along every axis), int32 distances (-1 where no background is reachable) and the indices of
     * the background element reached.
     */
    DistanceTransformResult distanceTransformCdt(NDArray input, boolean[] metric, boolean distances, boolean indices);
}
