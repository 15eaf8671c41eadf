package org.sciaccel.ndimage;

import static org.sciaccel.ndimage.FilterArgs.checkInput;
import static org.sciaccel.ndimage.FilterArgs.checkMode;
import static org.sciaccel.ndimage.FilterArgs.checkOrigins;
import static org.sciaccel.ndimage.FilterArgs.outputType;
import static org.sciaccel.ndimage.FilterArgs.perAxis;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * Correlation and convolution behind {@link Ndimage}: {@code correlate1d}, {@code convolve1d},
 * {@code correlate} and {@code convolve}, a convolution being the correlation with reversed weights and
 * SciPy's shifted origin.
 */
final class Correlations {
    private Correlations() {
    }

    static NDArray correlate1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        int nd = checkInput(input);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights: no filter weights given");
        }
        int half = weights.length / 2;
        if (half + origin < 0 || half + origin >= weights.length) {
            throw new IllegalArgumentException("origin=" + origin + " is invalid for " + weights.length
                    + " weights; it must satisfy " + (-half) + " <= origin <= " + ((weights.length - 1) / 2));
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode: null");
        }
        DType out = outputType(input, output);
        double[] w = weights.clone();
        return OpRouter.run("ndimage.correlate1d", input,
                (backend, in) -> backend.ndimage().correlate1d(in, w, ax, mode, cval, origin, out));
    }

    static NDArray convolve1d(NDArray input, double[] weights, int axis, Mode mode, double cval, int origin,
            DType output) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights: no filter weights given");
        }
        double[] rev = new double[weights.length];
        for (int i = 0; i < rev.length; i++) {
            rev[i] = weights[weights.length - 1 - i];
        }
        int o = -origin - ((weights.length & 1) == 0 ? 1 : 0);
        return correlate1d(input, rev, axis, mode, cval, o, output);
    }

    static NDArray correlateOrConvolve(String op, NDArray input, NDArray weights, FilterOptions options,
            boolean convolution) {
        int nd = checkInput(input);
        if (weights == null) {
            throw new IllegalArgumentException("weights: null");
        }
        int[] wshape = weights.shape();
        if (wshape.length != nd) {
            throw new IllegalArgumentException("weights has rank " + wshape.length + " (shape "
                    + Shapes.toString(wshape) + ") but the input has rank " + nd + " (shape "
                    + Shapes.toString(input.shape()) + "); they must be equal");
        }
        if (weights.dtype().isComplex()) {
            throw new UnsupportedOperationException("weights: complex dtype " + weights.dtype() + " is not supported");
        }
        for (int a = 0; a < nd; a++) {
            if (wshape[a] < 1) {
                throw new IllegalArgumentException("weights has an empty axis (shape " + Shapes.toString(wshape) + ")");
            }
        }
        int[] origins = perAxis("origin", options.origin, nd, input);
        double[] w = weights.toHost().toDoubles();
        if (convolution) {
            w = reverseAll(w);
            for (int a = 0; a < nd; a++) {
                origins[a] = -origins[a] - ((wshape[a] & 1) == 0 ? 1 : 0);
            }
        }
        checkOrigins(origins, wshape, "weights");
        Mode mode = checkMode(options.mode);
        DType out = outputType(input, options.output);
        double cval = options.cval;
        double[] fw = w;
        return OpRouter.run(op, input,
                (backend, in) -> backend.ndimage().correlate(in, fw, wshape, origins, mode, cval, out));
    }

    private static double[] reverseAll(double[] w) {
        // Reversing every axis of a row-major array reverses its flat order.
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            r[i] = w[w.length - 1 - i];
        }
        return r;
    }
}
