package org.sciaccel.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;

/**
 * NumPy's {@code .npz} archives: {@code numpy.load} of an {@code .npz}, {@code numpy.savez} and
 * {@code numpy.savez_compressed}. An archive is a zip file with one {@code .npy} record per array,
 * named {@code <key>.npy}; this class reads and writes the records with {@link Npy}.
 *
 * <p>{@link #load(Path)} returns every array, keyed as NumPy's {@code NpzFile.files} keys them
 * (the entry name without {@code .npy}), in archive order. The whole archive is checked (zip
 * structure, each entry's CRC-32, each {@code .npy} record) before anything is returned, so a
 * corrupt or truncated archive gives a one-line {@link NpyFormatException} naming the file (and
 * the entry) and never part of the arrays.
 *
 * <p>Writing names positional arrays {@code arr_0, arr_1, ...} and appends {@code .npz} to a file
 * name that lacks it, as {@code numpy.savez} does; entries are stored ({@code savez}) or deflated
 * at zlib's default level ({@code savez_compressed}).
 */
public final class Npz {
    private Npz() {
    }

    /** Reads every array of an {@code .npz} archive, in archive order. */
    public static Map<String, HostArray> load(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        String source = path.toString();
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(source + ": is a directory, not a .npz file");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(source + ": no such file");
        }
        Map<String, HostArray> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                String key = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
                String where = source + "[" + name + "]";
                HostArray a = readEntry(zip, e, where);
                if (out.put(key, a) != null) {
                    throw new NpyFormatException(source + ": the archive holds the key '" + key + "' twice");
                }
            }
        } catch (ZipException e) {
            throw new NpyFormatException(source + ": not a .npz file (not a readable zip archive: " + e.getMessage()
                    + "; the file may be truncated)");
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (EOFException e) {
            throw new NpyFormatException(source + ": corrupt .npz file (the zip structure ends early: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Reads every array of an {@code .npz} archive onto {@code backend}, in archive order. */
    public static Map<String, NDArray> load(Path path, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: must not be null");
        }
        Map<String, HostArray> host = load(path);
        Map<String, NDArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, HostArray> e : host.entrySet()) {
            out.put(e.getKey(), NDArray.fromHost(backend, e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static HostArray readEntry(ZipFile zip, ZipEntry e, String where) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream raw = zip.getInputStream(e); CheckedInputStream in = new CheckedInputStream(raw, crc)) {
            HostArray a;
            try {
                a = Npy.read(in, where);
            } catch (UncheckedIOException u) {
                throw new NpyFormatException(where + ": corrupt entry data (" + u.getCause().getMessage() + ")");
            }
            byte[] rest = new byte[8192];
            long extra = 0;
            for (int n; (n = in.read(rest)) > 0;) {
                extra += n;
            }
            if (extra > 0) {
                throw new NpyFormatException(where + ": " + extra + " bytes follow the array's data");
            }
            if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
                throw new NpyFormatException(where + ": CRC-32 mismatch (the entry is corrupt)");
            }
            return a;
        } catch (ZipException | EOFException z) {
            throw new NpyFormatException(where + ": corrupt entry data (" + z.getMessage() + ")");
        }
    }

    /** {@code numpy.savez(path, **arrays)}: stored entries; returns the file written. */
    public static Path savez(Path path, Map<String, HostArray> arrays) {
        return write(path, arrays, false);
    }

    /** {@code numpy.savez(path, *arrays)}: entries {@code arr_0, arr_1, ...}; returns the file written. */
    public static Path savez(Path path, HostArray... arrays) {
        return write(path, positional(arrays), false);
    }

    /** {@code numpy.savez_compressed(path, **arrays)}: deflated entries; returns the file written. */
    public static Path savezCompressed(Path path, Map<String, HostArray> arrays) {
        return write(path, arrays, true);
    }

    /** {@code numpy.savez_compressed(path, *arrays)}; returns the file written. */
    public static Path savezCompressed(Path path, HostArray... arrays) {
        return write(path, positional(arrays), true);
    }

    /** Copies device arrays to the host and writes them as {@code numpy.savez} does. */
    public static Path savezArrays(Path path, Map<String, NDArray> arrays, boolean compressed) {
        if (arrays == null) {
            throw new IllegalArgumentException("arrays: must not be null");
        }
        Map<String, HostArray> host = new LinkedHashMap<>();
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("arrays: the value of '" + e.getKey() + "' is null");
            }
            host.put(e.getKey(), e.getValue().toHost());
        }
        return write(path, host, compressed);
    }

    private static Map<String, HostArray> positional(HostArray[] arrays) {
        if (arrays == null) {
            throw new IllegalArgumentException("arrays: must not be null");
        }
        Map<String, HostArray> m = new LinkedHashMap<>();
        for (int i = 0; i < arrays.length; i++) {
            m.put("arr_" + i, arrays[i]);
        }
        return m;
    }

    private static Path write(Path path, Map<String, HostArray> arrays, boolean compressed) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (arrays == null) {
            throw new IllegalArgumentException("arrays: must not be null");
        }
        List<String> keys = new ArrayList<>(arrays.keySet());
        for (String k : keys) {
            if (k == null || k.isEmpty()) {
                throw new IllegalArgumentException("arrays: a key is " + (k == null ? "null" : "empty"));
            }
            if (arrays.get(k) == null) {
                throw new IllegalArgumentException("arrays: the value of '" + k + "' is null");
            }
        }
        Path target = path.getFileName() != null && path.getFileName().toString().endsWith(".npz")
                ? path : path.resolveSibling(path.getFileName() + ".npz");
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String k : keys) {
                ByteArrayOutputStream rec = new ByteArrayOutputStream();
                Npy.write(rec, arrays.get(k));
                byte[] bytes = rec.toByteArray();
                ZipEntry e = new ZipEntry(k + ".npy");
                if (compressed) {
                    e.setMethod(ZipEntry.DEFLATED);
                } else {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    e.setCompressedSize(bytes.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(target + ": cannot write: no such directory "
                    + target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e, e);
        }
        return target;
    }
}
