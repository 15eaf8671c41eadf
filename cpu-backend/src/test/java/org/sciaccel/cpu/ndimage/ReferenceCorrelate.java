package org.sciaccel.cpu.ndimage;

import org.sciaccel.Shapes;
import org.sciaccel.ndimage.Mode;

/**
 * A deliberately naive correlate1d for the tests: one output element at a time, straight from the
 * definition {@code out[i] = sum_j w[j] * in_ext[i + j - len/2 - origin]}. Its summation order is
 * the natural one, not SciPy's, so tests compare with it exactly only on data whose sums are exact
 * (small dyadic numbers), and within rounding otherwise.
 */
final class ReferenceCorrelate {
    private ReferenceCorrelate() {
    }

    static double[] correlate1d(double[] in, int[] shape, double[] w, int axis, Mode mode, double cval, int origin) {
        int n = shape[axis];
        int outer = Shapes.outer(shape, axis);
        int inner = Shapes.inner(shape, axis);
        double[] out = new double[in.length];
        int code = mode.filterCode();
        for (int o = 0; o < outer; o++) {
            for (int x = 0; x < inner; x++) {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < w.length; j++) {
                        int s = Mode.extendIndex(i + j - w.length / 2 - origin, n, code);
                        double v = s < 0 ? cval : in[(o * n + s) * inner + x];
                        sum += w[j] * v;
                    }
                    out[(o * n + i) * inner + x] = sum;
                }
            }
        }
        return out;
    }
}
