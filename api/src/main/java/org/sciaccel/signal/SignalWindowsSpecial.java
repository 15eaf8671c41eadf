package org.sciaccel.signal;

import java.util.Arrays;

/**
 * The windows of SciPy 1.10 that need more than a formula per point: kaiser (the modified Bessel
 * function I0), kaiser_bessel_derived, chebwin (an inverse DFT of Chebyshev polynomial values),
 * taylor and dpss (the top eigenvectors of a symmetric tridiagonal matrix), each following SciPy's
 * steps, sign conventions and normalisations. Everything runs on the host: windows are small.
 */
final class SignalWindowsSpecial {
    private SignalWindowsSpecial() {
    }

    /** Chebyshev coefficients of exp(-x) I0(x) on [0, 8] (Cephes' i0, interval y = x/2 - 2). */
    private static final double[] I0_A = {
        -4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
        1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14,
        -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11,
        9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
        -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7,
        1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5,
        -5.75419501008210370398E-5, 1.88502885095841655729E-4, -5.76375574538582365885E-4,
        1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
        -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2,
        1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1,
    };

    /** Chebyshev coefficients of exp(-x) sqrt(x) I0(x) on (8, inf) (interval 32/x - 2). */
    private static final double[] I0_B = {
        -7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
        3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16,
        1.77256013305652638360E-15, 3.81168066935262242075E-15, -9.55484669882830764870E-15,
        -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
        7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11,
        -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10,
        3.39623202570838634515E-9, 2.26666899049817806459E-8, 2.04891858946906374183E-7,
        2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
        8.04490411014108831608E-1,
    };

    /** Clenshaw's sum of a Chebyshev series, in the half-first-coefficient form Cephes uses. */
    private static double chbevl(double x, double[] c) {
        double b0 = c[0];
        double b1 = 0;
        double b2 = 0;
        for (int i = 1; i < c.length; i++) {
            b2 = b1;
            b1 = b0;
            b0 = x * b1 - b2 + c[i];
        }
        return 0.5 * (b0 - b2);
    }

    /** The modified Bessel function of the first kind of order 0 (Cephes' algorithm). */
    static double i0(double x) {
        double a = Math.abs(x);
        if (a <= 8.0) {
            return Math.exp(a) * chbevl(a / 2.0 - 2.0, I0_A);
        }
        return Math.exp(a) * chbevl(32.0 / a - 2.0, I0_B) / Math.sqrt(a);
    }

