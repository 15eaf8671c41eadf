package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.Eig;
import org.sciaccel.linalg.Eigh;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Qr;
import org.sciaccel.linalg.QrMode;
import org.sciaccel.linalg.Schur;
import org.sciaccel.linalg.Svd;

/**
 * The orders and signs SciPy's answers take from LAPACK (geev, geqrf/orgqr, gees, gesdd, syevr),
 * on the CPU backend: the fixed expectations of SciPy 1.10.1's own tests in
 * scipy/linalg/tests/test_decomp.py (TestEigVals, TestEig, TestQR, TestSchur, TestSVD_GESDD,
 * TestSVDVals), at their tolerances or tighter, and, where those tests only check properties,
 * SciPy's own results on the same matrices (printed with repr from /usr/bin/python3), which hold
 * the signs LAPACK chose. They hold on the machine's LAPACK and on the Java translation alike
 * ({@code -Dsciaccel.cpu.lapack=java}).
 */
class LapackConventionsTest {
    private final Backend cpu = TestBackends.get(TestBackends.CPU);

    private NDArray m(DType t, double[] v, int... shape) {
        return NDArray.fromHost(cpu, HostArray.fromDoubles(v.clone(), t, shape));
    }

    private NDArray m(double[] v, int... shape) {
        return m(DType.FLOAT64, v, shape);
    }

    private static final double SQRT93 = Math.sqrt(93);
    private static final double[] EIG_SIMPLE = {1, 2, 3, 1, 2, 3, 2, 5, 6};

    /** TestEigVals.test_simple (and test_finite): the eigenvalues in geev's order, not just as a set. */
    @Test
    void eigvalsSimpleInGeevOrder() {
        try (NDArray a = m(EIG_SIMPLE, 3, 3); NDArray w = Linalg.eigvals(a)) {
            assertEquals(DType.COMPLEX128, w.dtype());
            assertArrayEquals(new double[] {(9 + SQRT93) / 2, 0, 0, 0, (9 - SQRT93) / 2, 0}, interleaved(w), 1e-13);
        }
    }

    /** TestEigVals.test_simple at float32: sgeev, complex64 eigenvalues, the same order. */
    @Test
    void eigvalsFloat32RunsSgeev() {
        try (NDArray a = m(DType.FLOAT32, EIG_SIMPLE, 3, 3); NDArray w = Linalg.eigvals(a)) {
            assertEquals(DType.COMPLEX64, w.dtype());
            // SciPy: [ 9.3218212e+00+0.j -4.6443347e-08+0.j -3.2182550e-01+0.j]
            assertArrayEquals(new double[] {9.3218212, 0, -4.6443347e-08, 0, -0.3218255, 0}, interleaved(w), 2e-6);
        }
    }

    /**
     * TestEig.test_simple: w as above; each column of v is the unit eigenvector up to sign; SciPy's
     * own v (geev's signs: first column all negative) element by element.
     */
    @Test
    void eigSimple() {
        try (NDArray a = m(EIG_SIMPLE, 3, 3); Eig e = Linalg.eig(a)) {
            assertEquals(DType.COMPLEX128, e.w().dtype());
            assertEquals(DType.FLOAT64, e.v().dtype(), "all eigenvalues real: v is real");
            assertArrayEquals(new double[] {(9 + SQRT93) / 2, 0, 0, 0, (9 - SQRT93) / 2, 0}, interleaved(e.w()), 1e-13);
            double[] v = e.v().toDoubleArray();
            double[][] exact = {unit(1, 1, (1 + SQRT93 / 3) / 2), unit(3, 0, -1), unit(1, 1, (1 - SQRT93 / 3) / 2)};
            for (int c = 0; c < 3; c++) {
                double sign = Math.signum(v[c]);
                for (int r = 0; r < 3; r++) {
                    assertEquals(exact[c][r], v[r * 3 + c] * sign, 1.5e-6, "TestEig.test_simple v[:, " + c + "]");
                }
            }
            assertArrayEquals(new double[] {-0.39403658899646754, -0.9486832980505134, -0.5567547110202661,
                    -0.3940365889964672, -1.5929366157450466e-15, -0.5567547110202646, -0.8303435030540421,
                    0.31622776601683883, 0.6164806432593659}, v, 1e-13);
        }
    }

