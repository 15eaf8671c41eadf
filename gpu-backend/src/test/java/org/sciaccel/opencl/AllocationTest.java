package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.BackendException;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Mode;

/** Live-allocation accounting and out-of-memory errors. */
class AllocationTest {

    @Test
    void accountingReturnsToZeroAfterClosingArrays() {
        try (OpenCLBackend backend = OpenCLTestSupport.newBackend()) {
            assertEquals(0, backend.liveAllocations());
            NDArray a = NDArray.fromHost(backend, HostArray.zeros(DType.FLOAT32, 10, 10));
            NDArray b = NDArray.fromHost(backend, HostArray.zeros(DType.INT64, 3));
            assertEquals(2, backend.liveAllocations());
            assertEquals(400 + 24, backend.liveBytes());
            NDArray c = backend.ndimage().correlate1d(a, new double[] {1, 2, 1}, 0, Mode.REFLECT, 0, 0, DType.UINT16);
            NDArray d = a.astype(DType.COMPLEX64);
            assertEquals(4, backend.liveAllocations());
            assertEquals(400 + 24 + 200 + 800, backend.liveBytes());
            a.close();
            a.close();
            c.close();
            assertEquals(2, backend.liveAllocations());
            b.close();
            d.close();
            assertEquals(0, backend.liveAllocations());
            assertEquals(0, backend.liveBytes());
        }
    }

    @Test
    void closingTheBackendReleasesWhatIsStillOpen() {
        OpenCLBackend backend = OpenCLTestSupport.newBackend();
        NDArray a = NDArray.fromHost(backend, HostArray.zeros(DType.UINT8, 100));
        assertEquals(1, backend.liveAllocations());
        backend.close();
        assertEquals(0, backend.liveAllocations());
        assertEquals(0, backend.liveBytes());
        a.close(); // harmless after the backend is gone
        assertThrows(IllegalStateException.class, () -> backend.upload(HostArray.zeros(DType.UINT8, 1)));
        backend.close();
    }

    @Test
    void tooLargeAnAllocationNamesTheBytesAskedAndAvailable() {
        try (OpenCLBackend backend = OpenCLTestSupport.newBackend()) {
            long max = backend.deviceInfo().maxAllocBytes();
            BackendException e = assertThrows(BackendException.class, () -> backend.cl().allocate(max + 1, "a test buffer"));
            assertTrue(e.getMessage().contains("asked for " + (max + 1) + " bytes"), e.getMessage());
            assertTrue(e.getMessage().contains("at most " + max + " bytes"), e.getMessage());
            assertTrue(e.getMessage().contains(backend.deviceInfo().name()), e.getMessage());
            assertEquals(0, backend.liveAllocations());
        }
    }

    @Test
    void arraysOfAnotherBackendAreRejected() {
        try (OpenCLBackend one = OpenCLTestSupport.newBackend(); OpenCLBackend two = OpenCLTestSupport.newBackend();
             NDArray a = NDArray.fromHost(one, HostArray.zeros(DType.FLOAT32, 4))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> two.ndimage().correlate1d(a, new double[] {1}, 0, Mode.REFLECT, 0, 0, DType.FLOAT32));
            assertTrue(e.getMessage().contains("correlate1d"), e.getMessage());
        }
    }
}
