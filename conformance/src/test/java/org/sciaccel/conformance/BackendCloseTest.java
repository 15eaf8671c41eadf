package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Ndimage;

/**
 * A closed backend says so and refuses work with a message naming it, on every backend; closing one
 * instance leaves the shared one working. (Replacing a closed shared instance is BackendsTest's.)
 */
class BackendCloseTest {

    @Test
    void aClosedBackendRefusesWorkAndTheSharedOneKeepsWorking() {
        for (String name : TestBackends.available()) {
            Backend own = Backends.create(name);
            NDArray a = NDArray.fromHost(own, new HostArray(DType.FLOAT32, new int[] {3}, new float[] {1, 2, 3}));
            a.close();
            assertFalse(own.isClosed());
            own.close();
            assertTrue(own.isClosed(), name);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> NDArray.fromHost(own, new HostArray(DType.FLOAT32, new int[] {1}, new float[] {1})));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
            own.close(); // a second close is harmless

            Backend shared = TestBackends.get(name);
            assertFalse(shared.isClosed());
            try (NDArray x = NDArray.fromHost(shared, new HostArray(DType.FLOAT32, new int[] {3}, new float[] {1, 2, 3}));
                    NDArray r = Ndimage.uniformFilter1d(x, 3)) {
                assertTrue(r.size() == 3);
            }
        }
    }
}
