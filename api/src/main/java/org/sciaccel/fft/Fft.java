package org.sciaccel.fft;

import static org.sciaccel.fft.FftArgs.atLeastOne;
import static org.sciaccel.fft.FftArgs.checkFreq;
import static org.sciaccel.fft.FftArgs.checkInput;
import static org.sciaccel.fft.FftArgs.checkLength;
import static org.sciaccel.fft.FftArgs.checkN;
import static org.sciaccel.fft.FftArgs.defaultInverseLength;
import static org.sciaccel.fft.FftArgs.one;
import static org.sciaccel.fft.FftArgs.resolveAxes;
import static org.sciaccel.fft.FftArgs.resolveLengths;

import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;

/**
 * {@code scipy.fft} for {@link NDArray}s: SciPy 1.10's functions, names in camelCase, its
 * parameters, defaults and semantics. Results live on the input's backend.
 *
 * <p>Types follow SciPy: float32 and complex64 inputs give complex64 (float32 for the real
 * results of {@code irfft*} and {@code hfft}); float64, complex128, integer and bool inputs give
 * complex128 (float64). {@code n}/{@code s} crop or zero-pad the input along the transformed axes
 * ({@code null} keeps the input's length; an entry of -1 in {@code s} does too), {@code axis}/
 * {@code axes} may be negative, {@code norm} is {@code "backward"} (default, also {@code null}),
 * {@code "ortho"} or {@code "forward"}.
 *
 * <p>Deviations from SciPy: the {@code overwrite_x}, {@code workers} and {@code plan} arguments
 * do not exist (the backend decides its threads and caches plans itself); computations on the CPU
 * are carried out in double precision even for single-precision types, so float32 results are at
 * least as accurate as SciPy's.
 */
public final class Fft {
    private Fft() {
    }

    // ---- 1-D complex ----

    /** {@code fft(x)} along the last axis. */
    public static NDArray fft(NDArray x) {
        return fft(x, null, -1, null);
    }

    /**
     * One-dimensional discrete Fourier transform along {@code axis}.
     *
     * @param n    length of the transformed axis (crop or zero-pad); null for the input's
     * @param norm "backward", "ortho", "forward" or null (backward)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.fft.html">scipy.fft.fft</a>
     */
    public static NDArray fft(NDArray x, Integer n, int axis, String norm) {
        return complexND("fft.fft", x, one(n), new int[] {axis}, norm, true, true);
    }

    /** {@code ifft(x)} along the last axis. */
    public static NDArray ifft(NDArray x) {
        return ifft(x, null, -1, null);
    }

    /**
     * One-dimensional inverse discrete Fourier transform along {@code axis}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ifft.html">scipy.fft.ifft</a>
     */
    public static NDArray ifft(NDArray x, Integer n, int axis, String norm) {
        return complexND("fft.ifft", x, one(n), new int[] {axis}, norm, false, true);
    }

    // ---- n-D complex ----

    /** {@code fft2(x)}: axes (-2, -1). */
    public static NDArray fft2(NDArray x) {
        return fft2(x, null, new int[] {-2, -1}, null);
    }

