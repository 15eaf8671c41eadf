package org.sciaccel.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of a golden manifest (schema {@value GoldenManifests#SCHEMA}): an op by its qualified
 * name, the arguments exactly as they would follow {@code sciaccel call OP} (array files as
 * {@code name=@file.npy}, paths relative to the manifest's folder), SciPy's outputs by SciPy's
 * names, and the check that compares them. The generators write these lines through
 * {@code golden/golden_manifest.py}; the keys are documented there.
 *
 * @param id       the case id, unique across all manifests
 * @param op       the registry name, e.g. {@code ndimage.gaussian_filter}
 * @param args     the CLI arguments, {@code @} paths relative to {@code dir}
 * @param seeded   array arguments generated from a seed instead of stored ({@link SeededInputs})
 * @param expected output name to what SciPy returned: a path ({@code .npy}) or an object
 * @param check    the name of the comparison in {@link GoldenChecks}
 * @param raises   for a case where SciPy raises: text the error message must contain (the parameter's
 *                 name, usually); {@code expected} is then empty. Null otherwise.
 * @param dir      the manifest's folder
 * @param source   the manifest file and line, for messages
 */
record GoldenCall(String id, String op, List<String> args, Map<String, Map<String, Object>> seeded,
        Map<String, Object> expected, String check, String raises, Path dir, String source) {

    @SuppressWarnings("unchecked")
    static GoldenCall fromJson(Map<String, Object> json, Path dir, String source) {
        for (String key : new String[] {"id", "op", "args"}) {
            if (json.get(key) == null) {
                throw new IllegalArgumentException(source + ": missing key '" + key + "'");
            }
        }
        List<String> args = new ArrayList<>();
        for (Object a : (List<Object>) json.get("args")) {
            args.add((String) a);
        }
        Map<String, Map<String, Object>> seeded = new LinkedHashMap<>();
        Object s = json.get("seeded");
        if (s != null) {
            ((Map<String, Object>) s).forEach((k, v) -> seeded.put(k, (Map<String, Object>) v));
        }
        String raises = (String) json.get("raises");
        if ((raises == null) == (json.get("expected") == null)) {
            throw new IllegalArgumentException(source + ": a case has either 'expected' or 'raises'");
        }
        Map<String, Object> expected = raises == null ? (Map<String, Object>) json.get("expected") : Map.of();
        String check = json.get("check") == null ? GoldenChecks.DEFAULT : (String) json.get("check");
        return new GoldenCall((String) json.get("id"), (String) json.get("op"), Collections.unmodifiableList(args),
                seeded, Collections.unmodifiableMap(expected), check, raises, dir, source);
    }

    /** The arguments with every {@code @relative} path made absolute against the manifest's folder. */
    List<String> resolvedArgs() {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0 && a.startsWith("@", eq + 1)) {
                // one file, or a sequence argument's list name=@a.npy,@b.npy
                List<String> files = new ArrayList<>();
                for (String f : a.substring(eq + 1).split(",(?=@)")) {
                    files.add("@" + dir.resolve(f.substring(1)));
                }
                out.add(a.substring(0, eq + 1) + String.join(",", files));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** How the case reads on the command line, e.g. {@code ndimage.sobel input=@x.npy axis=0 [sobel-003]}. */
    String describe() {
        return op + " " + String.join(" ", args) + (seeded.isEmpty() ? "" : " seeded=" + seeded.keySet())
                + " [" + id + "]";
    }

    @Override
    public String toString() {
        return describe();
    }
}
