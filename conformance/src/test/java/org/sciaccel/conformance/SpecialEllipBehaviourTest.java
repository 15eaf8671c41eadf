package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.special.Special;

/**
 * scipy.special part "ellip" beyond the golden grids: ellipj's identities over a period (the lecture notes'
 * function), Java scalars cast by value (expn's Python int n, ellipj's Python float m), the functions inside a
 * formula, lambertw inverting w exp(w), one-line refusals naming SciPy's ufunc, and no array left open.
 */
class SpecialEllipBehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray array(Backend b, DType t, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, t, v.length));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void ellipjKeepsItsIdentitiesOverAPeriod(String name) {
        Backend b = TestBackends.get(name);
        long live = b.liveAllocations();
        double[] u = new double[33];
        for (int i = 0; i < u.length; i++) {
            u[i] = i * 4 * 1.8540746773013719 / 32; // four quarter periods K(0.5)
        }
        try (NDArray x = array(b, DType.FLOAT64, u)) {
            NDArray[] r = Special.ellipj(x, 0.5);
            try (NDArray sn = r[0]; NDArray cn = r[1]; NDArray dn = r[2]; NDArray ph = r[3]) {
                assertEquals(DType.FLOAT64, sn.dtype());
                double[] s = sn.toDoubleArray(), c = cn.toDoubleArray(), d = dn.toDoubleArray(), p = ph.toDoubleArray();
                for (int i = 0; i < u.length; i++) {
                    assertEquals(1.0, s[i] * s[i] + c[i] * c[i], 4e-15, name + " sn^2 + cn^2 at " + u[i]);
                    assertEquals(1.0, d[i] * d[i] + 0.5 * s[i] * s[i], 4e-15, name + " dn^2 + m sn^2 at " + u[i]);
                    assertEquals(Math.sin(p[i]), s[i], 4e-15, name + " sn = sin(ph) at " + u[i]);
                }
                assertEquals(0.0, s[0], 0.0);
                assertEquals(1.0, s[8], 1e-15); // sn(K) = 1
                assertEquals(0.0, s[16], 1e-15); // sn(2K) = 0
            }
        }
        assertEquals(live, b.liveAllocations(), name + ": ellipj left arrays open");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void scalarsCastByValueAndFormulas(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, DType.FLOAT64, 0.5, 1.0, 3.0); NDArray e = Special.expn(2, x);
                NDArray x32 = array(b, DType.FLOAT32, 0.5, 1.0); NDArray e32 = Special.expn(2, x32);
                Outputs j = new Outputs(Special.ellipj(x32, 0.5)); NDArray w32 = Special.lambertw(x32)) {
            NDArray j32 = j.all()[0];
            // SciPy 1.10.1: expn(2, [0.5, 1, 3]) and the dtypes NumPy resolves for a Python int / float
            assertArrayEquals(new double[] {0.3266438623245532, 0.14849550677592194, 0.010641925085272832},
                    e.toDoubleArray(), 1e-17, name);
            assertEquals(DType.FLOAT64, e32.dtype(), "expn(2, float32): SciPy's int64,float64 loop");
            assertEquals(DType.FLOAT32, j32.dtype());
            assertEquals(DType.COMPLEX128, w32.dtype());
        }
        try (NDArray m = array(b, DType.FLOAT64, 0.5, -2.0); NDArray h = array(b, DType.FLOAT64, 0.5, 2.0);
                NDArray f = Numpy.evaluate("ellipk(m) + owens_t(h, 3.0) - expi(h)", Map.of("m", m, "h", h));
                NDArray k = Special.ellipk(m); NDArray t = Special.owensT(h, 3.0); NDArray ei = Special.expi(h)) {
            double[] want = new double[2];
            for (int i = 0; i < 2; i++) {
                want[i] = k.toDoubleArray()[i] + t.toDoubleArray()[i] - ei.toDoubleArray()[i];
            }
            assertArrayEquals(want, f.toDoubleArray(), 1e-15, name);
            assertEquals(2.0051587203773904, k.toDoubleArray()[0] + t.toDoubleArray()[0], 1e-15, name);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lambertwInvertsWExpW(String name) {
        Backend b = TestBackends.get(name);
        double[] zs = {-0.3, 0.5, 1.0, 2.0, 10.0, 1e5};
        try (NDArray z = array(b, DType.FLOAT64, zs)) {
            for (long k : new long[] {-1, 0, 1, 3}) {
                try (NDArray w = Special.lambertw(z, k, 1e-12)) {
                    double[] v = (double[]) w.toHost().data();
                    for (int i = 0; i < zs.length; i++) {
                        double wr = v[2 * i], wi = v[2 * i + 1];
                        double er = Math.exp(wr) * Math.cos(wi), ei = Math.exp(wr) * Math.sin(wi);
                        double pr = wr * er - wi * ei, pi = wr * ei + wi * er;
                        assertEquals(0.0, Math.hypot(pr - zs[i], pi) / Math.abs(zs[i]), 1e-13,
                                name + " k=" + k + " z=" + zs[i]);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lambertwBroadcastsArraysOfBranchesAndTolerances(String name) {
        Backend b = TestBackends.get(name);
        double[] zs = {-0.3, 0.5, 2.0};
        long[] ks = {-1, 0, 1, 3};
        try (NDArray z = NDArray.fromHost(b, HostArray.fromDoubles(zs, DType.FLOAT64, 3, 1));
                NDArray k = NDArray.fromHost(b, new HostArray(DType.INT64, new int[] {4}, ks));
                NDArray tol = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {1e-8}, DType.FLOAT64, 1));
                NDArray w = Special.lambertw(z, k, tol)) {
            assertArrayEquals(new int[] {3, 4}, w.shape());
            double[] v = (double[]) w.toHost().data();
            for (int i = 0; i < zs.length; i++) {
                for (int j = 0; j < ks.length; j++) {
                    try (NDArray zi = array(b, DType.FLOAT64, zs[i]); NDArray wi = Special.lambertw(zi, ks[j], 1e-8)) {
                        double[] one = (double[]) wi.toHost().data();
                        assertEquals(one[0], v[2 * (4 * i + j)], 0.0, name + " re z=" + zs[i] + " k=" + ks[j]);
                        assertEquals(one[1], v[2 * (4 * i + j) + 1], 0.0, name + " im z=" + zs[i] + " k=" + ks[j]);
                    }
                }
            }
            try (NDArray kf = array(b, DType.FLOAT64, 1.0)) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> Special.lambertw(z, kf, tol));
                assertTrue(e.getMessage().contains("'_lambertw' not supported") && e.getMessage().contains("k: float64"),
                        e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void badInputGivesOneLine(String name) {
        Backend b = TestBackends.get(name);
        HostArray hc = HostArray.fromDoubles(new double[] {1, 0.5}, DType.FLOAT64, 2).astype(DType.COMPLEX128);
        long live = b.liveAllocations();
        try (NDArray z = NDArray.fromHost(b, hc)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> Special.ellipj(z, 0.5));
            assertTrue(e.getMessage().contains("'ellipj' not supported"), e.getMessage());
            assertFalse(e.getMessage().contains("ellipj_sn") || e.getMessage().contains("\n"), e.getMessage());
            RuntimeException s = assertThrows(RuntimeException.class, () -> Special.ellipk(z));
            assertTrue(s.getMessage().contains("'ellipk' not supported"), s.getMessage());
            NDArray[] sc = Special.sici(z); // SciPy's complex loop
            try (NDArray si = sc[0]; NDArray ci = sc[1]) {
                assertEquals(DType.COMPLEX128, si.dtype());
                assertEquals(DType.COMPLEX128, ci.dtype());
            }
            RuntimeException n = assertThrows(RuntimeException.class, () -> Special.expn(z, z));
            assertTrue(n.getMessage().contains("expn") && n.getMessage().contains("not supported"), n.getMessage());
            IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
                    () -> Special.lambertw(z, Long.MAX_VALUE, 1e-8));
            assertTrue(k.getMessage().contains("k = " + Long.MAX_VALUE), k.getMessage());
        }
        assertEquals(live, b.liveAllocations(), name + ": a refused call left arrays open");
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class, () -> Special.ellipj(null, 0.5));
        assertTrue(n.getMessage().contains("u"), n.getMessage());
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> Special.lambertw(null));
        assertTrue(w.getMessage().contains("z"), w.getMessage());
    }

    /** Every output of a several-output function, closed together (ellipj has four). */
    private record Outputs(NDArray[] all) implements AutoCloseable {
        @Override
        public void close() {
            for (NDArray a : all) {
                a.close();
            }
        }
    }
}