    /** TestEig.test_simple_complex_eig (right vectors): w = [1+2j, 1-2j], geev's pair unpacked as SciPy does. */
    @Test
    void eigComplexPair() {
        try (NDArray a = m(new double[] {1, 2, -2, 1}, 2, 2); Eig e = Linalg.eig(a)) {
            assertEquals(DType.COMPLEX128, e.v().dtype());
            assertArrayEquals(new double[] {1, 2, 1, -2}, interleaved(e.w()), 1e-14);
            // SciPy: v = [[-0.7071067811865475j, 0.7071067811865475j], [0.7071067811865476, 0.7071067811865476]]
            double h = Math.sqrt(0.5);
            assertArrayEquals(new double[] {0, -h, 0, h, h, 0, h, 0}, interleaved(e.v()), 1e-15);
        }
    }

    /** TestQR.test_simple: Q orthogonal, QR = a, and LAPACK's signs (R's diagonal negative here) as SciPy's q, r. */
    @Test
    void qrSimpleHasLapackSigns() {
        try (NDArray a = m(new double[] {8, 2, 3, 2, 9, 3, 5, 3, 6}, 3, 3); Qr qr = Linalg.qr(a)) {
            assertArrayEquals(new double[] {-0.8295613557843402, 0.2682544094852831, -0.48976272702294266,
                    -0.20739033894608505, -0.9623301388816708, -0.1758122609825948, -0.5184758473652127,
                    -0.0442749996237846, 0.853945267629746}, qr.Q().toDoubleArray(), 1e-14);
            assertArrayEquals(new double[] {-9.643650760992955, -5.081063304179084, -6.221710168382552, 0, -8.257287429835824,
                    -2.3478771859318703, 0, 0, 3.126946641761864}, qr.R().toDoubleArray(), 1e-13);
        }
    }

    /** TestQR.test_simple_tall_e: shapes (3, 2) and (2, 2), SciPy's values. */
    @Test
    void qrTallEconomic() {
        try (NDArray a = m(new double[] {8, 2, 2, 9, 5, 3}, 3, 2); Qr qr = Linalg.qr(a, QrMode.ECONOMIC)) {
            assertArrayEquals(new int[] {3, 2}, qr.Q().shape());
            assertArrayEquals(new int[] {2, 2}, qr.R().shape());
            assertArrayEquals(new double[] {-0.8295613557843402, 0.2682544094852831, -0.20739033894608505,
                    -0.9623301388816708, -0.5184758473652127, -0.0442749996237846}, qr.Q().toDoubleArray(), 1e-14);
            assertArrayEquals(new double[] {-9.643650760992955, -5.081063304179084, 0, -8.257287429835824},
                    qr.R().toDoubleArray(), 1e-13);
        }
    }

    /** TestQR.test_simple_fat: shapes (2, 2) and (2, 3), SciPy's values (orgqr of qr[:, :M]). */
    @Test
    void qrFat() {
        try (NDArray a = m(new double[] {8, 2, 5, 2, 9, 3}, 2, 3); Qr qr = Linalg.qr(a)) {
            assertArrayEquals(new int[] {2, 2}, qr.Q().shape());
            assertArrayEquals(new int[] {2, 3}, qr.R().shape());
            assertArrayEquals(new double[] {-0.9701425001453321, -0.24253562503633297, -0.24253562503633297,
                    0.9701425001453319}, qr.Q().toDoubleArray(), 1e-15);
            assertArrayEquals(new double[] {-8.246211251235321, -4.123105625617661, -5.57831937583566, 0, 8.246211251235321,
                    1.697749375254331}, qr.R().toDoubleArray(), 1e-14);
        }
    }

