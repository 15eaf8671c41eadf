package org.sciaccel.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;

/**
 * {@code iterate_structure} against shapes known in closed form at hundreds and thousands of iterations (a diamond
 * for the cross, a full square for the 3x3 square), and against SciPy's definition, one binary dilation of the
 * growing array per iteration, for structures without a centre, with even axes and without symmetry.
 */
class IterateStructureTest {

    @Test
    void crossIteratedThreeHundredTimesIsTheDiamond() {
        HostArray r = BinaryStructures.iterate(BinaryStructures.generate(2, 1), new int[] {3, 3}, 300);
        assertArrayEquals(new int[] {601, 601}, r.shape());
        byte[] got = (byte[]) r.data();
        byte[] want = new byte[601 * 601];
        for (int i = 0; i < 601; i++) {
            for (int j = 0; j < 601; j++) {
                want[i * 601 + j] = (byte) (Math.abs(i - 300) + Math.abs(j - 300) <= 300 ? 1 : 0);
            }
        }
        assertArrayEquals(want, got);
    }

    @Test
    void squareIteratedAThousandTimesFillsItsArray() {
        boolean[] square = new boolean[9];
        java.util.Arrays.fill(square, true);
        HostArray r = BinaryStructures.iterate(square, new int[] {3, 3}, 1000);
        assertArrayEquals(new int[] {2001, 2001}, r.shape());
        for (byte b : (byte[]) r.data()) {
            assertTrue(b == 1);
        }
    }

    @Test
    void lineWithAGapKeepsTheEvenPositions() {
        HostArray r = BinaryStructures.iterate(new boolean[] {true, false, true}, new int[] {3}, 1500);
        byte[] got = (byte[]) r.data();
        byte[] want = new byte[3001];
        for (int i = 0; i < want.length; i += 2) {
            want[i] = 1;
        }
        assertArrayEquals(want, got);
    }

    @Test
    void structuresWithoutCentreEvenOrAsymmetricFollowTheDilationDefinition() {
        boolean[][] structures = {
            {true, true, true, true, false, true, true, true, true}, // ring: no centre
            {true, true, true, true}, // 2x2
            {true, false, true, true, false, true, true, false, true, true, false, true}, // 3x4
            {true, false, false, false, false, true}, // 2x3 corners
            {false, true}, // 1-D, the true element off centre
            cube(new int[][] {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}, {2, 2, 2}, {1, 2, 1}}), // 3x3x3, centre false
        };
        int[][] shapes = {{3, 3}, {2, 2}, {3, 4}, {2, 3}, {2}, {3, 3, 3}};
        for (int k = 0; k < structures.length; k++) {
            for (int it : new int[] {2, 3, 5, 11}) {
                HostArray r = BinaryStructures.iterate(structures[k], shapes[k], it);
                byte[] want = byDefinition(structures[k], shapes[k], it);
                assertArrayEquals(want, (byte[]) r.data(), "structure " + k + ", " + it + " iterations");
            }
        }
    }

    @Test
    void aStructureTooLargeForAnArrayIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryStructures.iterate(BinaryStructures.generate(2, 1), new int[] {3, 3}, 1 << 30));
        assertTrue(e.getMessage().contains("iterations=1073741824"), e.getMessage());
    }

    /**
     * SciPy's iterate_structure step by step: the structure in the middle of the grown array, then {@code it - 1}
     * binary dilations by the structure, each {@code out[i] = any_j s[j] && in[i + shift - j]} with SciPy's
     * dilation shift per axis ({@code n - 1 - n/2}, one more on an even axis), zero beyond the edges.
     */
    private static byte[] byDefinition(boolean[] s, int[] shape, int it) {
        int nd = shape.length;
        int ni = it - 1;
        int[] big = new int[nd];
        int[] shift = new int[nd];
        for (int ax = 0; ax < nd; ax++) {
            big[ax] = shape[ax] + ni * (shape[ax] - 1);
            shift[ax] = shape[ax] - 1 - shape[ax] / 2 + ((shape[ax] & 1) == 0 ? 1 : 0);
        }
        int n = Shapes.size(big);
        boolean[] cur = new boolean[n];
        int[] c = new int[nd];
        for (int j = 0; j < s.length; j++) {
            coords(j, shape, c);
            int f = 0;
            for (int ax = 0; ax < nd; ax++) {
                f = f * big[ax] + c[ax] + ni * (shape[ax] / 2);
            }
            cur[f] = s[j];
        }
        int[] ci = new int[nd];
        int[] cj = new int[nd];
        for (int step = 0; step < ni; step++) {
            boolean[] next = new boolean[n];
            for (int i = 0; i < n; i++) {
                coords(i, big, ci);
                for (int j = 0; j < s.length && !next[i]; j++) {
                    if (!s[j]) {
                        continue;
                    }
                    coords(j, shape, cj);
                    int f = 0;
                    boolean inside = true;
                    for (int ax = 0; ax < nd; ax++) {
                        int x = ci[ax] + shift[ax] - cj[ax];
                        inside &= x >= 0 && x < big[ax];
                        f = f * big[ax] + x;
                    }
                    next[i] = inside && cur[f];
                }
            }
            cur = next;
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (cur[i] ? 1 : 0);
        }
        return out;
    }

    private static boolean[] cube(int[][] trues) {
        boolean[] s = new boolean[27];
        for (int[] t : trues) {
            s[t[0] * 9 + t[1] * 3 + t[2]] = true;
        }
        return s;
    }

    private static void coords(int flat, int[] shape, int[] out) {
        for (int ax = shape.length - 1; ax >= 0; ax--) {
            out[ax] = flat % shape[ax];
            flat /= shape[ax];
        }
    }
}
