package org.sciaccel.ndimage;

import static org.sciaccel.ndimage.FilterArgs.SIGMA_SKIP;
import static org.sciaccel.ndimage.FilterArgs.checkOrder;
import static org.sciaccel.ndimage.FilterArgs.checkRadius;
import static org.sciaccel.ndimage.FilterArgs.checkSigma;
import static org.sciaccel.ndimage.FilterArgs.checkTruncate;
import static org.sciaccel.ndimage.FilterArgs.outputType;
import static org.sciaccel.ndimage.FilterArgs.perAxis;
import static org.sciaccel.ndimage.FilterArgs.single;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * The Gaussian filters behind {@link Ndimage}: {@code gaussian_filter}, {@code gaussian_filter1d} and the
 * Gaussian derivatives ({@code gaussian_laplace}, {@code gaussian_gradient_magnitude}), as 1-D correlation
 * passes with SciPy's kernels, each pass stored in the output dtype.
 */
final class GaussianFilters {
    private GaussianFilters() {
    }

    static NDArray filter(NDArray input, double[] sigma, GaussianOptions options) {
        int nd = Correlations.checkComplexInput(input);
        double[] sigmas = perAxis("sigma", sigma, nd, input);
        int[] orders = perAxis("order", options.order, nd, input);
        Mode[] modes = perAxis("mode", options.mode, nd, input);
        int[] radii = options.radius == null ? null : perAxis("radius", options.radius, nd, input);
        DType out = input.dtype().isComplex() ? null : outputType(input, options.output);
        checkTruncate(options.truncate);
        double[][] weights = new double[nd][];
        for (int ax = 0; ax < nd; ax++) {
            checkSigma(sigmas[ax]);
            checkOrder(orders[ax]);
            if (radii != null) {
                checkRadius(radii[ax]);
            }
            if (sigmas[ax] > SIGMA_SKIP) {
                int r = radii != null ? radii[ax] : GaussianKernel.radius(sigmas[ax], options.truncate);
                weights[ax] = GaussianKernel.correlationWeights(sigmas[ax], orders[ax], r);
            }
        }
        double cval = options.cval;
        if (input.dtype().isComplex()) {
            DType cout = complexOutput(input, options.output);
            return OpRouter.run("ndimage.gaussian_filter", input, (backend, in) -> ComplexFilters.run(backend, in,
                    false, cval, options.cvalImag, cout, (part, imagW, c, o) -> passes(backend, part, weights, modes,
                            c, o)));
        }
        ComplexFilters.checkCval(input, options.cvalImag);
        return OpRouter.run("ndimage.gaussian_filter", input, (backend, in) -> passes(backend, in, weights, modes,
                cval, out));
    }

    /**
     * SciPy's gaussian filters keep a complex input's dtype ({@code _get_output(output, input)}); a real
     * output dtype fails in correlate1d ("output must have complex dtype").
     */
    private static DType complexOutput(NDArray input, DType output) {
        if (output != null && !output.isComplex()) {
            throw new IllegalArgumentException("output: must have complex dtype for the complex input, not " + output);
        }
        return ComplexFilters.complexOutput(input, output);
    }

    /** The 1-D correlation passes of gaussian_filter, each stored as {@code out}. */
    private static NDArray passes(org.sciaccel.Backend backend, NDArray in, double[][] weights, Mode[] modes,
            double cval, DType out) {
        {
            int nd = weights.length;
            NDArray current = in;
            for (int ax = 0; ax < nd; ax++) {
                if (weights[ax] == null) {
                    continue;
                }
                NDArray next = backend.ndimage().correlate1d(current, weights[ax], ax, modes[ax], cval, 0, out);
                if (current != in) {
                    current.close();
                }
                current = next;
            }
            return current == in ? backend.astype(in, out) : current;
        }
    }

