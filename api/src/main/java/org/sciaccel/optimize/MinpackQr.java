package org.sciaccel.optimize;

/**
 * The linear algebra of MINPACK's Levenberg–Marquardt ({@link Lmdif}): the Euclidean norm that
 * neither overflows nor underflows, the Householder QR with column pivoting, the Levenberg–Marquardt
 * parameter by Moré's iteration and the damped least-squares solve by Givens rotations. Written
 * from the algorithms as Moré, Garbow and Hillstrom describe them (MINPACK-1, ANL-80-74), in the
 * same order of operations, so that SciPy's leastsq (which runs MINPACK) and this code take the
 * same path and agree to rounding.
 *
 * <p>Matrices are column-major with a leading dimension {@code ld}: element (i, j) is
 * {@code a[i + j·ld]}, so a column is contiguous (the QR works on columns).
 */
final class MinpackQr {
    /**
     * MINPACK's dpmpar(1), the machine epsilon as the decimal literal MINPACK (and so SciPy) has,
     * 2.22044604926e-16, a little above 2⁻⁵²: it sets the difference step √max(epsfcn, this), so
     * the exact 2⁻⁵² would scale every Jacobian by 1 + 2.2e-12 against SciPy's.
     */
    static final double EPSMCH = 2.22044604926e-16;
    /** MINPACK's dpmpar(2), the smallest positive magnitude, as its decimal literal. */
    static final double DWARF = 2.22507385852e-308;
    /** enorm's thresholds: squares of components between them neither underflow nor overflow. */
    private static final double RDWARF = 3.834e-20;
    private static final double RGIANT = 1.304e19;

    private MinpackQr() {
    }

    /**
     * The Euclidean norm of {@code x[off..off+n)}: components are summed in three bins (small,
     * intermediate, large), the outer two scaled by their largest element, so no square overflows
     * or underflows; for ordinary values it is the plain root of the sum of squares in order.
     */
    static double enorm(int n, double[] x, int off) {
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double x1max = 0;
        double x3max = 0;
        double agiant = RGIANT / n;
        for (int i = off; i < off + n; i++) {
            double xabs = Math.abs(x[i]);
            if (xabs > RDWARF && xabs < agiant) {
                s2 += xabs * xabs;
            } else if (xabs <= RDWARF) {
                if (xabs > x3max) {
                    double r = x3max / xabs;
                    s3 = 1 + s3 * (r * r);
                    x3max = xabs;
                } else if (xabs != 0) {
                    double r = xabs / x3max;
                    s3 += r * r;
                }
            } else {
                // large, or NaN (which fails every comparison, so lands here and makes the norm NaN)
                if (xabs <= x1max) {
                    double r = xabs / x1max;
                    s1 += r * r;
                } else {
                    double r = x1max / xabs;
                    s1 = 1 + s1 * (r * r);
                    x1max = xabs;
                }
            }
        }
        if (s1 != 0) {
            return x1max * Math.sqrt(s1 + (s2 / x1max) / x1max);
        }
        if (s2 != 0) {
            if (s2 >= x3max) {
                return Math.sqrt(s2 * (1 + (x3max / s2) * (x3max * s3)));
            }
            return Math.sqrt(x3max * ((s2 / x3max) + (x3max * s3)));
        }
        return x3max * Math.sqrt(s3);
    }

    /**
     * Householder QR of the m×n matrix {@code a} (m ≥ n) with column pivoting: A·P = Q·R. On return
     * the upper triangle of {@code a} above the diagonal holds R's off-diagonal part, {@code rdiag}
     * R's diagonal, the lower trapezoid (diagonal included) the Householder vectors (so Qᵀ can be
     * applied later), {@code ipvt[j]} the original column now in position j and {@code acnorm} the
     * norms of the original columns. At each step the remaining column of largest (downdated) norm
     * is brought forward, so |R's diagonal| does not increase and a rank deficiency shows as zeros
     * at the end.
     */
    static void qrfac(int m, int n, double[] a, int ld, int[] ipvt, double[] rdiag, double[] acnorm, double[] wa) {
        qrfac(m, n, a, ld, true, ipvt, rdiag, acnorm, wa);
    }

