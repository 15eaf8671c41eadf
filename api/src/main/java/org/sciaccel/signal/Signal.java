package org.sciaccel.signal;

import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code scipy.signal} for {@link org.sciaccel.NDArray}s: the functions of SciPy 1.10 that sciaccel
 * provides, names in camelCase, SciPy's parameters, defaults and semantics.
 */
public final class Signal {
    private Signal() {
    }

    // ---- median filters ----

    /** {@code medfilt(volume)}: a median over 3 along every axis. */
    public static NDArray medfilt(NDArray volume) {
        return medfilt(volume, 3);
    }

    /**
     * Median filter with zero padding: the median of a window of {@code kernelSize} (odd, one or one
     * per axis) with zeros beyond the edges; the result has the input's dtype. Deviation: with NaN
     * in a window the element chosen is {@code ndimage.median_filter}'s, not that of SciPy's
     * {@code _order_filterND}.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.medfilt.html">scipy.signal.medfilt</a>
     */
    public static NDArray medfilt(NDArray volume, int... kernelSize) {
        return SignalMedian.medfilt("medfilt", volume, kernelSize, -1);
    }

    /** {@code medfilt2d(input)}: a 3 x 3 median with zero padding. */
    public static NDArray medfilt2d(NDArray input) {
        return medfilt2d(input, 3);
    }

    /**
     * Two-dimensional median filter with zero padding; see {@link #medfilt}. The input must be 2-D.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.medfilt2d.html">scipy.signal.medfilt2d</a>
     */
    public static NDArray medfilt2d(NDArray input, int... kernelSize) {
        return SignalMedian.medfilt("medfilt2d", input, kernelSize, 2);
    }

    // ---- FFT-based functions ----

    /** {@code fftconvolve(in1, in2)}: full convolution over every axis. */
    public static NDArray fftconvolve(NDArray in1, NDArray in2) {
        return FftSignal.fftconvolve(in1, in2, "full", null);
    }

    /**
     * Convolution of two arrays of the same dimensionality by FFT (real transforms for real
     * inputs, at fast lengths), cropped as {@code mode} says: {@code full}, {@code same} (centred
     * on in1's shape) or {@code valid}; over {@code axes} (null: all). As SciPy, axes where either
     * input has length 1 are not transformed: they broadcast, as the axes not convolved do where one
     * input has length 1 (the others must match). Each input's spectrum has scipy.fft's precision
     * (float32, float16 and complex64 single, others double) and the product the wider. Without an
     * axis left to transform (0-d inputs, or length 1 along every convolved axis of either input) the
     * result is NumPy's broadcast {@code in1 * in2}, in NumPy's dtype; empty inputs give SciPy's
     * {@code array([])} (float64, shape (0,)).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.fftconvolve.html">scipy.signal.fftconvolve</a>
     */
    public static NDArray fftconvolve(NDArray in1, NDArray in2, String mode, int[] axes) {
        return FftSignal.fftconvolve(in1, in2, mode, axes);
    }

    /** {@code resample(x, num, axis=axis)}: no window, {@code x} in the time domain. */
    public static NDArray resample(NDArray x, int num, int axis) {
        return SignalResample.resample(x, num, axis, null, null, "time");
    }

    /**
     * Resamples {@code x} to {@code num} samples along {@code axis} with the Fourier method (SciPy's
     * default {@code axis} is 0): the spectrum (real transforms for real input) cut or zero-padded to
     * {@code num} bins, the Nyquist bin joined or split as SciPy does, transformed back and scaled by
     * {@code num / len}. Float32, float16 and complex64 input give single precision, others double.
     * {@code window} names a window for SciPy's {@code get_window(window, len)} (the names of
     * {@link Windows#getWindow}; parameters after commas, {@code tukey,0.25} for SciPy's
     * {@code ('tukey', 0.25)}), null for none; the window multiplies the spectrum after an
     * {@code ifftshift}, folded onto the non-negative frequencies for real input. {@code domain}
     * {@code freq} takes {@code x} as the spectrum itself ({@code time}: the signal).
     *
     * <p>Deviations: no {@code t} argument; no callable windows;
     * {@code num} must be positive (SciPy returns one zero for {@code num = 0}); with
     * {@code domain='freq'} and a window SciPy also multiplies the caller's {@code x} by the window in
     * place, here {@code x} is left as it was.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.resample.html">scipy.signal.resample</a>
     */
    public static NDArray resample(NDArray x, int num, int axis, String window, String domain) {
        return SignalResample.resample(x, num, axis, window, null, domain);
    }

    /**
     * {@link #resample(NDArray, int, int, String, String)} with the window given by its values in the
     * Fourier domain (DC and low frequencies first, as SciPy takes a window array), one per sample of
     * {@code x} along {@code axis}.
     */
    public static NDArray resample(NDArray x, int num, int axis, double[] window, String domain) {
        return SignalResample.resample(x, num, axis, null, window, domain);
    }

    /** {@code detrend(data)}: the least-squares line removed along the last axis. */
    public static NDArray detrend(NDArray data) {
        return FftSignal.detrend(data, -1, "linear", null);
    }

    /**
     * Removes the mean ({@code type} {@code constant}) or the least-squares line ({@code linear},
     * the default) along {@code axis}, piecewise between the breakpoints {@code bp} for linear.
     * Float32 stays float32, other real types give float64.
     *
     * <p>Deviations: real inputs only; {@code overwrite_data} does not exist.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.detrend.html">scipy.signal.detrend</a>
     */
    public static NDArray detrend(NDArray data, int axis, String type, int[] bp) {
        return FftSignal.detrend(data, axis, type, bp);
    }

