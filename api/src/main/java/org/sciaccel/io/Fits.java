package org.sciaccel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.ImageHDU;
import nom.tam.util.ArrayFuncs;
import nom.tam.util.Cursor;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * {@code astropy.io.fits.getdata}, {@code getheader} and {@code writeto} for image HDUs (the primary
 * HDU and IMAGE extensions), through the nom-tam-fits library.
 *
 * <p>Data come back in NumPy's axis order ({@code (NAXISn, ..., NAXIS1)}, row-major) with BSCALE,
 * BZERO and BLANK applied as astropy applies them: BITPIX 16/32/64 with {@code BSCALE = 1} and
 * {@code BZERO = 2^(bits-1)} become {@code uint16/uint32/uint64}, BITPIX 8 with {@code BZERO = -128}
 * becomes {@code int8}; other scaled integer data become float32 (BITPIX 8, 16) or float64 (32, 64),
 * computed in that type ({@code raw * BSCALE + BZERO}), with BLANK values as NaN; float data are
 * scaled in their own type. Unscaled data keep their BITPIX type ({@code uint8, int16, int32, int64,
 * float32, float64}).
 *
 * <p>A corrupt or truncated file gives a one-line {@link FileFormatException} naming the file.
 */
public final class Fits {
    private Fits() {
    }

    /** A header card: keyword, value ({@code Boolean}, {@code Long}, {@code Double}, {@code String} or null) and comment. */
    public record Card(String key, Object value, String comment) {
    }

    /** An image HDU to write: the data (null for none) and extra header cards. */
    public record Hdu(HostArray data, List<Card> header) {
    }

    private static final Set<String> STRUCTURAL = Set.of("SIMPLE", "XTENSION", "BITPIX", "NAXIS", "EXTEND", "PCOUNT",
            "GCOUNT", "END", "BSCALE", "BZERO");

    /**
     * {@code fits.getdata(path)}: the primary HDU's data, or the first extension's when the primary
     * has none.
     */
    public static HostArray getdata(Path path) {
        List<BasicHDU<?>> hdus = read(path);
        String source = path.toString();
        HostArray d = data(hdus.get(0), source, 0);
        if (d == null && hdus.size() > 1) {
            d = data(hdus.get(1), source, 1);
        }
        if (d == null) {
            throw new IllegalArgumentException(source + ": no data in this HDU");
        }
        return d;
    }

    /** {@code fits.getdata(path, ext)}. */
    public static HostArray getdata(Path path, int ext) {
        List<BasicHDU<?>> hdus = read(path);
        BasicHDU<?> hdu = hdu(hdus, ext, path.toString());
        HostArray d = data(hdu, path.toString(), ext);
        if (d == null) {
            throw new IllegalArgumentException(path + ": no data in HDU " + ext);
        }
        return d;
    }

    /** {@code fits.getdata(path, extname)}: the first HDU whose EXTNAME is {@code extname} (case-insensitive). */
    public static HostArray getdata(Path path, String extname) {
        if (extname == null) {
            throw new IllegalArgumentException("extname: must not be null");
        }
        return getdata(path, extIndex(read(path), extname, path.toString()));
    }

