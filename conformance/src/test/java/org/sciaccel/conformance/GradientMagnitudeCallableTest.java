package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * {@code generic_gradient_magnitude} with a derivative function, as SciPy's callable: SciPy's own
 * test_generic_gradient_magnitude01 (a Gaussian first derivative gives gaussian_gradient_magnitude)
 * and the built-in Sobel path reproduced by a function calling {@code sobel}, on every backend.
 */
class GradientMagnitudeCallableTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray array(Backend b) {
        double[] v = {3, 2, 5, 1, 4, 5, 8, 3, 7, 1, 5, 6, 9, 3, 5};
        DType t = b.supports(DType.FLOAT64) ? DType.FLOAT64 : DType.FLOAT32;
        return NDArray.fromHost(b, HostArray.fromDoubles(v, t, 3, 5));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void scipysGaussianDerivativeCallable(String name) {
        Backend b = TestBackends.get(name);
        // derivative(input, axis, ...) = gaussian_filter(input, [a, b / 2], order with 1 on axis), a = 1, b = 2
        Ndimage.AxisDerivative derivative = (in, axis, mode, cval) -> {
            int[] order = new int[in.ndim()];
            order[axis] = 1;
            return Ndimage.gaussianFilter(in, new double[] {1.0, 1.0},
                    GaussianOptions.defaults().order(order).mode(new Mode[] {mode}).cval(cval));
        };
        try (NDArray a = array(b);
                NDArray expected = Ndimage.gaussianGradientMagnitude(a, 1.0);
                NDArray got = Ndimage.genericGradientMagnitude(a, derivative, new Mode[] {Mode.REFLECT}, 0.0, null)) {
            assertNull(Tolerances.mismatch(expected.toHost(), got.toHost()));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSobelCallableEqualsTheBuiltInSobel(String name) {
        Backend b = TestBackends.get(name);
        Ndimage.AxisDerivative sobel = (in, axis, mode, cval) -> Ndimage.sobel(in, axis, new Mode[] {mode}, cval, null);
        Mode[] modes = {Mode.NEAREST, Mode.WRAP};
        try (NDArray a = array(b);
                NDArray builtIn = Ndimage.genericGradientMagnitude(a, Ndimage.Derivative.SOBEL, modes, 0.0, null);
                NDArray got = Ndimage.genericGradientMagnitude(a, sobel, modes, 0.0, null)) {
            assertTrue(HostArrays.identical(builtIn.toHost(), got.toHost()));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aDerivativeOfTheWrongShapeIsRefusedAndNothingLeaks(String name) {
        Backend b = TestBackends.get(name);
        try (NDArray a = array(b)) {
            long live = b.liveAllocations();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ndimage.genericGradientMagnitude(
                    a, (in, axis, mode, cval) -> NDArray.fromHost(b, HostArray.zeros(in.dtype(), 2)),
                    new Mode[] {Mode.REFLECT}, 0.0, null));
            assertTrue(e.getMessage().startsWith("derivative: returned an array of shape (2,) for axis 0"), e.getMessage());
            assertEquals(live, b.liveAllocations());
        }
    }
}
