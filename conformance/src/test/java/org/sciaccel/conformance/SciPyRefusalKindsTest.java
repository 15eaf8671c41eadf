package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.SciPyArgumentException.Raises;
import org.sciaccel.fft.Fft;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * Bad input for which SciPy 1.10 raises TypeError or RuntimeError is refused with a
 * {@link SciPyArgumentException} naming that exception, on every backend and before any device work
 * (nothing left alive): complex input to the real transforms, sequences of modes where SciPy takes one,
 * float16 in the ndimage filters and label. A rank that is the first of a full box is SciPy's separable
 * minimum filter, which does take a mode per axis.
 */
class SciPyRefusalKindsTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    private static NDArray ramp(Backend b, DType t, int... shape) {
        int n = org.sciaccel.Shapes.size(shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i * 7919 % 23) - 9.5;
        }
        return NDArray.fromHost(b, HostArray.fromDoubles(v, t, shape));
    }

    private static void refused(Backend b, Raises raises, String says, Executable call) {
        long live = b.liveAllocations();
        SciPyArgumentException e = assertThrows(SciPyArgumentException.class, call);
        assertEquals(raises, e.scipyRaises(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
        assertEquals(live, b.liveAllocations(), "arrays left alive after: " + e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void complexInputToTheRealTransformsIsATypeError(String name) {
        Backend b = TestBackends.get(name);
        TestBackends.assumeSupports(b, DType.COMPLEX64);
        try (NDArray z = NDArray.fromHost(b, new HostArray(DType.COMPLEX64, new int[] {2, 3}, new float[12]))) {
            refused(b, Raises.TYPE_ERROR, "x must be a real sequence", () -> Fft.rfft(z));
            refused(b, Raises.TYPE_ERROR, "x must be a real sequence", () -> Fft.rfftn(z));
            refused(b, Raises.TYPE_ERROR, "x must be a real sequence", () -> Fft.ihfft(z));
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void modeSequencesWhereSciPyTakesOneAreRuntimeErrors(String name) {
        Backend b = TestBackends.get(name);
        FilterOptions two = FilterOptions.defaults().mode(Mode.NEAREST, Mode.REFLECT);
        try (NDArray x = ramp(b, DType.FLOAT32, 5, 6); NDArray w = ramp(b, DType.FLOAT32, 2, 2);
                NDArray partial = NDArray.fromHost(b, new HostArray(DType.BOOL, new int[] {2, 3},
                        new byte[] {1, 0, 1, 1, 1, 0}))) {
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported", () -> Ndimage.correlate(x, w, two));
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported", () -> Ndimage.convolve(x, w, two));
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported for non-separable footprints",
                    () -> Ndimage.minimumFilter(x, partial, two));
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported for non-separable footprints",
                    () -> Ndimage.rankFilter(x, -1, partial, two));
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported by non-separable rank filters",
                    () -> Ndimage.rankFilter(x, 3, new int[] {2, 3}, two));
            refused(b, Raises.RUNTIME_ERROR, "A sequence of modes is not supported by non-separable rank filters",
                    () -> Ndimage.medianFilter(x, new int[] {2, 3}, two));
            // rank 0 of a full box: SciPy's minimum_filter over sizes, one mode per axis
            try (NDArray r = Ndimage.rankFilter(x, 0, new int[] {2, 3}, two);
                    NDArray m = Ndimage.minimumFilter(x, new int[] {2, 3}, two)) {
                assertNull(Tolerances.mismatch(m.toHost(), r.toHost()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void float16WhereSciPyHasNoLoopIsARuntimeOrTypeError(String name) {
        Backend b = TestBackends.get(name);
        TestBackends.assumeSupports(b, DType.FLOAT16);
        try (NDArray h = ramp(b, DType.FLOAT16, 4, 5)) {
            refused(b, Raises.RUNTIME_ERROR, "array type not supported",
                    () -> Ndimage.gaussianFilter(h, new double[] {1.0}, GaussianOptions.defaults()));
            refused(b, Raises.RUNTIME_ERROR, "array type not supported", () -> Ndimage.gaussianLaplace(h, 1.0));
            refused(b, Raises.TYPE_ERROR, "No matching signature found", () -> Ndimage.label(h));
        }
    }
}
