package org.sciaccel.signal;

import java.util.Arrays;
import java.util.Locale;

/**
 * SciPy 1.10's {@code scipy.signal.get_window} for the windows given by name (and parameters) that
 * sciaccel computes, each evaluated with SciPy's formula in SciPy's order so the values round alike:
 * the cosine sums (boxcar, hann, hamming, general_hamming, blackman, nuttall, blackmanharris,
 * flattop), triang, bartlett, parzen, bohman, cosine, barthann, tukey, gaussian, general_gaussian,
 * exponential, lanczos, and (in {@link SignalWindowsSpecial}) kaiser (and the float that means
 * kaiser's beta), kaiser_bessel_derived, chebwin, taylor, dpss and general_cosine.
 */
final class SignalWindows {
    private SignalWindows() {
    }

    /** The names SciPy accepts, each with the window it means and how many parameters it needs at least. */
    private enum Kind {
        BOXCAR(0, "boxcar", "box", "ones", "rect", "rectangular"),
        TRIANG(0, "triangle", "triang", "tri"),
        BARTLETT(0, "bartlett", "bart", "brt"),
        HANN(0, "hann", "han"),
        HAMMING(0, "hamming", "hamm", "ham"),
        GENERAL_HAMMING(1, "general hamming", "general_hamming"),
        BLACKMAN(0, "blackman", "black", "blk"),
        NUTTALL(0, "nuttall", "nutl", "nut"),
        BLACKMANHARRIS(0, "blackmanharris", "blackharr", "bkh"),
        FLATTOP(0, "flattop", "flat", "flt"),
        PARZEN(0, "parzen", "parz", "par"),
        BOHMAN(0, "bohman", "bman", "bmn"),
        COSINE(0, "cosine", "halfcosine"),
        BARTHANN(0, "barthann", "brthan", "bth"),
        TUKEY(0, "tukey", "tuk"),
        GAUSSIAN(1, "gaussian", "gauss", "gss"),
        GENERAL_GAUSSIAN(2, "general gaussian", "general_gaussian", "general gauss", "general_gauss", "ggs"),
        EXPONENTIAL(0, "exponential", "poisson"),
        LANCZOS(0, "lanczos", "sinc"),
        KAISER(1, "kaiser", "ksr"),
        KAISER_BESSEL_DERIVED(1, "kaiser bessel derived", "kbd"),
        CHEBWIN(1, "chebwin", "cheb"),
        DPSS(1, "dpss"),
        TAYLOR(0, "taylor", "taylorwin"),
        GENERAL_COSINE(1, "general cosine", "general_cosine");

        final int required;
        final String[] names;

        Kind(int required, String... names) {
            this.required = required;
            this.names = names;
        }
    }