    static NDArray filter1d(NDArray input, double sigma, int axis, GaussianOptions options) {
        int nd = Correlations.checkComplexInput(input);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        checkSigma(sigma);
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma=" + sigma + " must be positive for gaussian_filter1d");
        }
        int order = single("order", options.order);
        Mode mode = single("mode", options.mode);
        checkOrder(order);
        checkTruncate(options.truncate);
        int r;
        if (options.radius != null) {
            r = single("radius", options.radius);
            checkRadius(r);
        } else {
            r = GaussianKernel.radius(sigma, options.truncate);
        }
        double[] w = GaussianKernel.correlationWeights(sigma, order, r);
        double cval = options.cval;
        if (input.dtype().isComplex()) {
            DType cout = complexOutput(input, options.output);
            return OpRouter.run("ndimage.gaussian_filter1d", input, (backend, in) -> ComplexFilters.run(backend, in,
                    false, cval, options.cvalImag, cout, (part, imagW, c, o) -> backend.ndimage().correlate1d(part, w,
                            ax, mode, c, 0, o)));
        }
        ComplexFilters.checkCval(input, options.cvalImag);
        DType out = outputType(input, options.output);
        return OpRouter.run("ndimage.gaussian_filter1d", input,
                (backend, in) -> backend.ndimage().correlate1d(in, w, ax, mode, cval, 0, out));
    }

    /**
     * gaussian_laplace ({@code order} 2, summed) and gaussian_gradient_magnitude ({@code order} 1, the
     * root of the summed squares): SciPy's generic_laplace / generic_gradient_magnitude over
     * gaussian_filter. A complex input keeps its dtype, each axis's part filtered component by
     * component (cval's imaginary part zero, as SciPy's {@code numpy.imag} of a real cval) and the parts
     * combined in complex arithmetic: component-wise sums for the Laplacian, NumPy's complex squares and
     * principal square root for the magnitude.
     */
    static NDArray derivatives(String op, NDArray input, double[] sigma, Mode[] mode, double cval,
            double truncate, DType output, int order, boolean magnitude) {
        int nd = Correlations.checkComplexInput(input);
        double[] sigmas = perAxis("sigma", sigma, nd, input);
        Mode[] modes = perAxis("mode", mode, nd, input);
        checkTruncate(truncate);
        double[][] smooth = new double[nd][];
        double[][] deriv = new double[nd][];
        for (int a = 0; a < nd; a++) {
            checkSigma(sigmas[a]);
            if (sigmas[a] > SIGMA_SKIP) {
                int r = GaussianKernel.radius(sigmas[a], truncate);
                smooth[a] = GaussianKernel.correlationWeights(sigmas[a], 0, r);
                deriv[a] = GaussianKernel.correlationWeights(sigmas[a], order, r);
            }
        }
        if (input.dtype().isComplex()) {
            DType cout = complexOutput(input, output);
            return OpRouter.run(op, input, (backend, in) -> {
                if (!magnitude) {
                    // Complex sums are component-wise: the real composition of each component.
                    return ComplexFilters.run(backend, in, false, cval, 0.0, cout, (part, imagW, c, o) ->
                            DerivativeFilters.combineAxes(backend, part, o, false,
                                    ax -> alongAxis(backend, part, ax, smooth, deriv, modes, c, o)));
                }
                return DerivativeFilters.combineAxes(backend, in, cout, true, ax -> ComplexFilters.run(backend, in,
                        false, cval, 0.0, cout, (part, imagW, c, o) -> alongAxis(backend, part, ax, smooth, deriv,
                                modes, c, o)));
            });
        }
        DType out = outputType(input, output);
        return OpRouter.run(op, input, (backend, in) -> DerivativeFilters.combineAxes(backend, in, out, magnitude,
                ax -> alongAxis(backend, in, ax, smooth, deriv, modes, cval, out)));
    }

    /**
     * The part of axis {@code ax}: gaussian_filter(input, sigma, order=[.. order on ax ..], output,
     * modes[ax], cval), the axis's mode applied to every pass as SciPy passes it.
     */
    private static NDArray alongAxis(org.sciaccel.Backend backend, NDArray in, int ax, double[][] smooth,
            double[][] deriv, Mode[] modes, double cval, DType out) {
        NDArray current = in;
        for (int a = 0; a < smooth.length; a++) {
            double[] w = a == ax ? deriv[a] : smooth[a];
            if (w == null) {
                continue;
            }
            NDArray next = backend.ndimage().correlate1d(current, w, a, modes[ax], cval, 0, out);
            if (current != in) {
                current.close();
            }
            current = next;
        }
        return current == in ? backend.astype(in, out) : current;
    }
}
