package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;
import org.sciaccel.numpy.Random;

/**
 * Several random and uniform calls in a row on one generator equal NumPy's calls on one
 * {@code Generator(Philox(seed))}, value for value and bit for bit, and leave the generator in NumPy's
 * state (key, counter, buffer_pos, has_uint32, uinteger): {@code golden/numpy/random/sequences.json},
 * written by generate_random.py, on every backend.
 */
class RandomSequenceTest {
    private static final Path DIR = GoldenData.root().resolve("numpy/random");

    @TestFactory
    Stream<DynamicTest> sequencesEqualNumpys() throws IOException {
        List<?> plans = (List<?>) Json.parse(Files.readString(DIR.resolve("sequences.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            for (Object p : plans) {
                Map<?, ?> plan = (Map<?, ?>) p;
                tests.add(DynamicTest.dynamicTest(name + ": " + plan.get("id"), () -> replay(TestBackends.get(name), plan)));
            }
        }
        return tests.stream();
    }

    private static void replay(Backend backend, Map<?, ?> plan) {
        TestBackends.assumeSupports(backend, DType.FLOAT64);
        Random rng = Random.philox(new BigInteger((String) plan.get("seed")), backend);
        long toBackend = backend.bytesToBackend();
        int step = 0;
        for (Object c : (List<?>) plan.get("calls")) {
            Map<?, ?> call = (Map<?, ?>) c;
            int[] size = Json.ints(call.get("size"));
            HostArray expected = Npy.read(DIR.resolve((String) call.get("expected")));
            try (NDArray got = "random".equals(call.get("method"))
                    ? rng.random(DType.fromName((String) call.get("dtype")), size)
                    : rng.uniform(Json.number(call.get("low")).doubleValue(), Json.number(call.get("high")).doubleValue(), size)) {
                assertTrue(HostArrays.identical(expected, got.toHost()), plan.get("id") + " call " + step + " (" + call
                        + "): not NumPy's numbers");
            }
            step++;
        }
        assertEquals(toBackend, backend.bytesToBackend(), "the numbers were generated on the backend, nothing uploaded");
        Map<?, ?> st = (Map<?, ?>) plan.get("state");
        long[] want = new long[9];
        List<?> key = (List<?>) st.get("key");
        List<?> counter = (List<?>) st.get("counter");
        for (int i = 0; i < 2; i++) {
            want[i] = Long.parseUnsignedLong((String) key.get(i));
        }
        for (int i = 0; i < 4; i++) {
            want[2 + i] = Long.parseUnsignedLong((String) counter.get(i));
        }
        want[6] = Json.number(st.get("buffer_pos")).longValue();
        want[7] = Json.number(st.get("has_uint32")).longValue();
        want[8] = Json.number(st.get("uinteger")).longValue();
        assertArrayEquals(want, rng.state(), plan.get("id") + ": the state after the calls is not NumPy's "
                + "(key, counter, buffer_pos, has_uint32, uinteger)");
    }
}
