package org.sciaccel.cpu.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * correlate1d against values printed once by SciPy 1.10.1 (Debian python3-scipy, numpy 1.24) with
 * {@code scipy.ndimage.correlate1d(...).tolist()}; the call that produced each table is in its
 * comment. Float64 results are compared exactly: the backend sums in SciPy's order.
 */
class CpuCorrelate1dScipyTest {
    private static final Backend CPU = Backends.get("cpu");

    private static double[] run(HostArray in, double[] w, int axis, String mode, double cval, int origin, DType out) {
        try (NDArray a = NDArray.fromHost(CPU, in);
                NDArray r = Ndimage.correlate1d(a, w, axis, Mode.fromName(mode), cval, origin, out)) {
            assertEquals(out == null ? in.dtype() : out, r.dtype());
            return r.toHost().toDoubles();
        }
    }

    private static HostArray f64(double[] v, int... shape) {
        return new HostArray(DType.FLOAT64, shape, v.clone());
    }

    // x=[1,2,4,7,11,16.]; correlate1d(x, [0.5,-1,2,0.25], mode=m, cval=1.5, origin=o)
    static Stream<Arguments> evenLengthWeights() {
        return Stream.of(
                Arguments.of(0, "reflect", new double[] {2.5, 4.5, 8.25, 13.75, 21.0, 28.5}),
                Arguments.of(0, "constant", new double[] {1.75, 4.75, 8.25, 13.75, 21.0, 24.875}),
                Arguments.of(0, "nearest", new double[] {2.0, 4.5, 8.25, 13.75, 21.0, 28.5}),
                Arguments.of(0, "mirror", new double[] {2.5, 5.0, 8.25, 13.75, 21.0, 27.25}),
                Arguments.of(0, "wrap", new double[] {-8.0, 12.0, 8.25, 13.75, 21.0, 24.75}),
                Arguments.of(-2, "reflect", new double[] {8.25, 13.75, 21.0, 28.5, 24.25, 15.75}),
                Arguments.of(-2, "constant", new double[] {8.25, 13.75, 21.0, 24.875, -7.125, 9.875}),
                Arguments.of(-2, "nearest", new double[] {8.25, 13.75, 21.0, 28.5, 25.5, 28.0}),
                Arguments.of(-2, "mirror", new double[] {8.25, 13.75, 21.0, 27.25, 13.25, 12.0}),
                Arguments.of(-2, "wrap", new double[] {8.25, 13.75, 21.0, 24.75, -8.0, 12.0}),
                Arguments.of(1, "reflect", new double[] {2.25, 2.5, 4.5, 8.25, 13.75, 21.0}),
                Arguments.of(1, "constant", new double[] {2.5, 1.75, 4.75, 8.25, 13.75, 21.0}),
                Arguments.of(1, "nearest", new double[] {1.75, 2.0, 4.5, 8.25, 13.75, 21.0}),
                Arguments.of(1, "mirror", new double[] {3.75, 2.5, 5.0, 8.25, 13.75, 21.0}),
                Arguments.of(1, "wrap", new double[] {24.75, -8.0, 12.0, 8.25, 13.75, 21.0}),
                // grid-* names extend as their plain counterparts in filters
                Arguments.of(1, "grid-wrap", new double[] {24.75, -8.0, 12.0, 8.25, 13.75, 21.0}),
                Arguments.of(0, "grid-constant", new double[] {1.75, 4.75, 8.25, 13.75, 21.0, 24.875}),
                Arguments.of(0, "grid-mirror", new double[] {2.5, 4.5, 8.25, 13.75, 21.0, 28.5}));
    }

    @ParameterizedTest(name = "origin={0} mode={1}")
    @MethodSource("evenLengthWeights")
    void evenLengthWeightsEveryModeAndOrigin(int origin, String mode, double[] expected) {
        double[] x = {1, 2, 4, 7, 11, 16};
        assertArrayEquals(expected, run(f64(x, 6), new double[] {0.5, -1, 2, 0.25}, 0, mode, 1.5, origin, null));
    }

