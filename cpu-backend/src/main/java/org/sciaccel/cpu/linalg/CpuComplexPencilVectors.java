package org.sciaccel.cpu.linalg;

import static org.sciaccel.cpu.linalg.CpuComplexQz.SAFMIN;
import static org.sciaccel.cpu.linalg.CpuComplexQz.ULP;
import static org.sciaccel.cpu.linalg.CpuComplexQz.abs1;
import static org.sciaccel.cpu.linalg.CpuComplexQz.im;
import static org.sciaccel.cpu.linalg.CpuComplexQz.mul;
import static org.sciaccel.cpu.linalg.CpuComplexQz.re;
import static org.sciaccel.cpu.linalg.CpuComplexQz.set;
import static org.sciaccel.cpu.linalg.CpuComplexQz.sub;

/**
 * The eigenvectors of a complex upper triangular pencil (S, P), P's diagonal real, as LAPACK's
 * ztgevc computes them with back-transformation ('B'): the coefficients (a, b) of each eigenvalue
 * scaled against over- and underflow, the triangular solve of (a S - b P) x = 0 (right) or
 * y^H (a S - b P) = 0 (left) with denominators below dmin raised to it, and the vector times the
 * QZ factor, scaled so its largest |re| + |im| is 1. {@link CpuComplexQz} runs it after the QZ
 * iteration. Row-major interleaved (re, im) doubles.
 */
final class CpuComplexPencilVectors {
    private CpuComplexPencilVectors() {
    }

    /**
     * ztgevc (side 'R', back-transformed): for each je, x solves (beta_je S - alpha_je P) x = 0 with
     * x[je] = 1 by back substitution (denominators below dmin raised to it), and the vector is z x;
     * a pencil singular at je (both diagonals ~0) gives the unit vector e_je.
     */
    static double[] right(double[] s, double[] p, int n, double[] z) {
        double[] norms = columnNorms(s, p, n);
        double anorm = norms[0];
        double bnorm = norms[1];
        double ascale = 1 / Math.max(anorm, SAFMIN);
        double bscale = 1 / Math.max(bnorm, SAFMIN);
        double[] v = new double[2 * n * n];
        double[] x = new double[2 * n];
        for (int je = n - 1; je >= 0; je--) {
            double[] coef = coefficients(s, p, n, je, ascale, bscale, anorm, bnorm);
            if (coef == null) {
                set(v, n, je, je, 1, 0);
                continue;
            }
            double[] ac = {coef[0], 0};
            double[] bc = {coef[1], coef[2]};
            double dmin = Math.max(Math.max(ULP * Math.abs(coef[0]) * anorm, ULP * (Math.abs(bc[0]) + Math.abs(bc[1])) * bnorm),
                    SAFMIN);
            java.util.Arrays.fill(x, 0);
            for (int jr = 0; jr < je; jr++) {
                double[] w = sub(mul(ac, new double[] {re(s, n, jr, je), im(s, n, jr, je)}),
                        mul(bc, new double[] {re(p, n, jr, je), im(p, n, jr, je)}));
                x[2 * jr] = w[0];
                x[2 * jr + 1] = w[1];
            }
            x[2 * je] = 1;
            for (int j = je - 1; j >= 0; j--) {
                double[] d = sub(mul(ac, new double[] {re(s, n, j, j), im(s, n, j, j)}),
                        mul(bc, new double[] {re(p, n, j, j), im(p, n, j, j)}));
                if (Math.abs(d[0]) + Math.abs(d[1]) <= dmin) {
                    d = new double[] {dmin, 0};
                }
                double[] xj = CpuComplexReflector.div(-x[2 * j], -x[2 * j + 1], d[0], d[1]);
                x[2 * j] = xj[0];
                x[2 * j + 1] = xj[1];
                double[] ca = mul(ac, xj);
                double[] cb = mul(bc, xj);
                for (int jr = 0; jr < j; jr++) {
                    double[] u = sub(mul(ca, new double[] {re(s, n, jr, j), im(s, n, jr, j)}),
                            mul(cb, new double[] {re(p, n, jr, j), im(p, n, jr, j)}));
                    x[2 * jr] += u[0];
                    x[2 * jr + 1] += u[1];
                }
            }
            backTransform(v, n, z, x, 0, je, je);
        }
        return v;
    }

