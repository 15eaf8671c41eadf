package org.sciaccel.opencl.ndimage;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.FilterFootprint;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ItemCost;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * The n-D footprint filters on an OpenCL device (kernel {@code ndimage/footprint_filter.cl}):
 * {@code correlate} and {@code rank_filter}, one work-item per output, the tap table computed on the
 * host once per call ({@link FilterFootprint}) and uploaded with the weights. The rank kernel keeps
 * its window in private memory, so its program is built per window size (FSIZE).
 */
final class OpenCLFootprintFilter {
    private static final String SOURCE = "ndimage/footprint_filter.cl";
    /** MAX_ND in the kernel. */
    static final int MAX_ND = 8;
    /** Largest rank-filter window kept in private memory. */
    static final int MAX_RANK_WINDOW = 4096;

    private final OpenCLBackend backend;

    OpenCLFootprintFilter(OpenCLBackend backend) {
        this.backend = backend;
    }

    NDArray correlate(NDArray input, double[] weights, int[] wshape, int[] origins, Mode mode, double cval,
            DType output) {
        boolean[] fp = FilterFootprint.ofWeights(weights);
        double[] w = FilterFootprint.tapWeights(weights);
        return backend.guarded(() -> run(input, fp, wshape, origins, mode, cval, output, w, -1, false));
    }

    NDArray minMaxFilter(NDArray input, boolean[] footprint, int[] fshape, int[] origins, Mode mode, double cval,
            boolean maximum, DType output) {
        return backend.guarded(() -> run(input, footprint, fshape, origins, mode, cval, output, null,
                maximum ? MAXIMUM : MINIMUM, true));
    }

    NDArray rankFilter(NDArray input, boolean[] footprint, int[] fshape, int rank, int[] origins, Mode mode,
            double cval, DType output) {
        return backend.guarded(() -> run(input, footprint, fshape, origins, mode, cval, output, null, rank, false));
    }

    private static final int MINIMUM = 0;
    private static final int MAXIMUM = 1;

    /**
     * Correlation when {@code weights} is given; else the min/max filter when {@code minMax}
     * ({@code rank} is then MINIMUM or MAXIMUM), else the rank filter of {@code rank}.
     */
    private NDArray run(NDArray input, boolean[] fp, int[] fshape, int[] origins, Mode mode, double cval,
            DType output, double[] weights, int rank, boolean minMax) {
        String what = weights != null ? "correlate" : minMax ? "min/max filter" : "rank_filter";
        DeviceBuffer in = backend.bufferOf(input, what + " input");
        DType inType = input.dtype();
        if (inType.isComplex() || output.isComplex()) {
            throw new UnsupportedOperationException(what + ": complex dtypes (" + inType + " -> " + output
                    + ") are not supported on the OpenCL backend");
        }
        backend.requireSupported(output, what + " output");
        int[] shape = input.shape();
        if (shape.length > MAX_ND) {
            throw new UnsupportedOperationException(what + ": the OpenCL backend handles at most " + MAX_ND
                    + " dimensions, not " + shape.length + " (shape " + Shapes.toString(shape) + ")");
        }
        FilterFootprint g = new FilterFootprint(shape, fp, fshape, origins);
        int taps = g.taps();
        if (weights == null && !minMax && taps > MAX_RANK_WINDOW) {
            throw new UnsupportedOperationException("rank_filter: windows of more than " + MAX_RANK_WINDOW
                    + " elements (" + taps + ") are not supported on the OpenCL backend");
        }
        int total = input.size();
        DeviceBuffer out = backend.cl().allocate((long) total * output.itemSize(), what + " output " + output
                + Shapes.toString(shape));
        if (total == 0 || taps == 0) {
            if (total != 0) {
                // No weight above DBL_EPSILON: SciPy's sum is 0 everywhere.
                backend.cl().fillZero(out.mem(), 0, (long) total * output.itemSize());
            }
            return NDArray.wrap(backend, output, shape, out);
        }
        boolean doubles = backend.hasFp64();
        String options = (ClTypes.inOptions(inType) + " " + ClTypes.outOptions(output) + " "
                + ClTypes.suffixOption(inType, output) + " -D ACC_T=" + (doubles ? "double" : "float") + " "
                + (weights == null && !minMax ? "-D FSIZE=" + taps + " " : "") + backend.cl().fp64Option()).trim();
        // The output is the scope's until it is returned; the tables go when the scope closes.
        try (DeviceScope scope = backend.cl().scope()) {
            scope.own(out);
            ClProgram program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
            int[] table = geometry(g);
            cl_mem geom = scope.copy(Pointer.to(table), (long) table.length * Sizeof.cl_int);
            Object cv = doubles ? (Object) cval : (Object) (float) cval;
            String suffix = ClTypes.suffix(inType, output);
            if (weights != null) {
                cl_mem w = doubles ? scope.copy(Pointer.to(weights), (long) taps * Sizeof.cl_double)
                        : scope.copy(Pointer.to(toFloats(weights)), (long) taps * Sizeof.cl_float);
                ClKernel k = program.kernel("correlate_nd" + suffix);
                backend.cl().launch1d(k, ItemCost.of(taps), total, in.mem(), out.mem(), w, geom, taps, shape.length, total,
                        mode.filterCode(), cv);
            } else if (minMax) {
                ClKernel k = program.kernel("minmax_nd" + suffix);
                backend.cl().launch1d(k, ItemCost.of(taps), total, in.mem(), out.mem(), geom, taps, rank, shape.length, total,
                        mode.filterCode(), cv);
            } else {
                ClKernel k = program.kernel("rank_nd" + suffix);
                backend.cl().launch1d(k, ItemCost.of(taps), total, in.mem(), out.mem(), geom, rank, shape.length, total, mode.filterCode(),
                        cv);
            }
            return NDArray.wrap(backend, output, shape, scope.keep(out));
        }
    }

    /** flat[taps] | axisOff[nd * taps] | shape[nd] | lo[nd] | hi[nd], as the kernel reads it. */
    private static int[] geometry(FilterFootprint g) {
        int nd = g.ndim();
        int taps = g.taps();
        int[] out = new int[taps + nd * taps + 3 * nd];
        System.arraycopy(g.flatOffsets(), 0, out, 0, taps);
        for (int a = 0; a < nd; a++) {
            System.arraycopy(g.axisOffsets(a), 0, out, taps + a * taps, taps);
        }
        int p = taps + nd * taps;
        int[] shape = g.shape();
        for (int a = 0; a < nd; a++) {
            out[p + a] = shape[a];
            out[p + nd + a] = g.interiorLo(a);
            out[p + 2 * nd + a] = g.interiorHi(a);
        }
        return out;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
