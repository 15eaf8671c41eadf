package org.sciaccel.spi;

import org.sciaccel.DType;
import org.sciaccel.NDArray;

/**
 * What a backend implements for NumPy's random numbers from a counter-based Philox4x64-10
 * generator ({@link PhiloxCounter}) that gives the same stream on every backend. The facade
 * ({@link org.sciaccel.numpy.Random}) keeps the generator's state, validates and normalises the
 * arguments and computes per-call constants, so implementations may assume valid input. Every
 * value is a pure function of the key and of its position in the stream, so a backend may compute
 * the elements in any order and in parallel, and every backend must produce the same bits.
 *
 * <p><b>Two ways of reading the stream.</b>
 * <ul>
 * <li><i>NumPy's order</i> ({@link #uniform}, {@link #uniformFloat32}): the 64-bit words of
 * {@code block(base + q)}, q = 0, 1, ..., four per block, read one after the other from word
 * {@code firstWord}: word t is word {@code t % 4} of {@code block(base.plus(t / 4))}. This is
 * NumPy's {@code Philox} buffer order, so the facade reproduces {@code Generator(Philox(seed))}.</li>
 * <li><i>Element streams</i> (every other primitive): element i (row-major) reads its own words,
 * those of {@code block(start.plus(i).lane(j))} for j = 0, 1, 2, ... (words 0 to 3 of each), as
 * many as its rejection loop needs. Nothing is shared between elements, so a rejection never
 * shifts another element's numbers.</li>
 * </ul>
 * A uniform double from a word w is {@code (w >>> 11) * 2^-53}, in [0, 1), as NumPy's
 * {@code next_double}. Logarithms in the distributions are {@code RandomMath.log} of the CPU
 * backend and {@code random_log} of {@code kernels/random/random_math.cl}: the same sequence of
 * correctly rounded IEEE operations on both, not the platform's {@code log}, whose last bit
 * differs between libraries.
 */
public interface RandomOps {

    /**
     * float64 {@code low + range * u_t} for t = firstWord + i, NumPy's {@code random_uniform}
     * ({@code random()} is low 0, range 1, which gives {@code u_t} exactly).
     */
    NDArray uniform(PhiloxCounter base, long firstWord, int[] shape, double low, double range);

    /**
     * float32 {@code (h >>> 8) * 2^-24} from 32-bit draws h, NumPy's {@code next_float}: element 0
     * is {@code pending} when {@code pendingFirst} (the half NumPy keeps from an earlier call);
     * the others, numbered e from 0, take half {@code firstHalf + e} of the stream in NumPy's
     * order: the low 32 bits of word {@code (firstHalf + e) / 2} for an even half index, the high
     * 32 bits for an odd one.
     */
    NDArray uniformFloat32(PhiloxCounter base, long firstHalf, int[] shape, boolean pendingFirst, int pending);

    /**
     * Integers {@code low + r} with r uniform in {@code [0, span]} ({@code span} read unsigned,
     * at most 2^64 - 1), by Lemire's multiply-and-reject method on 64-bit words: for
     * {@code n = span + 1}, a word x gives r = the high 64 bits of {@code x * n}, accepted when
     * the low 64 bits are at least {@code threshold = 2^64 mod n}; a full-width span takes x as
     * it is. Stored in {@code dtype} (bool, int8 to int64, uint8 to uint64) by truncation of the
     * 64-bit sum, which lies in the dtype's range.
     */
    NDArray integers(PhiloxCounter start, int[] shape, DType dtype, long low, long span, long threshold);

    /**
     * {@code loc + scale * z}, z standard normal by Marsaglia's polar method: pairs
     * {@code x = 2u - 1, y = 2u' - 1} until {@code 0 < s = x^2 + y^2 < 1}, then
     * {@code z = y * sqrt(-2 log(s) / s)}; computed in float64, rounded once to {@code dtype}
     * (float32 or float64).
     */
    NDArray normal(PhiloxCounter start, int[] shape, DType dtype, double loc, double scale);

    /** float64 {@code scale * (0 - log(1 - u))}: exponential variates with mean {@code scale}. */
    NDArray exponential(PhiloxCounter start, int[] shape, double scale);

    /** int64 Poisson variates with the per-call constants of {@code c} (see {@link PoissonConstants}). */
    NDArray poisson(PhiloxCounter start, int[] shape, PoissonConstants c);

    /**
     * The first {@code size(shape)} positions of a random order of {@code 0 .. n-1}, int64 in
     * {@code shape} (row-major): the indices
     * sorted by a per-element key, ties by index. Unweighted, the key of element i is word 0 of its
     * stream (read unsigned); weighted, it is {@code E_i / weights[i]} with
     * {@code E_i = 0 - log(1 - u_i)} (Efraimidis and Spirakis' exponential keys: the order is
     * successive sampling with probabilities proportional to the weights), compared as the
     * non-negative doubles' bits, a zero weight's infinite or NaN key last.
     *
     * @param weights null, or n non-negative weights
     */
    NDArray order(PhiloxCounter start, int n, int[] shape, double[] weights);

    /**
     * int64 indices by inverse transform: element i is the first j with {@code cdf[j] > u_i}
     * (NumPy's {@code searchsorted(cdf, u, side='right')}) for u_i from word 0 of its stream.
     *
     * @param cdf non-decreasing, ending with exactly 1.0
     */
    NDArray searchCdf(PhiloxCounter start, int[] shape, double[] cdf);

    /**
     * {@code x.take(indices, axis)} into {@code outShape}: x viewed as outer x len x inner around
     * {@code axis}, the result outer x m x inner with row j = x's row {@code indices[j]}, for the m
     * int64 indices (all in range), any dtype; {@code outShape} has the result's element count
     * (the index array's shape spliced in at {@code axis}).
     */
    NDArray take(NDArray x, int axis, NDArray indices, int[] outShape);

    /** Copies {@code source}'s elements into {@code target} (same dtype and size): an in-place update. */
    void copyInto(NDArray source, NDArray target);
}
