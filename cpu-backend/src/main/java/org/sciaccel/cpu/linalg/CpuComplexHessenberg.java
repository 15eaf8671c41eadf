package org.sciaccel.cpu.linalg;

/**
 * The steps before and after the complex QR iteration, as LAPACK's zgeev and zgees take them:
 * balancing (zgebal: permutations that isolate eigenvalues, then, for zgeev, diagonal scaling by
 * powers of 2), its undoing on eigenvectors (zgebak), the unblocked Householder reduction to upper
 * Hessenberg form (zgehd2) and the unitary factor of that reduction (zunghr). Row-major interleaved
 * n x n matrices (see {@link CpuComplexReflector}); indices are 0-based, {@code ilo..ihi} inclusive.
 */
final class CpuComplexHessenberg {
    private static final double RADIX = 2;
    private static final double FACTOR = 0.95;

    private CpuComplexHessenberg() {
    }

    /** zgebal's result: the rows and columns {@code ilo..ihi} still coupled, and its permutation and scale factors. */
    static final class Balance {
        final int ilo;
        final int ihi;
        /** For j outside ilo..ihi the index row/column j was exchanged with; inside, the scale factor of j. */
        final double[] scale;

        Balance(int ilo, int ihi, double[] scale) {
            this.ilo = ilo;
            this.ihi = ihi;
            this.scale = scale;
        }
    }

    /**
     * zgebal with job 'P' ({@code scaling} false) or 'B': permutes a (in place) so that rows and
     * columns isolating an eigenvalue move to the bottom and to the left, then, with scaling, scales
     * the rows and columns in between by powers of 2 to balance their norms.
     */
    static Balance balance(double[] a, int n, boolean scaling) {
        double[] scale = new double[n];
        int k = 0;
        int l = n - 1;
        if (n == 0) {
            return new Balance(0, -1, scale);
        }
        // Rows isolating an eigenvalue (zero off the diagonal within columns 0..l) go to the bottom.
        boolean found = true;
        while (found && l >= 0) {
            found = false;
            for (int j = l; j >= 0; j--) {
                if (zeroOffDiagonalRow(a, n, j, 0, l)) {
                    scale[l] = j;
                    exchange(a, n, j, l, k, l);
                    found = true;
                    if (l == 0) {
                        return new Balance(0, 0, scale);
                    }
                    l--;
                    break;
                }
            }
        }
        // Columns isolating an eigenvalue (zero off the diagonal within rows k..l) go to the left.
        found = true;
        while (found) {
            found = false;
            for (int j = k; j <= l; j++) {
                if (zeroOffDiagonalColumn(a, n, j, k, l)) {
                    scale[k] = j;
                    exchange(a, n, j, k, k, l);
                    found = true;
                    k++;
                    break;
                }
            }
        }
        for (int i = k; i <= l; i++) {
            scale[i] = 1;
        }
        if (scaling) {
            scale(a, n, k, l, scale);
        }
        return new Balance(k, l, scale);
    }

