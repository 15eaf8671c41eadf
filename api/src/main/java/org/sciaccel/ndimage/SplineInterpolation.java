package org.sciaccel.ndimage;

import java.util.Arrays;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.SplineSampling;

/**
 * SciPy 1.10's {@code ndimage._interpolation} over the {@link org.sciaccel.spi.InterpolationOps}
 * primitives: the arguments checked with SciPy's errors, the input padded and prefiltered as
 * SciPy's {@code _prepad_for_spline_filter} and {@code spline_filter} do, then one sampling pass.
 */
final class SplineInterpolation {
    /** SciPy pads by this much for the modes whose spline boundary it has no exact rule for. */
    private static final int NPAD = 12;

    private SplineInterpolation() {
    }

    static NDArray splineFilter1d(NDArray input, int order, int axis, DType output, Mode mode) {
        requireOrder(order, 0);
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, output == null ? DType.FLOAT64 : output, 0,
                    (part, cval, comp) -> splineFilter1d(part, order, axis, comp, mode));
        }
        requireMode(mode);
        DType out = outputType(output == null ? DType.FLOAT64 : output);
        int ax = Shapes.normalizeAxis("axis", axis, input.ndim());
        return OpRouter.run("ndimage.spline_filter1d", input, (b, x) -> order < 2 ? x.astype(out)
                : b.interpolation().splineFilter1d(x, order, ax, mode, out));
    }

    static NDArray splineFilter(NDArray input, int order, DType output, Mode mode) {
        if (order < 2 || order > 5) {
            throw SciPyArgumentException.runtimeError("order: spline order " + order
                    + " not supported (spline_filter takes 2 to 5)");
        }
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, output == null ? DType.FLOAT64 : output, 0,
                    (part, cval, comp) -> splineFilter(part, order, comp, mode));
        }
        requireMode(mode);
        DType out = outputType(output == null ? DType.FLOAT64 : output);
        return OpRouter.run("ndimage.spline_filter", input, (b, x) -> {
            if (x.ndim() == 0) {
                return x.astype(out);
            }
            boolean[] all = new boolean[x.ndim()];
            Arrays.fill(all, true);
            return filterAxes(b, x, order, mode, out, all);
        });
    }

    static NDArray mapCoordinates(NDArray input, NDArray coordinates, InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        requireOrder(options.order, 0);
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval,
                    (part, cval, comp) -> mapCoordinates(part, coordinates, options.copy().output(comp).cval(cval)));
        }
        if (coordinates == null) {
            throw new IllegalArgumentException("coordinates: null");
        }
        if (coordinates.dtype().isComplex()) {
            throw SciPyArgumentException.typeError("coordinates: Complex type not supported (dtype "
                    + coordinates.dtype() + ")");
        }
        int[] cshape = coordinates.shape();
        if (input.ndim() < 1 || cshape.length < 2) {
            throw SciPyArgumentException.runtimeError("coordinates: input and output rank must be > 0 (input "
                    + Shapes.toString(input.shape()) + ", coordinates " + Shapes.toString(cshape) + ")");
        }
        if (cshape[0] != input.ndim()) {
            throw SciPyArgumentException.runtimeError("coordinates: invalid shape for coordinate array: shape "
                    + Shapes.toString(cshape) + " must start with the input's " + input.ndim() + " dimensions (input "
                    + Shapes.toString(input.shape()) + ")");
        }
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.array("ndimage.map_coordinates", (b, in) -> {
            Coefficients c = coefficients(b, in[0], options, allAxes(in[0].ndim()));
            // float64 coordinates are read as they are (a 16-byte-per-point copy saved)
            NDArray coords = in[1].dtype() == DType.FLOAT64 ? in[1] : in[1].astype(DType.FLOAT64);
            try (c) {
                return b.interpolation().mapCoordinates(c.array, coords, c.sampling(options, out));
            } finally {
                if (coords != in[1]) {
                    coords.close();
                }
            }
        }, input, coordinates);
    }

    static NDArray affineTransform(NDArray input, NDArray matrix, double[] offset, int[] outputShape,
            InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        requireOrder(options.order, 0);
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval, (part, cval, comp) -> affineTransform(part,
                    matrix, offset, outputShape, options.copy().output(comp).cval(cval)));
        }
        int nd = input.ndim();
        int[] outShape = outputShape == null ? input.shape() : outputShape.clone();
        if (nd < 1 || outShape.length < 1) {
            throw SciPyArgumentException.runtimeError("input: input and output rank must be > 0 (input "
                    + Shapes.toString(input.shape()) + ", output_shape " + Shapes.toString(outShape) + ")");
        }
        requireShape(outShape);
        if (matrix == null) {
            throw new IllegalArgumentException("matrix: null");
        }
        int[] mshape = matrix.shape();
        double[] m = matrix.astype(DType.FLOAT64).toHostAndClose().toDoubles();
        if (mshape.length < 1 || mshape.length > 2 || mshape[0] < 1) {
            throw SciPyArgumentException.runtimeError("matrix: no proper affine matrix provided (shape "
                    + Shapes.toString(mshape) + ")");
        }
        double[] off = null;
        if (mshape.length == 2 && mshape[1] == nd + 1 && (mshape[0] == nd || mshape[0] == nd + 1)) {
            if (mshape[0] == nd + 1) {
                for (int j = 0; j <= nd; j++) {
                    if (m[nd * (nd + 1) + j] != (j == nd ? 1.0 : 0.0)) {
                        throw new IllegalArgumentException("matrix: Expected homogeneous transformation matrix with "
                                + "shape " + Shapes.toString(mshape) + " for image shape " + Shapes.toString(input.shape())
                                + ", but bottom row was not equal to [0, ..., 0, 1]");
                    }
                }
            }
            off = new double[nd];
            double[] square = new double[nd * nd];
            for (int i = 0; i < nd; i++) {
                off[i] = m[i * (nd + 1) + nd];
                System.arraycopy(m, i * (nd + 1), square, i * nd, nd);
            }
            m = square;
            mshape = new int[] {nd, nd};
        }
        if (mshape[0] != nd) {
            throw SciPyArgumentException.runtimeError("matrix: affine matrix has wrong number of rows: shape "
                    + Shapes.toString(mshape) + " for an input of " + nd + " dimensions");
        }
        if (mshape.length == 2 && mshape[1] != outShape.length) {
            throw SciPyArgumentException.runtimeError("matrix: affine matrix has wrong number of columns: shape "
                    + Shapes.toString(mshape) + " for an output of " + outShape.length + " dimensions");
        }
        if (mshape.length == 1 && outShape.length != nd) {
            throw new IllegalArgumentException("output_shape: a diagonal matrix needs an output of the input's "
                    + nd + " dimensions, got " + Shapes.toString(outShape));
        }
        double[] shiftBy = off != null ? off : perAxis("offset", offset == null ? new double[] {0.0} : offset, nd);
        double[] mat = m;
        boolean diagonal = mshape.length == 1;
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.run("ndimage.affine_transform", input, (b, x) -> {
            try (Coefficients c = coefficients(b, x, options, allAxes(nd))) {
                SplineSampling s = c.sampling(options, out);
                if (diagonal) {
                    // SciPy samples a diagonal matrix separably at (o + offset / m) * m
                    double[] shift = new double[nd];
                    for (int d = 0; d < nd; d++) {
                        shift[d] = shiftBy[d] / mat[d];
                    }
                    return b.interpolation().zoomShift(c.array, mat, shift, false, outShape, s);
                }
                return b.interpolation().affineTransform(c.array, mat, shiftBy, outShape, s);
            }
        });
    }

    static NDArray shift(NDArray input, double[] shift, InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        requireOrder(options.order, 0);
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval,
                    (part, cval, comp) -> shift(part, shift, options.copy().output(comp).cval(cval)));
        }
        requireRank(input);
        if (shift == null) {
            throw new IllegalArgumentException("shift: null");
        }
        double[] s = perAxis("shift", shift, input.ndim());
        double[] negated = new double[s.length];
        for (int d = 0; d < s.length; d++) {
            negated[d] = -s[d];
        }
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.run("ndimage.shift", input, (b, x) -> {
            try (Coefficients c = coefficients(b, x, options, allAxes(x.ndim()))) {
                return b.interpolation().zoomShift(c.array, null, negated, false, x.shape(), c.sampling(options, out));
            }
        });
    }

    static NDArray zoom(NDArray input, double[] zoom, InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        requireOrder(options.order, 0);
        requireInput(input);
        if (input.dtype().isComplex()) {
            // SciPy 1.10 zooms the parts without passing grid_mode on: they zoom with grid_mode=False
            return viaComponents(input, options.output, options.cval,
                    (part, cval, comp) -> zoom(part, zoom, options.copy().output(comp).cval(cval).gridMode(false)));
        }
        requireRank(input);
        if (zoom == null) {
            throw new IllegalArgumentException("zoom: null");
        }
        int nd = input.ndim();
        double[] z = perAxis("zoom", zoom, nd);
        int[] inShape = input.shape();
        int[] outShape = new int[nd];
        double[] factors = new double[nd];
        for (int d = 0; d < nd; d++) {
            if (!(z[d] > 0) || Double.isInfinite(z[d])) {
                throw new IllegalArgumentException("zoom: factor " + z[d] + " for axis " + d + " must be finite and"
                        + " > 0 (input " + Shapes.toString(inShape) + ")");
            }
            double size = Math.rint(inShape[d] * z[d]);
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("zoom: factor " + z[d] + " makes axis " + d + " too long");
            }
            outShape[d] = (int) size;
            long div = options.gridMode ? outShape[d] : outShape[d] - 1L;
            long num = options.gridMode ? inShape[d] : inShape[d] - 1L;
            factors[d] = div != 0 ? (double) num / (double) div : 1.0;
        }
        requireShape(outShape);
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        boolean grid = options.gridMode;
        return OpRouter.run("ndimage.zoom", input, (b, x) -> {
            try (Coefficients c = coefficients(b, x, options, allAxes(nd))) {
                return b.interpolation().zoomShift(c.array, factors, null, grid, outShape, c.sampling(options, out));
            }
        });
    }

    static NDArray rotate(NDArray input, double angle, int[] axes, boolean reshape, InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        requireInput(input);
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval,
                    (part, cval, comp) -> rotate(part, angle, axes, reshape, options.copy().output(comp).cval(cval)));
        }
        int nd = input.ndim();
        if (nd < 2) {
            throw new IllegalArgumentException("input: input array should be at least 2D (shape "
                    + Shapes.toString(input.shape()) + ")");
        }
        if (axes == null || axes.length != 2) {
            throw new IllegalArgumentException("axes: axes should contain exactly two values, got "
                    + (axes == null ? "null" : Arrays.toString(axes)));
        }
        int a0 = axes[0] < 0 ? axes[0] + nd : axes[0];
        int a1 = axes[1] < 0 ? axes[1] + nd : axes[1];
        if (a0 < 0 || a1 < 0 || a0 >= nd || a1 >= nd) {
            throw new IllegalArgumentException("axes: invalid rotation plane specified: " + Arrays.toString(axes)
                    + " for an input of " + nd + " dimensions");
        }
        requireOrder(options.order, 0);
        int p = Math.min(a0, a1);
        int q = Math.max(a0, a1);
        double c = DegreeTrig.cosdg(angle);
        double s = DegreeTrig.sindg(angle);
        int[] shape = input.shape();
        int iy = shape[p];
        int ix = shape[q];
        int[] outShape = shape.clone();
        if (reshape) {
            // the rotated corners (0,0), (0,ix), (iy,0), (iy,ix): their extent, + 0.5, truncated
            double[] r0 = {0.0, s * ix, c * iy, c * iy + s * ix};
            double[] r1 = {0.0, c * ix, -s * iy, -s * iy + c * ix};
            outShape[p] = (int) (ptp(r0) + 0.5);
            outShape[q] = (int) (ptp(r1) + 0.5);
        }
        double oy = (outShape[p] - 1) / 2.0;
        double ox = (outShape[q] - 1) / 2.0;
        double[] offset = new double[nd];
        offset[p] = (iy - 1) / 2.0 - (c * oy + s * ox);
        offset[q] = (ix - 1) / 2.0 - (-s * oy + c * ox);
        // Every plane parallel to the axes rotates alike: the other axes map to themselves with order 0,
        // and only the plane's axes are padded and prefiltered, as SciPy's plane-by-plane calls do.
        double[] matrix = new double[nd * nd];
        for (int d = 0; d < nd; d++) {
            matrix[d * nd + d] = 1.0;
        }
        matrix[p * nd + p] = c;
        matrix[p * nd + q] = s;
        matrix[q * nd + p] = -s;
        matrix[q * nd + q] = c;
        boolean[] plane = new boolean[nd];
        plane[p] = true;
        plane[q] = true;
        requireShape(outShape);
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.run("ndimage.rotate", input, (b, x) -> {
            try (Coefficients co = coefficients(b, x, options, plane)) {
                return b.interpolation().affineTransform(co.array, matrix, offset, outShape, co.sampling(options, out));
            }
        });
    }

    static NDArray geometricTransform(NDArray input, String mapping, int[] outputShape, InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        int[] outShape = geometricShape(input, outputShape, options);
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval, (part, cval, comp) -> geometricTransform(part,
                    mapping, outputShape, options.copy().output(comp).cval(cval)));
        }
        MappingProgram program = MappingFormula.compile(mapping, input.ndim(), outShape.length);
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.run("ndimage.geometric_transform", input, (b, x) -> {
            try (Coefficients c = coefficients(b, x, options, allAxes(x.ndim()))) {
                return b.interpolation().geometricTransform(c.array, program, outShape, c.sampling(options, out));
            }
        });
    }

    static NDArray geometricTransform(NDArray input, GeometricMapping mapping, int[] outputShape,
            InterpolationOptions o) {
        InterpolationOptions options = requireOptions(o);
        int[] outShape = geometricShape(input, outputShape, options);
        if (mapping == null) {
            throw new IllegalArgumentException("mapping: null");
        }
        if (input.dtype().isComplex()) {
            return viaComponents(input, options.output, options.cval, (part, cval, comp) -> geometricTransform(part,
                    mapping, outputShape, options.copy().output(comp).cval(cval)));
        }
        DType out = outputType(options.output == null ? input.dtype() : options.output);
        return OpRouter.runOnHost("ndimage.geometric_transform", "with a Java mapping function", input, (b, x) -> {
            try (Coefficients c = coefficients(b, x, options, allAxes(x.ndim()))) {
                return b.interpolation().geometricTransform(c.array, mapping, outShape, c.sampling(options, out));
            }
        });
    }

    /** geometric_transform's checks in SciPy's order; the output shape (the input's when null). */
    private static int[] geometricShape(NDArray input, int[] outputShape, InterpolationOptions options) {
        requireOrder(options.order, 0);
        requireInput(input);
        int[] outShape = outputShape == null ? input.shape() : outputShape.clone();
        if (input.ndim() < 1 || outShape.length < 1) {
            throw SciPyArgumentException.runtimeError("input: input and output rank must be > 0 (input "
                    + Shapes.toString(input.shape()) + ", output_shape " + Shapes.toString(outShape) + ")");
        }
        requireShape(outShape);
        return outShape;
    }

    private static double ptp(double[] v) {
        double lo = v[0];
        double hi = v[0];
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }

    // ---- prefiltering ----

    /** The array an op samples: the input itself, or its padded and prefiltered float64 coefficients. */
    private static final class Coefficients implements AutoCloseable {
        final NDArray array;
        final int[] npad;
        final int[] orders;
        private final boolean owned;

        Coefficients(NDArray array, int[] npad, int[] orders, boolean owned) {
            this.array = array;
            this.npad = npad;
            this.orders = orders;
            this.owned = owned;
        }

        SplineSampling sampling(InterpolationOptions o, DType out) {
            return new SplineSampling(orders, npad, o.mode, o.cval, out);
        }

        @Override
        public void close() {
            if (owned) {
                array.close();
            }
        }
    }

    /**
     * SciPy's prefilter for an interpolating op: with {@code prefilter} and an order above 1, the
     * input padded by 12 along the interpolated axes for {@code nearest} (edge values) and
     * {@code grid-constant} (cval, converted to the input's dtype as {@code numpy.pad} does), then
     * spline-filtered along those axes into float64.
     */
    private static Coefficients coefficients(Backend b, NDArray x, InterpolationOptions o, boolean[] axes) {
        int nd = x.ndim();
        int[] orders = new int[nd];
        for (int d = 0; d < nd; d++) {
            orders[d] = axes[d] ? o.order : 0;
        }
        int[] npad = new int[nd];
        if (!o.prefilter || o.order <= 1) {
            return new Coefficients(x, npad, orders, false);
        }
        NDArray padded = x;
        if (o.mode == Mode.NEAREST || o.mode == Mode.GRID_CONSTANT) {
            int[][] widths = new int[nd][];
            for (int d = 0; d < nd; d++) {
                npad[d] = axes[d] ? NPAD : 0;
                widths[d] = new int[] {npad[d], npad[d]};
            }
            padded = o.mode == Mode.NEAREST ? Numpy.pad(x, widths, "edge")
                    : Numpy.pad(x, widths, new double[][] {{o.cval}});
        }
        try {
            return new Coefficients(filterAxes(b, padded, o.order, o.mode, DType.FLOAT64, axes), npad, orders, true);
        } finally {
            if (padded != x) {
                padded.close();
            }
        }
    }

    /** spline_filter1d along each chosen axis in ascending order, each pass stored as {@code out}. */
    private static NDArray filterAxes(Backend b, NDArray x, int order, Mode mode, DType out, boolean[] axes) {
        return b.interpolation().splineFilter(x, order, axes, mode, out);
    }

    // ---- argument checks ----

    private static boolean[] allAxes(int nd) {
        boolean[] all = new boolean[nd];
        Arrays.fill(all, true);
        return all;
    }

    private static InterpolationOptions requireOptions(InterpolationOptions o) {
        if (o == null) {
            throw new IllegalArgumentException("options: null; use InterpolationOptions.defaults()");
        }
        requireMode(o.mode);
        return o;
    }

    private static void requireMode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode: null");
        }
    }

    /** SciPy: {@code RuntimeError('spline order not supported')} outside [low, 5]. */
    private static void requireOrder(int order, int low) {
        if (order < low || order > 5) {
            throw SciPyArgumentException.runtimeError("order: spline order " + order + " not supported ("
                    + low + " to 5)");
        }
    }

    private static void requireInput(NDArray input) {
        if (input == null) {
            throw new IllegalArgumentException("input: null");
        }
    }

    /** One real component's call: the part (real or imaginary) with that part of cval, into {@code comp}. */
    private interface Component {
        NDArray apply(NDArray part, double cval, DType comp);
    }

    /**
     * SciPy 1.10's complex inputs: the real and the imaginary part interpolated alike by the real
     * function (cval's real part for the first, its imaginary part, 0 with a Java double cval, for the
     * second) into SciPy's complex output ({@code _get_output(..., complex_output=True)}: the input's
     * complex type without {@code output}; a real {@code output} promoted, with SciPy's warning).
     */
    private static NDArray viaComponents(NDArray input, DType output, double cval, Component f) {
        DType out = ComplexFilters.complexOutput(input, output);
        return ComplexFilters.run(input.backend(), input, false, cval, 0, out,
                (part, imagWeights, cv, comp) -> f.apply(part, cv, comp));
    }

    private static void requireRank(NDArray input) {
        if (input.ndim() < 1) {
            throw SciPyArgumentException.runtimeError("input: input and output rank must be > 0 (a 0-d input)");
        }
    }

    private static void requireShape(int[] shape) {
        for (int n : shape) {
            if (n < 0) {
                throw new IllegalArgumentException("output_shape: negative dimensions are not allowed: "
                        + Shapes.toString(shape));
            }
        }
        Shapes.size(shape);
    }

    private static DType outputType(DType out) {
        if (out.isComplex()) {
            throw new IllegalArgumentException("output: complex output dtype " + out + " is not supported for a "
                    + "real input");
        }
        return out;
    }

    /** SciPy's {@code _normalize_sequence}: one value for every axis, or exactly one per axis. */
    private static double[] perAxis(String param, double[] values, int nd) {
        if (values.length == 1) {
            double[] out = new double[nd];
            Arrays.fill(out, values[0]);
            return out;
        }
        if (values.length != nd) {
            throw SciPyArgumentException.runtimeError(param + ": sequence argument must have length equal to input"
                    + " rank (" + values.length + " values for " + nd + " dimensions)");
        }
        return values.clone();
    }
}
