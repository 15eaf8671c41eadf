package org.sciaccel.opencl.runtime;

import java.util.ArrayList;
import java.util.List;
import org.jocl.CL;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/**
 * The device temporaries of one host call, released together when the scope closes, so that op
 * classes write {@code try (DeviceScope scope = cl.scope())} instead of a release per buffer in a
 * finally block. A result that escapes to the caller is allocated here too and handed over with
 * {@link #keep} once it is complete: until then a failure releases it with the temporaries.
 *
 * <p>Releasing right after the launches are queued is safe: OpenCL keeps a memory object until the
 * queued commands that use it have finished. A scope belongs to one thread.
 */
public final class DeviceScope implements AutoCloseable {
    private final ClContext cl;
    private final List<DeviceBuffer> buffers = new ArrayList<>();
    private final List<cl_mem> copies = new ArrayList<>();

    DeviceScope(ClContext cl) {
        this.cl = cl;
    }

    /** A new device buffer owned by this scope (see {@link ClContext#allocate}). */
    public DeviceBuffer allocate(long bytes, String what) {
        return own(cl.allocate(bytes, what));
    }

    /** A read-only device copy of small host data owned by this scope (see {@link ClContext#temporaryCopy}). */
    public cl_mem copy(Pointer data, long bytes) {
        cl_mem m = cl.temporaryCopy(data, bytes);
        copies.add(m);
        return m;
    }

    /** Makes this scope own {@code buffer} (one made elsewhere, such as a transform's output); returns it. */
    public DeviceBuffer own(DeviceBuffer buffer) {
        buffers.add(buffer);
        return buffer;
    }

    /** Hands {@code buffer} over to the caller: closing the scope no longer releases it. Returns it. */
    public DeviceBuffer keep(DeviceBuffer buffer) {
        for (int i = buffers.size() - 1; i >= 0; i--) {
            if (buffers.get(i) == buffer) {
                buffers.remove(i);
                return buffer;
            }
        }
        throw new IllegalArgumentException("the buffer to keep is not owned by this scope");
    }

    /** Releases an owned buffer now (a pass's input that the next pass no longer needs). */
    public void release(DeviceBuffer buffer) {
        keep(buffer).release();
    }

    /** Releases every buffer and copy still owned, newest first; a release that fails does not stop the others. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (int i = buffers.size() - 1; i >= 0; i--) {
            try {
                buffers.get(i).release();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        buffers.clear();
        for (int i = copies.size() - 1; i >= 0; i--) {
            try {
                CL.clReleaseMemObject(copies.get(i));
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        copies.clear();
        if (first != null) {
            throw first;
        }
    }
}
