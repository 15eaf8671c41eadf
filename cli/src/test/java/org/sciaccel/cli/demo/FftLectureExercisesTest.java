package org.sciaccel.cli.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.HostArray;

/**
 * The lecture notes' FFT exercises through the library on every backend, against the answers SciPy
 * 1.10.1 gives (data/scipy-lectures/README.md of the shared seed data, sections 2.6 and 3.1).
 */
class FftLectureExercisesTest {

    static List<String> backends() {
        return Backends.available();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void moonLandingDenoising(String name) {
        Backend b = Backends.get(name);
        long live = b.liveAllocations();
        HostArray image = MoonLandingDenoise.load(SeedData.locate().file(MoonLandingDenoise.IMAGE));
        assertArrayEquals(new int[] {474, 630}, image.shape());
        MoonLandingDenoise.Result r = MoonLandingDenoise.denoise(b, image);
        assertEquals(0.18438974126514082, r.min(), 1e-12, "min");
        assertEquals(0.791050463931349, r.max(), 1e-12, "max");
        assertEquals(0.1187928944157584, r.std(), 1e-12, "std");
        HostArray clean = r.clean();
        assertArrayEquals(new int[] {474, 630}, clean.shape());
        double[] v = clean.toDoubles();
        // On the host the statistics are those of the image that came back.
        assertEquals(Arrays.stream(v).min().orElseThrow(), r.min(), 0, "min of the image");
        assertEquals(Arrays.stream(v).max().orElseThrow(), r.max(), 0, "max of the image");
        assertEquals(0.3194919897312568, v[0], 1e-12, "pixel [0,0]");
        assertEquals(0.5121114272513906, v[237 * 630 + 315], 1e-12, "pixel [237,315]");
        assertEquals(live, b.liveAllocations(), "arrays left alive");
        // The pipeline stays on the backend: the image in; the denoised image and min, max, std out. The first run
        // on a backend may also upload the FFT plans' tables (kept for the next); a second run moves nothing else.
        Transfers io = MoonLandingDenoise.inputAndOutputs(image);
        assertEquals(io.fromBackend(), r.moved().fromBackend(), "bytes from " + name);
        assertTrue(r.moved().toBackend() >= io.toBackend() && r.moved().toBackend() < io.toBackend() + (1 << 17),
                () -> "bytes to " + name + ": " + r.moved());
        MoonLandingDenoise.Result again = MoonLandingDenoise.denoise(b, image);
        assertEquals(io, again.moved(), "bytes moved between host and " + name + " by a second run");
        assertArrayEquals(v, again.clean().toDoubles(), "the same image again");
        assertEquals(live, b.liveAllocations(), "arrays left alive after the second run");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void populationPeriodicity(String name) {
        Backend b = Backends.get(name);
        HostArray table = PopulationPeriods.load(SeedData.locate().file(PopulationPeriods.DATA));
        assertArrayEquals(new int[] {21, 3}, table.shape());
        double[][] mag = PopulationPeriods.magnitudes(b, table);
        double[] dc = {715700, 423500, 890400};
        double[] k2 = {270656.1354963576, 206805.17249935624, 42095.735747893676};
        double[] k4 = {131023.99485857571, 111302.829368031, 11527.571462407319};
        for (int c = 0; c < 3; c++) {
            assertEquals(dc[c], mag[c][0], 1e-12 * dc[c], PopulationPeriods.SPECIES[c] + " DC");
            assertEquals(k2[c], mag[c][2], 1e-12 * k2[c], PopulationPeriods.SPECIES[c] + " |FFT| at k=2");
            assertEquals(k4[c], mag[c][4], 1e-12 * k4[c], PopulationPeriods.SPECIES[c] + " |FFT| at k=4");
            assertEquals(10.5, PopulationPeriods.period(mag[c]), 1e-12, PopulationPeriods.SPECIES[c] + " period");
        }
    }
}
