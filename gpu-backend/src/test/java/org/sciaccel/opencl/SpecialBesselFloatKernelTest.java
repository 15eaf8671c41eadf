package org.sciaccel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.special.Special;

/**
 * The Bessel functions' float forms (special_bessel.cl's suffix f), which run where a device lacks double precision
 * (simulated with the fp64-disabled backend): they compile and agree with SciPy 1.10.1's values (computed in double;
 * the float forms compute in float, so 2e-4 relative plus 1e-6 absolute) on arguments 0.5, 3, 7.5 and 12 and orders
 * 0.3, 1.5 and 4 (truncated to 0, 1, 4 for yn and kn), crossing each function's branch points.
 */
class SpecialBesselFloatKernelTest {
    private static OpenCLBackend backend;
    private static final double[] X = {0.5, 3, 7.5, 12};
    private static final double[] V = {0.3, 1.5, 4}; // as float32: SciPy's values are of the rounded orders
    private static final Map<String, double[]> SCIPY = new HashMap<>();

    private static void put(String f, double[] v) {
        SCIPY.put(f, v);
    }

    static {
        put("j0", new double[] {0.938469807240813, -0.2600519549019335, 0.2663396578803784, 0.04768931079683335});
        put("j1", new double[] {0.24226845767487387, 0.33905895852593654, 0.13524842757970554, -0.2234471044906276});
        put("y0", new double[] {-0.4445187335067066, 0.3768500100127906, 0.11731328614820863, -0.2252373126343615});
        put("y1", new double[] {-1.4714723926702433, 0.3246744247918001, -0.25912851048611624, -0.057099218260896756});
        put("i0", new double[] {1.0634833707413234, 4.880792585865024, 268.1613115151893, 18948.92534929631});
        put("i0e", new double[] {0.64503527044915, 0.24300035416182536, 0.1483158300773955, 0.11642622121344044});
        put("i1", new double[] {0.25789430539089636, 3.9533702174026093, 249.58436542268802, 18141.348781638833});
        put("i1e", new double[] {0.15642080318487173, 0.19682671329730084, 0.13804121154855414, 0.111464299290181});
        put("k0", new double[] {0.9244190712276656, 0.03473950438627925, 0.00024917761635611437, 2.2008253973114916e-06});
        put("k1", new double[] {1.6564411200033007, 0.04015643112819419, 0.00026529739012528955, 2.290757464767188e-06});
        put("jv", new double[] {0.7002604786642239, -0.06725498451050027, 0.290774853091364, -0.05894206121176173,
            0.09170169962565139, 0.4777182150870922, -0.06455319612951718, -0.2046634484965337, 0.00016073647636428756,
            0.13203418392461216, 0.023824679971021914, 0.18249896464415113});
        put("yv", new double[] {-0.8080475193392549, 0.4539095807615621, -0.014666465450922081, -0.22259453837438223,
            -2.521465550421337, 0.08700809072083535, -0.28674822724953947, 0.10739150230314734, -499.2725608195124,
            -0.9166828387251394, 0.3141802958281877, -0.15121770441750615});
        put("iv", new double[] {0.7709517230624411, 4.778247082459202, 266.4305799741177, 18874.74507358432,
            0.09640347383401678, 3.0994834567256357, 228.265520029043, 17181.64196106176, 0.00016480554985482356,
            0.3257051819379355, 87.9563268449325, 9508.920698040947});
        put("ive", new double[] {0.46760585719565356, 0.23789491417294295, 0.14735858951310674, 0.11597044184703961,
            0.058471662583135825, 0.15431419476506272, 0.12625009137173054, 0.10556765678761762, 9.995961887774935e-05,
            0.016215906160911543, 0.04864726963354649, 0.05842482801972151});
        put("kv", new double[] {0.976474128613551, 0.03519763231977128, 0.0002505888045507849, 2.2087760733665635e-06,
            3.225142810499761, 0.0480346468423528, 0.00028686552251716525, 2.4082282072012123e-06, 752.2450979104038,
            0.30585120998610926, 0.0006686622296337313, 4.158433425173955e-06});
        put("kve", new double[] {1.6099336661335342, 0.7069633435675496, 0.45307518721565965, 0.3594888891120616,
            5.317361552716548, 0.9648016727443571, 0.5186650319561357, 0.3919506795523951, 1240.2424937047836,
            6.14318577117762, 1.2089696721225462, 0.6768049647440011});
        put("yn", new double[] {-0.4445187335067066, 0.3768500100127906, 0.11731328614820863, -0.2252373126343615,
            -1.4714723926702433, 0.3246744247918001, -0.25912851048611624, -0.057099218260896756, -499.2725608195124,
            -0.91668283872514, 0.31418029582818774, -0.1512177044175061});
        put("kn", new double[] {0.9244190712276656, 0.034739504386279256, 0.00024917761635611426, 2.200825397311492e-06,
            1.6564411200033007, 0.04015643112819419, 0.0002652973901252894, 2.2907574647671883e-06, 752.2450979104038,
            0.30585120998610926, 0.0006686622296337313, 4.158433425173955e-06});
    }

    @BeforeAll
    static void open() {
        backend = new OpenCLBackend(OpenCLTestSupport.device(), true);
    }

    @AfterAll
    static void close() {
        if (backend != null) {
            assertEquals(0, backend.liveAllocations());
            backend.close();
        }
    }

    private static void check(String f, NDArray got) {
        assertEquals(DType.FLOAT32, got.dtype(), f);
        double[] g = got.toDoubleArray();
        double[] e = SCIPY.get(f);
        assertEquals(e.length, g.length, f);
        for (int i = 0; i < e.length; i++) {
            assertTrue(Math.abs(g[i] - e[i]) <= 2e-4 * Math.abs(e[i]) + 1e-6,
                    f + "[" + i + "]: got " + g[i] + ", SciPy " + e[i]);
        }
    }

    @Test
    void floatFormsMatchSciPy() {
        assertFalse(backend.hasFp64());
        Map<String, UnaryOperator<NDArray>> unary = Map.of("j0", Special::j0, "j1", Special::j1, "y0", Special::y0,
                "y1", Special::y1, "i0", Special::i0, "i0e", Special::i0e, "i1", Special::i1, "i1e", Special::i1e,
                "k0", Special::k0, "k1", Special::k1);
        Map<String, BinaryOperator<NDArray>> binary = Map.of("jv", Special::jv, "yv", Special::yv, "iv", Special::iv,
                "ive", Special::ive, "kv", Special::kv, "kve", Special::kve, "yn", Special::yn, "kn", Special::kn);
        try (NDArray x = NDArray.fromHost(backend, HostArray.fromDoubles(X, DType.FLOAT32, 4));
                NDArray v = NDArray.fromHost(backend, HostArray.fromDoubles(V, DType.FLOAT32, 3, 1))) {
            for (Map.Entry<String, UnaryOperator<NDArray>> u : unary.entrySet()) {
                try (NDArray r = u.getValue().apply(x)) {
                    check(u.getKey(), r);
                }
            }
            for (Map.Entry<String, BinaryOperator<NDArray>> b : binary.entrySet()) {
                try (NDArray r = b.getValue().apply(v, x)) {
                    check(b.getKey(), r);
                }
            }
        }
    }
}
