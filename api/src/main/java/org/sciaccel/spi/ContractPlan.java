package org.sciaccel.spi;

/**
 * A sum of products over one axis, the form {@code numpy.dot} and {@code numpy.inner} take: with
 * {@code a} read as an {@code I x J} row-major matrix and {@code b}'s element {@code (k, j, m)} at
 * {@code k * strideK + j * strideJ + m * strideM}, the result's element {@code (i, k, m)} (flat
 * {@code (i * K + k) * M + m}) is {@code sum_j a[i, j] * b[k, j, m]}, both operands already of the
 * result's dtype. Integers wrap, bool is "or" of "and"s, float16 sums in float32 and rounds once (as
 * NumPy's {@code HALF_dot}); an empty {@code J} gives zeros.
 *
 * @param i       rows of a
 * @param j       the contracted extent
 * @param k       blocks of b
 * @param m       columns of b
 * @param strideK b's stride of k
 * @param strideJ b's stride of j
 * @param strideM b's stride of m
 * @param shape   the result's shape ({@code I*K*M} elements)
 */
public record ContractPlan(int i, int j, int k, int m, long strideK, long strideJ, long strideM, int[] shape) {
    public ContractPlan {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }
}
