package org.sciaccel.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReductionLayoutTest {
    private static void check(int[] shape, int[] axes, boolean keep, int outer, int n, int inner, int swaps, int[] out) {
        ReductionLayout l = ReductionLayout.of(shape, axes, keep);
        assertEquals(List.of(outer, n, inner, swaps), List.of(l.outer(), l.reduced(), l.inner(), l.swaps().size()), l.toString());
        assertArrayEquals(out, l.outputShape());
    }

    @Test
    void adjacentAxesMergeAndExtentOneAxesDropOut() {
        check(new int[] {}, new int[] {}, false, 1, 1, 1, 0, new int[] {});
        check(new int[] {6}, new int[] {0}, false, 1, 6, 1, 0, new int[] {});
        check(new int[] {3, 4}, new int[] {1}, true, 3, 4, 1, 0, new int[] {3, 1});
        check(new int[] {3, 4}, new int[] {0}, false, 1, 3, 4, 0, new int[] {4});
        check(new int[] {2, 3, 4}, new int[] {1}, false, 2, 3, 4, 0, new int[] {2, 4});
        check(new int[] {2, 3, 4, 5}, new int[] {1, 2}, false, 2, 12, 5, 0, new int[] {2, 5});
        // the kept extent-1 axis between the reduced ones changes no offset
        check(new int[] {2, 1, 4}, new int[] {0, 2}, false, 1, 8, 1, 0, new int[] {1});
        check(new int[] {3, 4}, new int[] {}, false, 12, 1, 1, 0, new int[] {3, 4});
    }

    @Test
    void separateBlocksOfReducedAxesAreSwappedTogether() {
        ReductionLayout l = ReductionLayout.of(new int[] {2, 3, 4, 5}, new int[] {0, 2}, false);
        assertEquals(1, l.swaps().size());
        assertArrayEquals(new int[] {2, 3, 4, 5}, l.swaps().get(0), "[R2 K3 R4 K5] viewed as [2, 3, 4, 5], K3 and R4 exchanged");
        assertEquals(List.of(1, 8, 15), List.of(l.outer(), l.reduced(), l.inner()));
        ReductionLayout m = ReductionLayout.of(new int[] {2, 3, 4, 5, 6}, new int[] {1, 3}, true);
        assertEquals(List.of(2, 15, 24, 1), List.of(m.outer(), m.reduced(), m.inner(), m.swaps().size()));
        assertArrayEquals(new int[] {2, 1, 4, 1, 6}, m.outputShape());
        ReductionLayout r = ReductionLayout.of(new int[] {2, 3, 4, 5, 6}, new int[] {0, 2, 4}, false);
        assertEquals(2, r.swaps().size());
        assertEquals(List.of(1, 48, 15), List.of(r.outer(), r.reduced(), r.inner()));
    }

    @Test
    void emptyArraysNeedNoSwap() {
        check(new int[] {2, 0, 4, 5}, new int[] {0, 2}, false, 0, 8, 1, 0, new int[] {0, 5});
        check(new int[] {0, 3}, new int[] {1}, false, 0, 3, 1, 0, new int[] {0});
    }
}
