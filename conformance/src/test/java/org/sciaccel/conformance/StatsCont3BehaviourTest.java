package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.stats.FitOptions;
import org.sciaccel.stats.FrozenDistribution;
import org.sciaccel.stats.Stats;

/**
 * scipy.stats' t, chi2, f and gamma (issue 17, part "cont3") beyond the golden grids: frozen distributions equal
 * to the unfrozen calls, the Java-scalar forms, gamma's fit with loc fixed through the Java API, and the
 * one-line refusals (values from SciPy 1.10.1).
 */
class StatsCont3BehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray array(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    private static void assertRelative(double want, double got, double rtol, String what) {
        assertTrue(Math.abs(got - want) <= rtol * Math.abs(want), what + ": got " + got + ", SciPy " + want);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void frozenAndScalarForms(String name) {
        Backend b = TestBackends.get(name);
        FrozenDistribution t = Stats.t(3, 0.5, 2);
        try (NDArray x = array(b, -1.5, 0, 0.5, 2.0); NDArray c = t.cdf(x); NDArray c2 = Stats.t.cdf(x, 3, 0.5, 2)) {
            double[] want = {0.19550110947788527, 0.4093646112144148, 0.5, 0.746142710287933};
            double[] got = c.toDoubleArray();
            for (int i = 0; i < want.length; i++) {
                assertRelative(want[i], got[i], 1e-13, "t(3, 0.5, 2).cdf[" + i + "]");
            }
            assertArrayEquals(c2.toDoubleArray(), got, 0.0);
        }
        try (NDArray x = array(b, 0.5, 3); NDArray p = Stats.gamma(2.5, 0, 2).pdf(x);
                NDArray p2 = Stats.gamma.pdf(x, 2.5, 0, 2); NDArray q = Stats.f(5, 12, 0, 1).sf(x);
                NDArray q2 = Stats.f.sf(x, 5, 12); NDArray r = Stats.chi2(4, 1, 3).logpdf(x);
                NDArray r2 = Stats.chi2.logpdf(x, 4, 1, 3)) {
            assertArrayEquals(p2.toDoubleArray(), p.toDoubleArray(), 0.0);
            assertArrayEquals(q2.toDoubleArray(), q.toDoubleArray(), 0.0);
            assertArrayEquals(r2.toDoubleArray(), r.toDoubleArray(), 0.0);
        }
        assertRelative(6.666666666666667, Stats.t.var(5, 1, 2), 1e-13, "t.var");
        assertRelative(13.0, Stats.chi2.mean(4, 1, 3), 1e-13, "chi2.mean");
        assertRelative(1.08, Stats.f.var(5, 12), 1e-13, "f.var");
        assertRelative(39.375, Stats.gamma.moment(3, 2.5), 1e-13, "gamma.moment");
        assertRelative(1.7734775718632907, Stats.t.entropy(3.0), 1e-13, "t.entropy");
        assertRelative(2.423095090065, Stats.gamma.entropy(2.5, 0, 2), 1e-12, "gamma.entropy");
        assertRelative(2.175730095547763, Stats.gamma.median(2.5), 1e-13, "gamma.median");
        assertRelative(0.9212415098174852, Stats.f.median(5, 12), 1e-12, "f.median");
        assertRelative(2.6457513110645907, Stats.chi2.std(3.5), 1e-13, "chi2.std");
        double[] iv = Stats.t.interval(0.95, 10);
        assertRelative(-2.2281388519649385, iv[0], 1e-12, "t.interval a");
        assertRelative(2.2281388519649385, iv[1], 1e-12, "t.interval b");
        assertTrue(Double.isNaN(Stats.gamma.mean(-1)));
        assertTrue(Double.isNaN(Stats.f.mean(1, 0)));
        assertEquals(Double.POSITIVE_INFINITY, Stats.t.var(1.5));
        try (NDArray r = Stats.gamma.rvs(new double[] {2, 0, 1}, new int[] {3, 4}, 7, b)) {
            assertArrayEquals(new int[] {3, 4}, r.shape());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void gammaFitWithFixedLoc(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, 0.8, 1.3, 2.2, 0.4, 3.1, 1.7, 0.9, 2.6, 1.1, 0.6)) {
            double[] r = Stats.gamma.fit(x, FitOptions.options().floc(0));
            assertRelative(2.8664472627082045, r[0], 1e-9, "gamma.fit a");
            assertEquals(0.0, r[1]);
            assertRelative(0.5128299477629851, r[2], 1e-9, "gamma.fit scale");
            r = Stats.gamma.fit(x, FitOptions.options().floc(0).fscale(0.5));
            assertRelative(2.9280256805988008, r[0], 1e-9, "gamma.fit a (fscale)");
            assertEquals(0.5, r[2]);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusals(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, 1, 2, 3)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stats.f.pdf(x, 1.0));
            assertTrue(e.getMessage().contains("missing shape parameter dfd"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.t.pdf(x, 1, 2, 3, 4));
            assertTrue(e.getMessage().contains("at most 3"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.gamma.fit(x, FitOptions.options().floc(0).fix("fa", 1).fscale(1)));
            assertTrue(e.getMessage().contains("All parameters fixed"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.gamma.fit(x, FitOptions.options().floc(1)));
            assertTrue(e.getMessage().contains("Maximum likelihood estimation with 'gamma' requires"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.gamma.fit(x, FitOptions.options().fix("fa", 1).fix("f0", 2)));
            assertTrue(e.getMessage().contains("multiple keyword arguments"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.chi2.rvs(new double[] {-1}, new int[] {2}, 1, b));
            assertTrue(e.getMessage().contains("Domain error"), e.getMessage());
            UnsupportedOperationException u = assertThrows(UnsupportedOperationException.class,
                    () -> Stats.t.moment(5, 7.0));
            assertTrue(u.getMessage().contains("order 5"), u.getMessage());
        }
    }
}
