package org.sciaccel.opencl.runtime;

import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * One kernel of a built program. OpenCL calls are thread-safe except setting the arguments of a
 * shared {@code cl_kernel}, so {@link #launch} sets the arguments and enqueues under this object's
 * lock: the arguments are captured at enqueue time and the next caller may change them at once.
 */
public final class ClKernel {
    /** A {@code __local} buffer argument of this many bytes. */
    public record LocalBytes(long bytes) {
    }

    private final String name;
    private final cl_kernel kernel;
    private final long workGroupSize;
    private final long preferredMultiple;
    private final long staticLocalMemBytes;
    private final boolean splittable;
    private final WorkRate rate = new WorkRate();

    ClKernel(String name, cl_kernel kernel, cl_device_id device, boolean splittable) {
        this.name = name;
        this.kernel = kernel;
        this.splittable = splittable;
        this.workGroupSize = ClInfo.kernelWorkGroupSize(kernel, device, CL.CL_KERNEL_WORK_GROUP_SIZE);
        this.preferredMultiple = Math.max(1, ClInfo.kernelWorkGroupSize(kernel, device,
                CL.CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE));
        this.staticLocalMemBytes = ClInfo.kernelWorkGroupLong(kernel, device, CL.CL_KERNEL_LOCAL_MEM_SIZE);
    }

    public String name() {
        return name;
    }

    /** The largest work-group this kernel can run with on the device (CL_KERNEL_WORK_GROUP_SIZE). */
    public long workGroupSize() {
        return workGroupSize;
    }

    /** CL_KERNEL_PREFERRED_WORK_GROUP_SIZE_MULTIPLE (the warp or wavefront size on GPUs). */
    public long preferredMultiple() {
        return preferredMultiple;
    }

    /** Local memory the kernel uses besides its {@code __local} arguments. */
    public long staticLocalMemBytes() {
        return staticLocalMemBytes;
    }

    /**
     * Whether one launch may run as several launches over parts of its range (global work offsets,
     * whole work-groups): true when the program never asks for its group ids, the number of groups,
     * the global size or the offset, so that a part is indistinguishable from the same work-groups
     * of the whole launch (OpenCL promises no order between work-groups, so running them part
     * after part is one of the orders the kernel already has to be correct under).
     */
    public boolean splittable() {
        return splittable;
    }

    /** Device time per unit of work measured for this kernel's launches (see {@link ClContext}). */
    WorkRate rate() {
        return rate;
    }

    /**
     * A work-group size for a one-dimensional launch: a multiple of the preferred multiple, at most
     * {@code cap} and at most what the kernel allows.
     */
    public long workGroupFor(long cap) {
        long limit = Math.min(cap, workGroupSize);
        if (limit >= preferredMultiple) {
            return limit - limit % preferredMultiple;
        }
        return Math.max(1, limit);
    }

    /**
     * Sets the arguments and enqueues the kernel. Arguments: {@link cl_mem}, {@link Integer},
     * {@link Long}, {@link Float}, {@link Double}, {@code long[]} (a {@code longN} vector of its length),
     * or {@link LocalBytes}. {@code global} must be a multiple of
     * {@code local} in every dimension. Op classes launch through {@link ClContext} instead, which
     * checks for interruption, bounds the work queued ahead and splits long launches.
     */
    public void launch(cl_command_queue queue, long[] global, long[] local, Object... args) {
        launch(queue, null, global, local, null, args);
    }

    /**
     * Sets the arguments and enqueues the kernel over {@code global} work-items from {@code offset}
     * (null: from 0), with {@code event} (or null) receiving the launch's event.
     */
    synchronized void launch(cl_command_queue queue, long[] offset, long[] global, long[] local, cl_event event,
            Object... args) {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof cl_mem m) {
                CL.clSetKernelArg(kernel, i, Sizeof.cl_mem, Pointer.to(m));
            } else if (a instanceof Integer v) {
                CL.clSetKernelArg(kernel, i, Sizeof.cl_int, Pointer.to(new int[] {v}));
            } else if (a instanceof Long v) {
                CL.clSetKernelArg(kernel, i, Sizeof.cl_long, Pointer.to(new long[] {v}));
            } else if (a instanceof Float v) {
                CL.clSetKernelArg(kernel, i, Sizeof.cl_float, Pointer.to(new float[] {v}));
            } else if (a instanceof Double v) {
                CL.clSetKernelArg(kernel, i, Sizeof.cl_double, Pointer.to(new double[] {v}));
            } else if (a instanceof long[] v) {
                // a longN vector argument (long16: sixteen values)
                CL.clSetKernelArg(kernel, i, (long) Sizeof.cl_long * v.length, Pointer.to(v));
            } else if (a instanceof LocalBytes l) {
                CL.clSetKernelArg(kernel, i, l.bytes(), null);
            } else {
                throw new IllegalArgumentException("kernel " + name + " argument " + i + ": unsupported type "
                        + (a == null ? "null" : a.getClass().getName()));
            }
        }
        CL.clEnqueueNDRangeKernel(queue, kernel, global.length, offset, global, local, 0, null, event);
    }

    void release() {
        CL.clReleaseKernel(kernel);
    }
}
