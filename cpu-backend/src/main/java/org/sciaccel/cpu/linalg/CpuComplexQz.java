package org.sciaccel.cpu.linalg;

import org.sciaccel.LinAlgException;

/**
 * The generalized eigenproblem a v = w b v of complex matrices as LAPACK's zggev composes it:
 * scaling of matrices whose largest entry is tiny or huge, the permutation that isolates
 * eigenvalues (zggbal 'P'), the QR factorisation of b applied to a, the reduction to Hessenberg
 * (a) and triangular (b) form by plane rotations (zgghrd), the single-shift QZ iteration (zhgeqz,
 * with b's diagonal kept real and non-negative and zeros of it chased off as infinite eigenvalues),
 * the eigenvectors of the triangular pencil transformed back (ztgevc), the undoing of the
 * permutation (zggbak) and zggev's normalisation (largest |re| + |im| of each vector 1). Results
 * are {@code alpha} and {@code beta} with w = alpha / beta (beta real and non-negative). Row-major
 * interleaved (re, im) doubles; indices 0-based.
 */
final class CpuComplexQz {
    static final double SAFMIN = Double.MIN_NORMAL;
    /** dlamch('E') * dlamch('B') and dlamch('P'): 2^-52. */
    static final double ULP = Math.ulp(1.0);
    private static final double SMLNUM = Math.sqrt(SAFMIN) / ULP;
    private static final double BIGNUM = 1 / SMLNUM;

    private CpuComplexQz() {
    }

    /** zggev's results: alpha, beta (n interleaved each; beta's imaginary parts 0) and the vectors asked for (n x n). */
    static final class Result {
        final double[] alpha;
        final double[] beta;
        final double[] vl;
        final double[] vr;

        Result(double[] alpha, double[] beta, double[] vl, double[] vr) {
            this.alpha = alpha;
            this.beta = beta;
            this.vl = vl;
            this.vr = vr;
        }
    }

    /** zggev of the n x n pencil (a, b), both overwritten. */
    static Result ggev(double[] a, double[] b, int n, boolean left, boolean right) {
        double[] alpha = new double[2 * n];
        double[] beta = new double[2 * n];
        if (n == 0) {
            return new Result(alpha, beta, left ? new double[0] : null, right ? new double[0] : null);
        }
        double anrm = maxModulus(a);
        double bnrm = maxModulus(b);
        double ascaled = rangeTarget(anrm);
        double bscaled = rangeTarget(bnrm);
        scale(a, ascaled / anrm, ascaled != anrm);
        scale(b, bscaled / bnrm, bscaled != bnrm);
        int[] lo = new int[1];
        int[] hi = new int[1];
        int[] lperm = new int[n];
        int[] rperm = new int[n];
        permute(a, b, n, lo, hi, lperm, rperm);
        int ilo = lo[0];
        int ihi = hi[0];
        double[] q = identity(n);
        double[] z = identity(n);
        triangularizeB(a, b, n, ilo, ihi, q);
        hessenberg(a, b, n, ilo, ihi, q, z);
        int info = qz(a, b, n, ilo, ihi, q, z, alpha, beta);
        if (info > 0) {
            throw new LinAlgException("generalized eig algorithm (ggev) did not converge (LAPACK info=" + info + ")");
        }
        double[] vl = left ? CpuComplexPencilVectors.left(a, b, n, q) : null;
        double[] vr = right ? CpuComplexPencilVectors.right(a, b, n, z) : null;
        if (vl != null) {
            unpermute(vl, n, ilo, ihi, lperm);
            normaliseMax(vl, n);
        }
        if (vr != null) {
            unpermute(vr, n, ilo, ihi, rperm);
            normaliseMax(vr, n);
        }
        if (ascaled != anrm) {
            for (int i = 0; i < 2 * n; i++) {
                alpha[i] *= anrm / ascaled;
            }
        }
        if (bscaled != bnrm) {
            for (int i = 0; i < 2 * n; i++) {
                beta[i] *= bnrm / bscaled;
            }
        }
        return new Result(alpha, beta, vl, vr);
    }

