package org.sciaccel.numpy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy 1.24's loop lists ({@code ufunc.types}) for every ufunc of the numpy namespace, read from the
 * resource {@code ufunc-loops.txt} that {@code tools/generate_ufunc_tables.py} generates from the real
 * NumPy (never edited by hand). Loops over types sciaccel lacks (longdouble, object, datetime) are not in
 * it.
 */
final class UfuncLoops {
    private static final String RESOURCE = "ufunc-loops.txt";

    /** One ufunc: its operand counts and loops in NumPy's order. */
    record Entry(String name, int nin, int nout, List<UfuncLoop> loops) {
    }

    private static final Map<String, Entry> ENTRIES = load();
    /** NumPy's other names of ufuncs (np.true_divide is np.divide in 1.24, whose __name__ is 'divide'). */
    private static final Map<String, String> ALIASES = Map.of("true_divide", "divide", "conj", "conjugate",
            "abs", "absolute", "mod", "remainder", "bitwise_not", "invert", "degrees", "rad2deg", "radians", "deg2rad");

    private UfuncLoops() {
    }

    /** The ufunc named {@code name} (NumPy's {@code __name__} or an alias such as {@code true_divide}), or null. */
    static Entry get(String name) {
        return ENTRIES.get(ALIASES.getOrDefault(name, name));
    }

    /** Every ufunc name in the table. */
    static java.util.Set<String> names() {
        return Collections.unmodifiableSet(ENTRIES.keySet());
    }

    /** scipy.special's ufuncs the engine runs (their loops in SciPy 1.10's order), read after NumPy's. */
    private static final String SPECIAL_RESOURCE = "special-ufunc-loops.txt";

    private static Map<String, Entry> load() {
        Map<String, Entry> out = new HashMap<>();
        read(RESOURCE, out);
        read(SPECIAL_RESOURCE, out);
        return Map.copyOf(out);
    }

    private static void read(String resource, Map<String, Entry> out) {
        final String RESOURCE = resource;
        try (InputStream in = UfuncLoops.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource org/sciaccel/numpy/" + RESOURCE + " is missing from the api jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split(" ");
                List<UfuncLoop> loops = new ArrayList<>();
                for (int i = 3; i < f.length; i++) {
                    loops.add(UfuncLoop.parse(f[0], f[i]));
                }
                out.put(f[0], new Entry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), List.copyOf(loops)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading org/sciaccel/numpy/" + RESOURCE, e);
        }
    }
}
