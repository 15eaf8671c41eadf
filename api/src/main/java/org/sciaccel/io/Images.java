package org.sciaccel.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code imread} / {@code imwrite} of PNG, JPEG, TIFF and BMP, giving the arrays
 * {@code numpy.asarray(PIL.Image.open(f))} gives.
 *
 * <p>PNG (the JDK's {@code javax.imageio}): 8-bit grey → uint8 (H, W); grey+alpha → (H, W, 2); RGB →
 * (H, W, 3); RGBA → (H, W, 4); palette → uint8 indices (H, W) (Pillow's mode P); 16-bit grey → int32
 * (H, W) (Pillow's mode I); 16-bit colour → 8-bit, the high byte of each sample (Pillow keeps 8 bits for
 * colour); 1-bit grey → bool; 2/4-bit grey scaled to 0-255 (as Pillow unpacks them). JPEG (the JDK's
 * decoder): grey and colour uint8, equal to Pillow's pixels on the fixtures. TIFF: {@link TiffPages}
 * (reading), {@link TiffWriter} (writing). BMP: {@link BmpFiles}. A corrupt or truncated file gives a
 * one-line {@link FileFormatException}.
 */
public final class Images {
    private Images() {
    }

    /** Reads an image onto {@code backend}. */
    public static NDArray imread(Path path, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: must not be null");
        }
        return NDArray.fromHost(backend, imread(path));
    }

    /** Reads an image into a host array, as {@code numpy.asarray(PIL.Image.open(path))}. */
    public static HostArray imread(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(source + ": is a directory, not an image");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(source + ": no such file");
        }
        byte[] head = new byte[33];
        int got;
        try (InputStream in = Files.newInputStream(path)) {
            got = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        boolean png = got >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        boolean jpeg = got >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
        boolean tiff = got >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42));
        if (tiff) {
            return TiffPages.read(path, source, 0, 1).get(0);
        }
        if (got >= 2 && head[0] == 'B' && head[1] == 'M') {
            return BmpFiles.read(path, source);
        }
        if (!png && !jpeg) {
            throw new FileFormatException(source + ": not a PNG, JPEG, TIFF or BMP file (unknown signature)");
        }
        if (png && got < 26) {
            throw new FileFormatException(source + ": truncated PNG header (" + got + " bytes)");
        }
        int bitDepth = png ? head[24] & 0xFF : 8;
        int colorType = png ? head[25] & 0xFF : -1;
        Raster r;
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new FileFormatException(source + ": no decoder for this image format");
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
            throw new FileFormatException(source + ": cannot decode the image (" + String.valueOf(e.getMessage()).replace('\n', ' ')
                    + "; the file may be truncated or corrupt)");
        }
        if (png) {
            checkPngComplete(path, source);
        } else {
            checkJpegComplete(path, source);
        }
        return toArray(r, png, bitDepth, colorType, source);
    }

    /**
     * Every page of a multi-page TIFF stacked as {@code (pages, H, W[, bands])} (the pages must agree
     * in shape and dtype); a PNG or JPEG is one page.
     */
    public static HostArray imreadStack(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        HostArray first = imread(path);
        String source = path.toString();
        List<HostArray> pages;
        try {
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(path)) {
                in.readNBytes(head, 0, 4);
            }
            pages = (head[0] == 'I' || head[0] == 'M') ? TiffPages.read(path, source, 0, Integer.MAX_VALUE) : List.of(first);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        int[] s0 = pages.get(0).shape();
        int[] shape = new int[s0.length + 1];
        shape[0] = pages.size();
        System.arraycopy(s0, 0, shape, 1, s0.length);
        int per = pages.get(0).data() == null ? 0 : java.lang.reflect.Array.getLength(pages.get(0).data());
        Object all = java.lang.reflect.Array.newInstance(pages.get(0).data().getClass().getComponentType(), per * pages.size());
        for (int i = 0; i < pages.size(); i++) {
            HostArray p = pages.get(i);
            if (p.dtype() != pages.get(0).dtype() || !Arrays.equals(p.shape(), s0)) {
                throw new FileFormatException(source + ": page " + i + " is " + p.dtype() + " " + org.sciaccel.Shapes.toString(p.shape())
                        + " but page 0 is " + pages.get(0).dtype() + " " + org.sciaccel.Shapes.toString(s0) + "; they cannot be stacked");
            }
            System.arraycopy(p.data(), 0, all, i * per, per);
        }
        return new HostArray(pages.get(0).dtype(), shape, all);
    }

    /**
     * A JPEG must reach its end-of-image marker: the JDK decoder fills the rest of a truncated scan with
     * grey. Walks the marker segments and the entropy-coded data of every scan (stuffed {@code FF 00} and
     * restart markers inside).
     */
    private static void checkJpegComplete(Path path, String source) {
        byte[] b;
        try {
            b = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        int p = 2;
        while (true) {
            if (p + 2 > b.length) {
                throw new FileFormatException(source + ": truncated JPEG (no end-of-image marker; the file ends at byte " + b.length + ")");
            }
            if ((b[p] & 0xFF) != 0xFF) {
                throw new FileFormatException(source + ": corrupt JPEG: no marker at byte " + p);
            }
            int m = b[p + 1] & 0xFF;
            if (m == 0xFF) {
                p++; // fill byte
                continue;
            }
            if (m == 0xD9) {
                return;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                p += 2;
                continue;
            }
            if (p + 4 > b.length) {
                throw new FileFormatException(source + ": truncated JPEG: marker segment at byte " + p + " has no length");
            }
            int len = ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
            if (len < 2 || p + 2 + len > b.length) {
                throw new FileFormatException(source + ": truncated JPEG: the segment at byte " + p + " claims " + len
                        + " bytes but the file has " + (b.length - p - 2));
            }
            p += 2 + len;
            if (m == 0xDA) {
                // entropy-coded data up to the next marker that is not stuffing or a restart
                while (true) {
                    if (p + 1 >= b.length) {
                        throw new FileFormatException(source + ": truncated JPEG: the scan data end at byte " + b.length
                                + " without an end-of-image marker");
                    }
                    if ((b[p] & 0xFF) == 0xFF) {
                        int n = b[p + 1] & 0xFF;
                        if (n != 0 && !(n >= 0xD0 && n <= 0xD7) && n != 0xFF) {
                            break;
                        }
                        p += n == 0xFF ? 1 : 2;
                    } else {
                        p++;
                    }
                }
            }
        }
    }

    /** A PNG must end with its IEND chunk: the JDK decoder fills a truncated image with zeros. */
    private static void checkPngComplete(Path path, String source) {
        try {
            byte[] all = Files.readAllBytes(path);
            int pos = 8;
            while (true) {
                if (pos + 8 > all.length) {
                    throw new FileFormatException(source + ": truncated PNG (no IEND chunk; the file ends at byte " + all.length + ")");
                }
                long len = ((all[pos] & 0xFFL) << 24) | ((all[pos + 1] & 0xFF) << 16) | ((all[pos + 2] & 0xFF) << 8) | (all[pos + 3] & 0xFF);
                String type = new String(all, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (pos + 12 + len > all.length) {
                    throw new FileFormatException(source + ": truncated PNG: chunk " + type + " at byte " + pos + " claims " + len
                            + " bytes but the file has " + (all.length - pos - 12));
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(all, pos + 4, (int) len + 4);
                int at = pos + 8 + (int) len;
                long stored = ((all[at] & 0xFFL) << 24) | ((all[at + 1] & 0xFF) << 16) | ((all[at + 2] & 0xFF) << 8) | (all[at + 3] & 0xFF);
                if (crc.getValue() != stored) {
                    throw new FileFormatException(source + ": corrupt PNG: CRC mismatch in chunk " + type + " at byte " + pos);
                }
                if (type.equals("IEND")) {
                    return;
                }
                pos = at + 4;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
    }

    private static HostArray toArray(Raster r, boolean png, int bitDepth, int colorType, String source) {
        int h = r.getHeight(), w = r.getWidth(), bands = r.getNumBands();
        int n = h * w * bands;
        int[] px = r.getPixels(r.getMinX(), r.getMinY(), w, h, (int[]) null);
        int[] shape = bands == 1 ? new int[] {h, w} : new int[] {h, w, bands};
        if (png && bitDepth == 16 && colorType == 0) {
            // Pillow opens a 16-bit grey PNG in its 32-bit integer mode I.
            return new HostArray(DType.INT32, shape, px);
        }
        if (png && colorType == 0 && bitDepth == 1) {
            byte[] v = new byte[n];
            for (int i = 0; i < n; i++) v[i] = (byte) (px[i] != 0 ? 1 : 0);
            return new HostArray(DType.BOOL, shape, v);
        }
        byte[] v = new byte[n];
        int shift = png && bitDepth == 16 ? 8 : 0;
        int scale = png && colorType == 0 && bitDepth < 8 ? 255 / ((1 << bitDepth) - 1) : 1;
        for (int i = 0; i < n; i++) {
            v[i] = (byte) ((px[i] >> shift) * scale);
        }
        return new HostArray(DType.UINT8, shape, v);
    }

    /**
     * Writes {@code image} in the format its extension names, as Pillow's {@code Image.fromarray(a).save(path)}
     * lays it out, so that Pillow reads the file back as the same array:
     * <ul>
     * <li>{@code .png}: uint8 (H, W) grey, (H, W, 2) grey+alpha, (H, W, 3) RGB, (H, W, 4) RGBA; uint16 or int32
     * (H, W) with values 0..65535 as 16-bit grey (Pillow reads it as int32, its mode I).</li>
     * <li>{@code .tif}/{@code .tiff}: little-endian, uncompressed, one strip; uint8 (H, W[, 2|3|4]), uint16
     * (H, W) ({@code <u2}), int32 (H, W), float32 (H, W).</li>
     * <li>{@code .bmp}: uint8 (H, W) 8-bit grey, bool (H, W) 1-bit, uint8 (H, W, 3) 24-bit, (H, W, 4) 32-bit
     * with an alpha mask.</li>
     * <li>{@code .jpg}/{@code .jpeg}: uint8 (H, W) grey or (H, W, 3) RGB, baseline, quality 75 (Pillow's
     * default: the same quantisation tables), 4:2:0 chroma subsampling; lossy, so the pixels read back
     * are close to, not equal to, the array. Pillow cannot write alpha to a JPEG, nor can this.</li>
     * </ul>
     */
    public static void imwrite(Path path, HostArray image) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (image == null) {
            throw new IllegalArgumentException("image: must not be null");
        }
        Format f = format(path);
        int[] s = image.shape();
        DType dt = image.dtype();
        boolean ok;
        String wanted;
        switch (f) {
            case TIFF:
                ok = TiffWriter.writable(dt, s);
                wanted = "uint8 (H, W[, 2|3|4]), or uint16, int32 or float32 (H, W)";
                break;
            case BMP:
                ok = BmpFiles.writable(dt, s);
                wanted = "uint8 (H, W[, 3|4]) or bool (H, W)";
                break;
            case JPEG:
                ok = dt == DType.UINT8 && (s.length == 2 || (s.length == 3 && s[2] == 3));
                wanted = "uint8 (H, W) or (H, W, 3); a JPEG has no alpha";
                break;
            default:
                ok = (dt == DType.UINT8 && (s.length == 2 || (s.length == 3 && s[2] >= 2 && s[2] <= 4)))
                        || ((dt == DType.UINT16 || dt == DType.INT32) && s.length == 2);
                wanted = "uint8 (H, W[, 2|3|4]) or uint16/int32 (H, W)";
                break;
        }
        if (!ok || s[0] == 0 || s[1] == 0) {
            throw new IllegalArgumentException("image: a " + dt + " array of shape " + org.sciaccel.Shapes.toString(s)
                    + " cannot be written as a " + f + " (" + wanted + (ok ? ", not empty" : "") + " expected)");
        }
        if (f == Format.PNG && dt == DType.INT32) {
            int[] d = (int[]) image.data();
            for (int i = 0; i < d.length; i++) {
                if (d[i] < 0 || d[i] > 65535) {
                    throw new IllegalArgumentException("image: value " + d[i] + " at flat index " + i
                            + " does not fit a 16-bit PNG (0..65535)");
                }
            }
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(path + ": cannot write: no such directory " + parent);
        }
        try {
            Files.deleteIfExists(path);
            switch (f) {
                case TIFF:
                    TiffWriter.write(path, List.of(image));
                    break;
                case BMP:
                    BmpFiles.write(path, image);
                    break;
                case JPEG:
                    writeJpeg(path, image);
                    break;
                default:
                    if (!ImageIO.write(bufferedImage(image), "png", path.toFile())) {
                        throw new IllegalArgumentException(path + ": no PNG writer for this image");
                    }
                    break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }

    /**
     * Writes a stack {@code (pages, H, W[, bands])} as a multi-page TIFF, each page as {@link #imwrite} writes
     * one (Pillow's {@code save(path, save_all=True, append_images=...)}); {@link #imreadStack} reads it back.
     */
    public static void imwriteStack(Path path, HostArray stack) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (stack == null) {
            throw new IllegalArgumentException("stack: must not be null");
        }
        if (format(path) != Format.TIFF) {
            throw new IllegalArgumentException("path: " + path + ": a stack of pages is written as .tif or .tiff only");
        }
        int[] s = stack.shape();
        int[] page = s.length < 3 ? null : Arrays.copyOfRange(s, 1, s.length);
        if (page == null || s[0] == 0 || !TiffWriter.writable(stack.dtype(), page) || page[0] == 0 || page[1] == 0) {
            throw new IllegalArgumentException("stack: a " + stack.dtype() + " array of shape " + org.sciaccel.Shapes.toString(s)
                    + " cannot be written as TIFF pages ((pages, H, W[, 2|3|4]) uint8, or (pages, H, W) uint16, int32 or float32"
                    + " expected, none empty)");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(path + ": cannot write: no such directory " + parent);
        }
        int per = stack.size() / s[0];
        List<HostArray> pages = new java.util.ArrayList<>();
        for (int i = 0; i < s[0]; i++) {
            Object d = java.lang.reflect.Array.newInstance(stack.data().getClass().getComponentType(), per);
            System.arraycopy(stack.data(), i * per, d, 0, per);
            pages.add(new HostArray(stack.dtype(), page, d));
        }
        TiffWriter.write(path, pages);
    }

    private enum Format {
        PNG, TIFF, BMP, JPEG
    }

    private static Format format(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return Format.PNG;
        if (name.endsWith(".tif") || name.endsWith(".tiff")) return Format.TIFF;
        if (name.endsWith(".bmp")) return Format.BMP;
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return Format.JPEG;
        throw new IllegalArgumentException("path: " + path + ": only .png, .tif/.tiff, .bmp and .jpg/.jpeg are written");
    }

    /** The JDK's baseline JPEG encoder at quality 0.75 (IJG quality 75: the standard tables halved, as Pillow's default). */
    private static void writeJpeg(Path path, HostArray image) throws IOException {
        Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalArgumentException(path + ": no JPEG writer available");
        }
        javax.imageio.ImageWriter writer = writers.next();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(path.toFile())) {
            javax.imageio.ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.75f);
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(bufferedImage(image), null, null), p);
        } finally {
            writer.dispose();
        }
    }

    /** uint8 grey/LA/RGB/RGBA or 16-bit grey as a BufferedImage for the JDK's encoders. */
    private static BufferedImage bufferedImage(HostArray image) {
        int[] s = image.shape();
        int bands = s.length == 2 ? 1 : s[2];
        boolean u16 = image.dtype() == DType.UINT16 || image.dtype() == DType.INT32;
        int h = s[0], w = s[1];
        BufferedImage img;
        if (u16) {
            img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        } else if (bands == 1) {
            img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        } else if (bands == 3) {
            img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        } else {
            java.awt.color.ColorSpace cs = java.awt.color.ColorSpace.getInstance(bands <= 2 ? java.awt.color.ColorSpace.CS_GRAY
                    : java.awt.color.ColorSpace.CS_sRGB);
            int[] bits = new int[bands];
            java.util.Arrays.fill(bits, 8);
            java.awt.image.ComponentColorModel cm = new java.awt.image.ComponentColorModel(cs, bits, true, false,
                    java.awt.Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
            img = new BufferedImage(cm, cm.createCompatibleWritableRaster(w, h), false, null);
        }
        WritableRaster wr = img.getRaster();
        int n = image.size();
        int[] px = new int[n];
        if (image.dtype() == DType.INT32) {
            System.arraycopy((int[]) image.data(), 0, px, 0, n);
        } else if (u16) {
            short[] d = (short[]) image.data();
            for (int i = 0; i < n; i++) px[i] = d[i] & 0xFFFF;
        } else {
            byte[] d = (byte[]) image.data();
            for (int i = 0; i < n; i++) px[i] = d[i] & 0xFF;
        }
        wr.setPixels(0, 0, w, h, px);
        return img;
    }
}