    /** zggev's scaling target of a matrix with largest |entry| {@code nrm}: smlnum or bignum when outside them, else nrm. */
    private static double rangeTarget(double nrm) {
        if (nrm > 0 && nrm < SMLNUM) {
            return SMLNUM;
        }
        return nrm > BIGNUM ? BIGNUM : nrm;
    }

    private static void scale(double[] a, double f, boolean apply) {
        if (apply) {
            for (int i = 0; i < a.length; i++) {
                a[i] *= f;
            }
        }
    }

    /**
     * zggbal 'P': rows with a single nonzero (of a or b) among columns 0..l go to the bottom (their
     * column to l), columns with a single nonzero among rows k..l to the left; lperm and rperm record
     * each step's exchanged row and column.
     */
    private static void permute(double[] a, double[] b, int n, int[] lo, int[] hi, int[] lperm, int[] rperm) {
        int k = 0;
        int l = n - 1;
        for (int i = 0; i < n; i++) {
            lperm[i] = i;
            rperm[i] = i;
        }
        boolean found = true;
        while (found && l > 0) {
            found = false;
            for (int i = l; i >= 0 && !found; i--) {
                int j = singleNonzero(a, b, n, i, 0, l, true);
                if (j >= 0) {
                    exchange(a, b, n, i, j, l, k, l);
                    lperm[l] = i;
                    rperm[l] = j;
                    l--;
                    found = true;
                }
            }
        }
        found = l > 0;
        while (found) {
            found = false;
            for (int j = k; j <= l && !found; j++) {
                int i = singleNonzero(a, b, n, j, k, l, false);
                if (i >= 0) {
                    exchange(a, b, n, i, j, k, k, l);
                    lperm[k] = i;
                    rperm[k] = j;
                    k++;
                    found = true;
                }
            }
        }
        lo[0] = k;
        hi[0] = l;
    }

    /**
     * For a row ({@code row} true: entries (index, from..to)) or a column (entries (from..to, index)):
     * the position of its only nonzero in a or b, the last position when it has none, or -1 when it has two.
     */
    private static int singleNonzero(double[] a, double[] b, int n, int index, int from, int to, boolean row) {
        int at = -1;
        for (int t = from; t <= to; t++) {
            int e = row ? index * n + t : t * n + index;
            if (nonzero(a, e) || nonzero(b, e)) {
                if (at >= 0) {
                    return -1;
                }
                at = t;
            }
        }
        return at < 0 ? to : at;
    }

    private static boolean nonzero(double[] a, int e) {
        return a[2 * e] != 0 || a[2 * e + 1] != 0;
    }

    /** zggbal's exchange: rows i and m in columns k..n-1, columns j and m in rows 0..l, of a and b. */
    private static void exchange(double[] a, double[] b, int n, int i, int j, int m, int k, int l) {
        if (i != m) {
            for (int c = k; c < n; c++) {
                swap(a, i * n + c, m * n + c);
                swap(b, i * n + c, m * n + c);
            }
        }
        if (j != m) {
            for (int r = 0; r <= l; r++) {
                swap(a, r * n + j, r * n + m);
                swap(b, r * n + j, r * n + m);
            }
        }
    }

    private static void swap(double[] a, int x, int y) {
        double t = a[2 * x];
        a[2 * x] = a[2 * y];
        a[2 * y] = t;
        t = a[2 * x + 1];
        a[2 * x + 1] = a[2 * y + 1];
        a[2 * y + 1] = t;
    }

    /** zggbak 'P': undoes the permutation on v's rows, from ilo-1 down to 0, then ihi+1 up to n-1. */
    private static void unpermute(double[] v, int n, int ilo, int ihi, int[] perm) {
        for (int i = ilo - 1; i >= 0; i--) {
            swapRows(v, n, i, perm[i]);
        }
        for (int i = ihi + 1; i < n; i++) {
            swapRows(v, n, i, perm[i]);
        }
    }

