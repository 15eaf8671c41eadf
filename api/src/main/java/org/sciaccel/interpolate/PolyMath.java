package org.sciaccel.interpolate;

/**
 * The host-side numerics of the piecewise polynomials: SciPy's single-piece evaluation with
 * derivative and antiderivative prefactors, a banded LU solve with partial pivoting (what LAPACK's
 * gbsv does), and the real roots of one piece through its companion matrix.
 */
final class PolyMath {
    private PolyMath() {
    }

    /**
     * Piece {@code ci}, column {@code cj} of {@code c} ({@code (order, pieces, cols)}) at local coordinate
     * {@code s}: the {@code dx}-th derivative ({@code dx > 0}) or antiderivative with zero constants
     * ({@code dx < 0}), summed from the lowest power up as SciPy sums it.
     */
    static double evalPoly1(double s, double[] c, int order, int pieces, int cols, int ci, int cj, int dx) {
        double res = 0.0;
        double z = 1.0;
        if (dx < 0) {
            for (int k = 0; k < -dx; k++) {
                z *= s;
            }
        }
        for (int kp = 0; kp < order; kp++) {
            double prefactor;
            if (dx == 0) {
                prefactor = 1.0;
            } else if (dx > 0) {
                if (kp < dx) {
                    continue;
                }
                prefactor = 1.0;
                for (int k = kp; k > kp - dx; k--) {
                    prefactor *= k;
                }
            } else {
                prefactor = 1.0;
                for (int k = kp; k < kp - dx; k++) {
                    prefactor /= k + 1;
                }
            }
            res = res + c[((order - kp - 1) * pieces + ci) * cols + cj] * z * prefactor;
            if (kp < order - 1 && kp >= dx) {
                z *= s;
            }
        }
        return res;
    }

    /**
     * SciPy's {@code find_interval_ascending} from interval 0: {@code x[i] <= v < x[i+1]}, the last
     * breakpoint in the last piece; outside, the end piece when {@code extrapolate}, else -1 (NaN: -1).
     */
    static int findInterval(double[] x, double v, boolean extrapolate) {
        int nx = x.length;
        double a = x[0];
        double b = x[nx - 1];
        if (!(a <= v && v <= b)) {
            if (v < a && extrapolate) {
                return 0;
            }
            if (v > b && extrapolate) {
                return nx - 2;
            }
            return -1;
        }
        if (v == b) {
            return nx - 2;
        }
        int low = 0;
        int high = nx - 2;
        if (v < x[low + 1]) {
            high = low;
        }
        while (low < high) {
            int mid = (high + low) / 2;
            if (v < x[mid]) {
                high = mid;
            } else if (v >= x[mid + 1]) {
                low = mid + 1;
            } else {
                low = mid;
                break;
            }
        }
        return low;
    }

    /** Row width of a band matrix for {@link #solveBanded}: room for the pivoting's fill-in. */
    static int bandWidth(int kl, int ku) {
        return 2 * kl + ku + 1;
    }

    /** Where element (i, j) of a band matrix lives in {@link #solveBanded}'s storage. */
    static int bandIndex(int i, int j, int kl, int ku) {
        return i * bandWidth(kl, ku) + (j - i + kl);
    }

