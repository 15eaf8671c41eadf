package org.sciaccel.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * Reads and writes NumPy's {@code .npy} files.
 *
 * <p>Reading accepts format versions 1.0, 2.0 and 3.0, every sciaccel {@link org.sciaccel.DType}
 * in either byte order ({@code <f4 <f8 |u1 <u2 <i4 <i8 |b1 <c8 <c16}, their {@code >} and
 * {@code =} forms), C or Fortran order (Fortran data is reordered to row-major), 0-d and empty
 * arrays. Writing produces what {@code numpy.save} writes on a little-endian machine, byte for
 * byte: little-endian, C order, format 1.0, or 2.0 when the header does not fit 65535 bytes.
 *
 * <p>Errors are {@link IllegalArgumentException}s with a one-line message that names the file: a
 * missing file ({@code "x.npy: no such file"}), and, as {@link NpyFormatException}, anything
 * malformed or unsupported (bad magic, truncated header, unknown version, unparseable header,
 * object/structured/string dtypes, data shorter than the shape needs). A header that claims more
 * data than the file holds is caught before anything is allocated. Failures of the file system
 * itself (permissions, a disk error) are {@link UncheckedIOException}s.
 *
 * @see <a href="https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html">numpy.lib.format</a>
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy aligns the start of the data to this many bytes. */
    private static final int ARRAY_ALIGN = 64;
    /** Above this, a stream's data is buffered as it arrives before the array is allocated. */
    private static final long STREAM_DIRECT_LIMIT = 64L << 20;

    private Npy() {
    }

    /** Reads a {@code .npy} file into a host array (row-major). */
    public static HostArray read(Path path) {
        Objects.requireNonNull(path, "path");
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(source + ": is a directory, not a .npy file");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            Prelude prelude = readPrelude(ch::read, source, size);
            long available = size - prelude.dataOffset;
            if (available < prelude.header.dataBytes()) {
                // Checked before allocating, so a lying header cannot exhaust memory.
                throw NpyData.shortData(source, available, prelude.header);
            }
            Object data = NpyData.read(ch::read, prelude.header, source);
            return new HostArray(prelude.header.dtype, prelude.header.shape, data);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
    }

    /**
     * Reads one array from a stream positioned at the start of a {@code .npy} record. Reads
     * exactly the record (the stream is left just after its data, and is not closed), so several
     * arrays saved one after another into one file can be read in turn.
     *
     * @param sourceName names the stream in error messages
     */
    public static HostArray read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        String source = sourceName == null ? "<stream>" : sourceName;
        NpyData.ByteSource src = buf -> {
            int n = in.read(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
            if (n > 0) {
                buf.position(buf.position() + n);
            }
            return n;
        };
        try {
            Prelude prelude = readPrelude(src, source, -1);
            NpyHeader header = prelude.header;
            if (header.dataBytes() > STREAM_DIRECT_LIMIT) {
                // The stream's length is unknown: take the bytes as they come, so a header that
                // lies about the size fails on the short data instead of on a huge allocation.
                src = buffered(src, header, source);
            }
            return new HostArray(header.dtype, header.shape, NpyData.read(src, header, source));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
    }

    /** Reads a {@code .npy} file onto {@code backend}. */
    public static NDArray read(Path path, Backend backend) {
        Objects.requireNonNull(backend, "backend");
        return NDArray.fromHost(backend, read(path));
    }

    /** Writes {@code array} as a {@code .npy} file (format 1.0, or 2.0 for a header over 65535 bytes). */
    public static void write(Path path, HostArray array) {
        write(path, array, 0);
    }

    /**
     * Writes {@code array} as a {@code .npy} file in format {@code majorVersion}.0 (1, 2 or 3; 0
     * chooses as {@link #write(Path, HostArray)} does).
     *
     * @throws IllegalArgumentException for an unknown version, or version 1 with a header that
     *     does not fit 65535 bytes
     */
    public static void write(Path path, HostArray array, int majorVersion) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(array, "array");
        byte[] header = headerBytes(array, majorVersion);
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(header);
            NpyData.write(out, array.dtype(), array.data());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(path + ": cannot write: no such directory "
                    + (path.toAbsolutePath().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }

    /** Copies {@code array} to the host and writes it as a {@code .npy} file. */
    public static void write(Path path, NDArray array) {
        Objects.requireNonNull(array, "array");
        write(path, array.toHost());
    }

    /** Writes {@code array} as one {@code .npy} record to {@code out} (not closed). */
    public static void write(OutputStream out, HostArray array) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(array, "array");
        try {
            out.write(headerBytes(array, 0));
            NpyData.write(out, array.dtype(), array.data());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write .npy data: " + e, e);
        }
    }

    /** Magic, version, header length and the padded header dict, as NumPy lays them out. */
    static byte[] headerBytes(HostArray array, int majorVersion) {
        NpyHeader header = new NpyHeader(array.dtype(), ByteOrder.LITTLE_ENDIAN, false, array.shape());
        String dict = header.toDictText();
        if (majorVersion == 0) {
            majorVersion = paddedLength(dict.length(), 2) > 0xFFFF ? 2 : 1;
        }
        if (majorVersion < 1 || majorVersion > 3) {
            throw new IllegalArgumentException("majorVersion: " + majorVersion + " is not a .npy format version; expected 1, 2 or 3");
        }
        byte[] text = dict.getBytes(majorVersion == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lengthBytes = majorVersion == 1 ? 2 : 4;
        int padded = paddedLength(text.length, lengthBytes);
        if (majorVersion == 1 && padded > 0xFFFF) {
            throw new IllegalArgumentException("majorVersion: 1 cannot hold a header of " + padded
                    + " bytes (shape " + org.sciaccel.Shapes.toString(array.shape()) + "); use 2");
        }
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + lengthBytes + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) majorVersion).put((byte) 0);
        if (lengthBytes == 2) {
            b.putShort((short) padded);
        } else {
            b.putInt(padded);
        }
        b.put(text);
        while (b.position() < b.capacity() - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    /** Length of the header text plus NumPy's padding (spaces and a final newline). */
    private static int paddedLength(int textLength, int lengthBytes) {
        int hlen = textLength + 1;
        // Exactly numpy's formula: a header already aligned still gets a full ARRAY_ALIGN of padding.
        int pad = ARRAY_ALIGN - ((MAGIC.length + 2 + lengthBytes + hlen) % ARRAY_ALIGN);
        return hlen + pad;
    }

    /** The parsed header and where the data starts. */
    private static final class Prelude {
        final NpyHeader header;
        final long dataOffset;

        Prelude(NpyHeader header, long dataOffset) {
            this.header = header;
            this.dataOffset = dataOffset;
        }
    }

    /** Reads magic, version and header. {@code size} is the total length, or -1 if unknown. */
    private static Prelude readPrelude(NpyData.ByteSource src, String source, long size) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(MAGIC.length + 2);
        int got = fill(src, start);
        for (int i = 0; i < Math.min(got, MAGIC.length); i++) {
            if (start.get(i) != MAGIC[i]) {
                throw new NpyFormatException(source + ": not a .npy file (it does not start with \\x93NUMPY)");
            }
        }
        if (got < start.capacity()) {
            throw new NpyFormatException(source + ": truncated header: the file ends after " + got + " bytes");
        }
        int major = start.get(6) & 0xFF;
        int minor = start.get(7) & 0xFF;
        if (major < 1 || major > 3 || minor != 0) {
            throw new NpyFormatException(source + ": unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        ByteBuffer lenBuf = ByteBuffer.allocate(lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        if (fill(src, lenBuf) < lengthBytes) {
            throw new NpyFormatException(source + ": truncated header: the file ends inside the header length");
        }
        long headerLength = lengthBytes == 2 ? (lenBuf.getShort(0) & 0xFFFF) : (lenBuf.getInt(0) & 0xFFFFFFFFL);
        long dataOffset = MAGIC.length + 2 + lengthBytes + headerLength;
        if (size >= 0 && dataOffset > size) {
            throw new NpyFormatException(source + ": truncated header: it claims " + headerLength + " bytes but the file has "
                    + (size - MAGIC.length - 2 - lengthBytes) + " after the header length");
        }
        if (headerLength > Integer.MAX_VALUE - 8) {
            throw new NpyFormatException(source + ": header length " + headerLength + " is implausibly large");
        }
        byte[] headerBytes = readUpTo(src, (int) headerLength);
        if (headerBytes.length < headerLength) {
            throw new NpyFormatException(source + ": truncated header: it claims " + headerLength + " bytes but the stream has "
                    + headerBytes.length);
        }
        String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return new Prelude(NpyHeader.parse(text, source), dataOffset);
    }

    /** Fills {@code buf} from {@code src} as far as the source allows; returns the bytes read. */
    private static int fill(NpyData.ByteSource src, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (src.read(buf) < 0) {
                break;
            }
        }
        return buf.position();
    }

    /** Reads up to {@code n} bytes, allocating only as bytes actually arrive. */
    private static byte[] readUpTo(NpyData.ByteSource src, int n) throws IOException {
        if (n <= NpyData.CHUNK_BYTES) {
            ByteBuffer buf = ByteBuffer.allocate(n);
            int got = fill(src, buf);
            return got == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), got);
        }
        java.io.ByteArrayOutputStream collected = new java.io.ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(NpyData.CHUNK_BYTES);
        while (collected.size() < n) {
            buf.clear();
            buf.limit(Math.min(buf.capacity(), n - collected.size()));
            int got = fill(src, buf);
            collected.write(buf.array(), 0, got);
            if (buf.hasRemaining()) {
                break;
            }
        }
        return collected.toByteArray();
    }

    /**
     * Drains the data section of {@code header} from {@code src} into chunks, failing if it is
     * short, and returns a source that replays them.
     */
    private static NpyData.ByteSource buffered(NpyData.ByteSource src, NpyHeader header, String source) throws IOException {
        List<ByteBuffer> chunks = new ArrayList<>();
        long need = header.dataBytes();
        long have = 0;
        while (have < need) {
            ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(NpyData.CHUNK_BYTES * 8L, need - have));
            int got = fill(src, chunk);
            have += got;
            chunk.flip();
            chunks.add(chunk);
            if (chunk.limit() < chunk.capacity()) {
                throw NpyData.shortData(source, have, header);
            }
        }
        return new NpyData.ByteSource() {
            private int next;

            @Override
            public int read(ByteBuffer dst) throws EOFException {
                while (next < chunks.size() && !chunks.get(next).hasRemaining()) {
                    next++;
                }
                if (next == chunks.size()) {
                    return -1;
                }
                ByteBuffer c = chunks.get(next);
                int n = Math.min(c.remaining(), dst.remaining());
                ByteBuffer slice = c.slice();
                slice.limit(n);
                dst.put(slice);
                c.position(c.position() + n);
                return n;
            }
        };
    }
}