    private static void swapRows(double[] v, int n, int i, int k) {
        if (i != k) {
            for (int c = 0; c < n; c++) {
                swap(v, i * n + c, k * n + c);
            }
        }
    }

    /**
     * zgeqrf of b's rows and columns ilo.. (Householder, b upper triangular there), its Q^H applied to
     * a's same rows and columns ilo.., and Q accumulated into q's rows and columns ilo..ihi.
     */
    private static void triangularizeB(double[] a, double[] b, int n, int ilo, int ihi, double[] q) {
        int rows = ihi - ilo + 1;
        int cols = n - ilo;
        int k = Math.min(rows, cols);
        double[] tau = new double[2 * Math.max(1, k)];
        for (int i = 0; i < k; i++) {
            int r = ilo + i;
            CpuComplexReflector.generate(b, r * n + r, Math.min(r + 1, n - 1) * n + r, n, rows - i, tau, i);
            CpuComplexReflector.applyLeft(b, n, r, rows - i, r + 1, n - r - 1, b, (r + 1) * n + r, n, tau[2 * i],
                    -tau[2 * i + 1]);
            CpuComplexReflector.applyLeft(a, n, r, rows - i, ilo, n - ilo, b, (r + 1) * n + r, n, tau[2 * i],
                    -tau[2 * i + 1]);
        }
        for (int i = k - 1; i >= 0; i--) {
            int r = ilo + i;
            CpuComplexReflector.applyLeft(q, n, r, rows - i, r, ihi - r + 1, b, (r + 1) * n + r, n, tau[2 * i],
                    tau[2 * i + 1]);
        }
        for (int r = ilo; r <= ihi; r++) {
            for (int c = ilo; c < r; c++) {
                set(b, n, r, c, 0, 0);
            }
        }
    }

    /** zgghrd: a upper Hessenberg, b upper triangular, by rotations from the left (into q) and the right (into z). */
    private static void hessenberg(double[] a, double[] b, int n, int ilo, int ihi, double[] q, double[] z) {
        for (int jcol = 0; jcol < n - 1; jcol++) {
            for (int jrow = jcol + 1; jrow < n; jrow++) {
                set(b, n, jrow, jcol, 0, 0);
            }
        }
        for (int jcol = ilo; jcol < ihi - 1; jcol++) {
            for (int jrow = ihi; jrow >= jcol + 2; jrow--) {
                // rows jrow-1, jrow: annihilate a[jrow, jcol]
                double[] g = CpuComplexSchur.givens(re(a, n, jrow - 1, jcol), im(a, n, jrow - 1, jcol), re(a, n, jrow, jcol),
                        im(a, n, jrow, jcol));
                double[] r = rotated(a, n, jrow - 1, jcol, jrow, jcol, g);
                set(a, n, jrow - 1, jcol, r[0], r[1]);
                set(a, n, jrow, jcol, 0, 0);
                rotateRows(a, n, jrow - 1, jrow, jcol + 1, n - 1, g);
                rotateRows(b, n, jrow - 1, jrow, jrow - 1, n - 1, g);
                rotateColumns(q, n, jrow - 1, jrow, 0, n - 1, g[0], g[1], -g[2]);
                // columns jrow, jrow-1: annihilate b[jrow, jrow-1]
                g = CpuComplexSchur.givens(re(b, n, jrow, jrow), im(b, n, jrow, jrow), re(b, n, jrow, jrow - 1),
                        im(b, n, jrow, jrow - 1));
                r = rotated(b, n, jrow, jrow, jrow, jrow - 1, g);
                set(b, n, jrow, jrow, r[0], r[1]);
                set(b, n, jrow, jrow - 1, 0, 0);
                rotateColumns(a, n, jrow, jrow - 1, 0, ihi, g[0], g[1], g[2]);
                rotateColumns(b, n, jrow, jrow - 1, 0, jrow - 1, g[0], g[1], g[2]);
                rotateColumns(z, n, jrow, jrow - 1, 0, n - 1, g[0], g[1], g[2]);
            }
        }
    }

