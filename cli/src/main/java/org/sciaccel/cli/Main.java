package org.sciaccel.cli;

import org.sciaccel.registry.UsageException;
import org.sciaccel.registry.Suggestions;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sciaccel} command: {@code info}, {@code ops}, {@code call}, {@code demo}.
 *
 * <p>Exit codes: 0 on success, {@value #EXIT_FAILURE} when reading data or computing fails,
 * {@value #EXIT_USAGE} when the command line does not fit (unknown command, op or parameter, a
 * value that does not parse). Every error is one line on stderr, {@code sciaccel: <message>};
 * {@code --debug} adds the stack trace.
 */
@Command(name = "sciaccel", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "SciPy's ndimage, fft, linalg and curve_fit on the JVM, on the CPU or on OpenCL devices.",
        subcommands = {InfoCommand.class, OpsCommand.class, CallCommand.class, DemoCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure while reading data or computing, 2 bad command line."})
public final class Main implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    private static final String PREFIX = "sciaccel: ";

    /**
     * Declared here (inherited by every command) so that picocli accepts it anywhere and lists it in
     * the help; {@link #run} reads it from the raw arguments, because it must also work when parsing fails.
     */
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new UsageException("missing command; one of: " + commandNames(spec.commandLine())
                + " (see 'sciaccel --help')");
    }

    /** Runs the CLI and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            // The demo draws its PNG with java.awt; there is no display to talk to.
            System.setProperty("java.awt.headless", "true");
        }
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the CLI in this JVM, writing to the given streams (UTF-8), and returns the exit code.
     * Never calls {@code System.exit}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debugRequested = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(o);
        cl.setErr(e);
        // "@file" arguments belong to "name=@file.npy"; picocli must not expand them as argument files.
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler((ex, a) -> report(e, usageMessage(ex, cl), ex, debugRequested, EXIT_USAGE));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> report(e, ErrorMessages.describe(ex), ex, debugRequested,
                ex instanceof UsageException ? EXIT_USAGE : EXIT_FAILURE));
        try {
            return cl.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    private static int report(PrintWriter err, String message, Throwable ex, boolean debug, int code) {
        err.println(PREFIX + ErrorMessages.oneLine(message));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String usageMessage(CommandLine.ParameterException ex, CommandLine root) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && ex.getCommandLine() == root
                && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            if (!word.startsWith("-")) {
                List<String> close = Suggestions.closest(word, root.getSubcommands().keySet());
                return "unknown command '" + word + "'"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                        + " commands: " + commandNames(root);
            }
        }
        return ex.getMessage();
    }

    private static String commandNames(CommandLine root) {
        return String.join(", ", new ArrayList<>(root.getSubcommands().keySet()));
    }
}