    /** {@code fits.getdata} onto {@code backend}. */
    public static NDArray getdata(Path path, int ext, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: must not be null");
        }
        return NDArray.fromHost(backend, getdata(path, ext));
    }

    /** {@code fits.getheader(path, ext)}: every card, in order (END left out). */
    public static List<Card> getheader(Path path, int ext) {
        List<BasicHDU<?>> hdus = read(path);
        Header h = hdu(hdus, ext, path.toString()).getHeader();
        List<Card> out = new ArrayList<>();
        Cursor<String, HeaderCard> it = h.iterator();
        while (it.hasNext()) {
            HeaderCard c = it.next();
            String key = c.getKey();
            if (key.equals("END")) {
                continue;
            }
            Object v;
            if (c.isCommentStyleCard()) {
                v = c.getComment();
                out.add(new Card(key, v, null));
                continue;
            }
            Class<?> t = c.valueType();
            if (t == Boolean.class) {
                v = c.getValue(Boolean.class, null);
            } else if (c.isIntegerType()) {
                v = c.getValue(Long.class, null);
            } else if (c.isDecimalType()) {
                v = c.getValue(Double.class, null);
            } else {
                v = c.getValue();
            }
            out.add(new Card(key, v, c.getComment()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@code repr(fits.getheader(path, ext))}: the header's 80-character card images as the file holds them,
     * one a line, END left out (astropy's {@code Header.tostring(sep='\n', endcard=False, padding=False)}).
     */
    public static String getheaderText(Path path, int ext) {
        List<BasicHDU<?>> hdus = read(path);
        Header h = hdu(hdus, ext, path.toString()).getHeader();
        long at = h.getFileOffset();
        StringBuilder out = new StringBuilder();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path)) {
            java.nio.ByteBuffer card = java.nio.ByteBuffer.allocate(80);
            for (long pos = at; ; pos += 80) {
                card.clear();
                while (card.hasRemaining()) {
                    if (ch.read(card, pos + card.position()) < 0) {
                        throw new FileFormatException(path + ": truncated header of HDU " + ext);
                    }
                }
                String image = new String(card.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (image.startsWith("END     ") || image.equals("END" + " ".repeat(77))) {
                    break;
                }
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e, e);
        }
        return out.toString();
    }

    /** {@code fits.getheader(path)}: the primary header. */
    public static List<Card> getheader(Path path) {
        return getheader(path, 0);
    }

    /** {@code fits.writeto(path, data, overwrite=...)}: one primary HDU. */
    public static void writeto(Path path, HostArray data, boolean overwrite) {
        if (data == null) {
            throw new IllegalArgumentException("data: must not be null");
        }
        writeto(path, List.of(new Hdu(data, List.of())), overwrite);
    }

    /** {@code HDUList([PrimaryHDU, ImageHDU, ...]).writeto(path, overwrite=...)}. */
    public static void writeto(Path path, List<Hdu> hdus, boolean overwrite) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (hdus == null || hdus.isEmpty()) {
            throw new IllegalArgumentException("hdus: must hold at least one HDU");
        }
        if (Files.exists(path) && !overwrite) {
            throw new IllegalArgumentException(path + ": file exists; pass overwrite=true to replace it");
        }
        nom.tam.fits.Fits f = new nom.tam.fits.Fits();
        try {
            for (int i = 0; i < hdus.size(); i++) {
                Hdu h = hdus.get(i);
                if (h == null) {
                    throw new IllegalArgumentException("hdus: HDU " + i + " is null");
                }
                f.addHDU(FitsImages.makeHdu(h, "hdus[" + i + "]"));
            }
            if (path.toAbsolutePath().getParent() != null && !Files.isDirectory(path.toAbsolutePath().getParent())) {
                throw new IllegalArgumentException(path + ": cannot write: no such directory " + path.toAbsolutePath().getParent());
            }
            Files.deleteIfExists(path);
            f.write(path.toFile());
        } catch (FitsException e) {
            throw new IllegalArgumentException(path + ": cannot write FITS: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write: " + e, e);
        }
    }

    // ---- reading ----

    private static List<BasicHDU<?>> read(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(source + ": is a directory, not a FITS file");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(source + ": no such file");
        }
        FitsImages.checkStructure(path, source);
        try (nom.tam.fits.Fits f = new nom.tam.fits.Fits(path.toFile())) {
            BasicHDU<?>[] hdus = f.read();
            if (hdus == null || hdus.length == 0) {
                throw new FileFormatException(source + ": not a FITS file (no HDU could be read)");
            }
            List<BasicHDU<?>> out = new ArrayList<>();
            for (BasicHDU<?> h : hdus) {
                // Load the data now, so a short file fails here and not later.
                h.getKernel();
                out.add(h);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileFormatException ffe) {
                throw ffe;
            }
            throw new FileFormatException(source + ": not a readable FITS file (" + String.valueOf(e.getMessage()).replace('\n', ' ')
                    + ")");
        }
    }

    private static BasicHDU<?> hdu(List<BasicHDU<?>> hdus, int ext, String source) {
        if (ext < 0 || ext >= hdus.size()) {
            throw new IllegalArgumentException("ext: " + ext + " is out of range; " + source + " has " + hdus.size() + " HDUs");
        }
        return hdus.get(ext);
    }

    private static int extIndex(List<BasicHDU<?>> hdus, String extname, String source) {
        for (int i = 0; i < hdus.size(); i++) {
            String n = hdus.get(i).getHeader().getStringValue("EXTNAME");
            if (n != null && n.trim().equalsIgnoreCase(extname)) {
                return i;
            }
        }
        throw new IllegalArgumentException("extname: " + source + " has no extension named '" + extname + "'");
    }

    private static HostArray data(BasicHDU<?> hdu, String source, int ext) {
        if (!(hdu instanceof ImageHDU)) {
            if (hdu.getKernel() == null) {
                return null;
            }
            throw new IllegalArgumentException(source + ": HDU " + ext + " is a " + hdu.getClass().getSimpleName()
                    + "; only image HDUs are supported");
        }
        return FitsImages.scaled(hdu, source, ext);
    }

    static DType dtypeOf(HostArray a) {
        return a.dtype();
    }
}