    /**
     * zhgeqz ('S', 'V', 'V'): the generalized Schur form (a upper triangular, b upper triangular with
     * a real non-negative diagonal) of the Hessenberg-triangular pencil, alpha and beta its diagonals.
     *
     * @return 0, or LAPACK's info: the index (1-based) of the eigenvalue that did not converge
     */
    private static int qz(double[] h, double[] t, int n, int ilo, int ihi, double[] q, double[] z, double[] alpha,
            double[] beta) {
        for (int j = ihi + 1; j < n; j++) {
            standardise(h, t, z, n, j, 0);
            eigenvalue(h, t, n, j, alpha, beta);
        }
        if (ihi >= ilo) {
            int in = ihi - ilo + 1;
            double anorm = frobeniusHessenberg(h, n, ilo, ihi);
            double bnorm = frobeniusHessenberg(t, n, ilo, ihi);
            double atol = Math.max(SAFMIN, ULP * anorm);
            double btol = Math.max(SAFMIN, ULP * bnorm);
            double ascale = 1 / Math.max(SAFMIN, anorm);
            double bscale = 1 / Math.max(SAFMIN, bnorm);
            int ilast = ihi;
            int ifrstm = 0;
            int ilastm = n - 1;
            int iiter = 0;
            double[] eshift = {0, 0};
            int maxit = 30 * in;
            boolean done = false;
            for (int jiter = 0; jiter < maxit && !done; jiter++) {
                int step = split(h, t, q, z, n, ilo, ilast, ifrstm, ilastm, atol, btol, ascale);
                if (step == CONVERGED || step == ZERO_T) {
                    if (step == ZERO_T) {
                        // t[ilast, ilast] = 0: a rotation of columns ilast, ilast-1 clears h[ilast, ilast-1]
                        double[] g = CpuComplexSchur.givens(re(h, n, ilast, ilast), im(h, n, ilast, ilast),
                                re(h, n, ilast, ilast - 1), im(h, n, ilast, ilast - 1));
                        double[] r = rotated(h, n, ilast, ilast, ilast, ilast - 1, g);
                        set(h, n, ilast, ilast, r[0], r[1]);
                        set(h, n, ilast, ilast - 1, 0, 0);
                        rotateColumns(h, n, ilast, ilast - 1, ifrstm, ilast - 1, g[0], g[1], g[2]);
                        rotateColumns(t, n, ilast, ilast - 1, ifrstm, ilast - 1, g[0], g[1], g[2]);
                        rotateColumns(z, n, ilast, ilast - 1, 0, n - 1, g[0], g[1], g[2]);
                    }
                    standardise(h, t, z, n, ilast, ifrstm);
                    eigenvalue(h, t, n, ilast, alpha, beta);
                    ilast--;
                    if (ilast < ilo) {
                        done = true;
                        break;
                    }
                    iiter = 0;
                    eshift[0] = 0;
                    eshift[1] = 0;
                    continue;
                }
                // a QZ step on rows and columns ifirst..ilast
                int ifirst = step;
                iiter++;
                double[] shift = shift(h, t, n, ilast, iiter, ascale, bscale, eshift);
                sweep(h, t, q, z, n, ifirst, ilast, ifrstm, ilastm, shift, ascale, bscale, atol);
            }
            if (!done) {
                return ilast + 1;
            }
        }
        for (int j = 0; j < ilo; j++) {
            standardise(h, t, z, n, j, 0);
            eigenvalue(h, t, n, j, alpha, beta);
        }
        return 0;
    }

    private static final int CONVERGED = -1;
    private static final int ZERO_T = -2;

