package org.sciaccel.ndimage;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Shapes;
import org.sciaccel.spi.FourierPlan;
import org.sciaccel.spi.FourierPlan.Kind;

/**
 * SciPy 1.10's {@code fourier_gaussian}, {@code fourier_uniform}, {@code fourier_ellipsoid} and
 * {@code fourier_shift}: the arguments checked in SciPy's order ({@code _get_output_fourier} or
 * {@code _get_output_fourier_complex}, the axis, the per-axis sequence, then the C loop's dtype checks),
 * then one {@link org.sciaccel.spi.FourierOps#fourierFilter} on the input's backend.
 */
final class FourierFilters {
    private FourierFilters() {
    }

    /** The four filters: the registry's name, the parameter's name and the plan's kind. */
    enum Filter {
        GAUSSIAN("ndimage.fourier_gaussian", "sigma", Kind.GAUSSIAN),
        UNIFORM("ndimage.fourier_uniform", "size", Kind.UNIFORM),
        ELLIPSOID("ndimage.fourier_ellipsoid", "size", Kind.ELLIPSOID),
        SHIFT("ndimage.fourier_shift", "shift", Kind.SHIFT);

        final String op;
        final String param;
        final Kind kind;

        Filter(String op, String param, Kind kind) {
            this.op = op;
            this.param = param;
            this.kind = kind;
        }
    }

    static NDArray apply(Filter filter, NDArray input, double[] values, int n, int axis, DType output) {
        if (input == null) {
            throw new IllegalArgumentException("input: null");
        }
        if (input.isClosed()) {
            throw new IllegalArgumentException("input: the array is closed");
        }
        int nd = input.ndim();
        if (filter == Filter.ELLIPSOID && nd > 3) {
            throw new UnsupportedOperationException("input: fourier_ellipsoid supports 1-D, 2-D and 3-D inputs only, got "
                    + nd + "-D shape " + Shapes.toString(input.shape()) + " (SciPy's NotImplementedError)");
        }
        DType out = filter == Filter.SHIFT ? complexOutput(input, output) : output(input, output);
        if (filter == Filter.ELLIPSOID && input.size() == 0) {
            // SciPy returns an empty ellipsoid result before it looks at the axis or the sizes.
            return OpRouter.run(filter.op, input, (backend, in) -> backend.astype(in, out));
        }
        int ax = normalizeAxis(axis, input);
        double[] perAxis = perAxis(filter.param, values, input);
        checkInputType(input, out);
        input.backend().requireSupported(out, "output");
        FourierPlan plan = FourierPlan.of(filter.kind, input.shape(), perAxis, n, ax);
        return OpRouter.run(filter.op, input, (backend, in) -> backend.fourier().fourierFilter(in, plan, out));
    }

    /** SciPy's {@code _get_output_fourier}: complex64, complex128 and float32 keep their dtype, the rest become float64. */
    private static DType output(NDArray input, DType output) {
        DType in = input.dtype();
        if (output == null) {
            return in == DType.COMPLEX64 || in == DType.COMPLEX128 || in == DType.FLOAT32 ? in : DType.FLOAT64;
        }
        if (output != DType.FLOAT32 && output != DType.FLOAT64 && !output.isComplex()) {
            throw SciPyArgumentException.runtimeError("output: dtype " + output + " is not supported (SciPy: output"
                    + " type not supported); give float32, float64, complex64 or complex128");
        }
        return output;
    }

    /** SciPy's {@code _get_output_fourier_complex}: a complex input keeps its dtype, the rest become complex128. */
    private static DType complexOutput(NDArray input, DType output) {
        if (output == null) {
            return input.dtype().isComplex() ? input.dtype() : DType.COMPLEX128;
        }
        if (!output.isComplex()) {
            throw SciPyArgumentException.runtimeError("output: dtype " + output + " is not supported (SciPy: output"
                    + " type not supported); fourier_shift gives complex64 or complex128");
        }
        return output;
    }

    /** The C loop's refusals: float16 has no loop, and a complex input is never stored into a real output. */
    private static void checkInputType(NDArray input, DType out) {
        if (input.dtype() == DType.FLOAT16) {
            throw SciPyArgumentException.runtimeError("input: dtype float16 is not supported (SciPy: data type not"
                    + " supported)");
        }
        if (input.dtype().isComplex() && !out.isComplex()) {
            throw SciPyArgumentException.runtimeError("output: dtype " + out + " cannot hold the result for the complex"
                    + " input " + input.dtype() + " (SciPy: data type not supported)");
        }
    }

    /** NumPy's {@code normalize_axis_index}: its AxisError, also for a 0-d input. */
    private static int normalizeAxis(int axis, NDArray input) {
        int nd = input.ndim();
        int a = axis < 0 ? axis + nd : axis;
        if (a < 0 || a >= nd) {
            throw SciPyArgumentException.axisError("axis: axis " + axis + " is out of bounds for array of dimension "
                    + nd + " (shape " + Shapes.toString(input.shape()) + ")");
        }
        return a;
    }

    /**
     * SciPy's {@code _normalize_sequence}: one value for every axis, or one per axis (its RuntimeError
     * otherwise). A Java array of one value stands for SciPy's scalar.
     */
    private static double[] perAxis(String param, double[] values, NDArray input) {
        if (values == null) {
            throw new IllegalArgumentException(param + ": null");
        }
        int nd = input.ndim();
        if (values.length != nd && values.length != 1) {
            throw SciPyArgumentException.runtimeError(param + " has " + values.length + " values but the input has "
                    + nd + " dimension" + (nd == 1 ? "" : "s") + " (shape " + Shapes.toString(input.shape())
                    + "); give one value or one per axis (SciPy: sequence argument must have length equal to input rank)");
        }
        double[] v = new double[nd];
        for (int k = 0; k < nd; k++) {
            v[k] = values[values.length == 1 ? 0 : k];
        }
        return v;
    }
}
