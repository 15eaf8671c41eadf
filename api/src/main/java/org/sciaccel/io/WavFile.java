package org.sciaccel.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code scipy.io.wavfile.read} and {@code write} (SciPy 1.10's conventions).
 *
 * <p>Reading accepts RIFF (little-endian) and RIFX (big-endian) files with PCM or IEEE-float data,
 * also when the {@code fmt } chunk is WAVE_FORMAT_EXTENSIBLE. PCM of 8 bits or fewer is read as
 * {@code uint8}; 1/2/4/8-byte containers as {@code int8/int16/int32/int64}; 3-byte containers as
 * {@code int32} and 5-7-byte containers as {@code int64}, left-justified (the low bytes zero);
 * float as {@code float32/float64}. Mono data is 1-D, multi-channel data {@code (samples, channels)}.
 * {@code fact}, {@code LIST}, {@code JUNK} and unknown chunks are skipped.
 *
 * <p>Unlike SciPy, a data chunk shorter than its header says is an error, not a shorter array: every
 * malformed file gives a one-line {@link FileFormatException} naming the file.
 *
 * <p>Writing produces the bytes {@code scipy.io.wavfile.write} produces: PCM for
 * {@code int8/int16/int32/int64/uint8}, IEEE float (with a {@code fact} chunk) for floats.
 */
public final class WavFile {
    private static final int PCM = 0x0001;
    private static final int IEEE_FLOAT = 0x0003;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavFile() {
    }

    /** The sample rate and the samples of a WAV file; {@code T} is {@link HostArray} or {@link NDArray}. */
    public record Wav<T>(int rate, T data) {
    }

    /** Reads a WAV file onto {@code backend}. */
    public static Wav<NDArray> read(Path path, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: must not be null");
        }
        Wav<HostArray> w = read(path);
        return new Wav<>(w.rate(), NDArray.fromHost(backend, w.data()));
    }

    /** Reads a WAV file into a host array. */
    public static Wav<HostArray> read(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(source + ": is a directory, not a WAV file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        return parse(bytes, source);
    }

    static Wav<HostArray> parse(byte[] bytes, String source) {
        if (bytes.length < 4) {
            throw bad(source, "not a WAV file (it has " + bytes.length + " bytes)");
        }
        String riff = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        ByteOrder order;
        if (riff.equals("RIFF")) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (riff.equals("RIFX")) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw bad(source, "file format '" + printable(riff) + "' not understood; only 'RIFF' and 'RIFX' are supported");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        if (bytes.length < 12) {
            throw bad(source, "truncated RIFF header (the file has " + bytes.length + " bytes)");
        }
        long fileSize = (b.getInt(4) & 0xFFFFFFFFL) + 8;
        String wave = new String(bytes, 8, 4, StandardCharsets.ISO_8859_1);
        if (!wave.equals("WAVE")) {
            throw bad(source, "not a WAV file: the RIFF form type is '" + printable(wave) + "'");
        }
        long pos = 12;
        boolean haveFmt = false;
        HostArray data = null;
        int formatTag = 0;
        int channels = 0;
        long rate = 0;
        int blockAlign = 0;
        int bitDepth = 0;
        while (pos < fileSize) {
            if (pos >= bytes.length) {
                if (data != null) {
                    break; // SciPy warns that the file ends before the RIFF size; the data is complete
                }
                throw bad(source, "unexpected end of file at byte " + pos + " before the data chunk");
            }
            if (pos + 4 > bytes.length) {
                if (haveFmt && data != null) {
                    break; // an incomplete chunk id after the data: SciPy ignores it
                }
                throw bad(source, "incomplete chunk id at byte " + pos);
            }
            String id = new String(bytes, (int) pos, 4, StandardCharsets.ISO_8859_1);
            pos += 4;
            if (id.equals("fmt ")) {
                long size = u32(b, pos, source, "fmt");
                pos += 4;
                if (size < 16) {
                    throw bad(source, "fmt chunk of " + size + " bytes is not compliant (at least 16 needed)");
                }
                need(bytes, pos, 16, source, "fmt chunk");
                formatTag = b.getShort((int) pos) & 0xFFFF;
                channels = b.getShort((int) pos + 2) & 0xFFFF;
                rate = b.getInt((int) pos + 4) & 0xFFFFFFFFL;
                long bytesPerSecond = b.getInt((int) pos + 8) & 0xFFFFFFFFL;
                blockAlign = b.getShort((int) pos + 12) & 0xFFFF;
                bitDepth = b.getShort((int) pos + 14) & 0xFFFF;
                if (formatTag == EXTENSIBLE && size >= 18) {
                    need(bytes, pos + 16, 2, source, "fmt chunk");
                    int ext = b.getShort((int) pos + 16) & 0xFFFF;
                    if (ext < 22) {
                        throw bad(source, "WAVE_FORMAT_EXTENSIBLE fmt chunk with an extension of " + ext
                                + " bytes is not compliant (22 needed)");
                    }
                    need(bytes, pos + 18, 22, source, "fmt chunk");
                    int guid = (int) pos + 18 + 6;
                    byte[] tail = order == ByteOrder.BIG_ENDIAN
                            ? new byte[] {0, 0, 0, 0x10, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71}
                            : new byte[] {0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};
                    boolean match = true;
                    for (int i = 0; i < 12; i++) {
                        match &= bytes[guid + 4 + i] == tail[i];
                    }
                    if (match) {
                        formatTag = b.getInt(guid);
                    }
                }
                if (formatTag != PCM && formatTag != IEEE_FLOAT) {
                    throw bad(source, "unknown wave file format 0x" + Integer.toHexString(formatTag).toUpperCase()
                            + "; supported formats: PCM, IEEE_FLOAT");
                }
                need(bytes, pos, size, source, "fmt chunk");
                pos += size + (size % 2);
                if (formatTag == PCM && bytesPerSecond != rate * blockAlign) {
                    throw bad(source, "WAV header is invalid: nAvgBytesPerSec must equal the product of nSamplesPerSec and"
                            + " nBlockAlign, but the file has nSamplesPerSec = " + rate + ", nBlockAlign = " + blockAlign
                            + ", and nAvgBytesPerSec = " + bytesPerSecond);
                }
                haveFmt = true;
            } else if (id.equals("data")) {
                if (!haveFmt) {
                    throw bad(source, "no fmt chunk before the data chunk");
                }
                long size = u32(b, pos, source, "data");
                pos += 4;
                data = samples(bytes, b, pos, size, formatTag, channels, bitDepth, blockAlign, order, source);
                pos += size + (size % 2);
            } else {
                // fact, LIST, JUNK, Fake and unknown chunks are skipped (SciPy warns for unknown ones)
                if (pos + 4 > bytes.length) {
                    break;
                }
                long size = b.getInt((int) pos) & 0xFFFFFFFFL;
                pos += 4 + size + (size % 2);
            }
        }
        if (data == null) {
            throw bad(source, "no data chunk");
        }
        if (rate > Integer.MAX_VALUE) {
            throw bad(source, "sample rate " + rate + " does not fit an int");
        }
        return new Wav<>((int) rate, data);
    }

    private static HostArray samples(byte[] bytes, ByteBuffer b, long pos, long size, int formatTag, int channels,
            int bitDepth, int blockAlign, ByteOrder order, String source) {
        if (channels == 0 || blockAlign < channels) {
            throw bad(source, "fmt chunk has " + channels + " channels and a block of " + blockAlign + " bytes");
        }
        int bps = blockAlign / channels;
        long n = size / bps;
        DType dtype;
        int width; // bytes read per sample
        if (formatTag == PCM) {
            if (bitDepth >= 1 && bitDepth <= 8) {
                dtype = DType.UINT8;
                width = 1;
            } else if (bps == 3) {
                dtype = DType.INT32;
                width = 3;
            } else if (bps >= 5 && bps <= 7) {
                dtype = DType.INT64;
                width = bps;
            } else if (bitDepth <= 64 && (bps == 1 || bps == 2 || bps == 4 || bps == 8)) {
                dtype = bps == 1 ? DType.INT8 : bps == 2 ? DType.INT16 : bps == 4 ? DType.INT32 : DType.INT64;
                width = bps;
            } else {
                throw bad(source, "unsupported bit depth: the WAV file has " + bitDepth + "-bit integer data in "
                        + bps + "-byte containers");
            }
        } else {
            if ((bitDepth == 32 || bitDepth == 64) && (bps == 4 || bps == 8)) {
                dtype = bps == 4 ? DType.FLOAT32 : DType.FLOAT64;
                width = bps;
            } else {
                throw bad(source, "unsupported bit depth: the WAV file has " + bitDepth + "-bit floating-point data");
            }
        }
        // The V1 path of SciPy reads all `size` bytes; the others read n whole samples.
        long count = width == 3 || (width >= 5 && width <= 7) ? size / width : n;
        long needBytes = count * width;
        if (pos + needBytes > bytes.length) {
            throw bad(source, "truncated data chunk: it claims " + size + " bytes but the file has "
                    + Math.max(0, bytes.length - pos) + " after its header");
        }
        if (needBytes != size && (width == 3 || (width >= 5 && width <= 7))) {
            throw bad(source, "data chunk of " + size + " bytes is not a whole number of " + width + "-byte samples");
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw bad(source, "data chunk of " + count + " samples is too large");
        }
        if (channels > 1 && count % channels != 0) {
            throw bad(source, "data chunk of " + count + " samples does not divide into " + channels + " channels");
        }
        int c = (int) count;
        int p = (int) pos;
        Object out;
        switch (dtype) {
            case UINT8: case INT8: {
                byte[] v = new byte[c];
                System.arraycopy(bytes, p, v, 0, c);
                out = v;
                break;
            }
            case INT16: {
                short[] v = new short[c];
                b.duplicate().order(order).position(p).slice().order(order).asShortBuffer().get(v);
                out = v;
                break;
            }
            case INT32: {
                int[] v = new int[c];
                if (width == 3) {
                    boolean big = order == ByteOrder.BIG_ENDIAN;
                    for (int i = 0; i < c; i++) {
                        int o = p + 3 * i;
                        int b0 = bytes[o] & 0xFF, b1 = bytes[o + 1] & 0xFF, b2 = bytes[o + 2] & 0xFF;
                        v[i] = big ? (b0 << 24) | (b1 << 16) | (b2 << 8) : (b2 << 24) | (b1 << 16) | (b0 << 8);
                    }
                } else {
                    b.duplicate().position(p).slice().order(order).asIntBuffer().get(v);
                }
                out = v;
                break;
            }
            case INT64: {
                long[] v = new long[c];
                if (width != 8) {
                    boolean big = order == ByteOrder.BIG_ENDIAN;
                    for (int i = 0; i < c; i++) {
                        int o = p + width * i;
                        long x = 0;
                        for (int k = 0; k < width; k++) {
                            long byt = bytes[o + k] & 0xFFL;
                            // Left-justified: the sample's bytes fill the top of the 8-byte value.
                            int shift = big ? 56 - 8 * k : 64 - 8 * width + 8 * k;
                            x |= byt << shift;
                        }
                        v[i] = x;
                    }
                } else {
                    b.duplicate().position(p).slice().order(order).asLongBuffer().get(v);
                }
                out = v;
                break;
            }
            case FLOAT32: {
                float[] v = new float[c];
                b.duplicate().position(p).slice().order(order).asFloatBuffer().get(v);
                out = v;
                break;
            }
            case FLOAT64: {
                double[] v = new double[c];
                b.duplicate().position(p).slice().order(order).asDoubleBuffer().get(v);
                out = v;
                break;
            }
            default:
                throw new AssertionError(dtype);
        }
        int[] shape = channels > 1 ? new int[] {c / channels, channels} : new int[] {c};
        return new HostArray(dtype, shape, out);
    }

    /** Writes {@code data} (1-D mono or 2-D {@code (samples, channels)}) at {@code rate} samples per second. */
    public static void write(Path path, int rate, HostArray data) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (data == null) {
            throw new IllegalArgumentException("data: must not be null");
        }
        byte[] bytes = encode(rate, data);
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(bytes);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + ": cannot write: no such directory "
                    + path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }

    /** Copies {@code data} to the host and writes it as {@link #write(Path, int, HostArray)} does. */
    public static void write(Path path, int rate, NDArray data) {
        if (data == null) {
            throw new IllegalArgumentException("data: must not be null");
        }
        write(path, rate, data.toHost());
    }

    static byte[] encode(int rate, HostArray data) {
        DType dt = data.dtype();
        DType.Kind kind = dt.kind();
        boolean isFloat = kind == DType.Kind.FLOAT;
        if (!(kind == DType.Kind.SIGNED || isFloat || dt == DType.UINT8)) {
            throw new IllegalArgumentException("data: unsupported data type '" + dt + "' (int8/16/32/64, uint8,"
                    + " float32 or float64 expected)");
        }
        if (rate < 0) {
            throw new IllegalArgumentException("rate: " + rate + " is negative");
        }
        if (data.ndim() != 1 && data.ndim() != 2) {
            throw new IllegalArgumentException("data: shape " + org.sciaccel.Shapes.toString(data.shape())
                    + " is not 1-D (mono) or 2-D (samples, channels)");
        }
        int channels = data.ndim() == 1 ? 1 : data.shape()[1];
        int bitDepth = dt.itemSize() * 8;
        long bytesPerSecond = (long) rate * (bitDepth / 8) * channels;
        int blockAlign = channels * (bitDepth / 8);
        ByteBuffer h = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(0).put("WAVE".getBytes(StandardCharsets.ISO_8859_1));
        h.put("fmt ".getBytes(StandardCharsets.ISO_8859_1)).putInt(isFloat ? 18 : 16);
        h.putShort((short) (isFloat ? IEEE_FLOAT : PCM)).putShort((short) channels).putInt(rate)
                .putInt((int) bytesPerSecond).putShort((short) blockAlign).putShort((short) bitDepth);
        if (isFloat) {
            h.putShort((short) 0);
            h.put("fact".getBytes(StandardCharsets.ISO_8859_1)).putInt(4).putInt(data.shape()[0]);
        }
        long nbytes = (long) data.size() * dt.itemSize();
        if ((h.position() - 8) + (8 + nbytes) > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("data: " + nbytes + " bytes exceed the WAV file size limit");
        }
        h.put("data".getBytes(StandardCharsets.ISO_8859_1)).putInt((int) nbytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, h.position() + nbytes));
        out.write(h.array(), 0, h.position());
        try {
            NpyData.write(out, dt, data.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, bytes.length - 8);
        return bytes;
    }

    private static long u32(ByteBuffer b, long pos, String source, String chunk) {
        if (pos + 4 > b.capacity()) {
            throw bad(source, "truncated " + chunk + " chunk: the file ends inside its size field");
        }
        return b.getInt((int) pos) & 0xFFFFFFFFL;
    }

    private static void need(byte[] bytes, long pos, long n, String source, String what) {
        if (pos + n > bytes.length) {
            throw bad(source, "truncated " + what + ": it needs " + n + " bytes at byte " + pos + " but the file has "
                    + bytes.length);
        }
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            sb.append(ch >= 0x20 && ch < 0x7F ? String.valueOf(ch) : String.format("\\x%02x", (int) ch));
        }
        return sb.toString();
    }

    private static FileFormatException bad(String source, String what) {
        return new FileFormatException(source + ": " + what);
    }
}