    /**
     * {@link #qrfac(int, int, double[], int, int[], double[], double[], double[])}, with column
     * pivoting only when {@code pivot}: hybrd factors its square Jacobian without it (the order of
     * the variables must stay, as its Broyden updates and dogleg work on R and Q directly), and
     * then skips the norm downdates too, as MINPACK does.
     */
    static void qrfac(int m, int n, double[] a, int ld, boolean pivot, int[] ipvt, double[] rdiag, double[] acnorm,
            double[] wa) {
        for (int j = 0; j < n; j++) {
            acnorm[j] = enorm(m, a, j * ld);
            rdiag[j] = acnorm[j];
            wa[j] = rdiag[j];
            ipvt[j] = j;
        }
        int minmn = Math.min(m, n);
        for (int j = 0; j < minmn; j++) {
            int kmax = j;
            for (int k = j; pivot && k < n; k++) {
                if (rdiag[k] > rdiag[kmax]) {
                    kmax = k;
                }
            }
            if (kmax != j) {
                for (int i = 0; i < m; i++) {
                    double t = a[i + j * ld];
                    a[i + j * ld] = a[i + kmax * ld];
                    a[i + kmax * ld] = t;
                }
                rdiag[kmax] = rdiag[j];
                wa[kmax] = wa[j];
                int t = ipvt[j];
                ipvt[j] = ipvt[kmax];
                ipvt[kmax] = t;
            }
            int cj = j * ld;
            double ajnorm = enorm(m - j, a, cj + j);
            if (ajnorm != 0) {
                // the reflector maps column j below the diagonal to ∓ajnorm·e_j; the sign follows
                // the diagonal element so that 1 + a_jj does not cancel
                if (a[cj + j] < 0) {
                    ajnorm = -ajnorm;
                }
                for (int i = j; i < m; i++) {
                    a[cj + i] /= ajnorm;
                }
                a[cj + j] += 1;
                for (int k = j + 1; k < n; k++) {
                    int ck = k * ld;
                    double sum = 0;
                    for (int i = j; i < m; i++) {
                        sum += a[cj + i] * a[ck + i];
                    }
                    double temp = sum / a[cj + j];
                    for (int i = j; i < m; i++) {
                        a[ck + i] -= temp * a[cj + i];
                    }
                    if (pivot && rdiag[k] != 0) {
                        // downdate the norm of the rest of column k; when it has lost most of its
                        // digits to cancellation, recompute it from the column itself
                        temp = a[ck + j] / rdiag[k];
                        rdiag[k] *= Math.sqrt(Math.max(0, 1 - temp * temp));
                        double ratio = rdiag[k] / wa[k];
                        if (0.05 * (ratio * ratio) <= EPSMCH) {
                            rdiag[k] = enorm(m - j - 1, a, ck + j + 1);
                            wa[k] = rdiag[k];
                        }
                    }
                }
            }
            rdiag[j] = -ajnorm;
        }
    }

