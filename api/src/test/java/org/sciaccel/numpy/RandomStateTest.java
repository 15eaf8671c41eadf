package org.sciaccel.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against numbers printed by NumPy 1.24's {@code np.random.RandomState} on this machine. */
class RandomStateTest {
    @Test
    void aSeededStateDrawsNumpysNumbersInOrder() {
        RandomState r = new RandomState(12345);
        assertEquals(0.9296160928171479, r.randomSample(), 0);
        assertEquals(0.3163755545817859, r.randomSample(), 0);
        assertEquals(0.18391881167709445, r.randomSample(), 0);
        assertArrayEquals(new double[] {-0.9771986072348016, 0.8386251454084332}, r.uniform(-2, 3, 2), 0);
        assertArrayEquals(new int[] {5, 0, 2, 4, 8, 7, 3, 9, 6, 1}, r.permutation(10));
        int[] choices = new int[5];
        for (int i = 0; i < 5; i++) {
            choices[i] = r.choice(7);
        }
        assertArrayEquals(new int[] {2, 1, 3, 5, 2}, choices);
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        r.shuffle(list);
        assertEquals(List.of(4, 7, 8, 5, 0, 3, 6, 2, 1), list);
        long[] ints = {r.randint(0, 5), r.randint(0, 5), r.randint(0, 5), r.randint(0, 5), r.randint(3, 1000)};
        assertArrayEquals(new long[] {3, 4, 0, 3, 767}, ints);
    }

    @Test
    void seedZeroAndItsBounds() {
        assertEquals(0.5488135039273248, new RandomState(0).randomSample(), 0);
        new RandomState(0xFFFFFFFFL).randomSample();
        assertThrows(IllegalArgumentException.class, () -> new RandomState(-1));
        assertThrows(IllegalArgumentException.class, () -> new RandomState(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new RandomState(1).randint(3, 3));
    }
}