    // ---- Wiener filter and 2-D convolution ----

    /** {@code wiener(im)}: a 3 per axis window, noise estimated. */
    public static NDArray wiener(NDArray im) {
        return wiener(im, null, null);
    }

    /**
     * Wiener filter: with the local mean and variance over a window of {@code mysize} (one value or
     * one per axis; null for 3) with zeros beyond the edges, and {@code noise} the mean local variance
     * when null, the local mean where the local variance is below the noise, else
     * {@code (im - mean) * (1 - noise / var) + mean}. The result is float64, as SciPy's for real input.
     * Deviation: the local sums are direct sums in double; where SciPy's {@code correlate} picks its
     * FFT method for a float32 image, SciPy transforms in single precision and its result differs
     * from the exact one by about 1e-7 relative; and where it picks the FFT method with {@code noise}
     * given, a NaN anywhere in the image makes SciPy's whole result NaN, here only the windows that
     * hold it (with the noise estimated, both results are all NaN).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.wiener.html">scipy.signal.wiener</a>
     */
    public static NDArray wiener(NDArray im, int[] mysize, Double noise) {
        return SignalWiener.wiener(im, mysize, noise);
    }

    /** {@code convolve2d(in1, in2)}: mode 'full', boundary 'fill', fillvalue 0. */
    public static NDArray convolve2d(NDArray in1, NDArray in2) {
        return convolve2d(in1, in2, "full", "fill", 0.0);
    }

    /**
     * Two-dimensional convolution with SciPy's output shapes ({@code mode} 'full', 'same', 'valid'),
     * boundaries ('fill' with {@code fillvalue}, 'symm', 'wrap') and dtype (the inputs' common dtype,
     * integers wrapping); complex inputs by their real and imaginary parts. For an integer output the
     * fill value is truncated and wraps as NumPy's conversion (NaN, infinities and values beyond
     * int64 raise SciPy's "could not cast `fillvalue`").
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.convolve2d.html">scipy.signal.convolve2d</a>
     */
    public static NDArray convolve2d(NDArray in1, NDArray in2, String mode,
            String boundary, double fillvalue) {
        return SignalCorrelate2d.run(true, in1, in2, mode, boundary, fillvalue);
    }

    /**
     * {@link #convolve2d(NDArray, NDArray, String, String, double)} with the complex fill value
     * {@code fillReal + i fillImag}, which SciPy takes for complex inputs only: for a real output it
     * raises "could not cast `fillvalue` directly to the output type", and so does this.
     * Deviation: SciPy accepts a NumPy complex scalar there (dropping its imaginary part) where it
     * refuses a Python complex; the Java API has one complex fill value, refused as the latter.
     */
    public static NDArray convolve2d(NDArray in1, NDArray in2, String mode, String boundary, double fillReal,
            double fillImag) {
        return SignalCorrelate2d.run(true, in1, in2, mode, boundary, fillReal, fillImag, true);
    }

    /** {@code correlate2d(in1, in2)}: mode 'full', boundary 'fill', fillvalue 0. */
    public static NDArray correlate2d(NDArray in1, NDArray in2) {
        return correlate2d(in1, in2, "full", "fill", 0.0);
    }

    /**
     * Two-dimensional cross-correlation as {@link #convolve2d} without the flip; in 'valid' mode
     * with {@code in2} the larger, SciPy's swap of the inputs and reversal of the result.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.correlate2d.html">scipy.signal.correlate2d</a>
     */
    public static NDArray correlate2d(NDArray in1, NDArray in2, String mode,
            String boundary, double fillvalue) {
        return SignalCorrelate2d.run(false, in1, in2, mode, boundary, fillvalue);
    }

    /** {@link #correlate2d(NDArray, NDArray, String, String, double)} with a complex fill value; see {@link #convolve2d(NDArray, NDArray, String, String, double, double)}. */
    public static NDArray correlate2d(NDArray in1, NDArray in2, String mode, String boundary, double fillReal,
            double fillImag) {
        return SignalCorrelate2d.run(false, in1, in2, mode, boundary, fillReal, fillImag, true);
    }

    // ---- windows ----

    /** {@code hamming(M)}: the symmetric Hamming window, float64 on the CPU backend. */
    public static NDArray hamming(int M) {
        return hamming(M, true, Backends.fallback());
    }

    /**
     * The Hamming window {@code 0.54 - 0.46 cos(2 pi n / (M - 1))}, float64, created on
     * {@code backend}: symmetric for filter design ({@code sym} true), or periodic for spectral
     * analysis ({@code sym} false: the first {@code M} points of the symmetric window of
     * {@code M + 1}). {@code M} of 0 or 1 gives ones, as SciPy does. The lecture notes spell it
     * {@code signal.hamming}; SciPy 1.10 also names it {@code signal.windows.hamming}.
     *
     * @throws IllegalArgumentException if {@code M} is negative
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.hamming.html">scipy.signal.windows.hamming</a>
     */
    public static NDArray hamming(int M, boolean sym, Backend backend) {
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {M}, SignalWindows.generalCosine(M, sym, 0.54, 1.0 - 0.54)));
    }
}
