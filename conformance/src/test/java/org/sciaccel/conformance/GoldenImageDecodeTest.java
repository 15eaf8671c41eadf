package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * The SEM image's golden inputs are the JPEG as Pillow decoded it ({@code golden/generate.py}
 * saves them as .npy, whole and cropped); the lecture tests decode the JPEG in Java
 * ({@link GoldenData#decodeGrey}). This checks that the two decoders give the same bytes, so the
 * golden cases on those .npy files also vouch for what the lecture tests filter.
 */
class GoldenImageDecodeTest {
    private static final String IMAGE = "../../data/scipy-lectures/MV_HFV_012.jpg";

    private static HostArray decoded() {
        return GoldenData.decodeGrey(GoldenData.root().resolve(IMAGE));
    }

    @Test
    void jpegDecodesToTheBytesSciPyFiltered() throws Exception {
        HostArray img = decoded();
        assertArrayEquals(new int[] {943, 1024}, img.shape());
        long sum = 0;
        for (byte b : (byte[]) img.data()) {
            sum += b & 0xFF;
        }
        assertEquals(91550676L, sum);
        // SHA-256 of the row-major decoded bytes, as documented with the data set.
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((byte[]) img.data()));
        assertEquals("66fb7eb42c7a4c73632d16602244bca8b4359e5e57cc37d3c245413c3499e675", sha);
    }

    @Test
    void goldenImageInputsAreTheJavaDecodeWholeAndCropped() {
        HostArray img = decoded();
        Path inputs = GoldenData.root().resolve("inputs");
        HostArray whole = Npy.read(inputs.resolve("uint8_943x1024_MV_HFV_012.npy"));
        assertEquals(DType.UINT8, whole.dtype());
        assertArrayEquals(img.shape(), whole.shape());
        assertArrayEquals((byte[]) img.data(), (byte[]) whole.data(), "Pillow's decode vs javax.imageio's");
        // generate.py's crop: image[100:484, 200:712]
        HostArray crop = Npy.read(inputs.resolve("uint8_384x512_MV_HFV_012_crop100-484-200-712.npy"));
        assertArrayEquals(new int[] {384, 512}, crop.shape());
        byte[] src = (byte[]) img.data();
        byte[] got = (byte[]) crop.data();
        int cols = img.shape()[1];
        for (int r = 0; r < 384; r++) {
            for (int c = 0; c < 512; c++) {
                if (got[r * 512 + c] != src[(100 + r) * cols + 200 + c]) {
                    fail("crop differs from the Java decode at (" + r + ", " + c + ")");
                }
            }
        }
    }
}
