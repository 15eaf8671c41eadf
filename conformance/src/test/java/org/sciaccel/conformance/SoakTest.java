package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.io.Npy;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;

/**
 * A soak mixing every op family on every backend: one golden case per registered op, called
 * {@value #ROUNDS_PROPERTY} rounds (default {@value #DEFAULT_ROUNDS}; the {@code soak} Maven profile
 * runs 100) in a shuffled order, each result bit-identical to the op's first call, no array left
 * alive, and the heap after the soak no larger than after its first round (beyond a margin).
 */
class SoakTest {
    static final String ROUNDS_PROPERTY = "sciaccel.soak.rounds";
    static final int DEFAULT_ROUNDS = 3;
    /** Heap growth tolerated between the first and the last round, after a GC: caches, JIT, class data. */
    static final long HEAP_MARGIN_BYTES = 64L << 20;

    private record Call(Backend backend, OpSpec op, GoldenCall c, CallBinding.Bound bound, List<HostArray> inputs) {
        String name() {
            return backend.name() + " " + c.id();
        }
    }

    @Test
    void everyFamilyOnEveryBackendRepeatsItsResultsAndLeavesNothingBehind() {
        int rounds = Integer.getInteger(ROUNDS_PROPERTY, DEFAULT_ROUNDS);
        List<Call> calls = calls();
        assertTrue(calls.size() > 50, "only " + calls.size() + " ops to soak");
        System.out.println("soak: " + rounds + " rounds of " + calls.size() + " calls");
        Map<String, Map<String, Object>> reference = new LinkedHashMap<>();
        Map<Backend, Long> liveBefore = new LinkedHashMap<>();
        for (Call call : calls) {
            liveBefore.putIfAbsent(call.backend(), call.backend().liveAllocations());
        }
        Random order = new Random(20261203);
        long heapAfterFirst = 0;
        for (int round = 0; round < rounds; round++) {
            List<Call> shuffled = new ArrayList<>(calls);
            Collections.shuffle(shuffled, order);
            for (Call call : shuffled) {
                Map<String, Object> got;
                try {
                    got = invoke(call);
                } catch (RuntimeException e) {
                    throw new AssertionError(call.name() + " in round " + round + ": " + e, e);
                }
                Map<String, Object> first = reference.putIfAbsent(call.name(), got);
                if (first != null) {
                    assertSame(call.name() + " in round " + round, first, got);
                }
            }
            if (round == 0) {
                heapAfterFirst = usedHeapAfterGc();
            }
        }
        for (Map.Entry<Backend, Long> e : liveBefore.entrySet()) {
            assertEquals(e.getValue(), e.getKey().liveAllocations(), "arrays left alive on " + e.getKey().name());
        }
        long heapAtEnd = usedHeapAfterGc();
        assertTrue(heapAtEnd - heapAfterFirst < HEAP_MARGIN_BYTES, "the heap grew from " + heapAfterFirst + " to "
                + heapAtEnd + " bytes over " + rounds + " rounds of " + calls.size() + " calls");
    }

    /** The first successful golden case of each registered op, on each backend that implements it. */
    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (String name : TestBackends.available()) {
            Backend backend = TestBackends.get(name);
            Map<String, Call> byOp = new LinkedHashMap<>();
            for (GoldenCall c : GoldenManifests.cases()) {
                if (c.raises() != null || byOp.containsKey(c.op()) || !backend.implementedOps().contains(c.op())) {
                    continue;
                }
                OpSpec op = OpRegistry.standard().require(c.op());
                CallBinding.Bound bound = CallBinding.bind(op, GoldenRunnerTest.arguments(c));
                List<HostArray> inputs = new ArrayList<>();
                boolean supported = true;
                for (Path f : bound.inputFiles()) {
                    HostArray h = Npy.read(f);
                    supported &= backend.supports(h.dtype());
                    inputs.add(h);
                }
                for (DType d : GoldenChecks.expectedDTypes(c)) {
                    supported &= backend.supports(d);
                }
                if (supported) {
                    byOp.put(c.op(), new Call(backend, op, c, bound, inputs));
                }
            }
            calls.addAll(byOp.values());
        }
        return calls;
    }

    private static Map<String, Object> invoke(Call call) {
        Map<String, Object> got = new LinkedHashMap<>();
        List<NDArray> arrays = new ArrayList<>();
        try (Warnings.Collector quiet = Warnings.collect()) {
            for (HostArray h : call.inputs()) {
                arrays.add(NDArray.fromHost(call.backend(), h));
            }
            try (OpOutputs out = call.op().invoke(call.backend(), arrays, call.bound().values())) {
                for (Map.Entry<String, Object> e : out.values().entrySet()) {
                    got.put(e.getKey(), e.getValue() instanceof NDArray a ? a.toHost() : e.getValue());
                }
            }
        } finally {
            arrays.forEach(NDArray::close);
        }
        return got;
    }

    private static void assertSame(String what, Map<String, Object> first, Map<String, Object> got) {
        assertEquals(first.keySet(), got.keySet(), what);
        for (Map.Entry<String, Object> e : first.entrySet()) {
            Object a = e.getValue();
            Object b = got.get(e.getKey());
            boolean same = a instanceof HostArray ha && b instanceof HostArray hb ? HostArrays.identical(ha, hb)
                    : Objects.equals(String.valueOf(a), String.valueOf(b));
            assertTrue(same, what + ": output " + e.getKey() + " differs from the first call's");
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
