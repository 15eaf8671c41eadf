package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Lu;
import org.sciaccel.linalg.LuFactor;

/**
 * Complex inv, solve, lu, lu_factor, lu_solve, cholesky and qr on the CPU backend, against SciPy
 * 1.10.1's own tests (scipy/linalg/tests/test_decomp.py TestLU and TestQR, test_basic.py TestSolve,
 * test_decomp_cholesky.py TestCholesky) and SciPy's results on
 * their matrices (printed from /usr/bin/python3): zgetrf's pivots are the first row of largest
 * |re| + |im| (izamax), not of largest modulus, and the dtypes are SciPy's.
 */
class ComplexSolversTest {
    private final Backend cpu = TestBackends.get(TestBackends.CPU);

    /** A complex128 array from interleaved (re, im) values. */
    private NDArray c(double[] reIm, int... shape) {
        return NDArray.fromHost(cpu, new HostArray(DType.COMPLEX128, shape, reIm.clone()));
    }

    private NDArray r(double[] v, int... shape) {
        return NDArray.fromHost(cpu, HostArray.fromDoubles(v.clone(), DType.FLOAT64, shape));
    }

    private static double[] interleaved(NDArray z) {
        return (double[]) z.toHost().astype(DType.COMPLEX128).data();
    }

    /** TestLU.ca = [[1, 2, 3], [1, 2, 3], [2, 5j, 6]]. */
    private static final double[] CA = {1, 0, 2, 0, 3, 0, 1, 0, 2, 0, 3, 0, 2, 0, 0, 5, 6, 0};
    /** TestLU.cb = 1j * [[1, 2, 3], [4, 5, 6], [7, 8, 9]]. */
    private static final double[] CB = {0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 9};

    /** TestLU._test_common_lu_factor on ca and cb: lu_factor equals getrf's (SciPy's values), pivots 0-based. */
    @Test
    void luFactorIsZgetrf() {
        try (NDArray a = c(CA, 3, 3); LuFactor f = Linalg.luFactor(a)) {
            assertArrayEquals(new int[] {2, 1, 2}, (int[]) f.piv().toHost().data());
            assertEquals(DType.COMPLEX128, f.lu().dtype());
            assertArrayEquals(new double[] {2.0, 0.0, 0.0, 5.0, 6.0, 0.0, 0.5, 0.0, 2.0, -2.5, 0.0, 0.0, 0.5, 0.0,
                    0.9999999999999998, -1.3877787807814457e-17, 0.0, 0.0}, interleaved(f.lu()), 1e-15);
        }
        try (NDArray a = c(CB, 3, 3); LuFactor f = Linalg.luFactor(a)) {
            assertArrayEquals(new int[] {2, 2, 2}, (int[]) f.piv().toHost().data());
            assertArrayEquals(new double[] {0.0, 7.0, 0.0, 8.0, 0.0, 9.0, 0.14285714285714285, 0, 0.0, 0.8571428571428572,
                    0.0, 1.7142857142857144, 0.5714285714285714, 0, 0.5000000000000002, 0, 0.0, 0.0}, interleaved(f.lu()),
                    1e-15);
        }
    }

    /** izamax's measure: [3+3j, 4.3] picks row 0 (|re| + |im| = 6 > 4.3) though |3+3j| = 4.24 < 4.3. */
    @Test
    void pivotOnAbsReImSum() {
        try (NDArray a = c(new double[] {3, 3, 1, 0, 4.3, 0, 1, 0}, 2, 2); LuFactor f = Linalg.luFactor(a)) {
            assertArrayEquals(new int[] {0, 1}, (int[]) f.piv().toHost().data());
        }
    }