    // correlate1d(np.array([3.,-1.]), [1,2,3,4,5,6,7], mode=m, cval=-2): the axis is shorter than the radius
    // correlate1d(np.array([7.]), [1,2,3,4,5], mode=m, cval=0.5): a size-1 axis
    static Stream<Arguments> shortAxes() {
        return Stream.of(
                Arguments.of("reflect", new double[] {28.0, 44.0}, 105.0),
                Arguments.of("constant", new double[] {-31.0, -37.0}, 27.0),
                Arguments.of("nearest", new double[] {12.0, -4.0}, 105.0),
                Arguments.of("mirror", new double[] {20.0, 36.0}, 105.0),
                Arguments.of("wrap", new double[] {20.0, 36.0}, 105.0));
    }

    @ParameterizedTest(name = "mode={0}")
    @MethodSource("shortAxes")
    void axesShorterThanTheKernel(String mode, double[] twoElements, double oneElement) {
        assertArrayEquals(twoElements, run(f64(new double[] {3, -1}, 2), new double[] {1, 2, 3, 4, 5, 6, 7}, 0, mode,
                -2, 0, null));
        assertArrayEquals(new double[] {oneElement}, run(f64(new double[] {7}, 1), new double[] {1, 2, 3, 4, 5}, 0,
                mode, 0.5, 0, null));
    }

    // y=[0.3,-1.7,2.9,4.1,-0.6,1.3,2.2]; correlate1d(y, [0.1,0.2,0.4,0.2,0.1], mode=m, cval=0.25) (symmetric)
    // and correlate1d(y, [-0.3,-0.5,0,0.5,0.3], mode=m, cval=0.25) (antisymmetric)
    static Stream<Arguments> symmetricWeights() {
        return Stream.of(
                Arguments.of("reflect",
                        new double[] {-0.03999999999999998, 0.3999999999999999, 1.6099999999999999, 2.0599999999999996,
                            1.3499999999999999, 1.47, 1.6500000000000004},
                        new double[] {0.3799999999999999, 2.44, 2.63, -0.8500000000000001, -1.6099999999999999,
                            0.8300000000000003, 1.02}),
                Arguments.of("constant",
                        new double[] {0.14500000000000002, 0.39499999999999996, 1.6099999999999999, 2.0599999999999996,
                            1.3499999999999999, 1.2750000000000001, 1.1550000000000002},
                        new double[] {-0.18000000000000005, 2.455, 2.63, -0.8500000000000001, -1.6099999999999999,
                            0.24500000000000033, -0.27}),
                Arguments.of("nearest",
                        new double[] {0.16000000000000003, 0.3999999999999999, 1.6099999999999999, 2.0599999999999996,
                            1.3499999999999999, 1.47, 1.7400000000000002},
                        new double[] {-0.21999999999999997, 2.44, 2.63, -0.8500000000000001, -1.6099999999999999,
                            0.8300000000000003, 1.29}),
                Arguments.of("mirror",
                        new double[] {0.019999999999999907, 0.19999999999999996, 1.6099999999999999,
                            2.0599999999999996, 1.3499999999999999, 1.3800000000000001, 1.2800000000000002},
                        new double[] {0.0, 3.04, 2.63, -0.8500000000000001, -1.6099999999999999, 0.5600000000000002,
                            0.0}),
                Arguments.of("wrap",
                        new double[] {0.6400000000000001, 0.59, 1.6099999999999999, 2.0599999999999996,
                            1.3499999999999999, 1.28, 0.9700000000000002},
                        new double[] {-1.4700000000000002, 1.8699999999999999, 2.63, -0.8500000000000001,
                            -1.6099999999999999, 0.26000000000000023, -0.8300000000000001}));
    }

