package org.sciaccel.skimage.filters;

import java.util.ArrayList;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.LabelResult;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.numpy.Numpy;

/**
 * The image-sized parts of scikit-image's local thresholds and threshold_li, composed of the
 * backend's NumPy and ndimage ops so that they run where the image lives.
 */
final class LocalThresholds {
    private LocalThresholds() {
    }

    /** scikit-image's {@code _supported_float_type}: float32 (and float16) stay float32, the rest float64. */
    static DType floatType(DType t) {
        return t == DType.FLOAT32 || t == DType.FLOAT16 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /**
     * scikit-image's {@code _mean_std(image, w)}: the local mean and standard deviation over a window
     * of w per axis, from float64 integral images of the image padded (NumPy's reflect) by w // 2 + 1
     * before and w // 2 after, as the signed sum of the window's 2^ndim corners in scikit-image's order.
     * Returns {m, s} in the image's float type.
     */
    static NDArray[] meanStd(NDArray image, int[] w) {
        int nd = image.ndim();
        DType ft = floatType(image.dtype());
        int[][] pad = new int[nd][];
        long total = 1;
        for (int d = 0; d < nd; d++) {
            pad[d] = new int[] {w[d] / 2 + 1, w[d] / 2};
            total *= w[d];
        }
        List<NDArray> temps = new ArrayList<>();
        try {
            NDArray f = track(temps, image.astype(ft));
            NDArray padded = track(temps, Numpy.pad(f, pad, "reflect"));
            NDArray integral = integral(padded, temps);
            NDArray squared = track(temps, Numpy.multiply(padded, padded));
            NDArray integralSq = integral(squared, temps);
            NDArray m = windowSums(integral, w, ft, total, temps);
            NDArray g2 = windowSums(integralSq, w, ft, total, temps);
            NDArray mm = track(temps, Numpy.multiply(m, m));
            NDArray diff = track(temps, Numpy.subtract(g2, mm));
            NDArray clipped = track(temps, Numpy.clip(diff, 0.0, null));
            NDArray s = Numpy.sqrt(clipped);
            temps.remove(m);
            return new NDArray[] {m, s};
        } finally {
            temps.forEach(NDArray::close);
        }
    }

    private static NDArray track(List<NDArray> temps, NDArray a) {
        temps.add(a);
        return a;
    }

    /** skimage.transform.integral_image(padded, dtype=float64): cumsum along every axis in turn. */
    private static NDArray integral(NDArray a, List<NDArray> temps) {
        NDArray s = a;
        for (int d = 0; d < a.ndim(); d++) {
            s = track(temps, Numpy.cumsum(s, d, DType.FLOAT64));
        }
        return s;
    }

    /** The window sums from an integral image, cast to the float type and divided by the window's size. */
    private static NDArray windowSums(NDArray integral, int[] w, DType ft, long total, List<NDArray> temps) {
        int nd = integral.ndim();
        int[] shape = integral.shape();
        NDArray out = null;
        // itertools.product(*[(0, w) ...]): the last axis varies fastest
        for (int corner = 0; corner < (1 << nd); corner++) {
            StringBuilder index = new StringBuilder();
            int nonzero = 0;
            for (int d = 0; d < nd; d++) {
                boolean far = ((corner >> (nd - 1 - d)) & 1) != 0;
                int c = far ? w[d] : 0;
                nonzero += far ? 1 : 0;
                // slice(c, s - (w - c))
                index.append(d == 0 ? "" : ",").append(c).append(':').append(shape[d] - (w[d] - c));
            }
            boolean negative = (nd % 2) != (nonzero % 2);
            NDArray view = track(temps, Numpy.getItem(integral, index.toString()));
            if (out == null) {
                out = negative ? track(temps, Numpy.negative(view)) : view;
            } else {
                out = track(temps, negative ? Numpy.subtract(out, view) : Numpy.add(out, view));
            }
        }
        NDArray cast = track(temps, out.astype(ft));
        return track(temps, Numpy.divide(cast, total));
    }

    /** apply_hysteresis_threshold: the components of image > low that hold a pixel of image > high. */
    static NDArray hysteresis(NDArray image, double low, double high) {
        double lo = Math.min(low, high);
        try (NDArray maskLow = Numpy.greater(image, lo); NDArray maskHigh = Numpy.greater(image, high);
                LabelResult labels = Ndimage.label(maskLow)) {
            int n = labels.numFeatures();
            byte[] connected = new byte[n + 1]; // bool's host storage
            try (NDArray flatLabels = labels.labels().ravel(); NDArray wide = flatLabels.astype(DType.INT64);
                    NDArray flatHigh = maskHigh.ravel(); NDArray weights = flatHigh.astype(DType.FLOAT64);
                    NDArray sums = Numpy.bincount(wide, weights, n + 1)) {
                double[] s = sums.toDoubleArray();
                for (int i = 0; i <= n; i++) {
                    connected[i] = (byte) (s[i] > 0 ? 1 : 0);
                }
            }
            try (NDArray lut = NDArray.fromHost(image.backend(),
                    new HostArray(DType.BOOL, new int[] {n + 1}, connected))) {
                return Numpy.take(lut, labels.labels(), null);
            }
        }
    }
}
