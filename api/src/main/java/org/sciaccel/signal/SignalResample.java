package org.sciaccel.signal;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;
import org.sciaccel.signal.FftSignal.Converted;

/**
 * {@code scipy.signal.resample}: SciPy's Fourier method step by step on the input's backend. Real
 * input goes through the real transforms (the window folded onto the non-negative frequencies as
 * SciPy folds it), complex input through the complex ones and {@code FftOps.resizeSpectrum}; with
 * {@code domain='freq'} the input is the spectrum.
 */
final class SignalResample {
    private SignalResample() {
    }

    /**
     * @param windowName a window for {@code get_window} (null: none, or the array below)
     * @param window the window in the Fourier domain, DC first (null: none, or the name above)
     */
    static NDArray resample(NDArray x, int num, int axis, String windowName, double[] window, String domain) {
        if (x == null) {
            throw new IllegalArgumentException("x: null array");
        }
        if (!"time".equals(domain) && !"freq".equals(domain)) {
            throw new IllegalArgumentException("Acceptable domain flags are 'time' or 'freq', not domain=" + domain);
        }
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("x: a 0-d array has no axis to resample");
        }
        int ax = Shapes.normalizeAxis("axis", axis, x.ndim());
        if (num < 1) {
            throw new IllegalArgumentException("num=" + num + " must be a positive number of samples");
        }
        int nx = x.shape(ax);
        if (nx < 1) {
            throw new IllegalArgumentException("x: the axis " + ax + " to resample is empty");
        }
        double[] w = window;
        if (w != null && w.length != nx) {
            throw new IllegalArgumentException("window must have the same length as data (window length " + w.length
                    + ", x.shape[" + ax + "] = " + nx + ")");
        }
        if (w == null && windowName != null) {
            w = ifftshift(SignalWindows.get(windowName, nx, true));
        }
        boolean freq = domain.equals("freq");
        int n = Math.min(num, nx);
        boolean nyquist = n % 2 == 0 && num != nx;
        DType t = x.dtype();
        if (freq && (t.isIntegral() || t == DType.BOOL) && (w != null || nyquist)) {
            // SciPy scales the integer spectrum in place by a float there, which NumPy refuses.
            throw new IllegalArgumentException("x: an integer spectrum (dtype " + t + ", domain='freq') is scaled in place "
                    + "by a float there (the window or the Nyquist bin), which NumPy refuses with a TypeError: Cannot cast"
                    + " ufunc 'multiply' output from dtype('float64') to dtype('" + t + "') with casting rule 'same_kind'");
        }
        if (t.isComplex()) {
            return complexResample(x, num, ax, nx, w, freq);
        }
        return realResample(x, num, ax, nx, w, freq, nyquist);
    }

    /** The real path: rfft (or the given real spectrum), window and Nyquist factors, irfft to num points. */
    private static NDArray realResample(NDArray x, int num, int ax, int nx, double[] w, boolean freq, boolean nyquist) {
        // scipy.fft transforms float16 in single precision: the result is float32 then.
        DType rt = x.dtype() == DType.FLOAT32 || x.dtype() == DType.FLOAT16 ? DType.FLOAT32 : DType.FLOAT64;
        DType ct = rt == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
        int n = Math.min(num, nx);
        int nyq = n / 2 + 1;
        double[] f = new double[nyq];
        Arrays.fill(f, 1.0);
        if (w != null) {
            // SciPy folds the window onto the non-negative frequencies: (W[t] + W[nx - t]) / 2.
            f[0] = w[0];
            for (int i = 1; i < nyq; i++) {
                f[i] = (w[i] + w[nx - i]) * 0.5;
            }
        }
        if (nyquist) {
            // SciPy joins (downsampling) or splits (upsampling) the Nyquist component.
            f[n / 2] *= num < nx ? 2.0 : 0.5;
        }
        boolean scaled = w != null || nyquist;
        return OpRouter.run("signal.resample", x, (backend, in) -> {
            try (Converted r = Converted.of(backend, in, rt);
                    NDArray spectrum = freq ? backend.astype(r.array, ct) : backend.fft().r2c(r.array, ax, nx, 1.0)) {
                int[] keep = spectrum.shape();
                keep[ax] = nyq;
                try (NDArray kept = backend.fft().crop(spectrum, new int[keep.length], keep)) {
                    if (!scaled) {
                        return backend.fft().c2r(kept, ax, num, 1.0 / nx);
                    }
                    try (NDArray y = backend.fft().scaleAlongAxis(kept, ax, f)) {
                        return backend.fft().c2r(y, ax, num, 1.0 / nx);
                    }
                }
            }
        });
    }

    /** The complex path: fft (or the given spectrum), window, SciPy's spectrum of num bins, ifft. */
    private static NDArray complexResample(NDArray x, int num, int ax, int nx, double[] w, boolean freq) {
        return OpRouter.run("signal.resample", x, (backend, in) -> {
            backend.requireSupported(in.dtype(), "x");
            try (NDArray spectrum = freq ? null : backend.fft().c2c(in, ax, nx, true, 1.0);
                    NDArray windowed = w == null ? null
                            : backend.fft().scaleAlongAxis(spectrum == null ? in : spectrum, ax, w);
                    NDArray y = backend.fft().resizeSpectrum(windowed != null ? windowed
                            : spectrum != null ? spectrum : in, ax, num)) {
                return backend.fft().c2c(y, ax, num, false, 1.0 / nx);
            }
        });
    }

    /** {@code numpy.fft.ifftshift} of a 1-D array: element {@code (i + n/2) mod n} to position i. */
    private static double[] ifftshift(double[] v) {
        int n = v.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v[(i + n / 2) % n];
        }
        return out;
    }
}
