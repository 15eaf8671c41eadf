package org.sciaccel.skimage.filters;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/**
 * threshold_li's iteration as scikit-image 0.19 runs it. Scalars keep NumPy's dtypes: a float32 image's
 * means, logs and steps are float32 (rounded after each operation) and the float64 ones (the initial
 * guess less the minimum, -2 * tolerance) stay float64 until the first step replaces them.
 */
final class Li {
    private Li() {
    }

    /** A NumPy scalar: its value and whether it is float32. */
    private record Scalar(double v, boolean single) {
        Scalar minus(Scalar o) {
            double d = v - o.v;
            return new Scalar(single && o.single ? (float) d : d, single && o.single);
        }
    }

    static NDArray threshold(String op, NDArray image, Double tolerance, Double initialGuess) {
        DType t = image.dtype();
        Backend b = image.backend();
        if (t == DType.BOOL) {
            throw new IllegalArgumentException(op + ": image: numpy boolean subtract, the `-` operator, is not "
                    + "supported (bool image)");
        }
        if (image.size() == 0) {
            return Filters.values(b, DType.FLOAT64, new double[] {Double.NaN}, new int[0]);
        }
        if (t.isIntegral()) {
            return integer(op, image, tolerance, initialGuess);
        }
        boolean single = t == DType.FLOAT32;
        try (NDArray nan = Numpy.isnan(image); NDArray keep = Numpy.logicalNot(nan);
                NDArray valid = Numpy.getItem(image, keep)) {
            if (valid.size() == 0) {
                return Filters.values(b, DType.FLOAT64, new double[] {Double.NaN}, new int[0]);
            }
            try (NDArray lo = Numpy.min(valid); NDArray hi = Numpy.max(valid)) {
                if (lo.doubleValue() == hi.doubleValue()) {
                    return lo.copy();
                }
            }
            try (NDArray fin = Numpy.isfinite(valid); NDArray finite = Numpy.getItem(valid, fin)) {
                if (finite.size() == 0) {
                    return Filters.values(b, DType.FLOAT64, new double[] {0.0}, new int[0]);
                }
                return floating(op, finite, single, tolerance, initialGuess);
            }
        }
    }

    private static double round(boolean single, double x) {
        return single ? (float) x : x;
    }

    private static NDArray floating(String op, NDArray finite, boolean single, Double tolerance, Double initialGuess) {
        double min;
        try (NDArray lo = Numpy.min(finite)) {
            min = lo.doubleValue();
        }
        try (NDArray image = Numpy.subtract(finite, min)) {
            double tol;
            if (tolerance != null && tolerance != 0) {
                tol = tolerance;
            } else {
                try (NDArray u = Numpy.unique(image); NDArray d = Numpy.diff(u); NDArray m = Numpy.min(d)) {
                    tol = round(single, m.doubleValue() / 2);
                }
            }
            Scalar next;
            if (initialGuess == null) {
                try (NDArray mean = Numpy.mean(image)) {
                    next = new Scalar(mean.doubleValue(), single);
                }
            } else {
                double max;
                try (NDArray hi = Numpy.max(image)) {
                    max = hi.doubleValue();
                }
                next = new Scalar(initialGuess - min, false);
                requireInRange(op, initialGuess, next.v, min, max);
            }
            // t_curr = -2 * tolerance: float64 for a float32 tolerance too (a Python int times a NumPy scalar)
            Scalar curr = new Scalar(-2 * tol, false);
            while (Math.abs(next.minus(curr).v) > tol) {
                curr = next;
                double fore;
                double back;
                try (NDArray fg = Numpy.greater(image, curr.v); NDArray bg = Numpy.logicalNot(fg);
                        NDArray f = Numpy.getItem(image, fg); NDArray g = Numpy.getItem(image, bg);
                        NDArray mf = Numpy.mean(f); NDArray mb = Numpy.mean(g)) {
                    fore = mf.doubleValue();
                    back = mb.doubleValue();
                }
                double num = round(single, back - fore);
                double den = round(single, round(single, Math.log(back)) - round(single, Math.log(fore)));
                next = new Scalar(round(single, num / den), single);
            }
            double threshold = round(next.single && single, next.v + min);
            return Filters.values(finite.backend(), next.single && single ? DType.FLOAT32 : DType.FLOAT64,
                    new double[] {threshold}, new int[0]);
        }
    }

    private static void requireInRange(String op, double guess, double shifted, double min, double max) {
        if (!(0 < shifted && shifted < max)) {
            throw new IllegalArgumentException(op + ": initial_guess: The initial guess for threshold_li must be "
                    + "within the range of the image. Got " + guess + " for image min " + min + " and max "
                    + (max + min) + ".");
        }
    }

    /** Integer images: the iteration over the histogram of the image less its minimum, in float64. */
    private static NDArray integer(String op, NDArray image, Double tolerance, Double initialGuess) {
        try (NDArray lo = Numpy.min(image); NDArray hi = Numpy.max(image)) {
            if (lo.longValue() == hi.longValue()) {
                return lo.copy();
            }
        }
        ImageHistogram h = ImageHistogram.of(op, image, 256);
        double min = h.centers[0];
        // scikit-image subtracts the minimum in the image's own dtype: a signed image whose range exceeds the
        // dtype wraps around (int8 values -100 .. 100 give -56 for 100), and its histogram is the wrapped one's
        int bits = image.dtype().itemSize() * 8;
        boolean signed = image.dtype().kind() == DType.Kind.SIGNED;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        long[] shifted = new long[h.size()];
        for (int i = 0; i < shifted.length; i++) {
            long v = (long) h.centers[i] - (long) min;
            if (signed && bits < 64) {
                v = (v << (64 - bits)) >> (64 - bits);
            }
            shifted[i] = v;
            if (h.counts[i] > 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int n = (int) (hi - lo + 1);
        double[] bc = new double[n];
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            bc[i] = lo + i;
        }
        for (int i = 0; i < shifted.length; i++) {
            if (h.counts[i] > 0) {
                counts[(int) (shifted[i] - lo)] += h.counts[i];
            }
        }
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += counts[i];
            weighted += counts[i] * bc[i];
        }
        double tol = tolerance != null && tolerance != 0 ? tolerance : 0.5;
        double next;
        if (initialGuess == null) {
            next = weighted / total;
        } else {
            next = initialGuess - min;
            requireInRange(op, initialGuess, next, min, bc[n - 1]);
        }
        double curr = -2 * tol;
        while (Math.abs(next - curr) > tol) {
            curr = next;
            double sf = 0;
            double wf = 0;
            double sb = 0;
            double wb = 0;
            for (int i = 0; i < n; i++) {
                if (bc[i] > curr) {
                    sf += bc[i] * counts[i];
                    wf += counts[i];
                } else {
                    sb += bc[i] * counts[i];
                    wb += counts[i];
                }
            }
            double fore = sf / wf;
            double back = sb / wb;
            next = (back - fore) / (Math.log(back) - Math.log(fore));
        }
        return Filters.values(image.backend(), DType.FLOAT64, new double[] {next + min}, new int[0]);
    }
}
