package org.sciaccel.cpu.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The real Schur form (LAPACK's gees steps in {@link CpuGees}, checking the row-/column-major
 * handling) on many random matrices (general, symmetric, skew-symmetric with purely
 * imaginary eigenvalues, small integers with repeated eigenvalues) and on cases where the standard
 * shifts stall (a cyclic permutation): A = Z T Z^T, Z orthogonal, T quasi-upper-triangular with
 * standardised 2x2 blocks, and T's diagonal giving A's trace.
 */
class CpuSchurTest {

    @Test
    void randomMatricesDecompose() {
        SplittableRandom r = new SplittableRandom(11);
        for (int t = 0; t < 160; t++) {
            int n = 1 + r.nextInt(30);
            int kind = t % 4;
            double[] a = new double[n * n];
            for (int i = 0; i < a.length; i++) {
                a[i] = kind == 3 ? r.nextInt(3) - 1 : r.nextDouble() * 2 - 1;
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (kind == 1) {
                        a[i * n + j] = a[j * n + i];
                    } else if (kind == 2) {
                        a[i * n + j] = -a[j * n + i];
                    }
                }
                if (kind == 2) {
                    a[i * n + i] = 0;
                }
            }
            check(a, n, "n=" + n + " kind=" + kind);
        }
    }

    @Test
    void cyclicPermutationNeedsExceptionalShifts() {
        int n = 7;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i * n + (i + 1) % n] = 1;
        }
        double[] t = check(a, n, "cyclic");
        int blocks = 0;
        for (int i = 0; i + 1 < n; i++) {
            blocks += t[(i + 1) * n + i] != 0 ? 1 : 0;
        }
        assertEquals(3, blocks, "three complex pairs of 7th roots of unity");
    }

    /** Decomposes a copy of a and checks the factors; returns T. */
    private static double[] check(double[] a, int n, String what) {
        CpuGees.Result tz = CpuGees.gees(a, n, false, null);
        double[] t = tz.t;
        double[] z = tz.z;
        double scale = 1;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double back = 0;
                double dot = 0;
                for (int p = 0; p < n; p++) {
                    dot += z[p * n + i] * z[p * n + j];
                    for (int q = 0; q < n; q++) {
                        back += z[i * n + p] * t[p * n + q] * z[j * n + q];
                    }
                }
                assertTrue(Math.abs(back - a[i * n + j]) <= 1e-12 * n * scale, what + ": Z T Z^T != A at " + i + "," + j);
                assertTrue(Math.abs(dot - (i == j ? 1 : 0)) <= 1e-13 * n, what + ": Z not orthogonal at " + i + "," + j);
                if (i > j + 1) {
                    assertEquals(0.0, t[i * n + j], what + ": T not quasi-triangular at " + i + "," + j);
                }
            }
        }
        double trace = 0;
        double traceT = 0;
        for (int i = 0; i < n; i++) {
            trace += a[i * n + i];
            traceT += t[i * n + i];
        }
        assertEquals(trace, traceT, 1e-12 * n * scale, what + ": trace");
        for (int i = 0; i + 1 < n; i++) {
            double c = t[(i + 1) * n + i];
            if (c != 0) {
                assertTrue(i + 2 >= n || t[(i + 2) * n + i + 1] == 0, what + ": adjacent 2x2 blocks at " + i);
                assertEquals(t[i * n + i], t[(i + 1) * n + i + 1], what + ": 2x2 block diagonal at " + i);
                assertTrue(t[i * n + i + 1] * c < 0, what + ": 2x2 block at " + i + " has real eigenvalues");
            }
        }
        return t;
    }
}
