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
import org.sciaccel.stats.FrozenDistribution;
import org.sciaccel.stats.Stats;

/**
 * beta, vonmises and truncnorm (issue 17, part stats4) beyond the golden grids: frozen distributions equal to the
 * unfrozen calls, the Java-scalar forms, vonmises' CDF growing by 1 per turn and its draws wrapped to [-pi, pi),
 * and the refusal of vonmises' moments (values from SciPy 1.10.1).
 */
class StatsContinuousStats4BehaviourTest {
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
        FrozenDistribution f = Stats.beta(2, 3.5);
        try (NDArray x = array(b, 0.1, 0.5, 0.9); NDArray c = f.cdf(x); NDArray c2 = Stats.beta.cdf(x, 2, 3.5)) {
            assertArrayEquals(new double[] {0.06635333, 0.75693204, 0.99868765}, c.toDoubleArray(), 1e-8);
            assertArrayEquals(c2.toDoubleArray(), c.toDoubleArray(), 0.0);
        }
        FrozenDistribution t = Stats.truncnorm(-1, 2);
        try (NDArray x = array(b, -0.5, 0, 1.5); NDArray p = t.pdf(x)) {
            assertArrayEquals(new double[] {0.43008508, 0.48735024, 0.15821946}, p.toDoubleArray(), 1e-8);
        }
        assertRelative(1.2272727272727273, Stats.beta.mean(2, 3.5, 0.5, 2), 1e-13, "beta.mean");
        assertRelative(0.03560076287349015, Stats.beta.var(2, 3.5), 1e-13, "beta.var");
        assertRelative(1.4418911737180915, Stats.truncnorm.std(-1, 2, 0.5, 2), 1e-12, "truncnorm.std");
        assertRelative(0.17116391801782455, t.median(), 1e-12, "truncnorm.median");
        assertRelative(0.4910444895978732, t.moment(3), 1e-12, "truncnorm.moment(3)");
        double[] iv = f.interval(0.9);
        assertRelative(0.08572749421489521, iv[0], 1e-10, "beta.interval a");
        assertRelative(0.7018897664358197, iv[1], 1e-10, "beta.interval b");
        assertRelative(1.1162238686333492, Stats.vonmises.entropy(2.5), 1e-13, "vonmises.entropy");
        assertRelative(0.3, Stats.vonmises.median(2.5, 0.3), 1e-13, "vonmises.median");
        assertRelative(0.3, Stats.vonmises(2.5, 0.3, 1).median(), 1e-13, "vonmises(kappa, loc, scale).median");
        assertRelative(1.4418911737180915, Stats.truncnorm(-1, 2, 0.5, 2).std(), 1e-12, "truncnorm(...).std");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void vonmisesIsCircular(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, -1, 1, 1 + 2 * Math.PI); NDArray c = Stats.vonmises.cdf(x, 2.5)) {
            double[] v = c.toDoubleArray();
            assertEquals(0.08078377197984868, v[0], 1e-15);
            assertEquals(0.9192162280201513, v[1], 1e-15);
            assertEquals(1.9192162280201512, v[2], 1e-15);
        }
        try (NDArray r = Stats.vonmises.rvs(new double[] {2.0, -1.0, 3.0}, new int[] {200}, 7L, b)) {
            for (double v : r.toDoubleArray()) {
                assertTrue(v >= -Math.PI && v < Math.PI, "vonmises.rvs wraps to [-pi, pi): " + v);
            }
        }
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Stats.vonmises.mean(2.5));
        assertTrue(e.getMessage().contains("stats.vonmises.moment") || e.getMessage().contains("vonmises"),
                e.getMessage());
    }
}