    private static boolean zeroOffDiagonalRow(double[] a, int n, int j, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (i != j && (a[2 * (j * n + i)] != 0 || a[2 * (j * n + i) + 1] != 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeroOffDiagonalColumn(double[] a, int n, int j, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (i != j && (a[2 * (i * n + j)] != 0 || a[2 * (i * n + j) + 1] != 0)) {
                return false;
            }
        }
        return true;
    }

    /** zgebal's exchange of j and m: columns j and m in rows 0..l, rows j and m in columns k..n-1. */
    private static void exchange(double[] a, int n, int j, int m, int k, int l) {
        if (j == m) {
            return;
        }
        for (int i = 0; i <= l; i++) {
            swap(a, 2 * (i * n + j), 2 * (i * n + m));
        }
        for (int c = k; c < n; c++) {
            swap(a, 2 * (j * n + c), 2 * (m * n + c));
        }
    }

    private static void swap(double[] a, int x, int y) {
        double t = a[x];
        a[x] = a[y];
        a[y] = t;
        t = a[x + 1];
        a[x + 1] = a[y + 1];
        a[y + 1] = t;
    }

    /** zgebal's iterative scaling of rows and columns k..l by powers of the radix. */
    private static void scale(double[] a, int n, int k, int l, double[] scale) {
        double sfmin1 = Double.MIN_NORMAL / Math.ulp(1.0);
        double sfmax1 = 1 / sfmin1;
        double sfmin2 = sfmin1 * RADIX;
        double sfmax2 = 1 / sfmin2;
        boolean noconv = true;
        while (noconv) {
            noconv = false;
            for (int i = k; i <= l; i++) {
                double c = CpuComplexReflector.norm2(a, k * n + i, n, l - k + 1);
                double r = CpuComplexReflector.norm2(a, i * n + k, 1, l - k + 1);
                double ca = modulus(a, maxAbs1(a, i, n, 0, l + 1) * n + i);
                double ra = modulus(a, i * n + maxAbs1(a, i * n, 1, k, n));
                if (c == 0 || r == 0) {
                    continue;
                }
                if (Double.isNaN(c + ca + ra + r)) {
                    // zgebal's info -3; the callers refuse infs and NaNs before balancing
                    throw new IllegalStateException("zgebal: NaN while balancing");
                }
                double g = r / RADIX;
                double f = 1;
                double s = c + r;
                while (c < g && Math.max(f, Math.max(c, ca)) < sfmax2 && Math.min(r, Math.min(g, ra)) > sfmin2) {
                    f *= RADIX;
                    c *= RADIX;
                    ca *= RADIX;
                    r /= RADIX;
                    g /= RADIX;
                    ra /= RADIX;
                }
                g = c / RADIX;
                while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(Math.min(f, c), Math.min(g, ca)) > sfmin2) {
                    f /= RADIX;
                    c /= RADIX;
                    g /= RADIX;
                    ca /= RADIX;
                    r *= RADIX;
                    ra *= RADIX;
                }
                if (c + r >= FACTOR * s) {
                    continue;
                }
                if (f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1) {
                    continue;
                }
                if (f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f) {
                    continue;
                }
                scale[i] *= f;
                noconv = true;
                for (int j = k; j < n; j++) {
                    a[2 * (i * n + j)] /= f;
                    a[2 * (i * n + j) + 1] /= f;
                }
                for (int j = 0; j <= l; j++) {
                    a[2 * (j * n + i)] *= f;
                    a[2 * (j * n + i) + 1] *= f;
                }
            }
        }
    }

    /**
     * izamax over the elements {@code base + t * stride} for t in [from, to): the first of largest
     * |re| + |im|; returns t.
     */
    private static int maxAbs1(double[] a, int base, int stride, int from, int to) {
        int best = from;
        double v = -1;
        for (int t = from; t < to; t++) {
            double x = CpuComplexReflector.abs1(a, base + t * stride);
            if (x > v) {
                v = x;
                best = t;
            }
        }
        return best;
    }

    private static double modulus(double[] a, int e) {
        return Math.hypot(a[2 * e], a[2 * e + 1]);
    }

    /**
     * zgebak: undoes the balancing on the m columns of v (n x m): the scaling (rows multiplied by the
     * scale factors for right vectors, divided for left ones) and then the permutation.
     */
    static void backBalance(Balance b, double[] v, int n, int m, boolean right) {
        // as zgebak: no scaling when balancing isolated everything (scale then holds only permutations)
        for (int i = b.ilo; i <= b.ihi && b.ilo < b.ihi; i++) {
            double s = right ? b.scale[i] : 1 / b.scale[i];
            if (s != 1) {
                for (int j = 0; j < 2 * m; j++) {
                    v[2 * i * m + j] *= s;
                }
            }
        }
        for (int ii = 0; ii < n; ii++) {
            int i = ii;
            if (i >= b.ilo && i <= b.ihi) {
                continue;
            }
            if (i < b.ilo) {
                i = b.ilo - 1 - ii;
            }
            int k = (int) b.scale[i];
            if (k == i) {
                continue;
            }
            for (int j = 0; j < 2 * m; j++) {
                double t = v[2 * i * m + j];
                v[2 * i * m + j] = v[2 * k * m + j];
                v[2 * k * m + j] = t;
            }
        }
    }

    /**
     * zgehd2: reduces rows and columns ilo..ihi of a (in place) to upper Hessenberg form by
     * reflectors H(i) = I - tau_i v v^H, v stored below the subdiagonal of column i; returns the taus.
     */
    static double[] reduce(double[] a, int n, int ilo, int ihi) {
        double[] tau = new double[2 * Math.max(1, n)];
        for (int i = ilo; i < ihi; i++) {
            // H(i) annihilates a[i+2..ihi, i]
            CpuComplexReflector.generate(a, (i + 1) * n + i, Math.min(i + 2, n - 1) * n + i, n, ihi - i, tau, i);
            double tr = tau[2 * i];
            double ti = tau[2 * i + 1];
            double br = a[2 * ((i + 1) * n + i)];
            a[2 * ((i + 1) * n + i)] = 1;
            a[2 * ((i + 1) * n + i) + 1] = 0;
            // a[0..ihi, i+1..ihi] := a H(i); a[i+1..ihi, i+1..n-1] := H(i)^H a
            CpuComplexReflector.applyRight(a, n, 0, ihi + 1, i + 1, ihi - i, a, (i + 2) * n + i, n, tr, ti);
            CpuComplexReflector.applyLeft(a, n, i + 1, ihi - i, i + 1, n - i - 1, a, (i + 2) * n + i, n, tr, -ti);
            a[2 * ((i + 1) * n + i)] = br;
            a[2 * ((i + 1) * n + i) + 1] = 0;
        }
        return tau;
    }

    /**
     * zunghr: the unitary Q = H(ilo) ... H(ihi-1) of {@link #reduce}'s reflectors (stored in
     * {@code h}), the identity outside rows and columns ilo+1..ihi.
     */
    static double[] q(double[] h, int n, int ilo, int ihi, double[] tau) {
        double[] q = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            q[2 * (i * n + i)] = 1;
        }
        // the reflectors copied into Q's columns, then accumulated backwards on the identity
        for (int i = ihi - 1; i >= ilo; i--) {
            CpuComplexReflector.applyLeft(q, n, i + 1, ihi - i, i + 1, ihi - i, h, (i + 2) * n + i, n, tau[2 * i],
                    tau[2 * i + 1]);
        }
        return q;
    }
}
