package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for NumPy's array creation (zeros, ones, full, the _like forms, arange,
 * linspace, logspace, eye, identity, diag, tri, tril, triu, meshgrid, mgrid, ogrid, indices): a few
 * primitives that write a new array on the device from a handful of numbers, never from an array
 * built on the host, so creating an array moves no data to the device. The facade
 * ({@code org.sciaccel.numpy.Numpy}) validates and normalises the arguments first (shapes
 * non-negative and within the array limits, values already converted to the result's dtype as
 * NumPy converts them), so implementations may assume valid input. Every method returns a new
 * array on this backend.
 *
 * <p><b>Arithmetic of a dtype</b>, as NumPy's C loops do it: the integer types and bool in 64-bit
 * two's-complement arithmetic, kept to the type's low bits when stored (so it wraps as NumPy's
 * does); float32 in float; float64 in double; float16 in float, rounded to half when stored; the
 * complex types part by part in their component's precision. No fused multiply-add.
 */
public interface CreationOps {

    /** A new array of {@code shape} with every element equal to {@code value} (of {@code value.dtype()}). */
    NDArray full(int[] shape, Element value);

    /**
     * A new array of {@code shape} and the ramps' dtype, cut into {@code blocks.length} consecutive
     * blocks of equal size (the flat array's {@code [b * size / n, (b + 1) * size / n)}), block
     * {@code b} filled by {@code blocks[b]} (see {@link Ramp}): {@code arange} is one block, the
     * dense {@code indices} and {@code mgrid} one block per axis.
     */
    NDArray ramps(int[] shape, Ramp... blocks);

    /**
     * linspace's (or, with a base, logspace's) samples as {@code plan} describes them.
     *
     * @param start null when the plan's start and stop are scalars; otherwise an array of the plan's
     *              dtype whose shape is the plan's shape without the sample axis
     * @param stop  likewise, of the same shape
     * @return {@code {samples}}, or {@code {samples, steps}} when the plan asks for the steps (array form)
     */
    NDArray[] linspace(LinspacePlan plan, NDArray start, NDArray stop);

    /**
     * eye and tri: a new {@code (n, m)} array of {@code dtype} holding one where the diagonal index
     * {@code j - i} equals {@code k} (eye; {@code lower == false}) or is at most {@code k}
     * (tri; {@code lower == true}), zero elsewhere.
     */
    NDArray band(DType dtype, int n, int m, int k, boolean lower);

    /**
     * tril and triu over the last two axes of {@code m} (at least two axes, any leading axes a
     * batch): a copy in which the elements with {@code j - i > k} (tril) or {@code j - i < k}
     * ({@code upper}: triu) are zero.
     */
    NDArray triangle(NDArray m, int k, boolean upper);

    /**
     * diag of a 1-D {@code v} of length {@code n}: a new {@code (n + |k|, n + |k|)} array of
     * {@code v}'s dtype, zero but for {@code v} along the {@code k}-th diagonal.
     */
    NDArray diagonalMatrix(NDArray v, int k);

    /**
     * A new array of {@code shape} and {@code x}'s dtype whose element at coordinates {@code c} is
     * {@code x}'s element at flat index {@code offset + sum(c[d] * strides[d])} (strides in elements,
     * 0 to repeat along an axis): broadcasting ({@code meshgrid}, linspace's start and stop), a
     * diagonal ({@code diag} of a 2-D array), a reshaped copy. Every index stays inside {@code x}.
     */
    NDArray gather(NDArray x, int[] shape, long offset, long[] strides);
}
