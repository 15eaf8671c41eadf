package org.sciaccel.ndimage;

import static org.sciaccel.ndimage.FilterArgs.fill;
import static org.sciaccel.ndimage.FilterArgs.outputType;
import static org.sciaccel.ndimage.FilterArgs.perAxis;

import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * The derivative filters behind {@link Ndimage}: {@code sobel}, {@code prewitt}, {@code laplace} and
 * {@code generic_gradient_magnitude}, and SciPy's way of combining one part per axis that the Gaussian
 * derivatives share.
 */
final class DerivativeFilters {
    private DerivativeFilters() {
    }

    static NDArray edge(String op, Ndimage.Derivative d, NDArray input, int axis, Mode[] mode, double cval,
            DType output) {
        int nd = Correlations.checkComplexInput(input);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        Mode[] modes = perAxis("mode", mode, nd, input);
        if (input.dtype().isComplex()) {
            // Linear: SciPy's correlate1d passes filter each component (real cval: zero imaginary part).
            DType cout = complexOutput(input, output);
            return OpRouter.run(op, input, (backend, in) -> ComplexFilters.run(backend, in, false, cval, 0.0, cout,
                    (part, imagW, c, o) -> edgeOn(backend, part, d, ax, modes, c, o)));
        }
        DType out = outputType(input, output);
        return OpRouter.run(op, input, (backend, in) -> edgeOn(backend, in, d, ax, modes, cval, out));
    }

    private static NDArray edgeOn(Backend backend, NDArray in, Ndimage.Derivative d, int axis, Mode[] modes,
            double cval, DType out) {
        NDArray current = backend.ndimage().correlate1d(in, new double[] {-1, 0, 1}, axis, modes[axis], cval, 0, out);
        for (int ii = 0; ii < in.ndim(); ii++) {
            if (ii == axis) {
                continue;
            }
            NDArray next = backend.ndimage().correlate1d(current, d.smooth, ii, modes[ii], cval, 0, out);
            current.close();
            current = next;
        }
        return current;
    }

    /**
     * SciPy's derivative filters keep a complex input's dtype ({@code _get_output(output, input)}); a real
     * output dtype fails in correlate1d ("output must have complex dtype").
     */
    private static DType complexOutput(NDArray input, DType output) {
        if (output != null && !output.isComplex()) {
            throw new IllegalArgumentException("output: must have complex dtype for the complex input, not " + output);
        }
        return ComplexFilters.complexOutput(input, output);
    }

    static NDArray laplace(NDArray input, Mode[] mode, double cval, DType output) {
        int nd = Correlations.checkComplexInput(input);
        Mode[] modes = perAxis("mode", mode, nd, input);
        if (input.dtype().isComplex()) {
            // generic_laplace adds the parts in the output's dtype, component by component for complex.
            DType cout = complexOutput(input, output);
            return OpRouter.run("ndimage.laplace", input, (backend, in) -> ComplexFilters.run(backend, in, false, cval,
                    0.0, cout, (part, imagW, c, o) -> combineAxes(backend, part, o, false,
                            ax -> backend.ndimage().correlate1d(part, new double[] {1, -2, 1}, ax, modes[ax], c, 0, o))));
        }
        DType out = outputType(input, output);
        return OpRouter.run("ndimage.laplace", input, (backend, in) -> combineAxes(backend, in, out, false,
                ax -> backend.ndimage().correlate1d(in, new double[] {1, -2, 1}, ax, modes[ax], cval, 0, out)));
    }

    static NDArray gradientMagnitude(NDArray input, Ndimage.Derivative derivative, Mode[] mode, double cval,
            DType output) {
        int nd = Correlations.checkComplexInput(input);
        if (derivative == null) {
            throw new IllegalArgumentException("derivative: null");
        }
        Mode[] modes = perAxis("mode", mode, nd, input);
        if (input.dtype().isComplex()) {
            // Each axis's derivative filtered component by component (as sobel / prewitt), then NumPy's
            // complex squares, sum and principal square root in the output's dtype.
            DType cout = complexOutput(input, output);
            return OpRouter.run("ndimage.generic_gradient_magnitude", input, (backend, in) -> combineAxes(backend,
                    in, cout, true, ax -> ComplexFilters.run(backend, in, false, cval, 0.0, cout,
                            (part, imagW, c, o) -> edgeOn(backend, part, derivative, ax, fill(modes[ax], nd), c, o))));
        }
        DType out = outputType(input, output);
        return OpRouter.run("ndimage.generic_gradient_magnitude", input, (backend, in) -> combineAxes(backend, in,
                out, true, ax -> edgeOn(backend, in, derivative, ax, fill(modes[ax], nd), cval, out)));
    }

    static NDArray gradientMagnitude(NDArray input, Ndimage.AxisDerivative derivative, Mode[] mode, double cval,
            DType output) {
        int nd = Correlations.checkComplexInput(input);
        if (derivative == null) {
            throw new IllegalArgumentException("derivative: null");
        }
        Mode[] modes = perAxis("mode", mode, nd, input);
        // A complex input keeps its dtype (SciPy's _get_output); the parts combine in complex arithmetic.
        DType out = input.dtype().isComplex() ? complexOutput(input, output) : outputType(input, output);
        if (nd == 0) {
            return input.astype(out);
        }
        NDArray[] parts = new NDArray[nd];
        try {
            for (int ax = 0; ax < nd; ax++) {
                NDArray d = derivative.apply(input, ax, modes[ax], cval);
                if (d == null || !java.util.Arrays.equals(d.shape(), input.shape())) {
                    if (d != null) {
                        d.close();
                    }
                    throw new IllegalArgumentException("derivative: returned " + (d == null ? "null"
                            : "an array of shape " + Shapes.toString(d.shape())) + " for axis " + ax
                            + "; the input's shape is " + Shapes.toString(input.shape()));
                }
                parts[ax] = d.dtype() == out ? d : cast(d, out);
            }
            return OpRouter.array("ndimage.generic_gradient_magnitude",
                    (backend, in) -> backend.ndimage().combineParts(in, true, true), parts);
        } finally {
            for (NDArray p : parts) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }

    private static NDArray cast(NDArray d, DType out) {
        try (d) {
            return d.astype(out);
        }
    }

    /** The part of one axis. */
    interface AxisPart {
        NDArray of(int axis);
    }

    /**
     * SciPy's generic_laplace / generic_gradient_magnitude: one part per axis, combined in the
     * output dtype; a 0-d input is copied.
     */
    static NDArray combineAxes(Backend backend, NDArray in, DType out, boolean magnitude,
            AxisPart part) {
        int nd = in.ndim();
        if (nd == 0) {
            return backend.astype(in, out);
        }
        NDArray[] parts = new NDArray[nd];
        try {
            for (int ax = 0; ax < nd; ax++) {
                parts[ax] = part.of(ax);
            }
            return backend.ndimage().combineParts(parts, magnitude, magnitude);
        } finally {
            for (NDArray p : parts) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }
}
