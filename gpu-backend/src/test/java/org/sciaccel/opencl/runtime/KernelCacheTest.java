package org.sciaccel.opencl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sciaccel.KernelBuildException;
import org.sciaccel.opencl.OpenCLBackend;
import org.sciaccel.opencl.OpenCLTestSupport;

class KernelCacheTest {
    private static OpenCLBackend backend;

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
    void sameSourceAndOptionsGiveTheSameProgram() {
        KernelSource src = KernelSource.resource("array/astype.cl");
        String options = "-D IN_T=int -D IN_KIND=4 -D OUT_T=float -D OUT_KIND=0 -D WIDE_T=float -D KERNEL_SUFFIX=_t";
        long before = backend.cl().kernels().buildCount();
        ClProgram a = backend.cl().kernels().program(src, options);
        ClProgram b = backend.cl().kernels().program(KernelSource.resource("array/astype.cl"), options);
        assertSame(a, b);
        assertEquals(before + 1, backend.cl().kernels().buildCount());
        assertSame(a.kernel("astype_elementwise_t"), b.kernel("astype_elementwise_t"));
        ClProgram c = backend.cl().kernels().program(src, options.replace("OUT_T=float -D OUT_KIND=0", "OUT_T=int -D OUT_KIND=4"));
        assertNotSame(a, c);
    }

    @Test
    void concurrentRequestsForOneKeyBuildOnce() throws Exception {
        KernelSource src = KernelSource.of("concurrent.cl", "__kernel void k(__global int* x) { x[get_global_id(0)] = 3; }");
        long before = backend.cl().kernels().buildCount();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<ClProgram>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> backend.cl().kernels().program(src, "-D UNUSED=1"));
            }
            List<Future<ClProgram>> results = pool.invokeAll(tasks);
            ClProgram first = results.get(0).get();
            for (Future<ClProgram> f : results) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, backend.cl().kernels().buildCount());
    }

    @Test
    void brokenSourceThrowsWithTheCompilerLog() {
        KernelSource broken = KernelSource.of("broken.cl",
                "#include \"common/prelude.cl\"\n__kernel void broken(__global float* x) {\n"
                        + "    x[0] = sciaccel_undeclared_identifier;\n}\n");
        KernelBuildException e = assertThrows(KernelBuildException.class,
                () -> backend.cl().kernels().program(broken, ""));
        assertTrue(e.buildLog().contains("sciaccel_undeclared_identifier"), e.buildLog());
        assertTrue(e.getMessage().contains("broken.cl") && e.getMessage().contains(backend.deviceInfo().name()),
                e.getMessage());
        // The error points into the right file and line of the source as written.
        assertTrue(e.buildLog().contains("broken.cl:3"), e.buildLog());
        // Not cached: asking again fails again.
        assertThrows(KernelBuildException.class, () -> backend.cl().kernels().program(broken, ""));
    }

    @Test
    void buildLogsOfSuccessfulBuildsArePrintedWhenAsked() {
        KernelSource src = KernelSource.of("logged.cl", "__kernel void logged(__global int* x) { x[0] = 1; }");
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setProperty(KernelCache.BUILD_LOG_PROPERTY, "true");
        try {
            System.setErr(new java.io.PrintStream(captured, true));
            backend.cl().kernels().program(src, "-D LOGGED_BUILD=" + System.nanoTime());
        } finally {
            System.setErr(old);
            System.clearProperty(KernelCache.BUILD_LOG_PROPERTY);
        }
        assertTrue(captured.toString().contains("built OpenCL kernel logged.cl"), captured.toString());
        // Off again: nothing printed.
        captured.reset();
        try {
            System.setErr(new java.io.PrintStream(captured, true));
            backend.cl().kernels().program(src, "-D LOGGED_BUILD=" + System.nanoTime());
        } finally {
            System.setErr(old);
        }
        assertTrue(!captured.toString().contains("built OpenCL kernel"), captured.toString());
    }

    @Test
    void includesAreInlinedOnce() {
        String text = KernelSource.resource("ndimage/correlate1d.cl").text();
        assertEquals(1, count(text, "#define DT_FLOAT32 0"));
        assertEquals(1, count(text, "inline int extend_index("));
        assertTrue(!text.contains("#include"), "no include left");
        String twice = KernelSource.of("twice.cl", "#include \"common/boundary.cl\"\n#include \"common/boundary.cl\"\n").text();
        assertEquals(1, count(twice, "inline int extend_index("));
    }

    @Test
    void missingIncludeIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSource.of("x.cl", "#include \"common/nope.cl\"\n"));
        assertTrue(e.getMessage().contains("org/sciaccel/kernels/common/nope.cl"), e.getMessage());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
