package org.sciaccel.opencl.morphology;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.Casting;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GroupStatistics;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * The label measurements' reductions on an OpenCL device (kernel {@code morphology/group_reductions.cl}): the
 * elements bucketed by group ({@link OpenCLLabelGroups}) are reduced one work-group per group, so no
 * floating-point atomics are needed.
 */
final class OpenCLGroupReductions {
    private static final String SOURCE = "morphology/group_reductions.cl";

    private final OpenCLBackend backend;

    OpenCLGroupReductions(OpenCLBackend backend) {
        this.backend = backend;
    }

    /**
     * The input and the elements of each group ({@link OpenCLLabelGroups}), with the reductions' program. Its
     * buffers belong to the caller's scope, which also owns each measurement's temporaries.
     */
    private final class Buckets {
        final ClProgram program;
        final DeviceBuffer input;
        final DeviceBuffer group;
        final DeviceBuffer perm;
        final DeviceBuffer start;
        final int[] startHost;
        final int groups;
        final boolean doubles;
        final long total;

        Buckets(DeviceScope scope, NDArray in, NDArray labels, long[] keys) {
            groups = keys == null ? 1 : keys.length;
            total = in.size();
            doubles = backend.hasFp64();
            input = backend.bufferOf(in, "measurement input");
            OpenCLLabelGroups lg = new OpenCLLabelGroups(backend, scope, total, labels, keys);
            group = lg.group;
            perm = lg.perm;
            start = lg.start;
            startHost = lg.startHost;
            String options = (ClTypes.inOptions(in.dtype()) + " -D ACC_T=" + (doubles ? "double" : "float") + " "
                    + backend.cl().fp64Option()).trim();
            program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options);
        }

        int accBytes() {
            return doubles ? Sizeof.cl_double : Sizeof.cl_float;
        }

        /** A power-of-two work-group size the kernel allows. */
        long groupSize(ClKernel k) {
            return Long.highestOneBit(Math.max(1, k.workGroupFor(ClContext.WORK_GROUP_CAP)));
        }

