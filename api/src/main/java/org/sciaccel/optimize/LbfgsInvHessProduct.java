package org.sciaccel.optimize;

/**
 * SciPy's {@code LbfgsInvHessProduct}: the inverse Hessian approximation L-BFGS-B ends with, as the
 * correction pairs (sₖ, yₖ) it kept, applied by the two-loop recursion ({@link #matvec}) or formed
 * densely ({@link #todense()}, H = Πᵢ (I − ρᵢsᵢyᵢᵀ) H (I − ρᵢyᵢsᵢᵀ) + ρᵢsᵢsᵢᵀ from H = I).
 *
 * <p>As SciPy takes them, the pairs are in L-BFGS-B's storage order (slot 1, 2, ...), which is the
 * order they were made in until the memory wraps around after maxcor updates, and their number is
 * min(updates since the last memory refresh, maxcor). {@code minimize(method='L-BFGS-B')} sets
 * {@code hess_inv} to {@link #todense()} (an n×n array); this object is {@code LbfgsB}'s outcome.
 */
public final class LbfgsInvHessProduct {
    private final double[][] sk;
    private final double[][] yk;
    private final double[] rho;
    private final int n;

    /** The pairs: {@code sk[i]} and {@code yk[i]} of length n each (copied). */
    public LbfgsInvHessProduct(double[][] sk, double[][] yk, int n) {
        if (sk.length != yk.length) {
            throw new IllegalArgumentException("sk, yk: " + sk.length + " and " + yk.length + " corrections");
        }
        this.n = n;
        this.sk = new double[sk.length][];
        this.yk = new double[yk.length][];
        this.rho = new double[sk.length];
        for (int i = 0; i < sk.length; i++) {
            if (sk[i].length != n || yk[i].length != n) {
                throw new IllegalArgumentException("sk, yk: correction " + i + " is not of length " + n);
            }
            this.sk[i] = sk[i].clone();
            this.yk[i] = yk[i].clone();
            double sy = 0;
            for (int j = 0; j < n; j++) {
                sy += sk[i][j] * yk[i][j];
            }
            rho[i] = 1 / sy;
        }
    }

    /** The number of correction pairs ({@code n_corrs}). */
    public int corrections() {
        return sk.length;
    }

    /** H·x by the two-loop recursion. */
    public double[] matvec(double[] x) {
        if (x.length != n) {
            throw new IllegalArgumentException("x: length " + x.length + ", expected " + n);
        }
        int k = sk.length;
        double[] q = x.clone();
        double[] alpha = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            alpha[i] = rho[i] * dot(sk[i], q);
            for (int j = 0; j < n; j++) {
                q[j] -= alpha[i] * yk[i][j];
            }
        }
        for (int i = 0; i < k; i++) {
            double beta = rho[i] * dot(yk[i], q);
            for (int j = 0; j < n; j++) {
                q[j] += sk[i][j] * (alpha[i] - beta);
            }
        }
        return q;
    }

    /** H as a dense n×n matrix (SciPy's {@code todense()}). */
    public double[][] todense() {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1;
        }
        for (int c = 0; c < sk.length; c++) {
            double[] s = sk[c];
            double[] y = yk[c];
            double r = rho[c];
            double[][] a1 = new double[n][n];
            double[][] a2 = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a1[i][j] = (i == j ? 1 : 0) - s[i] * y[j] * r;
                    a2[i][j] = (i == j ? 1 : 0) - y[i] * s[j] * r;
                }
            }
            double[][] t = multiply(h, a2);
            double[][] next = multiply(a1, t);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i][j] += r * s[i] * s[j];
                }
            }
            h = next;
        }
        return h;
    }

    private double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
