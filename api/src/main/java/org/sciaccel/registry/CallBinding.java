package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the arguments after {@code call OP} to an op: the {@code .npy} files are its array
 * arguments in SciPy's order, {@code name=value} sets a parameter by SciPy's name. An array
 * argument may also be given by name as {@code input=@file.npy}. An argument is a parameter when
 * it starts with a name and {@code =} (a file whose name looks like that can be given as
 * {@code ./name=x.npy}). An op whose last array argument is a sequence (NumPy's {@code concatenate})
 * takes every further positional file into it, or {@code name=@a.npy,@b.npy}; an optional sequence ({@link OpSpec.Builder#variadicInput},
 * a formula's arrays) also takes none.
 *
 * <p>An op with keywords ({@link OpSpec#keywordType()}) takes {@code name=value} under names that
 * are not its parameters: such a value {@code @file.npy} is one more array argument (appended after
 * the positional files), recorded in the values as an {@link OpArgs.KeywordArray} of its index.
 */
public final class CallBinding {
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

    /**
     * The bound call.
     *
     * @param inputFiles one file per array argument of the op given, in order (optional ones at the end may be missing)
     * @param values     every parameter's value, defaults filled in, in the op's order
     */
    public record Bound(List<Path> inputFiles, Map<String, Object> values) {
    }

    private CallBinding() {
    }

    /**
     * Binds {@code args} to {@code op}.
     *
     * @throws UsageException for an unknown or repeated parameter, a value that does not parse, a
     *                        missing required parameter, or the wrong number of input files
     */
    public static Bound bind(OpSpec op, List<String> args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String a : args) {
            Matcher m = ASSIGNMENT.matcher(a);
            if (m.matches()) {
                if (named.put(m.group(1), m.group(2)) != null) {
                    throw new UsageException("parameter " + m.group(1) + " is given twice");
                }
            } else {
                positional.add(a);
            }
        }
        List<Path> files = new ArrayList<>(List.of(bindInputs(op, positional, named)));
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : op.params()) {
            String text = named.remove(p.name());
            if (text != null) {
                values.put(p.name(), p.parse(text));
            } else if (p.isRequired()) {
                throw new UsageException(op.name() + ": missing required parameter " + p.name()
                        + " (" + p.type().describe() + "), e.g. " + p.name() + "=...");
            } else {
                values.put(p.name(), p.defaultValue());
            }
        }
        if (op.keywordType() != null) {
            for (Map.Entry<String, String> k : named.entrySet()) {
                String text = k.getValue();
                if (text.startsWith("@") && text.length() > 1) {
                    values.put(k.getKey(), new OpArgs.KeywordArray(files.size()));
                    files.add(Path.of(text.substring(1)));
                } else if (text.isEmpty()) {
                    throw new UsageException(k.getKey() + "=: no value given; expected "
                            + op.keywordType().describe() + " or @file.npy");
                } else {
                    values.put(k.getKey(), op.keywordType().parse(k.getKey(), text));
                }
            }
            named.clear();
        }
        if (!named.isEmpty()) {
            String unknown = named.keySet().iterator().next();
            List<String> valid = new ArrayList<>(op.paramNames());
            List<String> close = Suggestions.closest(unknown, valid);
            throw new UsageException(op.name() + ": unknown parameter '" + unknown + "'"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                    + " valid parameters: " + String.join(", ", valid));
        }
        return new Bound(List.copyOf(files), values);
    }

    private static Path[] bindInputs(OpSpec op, List<String> positional, Map<String, String> named) {
        List<ArraySpec> inputs = op.inputs();
        Path[] files = new Path[inputs.size()];
        List<Path> sequence = new ArrayList<>();
        boolean hasSequence = !inputs.isEmpty() && inputs.get(inputs.size() - 1).sequence();
        for (int i = 0; i < inputs.size(); i++) {
            String byName = named.remove(inputs.get(i).name());
            if (byName != null) {
                // A sequence by name: name=@a.npy,@b.npy
                String[] parts = inputs.get(i).sequence() ? byName.split(",(?=@)") : new String[] {byName};
                for (String part : parts) {
                    if (!part.startsWith("@") || part.length() == 1) {
                        throw new UsageException(inputs.get(i).name() + "=" + byName + ": an array argument is given as "
                                + inputs.get(i).name() + "=@file.npy" + (inputs.get(i).sequence() ? "[,@file.npy...]" : "")
                                + " or as a positional file");
                    }
                    if (inputs.get(i).sequence()) {
                        sequence.add(Path.of(part.substring(1)));
                    } else {
                        files[i] = Path.of(part.substring(1));
                    }
                }
            }
        }
        int fixed = hasSequence ? files.length - 1 : files.length;
        int next = 0;
        for (String p : positional) {
            while (next < fixed && files[next] != null) {
                next++;
            }
            if (next < fixed) {
                files[next++] = Path.of(p);
            } else if (hasSequence) {
                sequence.add(Path.of(p));  // the files after the fixed arguments are the sequence
            } else {
                throw new UsageException(op.name() + " takes " + describeInputs(op) + "; got more files: "
                        + String.join(", ", positional));
            }
        }
        if (hasSequence) {
            if (sequence.isEmpty() && !inputs.get(inputs.size() - 1).optional()) {
                throw new UsageException(op.name() + " takes " + describeInputs(op) + "; "
                        + inputs.get(inputs.size() - 1).name() + " is missing (give one or more .npy files)");
            }
            List<Path> all = new ArrayList<>();
            for (int i = 0; i < files.length - 1; i++) {
                all.add(files[i]);
            }
            all.addAll(sequence);
            files = all.toArray(new Path[0]);
        }
        int given = files.length;
        while (given > op.requiredInputs() && files[given - 1] == null) {
            given--;
        }
        for (int i = 0; i < given; i++) {
            if (files[i] == null) {
                throw new UsageException(op.name() + " takes " + describeInputs(op) + "; "
                        + inputs.get(i).name() + " is missing (give a .npy file)");
            }
        }
        return java.util.Arrays.copyOf(files, given);
    }

    private static String describeInputs(OpSpec op) {
        List<String> names = new ArrayList<>();
        for (ArraySpec a : op.inputs()) {
            names.add(a.sequence() ? a.name() + "..." : a.name());
        }
        int n = names.size();
        int required = op.requiredInputs();
        return (required == n ? n + " input array" + (n == 1 ? "" : "s") : required + " to " + n + " input arrays")
                + " (" + String.join(", ", names) + ")";
    }
}
