package org.sciaccel.cpu.linalg;

import org.sciaccel.LinAlgException;

/**
 * The real Schur form {@code A = Z T Z^T} of a real square matrix, as LAPACK's dgees computes it
 * without sorting: Householder reduction to upper Hessenberg form (accumulating Z), then the
 * Francis implicit double-shift QR iteration on the active window with deflation at negligible
 * subdiagonal entries (LAPACK's dlahqr), every transformation also applied to the converged rows
 * and columns outside the window so that T is the full quasi-triangular factor. Each converged 2x2
 * block is standardised as dlanv2 does: real eigenvalue pairs are split into a triangular block,
 * complex pairs get equal diagonal entries and off-diagonal entries of opposite sign.
 * All work in double precision, row-major n x n arrays.
 */
final class CpuSchur {
    private static final double EPS = Math.ulp(1.0) / 2;
    /** Iterations allowed per eigenvalue before giving up (dlahqr allows 30 per row of the window). */
    private static final int ITERATIONS_PER_ROW = 30;

    private CpuSchur() {
    }

    /**
     * Overwrites {@code h} (n x n) with T and returns Z.
     *
     * @throws LinAlgException if the QR iteration does not converge
     */
    static double[] decompose(double[] h, int n) {
        double[] z = new double[n * n];
        for (int i = 0; i < n; i++) {
            z[i * n + i] = 1;
        }
        hessenberg(h, z, n);
        qr(h, z, n);
        return z;
    }

    /** Householder reduction to upper Hessenberg form: h = Q^T h Q, z = z Q. */
    private static void hessenberg(double[] h, double[] z, int n) {
        double[] v = new double[n];
        double[] w = new double[n];
        for (int k = 0; k < n - 2; k++) {
            double scale = 0;
            for (int i = k + 1; i < n; i++) {
                scale += Math.abs(h[i * n + k]);
            }
            if (scale == 0) {
                continue;
            }
            double norm2 = 0;
            for (int i = k + 1; i < n; i++) {
                v[i] = h[i * n + k] / scale;
                norm2 += v[i] * v[i];
            }
            double alpha = v[k + 1];
            double beta = alpha >= 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
            // P = I - v v^T / c with v = x - beta e1, c = beta^2 - beta alpha (= |v|^2 / 2)
            v[k + 1] = alpha - beta;
            double c = beta * beta - beta * alpha;
            if (c == 0) {
                continue;
            }
            // left: rows k+1.., all columns from k
            for (int j = k; j < n; j++) {
                double s = 0;
                for (int i = k + 1; i < n; i++) {
                    s += v[i] * h[i * n + j];
                }
                s /= c;
                for (int i = k + 1; i < n; i++) {
                    h[i * n + j] -= s * v[i];
                }
            }
            // right: all rows, columns k+1..
            rightReflect(h, n, n, k + 1, v, c, w);
            rightReflect(z, n, n, k + 1, v, c, w);
            h[(k + 1) * n + k] = beta * scale;
            for (int i = k + 2; i < n; i++) {
                h[i * n + k] = 0;
            }
        }
    }

