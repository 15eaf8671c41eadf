package org.sciaccel.signal;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code scipy.signal.windows} (SciPy 1.10.1): every window function and {@code get_window}. Each
 * result is a float64 NDArray of {@code M} points created on the given backend; the values are
 * computed on the host (windows are small), each window by the one implementation sciaccel has
 * of it (the same that {@code resample}'s {@code window} argument uses). {@code sym} true gives the
 * symmetric window (filter design), false the periodic one (spectral analysis: the first {@code M}
 * points of the symmetric window of {@code M + 1}). {@code M} of 0 gives an empty window and 1 a
 * single 1 (except kaiser_bessel_derived, as SciPy); a negative {@code M} is refused.
 *
 * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/signal.windows.html">scipy.signal.windows</a>
 */
public final class Windows {
    private Windows() {
    }

    // ---- signal windows (issue 17) ----

    private static NDArray place(Backend backend, double[] w) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        return NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {w.length}, w));
    }

    private static NDArray named(String name, int m, boolean sym, Backend backend, double... args) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        return place(backend, SignalWindows.byName(name, m, sym, args));
    }

    /**
     * {@code get_window(window, Nx, fftbins)}: the window given by name, or by name and parameters as
     * a comma list ({@code "kaiser,8.6"}, {@code "tukey,0.25"}, {@code "exponential,none,2.0"},
     * {@code "general_cosine,0.5,0.5"} for the coefficient list), or by a number alone (the beta of a
     * Kaiser window). {@code fftbins} true (SciPy's default) gives the periodic window.
     *
     * @throws IllegalArgumentException for an unknown name, a window that needs parameters given
     *         without them, a parameter that is not a number, or a negative {@code Nx}
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.get_window.html">scipy.signal.get_window</a>
     */
    public static NDArray getWindow(String window, int Nx, boolean fftbins, Backend backend) {
        if (window == null) {
            throw new IllegalArgumentException("window: null");
        }
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        return place(backend, SignalWindows.get(window, Nx, fftbins));
    }

    /**
     * {@code boxcar(M, sym)}: The boxcar (rectangular) window: ones.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.boxcar.html">scipy.signal.windows.boxcar</a>
     */
    public static NDArray boxcar(int M, boolean sym, Backend backend) {
        return named("boxcar", M, sym, backend);
    }

    /**
     * {@code triang(M, sym)}: The triangular window (non-zero end points).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.triang.html">scipy.signal.windows.triang</a>
     */
    public static NDArray triang(int M, boolean sym, Backend backend) {
        return named("triang", M, sym, backend);
    }

    /**
     * {@code parzen(M, sym)}: The Parzen window (piecewise cubic).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.parzen.html">scipy.signal.windows.parzen</a>
     */
    public static NDArray parzen(int M, boolean sym, Backend backend) {
        return named("parzen", M, sym, backend);
    }

    /**
     * {@code bohman(M, sym)}: The Bohman window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.bohman.html">scipy.signal.windows.bohman</a>
     */
    public static NDArray bohman(int M, boolean sym, Backend backend) {
        return named("bohman", M, sym, backend);
    }

    /**
     * {@code blackman(M, sym)}: The Blackman window 0.42 - 0.5 cos + 0.08 cos 2x.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.blackman.html">scipy.signal.windows.blackman</a>
     */
    public static NDArray blackman(int M, boolean sym, Backend backend) {
        return named("blackman", M, sym, backend);
    }

    /**
     * {@code nuttall(M, sym)}: Nuttall's minimum 4-term Blackman-Harris window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.nuttall.html">scipy.signal.windows.nuttall</a>
     */
    public static NDArray nuttall(int M, boolean sym, Backend backend) {
        return named("nuttall", M, sym, backend);
    }

    /**
     * {@code blackmanharris(M, sym)}: The minimum 4-term Blackman-Harris window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.blackmanharris.html">scipy.signal.windows.blackmanharris</a>
     */
    public static NDArray blackmanharris(int M, boolean sym, Backend backend) {
        return named("blackmanharris", M, sym, backend);
    }

    /**
     * {@code flattop(M, sym)}: The flat top window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.flattop.html">scipy.signal.windows.flattop</a>
     */
    public static NDArray flattop(int M, boolean sym, Backend backend) {
        return named("flattop", M, sym, backend);
    }

    /**
     * {@code bartlett(M, sym)}: The Bartlett window (triangular, zero end points).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.bartlett.html">scipy.signal.windows.bartlett</a>
     */
    public static NDArray bartlett(int M, boolean sym, Backend backend) {
        return named("bartlett", M, sym, backend);
    }

    /**
     * {@code hann(M, sym)}: The Hann window 0.5 - 0.5 cos(2 pi n / (M - 1)).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.hann.html">scipy.signal.windows.hann</a>
     */
    public static NDArray hann(int M, boolean sym, Backend backend) {
        return named("hann", M, sym, backend);
    }

    /**
     * {@code barthann(M, sym)}: The modified Bartlett-Hann window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.barthann.html">scipy.signal.windows.barthann</a>
     */
    public static NDArray barthann(int M, boolean sym, Backend backend) {
        return named("barthann", M, sym, backend);
    }

    /**
     * {@code hamming(M, sym)}: The Hamming window 0.54 - 0.46 cos(2 pi n / (M - 1)).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.hamming.html">scipy.signal.windows.hamming</a>
     */
    public static NDArray hamming(int M, boolean sym, Backend backend) {
        return named("hamming", M, sym, backend);
    }

    /**
     * {@code cosine(M, sym)}: The cosine (sine) window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.cosine.html">scipy.signal.windows.cosine</a>
     */
    public static NDArray cosine(int M, boolean sym, Backend backend) {
        return named("cosine", M, sym, backend);
    }

    /**
     * {@code lanczos(M, sym)}: The Lanczos (sinc) window.
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.lanczos.html">scipy.signal.windows.lanczos</a>
     */
    public static NDArray lanczos(int M, boolean sym, Backend backend) {
        return named("lanczos", M, sym, backend);
    }

    /** {@code general_cosine(M, a, sym)}: {@code sum_k a[k] cos(k x)} on {@code x = linspace(-pi, pi, M)}. */
    public static NDArray generalCosine(int M, double[] a, boolean sym, Backend backend) {
        if (a == null) {
            throw new IllegalArgumentException("a: null");
        }
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        return place(backend, SignalWindows.generalCosine(M, sym, a.clone()));
    }

    /** {@code general_hamming(M, alpha, sym)}: {@code alpha - (1 - alpha) cos(2 pi n / (M - 1))}. */
    public static NDArray generalHamming(int M, double alpha, boolean sym, Backend backend) {
        return named("general_hamming", M, sym, backend, alpha);
    }

    /** {@code tukey(M, alpha, sym)}: the tapered cosine window (alpha 0: boxcar, 1: Hann; SciPy's default 0.5). */
    public static NDArray tukey(int M, double alpha, boolean sym, Backend backend) {
        return named("tukey", M, sym, backend, alpha);
    }

    /** {@code kaiser(M, beta, sym)}: {@code I0(beta sqrt(1 - (2n / (M - 1) - 1)^2)) / I0(beta)}. */
    public static NDArray kaiser(int M, double beta, boolean sym, Backend backend) {
        return named("kaiser", M, sym, backend, beta);
    }

    /**
     * {@code kaiser_bessel_derived(M, beta, sym)}: defined (as in SciPy) only for {@code sym} true
     * and even {@code M}; any {@code M < 1} gives an empty window.
     */
    public static NDArray kaiserBesselDerived(int M, double beta, boolean sym, Backend backend) {
        return named("kbd", M, sym, backend, beta);
    }

    /** {@code gaussian(M, std, sym)}: {@code exp(-n^2 / (2 std^2))}, {@code n} from the centre. */
    public static NDArray gaussian(int M, double std, boolean sym, Backend backend) {
        return named("gaussian", M, sym, backend, std);
    }

    /** {@code general_gaussian(M, p, sig, sym)}: {@code exp(-0.5 |n / sig|^(2 p))}. */
    public static NDArray generalGaussian(int M, double p, double sig, boolean sym, Backend backend) {
        return named("general_gaussian", M, sym, backend, p, sig);
    }

    /** {@code chebwin(M, at, sym)}: the Dolph-Chebyshev window of {@code at} dB side-lobe attenuation. */
    public static NDArray chebwin(int M, double at, boolean sym, Backend backend) {
        return named("chebwin", M, sym, backend, at);
    }

    /**
     * {@code exponential(M, center, tau, sym)}: {@code exp(-|n - center| / tau)}; {@code center}
     * null (SciPy's None) is the middle, and must be null when {@code sym}.
     */
    public static NDArray exponential(int M, Double center, double tau, boolean sym, Backend backend) {
        return named("exponential", M, sym, backend, center == null ? Double.NaN : center, tau);
    }

    /**
     * {@code taylor(M, nbar, sll, norm, sym)}: Taylor's window of {@code nbar} nearly constant
     * side lobes {@code sll} dB below the main lobe (SciPy's defaults 4, 30, true); {@code norm}
     * scales it to 1 at the centre.
     */
    public static NDArray taylor(int M, int nbar, double sll, boolean norm, boolean sym, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        return place(backend, SignalWindowsSpecial.taylor(M, nbar, sll, norm, sym));
    }

    /**
     * {@code dpss(M, NW, Kmax, sym, norm)}: the discrete prolate spheroidal (Slepian) sequences of
     * half-bandwidth {@code NW}: with {@code Kmax} null one window ({@code M} points), else the
     * first {@code Kmax} as rows of a {@code Kmax x M} array. {@code norm} is {@code "2"},
     * {@code "approximate"}, {@code "subsample"} or null (approximate without {@code Kmax}, 2 with it).
     *
     * @see <a href="https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.signal.windows.dpss.html">scipy.signal.windows.dpss</a>
     */
    public static NDArray dpss(int M, double NW, Integer Kmax, boolean sym, String norm, Backend backend) {
        return dpssWithRatios(M, NW, Kmax, sym, norm, false, backend)[0];
    }

    /**
     * {@code dpss(..., return_ratios=True)}: the windows and their concentration ratios (a 0-d array
     * when {@code Kmax} is null, else one per window). With {@code returnRatios} false only the windows.
     */
    public static NDArray[] dpssWithRatios(int M, double NW, Integer Kmax, boolean sym, String norm,
            boolean returnRatios, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: null");
        }
        SignalWindowsSpecial.Tapers t = SignalWindowsSpecial.dpss(M, NW, Kmax, sym, norm, returnRatios);
        NDArray windows;
        if (t.singleton) {
            windows = place(backend, t.windows[0]);
        } else {
            int k = t.windows.length;
            int n = t.windows[0].length;
            double[] flat = new double[k * n];
            for (int i = 0; i < k; i++) {
                System.arraycopy(t.windows[i], 0, flat, i * n, n);
            }
            windows = NDArray.fromHost(backend, new HostArray(DType.FLOAT64, new int[] {k, n}, flat));
        }
        if (t.ratios == null) {
            // not asked for, or M <= 1 where SciPy returns the window alone
            return new NDArray[] {windows};
        }
        int[] shape = t.singleton ? new int[0] : new int[] {t.ratios.length};
        double[] r = t.singleton ? new double[] {t.ratios[0]} : t.ratios;
        return new NDArray[] {windows, NDArray.fromHost(backend, new HostArray(DType.FLOAT64, shape, r))};
    }
}
