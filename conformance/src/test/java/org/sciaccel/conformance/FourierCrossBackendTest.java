package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.Ndimage;

/**
 * The Fourier filters on OpenCL against the CPU backend where the golden cases (at most 4-D) do not
 * reach: inputs of 5 and 6 dimensions with size-1 axes and a real-FFT axis, and ellipsoid sizes
 * whose radii cross every branch of the 2-D filter's J1 (series, recurrence, asymptotic). Both
 * backends compute in double precision (on a device with fp64), so they agree to 1e-12 of the
 * result's largest magnitude.
 */
class FourierCrossBackendTest {
    private record Case(String what, int[] shape, Function<NDArray, NDArray> call) {
    }

    private static List<Case> cases() {
        int[] five = {2, 1, 3, 2, 5};
        int[] six = {3, 2, 1, 2, 2, 4};
        List<Case> c = new ArrayList<>();
        c.add(new Case("fourier_gaussian 5-D", five, in -> Ndimage.fourierGaussian(in, new double[] {0.5, 1, 2, 0.3, 1.2},
                -1, -1, null)));
        c.add(new Case("fourier_gaussian 6-D, real axis 3 with n=3", six, in -> Ndimage.fourierGaussian(in,
                new double[] {0.7}, 3, 3, null)));
        c.add(new Case("fourier_uniform 5-D", five, in -> Ndimage.fourierUniform(in, new double[] {2, 3, 1.5, 0.5, 4},
                -1, -1, null)));
        c.add(new Case("fourier_uniform 6-D, real last axis with n=7", six, in -> Ndimage.fourierUniform(in,
                new double[] {1.5}, 7, -1, null)));
        c.add(new Case("fourier_shift 5-D", five, in -> Ndimage.fourierShift(in, new double[] {0.5, -1, 2.5, 1, -3},
                -1, -1, null)));
        c.add(new Case("fourier_shift 6-D, real axis 0 with n=5", six, in -> Ndimage.fourierShift(in,
                new double[] {1.25}, 5, 0, null)));
        // radii up to about 40: J1's series (r <= 2), recurrence (r < 25) and asymptotic branches
        c.add(new Case("fourier_ellipsoid 2-D large sizes", new int[] {9, 8}, in -> Ndimage.fourierEllipsoid(in,
                new double[] {14, 30}, -1, -1, null)));
        c.add(new Case("fourier_ellipsoid 3-D, real axis 1 with n=6", new int[] {3, 4, 5}, in -> Ndimage.fourierEllipsoid(in,
                new double[] {3, 7, 2}, 6, 1, null)));
        c.add(new Case("fourier_ellipsoid 1-D", new int[] {11}, in -> Ndimage.fourierEllipsoid(in,
                new double[] {5}, -1, -1, null)));
        return c;
    }

    private static HostArray randomComplex(int[] shape, long seed) {
        HostArray h = HostArray.zeros(DType.COMPLEX128, shape);
        double[] d = (double[]) h.data();
        Random r = new Random(seed);
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextDouble() * 4 - 2;
        }
        return h;
    }

    @TestFactory
    Stream<DynamicTest> openClMatchesCpu() {
        Assumptions.assumeTrue(TestBackends.available().contains(TestBackends.OPENCL), "no OpenCL backend");
        List<DynamicTest> tests = new ArrayList<>();
        long seed = 14;
        for (Case c : cases()) {
            HostArray input = randomComplex(c.shape(), seed++);
            tests.add(DynamicTest.dynamicTest(c.what() + " " + Arrays.toString(c.shape()), () -> {
                Backend cl = TestBackends.get(TestBackends.OPENCL);
                Backend cpu = TestBackends.get(TestBackends.CPU);
                TestBackends.assumeSupports(cl, DType.COMPLEX128);
                double[] expected;
                double[] actual;
                try (NDArray a = NDArray.fromHost(cpu, input.copy()); NDArray r = c.call().apply(a)) {
                    expected = (double[]) r.toHost().data();
                }
                try (NDArray a = NDArray.fromHost(cl, input.copy()); NDArray r = c.call().apply(a)) {
                    assertEquals(cl, r.backend(), "result must stay on the device");
                    actual = (double[]) r.toHost().data();
                }
                assertEquals(expected.length, actual.length);
                double max = 0;
                for (double v : expected) {
                    max = Math.max(max, Math.abs(v));
                }
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], actual[i], 1e-12 * max, c.what() + ": value " + i);
                }
            }));
        }
        return tests.stream();
    }
}
