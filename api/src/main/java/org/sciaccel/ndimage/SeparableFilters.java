package org.sciaccel.ndimage;

import static org.sciaccel.ndimage.FilterArgs.check1d;
import static org.sciaccel.ndimage.FilterArgs.checkExtendedLine;
import static org.sciaccel.ndimage.FilterArgs.checkInput;
import static org.sciaccel.ndimage.FilterArgs.checkMode;
import static org.sciaccel.ndimage.FilterArgs.checkOrigins;
import static org.sciaccel.ndimage.FilterArgs.outputType;
import static org.sciaccel.ndimage.FilterArgs.perAxis;

import org.sciaccel.Backend;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.Shapes;

/**
 * The uniform, minimum and maximum filters behind {@link Ndimage}: 1-D passes along each axis over a box
 * (cost independent of the size), and the element-by-element minimum or maximum over a footprint that is not
 * a full box.
 */
final class SeparableFilters {
    private SeparableFilters() {
    }

    static NDArray uniform1d(NDArray input, int size, int axis, Mode mode, double cval, double cvalImag,
            int origin, DType output) {
        int nd = Correlations.checkComplexInput(input);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        check1d(size, origin, mode);
        checkExtendedLine(input.shape(), ax, size);
        if (input.dtype().isComplex()) {
            // SciPy filters input.real and input.imag into output.real and output.imag.
            DType cout = ComplexFilters.complexOutput(input, output);
            return OpRouter.run("ndimage.uniform_filter1d", input, (backend, in) -> ComplexFilters.run(backend, in,
                    false, cval, cvalImag, cout, (part, imagW, c, o) -> backend.ndimage().uniformFilter1d(part, size,
                            ax, mode, c, origin, o)));
        }
        ComplexFilters.checkCval(input, cvalImag);
        DType out = outputType(input, output);
        return OpRouter.run("ndimage.uniform_filter1d", input,
                (backend, in) -> backend.ndimage().uniformFilter1d(in, size, ax, mode, cval, origin, out));
    }

    static NDArray uniform(NDArray input, int[] size, FilterOptions options) {
        int nd = Correlations.checkComplexInput(input);
        int[] sizes = perAxis("size", size, nd, input);
        int[] origins = perAxis("origin", options.origin, nd, input);
        Mode[] modes = perAxis("mode", options.mode, nd, input);
        checkPassed(input.shape(), sizes, origins, modes);
        double cval = options.cval;
        if (input.dtype().isComplex()) {
            // Each pass filters the components into the output's (intermediates in its component dtype).
            DType cout = ComplexFilters.complexOutput(input, options.output);
            return OpRouter.run("ndimage.uniform_filter", input, (backend, in) -> ComplexFilters.run(backend, in,
                    false, cval, options.cvalImag, cout, (part, imagW, c, o) -> passes(backend, part, sizes, o,
                            (cur, ax) -> backend.ndimage().uniformFilter1d(cur, sizes[ax], ax, modes[ax], c,
                                    origins[ax], o))));
        }
        ComplexFilters.checkCval(input, options.cvalImag);
        DType out = outputType(input, options.output);
        return OpRouter.run("ndimage.uniform_filter", input, (backend, in) -> passes(backend, in, sizes, out,
                (cur, ax) -> backend.ndimage().uniformFilter1d(cur, sizes[ax], ax, modes[ax], cval, origins[ax], out)));
    }

    static NDArray minMax1d(String op, NDArray input, int size, int axis, Mode mode, double cval, int origin,
            boolean maximum, DType output) {
        int nd = checkInput(input);
        int ax = Shapes.normalizeAxis("axis", axis, nd);
        check1d(size, origin, mode);
        checkExtendedLine(input.shape(), ax, size);
        DType out = outputType(input, output);
        return OpRouter.run(op, input,
                (backend, in) -> backend.ndimage().minMaxFilter1d(in, size, ax, mode, cval, origin, maximum, out));
    }

    static NDArray minMaxBox(String op, NDArray input, int[] size, FilterOptions options, boolean maximum) {
        int nd = checkInput(input);
        int[] sizes = perAxis("size", size, nd, input);
        int[] origins = perAxis("origin", options.origin, nd, input);
        Mode[] modes = perAxis("mode", options.mode, nd, input);
        return minMax(op, input, sizes, origins, modes, options.cval, maximum,
                outputType(input, options.output));
    }

    static NDArray minMaxFootprint(String op, NDArray input, NDArray footprint, FilterOptions options,
            boolean maximum) {
        int nd = checkInput(input);
        RankFilters.Footprint f = RankFilters.footprintOf(input, footprint);
        int[] origins = perAxis("origin", options.origin, nd, input);
        DType out = outputType(input, options.output);
        if (f.count == f.mask.length) {
            // SciPy turns a full footprint into sizes and runs the separable path, whose checks
            // are those of the passes it makes (checkPassed).
            return minMax(op, input, f.shape, origins, perAxis("mode", options.mode, nd, input),
                    options.cval, maximum, out);
        }
        checkOrigins(origins, f.shape, "footprint");
        Mode mode = checkMode(options.mode, "A sequence of modes is not supported for non-separable footprints");
        // SciPy's non-separable path converts cval to the input's type first.
        double cval = Casting.castTo(options.cval, input.dtype());
        return OpRouter.run(op, input, (backend, in) -> backend.ndimage().minMaxFilter(in, f.mask, f.shape, origins,
                mode, cval, maximum, out));
    }

    static NDArray minMax(String op, NDArray input, int[] sizes, int[] origins, Mode[] modes,
            double cval, boolean maximum, DType out) {
        checkPassed(input.shape(), sizes, origins, modes);
        return OpRouter.run(op, input, (backend, in) -> passes(backend, in, sizes, out,
                (cur, ax) -> backend.ndimage().minMaxFilter1d(cur, sizes[ax], ax, modes[ax], cval, origins[ax],
                        maximum, out)));
    }

    /**
     * The checks of the separable filters: SciPy filters only the axes whose size is above 1 (the
     * others, a size of 0 or 1 or below, are left as they are: its own test_uniform02 passes size
     * [0]), and checks origin and mode in the 1-D filter of each pass, so only those axes.
     */
    private static void checkPassed(int[] shape, int[] sizes, int[] origins, Mode[] modes) {
        for (int a = 0; a < sizes.length; a++) {
            if (sizes[a] > 1) {
                check1d(sizes[a], origins[a], modes[a]);
                checkExtendedLine(shape, a, sizes[a]);
            }
        }
    }

    /** One 1-D pass of a separable filter. */
    private interface Pass {
        NDArray apply(NDArray current, int axis);
    }

    /**
     * Runs {@code pass} along each axis whose size is above 1, in axis order, closing intermediates;
     * with no such axis the result is the input converted to {@code out}, as SciPy's copy.
     */
    private static NDArray passes(Backend backend, NDArray in, int[] sizes, DType out, Pass pass) {
        NDArray current = in;
        for (int ax = 0; ax < sizes.length; ax++) {
            if (sizes[ax] <= 1) {
                continue;
            }
            NDArray next = pass.apply(current, ax);
            if (current != in) {
                current.close();
            }
            current = next;
        }
        return current == in ? backend.astype(in, out) : current;
    }
}
