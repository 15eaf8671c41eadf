package org.sciaccel.cli;

import org.sciaccel.registry.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Warnings;
import org.sciaccel.registry.ArraySpec;
import org.sciaccel.registry.CallBinding;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpOutputs;
import org.sciaccel.registry.OpSpec;
import org.sciaccel.io.Npy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sciaccel call OP [--backend NAME] [--out DIR] [--repeat N] INPUT.npy ... [name=value ...]}:
 * runs one op of the catalogue on {@code .npy} files, writes each array result to
 * {@code DIR/<name>.npy} and prints one JSON object
 * {@code {"op","backend","device","seconds","outputs"}}.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Run one op on .npy files and print a JSON summary.",
                "Values: numbers, true/false, none, strings, comma lists (sigma=2,1.5), name=@file.npy for arrays."},
        footer = {"", "'sciaccel ops' lists the ops with their parameters and defaults.", "Example:",
                "  sciaccel call ndimage.gaussian_filter image.npy sigma=3 mode=nearest --out results"})
final class CallCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OP", description = "SciPy's qualified name, e.g. ndimage.gaussian_filter")
    String op;

    @Parameters(index = "1..*", paramLabel = "ARG",
            description = "INPUT.npy files (the op's array arguments in SciPy's order) and name=value parameters")
    List<String> args = new ArrayList<>();

    @Option(names = "--backend", paramLabel = "NAME",
            description = "Backend to run on (default: sciaccel.backend, SCIACCEL_BACKEND, else the best available).")
    String backend;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Directory for the result files (default: the current directory).")
    Path out;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Report the median time of N runs, after one warm-up run (default: 1).")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OpSpec opSpec = OpRegistry.standard().require(op);
        CallBinding.Bound bound = CallBinding.bind(opSpec, args);
        if (repeat < 1) {
            throw new UsageException("--repeat=" + repeat + ": must be at least 1");
        }
        refuseOverwritingInputs(opSpec);
        Backend be = selectBackend();

        List<NDArray> inputs = new ArrayList<>();
        try (Warnings.Collector warnings = Warnings.collect()) {
            for (Path file : bound.inputFiles()) {
                HostArray host = Npy.read(file);
                inputs.add(NDArray.fromHost(be, host));
            }
            OpTimer.Timed<OpOutputs> timed = OpTimer.time(be, repeat,
                    () -> opSpec.invoke(be, inputs, bound.values()), OpOutputs::close);
            try (OpOutputs outputs = timed.result()) {
                // The inputs are not needed any more: free them before the outputs are copied to
                // the host, so that a call's peak is its inputs plus its outputs and not also a
                // host copy of each output (SciPy's test_large_array, a 2.1 GB int64 convolve2d,
                // ran the CPU backend out of the default heap in that copy).
                closeInputsNotReturned(inputs, outputs);
                Map<String, Object> written = write(outputs);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("op", opSpec.name());
                json.put("backend", be.name());
                json.put("device", be.device());
                json.put("seconds", timed.seconds());
                json.put("outputs", written);
                // SciPy's warnings: one line each on stderr (a --repeat run warns once), and in the JSON.
                List<String> said = warnings.warnings().stream().map(Warnings.Warning::toString).distinct().toList();
                for (String w : said) {
                    spec.commandLine().getErr().println("sciaccel: warning: " + w);
                }
                if (!said.isEmpty()) {
                    json.put("warnings", said);
                }
                spec.commandLine().getOut().println(Json.object(json));
            }
        } finally {
            for (NDArray a : inputs) {
                a.close();
            }
        }
        return Main.EXIT_OK;
    }

    /**
     * Refuses, before anything runs, a call whose output file ({@code DIR/<name>.npy}, for every
     * output the op may return) is one of the files it reads: writing the result would destroy the
     * input, e.g. {@code sciaccel call ndimage.gaussian_filter result.npy sigma=3} in the folder
     * that holds result.npy.
     */
    private void refuseOverwritingInputs(OpSpec opSpec) {
        List<Path> read = new ArrayList<>();
        for (String a : args) {
            int at = a.indexOf("=@");
            read.add(Path.of(at > 0 ? a.substring(at + 2) : a));
        }
        for (ArraySpec o : opSpec.outputs()) {
            Path target = out.resolve(o.name() + ".npy");
            for (Path in : read) {
                if (sameFile(target, in)) {
                    throw new UsageException("output " + o.name() + " would overwrite the input " + in
                            + "; give another folder with --out");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the textual comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private Backend selectBackend() {
        try {
            return backend == null ? Backends.defaultBackend() : Backends.get(backend);
        } catch (IllegalArgumentException e) {
            // An unknown or unavailable name is a command-line problem; the message lists the available ones.
            String source = backend != null ? "--backend " + backend
                    : "backend '" + Backends.configuredName() + "' (set by " + Backends.BACKEND_PROPERTY + " or "
                            + Backends.BACKEND_ENV + ")";
            throw new UsageException(source + ": " + e.getMessage().replaceFirst("^backend: ", ""), e);
        }
    }

    /** Closes the inputs, except one the op returned as an output itself. */
    private static void closeInputsNotReturned(List<NDArray> inputs, OpOutputs outputs) {
        for (NDArray in : inputs) {
            boolean returned = false;
            for (Object v : outputs.values().values()) {
                returned |= v == in;
            }
            if (!returned) {
                in.close();
            }
        }
    }

    /**
     * Writes array outputs to DIR/&lt;name&gt;.npy; returns name to path (arrays) or value (scalars).
     * All or nothing: each array goes to a temporary file in DIR first, and only when every one is
     * complete are they renamed to their names, so a full disk or an unwritable second output leaves
     * no output (and no truncated file) behind.
     */
    private Map<String, Object> write(OpOutputs outputs) {
        Map<String, Object> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("--out " + out + ": cannot create the directory (" + e + ")", e);
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Object> e : outputs.values().entrySet()) {
                if (e.getValue() instanceof NDArray a) {
                    Path file = out.resolve(e.getKey() + ".npy");
                    if (Files.isDirectory(file)) {
                        throw new UncheckedIOException(new IOException(file + ": cannot write output " + e.getKey()
                                + ", a directory of that name is in the way"));
                    }
                    Path part = Files.createTempFile(out, "." + e.getKey() + ".npy.", ".part");
                    // Ctrl-C while writing: the JVM's exit removes the partial file (after a rename, nothing).
                    part.toFile().deleteOnExit();
                    staged.put(part, file);
                    Npy.write(part, a.toHost());
                    written.put(e.getKey(), file.toString());
                } else {
                    written.put(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<Path, Path> f : staged.entrySet()) {
                Files.move(f.getKey(), f.getValue(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            staged.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("--out " + out + ": cannot write the outputs (" + e + ")", e);
        } finally {
            for (Path part : staged.keySet()) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the error being reported is the one that matters
                }
            }
        }
        return written;
    }
}
