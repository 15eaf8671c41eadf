package org.sciaccel.opencl.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sciaccel.BackendException;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.OpenCLTestSupport;

/**
 * The runtime's side of device work a user can stop: which kernels may run in parts, that a launch
 * in parts runs every work-item once with the ids of the whole launch, that an interrupted thread
 * queues nothing, and that the work queued ahead stays bounded.
 */
class LaunchPacingTest {
    private static OpenCLBackend backend;

    private static final String MARK = """
            __kernel void mark(__global int* hits, __global int* groups, int w0, int w1, int w2) {
                size_t i0 = get_global_id(0), i1 = get_global_id(1), i2 = get_global_id(2);
                if (i0 >= w0 || i1 >= w1 || i2 >= w2) {
                    return;
                }
                int i = (int) (i0 + w0 * (i1 + w1 * i2));
                atomic_inc(&hits[i]);
                /* the group index as the offset-aware kernels compute it */
                groups[i] = (int) ((get_global_id(0) - get_local_id(0)) / get_local_size(0));
            }
            """;

    @BeforeAll
    static void open() {
        backend = OpenCLTestSupport.newBackend();
    }

    @AfterAll
    static void close() {
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void kernelsThatAskForGroupIdsOrTheGlobalSizeDoNotRunInParts() {
        assertTrue(KernelCache.splittable("__kernel void k(__global int* x) { x[get_global_id(0)] = 1; }"));
        assertTrue(KernelCache.splittable("/* not get_group_id(0) */ // get_global_size(0)\n"
                + "__kernel void k(__global int* x) { x[get_global_id(0)] = (int) get_local_size(0); }"));
        for (String q : new String[] {"get_group_id(0)", "get_num_groups(0)", "get_global_size(0)",
            "get_global_offset(0)"}) {
            assertFalse(KernelCache.splittable("int helper(void) { return (int) " + q + "; }\n"
                    + "__kernel void k(__global int* x) { x[get_global_id(0)] = helper(); }"), q);
        }
        ClProgram p = backend.cl().kernels().program(KernelSource.of("group.cl",
                "__kernel void g(__global int* x) { x[get_global_id(0)] = (int) get_group_id(0); }"), "");
        assertFalse(p.kernel("g").splittable());
        ClProgram q = backend.cl().kernels().program(KernelSource.of("mark.cl", MARK), "");
        assertTrue(q.kernel("mark").splittable());
    }

    @Test
    void aLaunchInPartsRunsEveryWorkItemOnceWithTheIdsOfTheWholeLaunch() {
        ClKernel k = backend.cl().kernels().program(KernelSource.of("mark.cl", MARK), "").kernel("mark");
        long[][] locals = {{4}, {4, 2}, {2, 2, 1}};
        int[][] extents = {{37, 1, 1}, {13, 5, 1}, {7, 5, 3}};
        for (int c = 0; c < locals.length; c++) {
            long[] local = locals[c];
            int[] w = extents[c];
            int dims = local.length;
            long[] global = new long[dims];
            long groups = 1;
            for (int d = 0; d < dims; d++) {
                global[d] = (w[d] + local[d] - 1) / local[d] * local[d];
                groups *= global[d] / local[d];
            }
            int n = w[0] * w[1] * w[2];
            for (long part : new long[] {1, 2, 3, 4, 5, 7, 11, groups - 1, groups, groups + 5}) {
                if (part < 1) {
                    continue;
                }
                try (DeviceScope scope = backend.cl().scope()) {
                    DeviceBuffer hits = scope.allocate((long) n * Sizeof.cl_int, "hits");
                    DeviceBuffer ids = scope.allocate((long) n * Sizeof.cl_int, "groups");
                    backend.cl().fillZero(hits.mem(), 0, (long) n * Sizeof.cl_int);
                    backend.cl().launchInParts(k, global, local, part, hits.mem(), ids.mem(), w[0], w[1], w[2]);
                    int[] h = new int[n];
                    int[] g = new int[n];
                    backend.cl().read(hits.mem(), 0, (long) n * Sizeof.cl_int, Pointer.to(h));
                    backend.cl().read(ids.mem(), 0, (long) n * Sizeof.cl_int, Pointer.to(g));
                    int[] ones = new int[n];
                    Arrays.fill(ones, 1);
                    String where = "extent " + Arrays.toString(w) + ", local " + Arrays.toString(local) + ", parts of "
                            + part + " groups";
                    assertArrayEquals(ones, h, where);
                    for (int i = 0; i < n; i++) {
                        assertEquals((i % w[0]) / local[0], g[i], where + ", item " + i);
                    }
                }
            }
        }
    }

    @Test
    void anInterruptedThreadQueuesNothing() throws Exception {
        ClKernel k = backend.cl().kernels().program(KernelSource.of("mark.cl", MARK), "").kernel("mark");
        CompletableFuture<Throwable> got = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (DeviceScope scope = backend.cl().scope()) {
                DeviceBuffer hits = scope.allocate(4L * Sizeof.cl_int, "hits");
                backend.cl().fillZero(hits.mem(), 0, 4L * Sizeof.cl_int);
                backend.cl().awaitQueue("test");
                Thread.currentThread().interrupt();
                try {
                    backend.cl().launch1d(k, 4, hits.mem(), hits.mem(), 4, 1, 1);
                    got.complete(null);
                } catch (Throwable e) {
                    // nothing ran: the counts are still zero
                    Thread.interrupted();
                    int[] h = new int[4];
                    backend.cl().read(hits.mem(), 0, 4L * Sizeof.cl_int, Pointer.to(h));
                    got.complete(Arrays.equals(h, new int[4]) ? e : new AssertionError("the launch ran: "
                            + Arrays.toString(h)));
                }
            }
        });
        t.start();
        Throwable e = got.get(60, TimeUnit.SECONDS);
        assertTrue(e instanceof BackendException, () -> "got " + e);
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertTrue(e.getCause() instanceof InterruptedException);
    }

    @Test
    void theWorkQueuedAheadStaysNearTheBound() {
        // A slow kernel: each work-item spins; many launches queued without waiting.
        ClKernel k = backend.cl().kernels().program(KernelSource.of("spin.cl", """
                __kernel void spin(__global float* x, int rounds) {
                    size_t i = get_global_id(0);
                    float v = x[i];
                    for (int r = 0; r < rounds; r++) {
                        v = v * 0.999f + 0.001f;
                    }
                    x[i] = v;
                }
                """), "").kernel("spin");
        long n = 1 << 16;
        ClContext cl = backend.cl();
        try (DeviceScope scope = cl.scope()) {
            DeviceBuffer x = scope.allocate(n * Sizeof.cl_float, "x");
            cl.fillZero(x.mem(), 0, n * Sizeof.cl_float);
            int rounds = 1024;
            long worst = 0;
            for (int i = 0; i < 20; i++) {
                cl.launch1d(k, ItemCost.of(rounds), n, x.mem(), rounds);
                worst = Math.max(worst, cl.pendingNanos());
            }
            assertTrue(worst > 0, "nothing was ever queued ahead");
            // at most the bound plus the command that was let in over it
            assertTrue(worst <= cl.queuedNanos() + 2 * cl.launchNanos(), "queued ahead: " + worst / 1e6 + " ms");
            cl.awaitQueue("test");
            assertEquals(0, cl.pendingNanos());
        }
    }
}
