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
        return correlate1d(input, weights, null, axis, mode, cval, 0.0, origin, output);
    }

    /**
     * {@code correlate1d} with complex weights ({@code weightsImag} non-null, the weights' imaginary
     * parts) and/or a complex input or cval, composed by {@link ComplexFilters}: SciPy conjugates the
     * weights of a correlation first.
     */
    static NDArray correlate1d(NDArray input, double[] weights, double[] weightsImag, int axis, Mode mode,
            double cval, double cvalImag, int origin, DType output) {
        int nd = checkComplexInput(input);
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
        if (weightsImag != null && weightsImag.length != weights.length) {
            throw new IllegalArgumentException("weightsImag: " + weightsImag.length + " values for " + weights.length
                    + " weights");
        }
        boolean cw = weightsImag != null;
        if (ComplexFilters.applies(input, cw)) {
            ComplexFilters.checkCval(input, cvalImag);
            DType out = ComplexFilters.complexOutput(input, output);
            double[] wr = weights.clone();
            double[] wi = cw ? negate(weightsImag) : null;
            return OpRouter.run("ndimage.correlate1d", input, (backend, in) -> ComplexFilters.run(backend, in, cw,
                    cval, cvalImag, out, (part, imagW, c, o) -> backend.ndimage().correlate1d(part,
                            imagW ? wi : wr, ax, mode, c, origin, o)));
        }
        DType out = outputType(input, output);
        double[] w = weights.clone();
        return OpRouter.run("ndimage.correlate1d", input,
                (backend, in) -> backend.ndimage().correlate1d(in, w, ax, mode, cval, origin, out));
    }

    static NDArray convolve1d(NDArray input, double[] weights, double[] weightsImag, int axis, Mode mode,
            double cval, double cvalImag, int origin, DType output) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights: no filter weights given");
        }
        if (weightsImag != null && weightsImag.length != weights.length) {
            throw new IllegalArgumentException("weightsImag: " + weightsImag.length + " values for " + weights.length
                    + " weights");
        }
        int o = -origin - ((weights.length & 1) == 0 ? 1 : 0);
        // SciPy pre-conjugates a convolution's weights to undo correlate1d's conjugation.
        return correlate1d(input, reverseAll(weights), weightsImag == null ? null : negate(reverseAll(weightsImag)),
                axis, mode, cval, cvalImag, o, output);
    }

    private static double[] negate(double[] w) {
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            r[i] = -w[i];
        }
        return r;
    }

    /** {@link FilterArgs#checkInput} for the filters that also take complex data. */
    static int checkComplexInput(NDArray input) {
        if (input != null && !input.isClosed() && input.dtype().isComplex()) {
            return input.ndim();
        }
        return checkInput(input);
    }

    static NDArray correlateOrConvolve(String op, NDArray input, NDArray weights, FilterOptions options,
            boolean convolution) {
        int nd = checkComplexInput(input);
        if (weights == null) {
            throw new IllegalArgumentException("weights: null");
        }
        int[] wshape = weights.shape();
        if (wshape.length != nd) {
            throw new IllegalArgumentException("weights has rank " + wshape.length + " (shape "
                    + Shapes.toString(wshape) + ") but the input has rank " + nd + " (shape "
                    + Shapes.toString(input.shape()) + "); they must be equal");
        }
        for (int a = 0; a < nd; a++) {
            if (wshape[a] < 1) {
                throw new IllegalArgumentException("weights has an empty axis (shape " + Shapes.toString(wshape) + ")");
            }
        }
        int[] origins = perAxis("origin", options.origin, nd, input);
        boolean cw = weights.dtype().isComplex();
        double[] w;
        double[] wImag = null;
        if (cw) {
            double[][] parts = complexParts(weights);
            w = parts[0];
            // As numpy.correlate, a correlation conjugates the weights rather than the input.
            wImag = convolution ? parts[1] : negate(parts[1]);
        } else {
            w = weights.toHost().toDoubles();
        }
        if (convolution) {
            w = reverseAll(w);
            wImag = wImag == null ? null : reverseAll(wImag);
            for (int a = 0; a < nd; a++) {
                origins[a] = -origins[a] - ((wshape[a] & 1) == 0 ? 1 : 0);
            }
        }
        checkOrigins(origins, wshape, "weights");
        Mode mode = checkMode(options.mode, "A sequence of modes is not supported");
        double cval = options.cval;
        double[] fw = w;
        if (ComplexFilters.applies(input, cw)) {
            ComplexFilters.checkCval(input, options.cvalImag);
            DType cout = ComplexFilters.complexOutput(input, options.output);
            double[] fi = wImag;
            return OpRouter.run(op, input, (backend, in) -> ComplexFilters.run(backend, in, cw, cval,
                    options.cvalImag, cout, (part, imagW, c, o) -> backend.ndimage().correlate(part,
                            imagW ? fi : fw, wshape, origins, mode, c, o)));
        }
        DType out = outputType(input, options.output);
        return OpRouter.run(op, input,
                (backend, in) -> backend.ndimage().correlate(in, fw, wshape, origins, mode, cval, out));
    }

    /** The real and imaginary parts of complex weights, as float64 (as SciPy's asarray of w.real, w.imag). */
    private static double[][] complexParts(NDArray weights) {
        Object data = weights.toHost().data();
        int n = weights.size();
        double[][] parts = new double[2][n];
        for (int i = 0; i < n; i++) {
            parts[0][i] = data instanceof float[] ? ((float[]) data)[2 * i] : ((double[]) data)[2 * i];
            parts[1][i] = data instanceof float[] ? ((float[]) data)[2 * i + 1] : ((double[]) data)[2 * i + 1];
        }
        return parts;
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
