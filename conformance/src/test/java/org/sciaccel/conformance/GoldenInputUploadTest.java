package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Npy;

/**
 * Uploading an array leaves the host array as it was. The golden runner uploads a copy of each
 * input (so a case can compare the input afterwards), which no longer checks this; the Gaussian
 * family's old golden test did, on every input of its manifest, so this does so on the same inputs.
 */
class GoldenInputUploadTest {

    @TestFactory
    Stream<DynamicTest> uploadLeavesTheHostArrayUnchanged() {
        TreeSet<Path> files = new TreeSet<>();
        for (GoldenCall c : GoldenManifestTest.gaussianCases()) {
            String input = GoldenManifestTest.args(c).get("input");
            files.add(c.dir().resolve(input.substring(1)));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : TestBackends.available()) {
            tests.add(DynamicTest.dynamicTest(name + ": " + files.size() + " golden inputs", () -> {
                Backend backend = TestBackends.get(name);
                for (Path f : files) {
                    HostArray host = Npy.read(f);
                    if (!backend.supports(host.dtype())) {
                        continue;
                    }
                    HostArray pristine = host.copy();
                    long live = backend.liveAllocations();
                    try (NDArray a = NDArray.fromHost(backend, host)) {
                        assertTrue(HostArrays.identical(pristine, a.toHost()), f.getFileName() + ": round trip");
                    }
                    assertEquals(live, backend.liveAllocations(), f.getFileName() + ": upload left an array alive");
                    assertTrue(HostArrays.identical(pristine, host), "the backend changed the host array it uploaded: "
                            + f.getFileName());
                }
            }));
        }
        return tests.stream();
    }
}
