package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.TestAbortedException;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;
import org.sciaccel.registry.UsageException;

/**
 * The golden runner: every case of every manifest ({@link GoldenManifests}) on every available
 * backend, called the way {@code sciaccel call} calls it: the case's arguments are bound to the
 * op's registry entry by {@link CallBinding} (so every case also tests the CLI binding of its
 * parameters), the op is invoked through the registry, and each output is compared with SciPy's
 * by the case's {@link GoldenChecks check}.
 *
 * <p>Each case also checks that the op changed none of its inputs, returned its arrays on the
 * input's backend, returned exactly the outputs SciPy returned, and closed every array it made. A
 * case is skipped on a backend only when the backend does not implement the op or the form of it the
 * case asks for (the facade would run it on the CPU fallback, which the CPU row already tests) or
 * cannot hold one of its dtypes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenRunnerTest {
    /** Seeded inputs written once per case and reused by every backend. */
    private static final Map<String, Path> SEEDED_FILES = new ConcurrentHashMap<>();

    @TestFactory
    @Order(1)
    @DisplayName("SciPy golden cases through the registry")
    Stream<DynamicNode> goldenCases() {
        List<DynamicNode> nodes = new ArrayList<>();
        String missing = TestBackends.missingRequiredBackend();
        if (missing != null) {
            nodes.add(DynamicTest.dynamicTest("opencl: backend required but not available", () -> fail(missing)));
        }
        for (String name : TestBackends.available()) {
            for (GoldenCall c : GoldenManifests.cases()) {
                nodes.add(DynamicTest.dynamicTest(name + ": " + c.describe(), () -> run(name, c)));
            }
        }
        return nodes.stream();
    }

    static void run(String backendName, GoldenCall c) {
        Backend backend = TestBackends.get(backendName);
        OpSpec op = OpRegistry.standard().require(c.op());
        if (!backend.implementedOps().contains(c.op())) {
            throw new TestAbortedException(c.op() + " is not implemented on backend " + backendName);
        }
        if (c.raises() != null) {
            runRaising(backend, op, c);
            return;
        }
        CallBinding.Bound bound = CallBinding.bind(op, arguments(c));
        List<HostArray> hosts = new ArrayList<>();
        List<DType> dtypes = new ArrayList<>(GoldenChecks.expectedDTypes(c));
        for (Path f : bound.inputFiles()) {
            HostArray h = Npy.read(f);
            hosts.add(h);
            dtypes.add(h.dtype());
        }
        TestBackends.assumeSupports(backend, dtypes.toArray(new DType[0]));
        GoldenChecks.Check check = GoldenChecks.get(c.check());

        long liveBefore = backend.liveAllocations();
        Map<String, Object> got = new LinkedHashMap<>();
        List<HostArray> after = new ArrayList<>();
        List<NDArray> arrays = new ArrayList<>();
        try {
            for (HostArray h : hosts) {
                arrays.add(NDArray.fromHost(backend, h.copy()));
            }
            try (OpOutputs out = invoke(backendName, op, backend, arrays, bound)) {
                for (Map.Entry<String, Object> e : out.values().entrySet()) {
                    Object v = e.getValue();
                    if (v instanceof NDArray a) {
                        assertEquals(backend, a.backend(), e.getKey() + " left the input's backend");
                        v = a.toHost();
                    }
                    got.put(e.getKey(), v);
                }
            }
            for (NDArray a : arrays) {
                after.add(a.toHost());
            }
        } finally {
            arrays.forEach(NDArray::close);
        }
        assertEquals(liveBefore, backend.liveAllocations(),
                "arrays left alive on " + backendName + " after " + c.id() + " (the op leaked intermediates)");
        assertEquals(List.copyOf(c.expected().keySet()), List.copyOf(got.keySet()),
                "the outputs returned (SciPy's names, in order)");
        String why = check.mismatch(c, got, hosts);
        if (why != null) {
            fail(backendName + ": " + c.describe() + " (" + c.source() + ") differs from SciPy:\n" + why);
        }
        for (int i = 0; i < hosts.size(); i++) {
            // a variadic op (numpy.evaluate) takes more arrays than it declares arguments
            String input = i < op.inputs().size() ? op.inputs().get(i).name() : "array " + i;
            assertTrue(HostArrays.identical(hosts.get(i), after.get(i)), "the op changed its input " + input);
        }
    }

    /**
     * The op through the registry; a form of it the backend does not implement (a method of a batched
     * solver, refused by the router in strict mode before it starts) skips the case there, as an op
     * the backend lacks.
     */
    private static OpOutputs invoke(String backendName, OpSpec op, Backend backend, List<NDArray> arrays,
            CallBinding.Bound bound) {
        try {
            return op.invoke(backend, arrays, bound.values());
        } catch (org.sciaccel.OpNotImplementedException e) {
            throw new TestAbortedException(e.getMessage() + " (" + backendName + ")");
        }
    }

    /**
     * A case where SciPy raises: binding or running it must fail with an exception whose message
     * names what is wrong ({@code raises}), never a crash or a result, and leave nothing alive.
     */
    private static void runRaising(Backend backend, OpSpec op, GoldenCall c) {
        // An input this backend cannot hold (float64 on a device without fp64) is refused at upload, before
        // the op could refuse the call as SciPy does: such a case is not this backend's to answer.
        List<DType> dtypes = new ArrayList<>();
        try {
            for (Path f : CallBinding.bind(op, arguments(c)).inputFiles()) {
                dtypes.add(Npy.read(f).dtype());
            }
        } catch (RuntimeException refusedWhileBinding) {
            // the refusal may be the binding's own; asserted below
        }
        TestBackends.assumeSupports(backend, dtypes.toArray(new DType[0]));
        long liveBefore = backend.liveAllocations();
        RuntimeException e = assertThrows(RuntimeException.class, () -> {
            CallBinding.Bound bound = CallBinding.bind(op, arguments(c));
            List<NDArray> arrays = new ArrayList<>();
            try {
                for (Path f : bound.inputFiles()) {
                    arrays.add(NDArray.fromHost(backend, Npy.read(f)));
                }
                op.invoke(backend, arrays, bound.values()).close();
            } finally {
                arrays.forEach(NDArray::close);
            }
        }, c.describe() + ": SciPy raises here");
        assertTrue(e instanceof IllegalArgumentException || e instanceof UsageException
                || e instanceof UnsupportedOperationException,
                c.describe() + ": a bad argument is an IllegalArgumentException (or a UsageException), got " + e);
        assertTrue(String.valueOf(e.getMessage()).contains(c.raises()),
                c.describe() + ": the message should name " + c.raises() + ": " + e.getMessage());
        assertEquals(liveBefore, backend.liveAllocations(), "arrays left alive after the refused " + c.id());
    }

    /** The case's CLI arguments, seeded inputs written to files and given as {@code name=@file}. */
    static List<String> arguments(GoldenCall c) {
        List<String> args = new ArrayList<>(c.resolvedArgs());
        for (Map.Entry<String, Map<String, Object>> e : c.seeded().entrySet()) {
            Path file = SEEDED_FILES.computeIfAbsent(c.id() + "." + e.getKey(), k -> writeSeeded(k, e.getValue()));
            args.add(e.getKey() + "=@" + file);
        }
        return args;
    }

    private static Path writeSeeded(String key, Map<String, Object> spec) {
        HostArray h = SeededInputs.make(Json.ints(spec.get("shape")), DType.fromName((String) spec.get("dtype")),
                Json.number(spec.get("seed")).longValue());
        try {
            Path f = Files.createTempFile("sciaccel-golden-" + key + "-", ".npy");
            f.toFile().deleteOnExit();
            Npy.write(f, h);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    @DisplayName("no device allocation is alive after the golden cases")
    void noLiveAllocationsAfterSuite() {
        for (Backend b : TestBackends.used()) {
            assertEquals(0, b.liveAllocations(), "live arrays on " + b.name() + " after the golden runner: "
                    + TestBackends.liveSummary());
        }
    }

    @Test
    @Order(3)
    @DisplayName("every manifest is in the registry-driven format and every case names a registered op")
    void manifestsAreCurrent() {
        List<String> problems = new ArrayList<>();
        for (GoldenCall c : GoldenManifests.cases()) {
            if (!OpRegistry.standard().names().contains(c.op())) {
                problems.add(c.source() + ": " + c.op() + " is not a registered op");
            }
            try {
                GoldenChecks.get(c.check());
            } catch (IllegalArgumentException e) {
                problems.add(c.source() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }
}
