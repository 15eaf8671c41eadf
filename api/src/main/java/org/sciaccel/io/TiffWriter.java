package org.sciaccel.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * A baseline little-endian TIFF writer: one uncompressed strip per page, pages chained as a
 * multi-page file. The tags are the ones Pillow writes for the same modes, so Pillow opens the file
 * in the mode the array came from: uint8 (H, W) grey {@code L}, (H, W, 2) {@code LA}, (H, W, 3)
 * {@code RGB}, (H, W, 4) {@code RGBA} (unassociated alpha, ExtraSamples 2); uint16 (H, W)
 * {@code I;16} ({@code <u2}); int32 (H, W) {@code I} (SampleFormat 2); float32 (H, W) {@code F}
 * (SampleFormat 3).
 */
final class TiffWriter {
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;

    private TiffWriter() {
    }

    /** Whether a page of this dtype and shape can be written. */
    static boolean writable(DType dtype, int[] shape) {
        if (shape.length == 2) {
            return dtype == DType.UINT8 || dtype == DType.UINT16 || dtype == DType.INT32 || dtype == DType.FLOAT32;
        }
        return shape.length == 3 && dtype == DType.UINT8 && shape[2] >= 2 && shape[2] <= 4;
    }

    /** Writes the pages (all checked {@link #writable}) to {@code path}. */
    static void write(Path path, List<HostArray> pages) {
        int[] sizes = new int[pages.size()];
        long total = 8;
        for (int i = 0; i < pages.size(); i++) {
            HostArray p = pages.get(i);
            sizes[i] = p.size() * p.dtype().itemSize();
            total += sizes[i] + (sizes[i] & 1) + ifdSize(p);
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image: " + total + " bytes do not fit a classic TIFF (4 GiB offsets, 2 GiB here)");
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(path))) {
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            head.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
            out.write(head.array());
            long pos = 8;
            for (int i = 0; i < pages.size(); i++) {
                HostArray p = pages.get(i);
                long dataAt = pos + ifdSize(p);
                long next = i + 1 < pages.size() ? dataAt + sizes[i] + (sizes[i] & 1) : 0;
                out.write(ifd(p, pos, dataAt, sizes[i], next));
                out.write(samples(p));
                if ((sizes[i] & 1) != 0) {
                    out.write(0); // the next IFD starts on a word boundary
                }
                pos = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }

    private static int bands(HostArray p) {
        return p.shape().length == 2 ? 1 : p.shape()[2];
    }

    private static int entries(HostArray p) {
        int b = bands(p);
        // width, length, bits, compression, photometric, strip offsets, samples, rows/strip, byte counts,
        // x/y resolution, planar config, resolution unit, [extra samples], sample format
        return 14 + (b == 2 || b == 4 ? 1 : 0);
    }

    /** The IFD with its out-of-line values (bits per sample, resolutions), as laid out by {@link #ifd}. */
    private static long ifdSize(HostArray p) {
        int b = bands(p);
        return 2 + 12L * entries(p) + 4 + (b > 2 ? 2L * b + (b & 1) * 2L : 0) + 16 + (b > 2 ? 2L * b + (b & 1) * 2L : 0);
    }

    private static byte[] ifd(HostArray p, long at, long dataAt, int size, long next) {
        int b = bands(p);
        int h = p.shape()[0], w = p.shape()[1];
        int bits = p.dtype().itemSize() * 8;
        int format = p.dtype() == DType.FLOAT32 ? 3 : p.dtype() == DType.INT32 ? 2 : 1;
        int n = entries(p);
        ByteBuffer buf = ByteBuffer.allocate((int) ifdSize(p)).order(ByteOrder.LITTLE_ENDIAN);
        long extra = at + 2 + 12L * n + 4; // where the out-of-line values start
        int arrayBytes = b > 2 ? 2 * b + (b & 1) * 2 : 0;
        long bitsAt = extra;
        long xresAt = extra + arrayBytes;
        long yresAt = xresAt + 8;
        long formatAt = yresAt + 8;
        buf.putShort((short) n);
        entry(buf, 256, LONG, 1, w);
        entry(buf, 257, LONG, 1, h);
        if (b > 2) {
            entry(buf, 258, SHORT, b, bitsAt);
        } else if (b == 2) {
            entry(buf, 258, SHORT, 2, bits | (bits << 16));
        } else {
            entry(buf, 258, SHORT, 1, bits);
        }
        entry(buf, 259, SHORT, 1, 1);
        entry(buf, 262, SHORT, 1, b >= 3 ? 2 : 1);
        entry(buf, 273, LONG, 1, dataAt);
        entry(buf, 277, SHORT, 1, b);
        entry(buf, 278, LONG, 1, h);
        entry(buf, 279, LONG, 1, size);
        entry(buf, 282, RATIONAL, 1, xresAt);
        entry(buf, 283, RATIONAL, 1, yresAt);
        entry(buf, 284, SHORT, 1, 1);
        entry(buf, 296, SHORT, 1, 1); // no absolute unit, as Pillow writes without dpi
        if (b == 2 || b == 4) {
            entry(buf, 338, SHORT, 1, 2); // unassociated alpha
        }
        if (b > 2) {
            entry(buf, 339, SHORT, b, formatAt);
        } else if (b == 2) {
            entry(buf, 339, SHORT, 2, format | (format << 16));
        } else {
            entry(buf, 339, SHORT, 1, format);
        }
        buf.putInt((int) next);
        if (b > 2) {
            for (int i = 0; i < b; i++) buf.putShort((short) bits);
            if ((b & 1) != 0) buf.putShort((short) 0);
        }
        buf.putInt(1).putInt(1).putInt(1).putInt(1);
        if (b > 2) {
            for (int i = 0; i < b; i++) buf.putShort((short) format);
            if ((b & 1) != 0) buf.putShort((short) 0);
        }
        if (buf.position() != buf.capacity()) {
            throw new IllegalStateException("TIFF IFD layout: wrote " + buf.position() + " of " + buf.capacity() + " bytes");
        }
        return buf.array();
    }

    /** One 12-byte directory entry; a value of ≤ 4 bytes is stored inline, left-justified. */
    private static void entry(ByteBuffer buf, int tag, int type, int count, long value) {
        buf.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == SHORT && count == 1) {
            buf.putShort((short) value).putShort((short) 0);
        } else {
            buf.putInt((int) value);
        }
    }

    private static byte[] samples(HostArray p) {
        int n = p.size();
        ByteBuffer b = ByteBuffer.allocate(n * p.dtype().itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        switch (p.dtype()) {
            case UINT8:
                b.put((byte[]) p.data());
                break;
            case UINT16:
                b.asShortBuffer().put((short[]) p.data());
                break;
            case INT32:
                b.asIntBuffer().put((int[]) p.data());
                break;
            case FLOAT32:
                b.asFloatBuffer().put((float[]) p.data());
                break;
            default:
                throw new IllegalStateException("TIFF samples of " + p.dtype());
        }
        return b.array();
    }
}
