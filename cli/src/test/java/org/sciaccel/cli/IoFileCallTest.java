package org.sciaccel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.io.WavFile;

/** {@code sciaccel call io.wavfile.read filename=@x.wav} writes data.npy and prints the rate. */
class IoFileCallTest {
    @TempDir
    Path tmp;

    @Test
    void wavfileReadWritesDataAndPrintsRate() throws Exception {
        Path wav = tmp.resolve("s.wav");
        HostArray samples = new HostArray(DType.INT16, new int[] {3, 2}, new short[] {1, -1, 300, -300, 7, 8});
        WavFile.write(wav, 8000, samples);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("call", "io.wavfile.read", "filename=@" + wav, "--backend", "cpu", "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("8000"), run.out());
        HostArray data = Npy.read(out.resolve("data.npy"));
        assertEquals(DType.INT16, data.dtype());
        assertEquals(java.util.Arrays.toString(new short[] {1, -1, 300, -300, 7, 8}),
                java.util.Arrays.toString((short[]) data.data()));
    }

    @Test
    void missingFileIsAOneLineError() {
        Path none = tmp.resolve("none.wav");
        CliRun run = CliRun.of("call", "io.wavfile.read", "filename=@" + none, "--backend", "cpu", "--out", tmp.toString());
        assertNotEquals(0, run.code());
        assertTrue(run.err().contains(none + ": no such file"), run.err());
        assertTrue(Files.notExists(tmp.resolve("data.npy")));
    }

    @Test
    void writersAndHeaderText() throws Exception {
        Path img = tmp.resolve("in.npy");
        HostArray rgb = new HostArray(DType.UINT8, new int[] {2, 2, 3}, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        Npy.write(img, rgb);
        Path bmp = tmp.resolve("x.bmp");
        CliRun run = CliRun.of("call", "io.imwrite", "uri=@" + bmp, "im=@" + img, "--backend", "cpu", "--out", tmp.resolve("o1").toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains(String.valueOf(Files.size(bmp))), run.out());
        Path out = tmp.resolve("o2");
        run = CliRun.of("call", "io.imread", "uri=@" + bmp, "--backend", "cpu", "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals(java.util.Arrays.toString((byte[]) rgb.data()),
                java.util.Arrays.toString((byte[]) Npy.read(out.resolve("result.npy")).data()));

        Path mat = tmp.resolve("m");
        run = CliRun.of("call", "io.savemat", "file_name=@" + mat, "a=@" + img, "title=hello", "n=3", "--backend", "cpu",
                "--out", tmp.resolve("o3").toString());
        assertEquals(0, run.code(), run.toString());
        java.util.Map<String, Object> m = org.sciaccel.io.Mat.loadmat(tmp.resolve("m.mat"));
        assertEquals(java.util.List.of("a", "title", "n"), java.util.List.copyOf(m.keySet()));
        assertEquals(java.util.List.of("hello"), m.get("title"));

        Path fits = tmp.resolve("f.fits");
        org.sciaccel.io.Fits.writeto(fits, new HostArray(DType.FLOAT32, new int[] {2, 3}, new float[6]), false);
        run = CliRun.of("call", "io.fits.getheader", "filename=@" + fits, "--backend", "cpu", "--out", tmp.resolve("o4").toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("BITPIX  =                  -32"), run.out());
    }
}