    @ParameterizedTest(name = "mode={0}")
    @MethodSource("symmetricWeights")
    void symmetricAndAntisymmetricWeightsBitForBit(String mode, double[] symmetric, double[] antisymmetric) {
        HostArray y = f64(new double[] {0.3, -1.7, 2.9, 4.1, -0.6, 1.3, 2.2}, 7);
        assertArrayEquals(symmetric, run(y, new double[] {0.1, 0.2, 0.4, 0.2, 0.1}, 0, mode, 0.25, 0, null));
        assertArrayEquals(antisymmetric, run(y, new double[] {-0.3, -0.5, 0, 0.5, 0.3}, 0, mode, 0.25, 0, null));
    }

    // i,j=np.mgrid[0:5,0:70]; a=((i*37+j*11)%17)/4.0-2; ws=[0.05,0.1,...,0.35,...,0.05] (13 taps);
    // wg=[0.5,-0.25,1.0,0.125,-0.75,2.0,0.375]; for each mode:
    // correlate1d(a,ws,axis=0,mode=m,cval=0.75)[:,[0,3,7]].T.ravel() and
    // correlate1d(a,wg,axis=0,mode=m,cval=0.75,origin=-2)[:,[0,3,7]].T.ravel()
    // Axis 0 has a stride of 70, so this runs contiguous panels, with a kernel longer than the axis.
    static Stream<Arguments> slabs() {
        return Stream.of(
                Arguments.of("reflect", new double[] {-1.7125, -1.525, -1.225, -0.9249999999999999, -0.7375, 0.4375,
                    0.20000000000000007, 0.07500000000000018, 0.16249999999999998, 0.3499999999999999, 0.4,
                    0.3749999999999999, 0.25, -0.08750000000000002, -0.32499999999999996},
                    new double[] {0.375, 0.1875, -0.5625, -0.84375, -1.96875, 0.6875, 1.5625, -1.3125, -1.59375,
                        -1.125, 0.21875, -0.5, -3.90625, 5.375, -1.0625}),
                Arguments.of("constant", new double[] {-0.09999999999999995, -0.13749999999999996, 0.025000000000000078,
                    0.3125, 0.6499999999999999, 1.0749999999999997, 0.7875000000000001, 0.7250000000000001, 0.8125,
                    0.9749999999999999, 1.225, 1.0999999999999999, 0.9500000000000001, 0.7000000000000002, 0.7},
                    new double[] {1.65625, -0.125, 1.09375, 2.0, 1.9375, 0.0625, 1.84375, 0.75, 1.6875, 1.875, 1.125,
                        3.9375, -0.59375, 1.625, 1.4375}),
                Arguments.of("nearest", new double[] {-2.95, -2.125, -1.225, -0.32500000000000007, 0.5,
                    2.3874999999999997, 1.725, 1.35, 1.1875, 1.1624999999999999, 0.43749999999999994,
                    0.19999999999999996, -0.17500000000000004, -0.7625, -1.2125},
                    new double[] {0.375, 0.46875, 1.5, 2.4375, 2.625, 0.6875, 1.84375, 0.75, 1.6875, 1.875, 0.21875,
                        -0.21875, -3.4375, -1.4375, -3.375}),
                Arguments.of("mirror", new double[] {-1.2999999999999998, -1.2625, -1.225, -1.1875, -1.1500000000000001,
                    -0.42499999999999993, -0.5999999999999999, -0.5625, -0.5249999999999999, -0.4875000000000002,
                    0.38749999999999984, 0.425, 0.4624999999999999, 0.2875000000000001, 0.32499999999999996},
                    new double[] {0.46875, -1.59375, -1.78125, -2.15625, -3.46875, -1.34375, -0.21875, -2.53125,
                        -1.3125, 4.28125, 0.3125, -0.6875, 3.375, 0.875, -2.03125}),
                Arguments.of("wrap", new double[] {-1.3375, -1.375, -1.225, -1.0750000000000002, -1.1125000000000003,
                    0.38749999999999996, 0.13750000000000007, 0.07500000000000018, 0.225, 0.39999999999999997, 0.1375,
                    0.3124999999999999, 0.25, -0.025000000000000022, -0.06249999999999989},
                    new double[] {0.75, -6.375, -1.3125, 0.46875, -1.03125, 0.53125, 3.5, -5.25, 0.25, 2.46875, 0.0625,
                        3.03125, 0.65625, 2.4375, -5.4375}));
    }