    /** TestLU.test_simple_complex, test_simple2_complex, the complex rectangles: P L U = a, (P L) U = a; P real. */
    @Test
    void luReconstructs() {
        double[] chrect = new double[24];
        int[] hr = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12};
        for (int i = 0; i < 12; i++) {
            chrect[2 * i + 1] = hr[i];
        }
        Object[][] cases = {{CA, new int[] {3, 3}}, {CB, new int[] {3, 3}}, {chrect, new int[] {3, 4}},
                {chrect, new int[] {4, 3}}};
        for (Object[] cs : cases) {
            double[] v = (double[]) cs[0];
            int[] shape = (int[]) cs[1];
            try (NDArray a = c(v, shape); Lu lu = Linalg.lu(a); Lu plu = Linalg.lu(a, true)) {
                assertEquals(DType.FLOAT64, lu.P().dtype(), "SciPy's P of a complex matrix is real");
                int m = shape[0];
                int n = shape[1];
                int k = Math.min(m, n);
                double[] l = interleaved(lu.L());
                double[] u = interleaved(lu.U());
                double[] p = lu.P().toDoubleArray();
                double[] pl = interleaved(plu.L());
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double re = 0;
                        double im = 0;
                        double pre = 0;
                        double pim = 0;
                        for (int q = 0; q < k; q++) {
                            double lr = 0;
                            double li = 0;
                            for (int s = 0; s < m; s++) {
                                lr += p[i * m + s] * l[2 * (s * k + q)];
                                li += p[i * m + s] * l[2 * (s * k + q) + 1];
                            }
                            double ur = u[2 * (q * n + j)];
                            double ui = u[2 * (q * n + j) + 1];
                            re += lr * ur - li * ui;
                            im += lr * ui + li * ur;
                            pre += pl[2 * (i * k + q)] * ur - pl[2 * (i * k + q) + 1] * ui;
                            pim += pl[2 * (i * k + q)] * ui + pl[2 * (i * k + q) + 1] * ur;
                        }
                        assertEquals(v[2 * (i * n + j)], re, 1.5e-6);
                        assertEquals(v[2 * (i * n + j) + 1], im, 1.5e-6);
                        assertEquals(v[2 * (i * n + j)], pre, 1.5e-6);
                        assertEquals(v[2 * (i * n + j) + 1], pim, 1.5e-6);
                    }
                }
            }
        }
    }

    /** TestSolve.test_simple_complex: a = [[5, 2], [2j, 4]], complex and real right-hand sides; dot(a, x) = b. */
    @Test
    void solveSimpleComplex() {
        double[] av = {5, 0, 2, 0, 0, 2, 4, 0};
        try (NDArray a = c(av, 2, 2)) {
            try (NDArray b = c(new double[] {0, 1, 0, 0}, 2); NDArray x = Linalg.solve(a, b)) {
                assertEquals(DType.COMPLEX128, x.dtype());
                double[] xv = interleaved(x);
                assertEquals(0, 5 * xv[0] + 2 * xv[2], 1e-15);
                assertEquals(1, 5 * xv[1] + 2 * xv[3], 1e-15);
                assertEquals(0, -2 * xv[1] + 4 * xv[2], 1e-15);
                assertEquals(0, 2 * xv[0] + 4 * xv[3], 1e-15);
            }
            try (NDArray b = r(new double[] {1, 0}, 2); NDArray x = Linalg.solve(a, b)) {
                assertEquals(DType.COMPLEX128, x.dtype(), "a real b is solved at a's complex dtype");
                double[] xv = interleaved(x);
                assertEquals(1, 5 * xv[0] + 2 * xv[2], 1e-15);
                assertEquals(0, 5 * xv[1] + 2 * xv[3], 1e-15);
            }
        }
    }

    /** TestSolve.test_simple_sym_complex: complex symmetric (not Hermitian) a with assume_a='sym'. */
    @Test
    void solveSymmetricComplex() {
        double[] av = {5, 0, 2, 1, 2, 1, -4, 0};
        try (NDArray a = c(av, 2, 2); NDArray b = c(new double[] {0, 1, 0, 0}, 2);
                NDArray x = Linalg.solve(a, b, AssumeA.SYM, false)) {
            double[] xv = interleaved(x);
            // row 0: 5 x0 + (2+i) x1 = 1j; row 1: (2+i) x0 - 4 x1 = 0
            assertEquals(0, 5 * xv[0] + 2 * xv[2] - xv[3], 1e-15);
            assertEquals(1, 5 * xv[1] + 2 * xv[3] + xv[2], 1e-15);
            assertEquals(0, 2 * xv[0] - xv[1] - 4 * xv[2], 1e-15);
            assertEquals(0, 2 * xv[1] + xv[0] - 4 * xv[3], 1e-15);
        }
    }

    /** inv of a complex64 matrix stays complex64; a singular complex matrix is LinAlgError's "singular matrix". */
    @Test
    void invDtypeAndSingular() {
        try (NDArray a64 = c(new double[] {5, 0, 2, 0, 0, 2, 4, 0}, 2, 2); NDArray a = a64.astype(DType.COMPLEX64);
                NDArray inv = Linalg.inv(a)) {
            assertEquals(DType.COMPLEX64, inv.dtype());
            // SciPy: inv([[5, 2], [2j, 4]]) = [[0.1923077+0.0384615j, -0.0961538-0.0192308j], [0.0192308-0.0961538j, 0.2403846+0.0480769j]]
            assertArrayEquals(new double[] {0.1923077, 0.0384615, -0.0961538, -0.0192308, 0.0192308, -0.0961538, 0.2403846,
                    0.0480769}, interleaved(inv), 1e-7);
        }
        try (NDArray a = c(new double[] {0, 1, 0, 2, 0, 2, 0, 4}, 2, 2)) {
            LinAlgException e = assertThrows(LinAlgException.class, () -> Linalg.inv(a));
            assertTrue(e.getMessage().contains("singular matrix"), e.getMessage());
        }
    }

    /**
     * TestCholesky.test_simple_complex: a = m^H m, cholesky(a) = c with c^H c = a (SciPy's c: real
     * positive diagonal), and cholesky(c^T c^T^H, lower) = c^T; a non-positive-definite Hermitian
     * matrix fails as LinAlgError's "not positive definite".
     */
    @Test
    void choleskySimpleComplex() {
        double[] a = {10.0, 0.0, 13.0, 9.0, 15.0, -5.0, 13.0, -9.0, 33.0, 0.0, 33.0, -10.0, 15.0, 5.0, 33.0, 10.0, 143.0, 0.0};
        double[] scipyC = {3.1622776601683795, 0.0, 4.110960958218893, 2.8460498941515415, 4.743416490252569,
                -1.5811388300841898, 0.0, 0.0, 2.8284271247461903, 0.0, 6.363961030678928, 3.5355339059327373, 0.0, 0.0,
                0.0, 0.0, 8.06225774829855, 0.0};
        try (NDArray am = c(a, 3, 3); NDArray u = Linalg.cholesky(am)) {
            assertArrayEquals(scipyC, interleaved(u), 1e-14);
        }
        // L = U^T (not conjugated), a2 = L L^H: cholesky(a2, lower) = L.
        double[] l = new double[18];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                l[2 * (i * 3 + j)] = scipyC[2 * (j * 3 + i)];
                l[2 * (i * 3 + j) + 1] = scipyC[2 * (j * 3 + i) + 1];
            }
        }
        double[] a2 = new double[18];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int p = 0; p < 3; p++) {
                    double xr = l[2 * (i * 3 + p)];
                    double xi = l[2 * (i * 3 + p) + 1];
                    double yr = l[2 * (j * 3 + p)];
                    double yi = -l[2 * (j * 3 + p) + 1];
                    a2[2 * (i * 3 + j)] += xr * yr - xi * yi;
                    a2[2 * (i * 3 + j) + 1] += xr * yi + xi * yr;
                }
            }
        }
        try (NDArray am = c(a2, 3, 3); NDArray lower = Linalg.cholesky(am, true)) {
            assertArrayEquals(l, interleaved(lower), 1.5e-6);
        }
        try (NDArray am = c(new double[] {1, 0, 2, 1, 2, -1, 1, 0}, 2, 2)) {
            LinAlgException e = assertThrows(LinAlgException.class, () -> Linalg.cholesky(am));
            assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        }
    }

    /**
     * TestQR.test_simple_complex: a = [[3, 3+4j, 5], [5, 2, 2+7j], [3, 2, 7]], Q^H Q = I and Q R = a
     * (decimal 6), and SciPy's Q and R themselves: zgeqrf's real diagonal with its signs.
     */
    @Test
    void qrSimpleComplex() {
        double[] av = {3, 0, 3, 4, 5, 0, 5, 0, 2, 0, 2, 7, 3, 0, 2, 0, 7, 0};
        try (NDArray a = c(av, 3, 3); org.sciaccel.linalg.Qr qr = Linalg.qr(a)) {
            assertEquals(DType.COMPLEX128, qr.Q().dtype());
            double[] q = interleaved(qr.Q());
            double[] rr = interleaved(qr.R());
            assertArrayEquals(new double[] {-0.4574957109978137, 0.0, 0.32300024645947245, 0.8134821021942276,
                    0.1234031521464607, 0.09688677234639473, -0.7624928516630232, 0, -0.2332779557762858,
                    -0.3588891627327476, 0.3832126811490295, -0.29754437717958576, -0.4574957109978139, 0,
                    0.0657963465010038, -0.21533349763964854, -0.7620909540615098, 0.39902052295291485}, q, 1e-14);
            assertArrayEquals(new double[] {-6.557438524302001, 0.0, -3.8124642583151145, -1.8299828439912549,
                    -7.014934235299812, -5.337449961641163, 0.0, 0.0, 3.8879659296047637, 0.0, -0.9032043928774156,
                    -3.4752433924621027, 0.0, 0.0, 0.0, 0.0, -6.034006195657307, 0.0}, rr, 1e-13);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double re = 0;
                    double im = 0;
                    for (int p = 0; p < 3; p++) {
                        re += q[2 * (i * 3 + p)] * rr[2 * (p * 3 + j)] - q[2 * (i * 3 + p) + 1] * rr[2 * (p * 3 + j) + 1];
                        im += q[2 * (i * 3 + p)] * rr[2 * (p * 3 + j) + 1] + q[2 * (i * 3 + p) + 1] * rr[2 * (p * 3 + j)];
                    }
                    assertEquals(av[2 * (i * 3 + j)], re, 1.5e-6);
                    assertEquals(av[2 * (i * 3 + j) + 1], im, 1.5e-6);
                }
            }
        }
    }

    /** lu_solve's trans 2 (conjugate transpose) on a complex factor: a^H x = b. */
    @Test
    void luSolveConjugateTranspose() {
        double[] av = {5, 0, 2, 0, 0, 2, 4, 0};
        try (NDArray a = c(av, 2, 2); LuFactor f = Linalg.luFactor(a); NDArray b = c(new double[] {1, 0, 0, 0}, 2);
                NDArray x = Linalg.luSolve(f, b, 2)) {
            double[] xv = interleaved(x);
            // a^H = [[5, -2j], [2, 4]]: 5 x0 - 2j x1 = 1, 2 x0 + 4 x1 = 0
            assertEquals(1, 5 * xv[0] + 2 * xv[3], 1e-15);
            assertEquals(0, 5 * xv[1] - 2 * xv[2], 1e-15);
            assertEquals(0, 2 * xv[0] + 4 * xv[2], 1e-15);
            assertEquals(0, 2 * xv[1] + 4 * xv[3], 1e-15);
        }
    }
}
