package org.sciaccel.interpolate;

import java.util.Arrays;

/**
 * A spline curve in FITPACK's B-spline representation, the tuple {@code (t, c, k)} of
 * {@code scipy.interpolate.splrep}: the knots, the coefficients (FITPACK's convention: as many as
 * knots, the last {@code k + 1} unused) and the degree. The arrays are copied in and out.
 */
public final class Tck {
    private final double[] t;
    private final double[] c;
    private final int k;

    /**
     * @throws IllegalArgumentException when t or c is null, k is not 0..5, or c has fewer than
     *         {@code len(t) - k - 1} coefficients
     */
    public Tck(double[] t, double[] c, int k) {
        if (t == null) {
            throw new IllegalArgumentException("t: null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c: null");
        }
        if (k < 0 || k > 5) {
            throw new IllegalArgumentException("k: degree " + k + " is not supported (0 <= k <= 5)");
        }
        if (t.length < 2 * k + 2) {
            throw new IllegalArgumentException("t: " + t.length + " knots, a spline of degree k=" + k
                    + " needs at least 2*k+2 = " + (2 * k + 2));
        }
        if (c.length < t.length - k - 1) {
            throw new IllegalArgumentException("c: " + c.length + " coefficients, len(t)-k-1 = " + (t.length - k - 1)
                    + " needed");
        }
        this.t = t.clone();
        this.c = c.clone();
        this.k = k;
    }

    /** The knots. */
    public double[] t() {
        return t.clone();
    }

    /** The coefficients. */
    public double[] c() {
        return c.clone();
    }

    /** The degree. */
    public int k() {
        return k;
    }

    double[] knotsRef() {
        return t;
    }

    double[] coefficientsRef() {
        return c;
    }

    /** The coefficients padded with zeros or cut to {@code len(t)}, as the knot-array arithmetic of splder needs them. */
    double[] coefficientsOfKnotLength() {
        return Arrays.copyOf(c, t.length);
    }

    @Override
    public String toString() {
        return "Tck(t=" + Arrays.toString(t) + ", c=" + Arrays.toString(c) + ", k=" + k + ")";
    }
}
