package org.sciaccel.opencl.ndimage;

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

/**
 * The running 1-D filters on an OpenCL device (kernel {@code ndimage/line_filters.cl}):
 * {@code uniform_filter1d} and {@code minimum/maximum_filter1d}, one work-item per line, each
 * following SciPy's algorithm term for term. The min/max deque lives in a scratch buffer of
 * {@code size} slots per line, freed when the call returns.
 */
final class OpenCLLineFilters {
    private static final String SOURCE = "ndimage/line_filters.cl";

    private final OpenCLBackend backend;

    OpenCLLineFilters(OpenCLBackend backend) {
        this.backend = backend;
    }

    NDArray uniform1d(NDArray input, int size, int axis, Mode mode, double cval, int origin, DType output) {
        return backend.guarded(() -> run(input, size, axis, mode, cval, origin, output, null));
    }

    NDArray minMax1d(NDArray input, int size, int axis, Mode mode, double cval, int origin, boolean maximum,
            DType output) {
        return backend.guarded(() -> run(input, size, axis, mode, cval, origin, output, maximum));
    }

    /** uniform_filter1d when {@code maximum} is null, else the minimum or maximum filter. */
    private NDArray run(NDArray input, int size, int axis, Mode mode, double cval, int origin, DType output,
            Boolean maximum) {
        String what = maximum == null ? "uniform_filter1d" : maximum ? "maximum_filter1d" : "minimum_filter1d";
        DeviceBuffer in = backend.bufferOf(input, what + " input");
        DType inType = input.dtype();
        if (inType.isComplex() || output.isComplex()) {
            throw new UnsupportedOperationException(what + ": complex dtypes (" + inType + " -> " + output
                    + ") are not supported on the OpenCL backend");
        }
        backend.requireSupported(output, what + " output");
        int[] shape = input.shape();
        int total = input.size();
        DeviceBuffer out = backend.cl().allocate((long) total * output.itemSize(), what + " output " + output
                + Shapes.toString(shape));
        if (total == 0) {
            return NDArray.wrap(backend, output, shape, out);
        }
        int n = shape[axis];
        int inner = Shapes.inner(shape, axis);
        int outer = Shapes.outer(shape, axis);
        boolean doubles = backend.hasFp64();
        String options = (ClTypes.inOptions(inType) + " " + ClTypes.outOptions(output) + " "
                + ClTypes.suffixOption(inType, output) + " -D ACC_T=" + (doubles ? "double" : "float") + " "
                + (Boolean.TRUE.equals(maximum) ? "-D MAXIMUM=1 " : "") + backend.cl().fp64Option()).trim();
        Object cv = doubles ? (Object) cval : (Object) (float) cval;
        int before = size / 2 + origin;
        String suffix = ClTypes.suffix(inType, output);
        // The output is the scope's until it is returned; the deques go when the scope closes.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
            long[] extent = {inner, outer};
            if (maximum == null) {
                backend.cl().launchGrid(program.kernel("uniform1d" + suffix), ItemCost.of(n), extent, in.mem(), out.mem(), n, inner, outer,
                        size, before, mode.filterCode(), cv);
            } else {
                long slots = (long) outer * inner * size;
                DeviceBuffer ringValue = scope.allocate(slots * (doubles ? 8 : 4), what + " deque values");
                DeviceBuffer ringDeath = scope.allocate(slots * 4, what + " deque deaths");
                backend.cl().launchGrid(program.kernel("minmax1d" + suffix), ItemCost.of(n), extent, in.mem(), out.mem(), ringValue.mem(),
                        ringDeath.mem(), n, inner, outer, size, before, mode.filterCode(), cv);
            }
            return NDArray.wrap(backend, output, shape, scope.keep(out));
        }
    }
}
