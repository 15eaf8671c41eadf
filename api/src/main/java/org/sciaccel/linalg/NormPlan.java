package org.sciaccel.linalg;

import org.sciaccel.DType;

/**
 * A validated {@code scipy.linalg.norm} for a backend, resolved as NumPy's {@code linalg.norm}
 * resolves its {@code ord} and {@code axis}: a vector norm along one axis or a matrix norm over two.
 *
 * <p>With one axis, every 1-D line of {@code a} along {@code axes[0]} gives one value: the p-norm
 * {@code sum(|x|^p)^(1/p)} for {@code p} (inf: max |x|, -inf: min |x|, 0: the count of non-zeros).
 * With two axes ({@code axes[0]} the row axis, {@code axes[1]} the column axis), every matrix over
 * them gives one value for {@code ord}: {@code fro}, {@code nuc}, {@code 1}, {@code -1} (max / min
 * column sum of |x|), {@code 2}, {@code -2} (largest / smallest singular value), {@code inf},
 * {@code -inf} (max / min row sum). The results, in row-major order of the remaining axes, fill
 * {@code outShape} (which may hold the reduced axes as 1s, for keepdims) at {@code outType}.
 *
 * @param shape    the shape {@code a} is read as (row-major, its size): a's own, or (size,) for the
 *                 2-norm of all elements
 * @param axes     one or two distinct axes of {@code shape}, non-negative
 * @param p        the vector order (one axis only)
 * @param ord      the matrix order (two axes only; null otherwise)
 * @param outShape the result's shape
 * @param outType  the result's dtype: float16, float32 (float32 and complex64 input) or float64
 */
public record NormPlan(int[] shape, int[] axes, double p, String ord, int[] outShape, DType outType) {

    /** Whether this is a matrix norm (two axes). */
    public boolean matrix() {
        return axes.length == 2;
    }
}
