package org.sciaccel.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.io.Fits;
import org.sciaccel.io.Images;
import org.sciaccel.io.Mat;
import org.sciaccel.io.Npy;
import org.sciaccel.io.Npz;
import org.sciaccel.io.WavFile;

/**
 * More file ops on the CLI, beside {@link IoFileEntries}: readers of one array or one text
 * ({@code io.imread}, {@code numpy.load} of a {@code .npy}, {@code io.fits.getheader} as the header's
 * text) and the writers ({@code io.wavfile.write}, {@code io.imwrite}, {@code io.savemat},
 * {@code numpy.save}, {@code numpy.savez}, {@code numpy.savez_compressed}). File names are given as
 * {@code name=@path} (or a plain path). SciPy's and NumPy's writers return nothing; here each returns
 * {@code nbytes}, the size of the file written, so that a call has a result to print.
 */
public final class IoReadWriteEntries implements OpEntries {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** A MAT variable given as a keyword: an array as {@code @file.npy}, an int, a float, or else a text (char array). */
    static final ParamType MAT_VALUE = new ParamType() {
        @Override
        public String describe() {
            return "a variable: an array as @file.npy, an int (int64) or float (float64) scalar, or a text (char array)";
        }

        @Override
        public Object parse(String param, String text) {
            String t = text.trim();
            if (INTEGER.matcher(t).matches()) {
                try {
                    return new HostArray(DType.INT64, new int[0], new long[] {Long.parseLong(t.startsWith("+") ? t.substring(1) : t)});
                } catch (NumberFormatException e) {
                    throw new UsageException(param + "=" + text + ": " + t + " is out of the int64 range");
                }
            }
            try {
                double v = ParamTypes.parseReal(param, t);
                return new HostArray(DType.FLOAT64, new int[0], new double[] {v});
            } catch (UsageException notANumber) {
                return text;
            }
        }
    };

    /** An array of an archive: only {@code @file.npy}. */
    static final ParamType ARRAY_ONLY = new ParamType() {
        @Override
        public String describe() {
            return "an array as @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            throw new UsageException(param + "=" + text + ": an archive member must be an array given as @file.npy");
        }
    };

