package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.NDArray;
import org.sciaccel.stats.FitOptions;
import org.sciaccel.stats.FrozenDistribution;
import org.sciaccel.stats.Stats;

/**
 * scipy.stats' continuous distributions beyond the golden grids: the lecture notes' 5.6 (norm.pdf, norm.fit,
 * the Gumbel exercise's gumbel_r.fit and ppf on max-speeds.npy), frozen distributions equal to the unfrozen
 * calls, the Java-scalar forms, and one-line refusals (values from SciPy 1.10.1).
 */
class StatsContinuousBehaviourTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray array(Backend b, double... v) {
        return NDArray.fromHost(b, HostArray.fromDoubles(v, DType.FLOAT64, v.length));
    }

    private static double[] maxSpeeds() {
        Path p = Path.of("..", "data", "scipy-lectures", "max-speeds.npy");
        if (!Files.exists(p)) {
            p = Path.of("data", "scipy-lectures", "max-speeds.npy");
        }
        return Npy.read(p).toDoubles();
    }

    private static void assertRelative(double want, double got, double rtol, String what) {
        assertTrue(Math.abs(got - want) <= rtol * Math.abs(want), what + ": got " + got + ", SciPy " + want);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lectureNotes(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, -1.5, 0, 0.5, 2.0); NDArray pdf = Stats.norm.pdf(x)) {
            assertArrayEquals(new double[] {0.1295176, 0.39894228, 0.35206533, 0.05399097}, pdf.toDoubleArray(), 1e-8);
        }
        // max-speeds.npy is float32; SciPy computes its fit in float32 there, sciaccel in float64: compared with
        // SciPy's fit of the same values as float64
        try (NDArray w = array(b, maxSpeeds())) {
            double[] n = Stats.norm.fit(w);
            assertRelative(26.59904788789295, n[0], 1e-12, "norm.fit loc");
            assertRelative(2.4660726583071946, n[1], 1e-12, "norm.fit scale");
            double[] g = Stats.gumbel_r.fit(w);
            assertRelative(25.423436170553416, g[0], 1e-9, "gumbel_r.fit loc");
            assertRelative(2.1368978893887287, g[1], 1e-9, "gumbel_r.fit scale");
            try (NDArray q = array(b, 1 - 1.0 / 50); NDArray v = Stats.gumbel_r.ppf(q, g[0], g[1])) {
                assertRelative(33.76148065322079, v.toDoubleArray()[0], 1e-9, "gumbel_r.ppf");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void frozenAndScalarForms(String name) {
        Backend b = TestBackends.get(name);
        FrozenDistribution f = Stats.norm(0.5, 2);
        try (NDArray x = array(b, -1.5, 0, 0.5, 2.0); NDArray c = f.cdf(x); NDArray c2 = Stats.norm.cdf(x, 0.5, 2.0)) {
            assertArrayEquals(new double[] {0.15865525, 0.40129367, 0.5, 0.77337265}, c.toDoubleArray(), 1e-8);
            assertArrayEquals(c2.toDoubleArray(), c.toDoubleArray(), 0.0);
        }
        assertRelative(3.2662969061336526, Stats.lognorm.mean(0.5, 1, 2), 1e-13, "lognorm.mean");
        assertRelative(1.1057494495779328, Stats.genextreme.var(0.2), 1e-12, "genextreme.var");
        assertRelative(2.0, Stats.weibull_min.moment(3, 1.5), 1e-13, "weibull_min.moment");
        double[] iv = Stats.norm.interval(0.95);
        assertRelative(1.959963984540054, iv[1], 1e-13, "norm.interval");
        assertEquals(-iv[1], iv[0]);
        assertTrue(Double.isNaN(Stats.expon.mean(0, -1)));
        try (NDArray r = Stats.norm.rvs(new double[] {1, 2}, new int[] {3, 4}, 7, b)) {
            assertArrayEquals(new int[] {3, 4}, r.shape());
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void refusals(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray x = array(b, 1, 2, 3)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stats.lognorm.pdf(x));
            assertTrue(e.getMessage().contains("missing shape parameter s"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.norm.pdf(x, 1, 2, 3));
            assertTrue(e.getMessage().contains("at most 2"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.norm.pdf(x, (NDArray) null));
            assertTrue(e.getMessage().contains("loc is null"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Stats.norm.fit(x, FitOptions.options().floc(0).fscale(1)));
            assertTrue(e.getMessage().contains("All parameters fixed"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.lognorm.fit(x, FitOptions.options().fix("fx", 1)));
            assertTrue(e.getMessage().contains("Unknown arguments"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Stats.norm.interval(1.5));
            assertTrue(e.getMessage().contains("alpha must be between 0 and 1"), e.getMessage());
        }
    }
}
