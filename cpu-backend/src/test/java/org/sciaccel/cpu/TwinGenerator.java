package org.sciaccel.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every double-precision twin ({@code CpuXxxD.java}) from its float master
 * ({@code CpuXxxF.java}): Java has no generics over primitive types, so each pair is one source
 * kept once. Run through {@code tools/generate-twins.sh}; {@code TwinsUpToDateTest} fails the
 * build when a committed twin differs from what this writes. Self-contained (JDK only) so that the
 * script can run it as a single source file. The master is ordinary float code plus the markers
 * listed below; every unmarked line goes through {@code RULES} in order.
 */
// Markers, read line by line in the master:
//   //D code                      a line only the twin has, copied verbatim without the marker
//                                 (the master sees a comment); a bare //D is an empty line
//   //F comment (whole line)      a line only the master has
//   code //F (at the line's end)  likewise
//   // twin: float only           starts lines only the master has, up to
//   // twin: end
//   word/*D:text*/                the twin has text where the master has word (a constant tuned
//                                 per precision, say); text is copied verbatim
public final class TwinGenerator {
    /** The masters, relative to the main source root. */
    public static final List<String> MASTERS = List.of(
            "org/sciaccel/cpu/fft/CpuFftPlanF.java",
            "org/sciaccel/cpu/fft/CpuFftFourStepF.java",
            "org/sciaccel/cpu/fft/CpuLaneFftF.java",
            "org/sciaccel/cpu/fft/CpuLaneLinesF.java",
            "org/sciaccel/cpu/fft/CpuLaneFourStepF.java",
            "org/sciaccel/cpu/linalg/CpuGemmF.java");

    /** The first line of every twin; also how a twin is told from a hand-written file. */
    public static final String HEADER_PREFIX = "// GENERATED from ";

    /** One derivation rule: a regular expression and its replacement. */
    private static final class Rule {
        final Pattern pattern;
        final String replacement;

        Rule(String regex, String replacement) {
            this.pattern = Pattern.compile(regex);
            this.replacement = replacement;
        }
    }

