package org.sciaccel.opencl.reduction;

import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClProgram;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;
import org.sciaccel.spi.Reducer;
import org.sciaccel.spi.ReductionLayout;

/**
 * One reduction of {@code reduction/reduce.cl} over a {@code [outer, n, inner]} layout: the build options of
 * its accumulator and dtypes, and the passes. The first pass reads the input (rows_in for {@code inner == 1},
 * cols_in otherwise) into one partial accumulator per chunk of each slice; further passes reduce the partials
 * until one is left per output, which the last pass finishes into the result buffer. Chunks are sized so the
 * device has a few work-groups per compute unit and each work-item several elements.
 */
final class OpenCLReduce {
    private static final String SOURCE = "reduction/reduce.cl";
    /** Kernel codes of the arg-extrema (reduce.cl's OP_ARGMIN, OP_ARGMAX). */
    static final int ARGMIN = 20;
    static final int ARGMAX = 21;
    /** Elements a work-item takes at least before another chunk (and pass) pays. */
    private static final long MIN_PER_ITEM = 8;
    /**
     * Rows a work-item of the columns layout takes at most: a work-group then reads a band of rows that stays in
     * cache while its items walk down their columns (CPU devices run a group's items one after the other), and a
     * GPU gets more groups in flight; the partials of the bands are reduced by the next pass.
     */
    private static final long MAX_ROWS_PER_ITEM = 64;
    /** Work-groups per compute unit the first pass aims at. */
    private static final long GROUPS_PER_UNIT = 4;

    private final OpenCLBackend backend;
    private final int code;
    private final DType in;
    private final DType loop;
    private final boolean centerOut;
    private final ClProgram program;
    private final String suffix;
    private final long accBytes;

    /**
     * @param code      the Reducer's ordinal, or {@link #ARGMIN} / {@link #ARGMAX}
     * @param in        the input's dtype
     * @param loop      the loop dtype (the input's for the arg-extrema)
     * @param result    the result's dtype (int64 for the arg-extrema); ignored with {@code centerOut}
     * @param centerOut whether the results are a variance's means, kept as accumulators (MEAN and NANMEAN)
     */
    OpenCLReduce(OpenCLBackend backend, int code, DType in, DType loop, DType result, boolean centerOut) {
        this.backend = backend;
        this.code = code;
        this.in = in;
        this.loop = loop;
        this.centerOut = centerOut;
        String w = backend.hasFp64() ? "double" : "float";
        String out;
        if (centerOut) {
            out = "-D CENTER_OUT -D OUT_T=" + w + (loop.isComplex() ? "2" : "") + " -D OUT_KIND=-1";
        } else {
            out = ClTypes.outOptions(result) + (result.isComplex() ? " -D OUT_CPLX" : "");
        }
        String name = code == ARGMIN ? "argmin" : code == ARGMAX ? "argmax" : Reducer.values()[code].name().toLowerCase();
        this.suffix = "_" + name + "_" + in.numpyName() + "_" + loop.numpyName() + "_"
                + (centerOut ? "mean" : result.numpyName());
        String options = "-D OP=" + code + " " + loopOptions(in, loop) + " " + out + " -D W_T=" + w
                + " -D KERNEL_SUFFIX=" + suffix + " " + backend.cl().fp64Option();
        this.program = backend.cl().kernels().program(KernelSource.resource(SOURCE), options.trim());
        this.accBytes = accBytes(code, loop, backend.hasFp64());
    }

    /** The options of {@code reduction/loop_values.cl}: the input's stored type and the loop's kind. */
    static String loopOptions(DType in, DType loop) {
        return ClTypes.inOptions(in) + (in.isComplex() ? " -D IN_CPLX" : "") + " -D LOOP_KIND=" + ClTypes.kindCode(loop)
                + (loop.isComplex() ? " -D LOOP_CPLX" : "");
    }

