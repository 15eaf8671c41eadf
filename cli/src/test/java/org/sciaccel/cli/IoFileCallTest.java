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
}
