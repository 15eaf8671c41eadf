package org.sciaccel.io;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * TIFF pages through the TwelveMonkeys TIFF plugin for javax.imageio, as Pillow gives them: 8-bit
 * samples → uint8, 16-bit → uint16 (mode I;16), 32-bit float → float32 (mode F), 32-bit int →
 * int32, 64-bit float → float64; one band (H, W), else (H, W, bands). The strips/tiles of every
 * page are checked to lie inside the file first, so a truncated file is an error, never an image
 * padded with zeros.
 */
final class TiffPages {
    private TiffPages() {
    }

    static List<HostArray> read(Path path, String source, int first, int max) {
        int pages = checkIfds(path, source);
        List<HostArray> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new FileFormatException(source + ": no TIFF decoder available");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                for (int i = first; i < pages && out.size() < max; i++) {
                    // The raster as stored: read() would convert float samples for display.
                    Raster r = reader.canReadRaster() ? reader.readRaster(i, null) : reader.read(i).getRaster();
                    out.add(toArray(r, source, i));
                }
            } finally {
                reader.dispose();
            }
        } catch (FileFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileFormatException(source + ": cannot decode the TIFF (" + String.valueOf(e.getMessage()).replace('\n', ' ')
                    + "; the file may be truncated or corrupt)");
        }
        return out;
    }

    private static HostArray toArray(Raster r, String source, int page) {
        int h = r.getHeight(), w = r.getWidth(), bands = r.getNumBands();
        int n = h * w * bands;
        int[] shape = bands == 1 ? new int[] {h, w} : new int[] {h, w, bands};
        int x = r.getMinX(), y = r.getMinY();
        switch (r.getTransferType()) {
            case DataBuffer.TYPE_BYTE: {
                int[] px = r.getPixels(x, y, w, h, (int[]) null);
                byte[] v = new byte[n];
                for (int i = 0; i < n; i++) v[i] = (byte) px[i];
                return new HostArray(DType.UINT8, shape, v);
            }
            case DataBuffer.TYPE_USHORT: {
                int[] px = r.getPixels(x, y, w, h, (int[]) null);
                short[] v = new short[n];
                for (int i = 0; i < n; i++) v[i] = (short) px[i];
                return new HostArray(DType.UINT16, shape, v);
            }
            case DataBuffer.TYPE_SHORT: {
                int[] px = r.getPixels(x, y, w, h, (int[]) null);
                short[] v = new short[n];
                for (int i = 0; i < n; i++) v[i] = (short) px[i];
                return new HostArray(DType.INT16, shape, v);
            }
            case DataBuffer.TYPE_INT:
                return new HostArray(DType.INT32, shape, r.getPixels(x, y, w, h, (int[]) null));
            case DataBuffer.TYPE_FLOAT: {
                // Per-sample float access: SampleModel.getPixels(float[]) goes through int samples.
                float[] v = new float[n];
                for (int yy = 0, i = 0; yy < h; yy++) {
                    for (int xx = 0; xx < w; xx++) {
                        for (int bnd = 0; bnd < bands; bnd++) {
                            v[i++] = r.getSampleFloat(x + xx, y + yy, bnd);
                        }
                    }
                }
                return new HostArray(DType.FLOAT32, shape, v);
            }
            case DataBuffer.TYPE_DOUBLE: {
                double[] v = new double[n];
                for (int yy = 0, i = 0; yy < h; yy++) {
                    for (int xx = 0; xx < w; xx++) {
                        for (int bnd = 0; bnd < bands; bnd++) {
                            v[i++] = r.getSampleDouble(x + xx, y + yy, bnd);
                        }
                    }
                }
                return new HostArray(DType.FLOAT64, shape, v);
            }
            default:
                throw new FileFormatException(source + ": page " + page + " has an unsupported sample type");
        }
    }

    /** Walks the IFD chain; checks every strip/tile lies in the file. Returns the number of pages. */
    private static int checkIfds(Path path, String source) {
        byte[] all;
        try {
            all = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        if (all.length < 8) {
            throw new FileFormatException(source + ": truncated TIFF header (" + all.length + " bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(all).order(all[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd = b.getInt(4) & 0xFFFFFFFFL;
        int pages = 0;
        while (ifd != 0) {
            if (ifd + 2 > all.length) {
                throw new FileFormatException(source + ": truncated TIFF: IFD " + pages + " at byte " + ifd + " is past the end ("
                        + all.length + " bytes)");
            }
            int entries = b.getShort((int) ifd) & 0xFFFF;
            long end = ifd + 2 + 12L * entries + 4;
            if (end > all.length) {
                throw new FileFormatException(source + ": truncated TIFF: IFD " + pages + " needs bytes up to " + end
                        + " but the file has " + all.length);
            }
            long[] offsets = null, counts = null;
            for (int e = 0; e < entries; e++) {
                int at = (int) ifd + 2 + 12 * e;
                int tag = b.getShort(at) & 0xFFFF;
                int type = b.getShort(at + 2) & 0xFFFF;
                long count = b.getInt(at + 4) & 0xFFFFFFFFL;
                int[] widths = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8};
                long bytes = type < widths.length ? count * widths[type] : 0;
                if (bytes > 4 && (b.getInt(at + 8) & 0xFFFFFFFFL) + bytes > all.length) {
                    throw new FileFormatException(source + ": truncated TIFF: the value of tag " + tag + " on page " + pages
                            + " lies past the end of the file (" + all.length + " bytes)");
                }
                if (tag == 273 || tag == 324 || tag == 279 || tag == 325) {
                    long[] v = values(b, at, all.length, source);
                    if (tag == 273 || tag == 324) offsets = v; else counts = v;
                }
            }
            if (offsets != null && counts != null) {
                for (int i = 0; i < Math.min(offsets.length, counts.length); i++) {
                    if (offsets[i] + counts[i] > all.length) {
                        throw new FileFormatException(source + ": truncated TIFF: strip " + i + " of page " + pages + " spans bytes "
                                + offsets[i] + ".." + (offsets[i] + counts[i]) + " but the file has " + all.length);
                    }
                }
            }
            pages++;
            ifd = b.getInt((int) end - 4) & 0xFFFFFFFFL;
            if (pages > 100000) {
                throw new FileFormatException(source + ": corrupt TIFF: the IFD chain does not end");
            }
        }
        if (pages == 0) {
            throw new FileFormatException(source + ": corrupt TIFF: no image directory");
        }
        return pages;
    }

    private static long[] values(ByteBuffer b, int at, int size, String source) {
        int type = b.getShort(at + 2) & 0xFFFF;
        long count = b.getInt(at + 4) & 0xFFFFFFFFL;
        int width = type == 3 ? 2 : type == 4 ? 4 : type == 16 ? 8 : 0;
        if (width == 0 || count > size) {
            throw new FileFormatException(source + ": corrupt TIFF: strip tag of type " + type + " and count " + count);
        }
        long bytes = count * width;
        long base = bytes <= 4 ? at + 8 : b.getInt(at + 8) & 0xFFFFFFFFL;
        if (base + bytes > size) {
            throw new FileFormatException(source + ": truncated TIFF: strip table at byte " + base + " is past the end");
        }
        long[] v = new long[(int) count];
        for (int i = 0; i < count; i++) {
            int p = (int) (base + (long) i * width);
            v[i] = width == 2 ? b.getShort(p) & 0xFFFF : width == 4 ? b.getInt(p) & 0xFFFFFFFFL : b.getLong(p);
        }
        return v;
    }
}
