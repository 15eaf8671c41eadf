package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sciaccel.io.NpyTest.assertSameArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** Images read as numpy.asarray(PIL.Image.open(f)) reads them (make_image_fixtures.py). */
class ImagesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"grey8", "la", "rgb", "rgba", "grey16", "bits1", "palette"})
    void readsAsPillow(String name) {
        assertSameArray(Npy.read(IoFixtures.get("img/" + name + ".expect.npy")), Images.imread(IoFixtures.get("img/" + name + ".png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t_grey8", "t_rgb", "t_rgba", "t_u16", "t_f32", "t_deflate"})
    void readsTiffAsPillow(String name) {
        assertSameArray(Npy.read(IoFixtures.get("img/" + name + ".expect.npy")), Images.imread(IoFixtures.get("img/" + name + ".tif")));
    }

    @Test
    void multiPageTiffStack() {
        HostArray stack = Images.imreadStack(IoFixtures.get("img/t_stack.tif"));
        assertSameArray(Npy.read(IoFixtures.get("img/t_stack.expect.npy")), stack);
        HostArray first = Images.imread(IoFixtures.get("img/t_stack.tif"));
        assertArrayEquals(new int[] {4, 6}, first.shape());
        assertArrayEquals(Arrays.copyOf((byte[]) stack.data(), 24), (byte[]) first.data());
        assertArrayEquals(new int[] {1, 5, 7}, Images.imreadStack(IoFixtures.get("img/grey8.png")).shape());
    }

    @Test
    void truncatedTiffs() throws IOException {
        for (String name : List.of("t_rgb.tif", "t_stack.tif", "t_deflate.tif", "sciaccel_written_t_stack.tif",
                "sciaccel_written_t_f32.tif")) {
            byte[] good = Files.readAllBytes(IoFixtures.get("img/" + name));
            for (int cut = 0; cut < good.length; cut += 5) {
                Path p = tmp.resolve("cut.tif");
                Files.write(p, Arrays.copyOf(good, cut));
                final int c = cut;
                try {
                    // Only a cut that drops bytes no tag refers to may read, and then it reads whole.
                    HostArray a = Images.imreadStack(p);
                    assertSameArray(Images.imreadStack(IoFixtures.get("img/" + name)), a);
                    assertTrue(c > good.length - 16, name + " cut at " + c + " of " + good.length + " read");
                } catch (FileFormatException ex) {
                    assertTrue(ex.getMessage().startsWith(p + ": "), ex.getMessage());
                    assertFalse(ex.getMessage().contains("\n"));
                }
            }
        }
    }

    @Test
    void lectureImagesHaveTheBytesPillowGives() throws IOException, NoSuchAlgorithmException {
        Path data = Path.of(System.getProperty("user.dir")).getParent().resolve("data/scipy-lectures");
        for (String line : Files.readAllLines(IoFixtures.get("img/lectures.txt"))) {
            String[] f = line.split("\t");
            HostArray a = Images.imread(data.resolve(f[0]));
            assertEquals(f[1], a.dtype().numpyName(), f[0]);
            assertArrayEquals(Arrays.stream(f[2].split(",")).mapToInt(Integer::parseInt).toArray(), a.shape(), f[0]);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((byte[]) a.data()));
            assertEquals(f[3], sha, f[0] + ": pixel bytes differ from Pillow's");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"grey8", "la", "rgb", "rgba", "grey16"})
    void writesWhatPillowReadsBack(String name) {
        HostArray e = Npy.read(IoFixtures.get("img/" + name + ".expect.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("w.png") : Path.of(dir, "sciaccel_written_" + name + ".png");
        Images.imwrite(p, e);
        assertSameArray(e, Images.imread(p));
        // The committed copy (checked with Pillow by make_image_fixtures.py) reads the same.
        assertSameArray(e, Images.imread(IoFixtures.get("img/sciaccel_written_" + name + ".png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t_grey8", "t_rgb", "t_rgba", "t_u16"})
    void writesTiffThatPillowReadsBack(String name) {
        HostArray e = Npy.read(IoFixtures.get("img/" + name + ".expect.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("w.tif") : Path.of(dir, "sciaccel_written_" + name + ".tif");
        Images.imwrite(p, e);
        assertSameArray(e, Images.imread(p));
        assertSameArray(e, Images.imread(IoFixtures.get("img/sciaccel_written_" + name + ".tif")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"b_grey8", "b_bits1", "b_rgb", "b_rgba_plain", "b_palette", "b_rgb555", "b_rgb565", "b_topdown",
        "b_bgra_v4", "b_rle8"})
    void readsBmpAsPillow(String name) {
        assertSameArray(Npy.read(IoFixtures.get("img/" + name + ".expect.npy")), Images.imread(IoFixtures.get("img/" + name + ".bmp")));
    }

    /** Pillow-written JPEGs decode to Pillow's pixels exactly (the JDK's decoder and Pillow's agree here). */
    @ParameterizedTest
    @ValueSource(strings = {"j_rgb", "j_rgb444", "j_grey"})
    void readsJpegAsPillow(String name) {
        assertSameArray(Npy.read(IoFixtures.get("img/" + name + ".expect.npy")), Images.imread(IoFixtures.get("img/" + name + ".jpg")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"b_grey8", "b_bits1", "b_rgb", "b_bgra_v4"})
    void writesBmpThatPillowReadsBack(String name) {
        HostArray e = Npy.read(IoFixtures.get("img/" + name + ".expect.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("w.bmp") : Path.of(dir, "sciaccel_written_" + name + ".bmp");
        Images.imwrite(p, e);
        assertSameArray(e, Images.imread(p));
        assertSameArray(e, Images.imread(IoFixtures.get("img/sciaccel_written_" + name + ".bmp")));
    }

    /** float32, int32 and grey+alpha TIFF pages, and a multi-page stack (make_image_fixtures.py checks Pillow reads them). */
    @ParameterizedTest
    @ValueSource(strings = {"t_f32", "t_la", "t_i32"})
    void writesMoreTiffKinds(String name) {
        HostArray e = Npy.read(IoFixtures.get(name.equals("t_la") ? "img/la.expect.npy"
                : name.equals("t_i32") ? "img/t_i32.input.npy" : "img/" + name + ".expect.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("w.tiff") : Path.of(dir, "sciaccel_written_" + name + ".tif");
        Images.imwrite(p, e);
        assertSameArray(e, Images.imread(p));
        assertSameArray(e, Images.imread(IoFixtures.get("img/sciaccel_written_" + name + ".tif")));
    }

    @Test
    void writesTiffStack() throws IOException {
        HostArray e = Npy.read(IoFixtures.get("img/t_stack.expect.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("s.tif") : Path.of(dir, "sciaccel_written_t_stack.tif");
        Images.imwriteStack(p, e);
        assertSameArray(e, Images.imreadStack(p));
        assertSameArray(e, Images.imreadStack(IoFixtures.get("img/sciaccel_written_t_stack.tif")));
        HostArray f = Npy.read(IoFixtures.get("img/t_f32.expect.npy"));
        HostArray two = new HostArray(DType.FLOAT32, new int[] {2, 3, 4}, Arrays.copyOf((float[]) f.data(), 24));
        System.arraycopy(f.data(), 0, two.data(), 12, 12);
        Images.imwriteStack(tmp.resolve("f.tif"), two);
        assertSameArray(two, Images.imreadStack(tmp.resolve("f.tif")));
        byte[] raw = Files.readAllBytes(p);
        assertEquals('I', raw[0], "little-endian");
        assertThrows(IllegalArgumentException.class, () -> Images.imwriteStack(tmp.resolve("s.png"), e));
        assertThrows(IllegalArgumentException.class, () -> Images.imwriteStack(tmp.resolve("s.tif"), HostArray.zeros(DType.UINT8, 2, 2)));
    }

    /**
     * JPEG writing: lossy, so not the input, but the pixels of Pillow's own JPEG of it; Pillow's decoding of the committed sciaccel-written file (saved by
     * make_image_fixtures.py, which also checks the quantisation tables and sampling are Pillow's) equals the
     * decoding here, and the pixels stay close to the input.
     */
    @ParameterizedTest
    @ValueSource(strings = {"j_rgb", "j_grey"})
    void writesJpeg(String name) {
        HostArray in = Npy.read(IoFixtures.get("img/" + name + ".input.npy"));
        String dir = System.getProperty("sciaccel.io.writeImageFixture");
        Path p = dir == null ? tmp.resolve("w.jpg") : Path.of(dir, "sciaccel_written_" + name + ".jpg");
        Images.imwrite(p, in);
        HostArray back = Images.imread(p);
        assertArrayEquals(in.shape(), back.shape());
        int max = 0;
        for (int i = 0; i < in.size(); i++) {
            max = Math.max(max, Math.abs((((byte[]) in.data())[i] & 0xFF) - (((byte[]) back.data())[i] & 0xFF)));
        }
        assertTrue(max <= 40 && max > 0, name + ": max |decoded - input| " + max);
        assertSameArray(Npy.read(IoFixtures.get("img/sciaccel_written_" + name + ".pillow.npy")),
                Images.imread(IoFixtures.get("img/sciaccel_written_" + name + ".jpg")));
        // same tables, sampling and encoder arithmetic: the pixels of Pillow's own JPEG of the input
        assertSameArray(Npy.read(IoFixtures.get("img/" + name + ".expect.npy")), back);
    }

    @Test
    void truncatedBmps() throws IOException {
        for (String name : List.of("b_rgb.bmp", "b_palette.bmp", "b_rle8.bmp", "b_bgra_v4.bmp", "b_rgb565.bmp")) {
            byte[] good = Files.readAllBytes(IoFixtures.get("img/" + name));
            for (int cut = 0; cut < good.length; cut++) {
                Path p = tmp.resolve("cut.bmp");
                Files.write(p, Arrays.copyOf(good, cut));
                final int c = cut;
                FileFormatException ex = assertThrows(FileFormatException.class, () -> Images.imread(p), name + " cut " + c);
                assertTrue(ex.getMessage().startsWith(p + ": "), ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"));
            }
        }
    }

    @Test
    void truncatedJpegs() throws IOException {
        for (String name : List.of("j_rgb.jpg", "j_grey.jpg")) {
            byte[] good = Files.readAllBytes(IoFixtures.get("img/" + name));
            for (int cut = 1; cut < good.length; cut += 7) {
                Path p = tmp.resolve("cut.jpg");
                Files.write(p, Arrays.copyOf(good, cut));
                final int c = cut;
                FileFormatException ex = assertThrows(FileFormatException.class, () -> Images.imread(p), name + " cut " + c);
                assertTrue(ex.getMessage().startsWith(p + ": "), ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"));
            }
        }
    }

    @Test
    void truncatedAndCorruptFiles() throws IOException {
        for (String name : List.of("rgb.png", "grey16.png")) {
            byte[] good = Files.readAllBytes(IoFixtures.get("img/" + name));
            for (int cut = 1; cut < good.length; cut += 3) {
                Path p = tmp.resolve("cut.png");
                Files.write(p, Arrays.copyOf(good, cut));
                FileFormatException ex = assertThrows(FileFormatException.class, () -> Images.imread(p), name + " cut " + cut);
                assertTrue(ex.getMessage().startsWith(p + ": "), ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"));
            }
            byte[] bad = good.clone();
            bad[bad.length - 20] ^= 0x40;
            Path p = tmp.resolve("bad.png");
            Files.write(p, bad);
            assertThrows(FileFormatException.class, () -> Images.imread(p));
        }
        Path txt = tmp.resolve("x.png");
        Files.writeString(txt, "not an image");
        assertEquals(txt + ": not a PNG, JPEG, TIFF or BMP file (unknown signature)",
                assertThrows(FileFormatException.class, () -> Images.imread(txt)).getMessage());
    }

    @Test
    void rejectsUnwritable() {
        assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.tif"), HostArray.zeros(DType.FLOAT64, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.png"), HostArray.zeros(DType.UINT8, 2, 2, 5)));
        assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.bmp"), HostArray.zeros(DType.UINT8, 2, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.gif"), HostArray.zeros(DType.UINT8, 2, 2)));
        assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.tif"), HostArray.zeros(DType.UINT8, 0, 2)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Images.imwrite(tmp.resolve("a.jpg"),
                HostArray.zeros(DType.UINT8, 2, 2, 4))).getMessage().contains("no alpha"));
        assertThrows(IllegalArgumentException.class, () -> Images.imread(null));
    }
}
