package org.sciaccel.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.HostArray;
import org.sciaccel.io.Images;
import org.sciaccel.io.Mat;
import org.sciaccel.io.Npy;
import org.sciaccel.io.Npz;

/**
 * The io writers' golden check {@code written_file}: the op wrote the file its {@code path_arg}
 * argument names (the manifest points it into the module's {@code target} folder) and returned its
 * size as {@code nbytes}; the file is then judged against what SciPy / NumPy / Pillow wrote or read,
 * as the expected output's {@code compare} says:
 * <ul>
 * <li>{@code bytes}: identical to the reference file {@code reference} (scipy.io.wavfile.write,
 * numpy.save, Pillow's BMP writer);</li>
 * <li>{@code pixels}: the image read back equals {@code npy} (Pillow's {@code asarray} of the same
 * array written by Pillow: for PNG/TIFF the array itself, for JPEG Pillow's own JPEG decoded);</li>
 * <li>{@code mat}: {@code loadmat} of the file gives each variable of {@code variables} (an .npy file,
 * or {@code {"text": [...]}} for a char array's rows) as SciPy's loadmat of SciPy's own file;</li>
 * <li>{@code npz}: {@code numpy.load} of the archive gives the members of {@code members} in order,
 * each equal to its .npy file.</li>
 * </ul>
 */
final class IoGoldenChecks {
    private IoGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("written_file", IoGoldenChecks::writtenFile);
    }

    @SuppressWarnings("unchecked")
    private static String writtenFile(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        Map<String, Object> e = (Map<String, Object>) c.expected().get("nbytes");
        String arg = (String) e.get("path_arg");
        Path file = null;
        for (String a : c.resolvedArgs()) {
            if (a.startsWith(arg + "=@")) {
                file = Path.of(a.substring(arg.length() + 2));
            }
        }
        if (file == null) {
            return "no " + arg + "=@path argument";
        }
        List<String> problems = new ArrayList<>();
        try {
            long size = Files.size(file);
            if (!(got.get("nbytes") instanceof Number n) || n.longValue() != size) {
                problems.add("nbytes " + got.get("nbytes") + " but the file has " + size + " bytes");
            }
            switch ((String) e.get("compare")) {
                case "bytes": {
                    byte[] ref = Files.readAllBytes(c.dir().resolve((String) e.get("reference")));
                    byte[] mine = Files.readAllBytes(file);
                    if (!Arrays.equals(ref, mine)) {
                        int i = Arrays.mismatch(ref, mine);
                        problems.add("the file differs from " + e.get("reference") + " from byte " + i + " (" + mine.length
                                + " bytes, the reference " + ref.length + ")");
                    }
                    break;
                }
                case "pixels":
                    same(problems, "image", Npy.read(c.dir().resolve((String) e.get("npy"))), Images.imread(file));
                    break;
                case "mat": {
                    Map<String, Object> m = Mat.loadmat(file);
                    Map<String, Object> vars = (Map<String, Object>) e.get("variables");
                    if (!List.copyOf(vars.keySet()).equals(List.copyOf(m.keySet()))) {
                        problems.add("variables " + m.keySet() + ", SciPy's " + vars.keySet());
                        break;
                    }
                    for (Map.Entry<String, Object> v : vars.entrySet()) {
                        if (v.getValue() instanceof Map<?, ?> t) {
                            if (!t.get("text").equals(m.get(v.getKey()))) {
                                problems.add(v.getKey() + ": " + m.get(v.getKey()) + ", SciPy's " + t.get("text"));
                            }
                        } else if (m.get(v.getKey()) instanceof HostArray h) {
                            same(problems, v.getKey(), Npy.read(c.dir().resolve((String) v.getValue())), h);
                        } else {
                            problems.add(v.getKey() + ": read as " + m.get(v.getKey()) + ", expected an array");
                        }
                    }
                    break;
                }
                case "npz": {
                    Map<String, HostArray> z = Npz.load(file);
                    Map<String, Object> members = (Map<String, Object>) e.get("members");
                    if (!List.copyOf(members.keySet()).equals(List.copyOf(z.keySet()))) {
                        problems.add("members " + z.keySet() + ", NumPy's " + members.keySet());
                        break;
                    }
                    for (Map.Entry<String, Object> v : members.entrySet()) {
                        same(problems, v.getKey(), Npy.read(c.dir().resolve((String) v.getValue())), z.get(v.getKey()));
                    }
                    break;
                }
                default:
                    problems.add("unknown compare '" + e.get("compare") + "'");
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (IllegalArgumentException ex) {
            problems.add("the written file does not read back: " + ex.getMessage());
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static void same(List<String> problems, String what, HostArray expected, HostArray got) {
        if (!HostArrays.identical(expected, got)) {
            problems.add(what + ": read back as " + got + ", expected " + expected);
        }
    }
}
