package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** {@code .npz} archives written by NumPy read back equal, and ours read back by the same reader. */
class NpzTest {
    private static final List<String> KEYS = List.of("f8", "f4", "i8", "u1", "b1", "c16", "scalar", "empty", "fortran");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"named.npz", "named_compressed.npz"})
    void readsNumpyArchives(String name) {
        Map<String, HostArray> z = Npz.load(IoFixtures.get("npz/" + name));
        assertEquals(KEYS, List.copyOf(z.keySet()), "keys in archive order");
        for (String k : KEYS) {
            assertSameArray(Npy.read(IoFixtures.get("npz/expect_" + k + ".npy")), z.get(k));
        }
    }

    @Test
    void positionalNamesAreArrN() {
        Map<String, HostArray> z = Npz.load(IoFixtures.get("npz/positional.npz"));
        assertEquals(List.of("arr_0", "arr_1"), List.copyOf(z.keySet()));
        assertSameArray(Npy.read(IoFixtures.get("npz/expect_f8.npy")), z.get("arr_0"));
        assertSameArray(Npy.read(IoFixtures.get("npz/expect_i8.npy")), z.get("arr_1"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripsEveryArray(boolean compressed) throws IOException {
        Map<String, HostArray> in = new LinkedHashMap<>();
        for (String k : KEYS) {
            in.put(k, Npy.read(IoFixtures.get("npz/expect_" + k + ".npy")));
        }
        Path written = compressed ? Npz.savezCompressed(tmp.resolve("out"), in) : Npz.savez(tmp.resolve("out"), in);
        assertEquals(tmp.resolve("out.npz"), written, "numpy.savez appends .npz");
        try (ZipFile zip = new ZipFile(written.toFile())) {
            ZipEntry e = zip.getEntry("f8.npy");
            assertEquals(compressed ? ZipEntry.DEFLATED : ZipEntry.STORED, e.getMethod());
            // Each entry holds exactly the bytes numpy.save writes for the array.
            assertTrue(Arrays.equals(Files.readAllBytes(IoFixtures.get("npz/expect_f8.npy")),
                    zip.getInputStream(e).readAllBytes()));
        }
        Map<String, HostArray> back = Npz.load(written);
        assertEquals(KEYS, List.copyOf(back.keySet()));
        for (String k : KEYS) {
            assertSameArray(in.get(k), back.get(k));
        }
    }

    @Test
    void positionalSave() {
        HostArray a = HostArray.fromDoubles(new double[] {1, 2, 3, 4}, DType.FLOAT32, 2, 2);
        Path p = Npz.savez(tmp.resolve("p.npz"), a, a);
        assertEquals(tmp.resolve("p.npz"), p);
        Map<String, HostArray> z = Npz.load(p);
        assertEquals(List.of("arr_0", "arr_1"), List.copyOf(z.keySet()));
        assertSameArray(a, z.get("arr_1"));
    }

    @Test
    void truncatedArchiveIsAOneLineErrorNamingTheFile() throws IOException {
        byte[] good = Files.readAllBytes(IoFixtures.get("npz/named.npz"));
        for (int cut : new int[] {0, 10, good.length / 2, good.length - 10}) {
            Path p = tmp.resolve("cut" + cut + ".npz");
            Files.write(p, Arrays.copyOf(good, cut));
            NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.load(p));
            assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"named.npz", "named_compressed.npz"})
    void corruptEntryDataIsDetected(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(IoFixtures.get("npz/" + name));
        // Flip a byte inside the first entry's data (after its 30-byte local header, name and npy header).
        int at = 30 + "f8.npy".length() + 140;
        bytes[at] ^= 0x5A;
        Path p = tmp.resolve("bad_" + name);
        Files.write(p, bytes);
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.load(p));
        assertTrue(e.getMessage().startsWith(p + "[f8.npy]: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void notAZipOrMissing() throws IOException {
        Path p = tmp.resolve("x.npz");
        Files.writeString(p, "hello, this is not a zip archive at all");
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.load(p));
        assertTrue(e.getMessage().startsWith(p + ": not a .npz file"), e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> Npz.load(tmp.resolve("none.npz")));
        assertEquals(tmp.resolve("none.npz") + ": no such file", m.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Npz.load(null));
        assertThrows(IllegalArgumentException.class, () -> Npz.savez(p, (Map<String, HostArray>) null));
    }
}
