package org.sciaccel.cpu.linalg;

/**
 * Right eigenvectors of a real matrix for known (possibly complex) eigenvalues, by inverse
 * iteration in complex arithmetic: {@code (A - mu I) x = b} with {@code mu} the eigenvalue moved by
 * a relative perturbation of the order of the rounding error, solved by LU with partial pivoting,
 * twice. Each vector is normalised as LAPACK's geev normalises: unit 2-norm, its component of
 * largest modulus real.
 */
final class CpuEigenvectors {
    private CpuEigenvectors() {
    }

    /** Column {@code j} of the n x n result (interleaved re, im, row-major) is the eigenvector of (wr[j], wi[j]). */
    static double[] compute(double[] a, int n, double[] wr, double[] wi) {
        double norm = 0;
        for (double v : a) {
            norm = Math.max(norm, Math.abs(v));
        }
        double delta = Math.max(norm, Double.MIN_NORMAL) * 1e-14;
        double[] out = new double[2 * n * n];
        for (int j = 0; j < n; j++) {
            double[] xr = new double[n];
            double[] xi = new double[n];
            java.util.Arrays.fill(xr, 1.0);
            for (int it = 0; it < 3; it++) {
                solveShifted(a, n, wr[j] + delta, wi[j] + delta, xr, xi);
                normalise(xr, xi);
            }
            for (int r = 0; r < n; r++) {
                out[2 * (r * n + j)] = xr[r];
                out[2 * (r * n + j) + 1] = xi[r];
            }
        }
        return out;
    }

    /** Overwrites (xr, xi) with the solution of (A - (mr + i mi) I) y = x. */
    private static void solveShifted(double[] a, int n, double mr, double mi, double[] xr, double[] xi) {
        double[] re = a.clone();
        double[] im = new double[n * n];
        for (int i = 0; i < n; i++) {
            re[i * n + i] -= mr;
            im[i * n + i] -= mi;
        }
        for (int j = 0; j < n; j++) {
            int p = j;
            double best = Math.hypot(re[j * n + j], im[j * n + j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.hypot(re[i * n + j], im[i * n + j]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (p != j) {
                swap(re, n, j, p);
                swap(im, n, j, p);
                double t = xr[j];
                xr[j] = xr[p];
                xr[p] = t;
                t = xi[j];
                xi[j] = xi[p];
                xi[p] = t;
            }
            double dr = re[j * n + j];
            double di = im[j * n + j];
            if (dr == 0 && di == 0) {
                dr = Double.MIN_NORMAL; // an exactly singular shift: any tiny pivot gives the direction
            }
            double den = dr * dr + di * di;
            for (int i = j + 1; i < n; i++) {
                double lr = (re[i * n + j] * dr + im[i * n + j] * di) / den;
                double li = (im[i * n + j] * dr - re[i * n + j] * di) / den;
                for (int c = j; c < n; c++) {
                    double ur = re[j * n + c];
                    double ui = im[j * n + c];
                    re[i * n + c] -= lr * ur - li * ui;
                    im[i * n + c] -= lr * ui + li * ur;
                }
                double br = xr[j];
                double bi = xi[j];
                xr[i] -= lr * br - li * bi;
                xi[i] -= lr * bi + li * br;
            }
            re[j * n + j] = dr;
            im[j * n + j] = di;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sr = xr[i];
            double si = xi[i];
            for (int c = i + 1; c < n; c++) {
                sr -= re[i * n + c] * xr[c] - im[i * n + c] * xi[c];
                si -= re[i * n + c] * xi[c] + im[i * n + c] * xr[c];
            }
            double dr = re[i * n + i];
            double di = im[i * n + i];
            double den = dr * dr + di * di;
            xr[i] = (sr * dr + si * di) / den;
            xi[i] = (si * dr - sr * di) / den;
        }
    }

    private static void swap(double[] m, int n, int r, int s) {
        for (int c = 0; c < n; c++) {
            double t = m[r * n + c];
            m[r * n + c] = m[s * n + c];
            m[s * n + c] = t;
        }
    }

    /** Unit 2-norm, the component of largest modulus made real and positive... as geev: real (its phase removed). */
    private static void normalise(double[] xr, double[] xi) {
        double s = 0;
        int big = 0;
        double bigMod = -1;
        for (int i = 0; i < xr.length; i++) {
            double mod = Math.hypot(xr[i], xi[i]);
            s += mod * mod;
            if (mod > bigMod) {
                bigMod = mod;
                big = i;
            }
        }
        double inv = 1 / Math.sqrt(s);
        // multiply by conj(x[big]) / |x[big]| so that x[big] becomes real and positive
        double pr = xr[big] / bigMod;
        double pi = -xi[big] / bigMod;
        for (int i = 0; i < xr.length; i++) {
            double r = xr[i] * pr - xi[i] * pi;
            double m = xr[i] * pi + xi[i] * pr;
            xr[i] = r * inv;
            xi[i] = m * inv;
        }
        xi[big] = 0;
    }
}
