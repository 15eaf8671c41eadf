package org.sciaccel.cpu.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exponential recurrence of the gauss_1d fast path equals Math.exp point by point. */
class CpuGaussOnGridTest {
    @Test
    void equalsDirectExponentials() {
        int n = 80;
        double[] e = new double[n];
        double[] centres = {40.3, 0, -0.49, -12.7, 79.5, 95.2, 17.5, 3e3};
        double[] widths = {4.7, 0.3, 1, 25, 1e3, 0.05};
        for (double c : centres) {
            for (double w : widths) {
                double s = 1 / (w * w);
                assertTrue(CpuLevenbergMarquardt.gaussOnGrid(c, s, e, n));
                for (int i = 0; i < n; i++) {
                    double arg = -0.5 * (i - c) * (i - c) * s;
                    double want = Math.exp(arg);
                    // exp(arg) itself is only as exact as arg: a rounding of arg moves it by ~|arg|·1e-16
                    double tol = want < Double.MIN_NORMAL * 1e3 ? 1e-300 : (2e-14 + 1e-15 * Math.abs(arg)) * want;
                    assertEquals(want, e[i], tol, "c=" + c + " w=" + w + " i=" + i);
                }
            }
        }
        assertFalse(CpuLevenbergMarquardt.gaussOnGrid(Double.NaN, 1, e, n));
        assertFalse(CpuLevenbergMarquardt.gaussOnGrid(3, Double.POSITIVE_INFINITY, e, n));
    }
}