    private static final ParamSpec URI = ParamSpec.required("uri", ParamTypes.STRING, "the image file, as @path (or a plain path)");

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("io.imread")
                .summary("Reads a PNG, JPEG, TIFF (first page) or BMP image as numpy.asarray(PIL.Image.open(uri)).")
                .param(URI)
                .output("result", "the image: (H, W) or (H, W, bands), Pillow's dtype for the file's mode")
                .invoker(a -> OpOutputs.result(NDArray.fromHost(a.backend(), Images.imread(path("uri", a.text("uri"))))))
                .build());
        registry.add(OpSpec.builder("io.fits.getheader")
                .summary("A FITS HDU's header as repr(astropy.io.fits.getheader(filename, ext)): its card images, one a line.")
                .param(ParamSpec.required("filename", ParamTypes.STRING, "the file, as @path (or a plain path)"))
                .param(ParamSpec.optional("ext", ParamTypes.INT, "0", "the HDU index"))
                .output("header", "the 80-character cards, one a line, END left out")
                .invoker(a -> new OpOutputs().text("header",
                        Fits.getheaderText(path("filename", a.text("filename")), a.integer("ext"))))
                .build());
        registry.add(OpSpec.builder("numpy.load")
                .summary("Reads a .npy file (an .npz archive, one array per member, is read from Java: Npz.load).")
                .param(ParamSpec.required("file", ParamTypes.STRING, "the .npy file, as @path (or a plain path)"))
                .output("result", "the array")
                .invoker(a -> {
                    Path p = path("file", a.text("file"));
                    if (isZip(p)) {
                        throw new IllegalArgumentException("file: " + p + " is an .npz archive; its members are one output each,"
                                + " which this op cannot declare (read it from Java with Npz.load)");
                    }
                    return OpOutputs.result(NDArray.fromHost(a.backend(), Npy.read(p)));
                }).build());
        registry.add(OpSpec.builder("io.wavfile.write")
                .summary("Writes a WAV file as scipy.io.wavfile.write (the same bytes); returns the file's size.")
                .input("data", "the samples: (n,) mono or (n, channels); uint8, int16, int32, int64, float32 or float64")
                .param(ParamSpec.required("filename", ParamTypes.STRING, "the file to write, as @path (or a plain path)"))
                .param(ParamSpec.required("rate", ParamTypes.INT, "samples per second"))
                .output("nbytes", "the size of the file written (SciPy returns None)")
                .invoker(a -> {
                    Path p = path("filename", a.text("filename"));
                    WavFile.write(p, a.integer("rate"), a.input(0).toHost());
                    return written(p);
                }).build());
        registry.add(OpSpec.builder("io.imwrite")
                .summary("Writes an image (.png, .tif/.tiff, .bmp, .jpg/.jpeg by the extension) that Pillow reads back; returns the size.")
                .input("im", "the image: uint8 (H, W[, 2|3|4]); uint16/int32 (H, W) (PNG, TIFF); float32 (H, W) (TIFF); bool (H, W) (BMP)")
                .param(URI)
                .output("nbytes", "the size of the file written (imageio returns None)")
                .invoker(a -> {
                    Path p = path("uri", a.text("uri"));
                    Images.imwrite(p, a.input(0).toHost());
                    return written(p);
                }).build());
        registry.add(OpSpec.builder("io.savemat")
                .summary("Writes a MAT v5 file as scipy.io.savemat; each keyword is a variable (mdict); returns the size.")
                .variadicInput("arrays", "the array variables, given as keywords name=@file.npy")
                .param(ParamSpec.required("file_name", ParamTypes.STRING, "the file to write, as @path (or a plain path)"))
                .param(ParamSpec.optional("appendmat", ParamTypes.BOOL, "true", "append .mat when the name has no extension"))
                .param(ParamSpec.optional("do_compression", ParamTypes.BOOL, "false", "compress the variables"))
                .param(ParamSpec.optional("oned_as", ParamTypes.STRING, "row", "1-D arrays as a row or a column"))
                .keywords(MAT_VALUE, "a variable: name=@file.npy, name=3, name=2.5 or name=text")
                .output("nbytes", "the size of the file written (SciPy returns None)")
                .invoker(a -> {
                    String oned = a.text("oned_as").toLowerCase(Locale.ROOT);
                    if (!oned.equals("row") && !oned.equals("column")) {
                        throw new IllegalArgumentException("oned_as: must be 'row' or 'column', got '" + a.text("oned_as") + "'");
                    }
                    Map<String, Object> mdict = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> k : a.keywords().entrySet()) {
                        Object v = k.getValue();
                        mdict.put(k.getKey(), v instanceof OpArgs.KeywordArray ka ? a.input(ka.input()).toHost() : v);
                    }
                    if (a.inputs().size() != countArrays(a)) {
                        throw new IllegalArgumentException("arrays: every variable needs a name (name=@file.npy); "
                                + (a.inputs().size() - countArrays(a)) + " positional array(s) given");
                    }
                    Path p = Mat.savemat(path("file_name", a.text("file_name")), mdict, a.flag("appendmat"),
                            a.flag("do_compression"), oned.equals("row"));
                    return written(p);
                }).build());
        registry.add(OpSpec.builder("numpy.save")
                .summary("Writes one array as a .npy file (numpy.save: .npy appended when missing); returns the size.")
                .input("arr", "the array")
                .param(ParamSpec.required("file", ParamTypes.STRING, "the file to write, as @path (or a plain path)"))
                .output("nbytes", "the size of the file written (NumPy returns None)")
                .invoker(a -> {
                    Path p = path("file", a.text("file"));
                    if (!p.toString().endsWith(".npy")) {
                        p = Path.of(p + ".npy");
                    }
                    Npy.write(p, a.input(0));
                    return written(p);
                }).build());
        for (boolean compressed : new boolean[] {false, true}) {
            registry.add(OpSpec.builder(compressed ? "numpy.savez_compressed" : "numpy.savez")
                    .summary("Writes arrays into an .npz archive (" + (compressed ? "deflated" : "stored")
                            + "; keywords by name, then positional ones as arr_0, arr_1, ...; .npz appended when missing); returns the size.")
                    .variadicInput("args", "arrays stored as arr_0, arr_1, ... (positional @file.npy), or by keyword name=@file.npy")
                    .param(ParamSpec.required("file", ParamTypes.STRING, "the archive to write, as @path (or a plain path)"))
                    .keywords(ARRAY_ONLY, "an array stored under its keyword: name=@file.npy")
                    .output("nbytes", "the size of the archive written (NumPy returns None)")
                    .invoker(a -> {
                        Map<String, NDArray> arrays = new LinkedHashMap<>();
                        boolean[] byKeyword = new boolean[a.inputs().size()];
                        Map<String, NDArray> named = new LinkedHashMap<>();
                        for (Map.Entry<String, Object> k : a.keywords().entrySet()) {
                            OpArgs.KeywordArray ka = (OpArgs.KeywordArray) k.getValue();
                            byKeyword[ka.input()] = true;
                            named.put(k.getKey(), a.input(ka.input()));
                        }
                        List<NDArray> positional = new ArrayList<>();
                        for (int i = 0; i < byKeyword.length; i++) {
                            if (!byKeyword[i]) {
                                positional.add(a.input(i));
                            }
                        }
                        // NumPy's order: the keywords, then arr_0, arr_1, ...
                        arrays.putAll(named);
                        for (int i = 0; i < positional.size(); i++) {
                            if (arrays.containsKey("arr_" + i)) {
                                throw new IllegalArgumentException("args: cannot use un-named variables and keyword arr_" + i);
                            }
                            arrays.put("arr_" + i, positional.get(i));
                        }
                        Path p = Npz.savezArrays(path("file", a.text("file")), arrays, compressed);
                        return written(p);
                    }).build());
        }
    }

    private static int countArrays(OpArgs a) {
        int n = 0;
        for (Object v : a.keywords().values()) {
            if (v instanceof OpArgs.KeywordArray) {
                n++;
            }
        }
        return n;
    }

    private static OpOutputs written(Path p) {
        try {
            return new OpOutputs().scalar("nbytes", Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": cannot read back the file's size: " + e, e);
        }
    }

    private static boolean isZip(Path p) {
        byte[] head = new byte[4];
        try (java.io.InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(head, 0, 4) == 4 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false; // Npy.read reports a missing or unreadable file
        }
    }

    static Path path(String param, String text) {
        String t = text.startsWith("@") ? text.substring(1) : text;
        if (t.isEmpty()) {
            throw new IllegalArgumentException(param + ": no file given; expected " + param + "=@path");
        }
        return Path.of(t);
    }
}
