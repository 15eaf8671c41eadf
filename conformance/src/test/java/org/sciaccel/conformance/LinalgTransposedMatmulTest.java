package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.linalg.Linalg;
import org.sciaccel.linalg.Transpose;

/**
 * {@code Linalg.matmul(a, ta, b, tb)} with transpose flags against SciPy. numpy.matmul has no such
 * flags, so the golden runner's {@code matmul-trans*} cases pass op(a) and op(b) materialised; this
 * test gives the stored, untransposed operands ({@code golden/linalg/inputs/mmt_*}) to the Java
 * overload with the flags and compares with the same expected files (see generate_linalg.py).
 */
class LinalgTransposedMatmulTest {
    private static final String[][] FLAGS = {{"T", "N"}, {"N", "T"}, {"T", "T"}, {"C", "C"}};
    private static final DType[] DTYPES = {DType.FLOAT32, DType.FLOAT64, DType.COMPLEX64, DType.COMPLEX128};

    @TestFactory
    @DisplayName("matmul with transpose flags equals SciPy's product of the transposed operands")
    Stream<DynamicNode> transposedOperands() {
        List<DynamicNode> tests = new ArrayList<>();
        for (String backend : TestBackends.available()) {
            for (String[] f : FLAGS) {
                for (DType t : DTYPES) {
                    if (f[0].equals("C") && !t.isComplex()) {
                        continue;
                    }
                    String id = "matmul-trans" + f[0] + f[1] + "-" + t.name().toLowerCase();
                    tests.add(DynamicTest.dynamicTest(backend + " " + id, () -> run(backend, f[0], f[1], t, id)));
                }
            }
        }
        return tests.stream();
    }

    private static void run(String backendName, String ta, String tb, DType t, String id) {
        Backend backend = TestBackends.get(backendName);
        TestBackends.assumeSupports(backend, t);
        Path dir = GoldenData.root().resolve("linalg");
        String stem = "inputs/mmt_" + ta + tb + "_" + (t.isComplex() ? "c" : "r");
        HostArray a = Npy.read(dir.resolve(stem + "a.npy")).astype(t);
        HostArray b = Npy.read(dir.resolve(stem + "b.npy")).astype(t);
        HostArray expected = Npy.read(dir.resolve("expected/" + id + "_out.npy"));
        long before = backend.liveAllocations();
        try (NDArray x = NDArray.fromHost(backend, a); NDArray y = NDArray.fromHost(backend, b);
                NDArray r = Linalg.matmul(x, flag(ta), y, flag(tb))) {
            assertNull(LinalgChecks.compare(id + " on " + backendName, expected, r.toHost()));
        }
        assertEquals(before, backend.liveAllocations(), "arrays left open by " + id);
    }

    private static Transpose flag(String s) {
        return switch (s) {
            case "N" -> Transpose.NONE;
            case "T" -> Transpose.TRANSPOSE;
            default -> Transpose.CONJUGATE_TRANSPOSE;
        };
    }
}
