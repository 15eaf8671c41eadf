package org.sciaccel.integrate;

/**
 * LU factorisations with partial pivoting of the small dense matrices of the implicit solvers,
 * real and complex, rounded as the LAPACK and BLAS behind SciPy round them (read off their results
 * on this machine: bit for bit up to 5 components): left-looking getf2, the pivot the first largest
 * entry of the column (complex: by |re| + |im|), the column scaled by the pivot's reciprocal; getrs'
 * solves column by column: pivots, unit-lower forward, upper backward by the diagonal's reciprocal.
 */
final class SmallLu {
    private SmallLu() {
    }

    /** A real factorisation: L and U packed in {@code lu}, row {@code piv[k]} swapped with row k at step k. */
    record Real(double[][] lu, int[] piv) {
        /** Solves A·x = b (a new array). */
        double[] solve(double[] b) {
            int n = b.length;
            double[] x = b.clone();
            for (int k = 0; k < n; k++) {
                int p = piv[k];
                if (p != k) {
                    double tmp = x[k];
                    x[k] = x[p];
                    x[p] = tmp;
                }
            }
            for (int j = 0; j < n; j++) {
                double xj = x[j];
                if (xj != 0) {
                    for (int i = j + 1; i < n; i++) {
                        x[i] -= xj * lu[i][j];
                    }
                }
            }
            for (int j = n - 1; j >= 0; j--) {
                if (x[j] != 0) {
                    x[j] /= lu[j][j];
                    double xj = x[j];
                    for (int i = 0; i < j; i++) {
                        x[i] -= xj * lu[i][j];
                    }
                }
            }
            return x;
        }
    }

    /** A complex factorisation: real and imaginary parts of the packed L and U. */
    record Complex(double[][] re, double[][] im, int[] piv) {
        /** Solves A·x = b for b = bre + i·bim; returns {re, im}. */
        double[][] solve(double[] bre, double[] bim) {
            int n = bre.length;
            double[] xr = bre.clone();
            double[] xi = bim.clone();
            for (int k = 0; k < n; k++) {
                int p = piv[k];
                if (p != k) {
                    double tr = xr[k];
                    xr[k] = xr[p];
                    xr[p] = tr;
                    double ti = xi[k];
                    xi[k] = xi[p];
                    xi[p] = ti;
                }
            }
            for (int j = 0; j < n; j++) {
                double ar = xr[j];
                double ai = xi[j];
                if (ar != 0 || ai != 0) {
                    for (int i = j + 1; i < n; i++) {
                        double lr = re[i][j];
                        double li = im[i][j];
                        axpy(xr, xi, i, -ar, -ai, lr, li);
                    }
                }
            }
            for (int j = n - 1; j >= 0; j--) {
                {
                    double[] rc = reciprocal(re[j][j], im[j][j]);
                    double br = xr[j];
                    double bi = xi[j];
                    xr[j] = rc[0] * br - rc[1] * bi;
                    xi[j] = rc[0] * bi + rc[1] * br;
                    double[] q = {xr[j], xi[j]};
                    double ar = q[0];
                    double ai = q[1];
                    for (int i = 0; i < j; i++) {
                        double ur = re[i][j];
                        double ui = im[i][j];
                        axpy(xr, xi, i, -ar, -ai, ur, ui);
                    }
                }
            }
            return new double[][] {xr, xi};
        }
    }

    /**
     * Factorises {@code a} (overwritten) column by column, left-looking, as the LAPACK behind SciPy
     * orders its unblocked getf2: a column gets the earlier row swaps, its upper part the forward
     * substitution with L (one dot product per entry), its lower part the product with the columns
     * before it (that BLAS's matrix-vector order, {@link StageSums#rowSum}); then the pivot (the
     * first largest magnitude), the swap of the rows' finished columns, the scaling by the pivot's
     * reciprocal. A zero pivot is left in place, as getrf leaves it (info > 0).
     */
    static Real factor(double[][] a) {
        int n = a.length;
        int[] piv = new int[n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                col[i] = a[i][j];
            }
            for (int i = 0; i < j; i++) {
                int p = piv[i];
                if (p != i) {
                    double tmp = col[i];
                    col[i] = col[p];
                    col[p] = tmp;
                }
            }
            for (int i = 1; i < j; i++) {
                double dot = 0;
                for (int k = 0; k < i; k++) {
                    dot += a[i][k] * col[k];
                }
                col[i] -= dot;
            }
            if (j > 0) {
                final int jj = j;
                double[] x = java.util.Arrays.copyOf(col, j);
                for (int i = j; i < n; i++) {
                    col[i] = StageSums.rowUpdate((k, r) -> a[jj + r][k], x, j, n - j, n, i - j, col[i], -1.0);
                }
            }
            int jp = j;
            double max = Math.abs(col[j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(col[i]);
                if (v > max) {
                    max = v;
                    jp = i;
                }
            }
            piv[j] = jp;
            for (int i = 0; i < n; i++) {
                a[i][j] = col[i];
            }
            double pv = a[jp][j];
            if (pv != 0) {
                if (jp != j) {
                    for (int k = 0; k <= j; k++) {
                        double tmp = a[j][k];
                        a[j][k] = a[jp][k];
                        a[jp][k] = tmp;
                    }
                }
                if (Math.abs(pv) >= Double.MIN_NORMAL) {
                    double r = 1.0 / pv;
                    for (int i = j + 1; i < n; i++) {
                        a[i][j] *= r;
                    }
                } else {
                    for (int i = j + 1; i < n; i++) {
                        a[i][j] /= pv;
                    }
                }
            }
        }
        return new Real(a, piv);
    }

