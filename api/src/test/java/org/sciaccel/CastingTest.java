package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CastingTest {

    @Test
    void storesTruncateTowardZeroAndWrapLikeScipysCLoops() {
        // SciPy 1.10.1: gaussian_filter(uint8 [0,0,255,0,0], 1) gives [14 61 101 61 14] (14.897... -> 14),
        // and with order=1 gives [24 61 0 195 232] (-60.x -> 195).
        assertEquals(14, Casting.castTo(14.89786221, DType.UINT8));
        assertEquals(195, Casting.castTo(-61.2, DType.UINT8));
        assertEquals(65535, Casting.castTo(-1.5, DType.UINT16));
        assertEquals(-1, Casting.castTo(-1.9, DType.INT32));
        assertEquals(0, Casting.castTo(0.775, DType.BOOL)); // SciPy gives False for a 0.775 bool result
        assertEquals(1, Casting.castTo(1.0, DType.BOOL));
        assertEquals((double) (float) 0.1, Casting.castTo(0.1, DType.FLOAT32));
    }

    @Test
    void hostArraysConvertAsNumpyAstype() {
        HostArray f = new HostArray(DType.FLOAT64, new int[] {4}, new double[] {-1.5, 0.2, 255.9, 300});
        assertArrayEquals(new byte[] {(byte) 255, 0, (byte) 255, 44}, (byte[]) f.astype(DType.UINT8).data());
        assertArrayEquals(new byte[] {1, 1, 1, 1}, (byte[]) f.astype(DType.BOOL).data());
        HostArray big = new HostArray(DType.INT64, new int[] {1}, new long[] {(1L << 40) + 7});
        assertArrayEquals(new int[] {7}, (int[]) big.astype(DType.INT32).data());
    }

    @Test
    void hostArraysRejectDataThatDoesNotFitTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HostArray(DType.FLOAT32, new int[] {2, 3}, new float[5]));
        assertEquals("data: 5 values do not fill shape (2, 3) of dtype float32 (expected 6)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HostArray(DType.UINT8, new int[] {2}, new int[2]));
    }

    @Test
    void dtypeNamesParse() {
        for (DType t : DType.values()) {
            assertEquals(t, DType.fromName(t.numpyName()));
        }
        assertThrows(IllegalArgumentException.class, () -> DType.fromName("float128"));
    }
}
