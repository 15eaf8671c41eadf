package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sciaccel.LinAlgException;

/**
 * The trust-region solvers' SVD: A = U·diag(s)·Vᵀ with orthonormal columns, s descending, for tall,
 * wide, badly scaled and rank-deficient matrices, and the minimum-norm least-squares solution.
 */
class ThinSvdTest {
    static void checkDecomposition(double[] a, int r, int c) {
        ThinSvd d = ThinSvd.of(a, r, c);
        int k = Math.min(r, c);
        assertEquals(k, d.k);
        double norm = 0;
        for (double x : a) {
            norm = Math.max(norm, Math.abs(x));
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double sum = 0;
                for (int q = 0; q < k; q++) {
                    sum += d.u[i * k + q] * d.s[q] * d.v[j * k + q];
                }
                assertEquals(a[i * c + j], sum, 1e-13 * norm, "A[" + i + "," + j + "]");
            }
        }
        for (int q = 1; q < k; q++) {
            assertTrue(d.s[q - 1] >= d.s[q], "descending");
        }
        for (int p = 0; p < k; p++) {
            for (int q = 0; q < k; q++) {
                double vv = 0;
                for (int j = 0; j < c; j++) {
                    vv += d.v[j * k + p] * d.v[j * k + q];
                }
                assertEquals(p == q ? 1 : 0, vv, 1e-13, "VᵀV");
                if (d.s[p] > 0 && d.s[q] > 0) {
                    double uu = 0;
                    for (int i = 0; i < r; i++) {
                        uu += d.u[i * k + p] * d.u[i * k + q];
                    }
                    assertEquals(p == q ? 1 : 0, uu, 1e-12, "UᵀU");
                }
            }
        }
    }

    @Test
    void tallWideAndBadlyScaled() {
        Random rnd = new Random(7);
        for (int[] shape : new int[][] {{5, 3}, {3, 5}, {1, 4}, {4, 1}, {6, 6}, {50, 5}}) {
            double[] a = new double[shape[0] * shape[1]];
            for (int i = 0; i < a.length; i++) {
                // columns of very different scale, as a Jacobian of parameters of different units has
                a[i] = rnd.nextGaussian() * Math.pow(10, 4 * (i % shape[1]) - 6);
            }
            checkDecomposition(a, shape[0], shape[1]);
        }
    }

    @Test
    void rankDeficientAndZero() {
        double[] a = {1, 2, 2, 4, 3, 6};
        checkDecomposition(a, 3, 2);
        ThinSvd d = ThinSvd.of(a, 3, 2);
        assertTrue(d.s[1] <= 1e-15 * d.s[0], "the second singular value is zero to rounding: " + d.s[1]);
        ThinSvd z = ThinSvd.of(new double[6], 3, 2);
        assertArrayEquals(new double[] {0, 0}, z.s);
    }

    @Test
    void minimumNormLeastSquares() {
        // x + y = 2 (twice): the minimum-norm solution is (1, 1)
        ThinSvd d = ThinSvd.of(new double[] {1, 1, 1, 1}, 2, 2);
        assertArrayEquals(new double[] {1, 1}, d.solveLeastSquares(new double[] {2, 2}), 1e-15);
        // an overdetermined consistent system
        double[] a = {1, 0, 0, 1, 1, 1};
        assertArrayEquals(new double[] {2, 3}, ThinSvd.of(a, 3, 2).solveLeastSquares(new double[] {2, 3, 5}), 1e-14);
    }

    @Test
    void nonFiniteInputIsRefused() {
        assertThrows(LinAlgException.class, () -> ThinSvd.of(new double[] {1, Double.NaN}, 1, 2));
    }
}
