package org.sciaccel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.util.ArrayFuncs;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/** FITS image data: astropy's scaling on read, sciaccel dtypes to BITPIX on write, and a structure check. */
final class FitsImages {
    private static final int BLOCK = 2880;

    private FitsImages() {
    }

    /**
     * Walks the HDUs' headers and data sizes: every header must end (END card) and every data
     * section must be whole, so a truncated file is an error before anything is decoded.
     */
    static void checkStructure(Path path, String source) {
        try (FileChannel ch = FileChannel.open(path)) {
            long size = ch.size();
            long pos = 0;
            int index = 0;
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            while (pos < size) {
                long bitpix = 0, naxis = -1, pcount = 0, gcount = 1;
                long[] axes = new long[1000];
                boolean end = false;
                long start = pos;
                boolean first = true;
                while (!end) {
                    block.clear();
                    int got = 0;
                    while (block.hasRemaining()) {
                        int n = ch.read(block, pos + got);
                        if (n < 0) {
                            break;
                        }
                        got += n;
                    }
                    if (first) {
                        String card0 = new String(block.array(), 0, Math.min(got, 8), StandardCharsets.ISO_8859_1);
                        if (index == 0 && !card0.equals("SIMPLE  ")) {
                            throw new FileFormatException(source + ": not a FITS file (it does not start with SIMPLE)");
                        }
                        if (index > 0 && got < 8 && "XTENSION".startsWith(card0)) {
                            throw new FileFormatException(source + ": truncated header of HDU " + index + " (the file ends at byte "
                                    + (pos + got) + ")");
                        }
                        if (index > 0 && !card0.equals("XTENSION")) {
                            return; // trailing bytes after the last HDU: ignored, as astropy does (with a warning)
                        }
                        first = false;
                    }
                    if (got < BLOCK) {
                        throw new FileFormatException(source + ": truncated header of HDU " + index + " (the file ends at byte "
                                + (pos + got) + " inside a 2880-byte header block)");
                    }
                    for (int c = 0; c < BLOCK / 80 && !end; c++) {
                        String card = new String(block.array(), c * 80, 80, StandardCharsets.ISO_8859_1);
                        String key = card.substring(0, 8).trim();
                        if (key.equals("END")) {
                            end = true;
                        } else if (card.startsWith("= ", 8)) {
                            String val = card.substring(10).split("/", 2)[0].trim();
                            try {
                                if (key.equals("BITPIX")) bitpix = Long.parseLong(val);
                                else if (key.equals("NAXIS")) naxis = Long.parseLong(val);
                                else if (key.equals("PCOUNT")) pcount = Long.parseLong(val);
                                else if (key.equals("GCOUNT")) gcount = Long.parseLong(val);
                                else if (key.startsWith("NAXIS") && key.length() > 5) {
                                    int k = Integer.parseInt(key.substring(5));
                                    if (k >= 1 && k < axes.length) axes[k] = Long.parseLong(val);
                                }
                            } catch (NumberFormatException e) {
                                throw new FileFormatException(source + ": HDU " + index + " has a malformed " + key + " card: '"
                                        + card.trim() + "'");
                            }
                        }
                    }
                    pos += BLOCK;
                }
                if (naxis < 0 || naxis > 999 || bitpix == 0 || Math.abs(bitpix) % 8 != 0) {
                    throw new FileFormatException(source + ": HDU " + index + " (at byte " + start + ") lacks a valid BITPIX or NAXIS");
                }
                long elems = naxis == 0 ? 0 : 1;
                for (int k = 1; k <= naxis; k++) {
                    if (axes[k] < 0) {
                        throw new FileFormatException(source + ": HDU " + index + " has NAXIS" + k + " = " + axes[k]);
                    }
                    elems = Math.multiplyExact(elems, axes[k]);
                }
                long bytes = naxis == 0 ? 0 : Math.abs(bitpix) / 8 * gcount * (pcount + elems);
                long padded = (bytes + BLOCK - 1) / BLOCK * BLOCK;
                if (pos + padded > size) {
                    throw new FileFormatException(source + ": truncated data of HDU " + index + ": it needs " + bytes
                            + " bytes (" + padded + " with its padding) but the file has " + (size - pos) + " after its header");
                }
                pos += padded;
                index++;
            }
        } catch (ArithmeticException e) {
            throw new FileFormatException(source + ": an HDU's axes are too large");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
    }

    /** The data of an image HDU as astropy's {@code getdata} returns it, or null when it has none. */
    static HostArray scaled(BasicHDU<?> hdu, String source, int ext) {
        Header h = hdu.getHeader();
        int naxis = h.getIntValue("NAXIS", 0);
        Object kernel = hdu.getKernel();
        if (naxis == 0 || kernel == null) {
            return null;
        }
        int[] shape = new int[naxis];
        for (int k = 1; k <= naxis; k++) {
            long n = h.getLongValue("NAXIS" + k, 0);
            if (n > Integer.MAX_VALUE) {
                throw new FileFormatException(source + ": HDU " + ext + " has NAXIS" + k + " = " + n + ", too large");
            }
            shape[naxis - k] = (int) n;
        }
        int bitpix = h.getIntValue("BITPIX", 0);
        double bscale = h.getDoubleValue("BSCALE", 1.0);
        BigInteger bzeroExact = h.containsKey("BZERO") ? bigValue(h.getStringValue("BZERO"), h.getDoubleValue("BZERO", 0)) : BigInteger.ZERO;
        double bzero = h.getDoubleValue("BZERO", 0.0);
        boolean hasBlank = bitpix > 0 && h.containsKey("BLANK");
        long blank = hasBlank ? h.getLongValue("BLANK", 0) : 0;
        Object flat = kernel.getClass().isArray() && kernel.getClass().getComponentType().isArray() ? ArrayFuncs.flatten(kernel) : kernel;
        int n = java.lang.reflect.Array.getLength(flat);
        boolean integerScale = bzero == Math.rint(bzero);
        if (bscale == 1.0 && bzero == 0.0 && !hasBlank) {
            return new HostArray(rawType(bitpix, source, ext), shape, flat);
        }
        if (bscale == 1.0 && integerScale) {
            if (bitpix == 8 && bzeroExact.equals(BigInteger.valueOf(-128))) {
                byte[] b = ((byte[]) flat).clone();
                for (int i = 0; i < n; i++) b[i] ^= (byte) 0x80;
                return new HostArray(DType.INT8, shape, b);
            }
            if (bitpix == 16 && bzeroExact.equals(BigInteger.ONE.shiftLeft(15))) {
                short[] s = ((short[]) flat).clone();
                for (int i = 0; i < n; i++) s[i] ^= (short) 0x8000;
                return new HostArray(DType.UINT16, shape, s);
            }
            if (bitpix == 32 && bzeroExact.equals(BigInteger.ONE.shiftLeft(31))) {
                int[] s = ((int[]) flat).clone();
                for (int i = 0; i < n; i++) s[i] ^= Integer.MIN_VALUE;
                return new HostArray(DType.UINT32, shape, s);
            }
            if (bitpix == 64 && bzeroExact.equals(BigInteger.ONE.shiftLeft(63))) {
                long[] s = ((long[]) flat).clone();
                for (int i = 0; i < n; i++) s[i] ^= Long.MIN_VALUE;
                return new HostArray(DType.UINT64, shape, s);
            }
        }
        // Scaled to float32 (BITPIX 8, 16, -32) or float64 (32, 64, -64), computed in that type.
        boolean single = bitpix == 8 || bitpix == 16 || bitpix == -32;
        if (single) {
            float[] out = new float[n];
            float s = (float) bscale, z = (float) bzero;
            for (int i = 0; i < n; i++) {
                long raw = rawLong(flat, i, bitpix);
                float v = bitpix == -32 ? ((float[]) flat)[i] : (float) raw;
                if (bscale != 1.0) v *= s;
                if (bzero != 0.0) v += z;
                out[i] = hasBlank && raw == blank ? Float.NaN : v;
            }
            return new HostArray(DType.FLOAT32, shape, out);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long raw = rawLong(flat, i, bitpix);
            double v = bitpix == -64 ? ((double[]) flat)[i] : (double) raw;
            if (bscale != 1.0) v *= bscale;
            if (bzero != 0.0) v += bzero;
            out[i] = hasBlank && raw == blank ? Double.NaN : v;
        }
        return new HostArray(DType.FLOAT64, shape, out);
    }

    private static BigInteger bigValue(String text, double fallback) {
        try {
            return new java.math.BigDecimal(text.trim()).toBigIntegerExact();
        } catch (RuntimeException e) {
            return fallback == Math.rint(fallback) && Math.abs(fallback) < 9e15 ? BigInteger.valueOf((long) fallback) : BigInteger.valueOf(Long.MIN_VALUE);
        }
    }

    private static long rawLong(Object flat, int i, int bitpix) {
        switch (bitpix) {
            case 8: return ((byte[]) flat)[i] & 0xFF;
            case 16: return ((short[]) flat)[i];
            case 32: return ((int[]) flat)[i];
            case 64: return ((long[]) flat)[i];
            default: return 0;
        }
    }

    private static DType rawType(int bitpix, String source, int ext) {
        switch (bitpix) {
            case 8: return DType.UINT8;
            case 16: return DType.INT16;
            case 32: return DType.INT32;
            case 64: return DType.INT64;
            case -32: return DType.FLOAT32;
            case -64: return DType.FLOAT64;
            default: throw new FileFormatException(source + ": HDU " + ext + " has an invalid BITPIX " + bitpix);
        }
    }

    /** An image HDU holding {@code h}'s data (unsigned and int8 data through BZERO, as astropy writes them). */
    static BasicHDU<?> makeHdu(Fits.Hdu h, String where) throws FitsException {
        HostArray a = h.data();
        if (a == null) {
            throw new IllegalArgumentException(where + ": data must not be null");
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException(where + ": a 0-d array cannot be written as a FITS image");
        }
        Object raw = a.data();
        Object flat;
        Number bzero = null;
        switch (a.dtype()) {
            case UINT8: case INT16: case INT32: case INT64: case FLOAT32: case FLOAT64:
                flat = raw;
                break;
            case INT8: {
                byte[] b = ((byte[]) raw).clone();
                for (int i = 0; i < b.length; i++) b[i] ^= (byte) 0x80;
                flat = b;
                bzero = -128;
                break;
            }
            case UINT16: {
                short[] s = ((short[]) raw).clone();
                for (int i = 0; i < s.length; i++) s[i] ^= (short) 0x8000;
                flat = s;
                bzero = 32768;
                break;
            }
            case UINT32: {
                int[] s = ((int[]) raw).clone();
                for (int i = 0; i < s.length; i++) s[i] ^= Integer.MIN_VALUE;
                flat = s;
                bzero = 2147483648L;
                break;
            }
            case UINT64: {
                long[] s = ((long[]) raw).clone();
                for (int i = 0; i < s.length; i++) s[i] ^= Long.MIN_VALUE;
                flat = s;
                bzero = BigInteger.ONE.shiftLeft(63);
                break;
            }
            default:
                throw new IllegalArgumentException(where + ": dtype " + a.dtype() + " cannot be written as a FITS image");
        }
        Object kernel = a.ndim() == 1 ? flat : ArrayFuncs.curl(flat, a.shape());
        BasicHDU<?> hdu = nom.tam.fits.Fits.makeHDU(kernel);
        Header header = hdu.getHeader();
        if (bzero != null) {
            header.addValue("BSCALE", 1, "");
            header.addValue("BZERO", bzero, "");
        }
        if (h.header() != null) {
            for (Fits.Card c : h.header()) {
                if (c == null || c.key() == null) {
                    throw new IllegalArgumentException(where + ": a header card or its key is null");
                }
                String key = c.key().toUpperCase(java.util.Locale.ROOT);
                if (key.equals("SIMPLE") || key.equals("XTENSION") || key.equals("BITPIX") || key.startsWith("NAXIS")
                        || key.equals("EXTEND") || key.equals("PCOUNT") || key.equals("GCOUNT") || key.equals("END")
                        || key.equals("BSCALE") || key.equals("BZERO")) {
                    throw new IllegalArgumentException(where + ": header keyword " + key + " is set from the data and cannot be given");
                }
                String comment = c.comment() == null ? "" : c.comment();
                Object v = c.value();
                if (key.equals("COMMENT")) {
                    header.insertComment(String.valueOf(v));
                } else if (key.equals("HISTORY")) {
                    header.insertHistory(String.valueOf(v));
                } else if (v instanceof Boolean b) {
                    header.addValue(key, b, comment);
                } else if (v instanceof Number num) {
                    header.addValue(key, num, comment);
                } else if (v instanceof String s) {
                    header.addValue(key, s, comment);
                } else {
                    throw new IllegalArgumentException(where + ": header value of " + key + " must be a Boolean, Number or String, got "
                            + (v == null ? "null" : v.getClass().getSimpleName()));
                }
            }
        }
        return hdu;
    }
}