    /** {@code kaiser(M, beta, sym)}: {@code i0(beta sqrt(1 - ((n - alpha) / alpha)^2)) / i0(beta)}. */
    static double[] kaiser(int m, double beta, boolean sym) {
        SignalWindows.checkLength(m);
        if (m <= 1) {
            return SignalWindows.ones(m);
        }
        int n = sym ? m : m + 1;
        double alpha = (n - 1) / 2.0;
        double denom = i0(beta);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double r = (i - alpha) / alpha;
            w[i] = i0(beta * Math.sqrt(1 - r * r)) / denom;
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    /**
     * {@code kaiser_bessel_derived(M, beta, sym)}: the square roots of the normalised running sums of
     * a Kaiser window of {@code M/2 + 1} points, mirrored. As SciPy: only symmetric, only even
     * {@code M}, and an empty window for any {@code M < 1} (negative included).
     */
    static double[] kaiserBesselDerived(int m, double beta, boolean sym) {
        if (!sym) {
            throw new IllegalArgumentException("sym: Kaiser-Bessel Derived windows are only defined for symmetric shapes");
        }
        if (m < 1) {
            return new double[0];
        }
        if (m % 2 != 0) {
            throw new IllegalArgumentException("M: Kaiser-Bessel Derived windows are only defined for even number of"
                    + " points, got M=" + m);
        }
        double[] k = kaiser(m / 2 + 1, beta, true);
        double[] csum = new double[k.length];
        double s = 0;
        for (int i = 0; i < k.length; i++) {
            s += k[i];
            csum[i] = s;
        }
        int half = m / 2;
        double[] w = new double[m];
        for (int i = 0; i < half; i++) {
            double v = Math.sqrt(csum[i] / csum[k.length - 1]);
            w[i] = v;
            w[m - 1 - i] = v;
        }
        return w;
    }

    /**
     * {@code chebwin(M, at, sym)}: the Dolph-Chebyshev window of {@code at} dB side-lobe
     * attenuation, the real part of the DFT of the Chebyshev polynomial's values (each cosine's
     * angle reduced exactly in integers), normalised to a maximum of 1.
     */
    static double[] chebwin(int m, double at, boolean sym) {
        SignalWindows.checkLength(m);
        if (m <= 1) {
            return SignalWindows.ones(m);
        }
        int n = sym ? m : m + 1;
        double order = n - 1.0;
        double beta = Math.cosh(1.0 / order * acosh(Math.pow(10, Math.abs(at) / 20.)));
        double[] p = new double[n];
        for (int k = 0; k < n; k++) {
            double x = beta * Math.cos(Math.PI * (k * 1.0) / n);
            if (x > 1) {
                p[k] = Math.cosh(order * acosh(x));
            } else if (x < -1) {
                p[k] = (2 * (n % 2) - 1) * Math.cosh(order * acosh(-x));
            } else {
                p[k] = Math.cos(order * Math.acos(x));
            }
        }
        double[] w = new double[n];
        if (n % 2 == 1) {
            int half = (n + 1) / 2;
            double[] f = new double[half];
            for (int j = 0; j < half; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += p[k] * Math.cos(2 * Math.PI * (((long) j * k) % n) / n);
                }
                f[j] = s;
            }
            for (int i = 0; i < half - 1; i++) {
                w[i] = f[half - 1 - i];
            }
            System.arraycopy(f, 0, w, half - 1, half);
        } else {
            // p[k] exp(i pi k / n), transformed: cos(pi k (1 - 2 j) / n), reduced modulo 2 n
            int half = n / 2 + 1;
            double[] f = new double[half];
            for (int j = 0; j < half; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    long r = Math.floorMod((long) k * (1 - 2L * j), 2L * n);
                    s += p[k] * Math.cos(Math.PI * r / n);
                }
                f[j] = s;
            }
            for (int i = 0; i < half - 1; i++) {
                w[i] = f[half - 1 - i];
                w[half - 1 + i] = f[i + 1];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < n; i++) {
            w[i] /= max;
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt((x - 1) * (x + 1)));
    }

    /** Taylor's {@code nbar} given as a number (get_window's parameters): it must be an integer. */
    static int nbar(double v) {
        if (v != Math.rint(v) || Math.abs(v) > 1 << 20) {
            throw new IllegalArgumentException("nbar: must be an integer, got " + v);
        }
        return (int) v;
    }

    /**
     * {@code taylor(M, nbar, sll, norm, sym)}: {@code 1 + 2 sum_m Fm cos(2 pi m (n - M/2 + 1/2) / M)}
     * with Taylor's coefficients {@code Fm}, {@code m = 1 .. nbar-1}; divided by its value at the
     * centre when {@code norm}.
     */
    static double[] taylor(int m, int nbar, double sll, boolean norm, boolean sym) {
        SignalWindows.checkLength(m);
        if (m <= 1) {
            return SignalWindows.ones(m);
        }
        if (nbar < 1) {
            throw new IllegalArgumentException("nbar: negative dimensions are not allowed, got nbar=" + nbar);
        }
        int n = sym ? m : m + 1;
        double b = Math.pow(10, sll / 20);
        double a = acosh(b) / Math.PI;
        double s2 = nbar * nbar / (a * a + (nbar - 0.5) * (nbar - 0.5));
        int count = nbar - 1;
        double[] fm = new double[count];
        for (int mi = 0; mi < count; mi++) {
            double mm = (mi + 1.0) * (mi + 1.0);
            double numer = mi % 2 == 0 ? 1 : -1;
            double prod = 1;
            for (int j = 0; j < count; j++) {
                double mj = j + 1 - 0.5;
                prod *= 1 - mm / s2 / (a * a + mj * mj);
            }
            numer *= prod;
            double left = 1;
            for (int j = 0; j < mi; j++) {
                left *= 1 - mm / ((j + 1.0) * (j + 1.0));
            }
            double right = 1;
            for (int j = mi + 1; j < count; j++) {
                right *= 1 - mm / ((j + 1.0) * (j + 1.0));
            }
            fm[mi] = numer / (2 * left * right);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = taylorPoint(fm, i, n);
        }
        if (norm) {
            double scale = 1.0 / taylorPoint(fm, (n - 1) / 2.0, n);
            for (int i = 0; i < n; i++) {
                w[i] *= scale;
            }
        }
        return sym ? w : Arrays.copyOf(w, m);
    }

