package org.sciaccel.io;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Sinks;

/**
 * {@code scipy.io.loadmat} and {@code scipy.io.savemat} for MAT v5 files (MATLAB 5 to 7.2), through
 * the MFL library, with SciPy's conventions.
 *
 * <p>What {@link #loadmat} returns for each variable (the file's order; SciPy's
 * {@code __header__}, {@code __version__} and {@code __globals__} entries are left out):
 * <ul>
 * <li>numeric and logical arrays: a {@link HostArray} of MATLAB's class ({@code double} → float64,
 *     {@code single} → float32, {@code int8..uint64}, {@code logical} → bool, complex →
 *     complex128/complex64), in MATLAB's shape (at least 2-D) with the column-major data reordered
 *     to row-major; sparse matrices as dense arrays (SciPy gives a {@code csc_matrix});</li>
 * <li>char arrays: a {@code List<String>} of the rows ({@code chars_as_strings});</li>
 * <li>cell arrays: nested {@code List}s by the cell's shape, as {@code ndarray.tolist()} of
 *     SciPy's object array gives;</li>
 * <li>struct arrays: nested {@code List}s of {@code Map<String, Object>} (field order kept).</li>
 * </ul>
 * With {@code squeezeMe}, singleton dimensions are removed as {@code numpy.squeeze} does: a 1×1
 * array becomes a 0-d array, a one-row char array a {@code String}, a 1×1 cell its element and a
 * 1×1 struct its {@code Map}.
 *
 * <p>A MAT v4 file is read by a small reader of its own (MFL reads v5 only); v7.3 (HDF5) files are
 * refused. A corrupt or truncated file gives a one-line {@link FileFormatException} naming the file.
 */
public final class Mat {
    private Mat() {
    }

    /** {@code loadmat}'s keyword arguments. */
    public static final class Options {
        boolean squeezeMe;
        boolean appendmat = true;
        Set<String> variableNames;

        /** SciPy's defaults: {@code squeeze_me=False, appendmat=True}, every variable. */
        public static Options defaults() {
            return new Options();
        }

        public Options squeezeMe(boolean v) {
            squeezeMe = v;
            return this;
        }

        public Options appendmat(boolean v) {
            appendmat = v;
            return this;
        }

        /** Only these variables ({@code variable_names}); null for all. */
        public Options variableNames(Set<String> names) {
            variableNames = names == null ? null : Set.copyOf(names);
            return this;
        }
    }

    /** {@code scipy.io.loadmat(path)} with SciPy's defaults. */
    public static Map<String, Object> loadmat(Path path) {
        return loadmat(path, Options.defaults());
    }

