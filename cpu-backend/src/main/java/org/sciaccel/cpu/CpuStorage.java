package org.sciaccel.cpu;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sciaccel.HostArray;
import org.sciaccel.spi.ArrayStorage;

/**
 * The CPU backend's memory for one array: a {@link HostArray} in the Java heap, counted in the
 * owning backend's live-allocation counters until released.
 */
final class CpuStorage implements ArrayStorage {
    private volatile HostArray host;
    private final long bytes;
    private final AtomicLong liveCount;
    private final AtomicLong liveBytes;
    private final AtomicBoolean released = new AtomicBoolean();
    /**
     * Where the array goes on release, or null: set for a fresh result whose array no one else has seen, and
     * dropped as soon as {@link #host()} hands the array out (to an op, a download or a view of another shape,
     * which may keep it).
     */
    private volatile ArrayPool recycleTo;

    /** Takes ownership of {@code host} (not copied) and counts it as live. */
    CpuStorage(HostArray host, AtomicLong liveCount, AtomicLong liveBytes) {
        this.host = host;
        this.bytes = (long) host.size() * host.dtype().itemSize();
        this.liveCount = liveCount;
        this.liveBytes = liveBytes;
        liveCount.incrementAndGet();
        liveBytes.addAndGet(bytes);
    }

    /** The array itself (not a copy); callers must not modify an input's array. */
    HostArray host() {
        recycleTo = null;
        return peek();
    }

    /**
     * The array itself, read during one call that keeps no reference to it and returns nothing over it (the
     * element-wise engine's operands): the array may still be recycled once released.
     */
    HostArray peek() {
        HostArray h = host;
        if (h == null) {
            throw new IllegalStateException("cpu storage was released");
        }
        return h;
    }

    /** The array goes to {@code pool} on release unless {@link #host()} hands it out first. */
    void recycleTo(ArrayPool pool) {
        recycleTo = pool;
    }

    @Override
    public long byteSize() {
        return bytes;
    }

    @Override
    public void release() {
        if (released.compareAndSet(false, true)) {
            ArrayPool pool = recycleTo;
            HostArray h = host;
            host = null;
            if (pool != null && h != null) {
                pool.give(h.data());
            }
            liveCount.decrementAndGet();
            liveBytes.addAndGet(-bytes);
        }
    }
}