        double[] readAcc(DeviceBuffer b, int n) {
            if (doubles) {
                double[] d = new double[n];
                backend.cl().read(b.mem(), 0, (long) n * Sizeof.cl_double, Pointer.to(d));
                return d;
            }
            float[] f = new float[n];
            backend.cl().read(b.mem(), 0, (long) n * Sizeof.cl_float, Pointer.to(f));
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = f[i];
            }
            return d;
        }

        cl_mem accCopy(DeviceScope scope, double[] values) {
            if (doubles) {
                return scope.copy(Pointer.to(values), (long) values.length * Sizeof.cl_double);
            }
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            return scope.copy(Pointer.to(f), (long) f.length * Sizeof.cl_float);
        }
    }

    GroupStatistics statistics(NDArray input, NDArray labels, long[] keys) {
        try (DeviceScope scope = backend.cl().scope()) {
            Buckets b = new Buckets(scope, input, labels, keys);
            GroupStatistics out = new GroupStatistics(b.groups);
            for (int g = 0; g < b.groups; g++) {
                out.count[g] = b.startHost[g + 1] - b.startHost[g];
            }
            if (b.groups == 0 || b.total == 0) {
                return out; // every group empty (an empty input has no device buffer to pass)
            }
            ClKernel k = b.program.kernel("measure_stats");
            long wg = b.groupSize(k);
            DeviceBuffer acc = scope.allocate((long) b.groups * 3 * b.accBytes(), "measurement sums");
            DeviceBuffer pos = scope.allocate((long) b.groups * 3 * Sizeof.cl_long, "measurement positions");
            DeviceBuffer exact = scope.allocate((long) b.groups * 3 * Sizeof.cl_long, "measurement integer results");
            DType t = input.dtype();
            // The extremes are compared in the input's own type for integers (EXT_T in the kernel), else in ACC_T.
            long extLocal = wg * (t.isIntegral() ? t.itemSize() : b.accBytes());
            long accLocal = wg * b.accBytes();
            long intLocal = wg * Sizeof.cl_int;
            backend.cl().launch(k, new long[] {b.groups * wg}, new long[] {wg}, b.input.mem(), b.start.mem(), b.perm.mem(),
                    acc.mem(), pos.mem(), exact.mem(), new ClKernel.LocalBytes(accLocal),
                    new ClKernel.LocalBytes(extLocal), new ClKernel.LocalBytes(extLocal),
                    new ClKernel.LocalBytes(wg * Sizeof.cl_long), new ClKernel.LocalBytes(intLocal),
                    new ClKernel.LocalBytes(intLocal), new ClKernel.LocalBytes(intLocal));
            double[] a = b.readAcc(acc, b.groups * 3);
            long[] p = readLongs(pos, b.groups * 3);
            long[] x = readLongs(exact, b.groups * 3);
            boolean unsigned = t.kind() == DType.Kind.UNSIGNED;
            for (int g = 0; g < b.groups; g++) {
                out.sum[g] = a[3 * g];
                out.minFirst[g] = p[3 * g];
                out.maxFirst[g] = p[3 * g + 1];
                out.maxLast[g] = p[3 * g + 2];
                if (t.isIntegral()) {
                    out.exactSum[g] = x[3 * g];
                    out.exactMin[g] = x[3 * g + 1];
                    out.exactMax[g] = x[3 * g + 2];
                    // Rounded once from the exact values, as the CPU backend does (ACC_T may be float).
                    out.min[g] = unsigned ? Casting.unsignedToDouble(x[3 * g + 1]) : x[3 * g + 1];
                    out.max[g] = unsigned ? Casting.unsignedToDouble(x[3 * g + 2]) : x[3 * g + 2];
                } else {
                    out.min[g] = a[3 * g + 1];
                    out.max[g] = a[3 * g + 2];
                }
            }
            return out;
        }
    }

    private long[] readLongs(DeviceBuffer b, int n) {
        long[] v = new long[n];
        backend.cl().read(b.mem(), 0, (long) n * Sizeof.cl_long, Pointer.to(v));
        return v;
    }

    double[] centredSquares(NDArray input, NDArray labels, long[] keys, double[] means) {
        try (DeviceScope scope = backend.cl().scope()) {
            Buckets b = new Buckets(scope, input, labels, keys);
            cl_mem m = b.accCopy(scope, means.length == 0 ? new double[] {0} : means);
            return weightedSum(b, m, -1, 1, 1);
        }
    }

    double[][] weightedCoordinates(NDArray input, NDArray labels, long[] keys) {
        int[] shape = input.shape();
        int nd = shape.length;
        try (DeviceScope scope = backend.cl().scope()) {
            Buckets b = new Buckets(scope, input, labels, keys);
            cl_mem m = b.accCopy(scope, new double[] {0});
            double[][] out = new double[b.groups][nd];
            long stride = 1;
            for (int ax = nd - 1; ax >= 0; ax--) {
                double[] s = weightedSum(b, m, ax, stride, shape[ax]);
                for (int g = 0; g < b.groups; g++) {
                    out[g][ax] = s[g];
                }
                stride *= shape[ax];
            }
            return out;
        }
    }

    private double[] weightedSum(Buckets b, cl_mem means, int axis, long stride, int extent) {
        if (b.groups == 0 || b.total == 0) {
            return new double[b.groups];
        }
        ClKernel k = b.program.kernel("measure_weighted_sum");
        long wg = b.groupSize(k);
        // A scope of its own: weightedCoordinates sums once per axis, each sum's buffer freed before the next.
        try (DeviceScope scope = backend.cl().scope()) {
            DeviceBuffer out = scope.allocate((long) b.groups * b.accBytes(), "measurement weighted sums");
            backend.cl().launch(k, new long[] {b.groups * wg}, new long[] {wg}, b.input.mem(), b.start.mem(), b.perm.mem(),
                    means, axis, stride, Math.max(1, extent), out.mem(), new ClKernel.LocalBytes(wg * b.accBytes()));
            return b.readAcc(out, b.groups);
        }
    }

    long[][] histogram(NDArray input, NDArray labels, long[] keys, double min, double max, int bins) {
        try (DeviceScope scope = backend.cl().scope()) {
            Buckets b = new Buckets(scope, input, labels, keys);
            double[] edges = new double[bins + 1];
            double step = (max - min) / bins;
            for (int i = 0; i <= bins; i++) {
                edges[i] = min + i * step;
            }
            edges[bins] = max;
            cl_mem e = b.accCopy(scope, edges);
            DeviceBuffer h = scope.allocate((long) Math.max(1, b.groups * bins) * Sizeof.cl_int, "histogram counts");
            OpenCLLabelGroups.write(backend.cl(), h.mem(), new int[Math.max(1, b.groups * bins)]);
            if (b.total > 0) {
                backend.cl().launch1d(b.program.kernel("measure_histogram"), b.total, b.input.mem(), b.group.mem(), e, bins,
                        h.mem(), b.total);
            }
            int[] c = OpenCLLabelGroups.read(backend.cl(), h.mem(), b.groups * bins);
            long[][] out = new long[b.groups][bins];
            for (int g = 0; g < b.groups; g++) {
                for (int i = 0; i < bins; i++) {
                    out[g][i] = c[g * bins + i];
                }
            }
            return out;
        }
    }

    double[] median(NDArray input, NDArray labels, long[] keys) {
        try (DeviceScope scope = backend.cl().scope()) {
            Buckets b = new Buckets(scope, input, labels, keys);
            int n = b.startHost[b.groups];
            DeviceBuffer vals = scope.allocate((long) Math.max(1, n) * b.accBytes(), "median values");
            DeviceBuffer out = scope.allocate((long) Math.max(1, b.groups) * b.accBytes(), "medians");
            if (n > 0) {
                backend.cl().launch1d(b.program.kernel("measure_gather"), n, b.input.mem(), b.perm.mem(), vals.mem(), n);
            }
            if (b.groups == 0) {
                return new double[0];
            }
            backend.cl().launch1d(b.program.kernel("measure_median"), b.groups, vals.mem(), b.start.mem(), out.mem(),
                    b.groups);
            return b.readAcc(out, b.groups);
        }
    }
}
