package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sciaccel.ndimage.Ndimage;

class BackendsTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Backends.BACKEND_PROPERTY);
    }

    @Test
    void availableBackendsAreListedBestFirstAndUnavailableOnesLeftOut() {
        assertEquals(List.of("testhigh", "testlow", Backends.FALLBACK_NAME), Backends.available());
        assertEquals("testhigh", Backends.defaultName());
        String d = Backends.describe();
        assertTrue(d.contains("testoff: unavailable - no such device here"), d);
        assertTrue(d.contains("    device 0: heap"), d);
    }

    @Test
    void thePropertyOverridesTheBestAvailable() {
        System.setProperty(Backends.BACKEND_PROPERTY, "testlow");
        assertEquals("testlow", Backends.defaultName());
        assertEquals("testlow", Backends.defaultBackend().name());
        assertEquals("testhigh", Backends.select("TestHigh").name());
    }

    @Test
    void unknownAndUnavailableNamesFailWithTheAvailableList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backends.get("cuda"));
        assertEquals("backend: unknown backend 'cuda'; available: [testhigh, testlow, " + Backends.FALLBACK_NAME + "]",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Backends.get("testoff"));
        assertEquals("backend: 'testoff' is not available here (no such device here); available: [testhigh, testlow, "
                + Backends.FALLBACK_NAME + "]",
                e.getMessage());
        System.setProperty(Backends.BACKEND_PROPERTY, "nope");
        assertThrows(IllegalArgumentException.class, Backends::defaultBackend);
    }

    @Test
    void sharedInstancesAreReused() {
        assertSame(Backends.get("testhigh"), Backends.get("testhigh"));
    }

    @Test
    void aSharedInstanceClosedByItsUserIsReplacedOnTheNextGet() {
        Backend closed;
        try (Backend b = Backends.get("testlow")) {
            closed = b;
            NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {1}, new float[] {1})).close();
        }
        assertTrue(closed.isClosed());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NDArray.fromHost(closed, new HostArray(DType.FLOAT32, new int[] {1}, new float[] {1})));
        assertEquals("the testlow backend is closed", e.getMessage());
        Backend next = Backends.get("testlow");
        assertTrue(next != closed && !next.isClosed());
        assertSame(next, Backends.get("testlow"));
        System.setProperty(Backends.BACKEND_PROPERTY, "testlow");
        assertSame(next, Backends.defaultBackend());
        // the fallback backend too: closing it does not leave the router a closed instance
        Backend fallback = Backends.fallback();
        fallback.close();
        assertTrue(!Backends.fallback().isClosed());
    }

    @Test
    void arraysCopyCloseAndRefuseUseAfterClose() {
        HostMemoryBackend b = (HostMemoryBackend) Backends.create("testhigh");
        NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {2, 2}, new float[] {1, 2, 3, 4}));
        assertEquals(1, b.liveAllocations());
        assertEquals(2, a.shape(-1));
        assertEquals(4, a.toDoubleArray()[3]);
        a.close();
        a.close();
        assertEquals(0, b.liveAllocations());
        IllegalStateException e = assertThrows(IllegalStateException.class, a::toFloatArray);
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> NDArray.fromHost(b,
                new HostArray(DType.COMPLEX128, new int[] {1}, new double[2])));
    }

    @Test
    void strictModeMakesAMissingOpThrowInsteadOfFallingBack() {
        Backend b = Backends.create("testlow");
        try (NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {3}, new double[3]))) {
            // surefire runs with sciaccel.strict=true
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> Ndimage.gaussianFilter(a, 1.0));
            assertEquals("ndimage.gaussian_filter is not implemented on backend testlow (strict mode: no CPU fallback)",
                    e.getMessage());
        }
    }

    @Test
    void badArgumentsAreRejectedBeforeAnyBackendRuns() {
        Backend b = Backends.create("testlow");
        try (NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {3, 4}, new double[12]))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Ndimage.gaussianFilter(a, new double[] {1, 2, 3}));
            assertEquals("sigma has 3 values but the input has 2 dimensions (shape (3, 4)); give one value or one per axis",
                    e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Ndimage.gaussianFilter(a, -1.0));
            assertEquals("sigma=-1.0 must be finite and non-negative", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Ndimage.gaussianFilter1d(a, 1.0, 2));
            assertEquals("axis=2 is out of range for an array of 2 dimensions", e.getMessage());
        }
    }
}
