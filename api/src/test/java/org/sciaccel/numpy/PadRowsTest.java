package org.sciaccel.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The rows np.pad copies into a padded axis, against NumPy 1.24's np.pad(np.arange(3), pad, mode): wide pads
 * are filled chunk by chunk as NumPy fills them, which differs from a periodic extension.
 */
class PadRowsTest {

    private static void rows(PadRows.Mode mode, int before, int after, long... numpy) {
        assertArrayEquals(numpy, PadRows.of(3, before, after, mode), mode + " " + before + "," + after);
    }

    @Test
    void wrapAsNumpy() {
        rows(PadRows.Mode.WRAP, 2, 9, 1, 2, 0, 1, 2, 0, 1, 2, 1, 2, 0, 1, 2, 0);
        rows(PadRows.Mode.WRAP, 5, 1, 2, 0, 0, 1, 2, 0, 1, 2, 0);
        rows(PadRows.Mode.WRAP, 4, 4, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0);
    }

    @Test
    void reflectAndSymmetricAsNumpy() {
        rows(PadRows.Mode.REFLECT, 1, 12, 1, 0, 1, 2, 1, 0, 1, 2, 1, 0, 1, 0, 1, 2, 1, 0);
        rows(PadRows.Mode.REFLECT, 2, 9, 2, 1, 0, 1, 2, 1, 0, 1, 2, 1, 0, 1, 2, 1);
        rows(PadRows.Mode.SYMMETRIC, 12, 1, 2, 2, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 0, 1, 2, 2);
        rows(PadRows.Mode.SYMMETRIC, 1, 12, 0, 0, 1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0, 0, 0, 0);
    }

    @Test
    void edgeAndLengthOne() {
        rows(PadRows.Mode.EDGE, 2, 1, 0, 0, 0, 1, 2, 2);
        assertArrayEquals(new long[] {0, 0, 0, 0}, PadRows.of(1, 2, 1, PadRows.Mode.REFLECT));
        assertArrayEquals(new long[] {0, 0, 0, 0}, PadRows.of(1, 1, 2, PadRows.Mode.WRAP));
    }
}
