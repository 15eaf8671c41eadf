package org.sciaccel.fft;

import org.sciaccel.Backend;
import org.sciaccel.NDArray;

/**
 * {@code scipy.fftpack}'s older names used in the SciPy lecture notes, on the same implementation
 * as {@link Fft} with fftpack's conventions: no {@code norm} argument (always unscaled forward,
 * 1/n inverse), {@code shape} instead of {@code s} for {@code fft2}.
 *
 * <p>Deviation: {@code overwrite_x} does not exist (inputs are never modified).
 */
public final class Fftpack {
    private Fftpack() {
    }

    /** {@code fftpack.fft(x)} along the last axis. */
    public static NDArray fft(NDArray x) {
        return Fft.fft(x);
    }

    /**
     * @param n length of the transformed axis (null: the input's)
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fftpack.fft.html">scipy.fftpack.fft</a>
     */
    public static NDArray fft(NDArray x, Integer n, int axis) {
        return Fft.fft(x, n, axis, null);
    }

    /** {@code fftpack.ifft(x)} along the last axis. */
    public static NDArray ifft(NDArray x) {
        return Fft.ifft(x);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fftpack.ifft.html">scipy.fftpack.ifft</a> */
    public static NDArray ifft(NDArray x, Integer n, int axis) {
        return Fft.ifft(x, n, axis, null);
    }

    /** {@code fftpack.fft2(x)} over the last two axes. */
    public static NDArray fft2(NDArray x) {
        return Fft.fft2(x);
    }

    /**
     * @param shape lengths of the transformed axes (null: the input's)
     * @param axes  the two axes (null: (-2, -1))
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fftpack.fft2.html">scipy.fftpack.fft2</a>
     */
    public static NDArray fft2(NDArray x, int[] shape, int[] axes) {
        return Fft.fft2(x, shape, axes, null);
    }

    /** @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.fftpack.fftfreq.html">scipy.fftpack.fftfreq</a> */
    public static NDArray fftfreq(int n, double d) {
        return Fft.fftfreq(n, d);
    }

    /** {@link #fftfreq(int, double)} created on {@code backend}, as {@link Fft#fftfreq(int, double, Backend)}. */
    public static NDArray fftfreq(int n, double d, Backend backend) {
        return Fft.fftfreq(n, d, backend);
    }
}
