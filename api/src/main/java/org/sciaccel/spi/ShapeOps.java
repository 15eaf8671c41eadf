package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for NumPy's shape manipulation and indexing. The facade
 * ({@code org.sciaccel.numpy}) validates and normalises the arguments first (shapes, axes, bounds,
 * dtypes), so implementations may assume valid input; it composes every op of the family from the
 * few primitives below:
 *
 * <ul>
 * <li>{@link #copyStrided}: the strided gather and scatter. Offsets and strides (negative and zero
 * ones included) address elements of row-major storage, so one call is a transpose, a slice with
 * steps, a flip, a broadcast, a block of a concatenation, or an assignment through a slice;</li>
 * <li>{@link #fillStrided}: one value into a strided region (assignment of a scalar, constant pads);</li>
 * <li>{@link #pad}: rows gathered along one axis by a table (pad's edge, reflect, symmetric and wrap modes);</li>
 * <li>{@link #normalizeIndices}, {@link #firstOutOfBounds}, {@link #takeRows}, {@link #scatterRows}:
 * integer-array indexing (take, take_along_axis, put, assignment through an index array);</li>
 * <li>{@link #flatnonzero} and {@link #unravel}: compaction for nonzero, argwhere and boolean masks.</li>
 * </ul>
 *
 * <p>Arrays are contiguous and row-major; {@code NDArray.viewAs} views share a storage, and a
 * write through any of them is seen by all. Element offsets and strides count elements of the
 * array's dtype (a complex element is one element).
 */
public interface ShapeOps {

    /** How {@link #normalizeIndices} brings indices into {@code [0, n)} (NumPy's {@code mode} of take and put). */
    enum IndexMode {
        /** Indices already checked to lie in {@code [-n, n)}: negative ones count from the end. */
        RAISE,
        /** Indices taken modulo {@code n}. */
        WRAP,
        /** Indices clipped to {@code [0, n-1]} (a negative index becomes 0, as NumPy's clip). */
        CLIP
    }

    /**
     * A new array of {@code dtype} and {@code shape} on this backend whose contents are unspecified:
     * the facade writes every element before it returns the array.
     */
    NDArray allocate(DType dtype, int[] shape);

    /**
     * For every index {@code i} of {@code extents}:
     * {@code dst[dstOffset + Σ i_d·dstStrides[d]] = src[srcOffset + Σ i_d·srcStrides[d]]}.
     * {@code src} and {@code dst} have the same dtype; they may be the same storage only when the
     * two regions do not overlap. An empty {@code extents} (0-d) copies one element.
     */
    void copyStrided(NDArray src, long srcOffset, long[] srcStrides, NDArray dst, long dstOffset, long[] dstStrides,
            int[] extents);

    /**
     * Writes one value into every element {@code dst[offset + Σ i_d·strides[d]]} of {@code extents}.
     *
     * @param bits the value in {@code dst}'s dtype as stored (see {@code DType}): {@code bits[0]} holds
     *             the element's bits (an integer's two's complement, a float's IEEE bits, float16's
     *             half bits, bool 0/1) in its low bytes; for a complex dtype {@code bits[0]} is the
     *             real and {@code bits[1]} the imaginary part's bits
     */
    void fillStrided(NDArray dst, long offset, long[] strides, int[] extents, long[] bits);

    /**
     * {@code input} seen as {@code (outer, n, inner)} padded along its middle axis: a new array of
     * shape {@code outShape} ({@code outer * rows.length * inner} elements) whose element
     * {@code (o, j, i)} is {@code input(o, sourceRows[j], i)}. The facade computes the rows as
     * NumPy's np.pad fills a padded axis (its edge, reflect, symmetric and wrap modes); the
     * original rows start at {@code before} ({@code sourceRows[before + k] == k}).
     */
    NDArray pad(NDArray input, int outer, int n, int inner, int before, long[] sourceRows, int[] outShape);

    /**
     * The first index of {@code indices} (an int64 array, in row-major order) outside
     * {@code [-n, n)}, or null when every index lies inside: read on the host, so that an
     * out-of-bounds index is refused before anything is written.
     */
    Long firstOutOfBounds(NDArray indices, long n);

    /** A new int64 array of {@code indices}' shape: each index brought into {@code [0, n)} as {@code mode} says. */
    NDArray normalizeIndices(NDArray indices, long n, IndexMode mode);

    /**
     * {@code input} seen as {@code (outer, n, inner)}: a new array of shape {@code outShape}
     * ({@code outer * m * inner} elements) with {@code out(o, k, i) = input(o, rows[o·s0 + k·s1 + i·s2], i)},
     * {@code rows} an int64 array of indices in {@code [0, n)} and {@code s} = {@code rowStrides}.
     * take is {@code s = (0, 1, 0)}; take_along_axis passes indices of the result's shape,
     * {@code s = (m·inner, inner, 1)}.
     */
    NDArray takeRows(NDArray input, int outer, int n, int inner, NDArray rows, int m, long[] rowStrides, int[] outShape);

    /**
     * {@code target} seen as {@code (n, inner)}, written in place: for each {@code k < m},
     * {@code target[rows[k], :] = values[v, :]} with {@code v = (cyclicByRow ? rows[k] : k) % valueRows},
     * {@code values} a contiguous array of {@code valueRows × inner} elements of {@code target}'s dtype
     * and {@code rows} int64 indices in {@code [0, n)}. Where an index repeats, the last {@code k} wins,
     * as in NumPy's {@code a[[0, 0]] = [1, 2]}.
     */
    void scatterRows(NDArray target, int n, int inner, NDArray rows, int m, NDArray values, int valueRows,
            boolean cyclicByRow);

    /**
     * The positions (row-major, int64, ascending) of {@code input}'s nonzero elements, a new 1-D
     * array (NumPy's {@code flatnonzero}; bool: true; floats: not ±0, NaN counts; complex: either
     * part nonzero). The count is read on the host to size the result (a few bytes), the positions
     * never are.
     */
    NDArray flatnonzero(NDArray input);

    /**
     * {@code out[outOffset + k·outStride] = (flat[k] / inner) % extent} for {@code k < flat.size()}:
     * one coordinate of row-major positions (an int64 {@code flat}), written into the int64 {@code out}.
     */
    void unravel(NDArray flat, long inner, long extent, NDArray out, long outOffset, long outStride);
}