    /** Bytes of one accumulator of reduce.cl (its acc_t) for this reduction. */
    static long accBytes(int code, DType loop, boolean fp64) {
        long w = fp64 ? 8 : 4;
        long p = loop == DType.FLOAT64 || loop == DType.COMPLEX128 ? 8 : 4;
        boolean complex = loop.isComplex();
        if (loop.isIntegral()) {
            return code == Reducer.PTP.ordinal() ? 16 : 8;
        }
        if (code == ARGMIN || code == ARGMAX) {
            return complex ? 2 * p : p;
        }
        switch (Reducer.values()[code]) {
            case SUM: case NANSUM: case MEAN: return complex ? 2 * w : w;
            case PROD: return complex ? 2 * p : p;
            case MIN: case MAX: case NANMIN: case NANMAX: return complex ? 2 * p : p;
            case PTP: return 2 * p;
            case NANMEAN: return complex ? 4 * w : 2 * w;
            case VAR: return w;
            case NANVAR: return 2 * w;
            default: throw new AssertionError(code + " for a " + loop + " loop");
        }
    }

    /** The finishing arguments every kernel takes after its own: flag, count, ddof, root. */
    private Object[] finishArgs(cl_mem flag, long count, double ddof, boolean root) {
        Object d = backend.hasFp64() ? (Object) ddof : (Object) (float) ddof;
        return new Object[] {flag, count, d, root ? 1 : 0};
    }

    /**
     * Runs the reduction of {@code input} over {@code layout} into {@code out}.
     *
     * @param center the means of a variance's first pass, or null
     * @param flag   a one-int buffer the nan reductions set where NumPy warns, or null
     */
    void run(DeviceScope scope, DeviceBuffer input, ReductionLayout layout, DeviceBuffer out, DeviceBuffer center,
            DeviceBuffer flag, double ddof, boolean root) {
        int outer = layout.outer();
        long n = layout.reduced();
        long inner = layout.inner();
        long outputs = (long) outer * inner;
        if (outputs == 0) {
            return;
        }
        ClContext cl = backend.cl();
        cl_mem dummy = out.mem();
        Object[] fin = finishArgs(flag == null ? dummy : flag.mem(), n, ddof, root);
        if (n == 0) {
            ClKernel k = program.kernel("empty_slices" + suffix);
            cl.launch1d(k, outputs, concat(new Object[] {out.mem(), outputs}, fin));
            return;
        }
        cl_mem centerMem = center == null ? dummy : center.mem();
        if (inner == 1) {
            rows(scope, input, outer, n, out, centerMem, fin);
        } else {
            columns(scope, input, outer, n, inner, out, centerMem, fin);
        }
    }

    private void rows(DeviceScope scope, DeviceBuffer input, long rows, long n, DeviceBuffer out, cl_mem center,
            Object[] fin) {
        ClContext cl = backend.cl();
        boolean first = true;
        DeviceBuffer prev = null;
        DeviceBuffer prevIdx = null;
        while (true) {
            ClKernel k = program.kernel((first ? "rows_in" : "rows_part") + suffix);
            long size = Math.min(groupSize(k), ceilPow2(n));
            long groups = Math.max(1, Math.min(ceilDiv(target(size), rows * size), ceilDiv(n, size * MIN_PER_ITEM)));
            long chunk = ceilDiv(n, groups);
            groups = ceilDiv(n, chunk);
            boolean last = groups == 1;
            DeviceBuffer part = last ? null : scope.allocate(rows * groups * accBytes, "reduction partials");
            DeviceBuffer partIdx = last ? null : scope.allocate(rows * groups * Sizeof.cl_long, "reduction positions");
            cl_mem p = last ? out.mem() : part.mem();
            cl_mem pi = last ? out.mem() : partIdx.mem();
            Object[] head = first
                    ? new Object[] {input.mem(), p, pi, out.mem(), center, n, chunk, last ? 1 : 0}
                    : new Object[] {prev.mem(), prevIdx.mem(), p, pi, out.mem(), n, chunk, last ? 1 : 0};
            Object[] args = concat(concat(head, fin), new Object[] {new ClKernel.LocalBytes(size * accBytes),
                new ClKernel.LocalBytes(size * Sizeof.cl_long)});
            cl.launch(k, new long[] {groups * size, rows}, new long[] {size, 1}, args);
            if (prev != null) {
                scope.release(prev);
                scope.release(prevIdx);
            }
            if (last) {
                return;
            }
            prev = part;
            prevIdx = partIdx;
            n = groups;
            first = false;
        }
    }

