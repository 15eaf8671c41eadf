package org.sciaccel.opencl.interpolation;

import java.util.Arrays;
import java.util.Set;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.SpiFamily;
import org.sciaccel.spi.InterpolationOps;
import org.sciaccel.spi.MappingProgram;
import org.sciaccel.spi.SplineSampling;

/**
 * The OpenCL backend's spline interpolation (kernels {@code interpolation/spline_filter.cl} and
 * {@code interpolation/spline_sample.cl}): the prefilter as one launch per axis with a work-item per
 * line, and every sampling op as one launch with a work-item per output element that computes its
 * own coordinates (no coordinate array is built for affine, zoom, shift, rotate or geometric_transform,
 * whose mapping formula is compiled into the kernel). A Java mapping function is not run here: the
 * facade routes it to the CPU backend. The arithmetic
 * is float64 throughout, as SciPy's, so the family needs a device with fp64; elsewhere it refuses
 * with {@link UnsupportedOperationException} (and the ops fall back to the CPU).
 */
public final class OpenCLInterpolationOps implements InterpolationOps {
    /** The registry's ops of this family: every one runs on the device. */
    public static final Set<String> OPS = OpRegistry.namesIn(SpiFamily.INTERPOLATION);

    private static final String FILTER = "interpolation/spline_filter.cl";
    private static final String SAMPLE = "interpolation/spline_sample.cl";
    private static final double[][] POLES = {null, null,
        {-0.171572875253809902396622551580603843},
        {-0.267949192431122706472553658494127633},
        {-0.361341225900220177092212841325675255, -0.013725429297339121360331226939128204},
        {-0.430575347099973791851434783493520110, -0.043096288203264653822712376822550182}};

    private final OpenCLBackend backend;

    public OpenCLInterpolationOps(OpenCLBackend backend) {
        this.backend = backend;
    }

    @Override
    public NDArray splineFilter1d(NDArray input, int order, int axis, Mode mode, DType output) {
        return backend.guarded(() -> filter(input, order, axis, SplineSampling.modeCode(mode), output));
    }

