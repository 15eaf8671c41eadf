package org.sciaccel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** float16 conversions at their edges, and NumPy's promote_types table for every pair of dtypes. */
class HalfAndPromotionTest {
    @Test
    void halfRoundsToNearestEvenAndKeepsSpecials() {
        // Values and bits from NumPy 1.24: np.float16(v).view(np.uint16).
        assertEquals(0x3C00, Half.fromDouble(1.0) & 0xFFFF);
        assertEquals(0x3C00, Half.fromDouble(1 + 0x1p-11) & 0xFFFF);            // tie, to even (down)
        assertEquals(0x3C02, Half.fromDouble(1 + 3 * 0x1p-11) & 0xFFFF);        // tie, to even (up)
        assertEquals(0x3C01, Half.fromDouble(1 + 0x1p-11 + 0x1p-40) & 0xFFFF);  // just past the tie
        assertEquals(0x0001, Half.fromDouble(0x1p-24) & 0xFFFF);                // smallest subnormal
        assertEquals(0x0000, Half.fromDouble(0x1p-25) & 0xFFFF);                // tie to even zero
        assertEquals(0x0002, Half.fromDouble(3 * 0x1p-25) & 0xFFFF);            // tie to even 2
        assertEquals(0x03FF, Half.fromDouble(0x1p-14 - 0x1p-24) & 0xFFFF);      // largest subnormal
        assertEquals(0x0400, Half.fromDouble(0x1p-14 - 0x1p-26) & 0xFFFF);      // rounds up to the smallest normal
        assertEquals(0x7BFF, Half.fromDouble(65504) & 0xFFFF);
        assertEquals(0x7BFF, Half.fromDouble(65519.99) & 0xFFFF);
        assertEquals(0x7C00, Half.fromDouble(65520) & 0xFFFF);
        assertEquals(0xFC00, Half.fromDouble(Double.NEGATIVE_INFINITY) & 0xFFFF);
        assertEquals(0x8000, Half.fromDouble(-0.0) & 0xFFFF);
        assertEquals(0x7E00, Half.fromDouble(Double.NaN) & 0xFFFF);
        assertTrue(Double.isNaN(Half.toDouble((short) 0x7E00)));
        assertEquals(Double.POSITIVE_INFINITY, Half.toDouble((short) 0x7C00));
        assertEquals(0x1p-24, Half.toDouble((short) 1));
        assertEquals(-65504.0, Half.toDouble((short) 0xFBFF));
        for (int h = 0; h < 0x10000; h++) {
            double v = Half.toDouble((short) h);
            if (!Double.isNaN(v)) {
                assertEquals(h, Half.fromDouble(v) & 0xFFFF, "round trip of half bits " + Integer.toHexString(h));
            }
        }
    }

    @Test
    void uint64ReadsUnsigned() {
        HostArray a = new HostArray(DType.UINT64, new int[] {3}, new long[] {-1L, Long.MIN_VALUE, 5});
        assertEquals(18446744073709551615.0, a.getDouble(0));
        assertEquals(9223372036854775808.0, a.getDouble(1));
        assertEquals("18446744073709551615", Long.toUnsignedString(a.getLong(0)));
        assertEquals(5.0, a.getDouble(2));
        assertEquals((float) 1.8446744e19, a.astype(DType.FLOAT32).getDouble(0), 0.0);
    }

    @Test
    void promoteTypesIsNumpys() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream("/astype/promote_types.txt")) {
            table = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int rows = 0;
        for (String line : table.split("\n")) {
            String[] p = line.trim().split(" ");
            assertEquals(DType.fromName(p[2]), Casting.promoteTypes(DType.fromName(p[0]), DType.fromName(p[1])), line);
            rows++;
        }
        assertEquals(DType.values().length * DType.values().length, rows);
    }
}
