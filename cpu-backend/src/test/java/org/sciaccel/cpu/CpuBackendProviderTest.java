package org.sciaccel.cpu;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.cpu.fft.CpuFftOps;
import org.sciaccel.cpu.fit.CpuFitOps;
import org.sciaccel.cpu.linalg.CpuLinalgOps;
import org.sciaccel.cpu.morphology.CpuMorphologyOps;
import org.sciaccel.cpu.ndimage.CpuNdimageOps;
import org.sciaccel.spi.BackendProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuBackendProviderTest {

    @Test
    void serviceLoaderFindsTheCpuProvider() {
        BackendProvider p = Backends.providers().get("cpu");
        assertInstanceOf(CpuBackendProvider.class, p);
        BackendProvider.Availability a = p.probe();
        assertTrue(a.available());
        assertEquals(10, a.priority());
        assertTrue(a.reason().startsWith("plain Java, "), a.reason());
        assertTrue(a.reason().contains("(sciaccel.cpu.threads)"), a.reason());
        assertTrue(Backends.available().contains("cpu"));
    }

    @Test
    void sharedInstanceDescribesItself() {
        Backend b = Backends.get("cpu");
        assertInstanceOf(CpuBackend.class, b);
        assertSame(b, Backends.get("CPU"));
        assertEquals("cpu", b.name());
        assertTrue(b.device().startsWith("Java " + Runtime.version().feature() + ", "), b.device());
        assertTrue(b.device().endsWith(" on " + System.getProperty("os.arch")), b.device());
        for (DType t : DType.values()) {
            assertTrue(b.supports(t), t.toString());
        }
        assertTrue(b.implementedOps().containsAll(Set.of("ndimage.gaussian_filter", "ndimage.gaussian_filter1d",
                "ndimage.correlate1d")), b.implementedOps()::toString);
        for (Set<String> family : List.of(CpuNdimageOps.OPS, CpuMorphologyOps.OPS, CpuFftOps.OPS, CpuLinalgOps.OPS,
                CpuFitOps.OPS)) {
            assertTrue(b.implementedOps().containsAll(family), b.implementedOps()::toString);
        }
        b.synchronize();
    }

    @Test
    void threadCountComesFromTheSystemProperty() {
        String old = System.getProperty(CpuThreads.THREADS_PROPERTY);
        try {
            System.setProperty(CpuThreads.THREADS_PROPERTY, "3");
            assertEquals(3, CpuThreads.configuredThreads());
            assertTrue(new CpuBackendProvider().probe().reason().startsWith("plain Java, 3 threads"));
            System.setProperty(CpuThreads.THREADS_PROPERTY, "zero");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, CpuThreads::configuredThreads);
            assertTrue(e.getMessage().contains("sciaccel.cpu.threads=zero"), e.getMessage());
            System.setProperty(CpuThreads.THREADS_PROPERTY, "0");
            assertThrows(IllegalArgumentException.class, CpuThreads::configuredThreads);
            System.clearProperty(CpuThreads.THREADS_PROPERTY);
            assertEquals(Runtime.getRuntime().availableProcessors(), CpuThreads.configuredThreads());
        } finally {
            if (old == null) {
                System.clearProperty(CpuThreads.THREADS_PROPERTY);
            } else {
                System.setProperty(CpuThreads.THREADS_PROPERTY, old);
            }
        }
    }

    @Test
    void privateBackendReportsItsThreads() {
        try (CpuBackend b = new CpuBackend(1)) {
            assertTrue(b.device().contains(", 1 thread on "), b.device());
        }
        assertThrows(IllegalArgumentException.class, () -> new CpuBackend(0));
    }
}