    /**
     * The Levenberg–Marquardt parameter: given R (upper triangle of {@code r}, pivots {@code ipvt})
     * and Qᵀb of A·P = Q·R, finds par ≥ 0 such that the solution x of
     * min ‖(A; √par·D)·x − (b; 0)‖ has ‖D·x‖ within 10% of {@code delta} (or par = 0 when the
     * Gauss–Newton step is already inside the trust region). Moré's safeguarded Newton iteration
     * on φ(par) = ‖D·x(par)‖ − delta, between a lower bound from the Newton step at 0 and an upper
     * bound from the gradient, at most 10 iterations. Writes x, and in {@code sdiag} the diagonal
     * of the triangular S of the last solve (whose strict lower part qrsolv leaves in {@code r}).
     *
     * @return the new par
     */
    static double lmpar(int n, double[] r, int ld, int[] ipvt, double[] diag, double[] qtb, double delta, double par,
            double[] x, double[] sdiag, double[] wa1, double[] wa2) {
        // the Gauss–Newton direction; for a singular R the least-squares solution with the trailing
        // (dependent) components set to zero
        int nsing = n;
        for (int j = 0; j < n; j++) {
            wa1[j] = qtb[j];
            if (r[j + j * ld] == 0 && nsing == n) {
                nsing = j;
            }
            if (nsing < n) {
                wa1[j] = 0;
            }
        }
        for (int j = nsing - 1; j >= 0; j--) {
            wa1[j] /= r[j + j * ld];
            double temp = wa1[j];
            for (int i = 0; i < j; i++) {
                wa1[i] -= r[i + j * ld] * temp;
            }
        }
        for (int j = 0; j < n; j++) {
            x[ipvt[j]] = wa1[j];
        }
        int iter = 0;
        for (int j = 0; j < n; j++) {
            wa2[j] = diag[j] * x[j];
        }
        double dxnorm = enorm(n, wa2, 0);
        double fp = dxnorm - delta;
        if (fp <= 0.1 * delta) {
            return 0;
        }
        // lower bound parl from the Newton step of φ at 0 (only when R is nonsingular)
        double parl = 0;
        if (nsing >= n) {
            for (int j = 0; j < n; j++) {
                int l = ipvt[j];
                wa1[j] = diag[l] * (wa2[l] / dxnorm);
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < j; i++) {
                    sum += r[i + j * ld] * wa1[i];
                }
                wa1[j] = (wa1[j] - sum) / r[j + j * ld];
            }
            double temp = enorm(n, wa1, 0);
            parl = ((fp / delta) / temp) / temp;
        }
        // upper bound paru: ‖(RᵀQᵀb) scaled by D⁻¹‖ / delta
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i <= j; i++) {
                sum += r[i + j * ld] * qtb[i];
            }
            wa1[j] = sum / diag[ipvt[j]];
        }
        double gnorm = enorm(n, wa1, 0);
        double paru = gnorm / delta;
        if (paru == 0) {
            paru = DWARF / Math.min(delta, 0.1);
        }
        // the caller's par (from the previous iteration) as the start, moved into [parl, paru]
        par = Math.max(par, parl);
        par = Math.min(par, paru);
        if (par == 0) {
            par = gnorm / dxnorm;
        }
        while (true) {
            iter++;
            if (par == 0) {
                par = Math.max(DWARF, 0.001 * paru);
            }
            double temp = Math.sqrt(par);
            for (int j = 0; j < n; j++) {
                wa1[j] = temp * diag[j];
            }
            qrsolv(n, r, ld, ipvt, wa1, qtb, x, sdiag, wa2);
            for (int j = 0; j < n; j++) {
                wa2[j] = diag[j] * x[j];
            }
            dxnorm = enorm(n, wa2, 0);
            temp = fp;
            fp = dxnorm - delta;
            // accept within 10% of delta; or when φ is negative and still falling with no lower
            // bound (par can only grow from here and the step is already inside); or after 10 tries
            if (Math.abs(fp) <= 0.1 * delta || (parl == 0 && fp <= temp && temp < 0) || iter == 10) {
                break;
            }
            // Newton correction φ/φ', with φ' from the triangular S of the damped system
            for (int j = 0; j < n; j++) {
                int l = ipvt[j];
                wa1[j] = diag[l] * (wa2[l] / dxnorm);
            }
            for (int j = 0; j < n; j++) {
                wa1[j] /= sdiag[j];
                temp = wa1[j];
                for (int i = j + 1; i < n; i++) {
                    wa1[i] -= r[i + j * ld] * temp;
                }
            }
            temp = enorm(n, wa1, 0);
            double parc = ((fp / delta) / temp) / temp;
            if (fp > 0) {
                parl = Math.max(parl, par);
            }
            if (fp < 0) {
                paru = Math.min(paru, par);
            }
            par = Math.max(parl, par + parc);
        }
        return iter == 0 ? 0 : par;
    }

    /**
     * Solves min ‖(A; D)·x − (b; 0)‖ given A·P = Q·R ({@code r}'s upper triangle, {@code ipvt}),
     * Qᵀb ({@code qtb}) and the diagonal D ({@code diag}): Givens rotations eliminate D·P row by
     * row against R, giving Sᵀ·S = Rᵀ·R + Pᵀ·D²·P with S lower triangular (its diagonal into
     * {@code sdiag}, the rest into r's strict lower triangle; R's upper triangle and diagonal are
     * kept), then S·z = (rotated Qᵀb) is solved by back substitution (least squares when S is
     * singular) and x = P·z.
     */
    static void qrsolv(int n, double[] r, int ld, int[] ipvt, double[] diag, double[] qtb, double[] x, double[] sdiag,
            double[] wa) {
        // R's upper triangle copied to the lower one, which the rotations work on; R's diagonal saved in x
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                r[i + j * ld] = r[j + i * ld];
            }
            x[j] = r[j + j * ld];
            wa[j] = qtb[j];
        }
        for (int j = 0; j < n; j++) {
            int l = ipvt[j];
            if (diag[l] != 0) {
                // the row of D·P with its only nonzero at column j, rotated into S from the diagonal on
                for (int k = j; k < n; k++) {
                    sdiag[k] = 0;
                }
                sdiag[j] = diag[l];
                double qtbpj = 0;
                for (int k = j; k < n; k++) {
                    if (sdiag[k] == 0) {
                        continue;
                    }
                    double rkk = r[k + k * ld];
                    double sin;
                    double cos;
                    // the rotation from the ratio of the smaller to the larger, so neither overflows
                    if (Math.abs(rkk) < Math.abs(sdiag[k])) {
                        double cotan = rkk / sdiag[k];
                        sin = 0.5 / Math.sqrt(0.25 + 0.25 * (cotan * cotan));
                        cos = sin * cotan;
                    } else {
                        double tan = sdiag[k] / rkk;
                        cos = 0.5 / Math.sqrt(0.25 + 0.25 * (tan * tan));
                        sin = cos * tan;
                    }
                    r[k + k * ld] = cos * rkk + sin * sdiag[k];
                    double temp = cos * wa[k] + sin * qtbpj;
                    qtbpj = -sin * wa[k] + cos * qtbpj;
                    wa[k] = temp;
                    for (int i = k + 1; i < n; i++) {
                        temp = cos * r[i + k * ld] + sin * sdiag[i];
                        sdiag[i] = -sin * r[i + k * ld] + cos * sdiag[i];
                        r[i + k * ld] = temp;
                    }
                }
            }
            // S's diagonal element out, R's back
            sdiag[j] = r[j + j * ld];
            r[j + j * ld] = x[j];
        }
        int nsing = n;
        for (int j = 0; j < n; j++) {
            if (sdiag[j] == 0 && nsing == n) {
                nsing = j;
            }
            if (nsing < n) {
                wa[j] = 0;
            }
        }
        for (int j = nsing - 1; j >= 0; j--) {
            double sum = 0;
            for (int i = j + 1; i < nsing; i++) {
                sum += r[i + j * ld] * wa[i];
            }
            wa[j] = (wa[j] - sum) / sdiag[j];
        }
        for (int j = 0; j < n; j++) {
            x[ipvt[j]] = wa[j];
        }
    }
}