    /**
     * {@code get_window(window, nx, fftbins)}: {@code window} is a name, or a name and its
     * parameters as a comma list (SciPy's tuple {@code ('tukey', 0.25)} is {@code tukey,0.25};
     * {@code none} stands for Python's None, as in {@code exponential,none,2.0}).
     */
    static double[] get(String window, int nx, boolean fftbins) {
        if (nx < 0) {
            throw new IllegalArgumentException("Nx: Window length M must be a non-negative integer, got Nx=" + nx);
        }
        String[] parts = window.split(",", -1);
        String name = parts[0].trim();
        double[] args = new double[parts.length - 1];
        if (isNumber(name) && parts.length == 1) {
            // SciPy: a window that float() accepts is the beta of a Kaiser window
            return SignalWindowsSpecial.kaiser(nx, Double.parseDouble(name), !fftbins);
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.equalsIgnoreCase("none")) {
                args[i - 1] = Double.NaN;
                continue;
            }
            if (p.equalsIgnoreCase("true") || p.equalsIgnoreCase("false")) {
                // Python's True and False (taylor's norm) are the numbers 1 and 0
                args[i - 1] = p.equalsIgnoreCase("true") ? 1.0 : 0.0;
                continue;
            }
            if (!isNumber(p)) {
                throw new IllegalArgumentException("window=" + window + ": parameter '" + p + "' is not a number");
            }
            args[i - 1] = Double.parseDouble(p);
        }
        Kind kind = kind(name);
        if (kind != null && parts.length == 1 && kind.required > 0) {
            throw new IllegalArgumentException("window=" + window + ": The '" + name
                    + "' window needs one or more parameters -- pass a tuple.");
        }
        if (kind == null) {
            throw new IllegalArgumentException("window=" + window + ": Unknown window type.");
        }
        if (args.length < kind.required || args.length > maxParams(kind)) {
            throw new IllegalArgumentException("window=" + window + ": the '" + name + "' window takes "
                    + (kind.required == maxParams(kind) ? "" : kind.required + " to ") + maxParams(kind)
                    + " parameters, got " + args.length);
        }
        return compute(kind, args, nx, !fftbins);
    }

    private static int maxParams(Kind kind) {
        switch (kind) {
            case GENERAL_HAMMING: case GAUSSIAN: case TUKEY: case KAISER: case KAISER_BESSEL_DERIVED:
            case CHEBWIN: case DPSS: return 1;
            case GENERAL_GAUSSIAN: case EXPONENTIAL: return 2;
            case TAYLOR: return 3;
            case GENERAL_COSINE: return Integer.MAX_VALUE;
            default: return 0;
        }
    }

    private static Kind kind(String name) {
        for (Kind k : Kind.values()) {
            for (String n : k.names) {
                if (n.equals(name)) {
                    return k;
                }
            }
        }
        return null;
    }

    private static boolean isNumber(String s) {
        return s.toLowerCase(Locale.ROOT).matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([e][+-]?\\d+)?");
    }

    /**
     * The window called {@code name} (any of SciPy's spellings) of length {@code m} with its
     * parameters in SciPy's order ({@code NaN} for None), as {@code signal.windows.<name>(m, *args, sym=sym)}.
     */
    static double[] byName(String name, int m, boolean sym, double... args) {
        Kind kind = kind(name);
        if (kind == null) {
            throw new IllegalArgumentException("window=" + name + ": Unknown window type.");
        }
        return compute(kind, args, m, sym);
    }

    /** SciPy's {@code _len_guards}: the message names M and its value. */
    static void checkLength(int m) {
        if (m < 0) {
            throw new IllegalArgumentException("M: Window length M must be a non-negative integer, got M=" + m);
        }
    }

    private static double[] compute(Kind kind, double[] args, int m, boolean sym) {
        if (kind != Kind.KAISER_BESSEL_DERIVED) {
            checkLength(m);
        }
        switch (kind) {
            case KAISER: return SignalWindowsSpecial.kaiser(m, args[0], sym);
            case KAISER_BESSEL_DERIVED: return SignalWindowsSpecial.kaiserBesselDerived(m, args[0], sym);
            case CHEBWIN: return SignalWindowsSpecial.chebwin(m, args[0], sym);
            case DPSS: return SignalWindowsSpecial.dpss(m, args[0], null, sym, null, false).windows[0];
            case TAYLOR:
                return SignalWindowsSpecial.taylor(m, args.length > 0 ? SignalWindowsSpecial.nbar(args[0]) : 4,
                        args.length > 1 ? args[1] : 30, args.length > 2 ? args[2] != 0 : true, sym);
            case GENERAL_COSINE: return generalCosine(m, sym, args);
            case HANN: return generalCosine(m, sym, 0.5, 1.0 - 0.5);
            case HAMMING: return generalCosine(m, sym, 0.54, 1.0 - 0.54);
            case GENERAL_HAMMING: return generalCosine(m, sym, args[0], 1.0 - args[0]);
            case BLACKMAN: return generalCosine(m, sym, 0.42, 0.5, 0.08);
            case NUTTALL: return generalCosine(m, sym, 0.3635819, 0.4891775, 0.1365995, 0.0106411);
            case BLACKMANHARRIS: return generalCosine(m, sym, 0.35875, 0.48829, 0.14128, 0.01168);
            case FLATTOP: return generalCosine(m, sym, 0.21557895, 0.41663158, 0.277263158, 0.083578947, 0.006947368);
            case TUKEY: return tukey(m, args.length > 0 ? args[0] : 0.5, sym);
            default: break;
        }
        if (m <= 1) {
            return ones(m);
        }
        int n = sym ? m : m + 1;
        double[] w = new double[n];
        switch (kind) {
            case BOXCAR: Arrays.fill(w, 1.0); break;
            case TRIANG: triang(w); break;
            case BARTLETT:
                for (int i = 0; i < n; i++) {
                    w[i] = i <= (n - 1) / 2.0 ? 2.0 * i / (n - 1) : 2.0 - 2.0 * i / (n - 1);
                }
                break;
            case PARZEN: parzen(w); break;
            case BOHMAN:
                // abs(linspace(-1, 1, n)) without its end points, which are 0
                for (int i = 1; i < n - 1; i++) {
                    double f = Math.abs(i * (2.0 / (n - 1)) - 1);
                    w[i] = (1 - f) * Math.cos(Math.PI * f) + 1.0 / Math.PI * Math.sin(Math.PI * f);
                }
                break;
            case COSINE:
                for (int i = 0; i < n; i++) {
                    w[i] = Math.sin(Math.PI / n * (i + 0.5));
                }
                break;
            case BARTHANN:
                for (int i = 0; i < n; i++) {
                    double f = Math.abs(i / (n - 1.0) - 0.5);
                    w[i] = 0.62 - 0.48 * f + 0.38 * Math.cos(2 * Math.PI * f);
                }
                break;
            case GAUSSIAN: {
                double sig2 = 2 * args[0] * args[0];
                for (int i = 0; i < n; i++) {
                    double x = i - (n - 1.0) / 2.0;
                    w[i] = Math.exp(-(x * x) / sig2);
                }
                break;
            }
            case GENERAL_GAUSSIAN:
                for (int i = 0; i < n; i++) {
                    double x = i - (n - 1.0) / 2.0;
                    w[i] = Math.exp(-0.5 * numpyPower(Math.abs(x / args[1]), 2 * args[0]));
                }
                break;
            case EXPONENTIAL: {
                // SciPy's exponential(M, center=None, tau=1.0): the parameters in that order, NaN for None.
                boolean centered = args.length > 0 && !Double.isNaN(args[0]);
                if (sym && centered) {
                    throw new IllegalArgumentException("If sym==True, center must be None.");
                }
                double center = centered ? args[0] : (n - 1) / 2.0;
                double tau = args.length > 1 ? args[1] : 1.0;
                for (int i = 0; i < n; i++) {
                    w[i] = Math.exp(-Math.abs(i - center) / tau);
                }
                break;
            }
            case LANCZOS: lanczos(w); break;
            default: throw new IllegalStateException("window " + kind);
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    /**
     * SciPy's {@code general_cosine}: {@code sum_k a[k] cos(k x)} on {@code linspace(-pi, pi, M)}
     * (one more point, dropped, when periodic), summed in SciPy's order so the values round alike.
     */
    static double[] generalCosine(int m, boolean sym, double... a) {
        checkLength(m);
        if (m <= 1) {
            return ones(m);
        }
        int points = sym ? m : m + 1;
        double step = 2 * Math.PI / (points - 1);
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            // NumPy's linspace: i * step + start, with the last point exactly the stop.
            double x = i == points - 1 ? Math.PI : i * step - Math.PI;
            for (int k = 0; k < a.length; k++) {
                w[i] += a[k] * Math.cos(k * x);
            }
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    /** {@code x ** e} as NumPy computes it for a scalar exponent: squares, roots and identities exactly. */
    private static double numpyPower(double x, double e) {
        if (e == 2.0) {
            return x * x;
        }
        if (e == 1.0) {
            return x;
        }
        if (e == 0.5) {
            return Math.sqrt(x);
        }
        return Math.pow(x, e);
    }

    static double[] ones(int m) {
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        return w;
    }

    private static void triang(double[] w) {
        int n = w.length;
        int half = (n + 1) / 2;
        for (int k = 1; k <= half; k++) {
            double v = n % 2 == 0 ? (2 * k - 1.0) / n : 2 * k / (n + 1.0);
            w[k - 1] = v;
            w[n - k] = v;
        }
    }

    private static void parzen(double[] w) {
        int n = w.length;
        for (int i = 0; i < n; i++) {
            // arange(-(n - 1) / 2, (n - 1) / 2 + 0.5, 1.0): start + i * step
            double x = -(n - 1) / 2.0 + i;
            double r = Math.abs(x) / (n / 2.0);
            if (Math.abs(x) <= (n - 1) / 4.0) {
                // NumPy squares for ** 2.0 and calls pow for ** 3.0
                w[i] = 1 - 6 * (r * r) + 6 * Math.pow(r, 3.0);
            } else {
                w[i] = 2 * Math.pow(1 - r, 3.0);
            }
        }
    }

    private static double[] tukey(int m, double alpha, boolean sym) {
        if (m <= 1 || alpha <= 0) {
            return ones(m);
        }
        if (alpha >= 1.0) {
            return generalCosine(m, sym, 0.5, 1.0 - 0.5);
        }
        int n = sym ? m : m + 1;
        double[] w = new double[n];
        int width = (int) Math.floor(alpha * (n - 1) / 2.0);
        for (int i = 0; i < n; i++) {
            if (i <= width) {
                w[i] = 0.5 * (1 + Math.cos(Math.PI * (-1 + 2.0 * i / alpha / (n - 1))));
            } else if (i < n - width - 1) {
                w[i] = 1.0;
            } else {
                w[i] = 0.5 * (1 + Math.cos(Math.PI * (-2.0 / alpha + 1 + 2.0 * i / alpha / (n - 1))));
            }
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    /** {@code sinc(2 t / (n - 1) - 1)} for the right half, mirrored; 1 at the centre of an odd length. */
    private static void lanczos(double[] w) {
        int n = w.length;
        for (int t = n / 2; t < n; t++) {
            double x = 2.0 * t / (n - 1) - 1.0;
            double v = x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
            w[t] = v;
            w[n - 1 - t] = v;
        }
        if (n % 2 == 1) {
            w[n / 2] = 1.0;
        }
    }
}
