package org.sciaccel.integrate;

/**
 * LU factorisations with partial pivoting of the small dense matrices of the implicit solvers,
 * real and complex, as LAPACK's getrf orders them: the pivot is the first largest entry of the
 * column (complex: by |re| + |im|), the column below it is scaled by the pivot's reciprocal, and the
 * trailing matrix gets the rank-one update; getrs' solves: pivots, unit-lower forward, upper backward.
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
                        xr[i] -= ar * lr - ai * li;
                        xi[i] -= ar * li + ai * lr;
                    }
                }
            }
            for (int j = n - 1; j >= 0; j--) {
                if (xr[j] != 0 || xi[j] != 0) {
                    double[] q = divide(xr[j], xi[j], re[j][j], im[j][j]);
                    xr[j] = q[0];
                    xi[j] = q[1];
                    double ar = q[0];
                    double ai = q[1];
                    for (int i = 0; i < j; i++) {
                        double ur = re[i][j];
                        double ui = im[i][j];
                        xr[i] -= ar * ur - ai * ui;
                        xi[i] -= ar * ui + ai * ur;
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

    /** The right-looking elimination (kept for reference in tests). */
    static Real factorRightLooking(double[][] a) {
        int n = a.length;
        int[] piv = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            double max = Math.abs(a[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a[i][k]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            piv[k] = p;
            if (a[p][k] != 0) {
                if (p != k) {
                    double[] tmp = a[k];
                    a[k] = a[p];
                    a[p] = tmp;
                }
                double r = 1.0 / a[k][k];
                for (int i = k + 1; i < n; i++) {
                    a[i][k] *= r;
                }
            }
            for (int i = k + 1; i < n; i++) {
                double l = a[i][k];
                if (l != 0) {
                    for (int j = k + 1; j < n; j++) {
                        a[i][j] -= l * a[k][j];
                    }
                }
            }
        }
        return new Real(a, piv);
    }

    /** Factorises the complex matrix {@code re + i·im} (both overwritten). */
    static Complex factor(double[][] re, double[][] im) {
        int n = re.length;
        int[] piv = new int[n];
        for (int k = 0; k < n; k++) {
            int p = k;
            double max = Math.abs(re[k][k]) + Math.abs(im[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(re[i][k]) + Math.abs(im[i][k]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            piv[k] = p;
            if (re[p][k] != 0 || im[p][k] != 0) {
                if (p != k) {
                    double[] tr = re[k];
                    re[k] = re[p];
                    re[p] = tr;
                    double[] ti = im[k];
                    im[k] = im[p];
                    im[p] = ti;
                }
                double[] r = divide(1, 0, re[k][k], im[k][k]);
                for (int i = k + 1; i < n; i++) {
                    double ar = re[i][k];
                    double ai = im[i][k];
                    re[i][k] = ar * r[0] - ai * r[1];
                    im[i][k] = ar * r[1] + ai * r[0];
                }
            }
            for (int i = k + 1; i < n; i++) {
                double lr = re[i][k];
                double li = im[i][k];
                if (lr != 0 || li != 0) {
                    for (int j = k + 1; j < n; j++) {
                        double ur = re[k][j];
                        double ui = im[k][j];
                        re[i][j] -= lr * ur - li * ui;
                        im[i][j] -= lr * ui + li * ur;
                    }
                }
            }
        }
        return new Complex(re, im, piv);
    }

    /** (ar + i·ai) / (br + i·bi) by Smith's algorithm. */
    static double[] divide(double ar, double ai, double br, double bi) {
        if (Math.abs(br) >= Math.abs(bi)) {
            double rat = bi / br;
            double den = br + bi * rat;
            return new double[] {(ar + ai * rat) / den, (ai - ar * rat) / den};
        }
        double rat = br / bi;
        double den = bi + br * rat;
        return new double[] {(ar * rat + ai) / den, (ai * rat - ar) / den};
    }
}
