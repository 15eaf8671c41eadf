package org.sciaccel.spi;

import org.sciaccel.NDArray;

/**
 * The FFT primitives a backend implements: one-dimensional transforms along one axis, batched over
 * all the other axes. Multi-axis transforms, norms and dtype rules are composed in the
 * {@link org.sciaccel.fft.Fft} facade. Arguments arrive validated and normalised (axis
 * non-negative, {@code n >= 1}, dtypes already the working ones), so implementations need not
 * check them again. Every method returns a new array on this backend.
 */
public interface FftOps {

    /**
     * Complex transform along {@code axis}: the input line is cropped or zero-padded to {@code n},
     * transformed ({@code forward}: {@code exp(-2 pi i jk/n)}, otherwise {@code exp(+2 pi i jk/n)}) and
     * multiplied by {@code scale}.
     *
     * @param input complex64 or complex128; the result has the same dtype
     */
    NDArray c2c(NDArray input, int axis, int n, boolean forward, double scale);

    /**
     * Forward transform of a real input along {@code axis} (cropped or zero-padded to {@code n}),
     * keeping the {@code n/2 + 1} non-negative frequencies, multiplied by {@code scale}.
     *
     * @param input float32 (result complex64) or float64 (result complex128)
     */
    NDArray r2c(NDArray input, int axis, int n, double scale);

    /**
     * Inverse transform of a Hermitian-symmetric signal whose first {@code n/2 + 1} values are given
     * along {@code axis} (the line is cropped or zero-padded to that count): the real result of
     * length {@code n}, multiplied by {@code scale}. The imaginary parts of the zero frequency and
     * (for even {@code n}) of the Nyquist frequency are ignored, as in pocketfft.
     *
     * @param input complex64 (result float32) or complex128 (result float64)
     */
    NDArray c2r(NDArray input, int axis, int n, double scale);

    /** The complex conjugate of a complex64 or complex128 array (same dtype). */
    NDArray conj(NDArray input);

    /**
     * {@code numpy.roll} along one axis: {@code out[(i + shift) mod len] = in[i]}, any dtype.
     *
     * @param shift already reduced to {@code [0, len)}
     */
    NDArray roll(NDArray input, int axis, int shift);

    // ---- primitives for the FFT-based functions of scipy.signal (fftconvolve, resample, detrend) ----

    /**
     * Element-wise product of two arrays of the same dtype (complex64, complex128, float32, float64
     * or int64, whose products wrap around as NumPy's) and the same number of axes, broadcast as
     * NumPy does: along each axis the lengths are equal or one of them is 1, and the result takes
     * the larger (the spectra of {@code fftconvolve}'s inputs along the axes it does not convolve).
     */
    NDArray multiply(NDArray a, NDArray b);

    /**
     * {@code scipy.signal.resample}'s spectrum of {@code num} bins from a full complex spectrum
     * (complex64 or complex128) of {@code len} bins along {@code axis}: of {@code N = min(num, len)}
     * frequencies, the {@code N/2 + 1} non-negative ones stay at the start and the {@code N - N/2 - 1}
     * negative ones move to the end, zeros between; for even {@code N} the Nyquist bin is joined when
     * downsampling ({@code Y[N/2] = X[N/2] + X[len - N/2]}, except for {@code N = 2}, where SciPy's
     * slice for it is empty) or split when upsampling ({@code Y[N/2] = Y[num - N/2] = X[N/2] / 2}).
     */
    NDArray resizeSpectrum(NDArray input, int axis, int num);

    /**
     * The block of {@code shape} starting at {@code start} (both one entry per axis, within the
     * input), any dtype.
     */
    NDArray crop(NDArray input, int[] start, int[] shape);

    /** A complex array with position t along {@code axis} multiplied by {@code factors[t]}. */
    NDArray scaleAlongAxis(NDArray input, int axis, double[] factors);

    /**
     * {@code scipy.signal.detrend} of a float32 or float64 array along {@code axis}: the mean
     * ({@code linear} false) or the least-squares line of each segment [bp[k], bp[k+1]) removed.
     *
     * @param breakpoints sorted, unique, from 0 to the axis length inclusive
     */
    NDArray detrend(NDArray input, int axis, boolean linear, int[] breakpoints);
}