    /**
     * ztgevc (side 'L', back-transformed): for each je, y solves y^H (beta_je S - alpha_je P) = 0 with
     * y[je] = 1 by forward substitution, and the left vector is q y.
     */
    static double[] left(double[] s, double[] p, int n, double[] q) {
        double[] norms = columnNorms(s, p, n);
        double anorm = norms[0];
        double bnorm = norms[1];
        double ascale = 1 / Math.max(anorm, SAFMIN);
        double bscale = 1 / Math.max(bnorm, SAFMIN);
        double[] v = new double[2 * n * n];
        double[] y = new double[2 * n];
        for (int je = 0; je < n; je++) {
            double[] coef = coefficients(s, p, n, je, ascale, bscale, anorm, bnorm);
            if (coef == null) {
                set(v, n, je, je, 1, 0);
                continue;
            }
            double[] ac = {coef[0], 0};
            double[] bc = {coef[1], coef[2]};
            double dmin = Math.max(Math.max(ULP * Math.abs(coef[0]) * anorm, ULP * (Math.abs(bc[0]) + Math.abs(bc[1])) * bnorm),
                    SAFMIN);
            java.util.Arrays.fill(y, 0);
            y[2 * je] = 1;
            for (int j = je + 1; j < n; j++) {
                // sum = conj(a) sum_k conj(S[k, j]) y[k] - conj(b) sum_k conj(P[k, j]) y[k], k = je..j-1
                double[] sa = {0, 0};
                double[] sb = {0, 0};
                for (int k = je; k < j; k++) {
                    double[] yk = {y[2 * k], y[2 * k + 1]};
                    double[] sk = mul(new double[] {re(s, n, k, j), -im(s, n, k, j)}, yk);
                    double[] pk = mul(new double[] {re(p, n, k, j), -im(p, n, k, j)}, yk);
                    sa[0] += sk[0];
                    sa[1] += sk[1];
                    sb[0] += pk[0];
                    sb[1] += pk[1];
                }
                double[] sum = sub(mul(new double[] {ac[0], -ac[1]}, sa), mul(new double[] {bc[0], -bc[1]}, sb));
                double[] d = sub(mul(ac, new double[] {re(s, n, j, j), im(s, n, j, j)}),
                        mul(bc, new double[] {re(p, n, j, j), im(p, n, j, j)}));
                d[1] = -d[1];
                if (Math.abs(d[0]) + Math.abs(d[1]) <= dmin) {
                    d = new double[] {dmin, 0};
                }
                double[] yj = CpuComplexReflector.div(-sum[0], -sum[1], d[0], d[1]);
                y[2 * j] = yj[0];
                y[2 * j + 1] = yj[1];
            }
            backTransform(v, n, q, y, je, n - 1, je);
        }
        return v;
    }

    /**
     * ztgevc's coefficients of (a S - b P) for eigenvalue je, scaled against overflow and underflow:
     * {a (real), re b, im b}, or null when the pencil is singular there.
     */
    private static double[] coefficients(double[] s, double[] p, int n, int je, double ascale, double bscale, double anorm,
            double bnorm) {
        double sr = re(s, n, je, je);
        double si = im(s, n, je, je);
        double pr = re(p, n, je, je);
        if (Math.abs(sr) + Math.abs(si) <= SAFMIN && Math.abs(pr) <= SAFMIN) {
            return null;
        }
        double temp = 1 / Math.max(Math.max((Math.abs(sr) + Math.abs(si)) * ascale, Math.abs(pr) * bscale), SAFMIN);
        double salr = temp * sr * ascale;
        double sali = temp * si * ascale;
        double sbeta = temp * pr * bscale;
        double acoeff = sbeta * ascale;
        double bcr = salr * bscale;
        double bci = sali * bscale;
        double small = SAFMIN * n / ULP;
        double big = 1 / small;
        boolean lsa = Math.abs(sbeta) >= SAFMIN && Math.abs(acoeff) < small;
        boolean lsb = Math.abs(salr) + Math.abs(sali) >= SAFMIN && Math.abs(bcr) + Math.abs(bci) < small;
        double scale = 1;
        if (lsa) {
            scale = (small / Math.abs(sbeta)) * Math.min(anorm, big);
        }
        if (lsb) {
            scale = Math.max(scale, (small / (Math.abs(salr) + Math.abs(sali))) * Math.min(bnorm, big));
        }
        if (lsa || lsb) {
            scale = Math.min(scale, 1 / (SAFMIN * Math.max(1, Math.max(Math.abs(acoeff), Math.abs(bcr) + Math.abs(bci)))));
            acoeff = lsa ? ascale * (scale * sbeta) : scale * acoeff;
            if (lsb) {
                bcr = bscale * (scale * salr);
                bci = bscale * (scale * sali);
            } else {
                bcr *= scale;
                bci *= scale;
            }
        }
        return new double[] {acoeff, bcr, bci};
    }

    /** The largest column sums of |S| and |P| (with the diagonal), ztgevc's anorm and bnorm. */
    private static double[] columnNorms(double[] s, double[] p, int n) {
        double anorm = 0;
        double bnorm = 0;
        for (int j = 0; j < n; j++) {
            double sa = 0;
            double sb = 0;
            for (int i = 0; i <= j; i++) {
                sa += abs1(s, n, i, j);
                sb += abs1(p, n, i, j);
            }
            anorm = Math.max(anorm, sa);
            bnorm = Math.max(bnorm, sb);
        }
        return new double[] {anorm, bnorm};
    }

    /** Column {@code col} of v: the columns from..to of m times x[from..to], scaled so its largest |re| + |im| is 1. */
    private static void backTransform(double[] v, int n, double[] m, double[] x, int from, int to, int col) {
        double xmax = 0;
        double[] out = new double[2 * n];
        for (int r = 0; r < n; r++) {
            double sr = 0;
            double si = 0;
            for (int k = from; k <= to; k++) {
                double mr = m[2 * (r * n + k)];
                double mi = m[2 * (r * n + k) + 1];
                sr += mr * x[2 * k] - mi * x[2 * k + 1];
                si += mr * x[2 * k + 1] + mi * x[2 * k];
            }
            out[2 * r] = sr;
            out[2 * r + 1] = si;
            xmax = Math.max(xmax, Math.abs(sr) + Math.abs(si));
        }
        if (xmax > SAFMIN) {
            for (int r = 0; r < n; r++) {
                v[2 * (r * n + col)] = out[2 * r] / xmax;
                v[2 * (r * n + col) + 1] = out[2 * r + 1] / xmax;
            }
        }
    }
}
