package org.sciaccel.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;

/** Recycled result memory: only arrays nothing else has seen come back, and reused ones are overwritten. */
class ArrayPoolTest {
    private static final int N = 1 << 19; // 2 MiB of floats: above the pool's minimum

    @AfterEach
    void restore() {
        System.clearProperty(ArrayPool.PROPERTY);
    }

    private static NDArray result(CpuBackend b, int n) {
        return b.wrapRecyclable(new HostArray(DType.FLOAT32, new int[] {n}, b.arrays().floats(n)));
    }

    private static Object data(CpuBackend b, NDArray a) {
        return b.hostForCall(a, "a").data();
    }

    @Test
    void aClosedResultIsReused() {
        try (CpuBackend b = new CpuBackend(1)) {
            NDArray r = result(b, N);
            Object d = data(b, r);
            r.toHost(); // a download copies: the array stays unseen
            r.close();
            assertSame(d, b.arrays().floats(N));
            assertNotSame(d, b.arrays().floats(N), "handed out once");
            assertEquals(0, b.liveAllocations());
        }
    }

    @Test
    void anArrayAnOpHasSeenIsNotReused() {
        try (CpuBackend b = new CpuBackend(1)) {
            NDArray r = result(b, N);
            Object d = b.host(r, "r").data();
            r.close();
            assertNotSame(d, b.arrays().floats(N));
        }
    }

    @Test
    void viewsKeepTheArrayUntilTheLastIsClosed() {
        try (CpuBackend b = new CpuBackend(1)) {
            NDArray r = result(b, N);
            Object d = data(b, r);
            NDArray v = r.viewAs(2, N / 2);
            r.close();
            assertNotSame(d, b.arrays().floats(N));
            v.close();
            assertSame(d, b.arrays().floats(N));
        }
    }

    @Test
    void smallArraysAndTheSwitchOff() {
        try (CpuBackend b = new CpuBackend(1)) {
            NDArray small = result(b, 1000);
            Object d = data(b, small);
            small.close();
            assertNotSame(d, b.arrays().floats(1000));
            System.setProperty(ArrayPool.PROPERTY, "false");
            NDArray r = result(b, N);
            Object e = data(b, r);
            r.close();
            assertNotSame(e, b.arrays().floats(N));
        }
    }

    @Test
    void ufuncResultsInRecycledArraysHoldTheirOwnValues() {
        try (CpuBackend b = new CpuBackend(2)) {
            float[] x = new float[N];
            float[] y = new float[N];
            for (int i = 0; i < N; i++) {
                x[i] = i * 0.5f;
                y[i] = 3 - i;
            }
            try (NDArray a = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {N}, x));
                    NDArray c = NDArray.fromHost(b, new HostArray(DType.FLOAT32, new int[] {N}, y))) {
                Object first;
                try (NDArray p = Numpy.multiply(a, c)) {
                    first = data(b, p);
                }
                try (NDArray s = Numpy.add(a, c)) {
                    assertSame(first, data(b, s), "the product's array is reused");
                    float[] want = new float[N];
                    for (int i = 0; i < N; i++) {
                        want[i] = x[i] + y[i];
                    }
                    assertArrayEquals(want, s.toFloatArray());
                }
            }
        }
    }
}
