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
import org.sciaccel.special.Special;
import org.sciaccel.stats.Stats;

/**
 * Part stats-rest (issue 17): poisson's and hypergeom's quantiles and hypergeom's cdf family through the Java API,
 * on every backend (SciPy 1.10.1's values written out; the grids are the golden cases').
 */
class StatsRestTest {
    private static NDArray array(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    @Test
    void poissonQuantilesOnEveryBackend() {
        for (String name : Backends.available()) {
            Backend b = Backends.get(name);
            try (NDArray q = array(b, 0.0, 0.3, 0.5, 0.99, 1.0); NDArray mu = array(b, 2.5);
                 NDArray r = Stats.poisson.ppf(q, mu); NDArray s = Stats.poisson.isf(q, mu)) {
                // scipy.stats.poisson.ppf([0, .3, .5, .99, 1], 2.5), .isf(...)
                assertArrayEquals(new double[] {-1, 2, 2, 7, Double.POSITIVE_INFINITY}, r.toDoubleArray(), name);
                assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 3, 2, 0, -1}, s.toDoubleArray(), name);
            }
        }
        assertEquals(4.0, Stats.poisson.median(3.7));
        assertArrayEquals(new double[] {1, 8}, Stats.poisson.interval(0.95, 3.7));
    }

    @Test
    void hypergeomCdfFamilyOnEveryBackend() {
        for (String name : Backends.available()) {
            Backend b = Backends.get(name);
            try (NDArray k = array(b, 2.5, 3, -1, 7, 12); NDArray cdf = Stats.hypergeom.cdf(k, 20, 7, 12);
                 NDArray sf = Stats.hypergeom.sf(k, 20, 7, 12);
                 NDArray lk = array(b, 2.5, 3, -1, 7); NDArray lc = Stats.hypergeom.logcdf(lk, 20, 7, 12);
                 NDArray q = array(b, 0.3, 0.5); NDArray ppf = Stats.hypergeom.ppf(q, 20, 7, 12);
                 NDArray isf = Stats.hypergeom.isf(q, 20, 7, 12)) {
                double[] c = cdf.toDoubleArray();
                // SciPy: the library's cdf of a k that is not an integer is NaN; logcdf sums np.arange(0, k + 1)
                assertTrue(Double.isNaN(c[0]), name);
                assertEquals(0.2507739938080496, c[1], 1e-15, name);
                assertArrayEquals(new double[] {0, 1, 1}, new double[] {c[2], c[3], c[4]}, name);
                double[] s = sf.toDoubleArray();
                assertEquals(0.7492260061919505, s[1], 1e-15, name);
                double[] l = lc.toDoubleArray();
                assertEquals(Math.log(0.2507739938080496), l[0], 1e-14, name);
                assertEquals(l[0], l[1], 1e-14, name);
                assertEquals(Double.NEGATIVE_INFINITY, l[2], name);
                assertEquals(0.0, l[3], name);
                assertArrayEquals(new double[] {4, 4}, ppf.toDoubleArray(), name);
                assertArrayEquals(new double[] {5, 4}, isf.toDoubleArray(), name);
            }
        }
    }

    @Test
    void pdtrikAndBadArguments() {
        Backend cpu = Backends.get("cpu");
        try (NDArray p = array(cpu, 0.5, 1.0, 0.0, -0.1); NDArray m = array(cpu, 1, 1, 1, 1);
             NDArray r = Special.pdtrik(p, m)) {
            double[] v = r.toDoubleArray();
            assertEquals(0.31425001, v[0], 1e-8); // scipy.special.pdtrik(0.5, 1)
            assertTrue(Double.isNaN(v[1]) && Double.isNaN(v[3]));
            assertEquals(0.0, v[2]);
        }
        try (NDArray p = array(cpu, 0.5)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Special.pdtrik(p, null));
            assertTrue(e.getMessage().contains("m"), e.getMessage());
        }
        assertThrows(UnsupportedOperationException.class, () -> Stats.nbinom.entropy(5.0, 0.3));
        assertEquals(2.0450347988972126, Stats.poisson.entropy(3.7), 1e-14); // scipy.stats.poisson.entropy(3.7)
        try (NDArray k = array(cpu, 1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.hypergeom.cdf(k, 20, 7));
            assertTrue(e.getMessage().contains("shape parameter"), e.getMessage());
        }
    }
}
