package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * A Java thread interrupted while it waits for a long OpenCL kernel gets an exception within 2 s (it
 * waited for the kernel before, seconds to minutes), and the backend serves the next call.
 */
class InterruptedDeviceWaitTest {

    @Test
    void anInterruptedWaitForALongFftThrowsAtOnceAndTheBackendStaysUsable() throws Exception {
        assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend here");
        Backend b = TestBackends.get(TestBackends.OPENCL);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicLong thrownAt = new AtomicLong();
        Thread worker = new Thread(() -> {
            // Seconds of device work on PoCL, queued without waiting (each transform's kernels are
            // enqueued, the arrays closed; OpenCL frees their buffers once the kernels have run).
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {8}, new float[8]))) {
                for (int i = 0; i < 3; i++) {
                    Fft.fft(x, 10_000_000, -1, null).close();
                }
                try (NDArray spectrum = Fft.fft(x, 10_000_000, -1, null)) {
                    spectrum.toHost();
                }
            } catch (Throwable t) {
                thrownAt.set(System.nanoTime());
                failure.set(t);
            }
        }, "long-fft");
        worker.start();
        Thread.sleep(300);
        long interruptedAt = System.nanoTime();
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(60));
        assumeTrue(failure.get() != null || thrownAt.get() != 0, "the transform ended before the interrupt");
        Throwable t = failure.get();
        assertNotNull(t);
        assertInstanceOf(BackendException.class, t, () -> "got " + t);
        assertTrue(t.getMessage().contains("interrupted"), t.getMessage());
        double seconds = (thrownAt.get() - interruptedAt) / 1e9;
        assertTrue(seconds < 2.0, "the exception came " + seconds + " s after the interrupt");

        // the next call (on another thread) is served once the kernels already queued have run
        float[] got = CompletableFuture.supplyAsync(() -> {
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {5},
                    new float[] {1, 2, 3, 4, 5}));
                    NDArray r = Ndimage.uniformFilter1d(x, 3)) {
                return r.toFloatArray();
            }
        }).get(120, TimeUnit.SECONDS);
        // scipy.ndimage.uniform_filter1d([1, 2, 3, 4, 5.], 3)
        assertArrayEquals(new float[] {4 / 3f, 2, 3, 4, 14 / 3f}, got, 1e-6f);
    }
}