    /**
     * zhgeqz's splitting tests for the active block ending at ilast: CONVERGED when h[ilast,
     * ilast-1] is negligible, ZERO_T when t[ilast, ilast] is (or a zero of t's diagonal was chased
     * there), else the first row of the block to iterate on (after chasing off a leading zero of t).
     */
    private static int split(double[] h, double[] t, double[] q, double[] z, int n, int ilo, int ilast, int ifrstm,
            int ilastm, double atol, double btol, double ascale) {
        if (ilast == ilo) {
            return CONVERGED;
        }
        double diagonal = abs1(h, n, ilast, ilast) + abs1(h, n, ilast - 1, ilast - 1);
        if (abs1(h, n, ilast, ilast - 1) <= Math.max(SAFMIN, ULP * diagonal)) {
            set(h, n, ilast, ilast - 1, 0, 0);
            return CONVERGED;
        }
        if (modulus(t, n, ilast, ilast) <= btol) {
            set(t, n, ilast, ilast, 0, 0);
            return ZERO_T;
        }
        for (int j = ilast - 1; j >= ilo; j--) {
            boolean ilazro;
            if (j == ilo) {
                ilazro = true;
            } else if (abs1(h, n, j, j - 1) <= Math.max(SAFMIN, ULP * (abs1(h, n, j, j) + abs1(h, n, j - 1, j - 1)))) {
                set(h, n, j, j - 1, 0, 0);
                ilazro = true;
            } else {
                ilazro = false;
            }
            if (modulus(t, n, j, j) < btol) {
                set(t, n, j, j, 0, 0);
                boolean ilazr2 = !ilazro
                        && abs1(h, n, j, j - 1) * (ascale * abs1(h, n, j + 1, j)) <= abs1(h, n, j, j) * (ascale * atol);
                if (ilazro || ilazr2) {
                    // t[j, j] = 0 leads the block: rotate rows to move it down, splitting off 1 x 1 blocks
                    for (int jch = j; jch < ilast; jch++) {
                        double[] g = CpuComplexSchur.givens(re(h, n, jch, jch), im(h, n, jch, jch), re(h, n, jch + 1, jch),
                                im(h, n, jch + 1, jch));
                        double[] r = rotated(h, n, jch, jch, jch + 1, jch, g);
                        set(h, n, jch, jch, r[0], r[1]);
                        set(h, n, jch + 1, jch, 0, 0);
                        rotateRows(h, n, jch, jch + 1, jch + 1, ilastm, g);
                        rotateRows(t, n, jch, jch + 1, jch + 1, ilastm, g);
                        rotateColumns(q, n, jch, jch + 1, 0, n - 1, g[0], g[1], -g[2]);
                        if (ilazr2) {
                            set(h, n, jch, jch - 1, re(h, n, jch, jch - 1) * g[0], im(h, n, jch, jch - 1) * g[0]);
                        }
                        ilazr2 = false;
                        if (abs1(t, n, jch + 1, jch + 1) >= btol) {
                            return jch + 1 >= ilast ? CONVERGED : jch + 1;
                        }
                        set(t, n, jch + 1, jch + 1, 0, 0);
                    }
                    return ZERO_T;
                }
                // chase the zero of t's diagonal down to t[ilast, ilast]
                for (int jch = j; jch < ilast; jch++) {
                    double[] g = CpuComplexSchur.givens(re(t, n, jch, jch + 1), im(t, n, jch, jch + 1),
                            re(t, n, jch + 1, jch + 1), im(t, n, jch + 1, jch + 1));
                    double[] r = rotated(t, n, jch, jch + 1, jch + 1, jch + 1, g);
                    set(t, n, jch, jch + 1, r[0], r[1]);
                    set(t, n, jch + 1, jch + 1, 0, 0);
                    if (jch < ilastm - 1) {
                        rotateRows(t, n, jch, jch + 1, jch + 2, ilastm, g);
                    }
                    rotateRows(h, n, jch, jch + 1, jch - 1, ilastm, g);
                    rotateColumns(q, n, jch, jch + 1, 0, n - 1, g[0], g[1], -g[2]);
                    g = CpuComplexSchur.givens(re(h, n, jch + 1, jch), im(h, n, jch + 1, jch), re(h, n, jch + 1, jch - 1),
                            im(h, n, jch + 1, jch - 1));
                    r = rotated(h, n, jch + 1, jch, jch + 1, jch - 1, g);
                    set(h, n, jch + 1, jch, r[0], r[1]);
                    set(h, n, jch + 1, jch - 1, 0, 0);
                    rotateColumns(h, n, jch, jch - 1, ifrstm, jch, g[0], g[1], g[2]);
                    rotateColumns(t, n, jch, jch - 1, ifrstm, jch - 1, g[0], g[1], g[2]);
                    rotateColumns(z, n, jch, jch - 1, 0, n - 1, g[0], g[1], g[2]);
                }
                return ZERO_T;
            } else if (ilazro) {
                return j;
            }
        }
        throw new IllegalStateException("zhgeqz: no split found");
    }

