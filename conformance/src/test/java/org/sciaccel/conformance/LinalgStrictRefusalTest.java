package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * A backend that does not implement a linear-algebra op must refuse it in strict mode (the suite
 * runs strict) rather than compute it on the CPU. The golden runner skips such (backend, op)
 * pairs, so this test calls each linalg golden case there (but those SciPy refuses, which the
 * facade's argument checks refuse first) and expects UnsupportedOperationException, with no array
 * left open.
 */
class LinalgStrictRefusalTest {

    @TestFactory
    @DisplayName("linalg ops a backend lacks are refused in strict mode")
    Stream<DynamicNode> refusedWhereNotImplemented() {
        List<DynamicNode> tests = new ArrayList<>();
        Path linalg = GoldenData.root().resolve("linalg");
        for (String name : TestBackends.available()) {
            Backend backend = TestBackends.get(name);
            for (GoldenCall c : GoldenManifests.cases()) {
                // Refusal cases fail in the facade's validation, before any backend is chosen.
                if (c.dir().equals(linalg) && c.raises() == null && !backend.implementedOps().contains(c.op())) {
                    tests.add(DynamicTest.dynamicTest(name + " refuses " + c.describe(), () -> refused(backend, c)));
                }
            }
        }
        return tests.stream();
    }

    private static void refused(Backend backend, GoldenCall c) {
        OpSpec op = OpRegistry.standard().require(c.op());
        CallBinding.Bound bound = CallBinding.bind(op, c.resolvedArgs());
        List<HostArray> hosts = new ArrayList<>();
        for (Path f : bound.inputFiles()) {
            hosts.add(Npy.read(f));
        }
        for (HostArray h : hosts) {
            TestBackends.assumeSupports(backend, h.dtype());
        }
        long before = backend.liveAllocations();
        List<NDArray> arrays = new ArrayList<>();
        try {
            for (HostArray h : hosts) {
                arrays.add(NDArray.fromHost(backend, h));
            }
            assertThrows(UnsupportedOperationException.class, () -> op.invoke(backend, arrays, bound.values()).close(),
                    c.op() + " is not implemented on " + backend.name() + " and must be refused in strict mode");
        } finally {
            arrays.forEach(NDArray::close);
        }
        assertEquals(before, backend.liveAllocations(), "arrays left open by " + c.id());
    }
}