    @ParameterizedTest(name = "mode={0}")
    @MethodSource("slabs")
    void contiguousPanelsAlongAStridedAxis(String mode, double[] symmetric, double[] general) {
        double[] a = new double[5 * 70];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 70; j++) {
                a[i * 70 + j] = ((i * 37 + j * 11) % 17) / 4.0 - 2;
            }
        }
        double[] ws = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05};
        double[] wg = {0.5, -0.25, 1.0, 0.125, -0.75, 2.0, 0.375};
        assertArrayEquals(symmetric, columns(run(f64(a, 5, 70), ws, 0, mode, 0.75, 0, null)));
        assertArrayEquals(general, columns(run(f64(a, 5, 70), wg, 0, mode, 0.75, -2, null)));
    }

    /** Columns 0, 3 and 7 of a 5x70 array, one after the other. */
    private static double[] columns(double[] r) {
        int[] cols = {0, 3, 7};
        double[] out = new double[15];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 5; i++) {
                out[c * 5 + i] = r[i * 70 + cols[c]];
            }
        }
        return out;
    }

    // a=np.arange(24.).reshape(2,3,4)**1.5; correlate1d(a,[1,-2,0.5],axis=1,mode='nearest')
    // and correlate1d(a,[1,-2,0.5,3],axis=1,mode='wrap',origin=1)
    @Test
    void middleAxisOfA3dArray() {
        double[] a = new double[24];
        for (int i = 0; i < 24; i++) {
            a[i] = Math.pow(i, 1.5);
        }
        double[] nearest = {4.0, 4.590169943749474, 4.520042103603344, 4.063977166019434, -4.686291501015239,
            -7.8606797749978945, -10.754061487810045, -13.602929585242936, -25.941125496954285, -29.319660112501055,
            -32.73722644582663, -36.20404986341195, -9.569219381653056, -11.825768763281758, -14.199437230761617,
            -16.685210229474848, -41.70942106835116, -45.19637989293227, -48.75728796340135, -52.391347143338066,
            -70.16407864998737, -74.25833875560875, -78.41618770602605, -82.63710762701601};
        double[] wrap = {-4.686291501015239, -4.8606797749978945, -2.2687801135714736, 1.9855276828769597,
            -13.254833995939045, -8.778640450004211, -3.043585814198228, 3.7133675333430602, 94.50966799187809,
            111.59016994374947, 128.18272138559234, 144.79931551895038, 82.998237076608, 95.42011985016333,
            108.39232228110419, 121.89290343599569, 97.89917149084337, 111.33908664437155, 125.2834377477752,
            139.71544473326173, 306.6324376366602, 326.238423031977, 346.173946218865, 366.4365397221841};
        // numpy's ** and Java's Math.pow may differ in the last bit, hence the tolerance.
        assertArrayEquals(nearest, run(f64(a, 2, 3, 4), new double[] {1, -2, 0.5}, 1, "nearest", 0, 0, null), 1e-12);
        assertArrayEquals(wrap, run(f64(a, 2, 3, 4), new double[] {1, -2, 0.5, 3}, 1, "wrap", 0, 1, null), 1e-12);
    }

    @Test
    void integerOutputsTruncateTowardZeroAndWrap() {
        // correlate1d(np.array([5,-7,12,3,-9],np.int32),[0.3,0.5,-0.45]) -> [7, -7, 2, 9, 0]
        HostArray i32 = new HostArray(DType.INT32, new int[] {5}, new int[] {5, -7, 12, 3, -9});
        assertArrayEquals(new double[] {7, -7, 2, 9, 0}, run(i32, new double[] {0.3, 0.5, -0.45}, 0, "reflect", 0, 0, null));
        // ... output=np.float32 from int64 -> float32 values below
        HostArray i64 = new HostArray(DType.INT64, new int[] {5}, new long[] {5, -7, 12, 3, -9});
        double[] f = run(i64, new double[] {0.3, 0.5, -0.45}, 0, "reflect", 0, 0, DType.FLOAT32);
        assertArrayEquals(new double[] {7.150000095367432, -7.400000095367432, 2.549999952316284, 9.149999618530273,
            0.44999998807907104}, f);
        // correlate1d(np.array([10,20,30],np.uint8),[-1,0,0.05]) -> [247, 248, 238]
        HostArray u8 = new HostArray(DType.UINT8, new int[] {3}, new byte[] {10, 20, 30});
        assertArrayEquals(new double[] {247, 248, 238}, run(u8, new double[] {-1, 0, 0.05}, 0, "reflect", 0, 0, null));
        // correlate1d(np.array([10,20,30],np.uint8),[1,2,3],output=np.uint8) -> [90, 140, 170]
        assertArrayEquals(new double[] {90, 140, 170}, run(u8, new double[] {1, 2, 3}, 0, "reflect", 0, 0, DType.UINT8));
        // correlate1d(np.array([5,7,12,3,9],np.uint16),[-1.5,0.25,0.5]) -> [65534, 0, 65530, 65524, 2]
        HostArray u16 = new HostArray(DType.UINT16, new int[] {5}, new short[] {5, 7, 12, 3, 9});
        assertArrayEquals(new double[] {65534, 0, 65530, 65524, 2},
                run(u16, new double[] {-1.5, 0.25, 0.5}, 0, "reflect", 0, 0, null));
        // correlate1d(np.array([1,2,3,4.]),[1,2,3],output=np.bool_).view(np.uint8) -> [9, 14, 20, 23]:
        // SciPy stores the C cast of the sum into the bool's byte.
        double[] b = run(f64(new double[] {1, 2, 3, 4}, 4), new double[] {1, 2, 3}, 0, "reflect", 0, 0, DType.BOOL);
        assertArrayEquals(new double[] {9, 14, 20, 23}, b);
    }

    @Test
    void nanAndInfinityPropagateThroughZeroWeights() {
        // correlate1d([1,nan,3,4,5.],[0,1,0]) -> [nan,nan,nan,4,5]; with [0,0,1,0] -> [nan,nan,nan,nan,5]
        HostArray x = f64(new double[] {1, Double.NaN, 3, 4, 5}, 5);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, 4, 5},
                run(x, new double[] {0, 1, 0}, 0, "reflect", 0, 0, null));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, 7, 9},
                run(x, new double[] {1, 1, 0}, 0, "reflect", 0, 0, null));
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, 5},
                run(x, new double[] {0, 0, 1, 0}, 0, "reflect", 0, 0, null));
        // correlate1d([inf,1,2,3.],[1,0,-1]) -> [nan, inf, -2, -1]
        HostArray y = f64(new double[] {Double.POSITIVE_INFINITY, 1, 2, 3}, 4);
        assertArrayEquals(new double[] {Double.NaN, Double.POSITIVE_INFINITY, -2, -1},
                run(y, new double[] {1, 0, -1}, 0, "reflect", 0, 0, null));
        // NaN along contiguous panels too: a NaN in row 1 of a (4, 64) array reaches rows 0-2 with [0,1,0].
        double[] slab = new double[4 * 64];
        slab[64 + 5] = Double.NaN;
        double[] r = run(f64(slab, 4, 64), new double[] {0, 1, 0}, 0, "reflect", 0, 0, null);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 64; j++) {
                assertEquals(j == 5 && i < 3, Double.isNaN(r[i * 64 + j]), "row " + i + " column " + j);
            }
        }
        assertTrue(r[3 * 64 + 5] == 0.0);
    }
}
