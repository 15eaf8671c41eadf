package org.sciaccel.cpu;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Large work arrays kept between calls: a long FFT needs tens of MiB of intermediate storage,
 * and allocating (zeroing, and on a growing heap page-faulting) that much on every call costs as
 * much as a good part of the transform. Returned arrays are held through soft references, so the
 * garbage collector takes them back under memory pressure. A taken array is the caller's alone
 * until given back; its contents are whatever the last user left (callers overwrite all of it).
 */
public final class CpuWorkArrays {
    /** Smaller arrays are simply allocated: pooling pays only where zeroing is expensive. */
    private static final int MIN_POOLED = 1 << 18;

    private static final Map<Integer, ConcurrentLinkedQueue<SoftReference<double[]>>> DOUBLES =
            new ConcurrentHashMap<>();
    private static final Map<Integer, ConcurrentLinkedQueue<SoftReference<float[]>>> FLOATS =
            new ConcurrentHashMap<>();

    private CpuWorkArrays() {
    }

    /** A pooled or new array of exactly {@code length} doubles, contents undefined. */
    public static double[] doubles(int length) {
        double[] a = length < MIN_POOLED ? null : take(DOUBLES, length);
        return a != null ? a : new double[length];
    }

    /** A pooled or new array of exactly {@code length} floats, contents undefined. */
    public static float[] floats(int length) {
        float[] a = length < MIN_POOLED ? null : take(FLOATS, length);
        return a != null ? a : new float[length];
    }

    /** Returns an array taken from {@link #doubles}; the caller must not touch it afterwards. */
    public static void giveBack(double[] a) {
        if (a.length >= MIN_POOLED) {
            DOUBLES.computeIfAbsent(a.length, k -> new ConcurrentLinkedQueue<>()).offer(new SoftReference<>(a));
        }
    }

    /** Returns an array taken from {@link #floats}; the caller must not touch it afterwards. */
    public static void giveBack(float[] a) {
        if (a.length >= MIN_POOLED) {
            FLOATS.computeIfAbsent(a.length, k -> new ConcurrentLinkedQueue<>()).offer(new SoftReference<>(a));
        }
    }

    private static <T> T take(Map<Integer, ConcurrentLinkedQueue<SoftReference<T>>> pool, int length) {
        ConcurrentLinkedQueue<SoftReference<T>> q = pool.get(length);
        if (q == null) {
            return null;
        }
        for (SoftReference<T> ref = q.poll(); ref != null; ref = q.poll()) {
            T a = ref.get();
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
