package org.sciaccel.skimage.exposure;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * numpy.interp(x, xp, fp) for float64 arrays with xp increasing, as equalize_hist uses it, on the backend of x:
 * each x's interval found with searchsorted, then NumPy's own formula {@code slope * (x - xp[j]) + fp[j]} with
 * the interval's slope {@code (fp[j+1] - fp[j]) / (xp[j+1] - xp[j])} (computed once per interval on the host, as
 * NumPy precomputes them), fp[0] below xp[0] and fp[-1] from xp[-1] on. NaN x gives NaN, as in NumPy.
 */
final class Interpolation {
    private Interpolation() {
    }

    static NDArray interp(NDArray x, NDArray xp, NDArray fp) {
        int n = xp.size();
        double[] fpv = fp.toDoubleArray();
        if (n == 1) {
            // NumPy: one point gives fp[0] wherever x is not below or above it; a NaN x compares neither
            return Numpy.full(x.backend(), x.shape(), fpv[0], DType.FLOAT64);
        }
        double[] xpv = xp.toDoubleArray();
        double[] slopes = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            slopes[i] = (fpv[i + 1] - fpv[i]) / (xpv[i + 1] - xpv[i]);
        }
        try (NDArray slope = NDArray.fromHost(x.backend(), new HostArray(DType.FLOAT64, new int[] {n - 1}, slopes));
                NDArray right = Numpy.searchsorted(xp, x, "right", null); NDArray left = Numpy.subtract(right, 1L);
                NDArray j = Numpy.clip(left, 0L, (long) (n - 2)); NDArray xj = Numpy.take(xp, j, null);
                NDArray fj = Numpy.take(fp, j, null); NDArray sj = Numpy.take(slope, j, null);
                NDArray dx = Numpy.subtract(x, xj); NDArray rise = Numpy.multiply(sj, dx);
                NDArray inside = Numpy.add(rise, fj); NDArray below = x.lt(xpv[0]);
                NDArray low = Numpy.where(below, fpv[0], inside); NDArray above = x.ge(xpv[n - 1])) {
            return Numpy.where(above, fpv[n - 1], low);
        }
    }
}