    /** The shift of a QZ step: Wilkinson's for the bottom 2 x 2 of a b^-1, every 10th iteration an exceptional one. */
    private static double[] shift(double[] h, double[] t, int n, int ilast, int iiter, double ascale, double bscale,
            double[] eshift) {
        if (iiter % 10 != 0) {
            double[] tll = c(t, n, ilast, ilast, bscale);
            double[] tmm = c(t, n, ilast - 1, ilast - 1, bscale);
            double[] u12 = div(c(t, n, ilast - 1, ilast, bscale), tll);
            double[] ad11 = div(c(h, n, ilast - 1, ilast - 1, ascale), tmm);
            double[] ad21 = div(c(h, n, ilast, ilast - 1, ascale), tmm);
            double[] ad12 = div(c(h, n, ilast - 1, ilast, ascale), tll);
            double[] ad22 = div(c(h, n, ilast, ilast, ascale), tll);
            double[] abi22 = sub(ad22, mul(u12, ad21));
            double[] abi12 = sub(ad12, mul(u12, ad11));
            double[] shift = abi22;
            double[] ctemp = mul(CpuComplexSchur.sqrt(abi12[0], abi12[1]), CpuComplexSchur.sqrt(ad21[0], ad21[1]));
            double temp = Math.abs(ctemp[0]) + Math.abs(ctemp[1]);
            if (ctemp[0] != 0 || ctemp[1] != 0) {
                double[] x = {0.5 * (ad11[0] - shift[0]), 0.5 * (ad11[1] - shift[1])};
                double temp2 = Math.abs(x[0]) + Math.abs(x[1]);
                temp = Math.max(temp, temp2);
                double[] xs = {x[0] / temp, x[1] / temp};
                double[] cs = {ctemp[0] / temp, ctemp[1] / temp};
                double[] y = CpuComplexSchur.sqrt(mul(xs, xs)[0] + mul(cs, cs)[0], mul(xs, xs)[1] + mul(cs, cs)[1]);
                y[0] *= temp;
                y[1] *= temp;
                if (temp2 > 0 && (x[0] / temp2) * y[0] + (x[1] / temp2) * y[1] < 0) {
                    y[0] = -y[0];
                    y[1] = -y[1];
                }
                shift = sub(shift, mul(ctemp, div(ctemp, new double[] {x[0] + y[0], x[1] + y[1]})));
            }
            return shift;
        }
        double[] inc;
        if (iiter % 20 == 0 && bscale * abs1(t, n, ilast, ilast) > SAFMIN) {
            inc = div(c(h, n, ilast, ilast, ascale), c(t, n, ilast, ilast, bscale));
        } else {
            inc = div(c(h, n, ilast, ilast - 1, ascale), c(t, n, ilast - 1, ilast - 1, bscale));
        }
        eshift[0] += inc[0];
        eshift[1] += inc[1];
        return eshift.clone();
    }

