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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** WAV files read as scipy.io.wavfile.read reads them, and written byte for byte as it writes them. */
class WavFileTest {
    @TempDir
    Path tmp;

    static Map<String, Integer> rates() throws IOException {
        Map<String, Integer> m = new HashMap<>();
        for (String line : Files.readAllLines(IoFixtures.get("wav/rates.txt"))) {
            if (!line.isBlank()) {
                String[] f = line.split(" ");
                m.put(f[0], Integer.parseInt(f[1]));
            }
        }
        return m;
    }

    static Stream<String> wavFiles() throws IOException {
        return rates().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("wavFiles")
    void readsAsScipyDoes(String file) throws IOException {
        WavFile.Wav<HostArray> w = WavFile.read(IoFixtures.get("wav/" + file));
        HostArray expected = Npy.read(IoFixtures.get("wav/" + file.replace(".wav", ".expect.npy")));
        assertEquals(rates().get(file), w.rate(), "rate");
        assertSameArray(expected, w.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"u8_mono", "i16_mono", "i16_stereo", "i32_mono", "i64_3ch", "i8_mono", "f32_stereo", "f64_mono"})
    void writesTheBytesScipyWrites(String name) throws IOException {
        HostArray input = Npy.read(IoFixtures.get("wav/" + name + ".input.npy"));
        int rate = rates().get(name + ".wav");
        Path p = tmp.resolve(name + ".wav");
        WavFile.write(p, rate, input);
        assertArrayEquals(Files.readAllBytes(IoFixtures.get("wav/" + name + ".wav")), Files.readAllBytes(p));
        WavFile.Wav<HostArray> back = WavFile.read(p);
        assertEquals(rate, back.rate());
        // What SciPy reads back (int8 comes back as uint8: 8-bit PCM is unsigned).
        assertSameArray(Npy.read(IoFixtures.get("wav/" + name + ".expect.npy")), back.data());
    }

    @Test
    void rejectsWhatScipyRejectsOnWrite() {
        HostArray u16 = new HostArray(DType.UINT16, new int[] {3}, new short[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WavFile.write(tmp.resolve("a.wav"), 8000, u16));
        assertTrue(e.getMessage().startsWith("data: unsupported data type 'uint16'"), e.getMessage());
        HostArray c = new HostArray(DType.COMPLEX64, new int[] {2}, new float[4]);
        assertThrows(IllegalArgumentException.class, () -> WavFile.write(tmp.resolve("a.wav"), 8000, c));
        HostArray threeD = new HostArray(DType.INT16, new int[] {1, 2, 2}, new short[4]);
        assertThrows(IllegalArgumentException.class, () -> WavFile.write(tmp.resolve("a.wav"), 8000, threeD));
        assertThrows(IllegalArgumentException.class, () -> WavFile.write(null, 8000, u16));
        assertThrows(IllegalArgumentException.class, () -> WavFile.write(tmp.resolve("a.wav"), 8000, (HostArray) null));
        assertFalse(Files.exists(tmp.resolve("a.wav")));
    }

    @Test
    void truncatedFilesAreOneLineErrorsNeverPartialArrays() throws IOException {
        for (String name : new String[] {"i16_stereo.wav", "f32_stereo.wav", "i24_stereo.wav", "ext_float.wav"}) {
            byte[] good = Files.readAllBytes(IoFixtures.get("wav/" + name));
            for (int cut = 0; cut < good.length; cut++) {
                Path p = tmp.resolve("cut.wav");
                Files.write(p, Arrays.copyOf(good, cut));
                final int c = cut;
                FileFormatException e = assertThrows(FileFormatException.class, () -> WavFile.read(p),
                        () -> name + " cut at " + c);
                assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void corruptHeadersNameWhatIsWrong() throws IOException {
        byte[] good = Files.readAllBytes(IoFixtures.get("wav/i16_mono.wav"));
        Path p = tmp.resolve("bad.wav");
        byte[] b = good.clone();
        b[0] = 'X';
        Files.write(p, b);
        assertEquals(p + ": file format 'XIFF' not understood; only 'RIFF' and 'RIFX' are supported",
                assertThrows(FileFormatException.class, () -> WavFile.read(p)).getMessage());
        b = good.clone();
        b[8] = 'A';
        Files.write(p, b);
        assertEquals(p + ": not a WAV file: the RIFF form type is 'AAVE'",
                assertThrows(FileFormatException.class, () -> WavFile.read(p)).getMessage());
        b = good.clone();
        b[20] = 2; // format tag 2 (ADPCM)
        Files.write(p, b);
        assertEquals(p + ": unknown wave file format 0x2; supported formats: PCM, IEEE_FLOAT",
                assertThrows(FileFormatException.class, () -> WavFile.read(p)).getMessage());
        b = good.clone();
        b[28] ^= 1; // byte rate no longer rate * block align
        Files.write(p, b);
        assertTrue(assertThrows(FileFormatException.class, () -> WavFile.read(p)).getMessage()
                .startsWith(p + ": WAV header is invalid: nAvgBytesPerSec must equal"));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> WavFile.read(tmp.resolve("none.wav")));
        assertEquals(tmp.resolve("none.wav") + ": no such file", m.getMessage());
    }
}
