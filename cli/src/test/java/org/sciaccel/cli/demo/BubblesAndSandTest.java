package org.sciaccel.cli.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.HostArray;

/**
 * The lecture notes' bubbles-and-sand exercise through the library on every backend, against the answers SciPy
 * 1.10.1 gives (data/scipy-lectures/README.md of the shared seed data, section 2.5), and the pipeline staying on
 * the backend: the image in, the phase map and the numbers out, nothing else.
 */
class BubblesAndSandTest {

    static List<String> backends() {
        return Backends.available();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void lectureAnswersWithOnlyInputAndOutputsMoved(String name) {
        Backend b = Backends.get(name);
        long live = b.liveAllocations();
        HostArray crop = BubblesAndSandSection.crop(ImageFiles.readGray(SeedData.locate().file(GaussianSmoothingSection.IMAGE)));
        assertArrayEquals(new int[] {883, 1024}, crop.shape());
        BubblesAndSand.Result r = BubblesAndSand.run(b, crop);
        assertEquals(104, r.bubbles(), "bubbles");
        assertEquals(1699.875, r.meanBubbleArea(), 0, "mean bubble area");
        assertEquals(65.0, r.medianBubbleArea(), 0, "median bubble area");
        assertEquals(154, r.grains(), "grains after the opening");
        assertEquals(94, r.grainsAbove100(), "grains above 100 px");
        // Pixel counts of the phases: void 176787, sand 193359 (183456 kept by the opening), glass 534046.
        long[] count = new long[4];
        for (byte p : (byte[]) r.phases().data()) {
            count[p]++;
        }
        assertArrayEquals(new long[] {176787, 183456, 534046, 193359 - 183456}, count, "pixels per phase");
        // The image in; the phase map, the mean, the median and the count out. A backend may add its kernels'
        // parameter tables (the median filter's footprint, the opening's structure: a few hundred bytes in) and the
        // counts that size a result (num_features, bincount's length: a few bytes out), never image data.
        Transfers io = BubblesAndSand.inputAndOutputs(crop);
        long in = r.moved().toBackend() - io.toBackend();
        long out = r.moved().fromBackend() - io.fromBackend();
        assertTrue(in >= 0 && in < 1024 && out >= 0 && out < 64, () -> "bytes moved between host and " + name + ": "
                + r.moved() + ", the input and outputs alone " + io);
        if (name.equals("cpu")) {
            assertEquals(io, r.moved(), "the CPU moves the input and outputs, nothing else");
        }
        assertEquals(live, b.liveAllocations(), "arrays left alive");
    }
}