    /** One implicit single-shift QZ sweep on rows/columns ifirst..ilast, started lower where two subdiagonals are small. */
    private static void sweep(double[] h, double[] t, double[] q, double[] z, int n, int ifirst, int ilast, int ifrstm,
            int ilastm, double[] shift, double ascale, double bscale, double atol) {
        int istart = ifirst;
        double[] ctemp = null;
        for (int j = ilast - 1; j > ifirst; j--) {
            double[] c0 = sub(c(h, n, j, j, ascale), mul(shift, c(t, n, j, j, bscale)));
            double temp = Math.abs(c0[0]) + Math.abs(c0[1]);
            double temp2 = ascale * abs1(h, n, j + 1, j);
            double tempr = Math.max(temp, temp2);
            if (tempr < 1 && tempr != 0) {
                temp /= tempr;
                temp2 /= tempr;
            }
            if (abs1(h, n, j, j - 1) * temp2 <= temp * atol) {
                istart = j;
                ctemp = c0;
                break;
            }
        }
        if (ctemp == null) {
            ctemp = sub(c(h, n, ifirst, ifirst, ascale), mul(shift, c(t, n, ifirst, ifirst, bscale)));
        }
        double[] g = CpuComplexSchur.givens(ctemp[0], ctemp[1], ascale * re(h, n, istart + 1, istart),
                ascale * im(h, n, istart + 1, istart));
        for (int j = istart; j < ilast; j++) {
            if (j > istart) {
                g = CpuComplexSchur.givens(re(h, n, j, j - 1), im(h, n, j, j - 1), re(h, n, j + 1, j - 1),
                        im(h, n, j + 1, j - 1));
                double[] r = rotated(h, n, j, j - 1, j + 1, j - 1, g);
                set(h, n, j, j - 1, r[0], r[1]);
                set(h, n, j + 1, j - 1, 0, 0);
            }
            rotateRows(h, n, j, j + 1, j, ilastm, g);
            rotateRows(t, n, j, j + 1, j, ilastm, g);
            rotateColumns(q, n, j, j + 1, 0, n - 1, g[0], g[1], -g[2]);
            g = CpuComplexSchur.givens(re(t, n, j + 1, j + 1), im(t, n, j + 1, j + 1), re(t, n, j + 1, j), im(t, n, j + 1, j));
            double[] r = rotated(t, n, j + 1, j + 1, j + 1, j, g);
            set(t, n, j + 1, j + 1, r[0], r[1]);
            set(t, n, j + 1, j, 0, 0);
            rotateColumns(h, n, j + 1, j, ifrstm, Math.min(j + 2, ilast), g[0], g[1], g[2]);
            rotateColumns(t, n, j + 1, j, ifrstm, j, g[0], g[1], g[2]);
            rotateColumns(z, n, j + 1, j, 0, n - 1, g[0], g[1], g[2]);
        }
    }

    /** t[j, j] made real and non-negative (column j of t and h and of z scaled by its conjugate phase), or 0 below safmin. */
    private static void standardise(double[] h, double[] t, double[] z, int n, int j, int ifrstm) {
        double absb = modulus(t, n, j, j);
        if (absb > SAFMIN) {
            double sr = re(t, n, j, j) / absb;
            double si = -im(t, n, j, j) / absb;
            set(t, n, j, j, absb, 0);
            for (int r = ifrstm; r < j; r++) {
                scaleEntry(t, n, r, j, sr, si);
            }
            for (int r = ifrstm; r <= j; r++) {
                scaleEntry(h, n, r, j, sr, si);
            }
            for (int r = 0; r < n; r++) {
                scaleEntry(z, n, r, j, sr, si);
            }
        } else {
            set(t, n, j, j, 0, 0);
        }
    }

    private static void eigenvalue(double[] h, double[] t, int n, int j, double[] alpha, double[] beta) {
        alpha[2 * j] = re(h, n, j, j);
        alpha[2 * j + 1] = im(h, n, j, j);
        beta[2 * j] = re(t, n, j, j);
        beta[2 * j + 1] = im(t, n, j, j);
    }

