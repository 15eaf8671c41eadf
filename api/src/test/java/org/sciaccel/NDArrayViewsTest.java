package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/**
 * NDArray views' lifetime: one storage for an array and its views, released once, by the last of
 * them to be closed or, for arrays dropped without close(), by the Cleaner.
 */
class NDArrayViewsTest {

    @Test
    void theLastViewClosedReleasesTheStorageOnce() {
        HostMemoryBackend b = new HostMemoryBackend("views");
        NDArray a = NDArray.fromHost(b, HostArray.zeros(DType.FLOAT32, 2, 3));
        NDArray v = a.viewAs(3, 2);
        NDArray w = v.viewAs(6);
        assertEquals(1, b.liveAllocations());
        a.close();
        a.close();  // twice is harmless and releases nothing more
        v.close();
        assertEquals(1, b.liveAllocations());
        assertTrue(a.isClosed() && v.isClosed() && !w.isClosed());
        w.close();
        assertEquals(0, b.liveAllocations());
        assertThrows(IllegalStateException.class, () -> w.viewAs(6));
        assertThrows(IllegalArgumentException.class, () -> NDArray.fromHost(b, HostArray.zeros(DType.FLOAT32, 4))
                .viewAs(5));
    }

    @Test
    void theCleanerReleasesViewsDroppedWithoutClose() throws InterruptedException {
        HostMemoryBackend b = new HostMemoryBackend("cleaner");
        NDArray kept = dropAViewOf(b);
        // the dropped view's Cleaner runs, but the kept array still holds the storage
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 100 && probe.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(1, b.liveAllocations());
        assertEquals(6, kept.size());
        kept = null;
        for (int i = 0; i < 200 && b.liveAllocations() > 0; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(0, b.liveAllocations(), "collected views release their storage once");
    }

    private static NDArray dropAViewOf(HostMemoryBackend b) {
        NDArray a = NDArray.fromHost(b, HostArray.zeros(DType.INT32, 6));
        a.viewAs(2, 3);  // dropped without close()
        return a;
    }
}