    /** {@code scipy.io.loadmat(path, squeeze_me=..., appendmat=..., variable_names=...)}. */
    public static Map<String, Object> loadmat(Path path, Options options) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (options == null) {
            throw new IllegalArgumentException("options: must not be null");
        }
        Path p = path;
        if (!Files.exists(p) && options.appendmat && !p.toString().endsWith(".mat")) {
            p = p.resolveSibling(p.getFileName() + ".mat");
        }
        String source = p.toString();
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException(source + ": is a directory, not a MAT file");
        }
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(source + ": no such file");
        }
        int version = version(p, source);
        if (version == 4) {
            return MatV4.read(p, source, options);
        }
        if (version == 73) {
            throw new FileFormatException(source + ": MAT v7.3 (HDF5) files are not supported; save with -v7 or earlier");
        }
        checkV5Elements(p, source);
        Map<String, Object> out = new LinkedHashMap<>();
        try (Mat5File mat = Mat5.readFromFile(p.toFile())) {
            for (MatFile.Entry e : mat.getEntries()) {
                if (options.variableNames != null && !options.variableNames.contains(e.getName())) {
                    continue;
                }
                out.put(e.getName(), MatConvert.fromMat(e.getValue(), options.squeezeMe, source + ": variable '" + e.getName() + "'"));
            }
        } catch (FileFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage()).replace('\n', ' ');
            throw new FileFormatException(source + ": not a readable MAT v5 file (" + e.getClass().getSimpleName()
                    + ": " + msg + "; the file may be truncated or corrupt)");
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@code loadmat} with every array moved to {@code backend} (inside cells and structs too);
     * strings, lists and maps stay as they are.
     */
    public static Map<String, Object> loadmat(Path path, Options options, Backend backend) {
        if (backend == null) {
            throw new IllegalArgumentException("backend: must not be null");
        }
        Map<String, Object> host = loadmat(path, options);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : host.entrySet()) {
            out.put(e.getKey(), toBackend(e.getValue(), backend));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object toBackend(Object v, Backend backend) {
        if (v instanceof HostArray h) {
            return NDArray.fromHost(backend, h);
        }
        if (v instanceof List<?> l) {
            List<Object> r = new ArrayList<>(l.size());
            for (Object o : l) {
                r.add(toBackend(o, backend));
            }
            return r;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> r = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                r.put((String) e.getKey(), toBackend(e.getValue(), backend));
            }
            return r;
        }
        return v;
    }

    /** {@code scipy.io.savemat(path, mdict)}: {@code appendmat=True, oned_as='row'}, uncompressed. */
    public static Path savemat(Path path, Map<String, ?> mdict) {
        return savemat(path, mdict, true, false, true);
    }

    /**
     * {@code scipy.io.savemat(path, mdict, appendmat, do_compression, oned_as)}. Values may be
     * {@link HostArray}s or {@link NDArray}s (numeric, bool, complex), {@code String}s (char rows),
     * {@code Map<String, ?>} (1×1 structs) and {@code List<?>} (1×n cells), nested. Names that start
     * with {@code _} are skipped, as SciPy does; other names must be MATLAB identifiers.
     *
     * @param onedAsRow {@code oned_as='row'} (1×n) when true, {@code 'column'} (n×1) when false
     * @return the file written
     */
    public static Path savemat(Path path, Map<String, ?> mdict, boolean appendmat, boolean doCompression, boolean onedAsRow) {
        if (path == null) {
            throw new IllegalArgumentException("path: must not be null");
        }
        if (mdict == null) {
            throw new IllegalArgumentException("mdict: must not be null");
        }
        Path target = appendmat && !path.toString().endsWith(".mat") ? path.resolveSibling(path.getFileName() + ".mat") : path;
        Mat5File mat = Mat5.newMatFile();
        for (Map.Entry<String, ?> e : mdict.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("mdict: a variable name is " + (name == null ? "null" : "empty"));
            }
            if (name.charAt(0) == '_') {
                continue;
            }
            MatConvert.checkName(name, "mdict");
            mat.addArray(name, MatConvert.toMat(e.getValue(), onedAsRow, "mdict['" + name + "']"));
        }
        File file = target.toFile();
        if (target.toAbsolutePath().getParent() != null && !Files.isDirectory(target.toAbsolutePath().getParent())) {
            throw new IllegalArgumentException(target + ": cannot write: no such directory " + target.toAbsolutePath().getParent());
        }
        try (us.hebi.matlab.mat.types.Sink sink = Sinks.newStreamingFile(file, false)) {
            Mat5.newWriter(sink).setDeflateLevel(doCompression ? java.util.zip.Deflater.DEFAULT_COMPRESSION
                    : java.util.zip.Deflater.NO_COMPRESSION).writeMat(mat);
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write: " + e, e);
        }
        return target;
    }

    /** 4 for v4, 5 for v5, 73 for v7.3 (HDF5), as SciPy's {@code _get_matfile_version} decides. */
    private static int version(Path p, String source) {
        byte[] head = new byte[128];
        int n;
        try (var in = Files.newInputStream(p)) {
            n = in.readNBytes(head, 0, 128);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
        if (n < 4) {
            throw new FileFormatException(source + ": not a MAT file (it has " + n + " bytes)");
        }
        if (head[0] == 0 || head[1] == 0 || head[2] == 0 || head[3] == 0) {
            return 4;
        }
        if (n < 128) {
            throw new FileFormatException(source + ": not a MAT file (truncated: " + n + " bytes, a v5 header has 128)");
        }
        boolean le = head[126] == 'I' && head[127] == 'M';
        boolean be = head[126] == 'M' && head[127] == 'I';
        if (!le && !be) {
            throw new FileFormatException(source + ": not a MAT file (no 'IM'/'MI' endian mark at byte 126)");
        }
        int major = le ? head[125] & 0xFF : head[124] & 0xFF;
        if (major == 2) {
            return 73;
        }
        if (major != 1) {
            throw new FileFormatException(source + ": unknown MAT file version " + major);
        }
        return 5;
    }

    /**
     * Walks the top-level data elements after the 128-byte header: each must be whole, so a
     * truncated file is an error rather than the variables before the cut.
     */
    private static void checkV5Elements(Path p, String source) {
        long size;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p)) {
            size = ch.size();
            ByteBuffer head = ByteBuffer.allocate(2);
            ch.read(head, 126);
            ByteOrder order = head.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            long pos = 128;
            ByteBuffer tag = ByteBuffer.allocate(8).order(order);
            while (pos < size) {
                if (pos + 8 > size) {
                    throw new FileFormatException(source + ": truncated: the file ends inside the tag of the data element at byte " + pos);
                }
                tag.clear();
                ch.read(tag, pos);
                int type = tag.getInt(0);
                long bytes = tag.getInt(4) & 0xFFFFFFFFL;
                if ((type >>> 16) != 0) {
                    pos += 8; // small data element: type, size and data in 8 bytes
                    continue;
                }
                long end = pos + 8 + bytes;
                if (type != 15 && bytes % 8 != 0) {
                    end += 8 - bytes % 8;
                }
                if (pos + 8 + bytes > size) {
                    throw new FileFormatException(source + ": truncated: the data element at byte " + pos + " claims " + bytes
                            + " bytes but the file has " + (size - pos - 8) + " after its tag");
                }
                pos = Math.min(end, size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e, e);
        }
    }
}
