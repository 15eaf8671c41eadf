package org.sciaccel.opencl.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jocl.cl_mem;
import org.sciaccel.spi.ArrayStorage;

/**
 * Device memory of one array on an OpenCL context ({@link ClContext}). Empty arrays have no OpenCL buffer
 * (OpenCL forbids zero-sized buffers) but are still counted as allocations.
 */
public final class DeviceBuffer implements ArrayStorage {
    private final ClContext owner;
    private final cl_mem mem;
    private final long bytes;
    private final AtomicBoolean released = new AtomicBoolean();

    DeviceBuffer(ClContext owner, cl_mem mem, long bytes) {
        this.owner = owner;
        this.mem = mem;
        this.bytes = bytes;
    }

    @Override
    public long byteSize() {
        return bytes;
    }

    /** Frees the device memory; later calls do nothing. */
    @Override
    public void release() {
        if (released.compareAndSet(false, true)) {
            owner.free(this);
        }
    }

    public boolean isReleased() {
        return released.get();
    }

    /** The context the buffer belongs to. */
    public ClContext owner() {
        return owner;
    }

    /** The OpenCL buffer; null for an empty array. */
    public cl_mem mem() {
        if (released.get()) {
            throw new IllegalStateException("device buffer of " + bytes + " bytes on " + owner.deviceInfo().name() + " was released");
        }
        return mem;
    }

    /** The buffer without the released check, for the owner's bookkeeping. */
    public cl_mem rawMem() {
        return mem;
    }
}
