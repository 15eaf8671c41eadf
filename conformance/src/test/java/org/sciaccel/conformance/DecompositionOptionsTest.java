package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.LinAlgException;
import org.sciaccel.NDArray;
import org.sciaccel.linalg.Eig;
import org.sciaccel.linalg.EighDriver;
import org.sciaccel.linalg.EighOptions;
import org.sciaccel.linalg.Eigh;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.LuFactor;
import org.sciaccel.linalg.Qr;
import org.sciaccel.linalg.QrMode;
import org.sciaccel.linalg.Schur;
import org.sciaccel.linalg.SchurOutput;
import org.sciaccel.linalg.SchurSort;
import org.sciaccel.linalg.SvdDriver;

/**
 * The decompositions' options and SciPy's fixed answers for them, on the CPU backend: SciPy 1.10.1's
 * expectations in scipy/linalg/tests/test_decomp.py where they are fixed (TestEigVals, TestEig,
 * TestSchur, TestLU, TestQR), SciPy's own results printed with repr from /usr/bin/python3 (on this
 * machine's OpenBLAS) where the test checks only properties, and SciPy's argument checks.
 */
class DecompositionOptionsTest {
    private final Backend cpu = TestBackends.get(TestBackends.CPU);

    private NDArray m(DType t, double[] v, int... shape) {
        return NDArray.fromHost(cpu, HostArray.fromDoubles(v.clone(), t, shape));
    }

    private NDArray c(DType t, double[] interleaved, int... shape) {
        HostArray h = new HostArray(DType.COMPLEX128, shape, interleaved.clone());
        return NDArray.fromHost(cpu, t == DType.COMPLEX128 ? h : h.astype(t));
    }

    private static double[] interleaved(NDArray a) {
        HostArray h = a.toHost();
        return (double[]) (h.dtype() == DType.COMPLEX128 ? h : h.astype(DType.COMPLEX128)).data();
    }

    /** TestEigVals.test_simple_complex: zgeev's order (sciaccel's zlahqr deflates as LAPACK's). */
    @Test
    void complexEigenvaluesInZgeevOrder() {
        double[] a = {1, 0, 2, 0, 3, 0, 1, 0, 2, 0, 3, 0, 2, 0, 5, 0, 6, 1};
        try (NDArray x = c(DType.COMPLEX128, a, 3, 3); NDArray w = Linalg.eigvals(x)) {
            assertArrayEquals(new double[] {9.298377910462662, 0.6563028202436186, 0, 0, -0.29837791046267126,
                    0.3436971797563808}, interleaved(w), 1e-13);
        }
    }

