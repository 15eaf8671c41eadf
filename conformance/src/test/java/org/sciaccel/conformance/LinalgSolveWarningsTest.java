package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.linalg.AssumeA;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.SolveOptions;

/**
 * scipy.linalg.solve's warnings (SciPy 1.10's messages, values from SciPy on this machine) and its
 * refusal of a transposed complex solve, on the CPU backend (where the solvers live).
 */
class LinalgSolveWarningsTest {
    private final Backend cpu = TestBackends.get(TestBackends.CPU);

    private NDArray m(DType t, double[] v, int... shape) {
        try (NDArray d = NDArray.fromHost(cpu, new HostArray(DType.FLOAT64, shape, v.clone()))) {
            return d.astype(t);
        }
    }

    @Test
    void anIllConditionedMatrixWarnsWithLapacksReciprocalConditionNumber() {
        // TestSolve.test_ill_condition_warning: SciPy warns "rcond=2.77556e-17" (dgecon).
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 1, 1 + 1e-16, 1 - 1e-16}, 2, 2);
                NDArray b = m(DType.FLOAT64, new double[] {1, 1}, 2);
                Warnings.Collector seen = Warnings.collect();
                NDArray x = Linalg.solve(a, b)) {
            assertEquals(List.of(new Warnings.Warning(Warnings.Category.LINALG,
                    "Ill-conditioned matrix (rcond=2.77556e-17): result may not be accurate.")), seen.warnings());
        }
    }

    @Test
    void aWellConditionedMatrixDoesNotWarnWhateverTheStructure() {
        try (NDArray a = m(DType.FLOAT64, new double[] {4, 1, 1, 3}, 2, 2);
                NDArray b = m(DType.FLOAT64, new double[] {1, 2}, 2)) {
            for (AssumeA s : AssumeA.values()) {
                for (boolean transposed : new boolean[] {false, true}) {
                    try (Warnings.Collector seen = Warnings.collect();
                            NDArray x = Linalg.solve(a, b, SolveOptions.options().assumeA(s).transposed(transposed))) {
                        assertEquals(List.of(), seen.warnings(), s + " transposed=" + transposed);
                        assertArrayEquals(new double[] {1.0 / 11, 7.0 / 11}, x.toDoubleArray(), 1e-15);
                    }
                }
            }
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void symPosWarnsThatItIsDeprecatedAndSolvesAsPos() {
        // TestSolve.test_sym_pos_dep: solve([[1.]], [1], sym_pos=True)
        try (NDArray a = m(DType.FLOAT64, new double[] {1}, 1, 1); NDArray b = m(DType.FLOAT64, new double[] {1}, 1);
                Warnings.Collector seen = Warnings.collect();
                NDArray x = Linalg.solve(a, b, SolveOptions.options().symPos(true))) {
            assertEquals(List.of(new Warnings.Warning(Warnings.Category.DEPRECATION, "The 'sym_pos' keyword is deprecated"
                    + " and should be replaced by using 'assume_a = \"pos\"'. 'sym_pos' will be removed in SciPy 1.11.0.")),
                    seen.warnings());
            assertArrayEquals(new double[] {1}, x.toDoubleArray(), 0);
        }
        // pos: a matrix that is not positive definite fails as pos does
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 2, 2, 1}, 2, 2); NDArray b = m(DType.FLOAT64, new double[] {1, 2}, 2);
                Warnings.Collector seen = Warnings.collect()) {
            assertThrows(org.sciaccel.LinAlgException.class, () -> Linalg.solve(a, b, SolveOptions.options().symPos(true)));
        }
    }

    @Test
    void aTransposedComplexSolveIsNotImplementedAsInSciPy() {
        try (NDArray a = m(DType.COMPLEX128, new double[] {1, 0, 0, 1}, 2, 2);
                NDArray b = m(DType.COMPLEX128, new double[] {1, 2}, 2)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> Linalg.solve(a, b, SolveOptions.options().transposed(true)));
            assertTrue(e.getMessage().contains("a^T x = b"), e.getMessage());
        }
    }

    @Test
    void anEmptyRightHandSideGivesAnEmptySolution() {
        // TestSolve.test_empty_rhs: solve(eye(2), [[], []]) has shape (2, 0)
        try (NDArray a = m(DType.FLOAT64, new double[] {1, 0, 0, 1}, 2, 2); NDArray b = m(DType.FLOAT64, new double[0], 2, 0);
                NDArray x = Linalg.solve(a, b)) {
            assertArrayEquals(new int[] {2, 0}, x.shape());
            assertEquals(DType.FLOAT64, x.dtype());
        }
    }

    @Test
    void herOnARealMatrixIsSymAndAScalarAHoldsOneRightHandSidePerElement() {
        // TestSolve.test_scalar_a_and_1D_b: solve(1, [1, 2, 3]) == [1, 2, 3], shape (3,)
        try (NDArray a = m(DType.FLOAT64, new double[] {2}, new int[0]); NDArray b = m(DType.FLOAT64, new double[] {1, 2, 3}, 3);
                NDArray x = Linalg.solve(a, b)) {
            assertArrayEquals(new int[] {3}, x.shape());
            assertArrayEquals(new double[] {0.5, 1, 1.5}, x.toDoubleArray(), 0);
        }
        // TestSolve.test_simple_her_actuallysym, lower and upper
        try (NDArray a = m(DType.FLOAT64, new double[] {2, 3, 3, -5}, 2, 2); NDArray b = m(DType.FLOAT64, new double[] {1, 0}, 2)) {
            for (boolean lower : new boolean[] {false, true}) {
                try (NDArray x = Linalg.solve(a, b, AssumeA.HER, lower)) {
                    assertArrayEquals(new double[] {5.0 / 19, 3.0 / 19}, x.toDoubleArray(), 1e-15);
                }
            }
        }
    }
}