    /** m[0..rows)[from..n) = m (I - v v^T / c), v[from..n). */
    private static void rightReflect(double[] m, int n, int rows, int from, double[] v, double c, double[] w) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int r = i * n;
            for (int j = from; j < n; j++) {
                s += m[r + j] * v[j];
            }
            w[i] = s / c;
        }
        for (int i = 0; i < rows; i++) {
            double s = w[i];
            int r = i * n;
            for (int j = from; j < n; j++) {
                m[r + j] -= s * v[j];
            }
        }
    }

    private static void qr(double[] h, double[] z, int n) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - 1); j < n; j++) {
                norm += Math.abs(h[i * n + j]);
            }
        }
        int hi = n - 1;
        int iter = 0;
        int budget = ITERATIONS_PER_ROW * Math.max(10, n);
        while (hi >= 0) {
            int l = hi;
            for (; l > 0; l--) {
                double s = Math.abs(h[(l - 1) * n + l - 1]) + Math.abs(h[l * n + l]);
                if (s == 0) {
                    s = norm;
                }
                if (Math.abs(h[l * n + l - 1]) <= EPS * s) {
                    h[l * n + l - 1] = 0;
                    break;
                }
            }
            if (l == hi) {
                hi--;
                iter = 0;
                continue;
            }
            if (l == hi - 1) {
                standardise(h, z, n, hi - 1);
                hi -= 2;
                iter = 0;
                continue;
            }
            if (--budget < 0) {
                throw new LinAlgException("schur: the QR iteration did not converge");
            }
            iter++;
            francisStep(h, z, n, l, hi, iter);
        }
    }

    /** One implicit double-shift QR sweep on the window [l, hi] (at least 3 x 3). */
    private static void francisStep(double[] h, double[] z, int n, int l, int hi, int iter) {
        double h11;
        double h12;
        double h21;
        double h22;
        if (iter % 10 == 0) {
            // Exceptional shift (as dlahqr's), to break cycles of the standard shifts.
            double s = Math.abs(h[hi * n + hi - 1]) + Math.abs(h[(hi - 1) * n + hi - 2]);
            h11 = 0.75 * s + h[hi * n + hi];
            h12 = -0.4375 * s;
            h21 = s;
            h22 = h11;
        } else {
            h11 = h[(hi - 1) * n + hi - 1];
            h12 = h[(hi - 1) * n + hi];
            h21 = h[hi * n + hi - 1];
            h22 = h[hi * n + hi];
        }
        double tr = h11 + h22;
        double det = h11 * h22 - h12 * h21;
        // First column of (H - s1 I)(H - s2 I) = H^2 - tr H + det I, scaled against overflow.
        double a = h[l * n + l];
        double b = h[l * n + l + 1];
        double c = h[(l + 1) * n + l];
        double d = h[(l + 1) * n + l + 1];
        double e = h[(l + 2) * n + l + 1];
        double x = a * a + b * c - tr * a + det;
        double y = c * (a + d - tr);
        double w = c * e;
        for (int k = l; k < hi; k++) {
            int nr = Math.min(3, hi - k + 1);
            if (k > l) {
                x = h[k * n + k - 1];
                y = h[(k + 1) * n + k - 1];
                w = nr == 3 ? h[(k + 2) * n + k - 1] : 0;
            }
            double scale = Math.abs(x) + Math.abs(y) + Math.abs(w);
            if (scale == 0) {
                continue;
            }
            x /= scale;
            y /= scale;
            w /= scale;
            double xnorm = Math.hypot(y, w);
            if (xnorm == 0) {
                continue;
            }
            double beta = -Math.copySign(Math.hypot(x, xnorm), x);
            double tau = (beta - x) / beta;
            double v1 = y / (x - beta);
            double v2 = w / (x - beta);
            if (k > l) {
                h[k * n + k - 1] = beta * scale;
                h[(k + 1) * n + k - 1] = 0;
                if (nr == 3) {
                    h[(k + 2) * n + k - 1] = 0;
                }
            }
            // left: rows k..k+nr-1, columns k..n-1
            int r0 = k * n;
            int r1 = r0 + n;
            int r2 = r1 + n;
            for (int j = k; j < n; j++) {
                double s = h[r0 + j] + v1 * h[r1 + j] + (nr == 3 ? v2 * h[r2 + j] : 0);
                s *= tau;
                h[r0 + j] -= s;
                h[r1 + j] -= s * v1;
                if (nr == 3) {
                    h[r2 + j] -= s * v2;
                }
            }
            // right: columns k..k+nr-1, rows 0..min(k+3, hi)
            int last = Math.min(k + 3, hi);
            applyRight(h, n, last + 1, k, nr, tau, v1, v2);
            applyRight(z, n, n, k, nr, tau, v1, v2);
        }
    }

    private static void applyRight(double[] m, int n, int rows, int k, int nr, double tau, double v1, double v2) {
        for (int i = 0; i < rows; i++) {
            int r = i * n + k;
            double s = m[r] + v1 * m[r + 1] + (nr == 3 ? v2 * m[r + 2] : 0);
            s *= tau;
            m[r] -= s;
            m[r + 1] -= s * v1;
            if (nr == 3) {
                m[r + 2] -= s * v2;
            }
        }
    }

    /**
     * Standardises the converged 2x2 block at rows/columns (p, p+1) as dlanv2 does and applies its
     * rotation to the rest of T and to Z.
     */
    private static void standardise(double[] h, double[] z, int n, int p) {
        int q = p + 1;
        double a = h[p * n + p];
        double b = h[p * n + q];
        double c = h[q * n + p];
        double d = h[q * n + q];
        double cs;
        double sn;
        if (c == 0) {
            cs = 1;
            sn = 0;
        } else if (b == 0) {
            cs = 0;
            sn = 1;
            double t = d;
            d = a;
            a = t;
            b = -c;
            c = 0;
        } else if (a - d == 0 && Math.signum(b) != Math.signum(c)) {
            cs = 1;
            sn = 0;
        } else {
            double temp = a - d;
            double pp = 0.5 * temp;
            double bcmax = Math.max(Math.abs(b), Math.abs(c));
            double bcmis = Math.min(Math.abs(b), Math.abs(c)) * Math.signum(b) * Math.signum(c);
            double scale = Math.max(Math.abs(pp), bcmax);
            double zz = pp / scale * pp + bcmax / scale * bcmis;
            if (zz >= 4 * EPS) {
                // Real eigenvalues: make the block upper triangular.
                zz = pp + Math.copySign(Math.sqrt(scale) * Math.sqrt(zz), pp);
                a = d + zz;
                d = d - bcmax / zz * bcmis;
                double tau = Math.hypot(c, zz);
                cs = zz / tau;
                sn = c / tau;
                b = b - c;
                c = 0;
            } else {
                // Complex (or nearly equal real) eigenvalues: make the diagonal entries equal.
                double sigma = b + c;
                double tau = Math.hypot(sigma, temp);
                cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
                sn = -(pp / (tau * cs)) * (sigma >= 0 ? 1 : -1);
                double aa = a * cs + b * sn;
                double bb = -a * sn + b * cs;
                double cc = c * cs + d * sn;
                double dd = -c * sn + d * cs;
                a = aa * cs + cc * sn;
                b = bb * cs + dd * sn;
                c = -aa * sn + cc * cs;
                d = -bb * sn + dd * cs;
                temp = 0.5 * (a + d);
                a = temp;
                d = temp;
                if (c != 0) {
                    if (b != 0) {
                        if (Math.signum(b) == Math.signum(c)) {
                            // Real eigenvalues after all: split the block.
                            double sab = Math.sqrt(Math.abs(b));
                            double sac = Math.sqrt(Math.abs(c));
                            double pq = Math.copySign(sab * sac, c);
                            double t = 1 / Math.sqrt(Math.abs(b + c));
                            a = temp + pq;
                            d = temp - pq;
                            b = b - c;
                            c = 0;
                            double cs1 = sab * t;
                            double sn1 = sac * t;
                            double r = cs * cs1 - sn * sn1;
                            sn = cs * sn1 + sn * cs1;
                            cs = r;
                        }
                    } else {
                        b = -c;
                        c = 0;
                        double r = cs;
                        cs = -sn;
                        sn = r;
                    }
                }
            }
        }
        h[p * n + p] = a;
        h[p * n + q] = b;
        h[q * n + p] = c;
        h[q * n + q] = d;
        // rows p, q right of the block: [x; y] -> [cs x + sn y; cs y - sn x]
        for (int j = q + 1; j < n; j++) {
            double x = h[p * n + j];
            double y = h[q * n + j];
            h[p * n + j] = cs * x + sn * y;
            h[q * n + j] = cs * y - sn * x;
        }
        // columns p, q above the block, and of Z
        for (int i = 0; i < p; i++) {
            double x = h[i * n + p];
            double y = h[i * n + q];
            h[i * n + p] = cs * x + sn * y;
            h[i * n + q] = cs * y - sn * x;
        }
        for (int i = 0; i < n; i++) {
            double x = z[i * n + p];
            double y = z[i * n + q];
            z[i * n + p] = cs * x + sn * y;
            z[i * n + q] = cs * y - sn * x;
        }
    }
}
