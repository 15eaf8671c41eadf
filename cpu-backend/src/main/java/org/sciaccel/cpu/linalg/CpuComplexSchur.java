package org.sciaccel.cpu.linalg;

import org.sciaccel.linalg.EigenvalueSelector;

/**
 * The complex Schur factorisation of an upper Hessenberg matrix, H = Z T Z^H with T upper triangular,
 * by LAPACK's zlahqr: the single-shift QR iteration with Wilkinson shifts, exceptional shifts every
 * 10th iteration without deflation, the conservative deflation test of Ahues and Kressner, and
 * subdiagonal entries kept real; and the reordering of a triangular T (ztrexc, ztrsen) that moves
 * selected eigenvalues to its leading block. (zhseqr calls zlahqr for n below 75 and the multishift
 * zlaqr0 above; zlahqr is used at every n here: the same factorisation up to rounding, and the order
 * in which eigenvalues converge may differ for large matrices.) Row-major interleaved n x n matrices,
 * 0-based indices.
 */
final class CpuComplexSchur {
    private static final double ULP = Math.ulp(1.0);
    private static final double DAT1 = 0.75;
    private static final int KEXSH = 10;

    private CpuComplexSchur() {
    }

    /**
     * zlahqr on rows and columns ilo..ihi of the n x n Hessenberg h: its eigenvalues into
     * {@code w} (interleaved), and with {@code wantt} the Schur form T in h; with z (n x n, not null)
     * the transformations are accumulated into z's columns ilo..ihi, all rows.
     *
     * @return 0, or (as LAPACK's info) 1 + the index of the eigenvalue that failed to converge
     */
    static int hqr(double[] h, int n, int ilo, int ihi, boolean wantt, double[] z, double[] w) {
        if (n == 0) {
            return 0;
        }
        if (ilo == ihi) {
            w[2 * ilo] = h[2 * (ilo * n + ilo)];
            w[2 * ilo + 1] = h[2 * (ilo * n + ilo) + 1];
            return 0;
        }
        for (int j = ilo; j <= ihi - 3; j++) {
            set(h, n, j + 2, j, 0, 0);
            set(h, n, j + 3, j, 0, 0);
        }
        if (ilo <= ihi - 2) {
            set(h, n, ihi, ihi - 2, 0, 0);
        }
        int jlo = wantt ? 0 : ilo;
        int jhi = wantt ? n - 1 : ihi;
        // Real subdiagonal entries: scale each row and column by the phase of its subdiagonal entry.
        for (int i = ilo + 1; i <= ihi; i++) {
            double sr = re(h, n, i, i - 1);
            double si = im(h, n, i, i - 1);
            if (si != 0) {
                double a1 = Math.abs(sr) + Math.abs(si);
                sr /= a1;
                si /= a1;
                double m = Math.hypot(sr, si);
                double cr = sr / m;
                double ci = -si / m; // sc = conj(h/|h|1) / |.|
                set(h, n, i, i - 1, Math.hypot(re(h, n, i, i - 1), im(h, n, i, i - 1)), 0);
                scaleRow(h, n, i, i, jhi, cr, ci);
                scaleCol(h, n, i, jlo, Math.min(jhi, i + 1), cr, -ci);
                if (z != null) {
                    scaleCol(z, n, i, 0, n - 1, cr, -ci);
                }
            }
        }
        int nh = ihi - ilo + 1;
        double smlnum = Double.MIN_NORMAL * (nh / ULP);
        int i1 = 0;
        int i2 = n - 1;
        int itmax = 30 * Math.max(10, nh);
        int kdefl = 0;
        double[] v = new double[4];
        double[] t1 = new double[2];
        int i = ihi;
        while (i >= ilo) {
            int l = ilo;
            boolean converged = false;
            for (int its = 0; its <= itmax; its++) {
                int k = smallSubdiagonal(h, n, l, i, ilo, ihi, smlnum);
                l = k;
                if (l > ilo) {
                    set(h, n, l, l - 1, 0, 0);
                }
                if (l >= i) {
                    converged = true;
                    break;
                }
                kdefl++;
                if (!wantt) {
                    i1 = l;
                    i2 = i;
                }
                double[] t = shift(h, n, l, i, kdefl);
                // Look for two consecutive small subdiagonal entries to start the step lower down.
                int m = i - 1;
                for (; m >= l; m--) {
                    double h11r = re(h, n, m, m);
                    double h11i = im(h, n, m, m);
                    double h11sr = h11r - t[0];
                    double h11si = h11i - t[1];
                    double h21 = re(h, n, m + 1, m);
                    double s = Math.abs(h11sr) + Math.abs(h11si) + Math.abs(h21);
                    h11sr /= s;
                    h11si /= s;
                    h21 /= s;
                    v[0] = h11sr;
                    v[1] = h11si;
                    v[2] = h21;
                    v[3] = 0;
                    if (m == l) {
                        break;
                    }
                    double h10 = re(h, n, m, m - 1);
                    double h22 = Math.abs(re(h, n, m + 1, m + 1)) + Math.abs(im(h, n, m + 1, m + 1));
                    if (Math.abs(h10) * Math.abs(h21)
                            <= ULP * ((Math.abs(h11sr) + Math.abs(h11si)) * (Math.abs(h11r) + Math.abs(h11i) + h22))) {
                        break;
                    }
                }
                qrStep(h, n, z, l, m, i, i1, i2, v, t1);
                // Keep h[i, i-1] real.
                double tr = re(h, n, i, i - 1);
                double ti = im(h, n, i, i - 1);
                if (ti != 0) {
                    double rt = Math.hypot(tr, ti);
                    set(h, n, i, i - 1, rt, 0);
                    tr /= rt;
                    ti /= rt;
                    if (i2 > i) {
                        scaleRow(h, n, i, i + 1, i2, tr, -ti);
                    }
                    scaleCol(h, n, i, i1, i - 1, tr, ti);
                    if (z != null) {
                        scaleCol(z, n, i, 0, n - 1, tr, ti);
                    }
                }
            }
            if (!converged) {
                return i + 1;
            }
            w[2 * i] = re(h, n, i, i);
            w[2 * i + 1] = im(h, n, i, i);
            kdefl = 0;
            i = l - 1;
        }
        return 0;
    }