    /** The float-to-double rules, applied in this order to every unmarked line, code and comments alike. */
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        for (String master : MASTERS) {
            String name = baseName(master);
            RULES.add(new Rule("\\b" + name + "\\b", twinBaseName(name)));
        }
        // Vector API types and species.
        RULES.add(new Rule("\\bFloatVector\\b", "DoubleVector"));
        RULES.add(new Rule("\\bFloat\\b", "Double"));
        // Casts to float round a double value in the master; the twin keeps the double.
        RULES.add(new Rule("\\(float\\) ", ""));
        RULES.add(new Rule("\\bfloat\\b", "double"));
        RULES.add(new Rule("\\bfloats\\b", "doubles"));
        RULES.add(new Rule("\\bFloats\\b", "Doubles"));
        // Float literals: 0.5f -> 0.5, 1e-3f -> 1e-3, 0f -> 0.0.
        RULES.add(new Rule("\\b(\\d+\\.\\d*|\\d+(?:\\.\\d*)?[eE][+-]?\\d+)[fF]\\b", "$1"));
        RULES.add(new Rule("(^|[^\\w.])(\\d+)[fF]\\b", "$1$2.0"));
        // Dtypes and the words of javadoc.
        RULES.add(new Rule("\\bFLOAT32\\b", "FLOAT64"));
        RULES.add(new Rule("\\bCOMPLEX64\\b", "COMPLEX128"));
        RULES.add(new Rule("\\bfloat32\\b", "float64"));
        RULES.add(new Rule("\\bcomplex64\\b", "complex128"));
        RULES.add(new Rule("\\bSingle-precision\\b", "Double-precision"));
        RULES.add(new Rule("\\bsingle-precision\\b", "double-precision"));
        RULES.add(new Rule("\\bsingle precision\\b", "double precision"));
    }

    private static final Pattern INLINE = Pattern.compile("[\\w.]+/\\*D:(.*?)\\*/");
    private static final Pattern TWIN_LINE = Pattern.compile("^(\\s*)//D(?: (.*))?$");
    private static final Pattern MASTER_LINE = Pattern.compile("^\\s*//F(?: .*)?$|\\s//F$");
    private static final String FLOAT_ONLY = "// twin: float only";
    private static final String END = "// twin: end";

    private TwinGenerator() {
    }

    /** {@code CpuXxxF} of {@code .../CpuXxxF.java}. */
    static String baseName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".java".length());
    }

    /** {@code CpuXxxD} for {@code CpuXxxF}. */
    static String twinBaseName(String masterBase) {
        if (!masterBase.endsWith("F")) {
            throw new IllegalArgumentException("a master's name ends in F: " + masterBase);
        }
        return masterBase.substring(0, masterBase.length() - 1) + "D";
    }

    /** The twin's path for a master's path (same folder). */
    public static String twinPath(String masterPath) {
        String base = baseName(masterPath);
        return masterPath.substring(0, masterPath.length() - base.length() - ".java".length()) + twinBaseName(base)
                + ".java";
    }

    /** The twin's text for a master's text; {@code masterFile} names the master in the header. */
    public static String generate(String master, String masterFile) {
        StringBuilder out = new StringBuilder();
        out.append(HEADER_PREFIX).append(masterFile)
                .append(" by tools/generate-twins.sh — do not edit; edit the master and regenerate.\n");
        String[] lines = master.split("\n", -1);
        boolean floatOnly = false;
        int blockStart = 0;
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.equals(FLOAT_ONLY)) {
                if (floatOnly) {
                    throw new IllegalArgumentException(masterFile + ":" + (i + 1) + ": nested '" + FLOAT_ONLY + "'");
                }
                floatOnly = true;
                blockStart = i + 1;
                continue;
            }
            if (trimmed.equals(END)) {
                if (!floatOnly) {
                    throw new IllegalArgumentException(masterFile + ":" + (i + 1) + ": '" + END + "' without a start");
                }
                floatOnly = false;
                continue;
            }
            if (floatOnly || MASTER_LINE.matcher(line).find()) {
                continue;
            }
            Matcher twin = TWIN_LINE.matcher(line);
            if (twin.matches()) {
                out.append(twin.group(2) == null ? "" : twin.group(1) + twin.group(2)).append('\n');
                continue;
            }
            out.append(translate(line)).append('\n');
        }
        if (floatOnly) {
            throw new IllegalArgumentException(masterFile + ":" + blockStart + ": '" + FLOAT_ONLY + "' never ends");
        }
        return out.toString();
    }

    /** One unmarked line: the rules outside inline markers, each marker's text verbatim. */
    private static String translate(String line) {
        StringBuilder b = new StringBuilder();
        Matcher m = INLINE.matcher(line);
        int at = 0;
        while (m.find()) {
            b.append(applyRules(line.substring(at, m.start()))).append(m.group(1));
            at = m.end();
        }
        return b.append(applyRules(line.substring(at))).toString();
    }

    private static String applyRules(String s) {
        for (Rule r : RULES) {
            s = r.pattern.matcher(s).replaceAll(r.replacement);
        }
        return s;
    }

    /** Every twin as it should be: twin path (relative to {@code sourceRoot}) and text, in {@link #MASTERS} order. */
    public static List<String[]> generateAll(Path sourceRoot) {
        List<String[]> twins = new ArrayList<>();
        for (String master : MASTERS) {
            try {
                String text = Files.readString(sourceRoot.resolve(master), StandardCharsets.UTF_8);
                twins.add(new String[] {twinPath(master), generate(text, baseName(master) + ".java")});
            } catch (IOException e) {
                throw new UncheckedIOException("reading the master " + master, e);
            }
        }
        return twins;
    }

    /**
     * {@code TwinGenerator SOURCE_ROOT [--check]}: writes every twin under the main source root, or
     * with {@code --check} only reports stale twins and exits 1 if there is one.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--check"))) {
            System.err.println("usage: TwinGenerator SOURCE_ROOT [--check]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        boolean check = args.length == 2;
        int stale = 0;
        for (String[] twin : generateAll(root)) {
            Path file = root.resolve(twin[0]);
            String now = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (twin[1].equals(now)) {
                continue;
            }
            if (check) {
                System.err.println("stale: " + twin[0]);
                stale++;
            } else {
                Files.writeString(file, twin[1], StandardCharsets.UTF_8);
                System.out.println("wrote " + twin[0]);
            }
        }
        if (stale > 0) {
            System.exit(1);
        }
    }
}
