package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.stats.FrozenDiscrete;
import org.sciaccel.stats.MultivariateNormal;
import org.sciaccel.stats.Stats;

/** The discrete distributions' and multivariate_normal's Java API (values are checked by the golden cases). */
class StatsDiscreteTest {
    private static NDArray array(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    @Test
    void frozenEqualsTheDistributionsMethods() {
        Backend cpu = Backends.get("cpu");
        try (NDArray k = array(cpu, 0, 1, 2, 3, 7); NDArray n = array(cpu, 10); NDArray p = array(cpu, 0.3);
             NDArray a = Stats.binom.pmf(k, n, p); NDArray b = Stats.binom(n, p).pmf(k);
             NDArray c = Stats.binom.pmf(k, 10, 0.3)) {
            assertArrayEquals(a.toDoubleArray(), b.toDoubleArray());
            assertArrayEquals(a.toDoubleArray(), c.toDoubleArray());
            assertEquals(DType.FLOAT64, a.dtype());
        }
    }

    @Test
    void scalarArgumentsGivePythonFloats() {
        assertEquals(3.5, Stats.poisson.mean(3.5));
        assertEquals(1 / 0.25, Stats.geom.mean(0.25));
        assertTrue(Double.isNaN(Stats.geom.var(1.5)));
        double[] iv = Stats.randint.interval(1.0, 0, 6);
        assertArrayEquals(new double[] {-1, 5}, iv);
        assertEquals(2.0, Stats.randint.median(0, 6));
    }

    @Test
    void badArgumentsAreRefusedNamingTheParameter() {
        Backend cpu = Backends.get("cpu");
        try (NDArray k = array(cpu, 1, 2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.geom.pmf(k, (NDArray) null));
            assertTrue(e.getMessage().contains("p is null"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.geom.pmf(k, 0.5, 1.0, 2.0));
            assertTrue(e.getMessage().contains("shape parameter"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.geom.rvs(new double[] {2.0}, new int[] {3}, 1L));
            assertTrue(e.getMessage().contains("Domain error"), e.getMessage());
            assertThrows(UnsupportedOperationException.class, () -> Stats.geom.moment(5, 0.5));
            assertThrows(IllegalArgumentException.class, () -> Stats.geom.interval(2.0, 0.5));
        }
    }

    @Test
    void rvsIsTheInverseTransformOfThePhiloxStreamOnEveryBackend() {
        FrozenDiscrete d = Stats.geom(0.2);
        try (NDArray a = d.rvs(new int[] {50}, 9L)) {
            assertEquals(DType.INT64, a.dtype());
            for (long v : a.toLongArray()) {
                assertTrue(v >= 1, "geom variates are >= 1: " + v);
            }
            for (String name : Backends.available()) {
                try (NDArray b = Stats.geom.rvs(new double[] {0.2}, new int[] {50}, 9L, Backends.get(name))) {
                    assertArrayEquals(a.toLongArray(), b.toLongArray(), name);
                }
            }
        }
    }

    @Test
    void multivariateNormalAttributes() {
        MultivariateNormal m = Stats.multivariateNormal(new double[] {1, 2}, new double[][] {{2, 0.5}, {0.5, 1}});
        assertArrayEquals(new double[] {1, 2}, m.mean());
        assertEquals(0.5, m.cov()[0][1]);
        assertEquals(2, m.rank());
        // 0.5 * (d * (log(2 pi) + 1) + log det)
        assertEquals(0.5 * (2 * (Math.log(2 * Math.PI) + 1) + Math.log(2 - 0.25)), m.entropy(), 1e-14);
        assertThrows(IllegalArgumentException.class,
                () -> Stats.multivariateNormal(new double[] {0, 0}, new double[][] {{1, 1}, {1, 1}}));
        MultivariateNormal s = Stats.multivariateNormal(new double[] {0, 0}, new double[][] {{1, 1}, {1, 1}}, true);
        assertEquals(1, s.rank());
    }
}
