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
 * <p>Device work a user can stop: OpenCL cannot cancel a queued kernel, so what is queued is kept
 * short. Every launch and copy goes through this class, which
 * <ul>
 *   <li>checks for interruption first: an interrupted thread queues nothing more and gets a
 *       {@link BackendException} (its interrupt flag kept), as the waits ({@link #awaitQueue}) do;
 *   <li>bounds the estimated device time queued ahead ({@value #QUEUED_MILLIS_PROPERTY}, default
 *       {@value #DEFAULT_QUEUED_MILLIS} ms): past it, an enqueue waits for the earlier commands to run
 *       (not for the queue to drain), estimating each command by its kernel's measured time per
 *       work-item (profiled events);
 *   <li>splits a launch that would run longer than {@value #LAUNCH_MILLIS_PROPERTY} (default
 *       {@value #DEFAULT_LAUNCH_MILLIS} ms) into launches over parts of its range, in whole
 *       work-groups with global work offsets, for kernels that allow it ({@link ClKernel#splittable}).
 * </ul>
 * So an interrupted call leaves at most about the bound plus one part of work on the device, and the
 * next call starts after that, not after the rest of the interrupted one. A kernel that needs its
 * group's index counts it from the offset, {@code (get_global_id(0) - get_local_id(0)) /
 * get_local_size(0)}, and stays splittable; {@value #PART_GROUPS_PROPERTY}{@code =3} runs every
 * splittable launch in parts of three work-groups, to check that results do not change.
 *
 * <p>The backend class holds one of these and adds the SPI on top; this class knows nothing of
 * arrays or ops, so that the family packages depend on the runtime and not on each other.
 */
public final class ClContext {
    /** Upper bound on work-group sizes we pick; the kernel's own limit is queried and applied too. */
    public static final long WORK_GROUP_CAP = 256;
    /** System property: the device time one launch is split to (milliseconds). */
    public static final String LAUNCH_MILLIS_PROPERTY = "sciaccel.opencl.launchMillis";
    /** System property: the estimated device time kept queued ahead at most (milliseconds). */
    public static final String QUEUED_MILLIS_PROPERTY = "sciaccel.opencl.queuedMillis";
    /**
     * System property for checking kernels against running in parts: every splittable launch runs in
     * parts of this many work-groups, whatever its length (the results must not change).
     */
    public static final String PART_GROUPS_PROPERTY = "sciaccel.opencl.partGroups";
    static final long DEFAULT_LAUNCH_MILLIS = 100;
    static final long DEFAULT_QUEUED_MILLIS = 250;

    private final ClDeviceInfo info;
    private final cl_context context;
    private final cl_command_queue queue;
    private final KernelCache kernels;
    private final String fp64Option;
    private final long[] maxWorkItemSizes;
    private final QueuePacing pacing;
    private final long launchNanos;
    private final long partGroups;
    private final WorkRate copyRate = new WorkRate();
    private final WorkRate fillRate = new WorkRate();

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
            // Profiling gives each command's device time, which sizes the work queued ahead and the launches.
            this.queue = CL.clCreateCommandQueue(context, info.device(), CL.CL_QUEUE_PROFILING_ENABLE, null);
        } catch (CLException e) {
            CL.clReleaseContext(context);
            throw new BackendException("cannot create an OpenCL command queue on " + info.name() + ": " + e.getMessage(), e);
        }
        this.kernels = new KernelCache(context, info.device(), info.name(), info.acceptsOpenCLC12() ? "-cl-std=CL1.2" : "");
        this.fp64Option = fp64 ? "-D HAS_FP64=1" : "";
        int dims = ClInfo.deviceInt(info.device(), CL.CL_DEVICE_MAX_WORK_ITEM_DIMENSIONS);
        this.maxWorkItemSizes = ClInfo.deviceSizes(info.device(), CL.CL_DEVICE_MAX_WORK_ITEM_SIZES, dims);
        this.launchNanos = millisProperty(LAUNCH_MILLIS_PROPERTY, DEFAULT_LAUNCH_MILLIS) * 1_000_000;
        this.partGroups = Long.getLong(PART_GROUPS_PROPERTY, 0L);
        this.pacing = new QueuePacing(queue, info.name(),
                millisProperty(QUEUED_MILLIS_PROPERTY, DEFAULT_QUEUED_MILLIS) * 1_000_000);
    }

    private static long millisProperty(String name, long fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long ms = Long.parseLong(v.trim());
            if (ms > 0) {
                return ms;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException("system property " + name + "=" + v
                + ": expected a positive number of milliseconds");
    }

    /** The device time a launch is split to, in nanoseconds ({@value #LAUNCH_MILLIS_PROPERTY}). */
    public long launchNanos() {
        return launchNanos;
    }

    /** The bound on estimated device time queued ahead, in nanoseconds ({@value #QUEUED_MILLIS_PROPERTY}). */
    public long queuedNanos() {
        return pacing.aheadNanos();
    }

    /** Estimated device time of the commands queued and not known to have run, in nanoseconds. */
    public long pendingNanos() {
        return pacing.pendingNanos();
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
     * {@link BackendException} at once, its interrupt flag kept. The commands already queued still run
     * on the device (OpenCL cannot cancel them), but there are few: this class keeps the queue short
     * (see the class comment); the backend stays usable. {@code clFinish} and a blocking read wait
     * for minutes under a long kernel without looking at the thread.
     */
    public void awaitQueue(String what) {
        pacing.awaitAll(what);
    }

    /**
     * Throws the {@link BackendException} of an interrupted thread (its flag kept) if the current
     * thread is interrupted; the checkpoint every enqueue and wait of this class passes, for op
     * classes with long host-side loops between launches.
     */
    public void checkInterrupt(String what) {
        pacing.checkInterrupt(what);
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
            pacing.releaseAll();
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
     * PoCL compile one variant per work-group shape. Each work-item counts as one unit of work.
     */
    public void launchGrid(ClKernel kernel, long[] extent, Object... args) {
        launchGrid(kernel, ItemCost.ONE, extent, args);
    }

    /**
     * {@link #launchGrid(ClKernel, long[], Object...)} with each work-item counted as {@code cost}
     * units of work: a cost that grows with an argument (taps of a footprint) lets the kernel's
     * measured rate serve every value of that argument.
     */
    public void launchGrid(ClKernel kernel, ItemCost cost, long[] extent, Object... args) {
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
        launch(kernel, cost, global, local, args);
    }

    private static long roundUp(long x, long m) {
        return (x + m - 1) / m * m;
    }

    /** Enqueues a one-dimensional launch over {@code count} work-items (rounded up to whole work-groups). */
    public void launch1d(ClKernel kernel, long count, Object... args) {
        launch1d(kernel, ItemCost.ONE, count, args);
    }

    /** {@link #launch1d(ClKernel, long, Object...)} with each work-item counted as {@code cost} units of work. */
    public void launch1d(ClKernel kernel, ItemCost cost, long count, Object... args) {
        long local = kernel.workGroupFor(WORK_GROUP_CAP);
        long global = (count + local - 1) / local * local;
        launch(kernel, cost, new long[] {global}, new long[] {local}, args);
    }

    /** Enqueues a launch of {@code global} work-items in work-groups of {@code local} (a multiple in each dimension). */
    public void launch(ClKernel kernel, long[] global, long[] local, Object... args) {
        launch(kernel, ItemCost.ONE, global, local, args);
    }

    /**
     * {@link #launch(ClKernel, long[], long[], Object...)} with each work-item counted as {@code cost}
     * units of work. A launch estimated (by the kernel's measured rate) to run longer than
     * {@link #launchNanos()} is split into parts of whole work-groups when the kernel allows it; each
     * part is enqueued like a launch of its own: after an interruption check, within the bound on
     * the work queued ahead.
     */
    public void launch(ClKernel kernel, ItemCost cost, long[] global, long[] local, Object... args) {
        launchParts(kernel, cost, global, local, kernel.splittable() ? partGroups : 0, args);
    }

    /** A launch in parts of {@code partGroups} work-groups (the kernel must be splittable); for tests. */
    void launchInParts(ClKernel kernel, long[] global, long[] local, long partGroups, Object... args) {
        if (!kernel.splittable()) {
            throw new IllegalArgumentException("kernel " + kernel.name() + " cannot run in parts");
        }
        launchParts(kernel, ItemCost.ONE, global, local, partGroups, args);
    }

    /** The launch; in parts of {@code fixedPart} work-groups, or (0) of parts sized by the kernel's rate. */
    private void launchParts(ClKernel kernel, ItemCost cost, long[] global, long[] local, long fixedPart,
            Object[] args) {
        String what = "running kernel " + kernel.name();
        for (long g : global) {
            if (g == 0) {
                return;  // an empty range runs nothing (OpenCL refuses it)
            }
        }
        int dims = global.length;
        long[] groups = new long[dims];
        long totalGroups = 1;
        double groupItems = 1;
        for (int d = 0; d < dims; d++) {
            groups[d] = local == null ? 1 : Math.max(1, global[d] / local[d]);
            totalGroups *= groups[d];  // at most the number of work-items, a size_t count
            groupItems *= local == null ? global[d] : local[d];
        }
        double groupUnits = groupItems * cost.units();
        if (local == null || !kernel.splittable() || totalGroups <= 1 || (fixedPart <= 0
                && QueuePacing.estimate(kernel.rate(), totalGroups * groupUnits) <= launchNanos)) {
            enqueueKernel(kernel, null, global, local, totalGroups * groupUnits, what, args);
            return;
        }
        // Strides of the work-groups' linear order, dimension 0 fastest.
        long[] stride = new long[dims + 1];
        stride[0] = 1;
        for (int d = 0; d < dims; d++) {
            stride[d + 1] = stride[d] * groups[d];
        }
        long done = 0;
        while (done < totalGroups) {
            long part = fixedPart;
            if (part <= 0) {
                // Re-estimated for every part: the parts already run teach the kernel's rate.
                double perGroup = kernel.rate().nanosPerUnit(QueuePacing.UNKNOWN_NANOS_PER_UNIT) * groupUnits;
                part = (long) Math.max(1, Math.min(launchNanos / perGroup, totalGroups - done));
                // Whole rows (planes) where a part spans them, so that it is one box of work-groups.
                for (int d = dims - 1; d > 0; d--) {
                    if (part >= stride[d]) {
                        part = part / stride[d] * stride[d];
                        break;
                    }
                }
            }
            long end = Math.min(totalGroups, done + part);
            enqueueBoxes(kernel, groups, stride, local, done, end, groupUnits, what, args);
            done = end;
        }
    }

    /**
     * Enqueues the work-groups of linear indices [from, to) (dimension 0 fastest) as few boxes: from
     * each start, the box spans every lower dimension whole where the start is aligned to them.
     */
    private void enqueueBoxes(ClKernel kernel, long[] groups, long[] stride, long[] local, long from, long to,
            double groupUnits, String what, Object[] args) {
        int dims = groups.length;
        long a = from;
        while (a < to) {
            int level = dims - 1;
            long count = 0;
            for (; level >= 0; level--) {
                if (a % stride[level] != 0) {
                    continue;
                }
                long index = (a / stride[level]) % groups[level];
                count = Math.min((to - a) / stride[level], groups[level] - index);
                if (count > 0) {
                    break;
                }
            }
            long[] offset = new long[dims];
            long[] size = new long[dims];
            for (int d = 0; d < dims; d++) {
                if (d < level) {
                    size[d] = groups[d] * local[d];
                } else {
                    long index = (a / stride[d]) % groups[d];
                    offset[d] = index * local[d];
                    size[d] = (d == level ? count : 1) * local[d];
                }
            }
            enqueueKernel(kernel, offset, size, local, count * stride[level] * groupUnits, what, args);
            a += count * stride[level];
        }
    }

    private void enqueueKernel(ClKernel kernel, long[] offset, long[] global, long[] local, double units,
            String what, Object[] args) {
        try {
            pacing.enqueue(kernel.rate(), units, what, e -> kernel.launch(queue, offset, global, local, e, args));
        } catch (CLException e) {
            throw failure(e, what, 0);
        }
    }

    /**
     * Copies {@code bytes} from {@code src} at {@code srcOffset} to {@code dst} at {@code dstOffset} on
     * the device, enqueued like a launch (interruption check, bounded queue, split when long).
     */
    public void copyBuffer(cl_mem src, long srcOffset, cl_mem dst, long dstOffset, long bytes) {
        String what = "copying " + bytes + " bytes on the device";
        for (long done = 0; done < bytes; ) {
            long part = partBytes(copyRate, bytes - done, 1);
            long at = done;
            enqueueCopy(copyRate, part, what, e -> CL.clEnqueueCopyBuffer(queue, src, dst, srcOffset + at,
                    dstOffset + at, part, 0, null, e));
            done += part;
        }
    }

    /** Sets {@code bytes} of {@code mem} from {@code offset} to zero on the device, enqueued like a launch. */
    public void fillZero(cl_mem mem, long offset, long bytes) {
        String what = "clearing " + bytes + " bytes on the device";
        Pointer zero = Pointer.to(new byte[] {0});
        for (long done = 0; done < bytes; ) {
            long part = partBytes(fillRate, bytes - done, 1);
            long at = done;
            enqueueCopy(fillRate, part, what, e -> CL.clEnqueueFillBuffer(queue, mem, zero, 1, offset + at, part, 0,
                    null, e));
            done += part;
        }
    }

    /**
     * Copies {@code bytes} from the host to {@code mem} at {@code offset}, blocking; it waits for the
     * work queued before it first, interruptibly (a blocking write would wait for it without looking
     * at the thread).
     */
    public void write(cl_mem mem, long offset, long bytes, Pointer host) {
        String what = "copying " + bytes + " bytes to the device";
        if (pacing.busy()) {
            awaitQueue(what);
        }
        checkInterrupt(what);
        countToDevice(bytes);
        try {
            CL.clEnqueueWriteBuffer(queue, mem, true, offset, bytes, host, 0, null, null);
        } catch (CLException e) {
            throw failure(e, what, bytes);
        }
    }

    /**
     * Copies {@code bytes} of {@code mem} from {@code offset} to the host, blocking; it waits for the
     * work queued before it first, interruptibly.
     */
    public void read(cl_mem mem, long offset, long bytes, Pointer host) {
        String what = "copying " + bytes + " bytes from the device";
        awaitQueue(what);
        countFromDevice(bytes);
        try {
            CL.clEnqueueReadBuffer(queue, mem, true, offset, bytes, host, 0, null, null);
        } catch (CLException e) {
            throw failure(e, what, 0);
        }
    }

    /** Bytes of a copy part expected to take about {@link #launchNanos()}, a multiple of {@code unit}. */
    private long partBytes(WorkRate rate, long left, long unit) {
        double perByte = rate.nanosPerUnit(QueuePacing.UNKNOWN_NANOS_PER_UNIT / 64);
        long part = (long) Math.min(left, Math.max(1 << 20, launchNanos / perByte));
        part = Math.max(unit, part / unit * unit);
        return Math.min(part, left);
    }

    private void enqueueCopy(WorkRate rate, long bytes, String what, QueuePacing.Command command) {
        try {
            pacing.enqueue(rate, bytes, what, command);
        } catch (CLException e) {
            throw failure(e, what, 0);
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
