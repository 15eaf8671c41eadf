package org.sciaccel.cpu;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A CPU backend's recycled result memory (a caching allocator, as a GPU array library keeps freed device
 * memory for the next array): the large {@code float[]} and {@code double[]} of closed results whose memory
 * nothing else can see are kept, softly referenced, and handed to the next result of the same length that is
 * overwritten entirely. A new Java array of 2^25 floats costs as much as a pass over it (the JVM zeroes it on
 * the allocating thread, and a fresh heap region is faulted in page by page); a recycled one costs nothing.
 *
 * <p>Only arrays of at least {@value #MIN_BYTES} bytes are kept, at most {@value #PER_LENGTH} per length and
 * {@link #capacityBytes()} in all; the garbage collector may clear any of them when memory runs short. The
 * system property {@value #PROPERTY}{@code =false} turns recycling off.
 */
public final class ArrayPool {
    /** System property: {@code false} turns recycling off (every result is a new array). */
    public static final String PROPERTY = "sciaccel.cpu.recycle";
    static final int MIN_BYTES = 1 << 20;
    static final int PER_LENGTH = 4;

    private final Map<Key, ArrayDeque<SoftReference<Object>>> free = new HashMap<>();
    private final long capacity = Math.min(2L << 30, Runtime.getRuntime().maxMemory() / 4);
    private long held;

    private record Key(boolean single, int length) {
        long bytes() {
            return (long) length * (single ? 4 : 8);
        }
    }

    ArrayPool() {
    }

    /** The most bytes kept at once. */
    public long capacityBytes() {
        return capacity;
    }

    private static boolean on() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** A {@code float[n]} that the caller overwrites entirely: recycled (any contents) or new (zeros). */
    public float[] floats(int n) {
        Object a = take(new Key(true, n));
        return a != null ? (float[]) a : new float[n];
    }

    /** A {@code double[n]} that the caller overwrites entirely: recycled (any contents) or new (zeros). */
    public double[] doubles(int n) {
        Object a = take(new Key(false, n));
        return a != null ? (double[]) a : new double[n];
    }

    private synchronized Object take(Key k) {
        if (k.bytes() < MIN_BYTES) {
            return null;
        }
        ArrayDeque<SoftReference<Object>> q = free.get(k);
        while (q != null && !q.isEmpty()) {
            Object a = q.pollFirst().get();
            held -= k.bytes();
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** Keeps {@code data} (a released result's array, referenced nowhere else) for a later result. */
    synchronized void give(Object data) {
        Key k;
        if (data instanceof float[] f) {
            k = new Key(true, f.length);
        } else if (data instanceof double[] d) {
            k = new Key(false, d.length);
        } else {
            return;
        }
        if (k.bytes() < MIN_BYTES || !on()) {
            return;
        }
        ArrayDeque<SoftReference<Object>> q = free.computeIfAbsent(k, x -> new ArrayDeque<>());
        // Drop what the collector cleared, then make room: the oldest entries of other lengths go first.
        for (Iterator<SoftReference<Object>> it = q.iterator(); it.hasNext();) {
            if (it.next().get() == null) {
                it.remove();
                held -= k.bytes();
            }
        }
        if (q.size() >= PER_LENGTH) {
            return;
        }
        while (held + k.bytes() > capacity && evictOther(k)) {
            // evicted one
        }
        if (held + k.bytes() > capacity) {
            return;
        }
        q.addLast(new SoftReference<>(data));
        held += k.bytes();
    }

    private boolean evictOther(Key keep) {
        for (Map.Entry<Key, ArrayDeque<SoftReference<Object>>> e : free.entrySet()) {
            if (!e.getKey().equals(keep) && !e.getValue().isEmpty()) {
                e.getValue().pollFirst();
                held -= e.getKey().bytes();
                return true;
            }
        }
        return false;
    }

    /** Forgets every kept array. */
    synchronized void clear() {
        free.clear();
        held = 0;
    }
}
