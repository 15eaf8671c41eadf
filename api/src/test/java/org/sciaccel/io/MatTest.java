package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sciaccel.io.NpyTest.assertSameArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** MAT files written by scipy.io.savemat read back as scipy.io.loadmat reads them (make_mat_fixtures.py). */
class MatTest {
    private static final List<String> NUMERIC = List.of("d", "s", "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64",
            "z", "zs", "b", "cube", "vec", "col", "one", "empty", "sp");

    @TempDir
    Path tmp;

    private static HostArray expect(String name) {
        return Npy.read(IoFixtures.get("mat/" + name + ".npy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scipy_v5.mat", "scipy_v5z.mat"})
    void readsScipyV5(String file) {
        Map<String, Object> m = Mat.loadmat(IoFixtures.get("mat/" + file));
        assertFalse(m.containsKey("_hidden"));
        for (String k : NUMERIC) {
            assertSameArray(expect("expect_" + k), (HostArray) m.get(k));
        }
        assertEquals(List.of("hello"), m.get("text"));
        assertEquals(List.of("ab", "cd"), m.get("strs"));
        // cell (1, 3): [[array([[0., 1., 2.]]), array(['x']), array([[5]], int32)]]
        List<?> cell = (List<?>) m.get("cell");
        assertEquals(1, cell.size());
        List<?> row = (List<?>) cell.get(0);
        assertEquals(3, row.size());
        assertSameArray(expect("expect_cell0"), (HostArray) row.get(0));
        assertEquals(List.of("x"), row.get(1));
        assertSameArray(expect("expect_cell2"), (HostArray) row.get(2));
        // struct (1, 1) with fields a, b, inner
        Map<?, ?> st = (Map<?, ?>) ((List<?>) ((List<?>) m.get("st")).get(0)).get(0);
        assertEquals(List.of("a", "b", "inner"), List.copyOf(st.keySet()));
        assertSameArray(expect("expect_st_a"), (HostArray) st.get("a"));
        assertEquals(List.of("bee"), st.get("b"));
        Map<?, ?> inner = (Map<?, ?>) ((List<?>) ((List<?>) st.get("inner")).get(0)).get(0);
        assertSameArray(expect("expect_st_inner_c"), (HostArray) inner.get("c"));
    }

    @Test
    void squeezeMe() {
        Map<String, Object> m = Mat.loadmat(IoFixtures.get("mat/scipy_v5.mat"), Mat.Options.defaults().squeezeMe(true));
        for (String k : NUMERIC) {
            assertSameArray(expect("expect_sq_" + k), (HostArray) m.get(k));
        }
        assertEquals("hello", m.get("text"));
        List<?> cell = (List<?>) m.get("cell");
        assertEquals(3, cell.size());
        assertEquals("x", cell.get(1));
        Map<?, ?> st = (Map<?, ?>) m.get("st");
        assertEquals("bee", st.get("b"));
        assertInstanceOf(Map.class, st.get("inner"));
    }

    @Test
    void appendmatAndVariableNames() {
        Path noExt = IoFixtures.get("mat/scipy_v5.mat").resolveSibling("scipy_v5");
        Map<String, Object> m = Mat.loadmat(noExt, Mat.Options.defaults().variableNames(Set.of("d", "st")));
        assertEquals(Set.of("d", "st"), m.keySet());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mat.loadmat(noExt, Mat.Options.defaults().appendmat(false)));
        assertEquals(noExt + ": no such file", e.getMessage());
    }

    @Test
    void readsScipyV4() {
        Map<String, Object> m = Mat.loadmat(IoFixtures.get("mat/scipy_v4.mat"));
        assertEquals(List.of("d", "i16", "u8", "z", "text", "sp", "cube2"), List.copyOf(m.keySet()));
        for (String k : List.of("d", "i16", "u8", "z", "sp", "cube2")) {
            assertSameArray(expect("expect_v4_" + k), (HostArray) m.get(k));
        }
        assertEquals(List.of("hello"), m.get("text"));
    }