    /**
     * Factorises the complex matrix {@code re + i·im} (both overwritten), left-looking as the LAPACK
     * behind SciPy orders zgetf2: dot products with the four real products summed apart, the pivot
     * by |re| + |im|, the column scaled by the pivot's reciprocal.
     */
    static Complex factor(double[][] re, double[][] im) {
        int n = re.length;
        int[] piv = new int[n];
        double[] cr = new double[n];
        double[] ci = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                cr[i] = re[i][j];
                ci[i] = im[i][j];
            }
            for (int i = 0; i < j; i++) {
                int p = piv[i];
                if (p != i) {
                    double t = cr[i];
                    cr[i] = cr[p];
                    cr[p] = t;
                    t = ci[i];
                    ci[i] = ci[p];
                    ci[p] = t;
                }
            }
            for (int i = 1; i < n; i++) {
                int len = Math.min(i, j);
                if (len == 0) {
                    continue;
                }
                double d0 = 0;
                double d1 = 0;
                double d2 = 0;
                double d3 = 0;
                if (i < j) {
                    for (int k = 0; k < len; k++) {
                        double ar = re[i][k];
                        double ai = im[i][k];
                        d0 += ar * cr[k];
                        d1 += ai * ci[k];
                        d2 += ar * ci[k];
                        d3 += ai * cr[k];
                    }
                    cr[i] -= d0 - d1;
                    ci[i] -= d2 + d3;
                } else {
                    for (int k = 0; k < len; k++) {
                        double ar = re[i][k];
                        double ai = im[i][k];
                        d0 += ar * cr[k] - ai * ci[k];
                        d2 += ar * ci[k] + ai * cr[k];
                    }
                    cr[i] -= d0;
                    ci[i] -= d2;
                }
            }
            int jp = j;
            double max = Math.abs(cr[j]) + Math.abs(ci[j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(cr[i]) + Math.abs(ci[i]);
                if (v > max) {
                    max = v;
                    jp = i;
                }
            }
            piv[j] = jp;
            for (int i = 0; i < n; i++) {
                re[i][j] = cr[i];
                im[i][j] = ci[i];
            }
            double t1 = re[jp][j];
            double t2 = im[jp][j];
            if (t1 != 0 || t2 != 0) {
                if (jp != j) {
                    for (int k = 0; k <= j; k++) {
                        double t = re[j][k];
                        re[j][k] = re[jp][k];
                        re[jp][k] = t;
                        t = im[j][k];
                        im[j][k] = im[jp][k];
                        im[jp][k] = t;
                    }
                }
                double r3;
                double r4;
                if (Math.abs(t1) >= Math.abs(t2)) {
                    double ratio = t2 / t1;
                    double den = 1.0 / (t1 * (1 + ratio * ratio));
                    r3 = den;
                    r4 = -ratio * den;
                } else {
                    double ratio = t1 / t2;
                    double den = 1.0 / (t2 * (1 + ratio * ratio));
                    r3 = ratio * den;
                    r4 = -den;
                }
                for (int i = j + 1; i < n; i++) {
                    double ar = re[i][j];
                    double ai = im[i][j];
                    re[i][j] = r3 * ar - r4 * ai;
                    im[i][j] = r4 * ar + r3 * ai;
                }
            }
        }
        return new Complex(re, im, piv);
    }

    /** y[i] += alpha·x for complex alpha and x (that BLAS's axpy). */
    private static void axpy(double[] yr, double[] yi, int i, double alr, double ali, double xr, double xi) {
        yr[i] += alr * xr - ali * xi;
        yi[i] += alr * xi + ali * xr;
    }

    /** 1 / (ar + i·ai) as that LAPACK's getf2 and trsv form it. */
    static double[] reciprocal(double ar, double ai) {
        if (Math.abs(ar) >= Math.abs(ai)) {
            double ratio = ai / ar;
            double den = 1.0 / (ar * (1 + ratio * ratio));
            return new double[] {den, -ratio * den};
        }
        double ratio = ar / ai;
        double den = 1.0 / (ai * (1 + ratio * ratio));
        return new double[] {ratio * den, -den};
    }
}