    /** zggev's normalisation: each column scaled so its largest |re| + |im| is 1 (left as it is when below smlnum). */
    private static void normaliseMax(double[] v, int n) {
        for (int c = 0; c < n; c++) {
            double t = 0;
            for (int r = 0; r < n; r++) {
                t = Math.max(t, abs1(v, n, r, c));
            }
            if (t < SMLNUM) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                v[2 * (r * n + c)] /= t;
                v[2 * (r * n + c) + 1] /= t;
            }
        }
    }

    // ---------------------------------------------------------------- rotations and complex scalars

    /** The first component c f + s g of the rotation of (f, g) = (x[i1, j1], x[i2, j2]). */
    private static double[] rotated(double[] x, int n, int i1, int j1, int i2, int j2, double[] g) {
        double fr = re(x, n, i1, j1);
        double fi = im(x, n, i1, j1);
        double gr = re(x, n, i2, j2);
        double gi = im(x, n, i2, j2);
        return new double[] {g[0] * fr + g[1] * gr - g[2] * gi, g[0] * fi + g[1] * gi + g[2] * gr};
    }

    /** zrot on rows i1, i2, columns from..to: x1 = c x1 + s x2, x2 = c x2 - conj(s) x1. */
    private static void rotateRows(double[] x, int n, int i1, int i2, int from, int to, double[] g) {
        for (int j = from; j <= to; j++) {
            rot(x, 2 * (i1 * n + j), 2 * (i2 * n + j), g[0], g[1], g[2]);
        }
    }

    /** zrot on columns j1, j2, rows from..to, with s = (sr, si). */
    private static void rotateColumns(double[] x, int n, int j1, int j2, int from, int to, double c, double sr, double si) {
        for (int i = from; i <= to; i++) {
            rot(x, 2 * (i * n + j1), 2 * (i * n + j2), c, sr, si);
        }
    }

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

    private static double frobeniusHessenberg(double[] a, int n, int ilo, int ihi) {
        double scale = 0;
        double ssq = 1;
        for (int j = ilo; j <= ihi; j++) {
            for (int i = ilo; i <= Math.min(ihi, j + 1); i++) {
                for (int p = 0; p < 2; p++) {
                    double v = Math.abs(a[2 * (i * n + j) + p]);
                    if (v != 0) {
                        if (scale < v) {
                            ssq = 1 + ssq * (scale / v) * (scale / v);
                            scale = v;
                        } else {
                            ssq += (v / scale) * (v / scale);
                        }
                    }
                }
            }
        }
        return scale * Math.sqrt(ssq);
    }

    private static double maxModulus(double[] a) {
        double m = 0;
        for (int i = 0; i < a.length; i += 2) {
            m = Math.max(m, Math.hypot(a[i], a[i + 1]));
        }
        return m;
    }

    private static double[] identity(int n) {
        double[] x = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            x[2 * (i * n + i)] = 1;
        }
        return x;
    }

    static double re(double[] a, int n, int i, int j) {
        return a[2 * (i * n + j)];
    }

    static double im(double[] a, int n, int i, int j) {
        return a[2 * (i * n + j) + 1];
    }

    static double abs1(double[] a, int n, int i, int j) {
        return Math.abs(a[2 * (i * n + j)]) + Math.abs(a[2 * (i * n + j) + 1]);
    }

    private static double modulus(double[] a, int n, int i, int j) {
        return Math.hypot(a[2 * (i * n + j)], a[2 * (i * n + j) + 1]);
    }

    static void set(double[] a, int n, int i, int j, double vr, double vi) {
        a[2 * (i * n + j)] = vr;
        a[2 * (i * n + j) + 1] = vi;
    }

    private static void scaleEntry(double[] a, int n, int i, int j, double sr, double si) {
        double xr = a[2 * (i * n + j)];
        double xi = a[2 * (i * n + j) + 1];
        a[2 * (i * n + j)] = xr * sr - xi * si;
        a[2 * (i * n + j) + 1] = xr * si + xi * sr;
    }

    /** Entry (i, j) times a real scale, as a complex scalar. */
    private static double[] c(double[] a, int n, int i, int j, double scale) {
        return new double[] {scale * a[2 * (i * n + j)], scale * a[2 * (i * n + j) + 1]};
    }

    static double[] mul(double[] x, double[] y) {
        return new double[] {x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]};
    }

    private static double[] div(double[] x, double[] y) {
        return CpuComplexReflector.div(x[0], x[1], y[0], y[1]);
    }

    static double[] sub(double[] x, double[] y) {
        return new double[] {x[0] - y[0], x[1] - y[1]};
    }
}
