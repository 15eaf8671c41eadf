package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sciaccel.io.NpyTest.assertSameArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** A FITS file written by astropy read back as astropy reads it (make_fits_fixtures.py), and ours written. */
class FitsTest {
    private static final int HDUS = 9;

    @TempDir
    Path tmp;

    private static Path astropyFile() {
        return IoFixtures.get("fits/astropy.fits");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void dataAsAstropyReadsIt(int ext) {
        assertSameArray(Npy.read(IoFixtures.get("fits/expect_" + ext + ".npy")), Fits.getdata(astropyFile(), ext));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void headerAsAstropyReadsIt(int ext) throws IOException {
        List<Fits.Card> cards = Fits.getheader(astropyFile(), ext);
        List<String> expected = Files.readAllLines(IoFixtures.get("fits/header_" + ext + ".txt"));
        List<String> actual = new ArrayList<>();
        for (Fits.Card c : cards) {
            Object v = c.value();
            String type = v instanceof Boolean ? "bool" : v instanceof Long ? "int" : v instanceof Double ? "float" : "str";
            String text = v instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(v);
            actual.add(c.key() + "\t" + type + "\t" + text);
        }
        assertEquals(expected, actual);
        // the text form: one 80-character card image per card, keys in the same order
        String[] lines = Fits.getheaderText(astropyFile(), ext).split("\n");
        assertEquals(cards.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(80, lines[i].length(), lines[i]);
            assertEquals(cards.get(i).key(), lines[i].substring(0, 8).trim(), lines[i]);
        }
    }

    @Test
    void defaultExtensionAndByName() {
        assertSameArray(Npy.read(IoFixtures.get("fits/expect_0.npy")), Fits.getdata(astropyFile()));
        assertSameArray(Npy.read(IoFixtures.get("fits/expect_4.npy")), Fits.getdata(astropyFile(), "f32"));
        assertThrows(IllegalArgumentException.class, () -> Fits.getdata(astropyFile(), HDUS));
        assertThrows(IllegalArgumentException.class, () -> Fits.getdata(astropyFile(), "nope"));
    }

    @Test
    void writesWhatItReads() {
        List<Fits.Hdu> hdus = new ArrayList<>();
        for (int ext = 1; ext < HDUS - 1; ext++) {
            hdus.add(new Fits.Hdu(Npy.read(IoFixtures.get("fits/expect_" + ext + ".npy")), List.of()));
        }
        hdus.add(new Fits.Hdu(new HostArray(DType.INT8, new int[] {3}, new byte[] {-128, 0, 127}), List.of()));
        Path p = tmp.resolve("all.fits");
        Fits.writeto(p, hdus, false);
        for (int i = 0; i < hdus.size(); i++) {
            assertSameArray(hdus.get(i).data(), Fits.getdata(p, i));
        }
        assertThrows(IllegalArgumentException.class, () -> Fits.writeto(p, hdus, false), "exists");
        Fits.writeto(p, hdus.get(0).data(), true);
        assertSameArray(hdus.get(0).data(), Fits.getdata(p));
    }

    /** Writes the file make_fits_fixtures.py checks with astropy (-Dsciaccel.io.writeFitsFixture=DIR). */
    @Test
    void writeFixtureForAstropy() {
        String dir = System.getProperty("sciaccel.io.writeFitsFixture");
        Path target = dir == null ? tmp.resolve("sciaccel_written.fits") : Path.of(dir, "sciaccel_written.fits");
        double[] d = new double[6];
        for (int i = 0; i < 6; i++) d[i] = i / 4.0;
        List<Fits.Hdu> hdus = List.of(
                new Fits.Hdu(new HostArray(DType.FLOAT64, new int[] {2, 3}, d),
                        List.of(new Fits.Card("OBSERVER", "sciaccel", "who"), new Fits.Card("NIGHT", 3, null))),
                new Fits.Hdu(new HostArray(DType.UINT16, new int[] {4}, new short[] {0, 1, (short) 40000, (short) 65535}), List.of()),
                new Fits.Hdu(new HostArray(DType.INT16, new int[] {2, 2}, new short[] {1, -2, 3, -4}), List.of()));
        Fits.writeto(target, hdus, true);
        Path committed = IoFixtures.get("fits/sciaccel_written.fits");
        for (int i = 0; i < 3; i++) {
            assertSameArray(Fits.getdata(committed, i), Fits.getdata(target, i));
            assertSameArray(hdus.get(i).data(), Fits.getdata(target, i));
        }
        assertEquals("sciaccel", Fits.getheader(target).stream().filter(c -> c.key().equals("OBSERVER")).findFirst().get().value());
    }

    @Test
    void truncatedAndCorruptFilesAreOneLineErrors() throws IOException {
        byte[] good = Files.readAllBytes(astropyFile());
        for (int cut = 1; cut < good.length; cut += 997) {
            Path p = tmp.resolve("cut.fits");
            Files.write(p, Arrays.copyOf(good, cut));
            FileFormatException e = assertThrows(FileFormatException.class, () -> Fits.getdata(p, 0));
            assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        Path p = tmp.resolve("bad.fits");
        byte[] b = good.clone();
        b[0] = 'X';
        Files.write(p, b);
        assertEquals(p + ": not a FITS file (it does not start with SIMPLE)",
                assertThrows(FileFormatException.class, () -> Fits.getdata(p)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fits.getdata(null));
        assertEquals(tmp.resolve("none.fits") + ": no such file",
                assertThrows(IllegalArgumentException.class, () -> Fits.getdata(tmp.resolve("none.fits"))).getMessage());
    }

    @Test
    void rejectsUnwritableData() {
        HostArray c = new HostArray(DType.COMPLEX64, new int[] {1}, new float[2]);
        assertThrows(IllegalArgumentException.class, () -> Fits.writeto(tmp.resolve("c.fits"), c, false));
        HostArray ok = HostArray.zeros(DType.FLOAT32, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fits.writeto(tmp.resolve("k.fits"),
                List.of(new Fits.Hdu(ok, List.of(new Fits.Card("BITPIX", 8, null)))), false));
        assertTrue(e.getMessage().contains("BITPIX"), e.getMessage());
    }
}
