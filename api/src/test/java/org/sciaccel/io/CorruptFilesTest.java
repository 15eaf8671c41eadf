package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flipped bytes anywhere in a fixture: each read either succeeds (the byte was in a value) or fails
 * with a one-line IllegalArgumentException naming the file — never another exception type.
 */
class CorruptFilesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"mat/scipy_v5.mat", "mat/scipy_v5z.mat", "mat/scipy_v4.mat", "fits/astropy.fits",
        "npz/named.npz", "npz/named_compressed.npz", "wav/i24_stereo.wav", "wav/ext_float.wav", "img/rgb.png",
        "img/t_rgb.tif", "img/t_stack.tif", "img/b_rgb.bmp", "img/b_palette.bmp", "img/b_rle8.bmp", "img/b_bgra_v4.bmp",
        "img/b_rgb565.bmp", "img/j_rgb.jpg", "img/j_grey.jpg", "img/sciaccel_written_t_f32.tif", "img/sciaccel_written_j_rgb.jpg",
        "mat/sciaccel_written.mat"})
    void flippedBytesGiveOneLineErrors(String fixture) throws IOException {
        byte[] good = Files.readAllBytes(IoFixtures.get(fixture));
        String ext = fixture.substring(fixture.lastIndexOf('.'));
        Consumer<Path> reader = switch (ext) {
            case ".mat" -> p -> Mat.loadmat(p);
            case ".fits" -> p -> {
                for (int i = 0; i < Fits.getheader(p, 0).size() && i < 1; i++) {
                    Fits.getdata(p);
                }
            };
            case ".npz" -> p -> Npz.load(p);
            case ".wav" -> p -> WavFile.read(p);
            default -> p -> Images.imreadStack(p);
        };
        Random rnd = new Random(fixture.hashCode());
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.clone();
            int flips = 1 + rnd.nextInt(3);
            for (int k = 0; k < flips; k++) {
                b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            Path p = tmp.resolve("bad" + ext);
            Files.write(p, b);
            try {
                reader.accept(p);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && e.getMessage().startsWith(p.toString()), fixture + " trial " + trial + ": " + e);
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw new AssertionError(fixture + " trial " + trial + ": " + e, e);
            }
        }
    }
}