    /** The largest k in l+1..i whose subdiagonal entry h[k, k-1] is negligible (zlahqr's test), else l. */
    private static int smallSubdiagonal(double[] h, int n, int l, int i, int ilo, int ihi, double smlnum) {
        for (int k = i; k > l; k--) {
            if (abs1(h, n, k, k - 1) <= smlnum) {
                return k;
            }
            double tst = abs1(h, n, k - 1, k - 1) + abs1(h, n, k, k);
            if (tst == 0) {
                if (k - 2 >= ilo) {
                    tst += Math.abs(re(h, n, k - 1, k - 2));
                }
                if (k + 1 <= ihi) {
                    tst += Math.abs(re(h, n, k + 1, k));
                }
            }
            if (Math.abs(re(h, n, k, k - 1)) <= ULP * tst) {
                double hk = abs1(h, n, k, k - 1);
                double hk1 = abs1(h, n, k - 1, k);
                double ab = Math.max(hk, hk1);
                double ba = Math.min(hk, hk1);
                double dr = re(h, n, k - 1, k - 1) - re(h, n, k, k);
                double di = im(h, n, k - 1, k - 1) - im(h, n, k, k);
                double d1 = Math.abs(dr) + Math.abs(di);
                double aa = Math.max(abs1(h, n, k, k), d1);
                double bb = Math.min(abs1(h, n, k, k), d1);
                double s = aa + ab;
                if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) {
                    return k;
                }
            }
        }
        return l;
    }

    /** zlahqr's shift for the active block l..i: exceptional every 10th iteration, else Wilkinson's. */
    private static double[] shift(double[] h, int n, int l, int i, int kdefl) {
        if (kdefl % (2 * KEXSH) == 0) {
            double s = DAT1 * Math.abs(re(h, n, i, i - 1));
            return new double[] {s + re(h, n, i, i), im(h, n, i, i)};
        }
        if (kdefl % KEXSH == 0) {
            double s = DAT1 * Math.abs(re(h, n, l + 1, l));
            return new double[] {s + re(h, n, l, l), im(h, n, l, l)};
        }
        double tr = re(h, n, i, i);
        double ti = im(h, n, i, i);
        double[] u = mul(sqrt(re(h, n, i - 1, i), im(h, n, i - 1, i)), sqrt(re(h, n, i, i - 1), im(h, n, i, i - 1)));
        double s = Math.abs(u[0]) + Math.abs(u[1]);
        if (s != 0) {
            double xr = 0.5 * (re(h, n, i - 1, i - 1) - tr);
            double xi = 0.5 * (im(h, n, i - 1, i - 1) - ti);
            double sx = Math.abs(xr) + Math.abs(xi);
            s = Math.max(s, sx);
            double[] xs = mul(xr / s, xi / s, xr / s, xi / s);
            double[] us = mul(u[0] / s, u[1] / s, u[0] / s, u[1] / s);
            double[] y = sqrt(xs[0] + us[0], xs[1] + us[1]);
            y[0] *= s;
            y[1] *= s;
            if (sx > 0 && (xr / sx) * y[0] + (xi / sx) * y[1] < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
            }
            double[] q = CpuComplexReflector.div(u[0], u[1], xr + y[0], xi + y[1]);
            double[] uq = mul(u[0], u[1], q[0], q[1]);
            tr -= uq[0];
            ti -= uq[1];
        }
        return new double[] {tr, ti};
    }

    /** One single-shift QR sweep over rows m..i (v the first column's 2-vector), applied to rows/columns i1..i2 and z. */
    private static void qrStep(double[] h, int n, double[] z, int l, int m, int i, int i1, int i2, double[] v, double[] t1) {
        for (int k = m; k < i; k++) {
            if (k > m) {
                v[0] = re(h, n, k, k - 1);
                v[1] = im(h, n, k, k - 1);
                v[2] = re(h, n, k + 1, k - 1);
                v[3] = im(h, n, k + 1, k - 1);
            }
            CpuComplexReflector.generate(v, 0, 1, 1, 2, t1, 0);
            if (k > m) {
                set(h, n, k, k - 1, v[0], v[1]);
                set(h, n, k + 1, k - 1, 0, 0);
            }
            double tr = t1[0];
            double ti = t1[1];
            double v2r = v[2];
            double v2i = v[3];
            double t2 = tr * v2r - ti * v2i;
            for (int j = k; j <= i2; j++) {
                // sum = conj(t1) h[k, j] + t2 h[k+1, j]
                double ar = re(h, n, k, j);
                double ai = im(h, n, k, j);
                double br = re(h, n, k + 1, j);
                double bi = im(h, n, k + 1, j);
                double sr = tr * ar + ti * ai + t2 * br;
                double si = tr * ai - ti * ar + t2 * bi;
                set(h, n, k, j, ar - sr, ai - si);
                set(h, n, k + 1, j, br - (sr * v2r - si * v2i), bi - (sr * v2i + si * v2r));
            }
            for (int j = i1; j <= Math.min(k + 2, i); j++) {
                rotateColumns(h, n, j, k, tr, ti, t2, v2r, v2i);
            }
            if (z != null) {
                for (int j = 0; j < n; j++) {
                    rotateColumns(z, n, j, k, tr, ti, t2, v2r, v2i);
                }
            }
            if (k == m && m > l) {
                // The step started below a small subdiagonal pair: rescale to keep h[m, m-1] real.
                double er = 1 - tr;
                double ei = -ti;
                double ea = Math.hypot(er, ei);
                er /= ea;
                ei /= ea;
                double[] hm = mul(re(h, n, m + 1, m), im(h, n, m + 1, m), er, -ei);
                set(h, n, m + 1, m, hm[0], hm[1]);
                if (m + 2 <= i) {
                    double[] hm2 = mul(re(h, n, m + 2, m + 1), im(h, n, m + 2, m + 1), er, ei);
                    set(h, n, m + 2, m + 1, hm2[0], hm2[1]);
                }
                for (int j = m; j <= i; j++) {
                    if (j != m + 1) {
                        if (i2 > j) {
                            scaleRow(h, n, j, j + 1, i2, er, ei);
                        }
                        scaleCol(h, n, j, i1, j - 1, er, -ei);
                        if (z != null) {
                            scaleCol(z, n, j, 0, n - 1, er, -ei);
                        }
                    }
                }
            }
        }
    }

    /** Row j: sum = t1 x[j, k] + t2 x[j, k+1]; x[j, k] -= sum; x[j, k+1] -= sum conj(v2). */
    private static void rotateColumns(double[] x, int n, int j, int k, double tr, double ti, double t2, double v2r,
            double v2i) {
        int a = 2 * (j * n + k);
        double ar = x[a];
        double ai = x[a + 1];
        double br = x[a + 2];
        double bi = x[a + 3];
        double sr = tr * ar - ti * ai + t2 * br;
        double si = tr * ai + ti * ar + t2 * bi;
        x[a] = ar - sr;
        x[a + 1] = ai - si;
        x[a + 2] = br - (sr * v2r + si * v2i);
        x[a + 3] = bi - (si * v2r - sr * v2i);
    }

    /**
     * ztrsen (job 'N', compq 'V'): reorders the upper triangular t (n x n) so that the eigenvalues
     * {@code select} chooses lead its diagonal, updating q's columns; returns how many were selected.
     * The selector sees each diagonal entry of t before reordering.
     */
    static int reorder(double[] t, int n, double[] q, EigenvalueSelector select) {
        boolean[] chosen = new boolean[n];
        for (int k = 0; k < n; k++) {
            chosen[k] = select.select(t[2 * (k * n + k)], t[2 * (k * n + k) + 1]);
        }
        int ks = 0;
        for (int k = 0; k < n; k++) {
            if (chosen[k]) {
                // ztrexc: move entry k up to position ks by swaps of adjacent diagonal entries
                for (int p = k - 1; p >= ks; p--) {
                    swapAdjacent(t, n, q, p);
                }
                ks++;
            }
        }
        return ks;
    }

    /** ztrexc's swap of diagonal entries p and p+1 of the triangular t by a plane rotation (zlartg, zrot). */
    private static void swapAdjacent(double[] t, int n, double[] q, int p) {
        double t11r = re(t, n, p, p);
        double t11i = im(t, n, p, p);
        double t22r = re(t, n, p + 1, p + 1);
        double t22i = im(t, n, p + 1, p + 1);
        double[] cs = givens(re(t, n, p, p + 1), im(t, n, p, p + 1), t22r - t11r, t22i - t11i);
        double c = cs[0];
        double sr = cs[1];
        double si = cs[2];
        for (int j = p + 2; j < n; j++) {
            rot(t, 2 * (p * n + j), 2 * ((p + 1) * n + j), c, sr, si);
        }
        for (int j = 0; j < p; j++) {
            rot(t, 2 * (j * n + p), 2 * (j * n + p + 1), c, sr, -si);
        }
        set(t, n, p, p, t22r, t22i);
        set(t, n, p + 1, p + 1, t11r, t11i);
        if (q != null) {
            for (int j = 0; j < n; j++) {
                rot(q, 2 * (j * n + p), 2 * (j * n + p + 1), c, sr, -si);
            }
        }
    }

    /**
     * zlartg: {c (real), s} with [c s; -conj(s) c] (f, g) = (r, 0), as {c, re s, im s}.
     */
    static double[] givens(double fr, double fi, double gr, double gi) {
        if (gr == 0 && gi == 0) {
            return new double[] {1, 0, 0};
        }
        double g1 = Math.hypot(gr, gi);
        if (fr == 0 && fi == 0) {
            return new double[] {0, gr / g1, -gi / g1};
        }
        double f1 = Math.hypot(fr, fi);
        double d = Math.hypot(f1, g1);
        double c = f1 / d;
        // s = (f / |f|) conj(g) / d
        double pr = fr / f1;
        double pi = fi / f1;
        double qr = gr / d;
        double qi = -gi / d;
        return new double[] {c, pr * qr - pi * qi, pr * qi + pi * qr};
    }

    /** zrot: x = c x + s y, y = c y - conj(s) x, at element offsets xe and ye. */
    private static void rot(double[] a, int xe, int ye, double c, double sr, double si) {
        double xr = a[xe];
        double xi = a[xe + 1];
        double yr = a[ye];
        double yi = a[ye + 1];
        a[xe] = c * xr + (sr * yr - si * yi);
        a[xe + 1] = c * xi + (sr * yi + si * yr);
        a[ye] = c * yr - (sr * xr + si * xi);
        a[ye + 1] = c * yi - (sr * xi - si * xr);
    }

    // ---------------------------------------------------------------- complex scalars

    private static double re(double[] a, int n, int i, int j) {
        return a[2 * (i * n + j)];
    }

    private static double im(double[] a, int n, int i, int j) {
        return a[2 * (i * n + j) + 1];
    }

    private static double abs1(double[] a, int n, int i, int j) {
        return Math.abs(a[2 * (i * n + j)]) + Math.abs(a[2 * (i * n + j) + 1]);
    }

    private static void set(double[] a, int n, int i, int j, double vr, double vi) {
        a[2 * (i * n + j)] = vr;
        a[2 * (i * n + j) + 1] = vi;
    }

    /** Row i, columns from..to (inclusive), times (sr + i si). */
    private static void scaleRow(double[] a, int n, int i, int from, int to, double sr, double si) {
        for (int j = from; j <= to; j++) {
            double[] p = mul(re(a, n, i, j), im(a, n, i, j), sr, si);
            set(a, n, i, j, p[0], p[1]);
        }
    }

    /** Column j, rows from..to (inclusive), times (sr + i si). */
    private static void scaleCol(double[] a, int n, int j, int from, int to, double sr, double si) {
        for (int i = from; i <= to; i++) {
            double[] p = mul(re(a, n, i, j), im(a, n, i, j), sr, si);
            set(a, n, i, j, p[0], p[1]);
        }
    }

    private static double[] mul(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    private static double[] mul(double[] a, double[] b) {
        return mul(a[0], a[1], b[0], b[1]);
    }

    /** The principal square root of (re + i im). */
    static double[] sqrt(double re, double im) {
        if (re == 0 && im == 0) {
            return new double[] {0, im};
        }
        double t = Math.sqrt((Math.hypot(re, im) + Math.abs(re)) / 2);
        if (re >= 0) {
            return new double[] {t, im / (2 * t)};
        }
        return new double[] {Math.abs(im) / (2 * t), Math.copySign(t, im)};
    }
}
