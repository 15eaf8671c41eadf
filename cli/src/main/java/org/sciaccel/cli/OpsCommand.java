package org.sciaccel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sciaccel.registry.ArraySpec;
import org.sciaccel.registry.OpRegistry;
import org.sciaccel.registry.OpSpec;
import org.sciaccel.registry.ParamSpec;
import org.sciaccel.registry.SpiFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sciaccel ops}: the op catalogue - each op, its arrays, parameters with defaults, outputs
 * and the backends implementing it; {@code --markdown} prints the ops x backends table for the
 * README. Generated from the same registry {@code call} uses.
 */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "List the ops, their parameters and defaults, and the backends implementing them.")
final class OpsCommand implements Callable<Integer> {
    static final String YES = "\u2713";
    static final String NO = "\u2014";
    static final String UNKNOWN = "?";
    static final String HOST = "host";

    @Option(names = "--markdown", description = "Print the ops x backends table in Markdown (for the README).")
    boolean markdown;

    @Parameters(arity = "0..*", paramLabel = "OP", description = "Show only these ops.")
    List<String> only = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OpRegistry catalog = OpRegistry.standard();
        List<OpSpec> ops = new ArrayList<>();
        if (only.isEmpty()) {
            ops.addAll(catalog.all());
        } else {
            for (String name : only) {
                ops.add(catalog.require(name));
            }
        }
        List<BackendSupport.Status> backends = BackendSupport.probe();
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            printMarkdown(out, ops, backends);
        } else {
            printText(out, ops, backends);
        }
        return Main.EXIT_OK;
    }

    private static void printMarkdown(PrintWriter out, List<OpSpec> ops, List<BackendSupport.Status> backends) {
        StringBuilder header = new StringBuilder("| op |");
        StringBuilder rule = new StringBuilder("|---|");
        for (BackendSupport.Status b : backends) {
            header.append(' ').append(b.name()).append(" |");
            rule.append(":-:|");
        }
        out.println(header);
        out.println(rule);
        for (OpSpec op : ops) {
            StringBuilder row = new StringBuilder("| `").append(op.name()).append("` |");
            for (BackendSupport.Status b : backends) {
                String mark = !b.available() ? UNKNOWN : op.family() == SpiFamily.HOST ? HOST
                        : b.implementsOp(op.name()) ? YES : NO;
                row.append(' ').append(mark).append(" |");
            }
            out.println(row);
        }
        if (ops.stream().anyMatch(op -> op.family() == SpiFamily.HOST)) {
            out.println();
            out.println(HOST + ": computed on the host for every backend (the function is evaluated in the JVM, "
                    + "the iterations are sequential); array results are placed on the backend.");
        }
        for (BackendSupport.Status b : backends) {
            if (!b.available()) {
                out.println();
                out.println(UNKNOWN + ": the " + b.name() + " backend is not available on the machine that made this table ("
                        + ErrorMessages.oneLine(b.reason()) + ").");
            }
        }
    }

    private static void printText(PrintWriter out, List<OpSpec> ops, List<BackendSupport.Status> backends) {
        boolean first = true;
        for (OpSpec op : ops) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(op.name());
            out.println("  " + op.summary());
            out.println("  usage:    " + usage(op));
            int width = 0;
            for (ArraySpec a : op.inputs()) {
                width = Math.max(width, a.name().length());
            }
            for (ParamSpec p : op.params()) {
                width = Math.max(width, label(p).length());
            }
            for (ArraySpec a : op.outputs()) {
                width = Math.max(width, a.name().length());
            }
            String pad = " ".repeat(12);
            String head = "  arrays:   ";
            for (ArraySpec a : op.inputs()) {
                out.println(head + padRight(a.name(), width) + "  " + a.doc());
                head = pad;
            }
            head = "  params:   ";
            for (ParamSpec p : op.params()) {
                out.println(head + padRight(label(p), width) + "  " + p.doc() + " [" + p.type().describe() + "]");
                head = pad;
            }
            if (op.keywordType() != null) {
                out.println(head + padRight("NAME=...", width) + "  " + op.keywordDoc() + " ["
                        + op.keywordType().describe() + ", or @file.npy]");
                head = pad;
            }
            head = "  outputs:  ";
            for (ArraySpec a : op.outputs()) {
                out.println(head + padRight(a.name(), width) + "  " + a.doc());
                head = pad;
            }
            out.println("  backends: " + backendLine(op, backends));
        }
    }

    private static String usage(OpSpec op) {
        StringBuilder b = new StringBuilder("sciaccel call ").append(op.name());
        for (ArraySpec a : op.inputs()) {
            String file = a.name().toUpperCase(java.util.Locale.ROOT) + ".npy";
            b.append(' ').append(!a.sequence() ? file : a.optional() ? "[" + file + " ...]" : file + " ...");
        }
        for (ParamSpec p : op.params()) {
            if (p.isRequired()) {
                b.append(' ').append(p.name()).append("=...");
            }
        }
        return b.append(" [name=value ...]").toString();
    }

    private static String label(ParamSpec p) {
        return p.isRequired() ? p.name() + " (required)" : p.name() + "=" + p.defaultText();
    }

    private static String backendLine(OpSpec op, List<BackendSupport.Status> backends) {
        if (op.family() == SpiFamily.HOST) {
            return "computed on the host for every backend; array results are placed on the backend";
        }
        List<String> yes = BackendSupport.implementing(backends, op.name());
        List<String> no = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (BackendSupport.Status b : backends) {
            if (!b.available()) {
                unavailable.add(b.name());
            } else if (!b.implementsOp(op.name())) {
                no.add(b.name());
            }
        }
        StringBuilder s = new StringBuilder(yes.isEmpty() ? "none here" : String.join(", ", yes));
        if (!no.isEmpty()) {
            s.append("; not implemented on ").append(String.join(", ", no));
        }
        if (!unavailable.isEmpty()) {
            s.append("; not available here: ").append(String.join(", ", unavailable));
        }
        return s.toString();
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
