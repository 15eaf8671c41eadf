package org.sciaccel.opencl.runtime;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_mem;
import org.sciaccel.BackendException;

/**
 * One OpenCL device as the op classes use it: the context, one in-order command queue, the
 * {@link KernelCache}, the accounting of live {@link DeviceBuffer}s, launches, and the lifecycle
 * lock that keeps {@link #close} from running under a call in progress.
 *
 * <p>The backend class holds one of these and adds the SPI on top; this class knows nothing of
 * arrays or ops, so that the family packages depend on the runtime and not on each other.
 */
public final class ClContext {
    /** Upper bound on work-group sizes we pick; the kernel's own limit is queried and applied too. */
    public static final long WORK_GROUP_CAP = 256;

    private final ClDeviceInfo info;
    private final cl_context context;
    private final cl_command_queue queue;
    private final KernelCache kernels;
    private final String fp64Option;
    private final long[] maxWorkItemSizes;

    private final Set<DeviceBuffer> live = ConcurrentHashMap.newKeySet();
    private final AtomicLong liveCount = new AtomicLong();
    private final AtomicLong liveBytes = new AtomicLong();
    private final AtomicLong bytesToDevice = new AtomicLong();
    private final AtomicLong bytesFromDevice = new AtomicLong();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /**
     * Creates a context and queue on {@code info}'s device.
     *
     * @param fp64 whether double precision is in use (passes {@code -D HAS_FP64=1} to every build)
     * @throws BackendException if the context or queue cannot be created
     */
    @SuppressWarnings("deprecation") // clCreateCommandQueue: the call every OpenCL 1.2+ driver has
    public ClContext(ClDeviceInfo info, boolean fp64) {
        OpenCLDiscovery.initJocl();
        this.info = info;
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL.CL_CONTEXT_PLATFORM, info.platform());
        try {
            this.context = CL.clCreateContext(props, 1, new cl_device_id[] {info.device()}, null, null, null);
        } catch (CLException e) {
            throw new BackendException("cannot create an OpenCL context on " + info.name() + ": " + e.getMessage(), e);
        }
        try {
            this.queue = CL.clCreateCommandQueue(context, info.device(), 0, null);
        } catch (CLException e) {
            CL.clReleaseContext(context);
            throw new BackendException("cannot create an OpenCL command queue on " + info.name() + ": " + e.getMessage(), e);
        }
        this.kernels = new KernelCache(context, info.device(), info.name(), info.acceptsOpenCLC12() ? "-cl-std=CL1.2" : "");
        this.fp64Option = fp64 ? "-D HAS_FP64=1" : "";
        int dims = ClInfo.deviceInt(info.device(), CL.CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS);
        this.maxWorkItemSizes = ClInfo.deviceSizes(info.device(), CL.CL_DEVICE_MAX_WORK_ITEM_SIZES, dims);
    }

    /** What discovery found about the device. */
    public ClDeviceInfo deviceInfo() {
        return info;
    }

    public KernelCache kernels() {
        return kernels;
    }

    public cl_command_queue queue() {
        return queue;
    }

    /** {@code -D HAS_FP64=1} where double precision is in use, else empty. */
    public String fp64Option() {
        return fp64Option;
    }

    public boolean isClosed() {
        return closed;
    }

    public long liveAllocations() {
        return liveCount.get();
    }

    public long liveBytes() {
        return liveBytes.get();
    }

    /**
     * Waits until everything queued so far has run, as {@code clFinish} does, but interruptibly: a
     * marker is polled (backing off from 20 µs to 2 ms), and a thread interrupted meanwhile gets a
     * {@link BackendException} at once, its interrupt flag kept. The queued kernels still run to
     * their end on the device (OpenCL cannot cancel them); the backend stays usable, and the next
     * call's work queues behind them. {@code clFinish} and a blocking read wait for minutes under a
     * long kernel without looking at the thread.
     */
    public void awaitQueue(String what) {
        cl_event marker = new cl_event();
        try {
            CL.clEnqueueMarkerWithWaitList(queue, 0, null, marker);
            CL.clFlush(queue);
        } catch (CLException e) {
            throw failure(e, "waiting for the device (" + what + ")", 0);
        }
        try {
            int[] status = new int[1];
            long pause = 20_000;
            while (true) {
                CL.clGetEventInfo(marker, CL.CL_EVENT_COMMAND_EXECUTION_STATUS, Sizeof.cl_int, Pointer.to(status),
                        null);
                if (status[0] == CL.CL_COMPLETE) {
                    return;
                }
                if (status[0] < 0) {
                    throw new BackendException("OpenCL device " + info.name() + ": queued work failed with status "
                            + status[0] + " (" + what + ")");
                }
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new BackendException("interrupted while waiting for OpenCL device " + info.name() + " ("
                            + what + "); the kernels already queued finish on the device",
                            new InterruptedException());
                }
                LockSupport.parkNanos(pause);
                pause = Math.min(2 * pause, 2_000_000);
            }
        } catch (CLException e) {
            throw failure(e, "waiting for the device (" + what + ")", 0);
        } finally {
            CL.clReleaseEvent(marker);
        }
    }

    /** A new scope for the device temporaries of one call; close it with try-with-resources. */
    public DeviceScope scope() {
        return new DeviceScope(this);
    }

    /** Runs {@code body} while the context cannot be closed underneath it. */
    public <T> T guarded(Supplier<T> body) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the OpenCL backend on " + info.name() + " is closed");
            }
            return body.get();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Waits for queued work, runs {@code beforeRelease} (caches of the op classes that hold device
     * memory), then releases every live buffer, the programs, the queue and the context. Waits for
     * calls in progress; later calls do nothing.
     */
    public void close(Runnable beforeRelease) {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                CL.clFinish(queue);
            } catch (CLException ignored) {
                // releasing anyway
            }
            for (DeviceBuffer b : live) {
                forget(b);
            }
            beforeRelease.run();
            kernels.releaseAll();
            CL.clReleaseCommandQueue(queue);
            CL.clReleaseContext(context);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /**
     * A new device buffer of {@code bytes}, counted as a live allocation until released.
     *
     * @throws BackendException when the device cannot hold it (with the bytes asked and available)
     */
    public DeviceBuffer allocate(long bytes, String what) {
        if (bytes > info.maxAllocBytes()) {
            throw outOfMemory(bytes, what, "larger than the device's largest single allocation (CL_DEVICE_MAX_MEM_ALLOC_SIZE)");
        }
        cl_mem mem = null;
        if (bytes > 0) {
            try {
                mem = CL.clCreateBuffer(context, CL.CL_MEM_READ_WRITE, bytes, null, null);
            } catch (CLException e) {
                throw failure(e, "allocating " + what, bytes);
            }
        }
        DeviceBuffer buffer = new DeviceBuffer(this, mem, bytes);
        live.add(buffer);
        liveCount.incrementAndGet();
        liveBytes.addAndGet(bytes);
        return buffer;
    }

    /**
     * A read-only device copy of small host data (filter weights), not counted as an array. The
     * caller releases it; op classes take it through {@link DeviceScope#copy} instead.
     */
    public cl_mem temporaryCopy(Pointer data, long bytes) {
        countToDevice(bytes);
        try {
            return CL.clCreateBuffer(context, CL.CL_MEM_READ_ONLY | CL.CL_MEM_COPY_HOST_PTR, bytes, data, null);
        } catch (CLException e) {
            throw failure(e, "allocating " + bytes + " bytes of filter weights", bytes);
        }
    }

    /** Counts bytes copied from the host to the device (every transfer of the backend is counted). */
    public void countToDevice(long bytes) {
        bytesToDevice.addAndGet(bytes);
    }

    /** Counts bytes copied from the device to the host. */
    public void countFromDevice(long bytes) {
        bytesFromDevice.addAndGet(bytes);
    }

    /** Bytes copied from the host to the device since the context was created. */
    public long bytesToDevice() {
        return bytesToDevice.get();
    }

    /** Bytes copied from the device to the host since the context was created. */
    public long bytesFromDevice() {
        return bytesFromDevice.get();
    }

    /** Called once per buffer by {@link DeviceBuffer#release()}. */
    void free(DeviceBuffer buffer) {
        lifecycle.readLock().lock();
        try {
            forget(buffer);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void forget(DeviceBuffer buffer) {
        if (live.remove(buffer)) {
            liveCount.decrementAndGet();
            liveBytes.addAndGet(-buffer.byteSize());
            if (buffer.rawMem() != null) {
                // OpenCL keeps the memory until queued commands that use it have finished.
                CL.clReleaseMemObject(buffer.rawMem());
            }
        }
    }

    /**
     * Enqueues a launch over {@code extent} work-items per dimension (up to 3), each rounded up to
     * whole work-groups. Work-groups hold the kernel's full budget (at most {@link #WORK_GROUP_CAP},
     * within the kernel's and the device's queried limits), split between dimension 0 and 1 in
     * powers of two: a short dimension 0 takes the next power of two (at least the preferred
     * multiple) and gives the rest to dimension 1. Few distinct shapes, because runtimes such as
     * PoCL compile one variant per work-group shape.
     */
    public void launchGrid(ClKernel kernel, long[] extent, Object... args) {
        long budget = kernel.workGroupFor(WORK_GROUP_CAP);
        long l0 = budget;
        if (extent.length > 1) {
            long want = Math.max(Long.highestOneBit(Math.max(1, extent[0] - 1)) << 1, 1);
            want = Math.max(want, Math.min(kernel.preferredMultiple(), budget));
            l0 = Math.min(budget, want);
        }
        long[] local = new long[extent.length];
        Arrays.fill(local, 1);
        local[0] = Math.max(1, Math.min(l0, maxWorkItemSizes[0]));
        if (extent.length > 1) {
            local[1] = Math.max(1, Math.min(budget / local[0], maxWorkItemSizes[1]));
        }
        long[] global = new long[extent.length];
        for (int d = 0; d < extent.length; d++) {
            global[d] = roundUp(extent[d], local[d]);
        }
        launch(kernel, global, local, args);
    }

    private static long roundUp(long x, long m) {
        return (x + m - 1) / m * m;
    }

    /** Enqueues a one-dimensional launch over {@code count} work-items (rounded up to whole work-groups). */
    public void launch1d(ClKernel kernel, long count, Object... args) {
        long local = kernel.workGroupFor(WORK_GROUP_CAP);
        long global = (count + local - 1) / local * local;
        launch(kernel, new long[] {global}, new long[] {local}, args);
    }

    public void launch(ClKernel kernel, long[] global, long[] local, Object... args) {
        try {
            kernel.launch(queue, global, local, args);
        } catch (CLException e) {
            throw failure(e, "running kernel " + kernel.name(), 0);
        }
    }

    /** A driver error as a {@link BackendException}; out-of-memory statuses name the bytes asked and available. */
    public BackendException failure(CLException e, String what, long bytesAsked) {
        int s = e.getStatus();
        if (s == CL.CL_MEM_OBJECT_ALLOCATION_FAILURE || s == CL.CL_OUT_OF_RESOURCES || s == CL.CL_OUT_OF_HOST_MEMORY) {
            return outOfMemory(bytesAsked, what, CL.stringFor_errorCode(s));
        }
        return new BackendException("OpenCL error " + CL.stringFor_errorCode(s) + " while " + what + " on "
                + info.name(), e);
    }

    private BackendException outOfMemory(long bytes, String what, String why) {
        return new BackendException("out of device memory on OpenCL device '" + info.name() + "': " + what + " asked for "
                + bytes + " bytes (" + ClDeviceInfo.bytes(bytes) + "), " + why + "; available: at most "
                + info.maxAllocBytes() + " bytes in one allocation, " + info.globalMemBytes()
                + " bytes of global memory of which sciaccel arrays hold " + liveBytes.get() + " bytes in "
                + liveCount.get() + " arrays");
    }
}