    /** TestEig.test_simple_complex_eig: left and right vectors of a real matrix with a complex pair. */
    @Test
    void leftAndRightVectors() {
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 2, -2, 1}, 2, 2); Eig e = Linalg.eig(a, null, true, true, false)) {
            double[] w = interleaved(e.w());
            double[] vl = interleaved(e.vl());
            double[] vr = interleaved(e.vr());
            assertArrayEquals(new double[] {1, 2, 1, -2}, w, 1e-14);
            double[][] av = {{1, 2}, {-2, 1}};
            for (int j = 0; j < 2; j++) {
                for (int i = 0; i < 2; i++) {
                    // (a v)[i] = w v[i]; (a^T vl)[i] = conj(w) vl[i] (a is real)
                    double rr = 0;
                    double ri = 0;
                    double lr = 0;
                    double li = 0;
                    for (int k = 0; k < 2; k++) {
                        rr += av[i][k] * vr[2 * (k * 2 + j)];
                        ri += av[i][k] * vr[2 * (k * 2 + j) + 1];
                        lr += av[k][i] * vl[2 * (k * 2 + j)];
                        li += av[k][i] * vl[2 * (k * 2 + j) + 1];
                    }
                    double wr = w[2 * j];
                    double wi = w[2 * j + 1];
                    assertEquals(wr * vr[2 * (i * 2 + j)] - wi * vr[2 * (i * 2 + j) + 1], rr, 1e-14);
                    assertEquals(wr * vr[2 * (i * 2 + j) + 1] + wi * vr[2 * (i * 2 + j)], ri, 1e-14);
                    assertEquals(wr * vl[2 * (i * 2 + j)] + wi * vl[2 * (i * 2 + j) + 1], lr, 1e-14);
                    assertEquals(wr * vl[2 * (i * 2 + j) + 1] - wi * vl[2 * (i * 2 + j)], li, 1e-14);
                }
            }
        }
    }

    /** TestEig.test_gh_3054: an infinite eigenvalue of a singular pencil, and its homogeneous pair. */
    @Test
    void infiniteGeneralizedEigenvalue() {
        try (NDArray a = m(DType.FLOAT64, new double[] {1}, 1, 1); NDArray b = m(DType.FLOAT64, new double[] {0}, 1, 1);
                Eig e = Linalg.eig(a, b); Eig h = Linalg.eig(a, b, false, true, true)) {
            assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 0}, interleaved(e.w()));
            assertArrayEquals(new double[] {1}, e.vr().toDoubleArray(), 1e-15);
            assertArrayEquals(new int[] {2, 1}, h.w().shape());
            assertArrayEquals(new double[] {1, 0, 0, 0}, interleaved(h.w()), 1e-15);
            assertNull(e.vl());
        }
    }

    /** TestEig.test_shape_mismatch and test_not_square_error. */
    @Test
    void eigRefusesMismatchedShapes() {
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 0, 0, 1}, 2, 2); NDArray b = m(DType.FLOAT64, new double[9], 3, 3);
                NDArray r = m(DType.FLOAT64, new double[6], 3, 2)) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Linalg.eig(a, b)).getMessage()
                    .contains("a and b must have the same shape"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Linalg.eig(r)).getMessage()
                    .contains("expected square matrix"));
        }
    }

    /** TestEigh.test_nonpositive_b: SciPy's LinAlgError for the generalized drivers' Cholesky failure. */
    @Test
    void eighRefusesIndefiniteB() {
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        for (DType t : new DType[] {DType.FLOAT64, DType.COMPLEX128}) {
            try (NDArray a = t.isComplex() ? c(t, interleave(ones), 3, 3) : m(t, ones, 3, 3);
                    NDArray b = t.isComplex() ? c(t, interleave(ones), 3, 3) : m(t, ones, 3, 3)) {
                LinAlgException e = assertThrows(LinAlgException.class, () -> Linalg.eigh(a, b, EighOptions.defaults()));
                assertEquals("The leading minor of order 2 of B is not positive definite. The factorization of B could not"
                        + " be completed and no eigenvalues or eigenvectors were computed.", e.getMessage(), t.toString());
            }
        }
    }

    /** TestEigh.test_wrong_inputs: SciPy's checks of drivers, subsets and types, in SciPy's order. */
    @Test
    void eighArgumentChecks() {
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 3);
                NDArray b = m(DType.FLOAT64, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 3)) {
            String[][] cases = {
                {"requires input b", "gvx"}, {"does not accept input b", "evr b"}, {"cannot compute subsets", "gvd b sub"},
                {"Either index or value subset", "both"}, {"Requested eigenvalue indices are not valid", "index"},
                {"Requested eigenvalue bounds are not valid", "value"}, {"\"type\" keyword only accepts", "type"}};
            for (String[] k : cases) {
                EighOptions o = EighOptions.defaults();
                NDArray bb = k[1].contains("b") || k[1].equals("type") ? b : null;
                switch (k[1]) {
                    case "gvx": o.driver(EighDriver.GVX); break;
                    case "evr b": o.driver(EighDriver.EVR); break;
                    case "gvd b sub": o.driver(EighDriver.GVD).subsetByIndex(1, 2); break;
                    case "both": o.subsetByIndex(0, 1).subsetByValue(0, 1); break;
                    case "index": o.subsetByIndex(0, 3); break;
                    case "value": o.subsetByValue(2, 0); break;
                    default: o.type(4); break;
                }
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Linalg.eigh(a, bb, o), k[1]);
                assertTrue(e.getMessage().contains(k[0]), k[1] + ": " + e.getMessage());
            }
            assertTrue(assertThrows(IllegalArgumentException.class, () -> EighDriver.parse("wrong")).getMessage()
                    .contains("\"wrong\" is unknown. Possible values are \"None\", \"ev\""));
        }
    }

    /** TestEigh.test_deprecation_results: turbo with b is driver gvd, eigvals is subset_by_index. */
    @Test
    @SuppressWarnings("deprecation")
    void deprecatedKeywordsAsTheirReplacements() {
        double[] av = {2, 1, 0, 1, 3, 1, 0, 1, 4};
        double[] bv = {4, 1, 0, 1, 5, 1, 0, 1, 6};
        try (NDArray a = m(DType.FLOAT64, av, 3, 3); NDArray b = m(DType.FLOAT64, bv, 3, 3);
                Eigh dep = Linalg.eigh(a, b, EighOptions.defaults().turbo(true));
                Eigh gvd = Linalg.eigh(a, b, EighOptions.defaults().driver(EighDriver.GVD));
                Eigh depSub = Linalg.eigh(a, EighOptions.defaults().eigvals(0, 1));
                Eigh sub = Linalg.eigh(a, EighOptions.defaults().subsetByIndex(0, 1))) {
            assertArrayEquals(gvd.w().toDoubleArray(), dep.w().toDoubleArray(), 0);
            assertArrayEquals(gvd.v().toDoubleArray(), dep.v().toDoubleArray(), 0);
            assertArrayEquals(sub.w().toDoubleArray(), depSub.w().toDoubleArray(), 0);
            assertArrayEquals(new int[] {3, 2}, depSub.v().shape());
        }
    }

    /** TestSchur.test_sort with the callable: a Java selector, SciPy's diagonal and sdim. */
    @Test
    void schurSortedByJavaSelector() {
        double[] a = {4, 3, 1, -1, -4.5, -3.5, -1, 1, 9, 6, -4, 4.5, 6, 4, -3, 3.5};
        try (NDArray x = m(DType.FLOAT64, a, 4, 4); Schur s = Linalg.schur(x, SchurOutput.REAL, (re, im) -> re >= 0.0)) {
            double[] t = s.T().toDoubleArray();
            assertArrayEquals(new double[] {Math.sqrt(2), 0.5, -Math.sqrt(2), -0.5}, new double[] {t[0], t[5], t[10], t[15]},
                    1e-12);
            assertEquals(2, s.sdim());
        }
    }

    /**
     * SciPy's named sorts see only the real part of a real matrix's eigenvalues (its one-argument
     * lambdas get LAPACK's wr), the eigenvalue itself for complex output: for 0.9 +- 0.9j and 3,
     * iuc selects the pair for output real (sdim 2) and nothing for output complex, ouc 3 only (1)
     * and all three (3); SciPy's results.
     */
    @Test
    void namedSortsAsScipy() {
        double[] a = {0.9, 0.9, 0, -0.9, 0.9, 0, 0, 0, 3};
        int[][] expected = {{2, 0}, {1, 3}};
        SchurSort[] sorts = {SchurSort.IUC, SchurSort.OUC};
        for (int k = 0; k < 2; k++) {
            try (NDArray x = m(DType.FLOAT64, a, 3, 3); Schur r = Linalg.schur(x, SchurOutput.REAL, sorts[k]);
                    Schur c = Linalg.schur(x, SchurOutput.COMPLEX, sorts[k])) {
                assertEquals(expected[k][0], r.sdim(), sorts[k] + " real");
                assertEquals(expected[k][1], c.sdim(), sorts[k] + " complex");
                assertEquals(DType.COMPLEX128, c.T().dtype());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> SchurSort.parse("unsupported"));
        assertThrows(IllegalArgumentException.class, () -> SchurOutput.parse("imaginary"));
    }

    /**
     * A matrix so small that gees scales it first runs the Java translation's gees, which calls the
     * selector back by reflection: sorted as at its natural scale.
     */
    @Test
    void sortedSchurOfATinyMatrix() {
        double[] a = {4, 3, 1, -1, -4.5, -3.5, -1, 1, 9, 6, -4, 4.5, 6, 4, -3, 3.5};
        // below gees's threshold sqrt(safe minimum) / eps: about 1e-146 in double, 1e-12 in single precision
        for (DType t : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
            double scale = t == DType.FLOAT64 ? 1e-160 : 1e-14;
            double[] tiny = new double[16];
            for (int i = 0; i < 16; i++) {
                tiny[i] = a[i] * scale;
            }
            try (NDArray x = m(t, tiny, 4, 4); Schur s = Linalg.schur(x, SchurOutput.REAL, SchurSort.LHP)) {
                double[] d = s.T().toDoubleArray();
                assertEquals(2, s.sdim(), t.toString());
                assertArrayEquals(new double[] {-Math.sqrt(2), -0.5}, new double[] {Math.min(d[0], d[5]) / scale,
                    Math.max(d[0], d[5]) / scale}, t == DType.FLOAT64 ? 1e-12 : 1e-5, t.toString());
                assertTrue(d[10] > 0 && d[15] > 0, t.toString());
            }
        }
    }

    /**
     * TestLU.test_hrectangular / test_vrectangular (and their complex and float32 variants): lu_factor
     * of rectangular matrices equal to SciPy's getrf to the last bit (SciPy's results on OpenBLAS).
     */
    @Test
    void rectangularLuFactorBitForBit() {
        double[] h = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12};
        double[] expected = {9, 10, 12, 12, 0.1111111111111111, 0.8888888888888888, 1.6666666666666667, 2.666666666666667,
                0.5555555555555556, 0.5000000000000002, -0.5000000000000009, -1.7763568394002505e-15};
        try (NDArray a = m(DType.FLOAT64, h, 3, 4); LuFactor f = Linalg.luFactor(a)) {
            assertArrayEquals(expected, f.lu().toDoubleArray(), 0);
            assertArrayEquals(new int[] {2, 2, 2}, (int[]) f.piv().toHost().data());
        }
        double[] ih = new double[24];
        for (int i = 0; i < 12; i++) {
            ih[2 * i + 1] = h[i];
        }
        // zgetrf's order differs from dgetrf's above the diagonal: the last entry is -1.1102230246251565e-15j
        try (NDArray a = c(DType.COMPLEX128, ih, 3, 4); LuFactor f = Linalg.luFactor(a)) {
            double[] lu = interleaved(f.lu());
            assertEquals(-1.1102230246251565e-15, lu[23], 0);
            assertEquals(0.5000000000000002, lu[18], 0);
        }
        try (NDArray a = m(DType.FLOAT32, h, 3, 4); LuFactor f = Linalg.luFactor(a)) {
            assertEquals(DType.FLOAT32, f.lu().dtype());
            float[] lu = (float[]) f.lu().toHost().data();
            assertEquals(0.49999976f, lu[9], 0);
            assertEquals(4.7683716e-07f, lu[11], 0);
        }
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 12};
        try (NDArray a = m(DType.FLOAT64, v, 4, 3); LuFactor f = Linalg.luFactor(a)) {
            assertArrayEquals(new double[] {10, 12, 12, 0.1, 0.7999999999999998, 1.7999999999999998, 0.7000000000000001,
                -0.5000000000000006, 1.5000000000000009, 0.4, 0.24999999999999917, 0.5000000000000003},
                    f.lu().toDoubleArray(), 0);
            assertArrayEquals(new int[] {3, 3, 2}, (int[]) f.piv().toHost().data());
        }
    }

    /** TestQR.test_simple_complex_pivoting: |diag(R)| not increasing, a[:, P] = Q R, the same Q and R as qr(a[:, P]). */
    @Test
    void complexPivotedQr() {
        double[] a = {3, 0, 3, 4, 5, 0, 5, 0, 2, 0, 2, 7, 3, 0, 2, 0, 7, 0};
        try (NDArray x = c(DType.COMPLEX128, a, 3, 3); Qr p = Linalg.qr(x, QrMode.FULL, true)) {
            int[] piv = (int[]) p.P().toHost().data();
            double[] r = interleaved(p.R());
            for (int i = 1; i < 3; i++) {
                assertTrue(Math.hypot(r[2 * (i * 3 + i)], r[2 * (i * 3 + i) + 1])
                        <= Math.hypot(r[2 * ((i - 1) * 3 + i - 1)], r[2 * ((i - 1) * 3 + i - 1) + 1]));
            }
            double[] permuted = new double[18];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    permuted[2 * (i * 3 + j)] = a[2 * (i * 3 + piv[j])];
                    permuted[2 * (i * 3 + j) + 1] = a[2 * (i * 3 + piv[j]) + 1];
                }
            }
            try (NDArray y = c(DType.COMPLEX128, permuted, 3, 3); Qr q = Linalg.qr(y)) {
                assertArrayEquals(interleaved(q.Q()), interleaved(p.Q()), 1e-14);
                assertArrayEquals(interleaved(q.R()), r, 1e-14);
            }
        }
    }

    /** TestSVD_GESDD.test_degenerate: SciPy's message for an unknown driver. */
    @Test
    void svdDriverNames() {
        assertEquals(SvdDriver.GESVD, SvdDriver.parse("gesvd"));
        assertEquals("lapack_driver must be \"gesdd\" or \"gesvd\", not \"foo\"",
                assertThrows(IllegalArgumentException.class, () -> SvdDriver.parse("foo")).getMessage());
    }

    private static double[] interleave(double[] re) {
        double[] c = new double[2 * re.length];
        for (int i = 0; i < re.length; i++) {
            c[2 * i] = re[i];
        }
        return c;
    }
}
