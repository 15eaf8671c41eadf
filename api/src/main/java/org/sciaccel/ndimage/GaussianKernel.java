package org.sciaccel.ndimage;

/**
 * The 1-D Gaussian (derivative) weights of {@code scipy.ndimage.gaussian_filter1d}, computed as
 * SciPy 1.10 computes them, in double precision, on the host, once per pass.
 */
public final class GaussianKernel {
    private GaussianKernel() {
    }

    /** SciPy's default radius: {@code int(truncate * sigma + 0.5)}. */
    /** The largest radius whose kernel (2 radius + 1 weights) is an array and whose line still fits. */
    static final int MAX_RADIUS = (Integer.MAX_VALUE - 9) / 2;

    /**
     * SciPy's {@code int(truncate * sigma + 0.5)}; a radius whose kernel cannot be an array is refused
     * with SciPy's message (NumPy's "Maximum allowed size exceeded" for {@code sigma=1e300}).
     */
    public static int radius(double sigma, double truncate) {
        double r = truncate * sigma + 0.5;
        if (r >= MAX_RADIUS + 1.0) {
            throw new IllegalArgumentException("sigma=" + sigma + ", truncate=" + truncate + ": Maximum allowed size"
                    + " exceeded (a kernel radius of " + Math.floor(r) + ")");
        }
        return (int) r;
    }

    /**
     * Weights for correlation (already reversed, as {@code gaussian_filter1d} reverses them before
     * calling {@code correlate1d}), length {@code 2*radius+1}.
     *
     * <p>The order-{@code n} derivative of the normalised Gaussian is {@code q(x) * phi(x)} with a
     * polynomial {@code q} built by applying {@code q -> q' - q*x/sigma^2} {@code n} times to {@code q = 1}.
     */
    public static double[] correlationWeights(double sigma, int order, int radius) {
        int len = 2 * radius + 1;
        double sigma2 = sigma * sigma;
        double[] phi = new double[len];
        double sum = 0;
        for (int i = 0; i < len; i++) {
            double x = i - radius;
            phi[i] = Math.exp(-0.5 / sigma2 * x * x);
            sum += phi[i];
        }
        for (int i = 0; i < len; i++) {
            phi[i] /= sum;
        }
        double[] w = phi;
        if (order > 0) {
            // q as coefficients of x^0..x^order; (D + P) q with D the derivative, P the multiplication by -x/sigma^2.
            double[] q = new double[order + 1];
            q[0] = 1;
            for (int step = 0; step < order; step++) {
                double[] next = new double[order + 1];
                for (int k = 0; k <= order; k++) {
                    double v = 0;
                    if (k + 1 <= order) v += (k + 1) * q[k + 1];
                    if (k >= 1) v += q[k - 1] / -sigma2;
                    next[k] = v;
                }
                q = next;
            }
            w = new double[len];
            for (int i = 0; i < len; i++) {
                double x = i - radius;
                double poly = 0;
                double xp = 1;
                for (int k = 0; k <= order; k++) {
                    poly += xp * q[k];
                    xp *= x;
                }
                w[i] = poly * phi[i];
            }
        }
        double[] reversed = new double[len];
        for (int i = 0; i < len; i++) {
            reversed[i] = w[len - 1 - i];
        }
        return reversed;
    }
}
