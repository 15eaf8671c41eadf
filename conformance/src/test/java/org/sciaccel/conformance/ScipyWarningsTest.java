package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Ndimage;
import org.sciaccel.optimize.CurveFitResult;
import org.sciaccel.optimize.Optimize;

/** The warnings SciPy 1.10 emits, emitted by sciaccel for the same calls, on every backend. */
class ScipyWarningsTest {
    private static final Warnings.Warning PROMOTING =
            new Warnings.Warning(Warnings.Category.USER, "promoting specified output dtype to complex");

    @Test
    void aRealOutputDtypeForAComplexFilterIsPromotedWithSciPysWarning() {
        for (String name : TestBackends.available()) {
            Backend b = TestBackends.get(name);
            try (NDArray x = NDArray.fromHost(b, new HostArray(DType.FLOAT64, new int[] {2, 3},
                    new double[] {1, 2, 3, 4, 5, 6}));
                    NDArray w = NDArray.fromHost(b, new HostArray(DType.COMPLEX128, new int[] {2, 2},
                            new double[] {1, 0, 0, 0, 0, 0, 1, 1}))) {
                // ndimage.correlate(x, w, output=np.float64): UserWarning, result complex128
                for (DType output : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT32}) {
                    try (Warnings.Collector seen = Warnings.collect();
                            NDArray r = Ndimage.correlate(x, w, FilterOptions.defaults().output(output))) {
                        assertEquals(List.of(PROMOTING), seen.warnings(), name + " output=" + output);
                        assertTrue(r.dtype().isComplex(), name + ": " + r.dtype());
                    }
                }
                // no output, or a complex one: no warning (SciPy's _get_output)
                for (DType output : new DType[] {null, DType.COMPLEX64}) {
                    try (Warnings.Collector seen = Warnings.collect();
                            NDArray r = Ndimage.correlate(x, w, FilterOptions.defaults().output(output))) {
                        assertEquals(List.of(), seen.warnings(), name + " output=" + output);
                    }
                }
            }
        }
    }

    @Test
    void curveFitWithAsManyParametersAsPointsWarnsThatTheCovarianceCannotBeEstimated() {
        Optimize.ModelFunction quadratic = (x, p) -> p[0] + p[1] * x + p[2] * x * x;
        // curve_fit(f, [0, 1, 2], [1, 3, 7], p0=[1, 1, 1]): OptimizeWarning, pcov all inf
        try (Warnings.Collector seen = Warnings.collect()) {
            CurveFitResult r = Optimize.curveFit(quadratic, new double[] {0, 1, 2}, new double[] {1, 3, 7},
                    new double[] {1, 1, 1});
            assertEquals(List.of(new Warnings.Warning(Warnings.Category.OPTIMIZE,
                    "Covariance of the parameters could not be estimated")), seen.warnings());
            for (double v : r.pcov()) {
                assertEquals(Double.POSITIVE_INFINITY, v);
            }
        }
        // one point more: the covariance is estimated, no warning
        try (Warnings.Collector seen = Warnings.collect()) {
            Optimize.curveFit(quadratic, new double[] {0, 1, 2, 3}, new double[] {1, 3, 7, 13.5},
                    new double[] {1, 1, 1});
            assertEquals(List.of(), seen.warnings());
        }
    }
}