    /**
     * TestQR.test_simple_pivoting, test_simple_trap_pivoting, test_simple_tall_pivoting,
     * test_simple_fat_pivoting: |diag(R)| non-increasing, Q R = a[:, P], and Q, R those of qr(a[:, P]);
     * P as SciPy's (int32).
     */
    @Test
    void qrPivoting() {
        double[][] mats = {{8, 2, 3, 2, 9, 3, 5, 3, 6}, {8, 2, 3, 2, 9, 3}, {8, 2, 2, 9, 5, 3}, {8, 2, 5, 2, 9, 3}};
        int[][] shapes = {{3, 3}, {2, 3}, {3, 2}, {2, 3}};
        int[][] scipyP = {{1, 0, 2}, {1, 0, 2}, {1, 0}, {1, 0, 2}};
        for (int t = 0; t < mats.length; t++) {
            int rows = shapes[t][0];
            int cols = shapes[t][1];
            try (NDArray a = m(mats[t], rows, cols); Qr qr = Linalg.qr(a, QrMode.FULL, true)) {
                assertEquals(DType.INT32, qr.P().dtype());
                int[] p = (int[]) qr.P().toHost().data();
                assertArrayEquals(scipyP[t], p, "P of case " + t);
                double[] r = qr.R().toDoubleArray();
                for (int i = 1; i < Math.min(rows, cols); i++) {
                    assertTrue(Math.abs(r[i * cols + i]) <= Math.abs(r[(i - 1) * cols + i - 1]), "|diag(R)| increases");
                }
                double[] permuted = new double[rows * cols];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        permuted[i * cols + j] = mats[t][i * cols + p[j]];
                    }
                }
                double[] q = qr.Q().toDoubleArray();
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double back = 0;
                        for (int k = 0; k < rows; k++) {
                            back += q[i * rows + k] * r[k * cols + j];
                        }
                        assertEquals(permuted[i * cols + j], back, 1e-13, "Q R != a[:, P] at " + i + "," + j);
                    }
                }
                try (NDArray ap = m(permuted, rows, cols); Qr plain = Linalg.qr(ap)) {
                    assertArrayEquals(plain.Q().toDoubleArray(), q, 1.5e-6);
                    assertArrayEquals(plain.R().toDoubleArray(), r, 1.5e-6);
                }
            }
        }
        // SciPy hands geqp3 lda = M = 0 for a matrix without rows, which geqp3 refuses.
        try (NDArray a = m(new double[0], 0, 3)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Linalg.qr(a, QrMode.FULL, true));
            assertTrue(e.getMessage().contains("DGEQP3 parameter number 4"), e.getMessage());
        }
    }

    /** float32 qr runs sgeqrf/sorgqr and stays float32, as SciPy's. */
    @Test
    void qrFloat32() {
        try (NDArray a = m(DType.FLOAT32, new double[] {8, 2, 3, 2, 9, 3, 5, 3, 6}, 3, 3); Qr qr = Linalg.qr(a)) {
            assertEquals(DType.FLOAT32, qr.Q().dtype());
            assertEquals(DType.FLOAT32, qr.R().dtype());
            assertEquals(-9.643650760992955, qr.R().toDoubleArray()[0], 1e-5);
        }
    }

    /**
     * TestSchur.test_simple: Z T Z^T = a (rtol 1e-14, atol 5e-15) and Z orthogonal (atol 5e-15);
     * SciPy's T: the real eigenvalue first, then the standardised complex block.
     */
    @Test
    void schurSimple() {
        double[] av = {8, 12, 3, 2, 9, 3, 10, 3, 6};
        try (NDArray a = m(av, 3, 3); Schur s = Linalg.schur(a)) {
            double[] t = s.T().toDoubleArray();
            double[] z = s.Z().toDoubleArray();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double back = 0;
                    double dot = 0;
                    for (int p = 0; p < 3; p++) {
                        dot += z[i * 3 + p] * z[j * 3 + p];
                        for (int q = 0; q < 3; q++) {
                            back += z[i * 3 + p] * t[p * 3 + q] * z[j * 3 + q];
                        }
                    }
                    assertTrue(Math.abs(back - av[i * 3 + j]) <= 5e-15 + 1e-14 * Math.abs(av[i * 3 + j]),
                            "u @ t @ u.T != a at " + i + "," + j + ": " + back);
                    assertTrue(Math.abs(dot - (i == j ? 1 : 0)) <= 5e-15, "u not unitary at " + i + "," + j);
                }
            }
            assertArrayEquals(new double[] {17.782526050728496, 6.209632064800077, 5.169312304253324, 0, 2.608736974635749,
                    7.659542283106384, 0, -1.4902489670206789, 2.608736974635749}, t, 1e-13);
            assertArrayEquals(new double[] {-0.6582928418689181, -0.5572287959821649, 0.506109279970651,
                    -0.37321510096491506, -0.3422840260002576, -0.8622946909014357, -0.6537285543372664,
                    0.7565300486255128, -0.01735692284900238}, z, 1e-14);
        }
    }

    /** TestSVD_GESDD.test_simple: gesdd's U, s, Vh for [[1,2,3],[1,20,3],[2,5,6]], SciPy's signs (singular: the last pair's are rounding's). */
    @Test
    void svdSimple() {
        for (boolean full : new boolean[] {true, false}) {
            try (NDArray a = m(new double[] {1, 2, 3, 1, 20, 3, 2, 5, 6}, 3, 3); Svd svd = Linalg.svd(a, full, true)) {
                double[] u = svd.U().toDoubleArray();
                double[] vh = svd.Vh().toDoubleArray();
                assertArrayEquals(new double[] {21.32905832490486, 5.837060130991166}, java.util.Arrays.copyOf(
                        svd.s().toDoubleArray(), 2), 1e-13);
                assertEquals(0, svd.s().toDoubleArray()[2], 1e-14);
                double[] u2 = {-0.12763466572076165, 0.439757673567146, -0.9451439116584837, -0.3256652037976702,
                        -0.3006865117713965, 0.8369918539473571};
                double[] vh2 = {-0.07849158530206723, -0.9687056882085927, -0.23547475590620182, 0.30633163571000666,
                        -0.24821218671192805, 0.9189949071300204};
                for (int r = 0; r < 3; r++) {
                    assertEquals(u2[2 * r], u[r * 3], 1e-14, "U[" + r + ", 0]");
                    assertEquals(u2[2 * r + 1], u[r * 3 + 1], 1e-14, "U[" + r + ", 1]");
                }
                assertArrayEquals(vh2, java.util.Arrays.copyOf(vh, 6), 1e-14);
            }
        }
    }

    /** TestSVD_GESDD.test_simple_overdet / test_simple_underdet shapes; float32 runs sgesdd. */
    @Test
    void svdShapesAndFloat32() {
        try (NDArray a = m(new double[] {1, 2, 4, 5, 3, 4}, 3, 2); Svd full = Linalg.svd(a); Svd econ = Linalg.svd(a, false, true)) {
            assertArrayEquals(new int[] {3, 3}, full.U().shape());
            assertArrayEquals(new int[] {2, 2}, full.Vh().shape());
            assertArrayEquals(new int[] {3, 2}, econ.U().shape());
        }
        try (NDArray a = m(DType.FLOAT32, new double[] {1, 2, 3, 4, 5, 6}, 2, 3); Svd svd = Linalg.svd(a)) {
            assertEquals(DType.FLOAT32, svd.U().dtype());
            assertEquals(DType.FLOAT32, svd.s().dtype());
            assertArrayEquals(new int[] {3, 3}, svd.Vh().shape());
        }
    }

    /** TestSVDVals.test_simple*, test_empty: descending, min(M, N) values; empty inputs give empty. */
    @Test
    void svdvalsDescendingAndEmpty() {
        try (NDArray a = m(EIG_SIMPLE, 3, 3); NDArray s = Linalg.svdvals(a)) {
            double[] v = s.toDoubleArray();
            assertEquals(3, v.length);
            assertTrue(v[0] >= v[1] && v[1] >= v[2]);
        }
        for (int[] shape : new int[][] {{1, 0}, {2, 0}, {0, 3}}) {
            try (NDArray a = m(new double[0], shape); NDArray s = Linalg.svdvals(a)) {
                assertEquals(0, s.size());
            }
        }
    }

    /** eigh (syevr): ascending eigenvalues and SciPy's eigenvector signs. */
    @Test
    void eighSyevrSigns() {
        try (NDArray a = m(new double[] {8, 2, 5, 2, 9, 3, 5, 3, 6}, 3, 3); Eigh e = Linalg.eigh(a)) {
            assertArrayEquals(new double[] {1.7205285815315108, 6.9227591505629205, 14.356712267905582},
                    e.w().toDoubleArray(), 1e-13);
            assertArrayEquals(new double[] {0.5805057813743907, 0.5313036879104023, -0.6170327616939913,
                    0.16878936408379996, -0.8198457181264565, -0.5471408859168738, -0.7965696381127608,
                    0.2134698800358514, -0.5656035908252216}, e.v().toDoubleArray(), 1e-14);
        }
    }

    /** check_finite: SciPy refuses infs and NaNs before LAPACK sees them (ValueError), naming the array. */
    @Test
    void nonFiniteInputRefused() {
        try (NDArray a = m(new double[] {1, Double.NaN, 0, 1}, 2, 2)) {
            for (Runnable call : new Runnable[] {() -> Linalg.eigvals(a).close(), () -> Linalg.eig(a).close(),
                    () -> Linalg.qr(a).close(), () -> Linalg.schur(a).close(), () -> Linalg.svd(a).close(),
                    () -> Linalg.eigh(a).close()}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
                assertTrue(e.getMessage().contains("a: array must not contain infs or NaNs"), e.getMessage());
            }
        }
    }

    /** A complex array's values as interleaved (re, im) doubles. */
    private static double[] interleaved(NDArray z) {
        return (double[]) z.toHost().astype(DType.COMPLEX128).data();
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }
}
