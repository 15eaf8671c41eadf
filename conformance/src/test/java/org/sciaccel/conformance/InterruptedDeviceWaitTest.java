package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.BackendException;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.fft.Fft;
import org.sciaccel.ndimage.Ndimage;

/**
 * A Java thread interrupted during long OpenCL work gets an exception within 2 s, and the next call
 * on the backend is served within 2 s: the device has only a bounded amount of the interrupted work
 * left to run (before, the next call waited behind all of it, seconds to minutes). What is timed is
 * the work left in the queue, not the machine's speed: the long work is sized to run well over 10 s
 * here, the small call is warmed up first.
 */
class InterruptedDeviceWaitTest {
    private static final double LIMIT_SECONDS = 2.0;

    @Test
    void anInterruptedPipelineOfLongFftsThrowsAtOnceAndTheNextCallIsServedAtOnce() throws Exception {
        Backend b = openCl();
        warmSmallCall(b);
        interruptAndCheck(b, () -> {
            // Multi-pass transforms queued without waiting (each transform's kernels are enqueued,
            // the arrays closed; OpenCL frees their buffers once the kernels have run), then a read.
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {8}, new float[8]))) {
                for (int i = 0; i < 12; i++) {
                    Fft.fft(x, 10_000_000, -1, null).close();
                }
                try (NDArray spectrum = Fft.fft(x, 10_000_000, -1, null)) {
                    spectrum.toHost();
                }
            }
        });
    }

    @Test
    void anInterruptedLongMedianFilterThrowsAtOnceAndTheNextCallIsServedAtOnce() throws Exception {
        Backend b = openCl();
        warmSmallCall(b);
        // One filter call, one kernel before: its footprint is sized from a timed small one so that
        // the whole filter would run about 30 s on this device.
        int size = 31;
        double small = time(b, 96, size);
        double perPixel = small / (96.0 * 96.0);
        int side = (int) Math.min(4096, Math.ceil(Math.sqrt(30.0 / perPixel)));
        if (perPixel * side * side < 15) {
            size = 63;  // a fast device: four times the taps
            perPixel *= 4.2;
            side = (int) Math.min(4096, Math.ceil(Math.sqrt(30.0 / perPixel)));
        }
        assumeTrue(perPixel * side * side > 12, "this device filters too fast for the test: " + small + " s for 96 x 96");
        int n = side;
        int footprint = size;
        HostArray image = randomImage(n);
        interruptAndCheck(b, () -> {
            try (NDArray x = NDArray.fromHost(b, image); NDArray m = Ndimage.medianFilter(x, footprint)) {
                m.toHost();
            }
        });
    }

    private static Backend openCl() {
        assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend here");
        return TestBackends.get(TestBackends.OPENCL);
    }

    /** Seconds one median filter of side x side with a size x size footprint takes (kernel built first). */
    private static double time(Backend b, int side, int size) {
        HostArray image = randomImage(side);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            try (NDArray x = NDArray.fromHost(b, image); NDArray m = Ndimage.medianFilter(x, size)) {
                m.toHost();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static HostArray randomImage(int side) {
        float[] v = new float[side * side];
        Random rnd = new Random(22);
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextFloat();
        }
        return new HostArray(DType.FLOAT32, new int[] {side, side}, v);
    }

    /** The small call once, so that its kernel is built before it is timed. */
    private static void warmSmallCall(Backend b) throws Exception {
        smallCall(b).get(120, TimeUnit.SECONDS);
    }

    /** uniform_filter1d of five values on another thread. */
    private static CompletableFuture<float[]> smallCall(Backend b) {
        return CompletableFuture.supplyAsync(() -> {
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {5},
                    new float[] {1, 2, 3, 4, 5}));
                    NDArray r = Ndimage.uniformFilter1d(x, 3)) {
                return r.toFloatArray();
            }
        });
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void interruptAndCheck(Backend b, Work longWork) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong thrownAt = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                longWork.run();
            } catch (Throwable t) {
                thrownAt.set(System.nanoTime());
                failure.set(t);
            }
        }, "long-device-work");
        long started = System.nanoTime();
        worker.start();
        Thread.sleep(1500);
        long interruptedAt = System.nanoTime();
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(120));
        assumeTrue(failure.get() != null, "the work ended " + (System.nanoTime() - started) / 1e9
                + " s after it started, before the interrupt");
        Throwable t = failure.get();
        assertNotNull(t);
        assertInstanceOf(BackendException.class, t, () -> "got " + t);
        assertTrue(t.getMessage().contains("interrupted"), t.getMessage());
        double seconds = (thrownAt.get() - interruptedAt) / 1e9;
        assertTrue(seconds < LIMIT_SECONDS, "the exception came " + seconds + " s after the interrupt");

        // The next call (on another thread) waits only for what was left queued of the interrupted work.
        long asked = System.nanoTime();
        float[] got = smallCall(b).get(120, TimeUnit.SECONDS);
        double wait = (System.nanoTime() - asked) / 1e9;
        // scipy.ndimage.uniform_filter1d([1, 2, 3, 4, 5.], 3)
        assertArrayEquals(new float[] {4 / 3f, 2, 3, 4, 14 / 3f}, got, 1e-6f);
        assertTrue(wait < LIMIT_SECONDS, "the next call was served " + wait + " s after the interrupted one threw");
    }
}
