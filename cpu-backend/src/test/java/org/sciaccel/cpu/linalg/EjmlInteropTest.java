package org.sciaccel.cpu.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cpu.CpuBackend;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EjmlInteropTest {
    private final CpuBackend cpu = new CpuBackend(1);

    @Test
    void roundTripsCopyAndKeepLayout() {
        try (NDArray a = NDArray.fromHost(cpu, new HostArray(DType.FLOAT64, new int[] {2, 3}, new double[] {1, 2, 3, 4, 5, 6}))) {
            DMatrixRMaj m = EjmlInterop.toDMatrix(a);
            assertEquals(2, m.numRows);
            assertEquals(3, m.numCols);
            assertEquals(6.0, m.get(1, 2));
            m.set(0, 0, 99); // a copy: the array is unchanged
            assertEquals(1.0, a.toDoubleArray()[0]);
            try (NDArray back = EjmlInterop.toNDArray(m, cpu)) {
                assertArrayEquals(new int[] {2, 3}, back.shape());
                assertArrayEquals(new double[] {99, 2, 3, 4, 5, 6}, back.toDoubleArray());
                m.set(0, 1, -1);
                assertEquals(2.0, back.toDoubleArray()[1]);
            }
            FMatrixRMaj f = EjmlInterop.toFMatrix(a);
            try (NDArray fb = EjmlInterop.toNDArray(f, cpu)) {
                assertEquals(DType.FLOAT32, fb.dtype());
                assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, fb.toFloatArray());
            }
        }
        assertEquals(0, cpu.liveAllocations());
    }

    @Test
    void vectorsBecomeColumnsAndBadInputIsRejected() {
        try (NDArray v = NDArray.fromHost(cpu, new HostArray(DType.INT32, new int[] {3}, new int[] {7, 8, 9}));
                NDArray c = NDArray.fromHost(cpu, HostArray.zeros(DType.COMPLEX128, 2, 2));
                NDArray t = NDArray.fromHost(cpu, HostArray.zeros(DType.FLOAT64, 2, 2, 2))) {
            DMatrixRMaj m = EjmlInterop.toDMatrix(v);
            assertEquals(3, m.numRows);
            assertEquals(1, m.numCols);
            assertEquals(9.0, m.get(2, 0));
            assertThrows(IllegalArgumentException.class, () -> EjmlInterop.toDMatrix(c));
            assertThrows(IllegalArgumentException.class, () -> EjmlInterop.toFMatrix(t));
        }
    }
}