    private void columns(DeviceScope scope, DeviceBuffer input, long outer, long n, long inner, DeviceBuffer out,
            cl_mem center, Object[] fin) {
        ClContext cl = backend.cl();
        boolean first = true;
        DeviceBuffer prev = null;
        DeviceBuffer prevIdx = null;
        while (true) {
            ClKernel k = program.kernel((first ? "cols_in" : "cols_part") + suffix);
            long size = groupSize(k);
            long lx = Math.min(size, ceilPow2(inner));
            long ly = Math.max(1, Math.min(size / lx, ceilPow2(n)));
            long padded = ceilDiv(inner, lx) * lx;
            long chunks = Math.max(1, Math.min(ceilDiv(target(lx * ly), padded * ly * outer),
                    ceilDiv(n, ly * MIN_PER_ITEM)));
            chunks = Math.max(chunks, ceilDiv(n, ly * MAX_ROWS_PER_ITEM));
            long chunk = ceilDiv(n, chunks);
            chunks = ceilDiv(n, chunk);
            boolean last = chunks == 1;
            long parts = outer * chunks * inner;
            DeviceBuffer part = last ? null : scope.allocate(parts * accBytes, "reduction partials");
            DeviceBuffer partIdx = last ? null : scope.allocate(parts * Sizeof.cl_long, "reduction positions");
            cl_mem p = last ? out.mem() : part.mem();
            cl_mem pi = last ? out.mem() : partIdx.mem();
            Object[] head = first
                    ? new Object[] {input.mem(), p, pi, out.mem(), center, n, inner, chunk, chunks, last ? 1 : 0}
                    : new Object[] {prev.mem(), prevIdx.mem(), p, pi, out.mem(), n, inner, chunk, chunks, last ? 1 : 0};
            Object[] args = concat(concat(head, fin), new Object[] {new ClKernel.LocalBytes(lx * ly * accBytes),
                new ClKernel.LocalBytes(lx * ly * Sizeof.cl_long)});
            cl.launch(k, new long[] {padded, outer * chunks * ly}, new long[] {lx, ly}, args);
            if (prev != null) {
                scope.release(prev);
                scope.release(prevIdx);
            }
            if (last) {
                return;
            }
            prev = part;
            prevIdx = partIdx;
            n = chunks;
            first = false;
        }
    }

    /** Clears {@code flag} on the device. */
    void clearFlag(DeviceBuffer flag) {
        backend.cl().launch1d(program.kernel("clear_flag" + suffix), 1, flag.mem());
    }

    /** A power-of-two work-group size the kernel, the device and its local memory allow (the tree halves it). */
    private long groupSize(ClKernel k) {
        long size = Long.highestOneBit(Math.max(1, k.workGroupFor(ClContext.WORK_GROUP_CAP)));
        long local = backend.deviceInfo().localMemBytes() - k.staticLocalMemBytes();
        while (size > 1 && size * (accBytes + Sizeof.cl_long) > local / 2) {
            size /= 2;
        }
        return size;
    }

    /** Work-items a pass aims at: a few work-groups of {@code size} per compute unit. */
    private long target(long size) {
        return Math.max(1, backend.deviceInfo().computeUnits()) * GROUPS_PER_UNIT * size;
    }

    static long ceilPow2(long v) {
        return v <= 1 ? 1 : Long.highestOneBit(v - 1) << 1;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] r = new Object[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
