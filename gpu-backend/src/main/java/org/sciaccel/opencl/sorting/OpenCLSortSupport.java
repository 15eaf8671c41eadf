package org.sciaccel.opencl.sorting;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.runtime.ClContext;
import org.sciaccel.opencl.runtime.ClKernel;
import org.sciaccel.opencl.runtime.ClTypes;
import org.sciaccel.opencl.runtime.DeviceBuffer;
import org.sciaccel.opencl.runtime.DeviceScope;
import org.sciaccel.opencl.runtime.KernelSource;

/**
 * What the sorting family's op classes share on the device: kernels built per dtype (build options
 * {@code T}, {@code KIND}, {@code COMPLEX} and the dtype in the kernel's name), fills and copies, and
 * the few small reads back to the host that data-dependent results need (a count, a min and max),
 * each counted by the backend's byte counters.
 */
final class OpenCLSortSupport {
    final OpenCLBackend backend;
    final ClContext cl;

    OpenCLSortSupport(OpenCLBackend backend) {
        this.backend = backend;
        this.cl = backend.cl();
    }

    /** Kernel {@code name} of {@code source} built for elements of {@code t} (complex: its component, COMPLEX=1). */
    ClKernel kernel(String source, String name, DType t, String extra) {
        DType c = ClTypes.component(t);
        String options = "-D T=" + ClTypes.clType(c) + " -D KIND=" + ClTypes.kindCode(c) + " -D COMPLEX="
                + (t.isComplex() ? 1 : 0) + " -D KERNEL_SUFFIX=_" + t.numpyName() + (extra.isEmpty() ? "" : " " + extra)
                + " " + cl.fp64Option();
        return cl.kernels().program(KernelSource.resource(source), options.trim()).kernel(name + "_" + t.numpyName());
    }

    /** A kernel of a source without type options. */
    ClKernel plain(String source, String name, String extra) {
        String options = (extra + " " + cl.fp64Option()).trim();
        return cl.kernels().program(KernelSource.resource(source), options).kernel(name);
    }

    DeviceBuffer buffer(NDArray a, String what) {
        return backend.bufferOf(a, what);
    }

    /**
     * An array's OpenCL buffer as a kernel argument: an empty array has none (OpenCL has no empty
     * buffers), so it is given a one-element stand-in the kernel never reads.
     */
    cl_mem mem(DeviceScope scope, NDArray a, String what) {
        DeviceBuffer b = backend.bufferOf(a, what);
        return b.byteSize() > 0 ? b.mem() : scope.allocate(16, "empty " + what).mem();
    }

    /** A new array's buffer owned by {@code scope} until kept. */
    static DeviceBuffer allocate(DeviceScope scope, DType t, long count, String what) {
        return scope.allocate(count * t.itemSize(), what);
    }

    void zero(DeviceBuffer b) {
        if (b.byteSize() == 0) {
            return;
        }
        cl.fillZero(b.mem(), 0, b.byteSize());
    }

    void copy(DeviceBuffer from, DeviceBuffer to, long bytes) {
        if (bytes > 0) {
            copy(from.mem(), to, bytes);
        }
    }

    void copy(cl_mem from, DeviceBuffer to, long bytes) {
        if (bytes == 0) {
            return;
        }
        cl.copyBuffer(from, 0, to.mem(), 0, bytes);
    }

    /** A small device copy of host ints (a plan's indices), released with the scope. */
    cl_mem ints(DeviceScope scope, int[] v) {
        return scope.copy(Pointer.to(v.length == 0 ? new int[1] : v), (long) Math.max(1, v.length) * Sizeof.cl_int);
    }

    cl_mem doubles(DeviceScope scope, double[] v) {
        return scope.copy(Pointer.to(v.length == 0 ? new double[1] : v), (long) Math.max(1, v.length) * Sizeof.cl_double);
    }

    cl_mem longs(DeviceScope scope, long[] v) {
        return scope.copy(Pointer.to(v.length == 0 ? new long[1] : v), (long) Math.max(1, v.length) * Sizeof.cl_long);
    }

    /** Reads {@code count} longs from the start of {@code b} (waiting for the queue first). */
    long[] readLongs(DeviceBuffer b, int count) {
        long[] out = new long[count];
        if (count == 0) {
            return out;
        }
        cl.read(b.mem(), 0, (long) count * Sizeof.cl_long, Pointer.to(out));
        return out;
    }

    /** Reads one uint at element {@code index} of {@code b}. */
    long readUint(DeviceBuffer b, long index) {
        int[] out = new int[1];
        cl.read(b.mem(), index * Sizeof.cl_int, Sizeof.cl_int, Pointer.to(out));
        return out[0] & 0xFFFF_FFFFL;
    }

    /** Reads {@code count} doubles from the start of {@code b}. */
    double[] readDoubles(DeviceBuffer b, int count) {
        long[] bits = readLongs(b, count);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = Double.longBitsToDouble(bits[i]);
        }
        return out;
    }

    /** A one-dimensional launch over {@code count} work-items (none for 0). */
    void run(ClKernel k, long count, Object... args) {
        if (count > 0) {
            cl.launch1d(k, count, args);
        }
    }

    /** The result array of a kept buffer. */
    NDArray wrap(DeviceScope scope, DeviceBuffer b, DType t, int[] shape) {
        return NDArray.wrap(backend, t, shape, scope.keep(b));
    }
}