    private NDArray filter(NDArray input, int order, int axis, int modeCode, DType output) {
        requireReal(input.dtype(), output, "spline_filter1d");
        DeviceBuffer in = backend.bufferOf(input, "spline_filter1d input");
        int[] shape = input.shape();
        int total = input.size();
        DeviceBuffer out = backend.cl().allocate((long) total * output.itemSize(), "spline_filter1d output "
                + output + Shapes.toString(shape));
        if (total == 0) {
            return NDArray.wrap(backend, output, shape, out);
        }
        int n = shape[axis];
        long inner = Shapes.inner(shape, axis);
        long lines = total / n;
        int rule = modeCode == SplineSampling.GRID_WRAP ? 2
                : modeCode == SplineSampling.NEAREST || modeCode == SplineSampling.REFLECT ? 1 : 0;
        String options = (ClTypes.inOptions(input.dtype()) + " " + ClTypes.outOptions(output) + " "
                + ClTypes.suffixOption(input.dtype(), output) + " -D RULE=" + rule + " " + backend.cl().fp64Option())
                .trim();
        double[] poles = POLES[order];
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            DeviceBuffer work = scope.allocate((long) total * Sizeof.cl_double, "spline_filter1d work");
            ClProgram program = backend.cl().kernels().program(KernelSource.resource(FILTER), options);
            backend.cl().launch1d(program.kernel("spline_filter_lines" + ClTypes.suffix(input.dtype(), output)),
                    ItemCost.of(4.0 * n * poles.length), lines, in.mem(), work.mem(), out.mem(), n, inner, lines,
                    poles.length, poles[0], poles.length > 1 ? poles[1] : 0.0);
            return NDArray.wrap(backend, output, shape, scope.keep(out));
        }
    }

    @Override
    public NDArray affineTransform(NDArray coefficients, double[] matrix, double[] offset, int[] outputShape,
            SplineSampling sampling) {
        double[] params = Arrays.copyOf(matrix, matrix.length + offset.length);
        System.arraycopy(offset, 0, params, matrix.length, offset.length);
        return backend.guarded(() -> sample("affine_sample", coefficients, params, null, outputShape, sampling));
    }

    @Override
    public NDArray zoomShift(NDArray coefficients, double[] zoom, double[] shift, boolean gridMode, int[] outputShape,
            SplineSampling sampling) {
        int rank = coefficients.ndim();
        double[] params = new double[2 * rank];
        if (zoom != null) {
            System.arraycopy(zoom, 0, params, 0, rank);
        }
        if (shift != null) {
            System.arraycopy(shift, 0, params, rank, rank);
        }
        int[] flags = {zoom != null ? 1 : 0, shift != null ? 1 : 0, gridMode ? 1 : 0};
        return backend.guarded(() -> sample("zoom_shift_sample", coefficients, params, flags, outputShape, sampling));
    }

    @Override
    public NDArray mapCoordinates(NDArray coefficients, NDArray coordinates, SplineSampling sampling) {
        int[] cs = coordinates.shape();
        int[] outShape = Arrays.copyOfRange(cs, 1, cs.length);
        return backend.guarded(() -> {
            DeviceBuffer coords = backend.bufferOf(coordinates, "map_coordinates coordinates");
            return launch(KernelSource.resource(SAMPLE), "coordinates_sample", coefficients, coords.mem(), null,
                    outShape, sampling);
        });
    }

    /** geometric_transform: the mapping formula compiled into the kernel (no coordinate array). */
    @Override
    public NDArray geometricTransform(NDArray coefficients, MappingProgram mapping, int[] outputShape,
            SplineSampling sampling) {
        return backend.guarded(() -> launch(MappingKernelSource.of(mapping), "mapped_sample", coefficients, null, null,
                outputShape, sampling));
    }

    private NDArray sample(String kernel, NDArray coefficients, double[] params, int[] flags, int[] outShape,
            SplineSampling s) {
        try (DeviceScope scope = backend.cl().scope()) {
            cl_mem p = scope.copy(Pointer.to(params), (long) params.length * Sizeof.cl_double);
            return launch(KernelSource.resource(SAMPLE), kernel, coefficients, p, flags, outShape, s);
        }
    }

    /**
     * One launch of {@code kernel} of {@code source} over the output; {@code data} is the params or the
     * coordinates, or null for a kernel that computes its coordinates from the index alone.
     */
    private NDArray launch(KernelSource source, String kernel, NDArray coefficients, cl_mem data, int[] flags,
            int[] outShape, SplineSampling s) {
        DType inType = coefficients.dtype();
        DType output = s.output();
        requireReal(inType, output, kernel);
        DeviceBuffer in = backend.bufferOf(coefficients, kernel + " input");
        int rank = coefficients.ndim();
        int orank = outShape.length;
        int total = Shapes.size(outShape);
        DeviceBuffer out = backend.cl().allocate((long) total * output.itemSize(), kernel + " output " + output
                + Shapes.toString(outShape));
        if (total == 0) {
            return NDArray.wrap(backend, output, outShape, out);
        }
        int[] shape = coefficients.shape();
        int[] orders = s.orders();
        int[] npad = s.npad();
        long[] geom = new long[4 * rank + orank];
        long stride = 1;
        for (int d = rank - 1; d >= 0; d--) {
            geom[d] = shape[d];
            geom[rank + d] = stride;
            stride *= shape[d];
            geom[2 * rank + d] = npad[d];
            geom[3 * rank + d] = orders[d];
        }
        for (int l = 0; l < orank; l++) {
            geom[4 * rank + l] = outShape[l];
        }
        int taps = s.maxOrder() + 1;
        String options = (ClTypes.inOptions(inType) + " " + ClTypes.outOptions(output) + " "
                + ClTypes.suffixOption(inType, output) + " -D RANK=" + rank + " -D ORANK=" + orank + " -D TAPS=" + taps
                + " -D MODE=" + s.modeCode() + " " + backend.cl().fp64Option()).trim();
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            cl_mem g = scope.copy(Pointer.to(geom), (long) geom.length * Sizeof.cl_long);
            ClProgram program = backend.cl().kernels().program(source, options);
            ItemCost cost = ItemCost.of(Math.pow(taps, rank));
            String name = kernel + ClTypes.suffix(inType, output);
            if (data == null) {
                backend.cl().launch1d(program.kernel(name), cost, total, in.mem(), out.mem(), g, (long) total,
                        s.cval());
            } else if (flags != null) {
                backend.cl().launch1d(program.kernel(name), cost, total, in.mem(), out.mem(), g, data, (long) total,
                        s.cval(), flags[0], flags[1], flags[2]);
            } else {
                backend.cl().launch1d(program.kernel(name), cost, total, in.mem(), out.mem(), g, data, (long) total,
                        s.cval());
            }
            return NDArray.wrap(backend, output, outShape, scope.keep(out));
        }
    }

    private void requireReal(DType in, DType out, String what) {
        if (in.isComplex() || out.isComplex()) {
            throw new UnsupportedOperationException(what + ": complex dtypes (" + in + " -> " + out
                    + ") are not supported on the OpenCL backend");
        }
        // The family computes in float64 as SciPy does: a device without fp64 cannot run it.
        backend.requireSupported(DType.FLOAT64, what + " (float64 arithmetic)");
        backend.requireSupported(in, what + " input");
        backend.requireSupported(out, what + " output");
    }
}