    /**
     * Two-dimensional discrete Fourier transform.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.fft2.html">scipy.fft.fft2</a>
     */
    public static NDArray fft2(NDArray x, int[] s, int[] axes, String norm) {
        return complexND("fft.fft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, true, false);
    }

    /** {@code ifft2(x)}: axes (-2, -1). */
    public static NDArray ifft2(NDArray x) {
        return ifft2(x, null, new int[] {-2, -1}, null);
    }

    /**
     * Two-dimensional inverse discrete Fourier transform.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ifft2.html">scipy.fft.ifft2</a>
     */
    public static NDArray ifft2(NDArray x, int[] s, int[] axes, String norm) {
        return complexND("fft.ifft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, false, false);
    }

    /** {@code fftn(x)} over every axis. */
    public static NDArray fftn(NDArray x) {
        return fftn(x, null, null, null);
    }

    /**
     * N-dimensional discrete Fourier transform over {@code axes} (null: the last {@code s.length}
     * axes, or every axis when {@code s} is null too).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.fftn.html">scipy.fft.fftn</a>
     */
    public static NDArray fftn(NDArray x, int[] s, int[] axes, String norm) {
        return complexND("fft.fftn", x, s, axes, norm, true, false);
    }

    /** {@code ifftn(x)} over every axis. */
    public static NDArray ifftn(NDArray x) {
        return ifftn(x, null, null, null);
    }

    /**
     * N-dimensional inverse discrete Fourier transform.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ifftn.html">scipy.fft.ifftn</a>
     */
    public static NDArray ifftn(NDArray x, int[] s, int[] axes, String norm) {
        return complexND("fft.ifftn", x, s, axes, norm, false, false);
    }

    // ---- real ----

    /** {@code rfft(x)} along the last axis. */
    public static NDArray rfft(NDArray x) {
        return rfft(x, null, -1, null);
    }

    /**
     * Discrete Fourier transform of a real input: the {@code n/2 + 1} non-negative frequencies.
     *
     * @throws org.sciaccel.SciPyArgumentException for a complex {@code x} (SciPy raises TypeError)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.rfft.html">scipy.fft.rfft</a>
     */
    public static NDArray rfft(NDArray x, Integer n, int axis, String norm) {
        return realForwardND("fft.rfft", x, one(n), new int[] {axis}, norm, true);
    }

    /** {@code irfft(x)} along the last axis, output length {@code 2*(m-1)}. */
    public static NDArray irfft(NDArray x) {
        return irfft(x, null, -1, null);
    }

    /**
     * Inverse of {@link #rfft}: the real signal of length {@code n} (default {@code 2*(m-1)} for
     * {@code m} input points) whose non-negative frequencies are {@code x}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.irfft.html">scipy.fft.irfft</a>
     */
    public static NDArray irfft(NDArray x, Integer n, int axis, String norm) {
        return realInverseND("fft.irfft", x, one(n), new int[] {axis}, norm, true);
    }

    /** {@code rfft2(x)}: axes (-2, -1). */
    public static NDArray rfft2(NDArray x) {
        return rfft2(x, null, null, null);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.rfft2.html">scipy.fft.rfft2</a> */
    public static NDArray rfft2(NDArray x, int[] s, int[] axes, String norm) {
        return realForwardND("fft.rfft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, false);
    }

    /** {@code irfft2(x)}: axes (-2, -1). */
    public static NDArray irfft2(NDArray x) {
        return irfft2(x, null, null, null);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.irfft2.html">scipy.fft.irfft2</a> */
    public static NDArray irfft2(NDArray x, int[] s, int[] axes, String norm) {
        return realInverseND("fft.irfft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, false);
    }

    /** {@code rfftn(x)} over every axis. */
    public static NDArray rfftn(NDArray x) {
        return rfftn(x, null, null, null);
    }

    /**
     * N-dimensional transform of a real input; the last of {@code axes} keeps its non-negative frequencies.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.rfftn.html">scipy.fft.rfftn</a>
     */
    public static NDArray rfftn(NDArray x, int[] s, int[] axes, String norm) {
        return realForwardND("fft.rfftn", x, s, axes, norm, false);
    }

    /** {@code irfftn(x)} over every axis. */
    public static NDArray irfftn(NDArray x) {
        return irfftn(x, null, null, null);
    }

    /**
     * Inverse of {@link #rfftn}; the last axis' output length defaults to {@code 2*(m-1)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.irfftn.html">scipy.fft.irfftn</a>
     */
    public static NDArray irfftn(NDArray x, int[] s, int[] axes, String norm) {
        return realInverseND("fft.irfftn", x, s, axes, norm, false);
    }

    /** {@code hfft(x)} along the last axis. */
    public static NDArray hfft(NDArray x) {
        return hfft(x, null, -1, null);
    }

    /**
     * Transform of a Hermitian-symmetric signal given by its first half: a real result of length
     * {@code n} (default {@code 2*(m-1)}).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.hfft.html">scipy.fft.hfft</a>
     */
    public static NDArray hfft(NDArray x, Integer n, int axis, String norm) {
        FftNorm nm = FftNorm.parse(norm);
        int nd = checkInput(x);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        int len = n == null ? defaultInverseLength(x, ax) : checkN(n);
        DType ct = complexType(x.dtype());
        // hfft(x) = irfft(conj(x)) with the dual norm: the real result of the forward transform.
        return OpRouter.run("fft.hfft", x, (b, in) -> {
            try (Owned c = Owned.astype(b, in, ct); NDArray conj = b.fft().conj(c.array)) {
                return b.fft().c2r(conj, ax, len, nm.scale(len, true));
            }
        });
    }

    /** {@code ihfft(x)} along the last axis. */
    public static NDArray ihfft(NDArray x) {
        return ihfft(x, null, -1, null);
    }

    /**
     * Inverse of {@link #hfft}: the first {@code n/2 + 1} values of the inverse transform of a real input.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ihfft.html">scipy.fft.ihfft</a>
     */
    public static NDArray ihfft(NDArray x, Integer n, int axis, String norm) {
        FftNorm nm = FftNorm.parse(norm);
        int nd = checkInput(x);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        DType rt = realType(x.dtype());
        int len = n == null ? x.shape(ax) : checkN(n);
        checkLength(len, ax);
        return OpRouter.run("fft.ihfft", x, (b, in) -> {
            try (Owned r = Owned.astype(b, in, rt); NDArray spec = b.fft().r2c(r.array, ax, len, nm.scale(len, false))) {
                return b.fft().conj(spec);
            }
        });
    }

    /** {@code hfft2(x)}: axes (-2, -1). */
    public static NDArray hfft2(NDArray x) {
        return hfft2(x, null, null, null);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.hfft2.html">scipy.fft.hfft2</a> */
    public static NDArray hfft2(NDArray x, int[] s, int[] axes, String norm) {
        return realInverseND("fft.hfft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, false, true);
    }

    /** {@code hfftn(x)} over every axis. */
    public static NDArray hfftn(NDArray x) {
        return hfftn(x, null, null, null);
    }

    /**
     * N-dimensional transform of a Hermitian-symmetric input given by its first half along the last
     * of {@code axes}: {@code irfftn(conj(x))} with the dual norm, as SciPy computes it.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.hfftn.html">scipy.fft.hfftn</a>
     */
    public static NDArray hfftn(NDArray x, int[] s, int[] axes, String norm) {
        return realInverseND("fft.hfftn", x, s, axes, norm, false, true);
    }

    /** {@code ihfft2(x)}: axes (-2, -1). */
    public static NDArray ihfft2(NDArray x) {
        return ihfft2(x, null, null, null);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ihfft2.html">scipy.fft.ihfft2</a> */
    public static NDArray ihfft2(NDArray x, int[] s, int[] axes, String norm) {
        return realForwardND("fft.ihfft2", x, s, axes == null ? new int[] {-2, -1} : axes, norm, false, true);
    }

    /** {@code ihfftn(x)} over every axis. */
    public static NDArray ihfftn(NDArray x) {
        return ihfftn(x, null, null, null);
    }

    /**
     * Inverse of {@link #hfftn}: {@code conj(rfftn(x))} with the dual norm, as SciPy computes it.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ihfftn.html">scipy.fft.ihfftn</a>
     */
    public static NDArray ihfftn(NDArray x, int[] s, int[] axes, String norm) {
        return realForwardND("fft.ihfftn", x, s, axes, norm, false, true);
    }

    // ---- helpers: frequencies, shifts, lengths ----

    /** {@code fftfreq(n, d)} as float64 on the CPU backend. */
    public static NDArray fftfreq(int n, double d) {
        return fftfreq(n, d, Backends.fallback());
    }

    /**
     * Sample frequencies {@code [0, 1, ..., ceil(n/2)-1, -floor(n/2), ..., -1] / (d*n)}, float64.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.fftfreq.html">scipy.fft.fftfreq</a>
     */
    public static NDArray fftfreq(int n, double d, Backend backend) {
        checkFreq(n, d);
        double[] f = new double[n];
        double v = 1.0 / (n * d);
        int positive = (n - 1) / 2 + 1;
        for (int i = 0; i < positive; i++) {
            f[i] = i * v;
        }
        for (int i = positive; i < n; i++) {
            f[i] = (i - n) * v;
        }
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {n}, f));
    }

    /** {@code rfftfreq(n, d)} as float64 on the CPU backend. */
    public static NDArray rfftfreq(int n, double d) {
        return rfftfreq(n, d, Backends.fallback());
    }

    /**
     * Sample frequencies of {@link #rfft}: {@code [0, 1, ..., n/2] / (d*n)}, float64.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.rfftfreq.html">scipy.fft.rfftfreq</a>
     */
    public static NDArray rfftfreq(int n, double d, Backend backend) {
        checkFreq(n, d);
        double[] f = new double[n / 2 + 1];
        double v = 1.0 / (n * d);
        for (int i = 0; i < f.length; i++) {
            f[i] = i * v;
        }
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {f.length}, f));
    }

    /** {@code fftshift(x)} over every axis. */
    public static NDArray fftshift(NDArray x) {
        return fftshift(x, null);
    }

    /**
     * Moves the zero frequency to the centre: rolls each of {@code axes} (null: all) by {@code len/2}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.fftshift.html">scipy.fft.fftshift</a>
     */
    public static NDArray fftshift(NDArray x, int[] axes) {
        return shift("fft.fftshift", x, axes, true);
    }

    /** {@code ifftshift(x)} over every axis. */
    public static NDArray ifftshift(NDArray x) {
        return ifftshift(x, null);
    }

    /**
     * Inverse of {@link #fftshift}: rolls each of {@code axes} (null: all) by {@code -(len/2)}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.ifftshift.html">scipy.fft.ifftshift</a>
     */
    public static NDArray ifftshift(NDArray x, int[] axes) {
        return shift("fft.ifftshift", x, axes, false);
    }

    /** {@code next_fast_len(target)} for complex transforms. */
    public static int nextFastLen(int target) {
        return nextFastLen(target, false);
    }

    /**
     * The smallest length {@code >= target} whose prime factors are all at most 5 ({@code real}) or
     * 11 (complex), as SciPy's FFT computes it.
     *
     * @throws IllegalArgumentException if {@code target} is negative, or the fast length is beyond the int
     *         range (use {@link #nextFastLen(long, boolean)})
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fft.next_fast_len.html">scipy.fft.next_fast_len</a>
     */
    public static int nextFastLen(int target, boolean real) {
        long n = nextFastLen((long) target, real);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("target=" + target + " has no fast length within the int range"
                    + " (nextFastLen(long, boolean) gives " + n + ")");
        }
        return (int) n;
    }

    /**
     * {@link #nextFastLen(int, boolean)} for NumPy's int64 lengths (SciPy's tests go up to 2.9e17).
     * Searches the 5-smooth (11-smooth) numbers directly: for each product of the odd primes below
     * the best length so far, the smallest power-of-two multiple at or above the target, then trading
     * factors of 2 for factors of 3; a linear scan would take forever between large smooth numbers.
     *
     * @throws IllegalArgumentException if {@code target} is negative or above 2^61 (where x * 3 could overflow)
     */
    public static long nextFastLen(long target, boolean real) {
        if (target < 0) {
            throw new IllegalArgumentException("target=" + target + " must be a non-negative integer");
        }
        if (target > (1L << 61)) {
            throw new IllegalArgumentException("target=" + target + " is too large (at most 2^61)");
        }
        if (target <= 6) {
            return target;
        }
        // The next power of two bounds the answer.
        long best = Long.bitCount(target) == 1 ? target : Long.highestOneBit(target) << 1;
        int[] odd = real ? new int[] {5} : new int[] {5, 7, 11};
        return smooth(target, best, odd, 0, 1);
    }

    /** The best 2^a 3^b * (product of {@code odd} powers from index {@code k} on) * {@code f} at least {@code n}. */
    private static long smooth(long n, long best, int[] odd, int k, long f) {
        if (k < odd.length) {
            for (long g = f; g < best; g *= odd[k]) {
                best = smooth(n, best, odd, k + 1, g);
                if (g > best / odd[k]) {
                    break;
                }
            }
            return best;
        }
        long x = f;
        while (x < n) {
            x <<= 1;
        }
        while (true) {
            if (x < n) {
                x *= 3;
            } else if (x > n) {
                best = Math.min(best, x);
                if ((x & 1) != 0) {
                    return best;
                }
                x >>= 1;
            } else {
                return n;
            }
        }
    }

    // ---- composition ----

    private static NDArray complexND(String op, NDArray x, int[] s, int[] axes, String norm, boolean forward,
            boolean oneD) {
        FftNorm nm = FftNorm.parse(norm);
        int nd = checkInput(x);
        int[] ax = resolveAxes(x, s, axes, nd, oneD);
        if (ax.length == 0) {
            // SciPy: no axis to transform is a copy, dtype unchanged.
            return x.astype(x.dtype());
        }
        int[] lens = resolveLengths(x, s, ax, oneD);
        DType ct = complexType(x.dtype());
        return OpRouter.run(op, x, (b, in) -> {
            NDArray cur;
            try (Owned c = Owned.astype(b, in, ct)) {
                cur = c.array;
                for (int i = ax.length - 1; i >= 0; i--) {
                    NDArray next = b.fft().c2c(cur, ax[i], lens[i], forward, nm.scale(lens[i], forward));
                    if (cur != c.array) {
                        cur.close();
                    }
                    cur = next;
                }
                return cur;
            }
        });
    }

    private static NDArray realForwardND(String op, NDArray x, int[] s, int[] axes, String norm, boolean oneD) {
        return realForwardND(op, x, s, axes, norm, oneD, false);
    }

    /**
     * rfftn; with {@code hermitian} ihfftn: the same transforms with the inverse direction's
     * scale (the dual norm), conjugated at the end (the inverse transform of a real input).
     */
    private static NDArray realForwardND(String op, NDArray x, int[] s, int[] axes, String norm, boolean oneD,
            boolean hermitian) {
        boolean dir = !hermitian;
        FftNorm nm = FftNorm.parse(norm);
        int nd = checkInput(x);
        // SciPy's order (r2cn): the real check, the axes and lengths, then at least one axis.
        DType rt = realType(x.dtype());
        int[] ax = resolveAxes(x, s, axes, nd, oneD);
        int[] lens = atLeastOne(ax, resolveLengths(x, s, ax, oneD));
        int last = ax.length - 1;
        return OpRouter.run(op, x, (b, in) -> {
            NDArray cur;
            try (Owned r = Owned.astype(b, in, rt)) {
                cur = b.fft().r2c(r.array, ax[last], lens[last], nm.scale(lens[last], dir));
            }
            for (int i = last - 1; i >= 0; i--) {
                NDArray next;
                try {
                    next = b.fft().c2c(cur, ax[i], lens[i], true, nm.scale(lens[i], dir));
                } finally {
                    cur.close();
                }
                cur = next;
            }
            if (hermitian) {
                try {
                    return b.fft().conj(cur);
                } finally {
                    cur.close();
                }
            }
            return cur;
        });
    }

    private static NDArray realInverseND(String op, NDArray x, int[] s, int[] axes, String norm, boolean oneD) {
        return realInverseND(op, x, s, axes, norm, oneD, false);
    }

    /**
     * irfftn; with {@code hermitian} hfftn: the same transforms of conj(x) with the forward
     * direction's scale (the dual norm).
     */
    private static NDArray realInverseND(String op, NDArray x, int[] s, int[] axes, String norm, boolean oneD,
            boolean hermitian) {
        boolean dir = hermitian;
        FftNorm nm = FftNorm.parse(norm);
        int nd = checkInput(x);
        int[] ax = resolveAxes(x, s, axes, nd, oneD);
        int last = ax.length - 1;
        int[] lens;
        if (oneD && s == null) {
            // SciPy's 1-D c2r checks only the default length 2*(m-1).
            lens = new int[] {defaultInverseLength(x, ax[0])};
        } else {
            // c2rn: the input's lengths (or s) are checked first, then the default output length.
            lens = atLeastOne(ax, resolveLengths(x, s, ax, oneD));
            if (s == null) {
                int m = x.shape(ax[last]);
                // pocketfft's c2r takes a zero output length as 2m - 1 (an input of one point gives one).
                lens[last] = m == 1 ? 1 : 2 * (m - 1);
            }
        }
        DType ct = complexType(x.dtype());
        return OpRouter.run(op, x, (b, in) -> {
            NDArray cur;
            try (Owned c = Owned.astype(b, in, ct); NDArray conj = hermitian ? b.fft().conj(c.array) : null) {
                NDArray start = hermitian ? conj : c.array;
                cur = start;
                for (int i = 0; i < last; i++) {
                    NDArray next = b.fft().c2c(cur, ax[i], lens[i], false, nm.scale(lens[i], dir));
                    if (cur != start) {
                        cur.close();
                    }
                    cur = next;
                }
                NDArray result = b.fft().c2r(cur, ax[last], lens[last], nm.scale(lens[last], dir));
                if (cur != start) {
                    cur.close();
                }
                return result;
            }
        });
    }

    private static NDArray shift(String op, NDArray x, int[] axes, boolean forward) {
        if (x == null) {
            throw new IllegalArgumentException("x: null array");
        }
        int nd = x.ndim();
        int[] ax;
        if (axes == null) {
            ax = new int[nd];
            for (int i = 0; i < nd; i++) {
                ax[i] = i;
            }
        } else {
            ax = new int[axes.length];
            for (int i = 0; i < axes.length; i++) {
                ax[i] = Shapes.normalizeAxis("axes", axes[i], nd);
            }
        }
        int[] shape = x.shape();
        return OpRouter.run(op, x, (b, in) -> {
            NDArray cur = in;
            for (int a : ax) {
                int len = shape[a];
                if (len == 0) {
                    continue;
                }
                int sh = forward ? len / 2 : len - len / 2;
                sh %= len;
                NDArray next = b.fft().roll(cur, a, sh);
                if (cur != in) {
                    cur.close();
                }
                cur = next;
            }
            return cur == in ? b.astype(in, in.dtype()) : cur;
        });
    }

    /**
     * SciPy's promotion: single precision stays single, float16 goes to single (scipy.fft has no half
     * transforms), everything else (integers too) is double.
     */
    static DType complexType(DType t) {
        return t == DType.FLOAT32 || t == DType.FLOAT16 || t == DType.COMPLEX64 ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    static DType realType(DType t) {
        if (t.isComplex()) {
            throw SciPyArgumentException.typeError("x must be a real sequence; got dtype " + t);
        }
        return t == DType.FLOAT32 || t == DType.FLOAT16 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** An input converted to the working dtype, closed afterwards only when the conversion made a new array. */
    private static final class Owned implements AutoCloseable {
        final NDArray array;
        private final boolean owned;

        private Owned(NDArray array, boolean owned) {
            this.array = array;
            this.owned = owned;
        }

        static Owned astype(Backend b, NDArray in, DType t) {
            if (in.dtype() == t) {
                return new Owned(in, false);
            }
            b.requireSupported(t, "x");
            return new Owned(b.astype(in, t), true);
        }

        @Override
        public void close() {
            if (owned) {
                array.close();
            }
        }
    }
}
