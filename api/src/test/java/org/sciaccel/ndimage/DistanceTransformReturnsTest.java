package org.sciaccel.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.RecordingMorphology;

/** The distance transforms return what SciPy's return: the distances, the indices or both, as asked. */
class DistanceTransformReturnsTest {
    private final Backend backend = Backends.fallback();
    private NDArray mask;

    @BeforeEach
    void setUp() {
        RecordingMorphology.CALLS.clear();
        mask = NDArray.fromHost(backend, HostArray.fromDoubles(new double[] {0, 1, 1, 1, 1, 0}, DType.BOOL, 2, 3));
    }

    @AfterEach
    void tearDown() {
        mask.close();
    }

    private static String lastCall() {
        List<String> calls = RecordingMorphology.CALLS;
        return calls.get(calls.size() - 1);
    }

    @Test
    void edtReturnsTheDistancesAloneByDefaultWithoutComputingIndices() {
        try (NDArray d = Ndimage.distanceTransformEdt(mask)) {
            assertEquals(DType.FLOAT64, d.dtype());
            assertArrayEquals(new int[] {2, 3}, d.shape());
        }
        assertEquals("edt distances=true indices=false [1.0, 1.0] on " + Backends.FALLBACK_NAME, lastCall());
        try (NDArray d = Ndimage.distanceTransformEdt(mask, new double[] {2})) {
            assertArrayEquals(new int[] {2, 3}, d.shape());
        }
        assertEquals("edt distances=true indices=false [2.0, 2.0] on " + Backends.FALLBACK_NAME, lastCall());
    }

    @Test
    void edtReturnsTheIndicesAloneOrBothAsAsked() {
        try (DistanceTransformResult r = Ndimage.distanceTransformEdt(mask, null, false, true)) {
            assertNull(r.distances());
            assertArrayEquals(new int[] {2, 2, 3}, r.indices().shape());
            assertEquals(DType.INT32, r.indices().dtype());
        }
        assertEquals("edt distances=false indices=true [1.0, 1.0] on " + Backends.FALLBACK_NAME, lastCall());
        try (DistanceTransformResult r = Ndimage.distanceTransformEdt(mask, null, true, true)) {
            assertArrayEquals(new int[] {2, 3}, r.distances().shape());
            assertArrayEquals(new int[] {2, 2, 3}, r.indices().shape());
        }
        try (DistanceTransformResult r = Ndimage.distanceTransformEdt(mask, null, true, false)) {
            assertNull(r.indices());
            assertArrayEquals(new int[] {2, 3}, r.distances().shape());
        }
    }

    @Test
    void cdtDefaultsToTheChessboardMetricAndReturnsWhatIsAsked() {
        try (NDArray d = Ndimage.distanceTransformCdt(mask)) {
            assertEquals(DType.INT32, d.dtype());
        }
        String all = "[true, true, true, true, true, true, true, true, true]";
        assertEquals("cdt distances=true indices=false " + all + " on " + Backends.FALLBACK_NAME, lastCall());
        try (DistanceTransformResult r = Ndimage.distanceTransformCdt(mask, "taxicab", false, true)) {
            assertNull(r.distances());
            assertArrayEquals(new int[] {2, 2, 3}, r.indices().shape());
        }
        assertEquals("cdt distances=false indices=true [false, true, false, true, true, true, false, true, false] on "
                + Backends.FALLBACK_NAME, lastCall());
    }

    @Test
    void askingForNeitherIsRefusedNamingBothParametersBeforeAnyBackendRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ndimage.distanceTransformEdt(mask, null, false, false));
        assertTrue(e.getMessage().contains("return_distances") && e.getMessage().contains("return_indices"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Ndimage.distanceTransformCdt(mask, "chessboard", false,
                false));
        assertTrue(e.getMessage().contains("return_distances") && e.getMessage().contains("return_indices"),
                e.getMessage());
        assertEquals(List.of(), RecordingMorphology.CALLS);
    }

    @Test
    void onTheFallbackOnlyTheAskedPartsComeBackToTheInputsBackend() {
        String strict = System.getProperty(Backends.STRICT_PROPERTY);
        System.setProperty(Backends.STRICT_PROPERTY, "false");
        Backend home = Backends.create("testlow");
        try (NDArray m = mask.copyTo(home);
                DistanceTransformResult r = Ndimage.distanceTransformEdt(m, null, false, true)) {
            assertNull(r.distances());
            assertSame(home, r.indices().backend());
            assertEquals("edt distances=false indices=true [1.0, 1.0] on " + Backends.FALLBACK_NAME, lastCall());
        } finally {
            if (strict == null) {
                System.clearProperty(Backends.STRICT_PROPERTY);
            } else {
                System.setProperty(Backends.STRICT_PROPERTY, strict);
            }
        }
    }
}