    private static double taylorPoint(double[] fm, double x, int n) {
        double dot = 0;
        for (int j = 0; j < fm.length; j++) {
            dot += fm[j] * Math.cos(2 * Math.PI * (j + 1) * (x - n / 2. + 0.5) / n);
        }
        return 1 + 2 * dot;
    }

    /** dpss's tapers (rows) and, when asked, their concentration ratios. */
    static final class Tapers {
        final double[][] windows;
        final double[] ratios;
        /** Kmax was not given: SciPy returns one taper (1-D) and one ratio (a scalar). */
        final boolean singleton;

        Tapers(double[][] windows, double[] ratios, boolean singleton) {
            this.windows = windows;
            this.ratios = ratios;
            this.singleton = singleton;
        }
    }

    /**
     * {@code dpss(M, NW, Kmax, sym, norm, return_ratios)}: the Slepian sequences, the eigenvectors
     * of the largest {@code Kmax} eigenvalues of Percival and Walden's tridiagonal matrix, signed
     * as SciPy signs them (symmetric tapers of positive sum, antisymmetric ones starting with a
     * positive lobe) and normalised by {@code norm}: {@code "2"} (unit energy), {@code "approximate"}
     * or {@code "subsample"} (maximum 1, even lengths corrected); {@code null} means approximate
     * without {@code Kmax}, 2 with it.
     */
    static Tapers dpss(int m, double nw, Integer kmaxArg, boolean sym, String normArg, boolean returnRatios) {
        SignalWindows.checkLength(m);
        if (m <= 1) {
            // SciPy returns ones(M) alone here, whatever Kmax and return_ratios ask
            return new Tapers(new double[][] {SignalWindows.ones(m)}, null, true);
        }
        String norm = normArg == null ? (kmaxArg == null ? "approximate" : "2") : normArg.trim();
        if (norm.matches("[+]?2(\\.0*)?")) {
            norm = "2";
        }
        if (!norm.equals("2") && !norm.equals("approximate") && !norm.equals("subsample")) {
            throw new IllegalArgumentException("norm: norm must be one of (2, 'approximate', 'subsample'), got "
                    + normArg);
        }
        boolean singleton = kmaxArg == null;
        int kmax = singleton ? 1 : kmaxArg;
        if (!(0 < kmax && kmax <= m)) {
            throw new IllegalArgumentException("Kmax: Kmax must be greater than 0 and less than M, got Kmax=" + kmax
                    + ", M=" + m);
        }
        if (nw >= m / 2.) {
            throw new IllegalArgumentException("NW: NW must be less than M/2., got NW=" + nw + ", M=" + m);
        }
        if (nw <= 0) {
            throw new IllegalArgumentException("NW: NW must be positive, got NW=" + nw);
        }
        int n = sym ? m : m + 1;
        double bw = nw / n;
        double[] d = new double[n];
        double[] e = new double[n];
        double c = Math.cos(2 * Math.PI * bw);
        for (int i = 0; i < n; i++) {
            double h = (n - 1 - 2.0 * i) / 2.;
            d[i] = h * h * c;
        }
        for (int i = 1; i < n; i++) {
            e[i - 1] = i * (double) (n - i) / 2.;
        }
        double[][] z = tridiagonalEigenvectors(d, e);
        // eigenvalues ascending in d, eigenvectors as columns of z: take the largest kmax, descending
        double[][] win = new double[kmax][n];
        for (int k = 0; k < kmax; k++) {
            int col = n - 1 - k;
            for (int i = 0; i < n; i++) {
                win[k][i] = z[i][col];
            }
        }
        for (int k = 0; k < kmax; k += 2) {
            double s = 0;
            for (double v : win[k]) {
                s += v;
            }
            if (s < 0) {
                negate(win[k]);
            }
        }
        double thresh = Math.max(1e-7, 1. / n);
        for (int k = 1; k < kmax; k += 2) {
            for (double v : win[k]) {
                if (v * v > thresh) {
                    if (v < 0) {
                        negate(win[k]);
                    }
                    break;
                }
            }
        }
        double[] ratios = null;
        if (returnRatios) {
            double[] r = new double[n];
            r[0] = 2 * bw;
            for (int l = 1; l < n; l++) {
                double x = Math.PI * 2 * bw * l;
                r[l] = 4 * bw * (Math.sin(x) / x);
            }
            ratios = new double[kmax];
            for (int k = 0; k < kmax; k++) {
                double s = 0;
                for (int lag = 0; lag < n; lag++) {
                    double ac = 0;
                    for (int i = 0; i + lag < n; i++) {
                        ac += win[k][i] * win[k][i + lag];
                    }
                    s += ac * r[lag];
                }
                ratios[k] = s;
            }
        }
        if (!norm.equals("2")) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : win) {
                for (double v : row) {
                    max = Math.max(max, v);
                }
            }
            for (double[] row : win) {
                for (int i = 0; i < n; i++) {
                    row[i] /= max;
                }
            }
            if (n % 2 == 0) {
                double correction;
                if (norm.equals("approximate")) {
                    correction = n * (double) n / (n * (double) n + nw);
                } else {
                    double total = 0;
                    for (double v : win[0]) {
                        total += v;
                    }
                    for (int k = 1; k <= n / 2; k++) {
                        double re = 0;
                        double im = 0;
                        for (int i = 0; i < n; i++) {
                            double ang = 2 * Math.PI * (((long) k * i) % n) / n;
                            re += win[0][i] * Math.cos(ang);
                            im -= win[0][i] * Math.sin(ang);
                        }
                        // 2 s_k exp(-i pi shift_k), shift_k = -(1 - 1/n) k
                        double phase = Math.PI * (1 - 1. / n) * k;
                        total += 2 * (re * Math.cos(phase) - im * Math.sin(phase));
                    }
                    correction = n / total;
                }
                for (double[] row : win) {
                    for (int i = 0; i < n; i++) {
                        row[i] *= correction;
                    }
                }
            }
        }
        if (!sym) {
            for (int k = 0; k < kmax; k++) {
                win[k] = Arrays.copyOf(win[k], m);
            }
        }
        return new Tapers(win, ratios, singleton);
    }

    private static void negate(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
    }

    /**
     * The eigen-decomposition of the symmetric tridiagonal matrix with diagonal {@code d} and
     * off-diagonal {@code e[0..n-2]} by the implicit QL method with Wilkinson shifts; on return
     * {@code d} holds the eigenvalues ascending and the columns of the result the unit eigenvectors.
     */
    static double[][] tridiagonalEigenvectors(double[] d, double[] e) {
        int n = d.length;
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            z[i][i] = 1;
        }
        e[n - 1] = 0;
        for (int l = 0; l < n; l++) {
            int iter = 0;
            int mIdx;
            do {
                for (mIdx = l; mIdx < n - 1; mIdx++) {
                    double dd = Math.abs(d[mIdx]) + Math.abs(d[mIdx + 1]);
                    if (Math.abs(e[mIdx]) <= Math.ulp(1.0) * dd) {
                        break;
                    }
                }
                if (mIdx != l) {
                    if (iter++ == 60) {
                        throw new ArithmeticException("dpss: the tridiagonal eigenproblem did not converge");
                    }
                    double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                    double r = Math.hypot(g, 1.0);
                    g = d[mIdx] - d[l] + e[l] / (g + Math.copySign(r, g));
                    double s = 1;
                    double c = 1;
                    double p = 0;
                    int i;
                    for (i = mIdx - 1; i >= l; i--) {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Math.hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0) {
                            d[i + 1] -= p;
                            e[mIdx] = 0;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                        for (int k = 0; k < n; k++) {
                            f = z[k][i + 1];
                            z[k][i + 1] = s * z[k][i] + c * f;
                            z[k][i] = c * z[k][i] - s * f;
                        }
                    }
                    if (r == 0 && i >= l) {
                        continue;
                    }
                    d[l] -= p;
                    e[l] = g;
                    e[mIdx] = 0;
                }
            } while (mIdx != l);
        }
        // sort ascending, carrying the vectors
        for (int i = 0; i < n - 1; i++) {
            int k = i;
            for (int j = i + 1; j < n; j++) {
                if (d[j] < d[k]) {
                    k = j;
                }
            }
            if (k != i) {
                double t = d[k];
                d[k] = d[i];
                d[i] = t;
                for (int row = 0; row < n; row++) {
                    t = z[row][i];
                    z[row][i] = z[row][k];
                    z[row][k] = t;
                }
            }
        }
        return z;
    }
}