    /**
     * Solves the banded system {@code A X = B} in place by Gaussian elimination with partial pivoting
     * (what LAPACK's gbsv does): {@code a} holds row {@code i}'s columns {@code i - kl .. i + kl + ku}
     * ({@link #bandIndex}), {@code b} is {@code n x cols} row-major and receives X.
     *
     * @throws ArithmeticException for a singular matrix
     */
    static void solveBanded(double[] a, int n, int kl, int ku, double[] b, int cols) {
        int width = ku + kl; // upper bandwidth after pivoting
        for (int k = 0; k < n; k++) {
            int last = Math.min(n - 1, k + kl);
            int p = k;
            double best = Math.abs(a[bandIndex(k, k, kl, ku)]);
            for (int i = k + 1; i <= last; i++) {
                double v = Math.abs(a[bandIndex(i, k, kl, ku)]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (a[bandIndex(p, k, kl, ku)] == 0) {
                throw new ArithmeticException("singular matrix");
            }
            int right = Math.min(n - 1, k + width);
            if (p != k) {
                for (int j = k; j <= right; j++) {
                    int ik = bandIndex(k, j, kl, ku);
                    int ip = bandIndex(p, j, kl, ku);
                    double t = a[ik];
                    a[ik] = a[ip];
                    a[ip] = t;
                }
                for (int j = 0; j < cols; j++) {
                    double t = b[k * cols + j];
                    b[k * cols + j] = b[p * cols + j];
                    b[p * cols + j] = t;
                }
            }
            double pivot = a[bandIndex(k, k, kl, ku)];
            for (int i = k + 1; i <= last; i++) {
                double l = a[bandIndex(i, k, kl, ku)] / pivot;
                a[bandIndex(i, k, kl, ku)] = 0;
                if (l == 0) {
                    continue;
                }
                for (int j = k + 1; j <= right; j++) {
                    a[bandIndex(i, j, kl, ku)] -= l * a[bandIndex(k, j, kl, ku)];
                }
                for (int j = 0; j < cols; j++) {
                    b[i * cols + j] -= l * b[k * cols + j];
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            int right = Math.min(n - 1, k + width);
            for (int j = 0; j < cols; j++) {
                double s = b[k * cols + j];
                for (int m = k + 1; m <= right; m++) {
                    s -= a[bandIndex(k, m, kl, ku)] * b[m * cols + j];
                }
                b[k * cols + j] = s / a[bandIndex(k, k, kl, ku)];
            }
        }
    }

    /**
     * The complex roots of piece {@code ci}, column {@code cj} of {@code c} minus {@code y}, sorted by
     * real part, into {@code wr}/{@code wi}: their count, or -1 for a polynomial identically equal to
     * {@code y} (SciPy's {@code croots_poly1}).
     */
    static int croots(double[] c, int order, int pieces, int cols, int ci, int cj, double y, double[] wr, double[] wi) {
        int n = order;
        int deg = -1;
        for (int j = 0; j < n; j++) {
            if (coef(c, pieces, cols, j, ci, cj) != 0) {
                deg = n - 1 - j;
                break;
            }
        }
        if (deg < 0) {
            return y == 0 ? -1 : 0;
        }
        if (deg == 0) {
            return coef(c, pieces, cols, n - 1, ci, cj) == y ? -1 : 0;
        }
        if (deg == 1) {
            double a0 = coef(c, pieces, cols, n - 1 - deg, ci, cj);
            double a1 = coef(c, pieces, cols, n - deg, ci, cj) - y;
            wr[0] = -a1 / a0;
            wi[0] = 0;
            return 1;
        }
        if (deg == 2) {
            double a0 = coef(c, pieces, cols, n - 1 - deg, ci, cj);
            double a1 = coef(c, pieces, cols, n - deg, ci, cj);
            double a2 = coef(c, pieces, cols, n - deg + 1, ci, cj) - y;
            double d = a1 * a1 - 4 * a0 * a2;
            if (d < 0) {
                d = Math.sqrt(-d);
                wr[0] = -a1 / (2 * a0);
                wi[0] = -d / (2 * a0);
                wr[1] = -a1 / (2 * a0);
                wi[1] = d / (2 * a0);
                return 2;
            }
            d = Math.sqrt(d);
            if (d == 0) {
                wr[0] = -a1 / (2 * a0);
                wr[1] = -a1 / (2 * a0);
            } else if (a1 < 0) {
                wr[0] = (2 * a2) / (-a1 + d);
                wr[1] = (-a1 + d) / (2 * a0);
            } else {
                wr[0] = (-a1 - d) / (2 * a0);
                wr[1] = (2 * a2) / (-a1 - d);
            }
            wi[0] = 0;
            wi[1] = 0;
            return 2;
        }
        // the companion matrix (upper Hessenberg): ones below the diagonal, the last column the coefficients.
        // Its leading rows of zeros (zero low-order coefficients) are exact zero eigenvalues, which
        // LAPACK's balancing isolates before the QR iteration; the same here.
        double lead = coef(c, pieces, cols, n - 1 - deg, ci, cj);
        int zeros = 0;
        while (zeros < deg && (coef(c, pieces, cols, n - 1 - zeros, ci, cj) - (zeros == 0 ? y : 0)) == 0) {
            zeros++;
        }
        for (int i = 0; i < zeros; i++) {
            wr[i] = 0;
            wi[i] = 0;
        }
        int rest = deg - zeros;
        if (rest > 0) {
            double[][] h = new double[rest][rest];
            for (int j = 0; j < rest; j++) {
                double cc = coef(c, pieces, cols, n - 1 - zeros - j, ci, cj);
                if (j + zeros == 0) {
                    cc -= y;
                }
                h[j][rest - 1] = -cc / lead;
                if (j + 1 < rest) {
                    h[j + 1][j] = 1;
                }
            }
            double[] r = new double[rest];
            double[] im = new double[rest];
            Hessenberg.eigenvalues(h, r, im);
            System.arraycopy(r, 0, wr, zeros, rest);
            System.arraycopy(im, 0, wi, zeros, rest);
        }
        // insertion sort by the real part
        for (int i = 1; i < deg; i++) {
            double br = wr[i];
            double bi = wi[i];
            int j = i - 1;
            while (j >= 0 && wr[j] > br) {
                wr[j + 1] = wr[j];
                wi[j + 1] = wi[j];
                j--;
            }
            wr[j + 1] = br;
            wi[j + 1] = bi;
        }
        return deg;
    }

    private static double coef(double[] c, int pieces, int cols, int q, int ci, int cj) {
        return c[(q * pieces + ci) * cols + cj];
    }

    /** NumPy's {@code remainder} of doubles (the divisor's sign, +0 for an exact multiple). */
    static double floorRemainder(double a, double period) {
        double mod = a % period;
        if (mod != 0) {
            if ((period < 0) != (mod < 0)) {
                mod += period;
            }
        } else {
            mod = Math.copySign(0.0, period);
        }
        return mod;
    }

    /** Python's {@code divmod} of floats: {floor quotient, remainder}. */
    static double[] pyDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }
}
