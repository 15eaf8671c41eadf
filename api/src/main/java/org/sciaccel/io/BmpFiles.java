package org.sciaccel.io;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * Windows bitmaps. Reading decodes through the JDK's BMP plugin for {@code javax.imageio} and gives
 * what {@code numpy.asarray(PIL.Image.open(f))} gives: 1/4/8-bit paletted → uint8 palette indices
 * (Pillow's mode P), except a palette of greys {@code i → (i, i, i)} → the grey values (mode L) and a
 * black/white 2-colour palette → bool (mode 1); 16-bit → RGB with each 5- or 6-bit field scaled by
 * {@code v * 255 / max}; 24-bit → RGB; 32-bit → RGB (the fourth byte is padding, as Pillow reads it)
 * unless BI_BITFIELDS masks declare alpha → RGBA. The header, palette and pixel data (for RLE, the
 * run-length stream up to its end-of-bitmap code) are checked to lie in the file first, so a
 * truncated file is an error, never an image padded with zeros.
 *
 * <p>Writing lays the file out as Pillow does: uint8 (H, W) as 8-bit with a grey palette, bool
 * (H, W) as 1-bit black/white, (H, W, 3) as 24-bit BGR; (H, W, 4) as 32-bit BGRA with a
 * BITMAPV4 header declaring the alpha mask (Pillow writes RGBA with a plain header and then reads it
 * back as RGB; with the masks it reads RGBA), bottom-up rows padded to 4 bytes, 96 dpi.
 */
final class BmpFiles {
    private static final int PPM_96_DPI = 3780; // int(96 * 39.3701 + 0.5), as Pillow writes

    private BmpFiles() {
    }

    static HostArray read(Path path, String source) {
        byte[] all;
        try {
            all = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        Header hd = header(all, source);
        Raster r;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(all))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("bmp");
            if (!readers.hasNext()) {
                throw new FileFormatException(source + ": no BMP decoder available");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                r = reader.read(0).getRaster();
            } finally {
                reader.dispose();
            }
        } catch (FileFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileFormatException(source + ": cannot decode the BMP (" + String.valueOf(e.getMessage()).replace('\n', ' ')
                    + "; the file may be truncated or corrupt)");
        }
        int h = r.getHeight(), w = r.getWidth(), bands = r.getNumBands();
        if (h != hd.height || w != hd.width) {
            throw new FileFormatException(source + ": corrupt BMP: decoded " + w + "x" + h + " but the header says "
                    + hd.width + "x" + hd.height);
        }
        int[] px = r.getPixels(r.getMinX(), r.getMinY(), w, h, (int[]) null);
        if (hd.bits <= 8) {
            if (bands != 1) {
                throw new FileFormatException(source + ": corrupt BMP: a " + hd.bits + "-bit image decoded with " + bands + " bands");
            }
            byte[] v = new byte[px.length];
            if (hd.mode == 'B') {
                for (int i = 0; i < v.length; i++) v[i] = (byte) (px[i] != 0 ? 1 : 0);
                return new HostArray(DType.BOOL, new int[] {h, w}, v);
            }
            for (int i = 0; i < v.length; i++) v[i] = (byte) px[i];
            return new HostArray(DType.UINT8, new int[] {h, w}, v);
        }
        int want = hd.alpha ? 4 : 3;
        if (bands < want) {
            throw new FileFormatException(source + ": corrupt BMP: decoded " + bands + " bands, expected " + want);
        }
        byte[] v = new byte[h * w * want];
        int[] max = new int[bands];
        for (int b = 0; b < bands; b++) {
            max[b] = (1 << r.getSampleModel().getSampleSize(b)) - 1;
        }
        for (int p = 0, i = 0; p < h * w; p++) {
            for (int b = 0; b < want; b++) {
                int s = px[p * bands + b];
                v[i++] = (byte) (max[b] == 255 ? s : s * 255 / max[b]);
            }
        }
        return new HostArray(DType.UINT8, new int[] {h, w, want}, v);
    }

    /** What Pillow decides from the header, after checking the file holds everything it names. */
    private record Header(int width, int height, int bits, char mode, boolean alpha) {
    }

    private static Header header(byte[] all, String source) {
        if (all.length < 18) {
            throw new FileFormatException(source + ": truncated BMP header (" + all.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        long offset = b.getInt(10) & 0xFFFFFFFFL;
        int hsize = b.getInt(14);
        if (hsize != 12 && hsize != 40 && hsize != 64 && hsize != 108 && hsize != 124) {
            throw new FileFormatException(source + ": unsupported BMP header size " + hsize + " (12, 40, 64, 108 or 124 expected)");
        }
        if (14L + hsize > all.length) {
            throw new FileFormatException(source + ": truncated BMP: the " + hsize + "-byte info header needs " + (14 + hsize)
                    + " bytes but the file has " + all.length);
        }
        int width, height, bits, compression = 0, colors = 0;
        boolean topDown = false;
        if (hsize == 12) {
            width = b.getShort(18) & 0xFFFF;
            height = b.getShort(20) & 0xFFFF;
            bits = b.getShort(24) & 0xFFFF;
        } else {
            width = b.getInt(18);
            int hh = b.getInt(22);
            topDown = hh < 0;
            height = topDown ? -hh : hh;
            bits = b.getShort(28) & 0xFFFF;
            compression = b.getInt(30);
            colors = b.getInt(46);
        }
        if (width <= 0 || height <= 0 || height == Integer.MIN_VALUE) {
            throw new FileFormatException(source + ": corrupt BMP: image size " + width + "x" + height);
        }
        if (bits != 1 && bits != 4 && bits != 8 && bits != 16 && bits != 24 && bits != 32) {
            throw new FileFormatException(source + ": unsupported BMP pixel depth " + bits);
        }
        if ((long) width * height > Integer.MAX_VALUE / 4) {
            throw new FileFormatException(source + ": BMP of " + width + "x" + height + " pixels is too large");
        }
        char mode = 'R';
        boolean alpha = false;
        long pos = 14L + hsize;
        if (compression == 3) {
            long[] masks = new long[4];
            if (hsize >= 56) {
                for (int i = 0; i < 4; i++) masks[i] = b.getInt(54 + 4 * i) & 0xFFFFFFFFL;
            } else {
                if (pos + 12 > all.length) {
                    throw new FileFormatException(source + ": truncated BMP: the colour masks end past the file (" + all.length + " bytes)");
                }
                for (int i = 0; i < 3; i++) masks[i] = b.getInt((int) pos + 4 * i) & 0xFFFFFFFFL;
            }
            alpha = bits == 32 && masks[3] != 0;
            boolean known = bits == 32 ? (masks[0] == 0xFF0000L && masks[1] == 0xFF00L && masks[2] == 0xFFL
                    && (masks[3] == 0 || masks[3] == 0xFF000000L))
                    : bits == 16 && masks[2] == 0x1FL && ((masks[0] == 0xF800L && masks[1] == 0x7E0L)
                            || (masks[0] == 0x7C00L && masks[1] == 0x3E0L));
            if (!known) {
                throw new FileFormatException(source + ": unsupported BMP bitfields layout for " + bits + "-bit pixels (masks "
                        + Long.toHexString(masks[0]) + "/" + Long.toHexString(masks[1]) + "/" + Long.toHexString(masks[2]) + "/"
                        + Long.toHexString(masks[3]) + ")");
            }
        } else if (compression == 1 || compression == 2) {
            if (bits != (compression == 1 ? 8 : 4) || topDown) {
                throw new FileFormatException(source + ": corrupt BMP: RLE" + (compression == 1 ? 8 : 4) + " with " + bits
                        + "-bit pixels" + (topDown ? " stored top-down" : ""));
            }
        } else if (compression != 0) {
            throw new FileFormatException(source + ": unsupported BMP compression " + compression
                    + " (0 raw, 1 RLE8, 2 RLE4 and 3 bitfields are read)");
        }
        if (bits <= 8) {
            int n = colors != 0 ? colors : 1 << bits;
            if (n < 0 || n > 65536) {
                throw new FileFormatException(source + ": corrupt BMP: a palette of " + n + " colours");
            }
            int entry = hsize == 12 ? 3 : 4;
            if (pos + (long) n * entry > all.length) {
                throw new FileFormatException(source + ": truncated BMP: the palette of " + n + " colours ends past the file ("
                        + all.length + " bytes)");
            }
            boolean grey = true;
            int[] indices = n == 2 ? new int[] {0, 255} : null;
            for (int i = 0; i < n && grey; i++) {
                int want = indices != null ? indices[i] : i;
                int at = (int) pos + i * entry;
                grey = (all[at] & 0xFF) == want && (all[at + 1] & 0xFF) == want && (all[at + 2] & 0xFF) == want;
            }
            mode = grey ? (n == 2 ? 'B' : 'L') : 'P';
        }
        if (offset < 14 + hsize || offset > all.length) {
            throw new FileFormatException(source + ": truncated BMP: the pixel data offset " + offset + " is outside the file ("
                    + all.length + " bytes)");
        }
        if (compression == 1 || compression == 2) {
            checkRle(all, (int) offset, width, height, compression == 2, source);
        } else {
            long stride = (((long) width * bits + 31) >> 3) & ~3L;
            if (offset + stride * height > all.length) {
                throw new FileFormatException(source + ": truncated BMP: " + height + " rows of " + stride + " bytes from byte "
                        + offset + " need " + (offset + stride * height) + " bytes but the file has " + all.length);
            }
        }
        return new Header(width, height, bits, mode, alpha);
    }

    /** Walks the RLE stream: it must reach its end-of-bitmap code inside the file. */
    private static void checkRle(byte[] all, int at, int width, int height, boolean rle4, String source) {
        int p = at;
        while (true) {
            if (p + 2 > all.length) {
                throw new FileFormatException(source + ": truncated BMP: the RLE" + (rle4 ? 4 : 8)
                        + " data ends before its end-of-bitmap code (file of " + all.length + " bytes)");
            }
            int count = all[p] & 0xFF, code = all[p + 1] & 0xFF;
            p += 2;
            if (count != 0 || code == 0) {
                continue; // a run, or end of line
            }
            if (code == 1) {
                return;
            }
            if (code == 2) {
                p += 2; // delta
                continue;
            }
            int bytes = rle4 ? (code + 1) / 2 : code;
            p += bytes + (bytes & 1);
        }
    }

    /** Whether {@link #write} takes this dtype and shape. */
    static boolean writable(DType dtype, int[] shape) {
        if (shape.length == 2) {
            return dtype == DType.UINT8 || dtype == DType.BOOL;
        }
        return shape.length == 3 && dtype == DType.UINT8 && (shape[2] == 3 || shape[2] == 4);
    }

    static void write(Path path, HostArray image) {
        int[] s = image.shape();
        int h = s[0], w = s[1];
        int bands = s.length == 2 ? 1 : s[2];
        boolean bit1 = image.dtype() == DType.BOOL;
        int bits = bit1 ? 1 : bands * 8;
        int colors = bit1 ? 2 : bands == 1 ? 256 : 0;
        int header = bands == 4 ? 108 : 40;
        long stride = (((long) w * bits + 7) / 8 + 3) & ~3L;
        long image0 = 14L + header + 4L * colors;
        long size = image0 + stride * h;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image: a BMP of " + size + " bytes is too large");
        }
        ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt((int) size).putInt(0).putInt((int) image0);
        b.putInt(header).putInt(w).putInt(h).putShort((short) 1).putShort((short) bits)
                .putInt(bands == 4 ? 3 : 0).putInt((int) (stride * h)).putInt(PPM_96_DPI).putInt(PPM_96_DPI)
                .putInt(colors).putInt(colors);
        if (bands == 4) {
            b.putInt(0x00FF0000).putInt(0x0000FF00).putInt(0x000000FF).putInt(0xFF000000);
            b.putInt(0x73524742); // 'sRGB' colour space
            for (int i = 0; i < 12; i++) b.putInt(0); // endpoints and gammas (unused for sRGB)
        }
        for (int i = 0; i < colors; i++) {
            int g = bit1 ? (i == 0 ? 0 : 255) : i;
            b.put((byte) g).put((byte) g).put((byte) g).put((byte) g); // Pillow fills the reserved byte too
        }
        byte[] d = (byte[]) image.data();
        byte[] row = new byte[(int) stride];
        for (int y = h - 1; y >= 0; y--) {
            java.util.Arrays.fill(row, (byte) 0);
            if (bit1) {
                for (int x = 0; x < w; x++) {
                    if (d[y * w + x] != 0) row[x >> 3] |= (byte) (0x80 >> (x & 7));
                }
            } else if (bands == 1) {
                System.arraycopy(d, y * w, row, 0, w);
            } else {
                for (int x = 0; x < w; x++) {
                    int src = (y * w + x) * bands, dst = x * bands;
                    row[dst] = d[src + 2];
                    row[dst + 1] = d[src + 1];
                    row[dst + 2] = d[src];
                    if (bands == 4) row[dst + 3] = d[src + 3];
                }
            }
            b.put(row);
        }
        try {
            Files.write(path, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }
}
