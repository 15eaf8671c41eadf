package org.sciaccel.cpu.interpolation;

/**
 * The B-splines of orders 0 to 5 on the integer grid: the poles of their interpolation prefilter
 * and the weights of the {@code order + 1} taps around a coordinate, computed as SciPy 1.10's
 * {@code ni_splines.c} does (the last weight is 1 minus the others). The OpenCL include
 * {@code interpolation/spline_weights.cl} computes the same.
 */
final class SplineBasis {
    private SplineBasis() {
    }

    /**
     * The poles of the order's prefilter (orders 2 to 5), each in (-1, 0): the roots inside the unit
     * circle of the B-spline's z-transform, sqrt(8) - 3, sqrt(3) - 2, and for orders 4 and 5 the pairs
     * sqrt(664 -+ sqrt(438976)) +- sqrt(304) - 19 and sqrt(67.5 -+ sqrt(4436.25)) +- sqrt(26.25) - 6.5.
     * Written as their decimal values, as SciPy does: computing the differences in double would lose
     * bits to cancellation and move the coefficients by a few ulps.
     */
    static double[] poles(int order) {
        switch (order) {
            case 2: return new double[] {-0.171572875253809902396622551580603843};
            case 3: return new double[] {-0.267949192431122706472553658494127633};
            case 4: return new double[] {-0.361341225900220177092212841325675255, -0.013725429297339121360331226939128204};
            case 5: return new double[] {-0.430575347099973791851434783493520110, -0.043096288203264653822712376822550182};
            default: throw new IllegalArgumentException("order: no spline prefilter for order " + order);
        }
    }

    /**
     * The first tap's index for coordinate {@code x}: odd orders start {@code order / 2} below
     * {@code floor(x)}, even orders below the nearest integer.
     */
    static long start(double x, int order) {
        return (order & 1) != 0 ? (long) Math.floor(x) - order / 2 : (long) Math.floor(x + 0.5) - order / 2;
    }

    /** The {@code order + 1} weights at {@code w[off ...]} of the taps from {@link #start} for coordinate {@code x}. */
    static void weights(double x, int order, double[] w, int off) {
        // the distance from the middle knot
        double d = x - Math.floor((order & 1) != 0 ? x : x + 0.5);
        double y;
        double z;
        double t;
        switch (order) {
            case 0:
                w[off] = 1.0;
                return;
            case 1:
                w[off] = 1.0 - d;
                break;
            case 2:
                w[off + 1] = 0.75 - d * d;
                y = 0.5 - d;
                w[off] = 0.5 * y * y;
                break;
            case 3:
                y = d;
                z = 1.0 - d;
                w[off + 1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
                w[off + 2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
                w[off] = z * z * z / 6.0;
                break;
            case 4:
                z = 1.0 - d;
                t = d * d;
                w[off + 2] = t * (t * 0.25 - 0.625) + 115.0 / 192.0;
                y = 1.0 + d;
                w[off + 1] = y * (y * (y * (5.0 - y) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
                w[off + 3] = z * (z * (z * (5.0 - z) / 6.0 - 1.25) + 5.0 / 24.0) + 55.0 / 96.0;
                y = 0.5 - d;
                t = y * y;
                w[off] = t * t / 24.0;
                break;
            case 5:
                y = d;
                z = 1.0 - d;
                t = y * y;
                w[off + 2] = t * (t * (0.25 - y / 12.0) - 0.5) + 0.55;
                t = z * z;
                w[off + 3] = t * (t * (0.25 - z / 12.0) - 0.5) + 0.55;
                y += 1.0;
                w[off + 1] = y * (y * (y * (y * (y / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
                z += 1.0;
                w[off + 4] = z * (z * (z * (z * (z / 24.0 - 0.375) + 1.25) - 1.75) + 0.625) + 0.425;
                y = 1.0 - d;
                t = y * y;
                w[off] = y * t * t / 120.0;
                break;
            default:
                throw new IllegalArgumentException("order: " + order);
        }
        double last = 1.0;
        for (int i = 0; i < order; i++) {
            last -= w[off + i];
        }
        w[off + order] = last;
    }
}
