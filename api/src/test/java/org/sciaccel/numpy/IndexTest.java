package org.sciaccel.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.SciPyArgumentException;

/** NumPy's basic-index syntax and how an index selects a window of a row-major array. */
class IndexTest {

    @Test
    void parsesNumpysSyntaxAndWritesItBack() {
        Index i = Index.parse(" 1:5 , ::-2, ..., None, -3, 2: ");
        assertEquals(List.of(Index.slice(1, 5), Index.slice(null, null, -2), Index.ELLIPSIS, Index.NEWAXIS,
                new Index.Int(-3), Index.slice(2, null)), i.items());
        assertEquals("1:5, ::-2, ..., None, -3, 2:", i.toString());
        assertEquals(i, Index.parse(i.toString()));
        assertEquals(Index.of(Index.slice(1, 5), Index.slice(null, null, -2), Index.ELLIPSIS, null, -3,
                Index.slice(2, null)), i);
        assertEquals(List.of(), Index.parse("()").items());
        assertEquals(List.of(new Index.Int(4)), Index.parse("4,").items());
        assertEquals(List.of(Index.NEWAXIS, Index.ELLIPSIS), Index.parse("[np.newaxis, ...]").items());
    }

    @Test
    void refusesWhatIsNotAnIndex() {
        for (String bad : List.of("1::2::3", "a", "1.5", "1,,2", ":-", "99999999999999999999")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Index.parse(bad), bad);
            assertTrue(e.getMessage().contains("index '" + bad + "'"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Index.of(1.5));
    }

    @Test
    void resolvesAWindowAsNumpyDoes() {
        // a[1:, ::-2, 1] of a (3, 4, 2) array: shape (2, 2); first element a[1, 3, 1]
        StridedView v = Index.parse("1:, ::-2, 1").resolve(new int[] {3, 4, 2}, "t", "a");
        assertArrayEquals(new int[] {2, 2}, v.shape());
        assertEquals(8 + 3 * 2 + 1, v.offset());
        assertArrayEquals(new long[] {8, -4}, v.strides());
        // None adds a length-1 axis of stride 0; the ellipsis takes the axes the others leave
        StridedView w = Index.parse("..., None, -1").resolve(new int[] {3, 4}, "t", "a");
        assertArrayEquals(new int[] {3, 1}, w.shape());
        assertEquals(3, w.offset());
        assertArrayEquals(new long[] {4, 0}, w.strides());
        // empty slices and slices past the end clamp as Python's do
        assertArrayEquals(new int[] {0, 4}, Index.parse("5:10").resolve(new int[] {3, 4}, "t", "a").shape());
        assertArrayEquals(new int[] {2}, Index.parse("-10:2").resolve(new int[] {3}, "t", "a").shape());
        assertArrayEquals(new int[] {2}, Index.parse("-1:0:-1").resolve(new int[] {3}, "t", "a").shape());
    }

    @Test
    void refusalsAreNumpysIndexErrors() {
        SciPyArgumentException e = assertThrows(SciPyArgumentException.class,
                () -> Index.parse("0, 4").resolve(new int[] {3, 4}, "numpy.ndarray.__getitem__", "a: float64 (3, 4)"));
        assertEquals(SciPyArgumentException.Raises.INDEX_ERROR, e.scipyRaises());
        assertTrue(e.getMessage().startsWith("index 4 is out of bounds for axis 1 with size 4"), e.getMessage());
        assertTrue(e.getMessage().contains("a: float64 (3, 4)"), e.getMessage());
        assertThrows(SciPyArgumentException.class, () -> Index.parse("..., ...").resolve(new int[] {3}, "t", "a"));
        assertThrows(SciPyArgumentException.class, () -> Index.parse("0, 0").resolve(new int[] {3}, "t", "a"));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Index.parse("::0").resolve(new int[] {3}, "t", "a"));
        assertTrue(zero.getMessage().startsWith("slice step cannot be zero"), zero.getMessage());
    }
}