    @Test
    void roundTripsAndMatchesWhatScipyWroteForTheSameData() {
        Map<String, Object> src = Mat.loadmat(IoFixtures.get("mat/scipy_v5.mat"));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : NUMERIC) {
            out.put(k, src.get(k));
        }
        out.put("text", "hello");
        out.put("_skipped", HostArray.fromDoubles(new double[] {1}, DType.FLOAT64, 1));
        Path p = Mat.savemat(tmp.resolve("ours"), out);
        assertEquals(tmp.resolve("ours.mat"), p);
        Map<String, Object> back = Mat.loadmat(p);
        assertFalse(back.containsKey("_skipped"));
        for (String k : NUMERIC) {
            HostArray e = expect("expect_" + k);
            if (k.equals("sp")) {
                continue; // written dense: sciaccel has no sparse arrays
            }
            assertSameArray(e, (HostArray) back.get(k));
        }
        assertSameArray(expect("expect_sp"), (HostArray) back.get("sp"));
        assertEquals(List.of("hello"), back.get("text"));
    }

    @Test
    void onedAsAndNestedValues() {
        HostArray v = HostArray.fromDoubles(new double[] {1, 2, 3}, DType.FLOAT64, 3);
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("x", HostArray.fromDoubles(new double[] {2.5}, DType.FLOAT64));
        Path p = Mat.savemat(tmp.resolve("n.mat"), Map.of("v", v, "st", st, "cell", List.of(v, "c")), true, true, false);
        Map<String, Object> back = Mat.loadmat(p);
        assertEquals(List.of(3, 1), Arrays.stream(((HostArray) back.get("v")).shape()).boxed().toList());
        Map<?, ?> s = (Map<?, ?>) ((List<?>) ((List<?>) back.get("st")).get(0)).get(0);
        assertEquals(2.5, ((HostArray) s.get("x")).getDouble(0));
        List<?> c = (List<?>) ((List<?>) back.get("cell")).get(0);
        assertEquals(List.of("c"), c.get(1));
    }

    /** Writes the file make_mat_fixtures.py checks with SciPy (run with -Dsciaccel.io.writeMatFixture=DIR). */
    @Test
    void writeFixtureForScipy() throws IOException {
        String dir = System.getProperty("sciaccel.io.writeMatFixture");
        Path target = dir == null ? tmp.resolve("sciaccel_written.mat") : Path.of(dir, "sciaccel_written.mat");
        Map<String, Object> out = new LinkedHashMap<>();
        // every numeric class, complex128 and complex64, 3-D, a row, a column, 1x1 and an empty 0x3 array
        for (String k : List.of("d", "s", "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "z", "zs", "cube", "col",
                "one", "empty")) {
            out.put(k, expect("expect_" + k));
        }
        out.put("vec", HostArray.fromDoubles(new double[] {0, 1, 2, 3, 4}, DType.FLOAT64, 5));
        out.put("b", expect("expect_b").astype(DType.BOOL)); // written as logical; SciPy reads uint8
        out.put("text", "hi there");
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("c", expect("expect_st_inner_c"));
        inner.put("w", expect("expect_zs"));
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("x", HostArray.fromDoubles(new double[] {2.5}, DType.FLOAT64));
        st.put("name", "bee");
        st.put("inner", inner);
        out.put("st", st);
        out.put("cell", List.of(expect("expect_d"), "c", List.of(expect("expect_i8"), "nested"), Map.of("f", expect("expect_u16"))));
        Mat.savemat(target, out);
        // The committed copy reads back as what was written (SciPy's side is make_mat_fixtures.py).
        Map<String, Object> committed = Mat.loadmat(IoFixtures.get("mat/sciaccel_written.mat"));
        Map<String, Object> fresh = Mat.loadmat(target);
        assertEquals(committed.keySet(), fresh.keySet());
        for (String k : List.of("d", "s", "i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "z", "zs", "cube", "col",
                "one", "empty", "vec", "b")) {
            assertSameArray((HostArray) committed.get(k), (HostArray) fresh.get(k));
            HostArray e = k.equals("vec") ? HostArray.fromDoubles(new double[] {0, 1, 2, 3, 4}, DType.FLOAT64, 1, 5)
                    : expect("expect_" + k);
            assertSameArray(e, (HostArray) fresh.get(k)); // loadmat of what savemat wrote is SciPy's loadmat of SciPy's file
        }
    }

    @Test
    void badNamesAndValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mat.savemat(tmp.resolve("x.mat"), Map.of("1abc", HostArray.zeros(DType.FLOAT64, 1))));
        assertTrue(e.getMessage().startsWith("mdict: '1abc' is not a valid MATLAB variable name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Mat.savemat(tmp.resolve("x.mat"), Map.of("a", new Object())));
        assertThrows(IllegalArgumentException.class, () -> Mat.savemat(null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Mat.loadmat(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scipy_v5.mat", "scipy_v5z.mat", "scipy_v4.mat", "sciaccel_written.mat"})
    void truncatedFilesAreOneLineErrors(String file) throws IOException {
        byte[] good = Files.readAllBytes(IoFixtures.get("mat/" + file));
        for (int cut = 0; cut < good.length; cut += Math.max(1, good.length / 97)) {
            Path p = tmp.resolve("cut.mat");
            Files.write(p, Arrays.copyOf(good, cut));
            final int c = cut;
            Map<String, Object> r = null;
            try {
                r = Mat.loadmat(p);
            } catch (FileFormatException ex) {
                assertTrue(ex.getMessage().startsWith(p + ": "), ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"), ex.getMessage());
                continue;
            }
            // A cut exactly between two variables is a valid, shorter file (as for SciPy): then every
            // variable read is whole, the same as in the full file.
            Map<String, Object> full = Mat.loadmat(IoFixtures.get("mat/" + file));
            assertTrue(r.size() < full.size(), file + " cut at " + c + " read everything");
            assertEquals(List.copyOf(full.keySet()).subList(0, r.size()), List.copyOf(r.keySet()), "cut at " + c);
            for (String k : r.keySet()) {
                if (r.get(k) instanceof HostArray h) {
                    assertSameArray((HostArray) full.get(k), h);
                }
            }
        }
    }
}
