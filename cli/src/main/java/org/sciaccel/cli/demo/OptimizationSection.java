package org.sciaccel.cli.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sciaccel.cli.ErrorMessages;
import org.sciaccel.optimize.BasinhoppingOptions;
import org.sciaccel.optimize.DifferentialEvolutionOptions;
import org.sciaccel.optimize.EquationSystem;
import org.sciaccel.optimize.MinimizeOptions;
import org.sciaccel.optimize.MinimizeScalarOptions;
import org.sciaccel.optimize.Objective;
import org.sciaccel.optimize.Optimize;
import org.sciaccel.optimize.OptimizeResult;
import org.sciaccel.optimize.RootOptions;

/**
 * The lecture notes' optimisation rows (data README, sections 2.8 and 4) through the library, each
 * next to the notes' number and to SciPy 1.10.1's answer given the C library's sin; then the
 * six-hump camelback: local minima from a grid of starts, differential evolution and basin hopping,
 * plotted on the function's surface.
 *
 * <p>Why two SciPy columns: the notes' digits were printed by NumPy builds whose sin is SIMD code
 * (SVML), which differs from the C library's sin in the last bit for most x; Java's Math.sin is the
 * C library's, and SciPy given {@code math.sin} returns exactly the third column.
 */
public final class OptimizationSection implements DemoSection {
    static final String PNG = "camelback.png";
    static final String CAMELBACK = "(4 - 2.1*x**2 + x**4/3)*x**2 + x*y + (4*y**2 - 4)*y**2";
    /** The notes' global minimum value (data README section 2.8). */
    static final double CAMELBACK_MIN = -1.0316284534898774;
    private static final Objective LECTURE = Objective.formula("x**2 + 10*sin(x)", "x");

    /** One row: what is computed, the notes' value, SciPy's with math.sin, and how sciaccel computes it. */
    private record Row(String what, double notes, double scipy, Supplier<Double> run) {
    }

    @Override
    public String title() {
        return "Optimisation: the lecture notes' minimisers and root finders (scipy.optimize)";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        out.println("  f(x) = x**2 + 10*sin(x); the six-hump camelback g(x, y) = " + CAMELBACK);
        TextTable table = new TextTable("call", ">lecture notes", ">SciPy (math.sin)", ">sciaccel", "agrees");
        for (Row r : rows()) {
            String value;
            String verdict;
            try {
                double v = r.run().get();
                value = fmt(v);
                boolean same = Math.abs(v - r.scipy()) <= 1e-10 * Math.max(1, Math.abs(r.scipy()));
                verdict = same ? "yes" : "NO";
                if (!same) {
                    ctx.fail(r.what() + ": " + fmt(v) + " where SciPy gives " + fmt(r.scipy()));
                }
            } catch (RuntimeException e) {
                value = "failed";
                verdict = "NO";
                ctx.fail(r.what() + ": " + ErrorMessages.of(e));
            }
            table.row(r.what(), fmt(r.notes()), fmt(r.scipy()), value, verdict);
        }
        table.lines("  ").forEach(out::println);
        out.println("  (the notes' digits come from NumPy's SIMD sin; given the C library's sin, as Java's,"
                + " SciPy returns the third column)");
        camelback(ctx, out);
        out.flush();
    }

    private static List<Row> rows() {
        // jac=None as the notes call it: SciPy's differences, where a formula's default is its symbolic gradient
        MinimizeOptions bfgs = MinimizeOptions.options().method("BFGS").jac(MinimizeOptions.Jac.NONE);
        MinimizeOptions lbfgsb = MinimizeOptions.options().method("L-BFGS-B").jac(MinimizeOptions.Jac.NONE);
        Objective quadratic = Objective.formula("(x0 - 1)**2 + (x1 - 2)**2", "x0", "x1");
        EquationSystem three = EquationSystem.formula("x**2 + y**2 - 1; y - x; y - x**2", "x", "y");
        return List.of(
                new Row("minimize_scalar bounds=(-2, -1): x", -1.306440997029541, -1.3064409970312618,
                        () -> Optimize.minimizeScalar(LECTURE, MinimizeScalarOptions.options().bounds(-2, -1)
                                .method("bounded")).x()[0]),
                new Row("minimize BFGS x0=0: x", -1.306440125427213, -1.3064401160169776,
                        () -> Optimize.minimize(LECTURE, new double[] {0}, bfgs).x()[0]),
                new Row("minimize L-BFGS-B x0=0: x", -1.3064401445446694, -1.3064401502942506,
                        () -> Optimize.minimize(LECTURE, new double[] {0}, lbfgsb).x()[0]),
                new Row("minimize L-BFGS-B x0=3: x", 3.837467116775843, 3.8374670868890486,
                        () -> Optimize.minimize(LECTURE, new double[] {3}, lbfgsb).x()[0]),
                new Row("minimize bounds=(0, 10) x0=1: x", 0.0, 0.0,
                        () -> Optimize.minimize(LECTURE, new double[] {1}, MinimizeOptions.options()
                                .jac(MinimizeOptions.Jac.NONE).bounds(new org.sciaccel.optimize.Bounds(new double[] {0}, new double[] {10}))).x()[0]),
                new Row("brute [-10, 10) step 0.1, fmin polish", -1.306411132812531, -1.306411132812531,
                        () -> Optimize.brute(LECTURE, new double[][] {{-10, 10, 0.1}}, 20,
                                (f, x) -> Optimize.minimize(f, x, MinimizeOptions.options().method("Nelder-Mead")))
                                .x0()[0]),
                new Row("fminbound (0, 10)", 3.837467119498474, 3.8374671194983834,
                        () -> Optimize.fminbound(x -> x * x + 10 * Math.sin(x), 0, 10)),
                new Row("root x0=1", 0.0, 0.0, () -> Optimize.root(EquationSystem.formula("x**2 + 10*sin(x)", "x"),
                        new double[] {1}).x()[0]),
                new Row("root x0=-2.5", -2.479481833541344, -2.479481833541344,
                        () -> Optimize.root(EquationSystem.formula("x**2 + 10*sin(x)", "x"), new double[] {-2.5}).x()[0]),
                new Row("minimize (x0-1)**2 + (x1-2)**2: fun", 1.705780445775116e-16, 1.705780445775116e-16,
                        () -> Optimize.minimize(quadratic, new double[] {0, 0},
                                MinimizeOptions.options().jac(MinimizeOptions.Jac.NONE)).fun()),
                new Row("root lm circle, line, parabola: x", 0.7609606621115266, 0.7609606621115266,
                        () -> Optimize.root(three, new double[] {1, 1}, RootOptions.options().method("lm")).x()[0]),
                new Row("root lm circle, line, parabola: y", 0.6601773647421628, 0.6601773647421628,
                        () -> Optimize.root(three, new double[] {1, 1}, RootOptions.options().method("lm")).x()[1]));
    }

    /** Local minima from a grid of starts, the two global methods, and the plot. */
    private static void camelback(DemoContext ctx, PrintWriter out) {
        Objective g = Objective.formula(CAMELBACK, "x", "y");
        List<double[]> minima = new ArrayList<>();
        try {
            OptimizeResult origin = Optimize.minimize(g, new double[] {0, 0},
                    MinimizeOptions.options().jac(MinimizeOptions.Jac.NONE));
            out.printf(Locale.ROOT, "  camelback from (0, 0): x = (%s, %s) after %d iterations and %d evaluations "
                    + "(a saddle point: BFGS stops at once, as SciPy does)%n", fmt(origin.x()[0]), fmt(origin.x()[1]),
                    origin.nit(), origin.nfev());
            // BFGS with the formula's symbolic gradient, to a tight gtol so the minima print to 10 digits
            MinimizeOptions local = MinimizeOptions.options().method("BFGS").option("gtol", 1e-10);
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 4; j++) {
                    OptimizeResult r = Optimize.minimize(g, new double[] {-1.5 + 0.6 * i, -0.75 + 0.5 * j}, local);
                    if (r.success() && Math.abs(r.x()[0]) <= 2 && Math.abs(r.x()[1]) <= 1 && isNew(minima, r.x())) {
                        minima.add(new double[] {r.x()[0], r.x()[1], r.fun()});
                    }
                }
            }
            minima.sort((a, b) -> Double.compare(a[2], b[2]));
            out.printf(Locale.ROOT, "  %d local minima from a 6 x 4 grid of BFGS starts:%n", minima.size());
            for (double[] m : minima) {
                out.printf(Locale.ROOT, "    (%+.10f, %+.10f)  g = %+.13f%n", m[0], m[1], m[2]);
            }
            OptimizeResult de = Optimize.differentialEvolution(g, new double[][] {{-2, 2}, {-1, 1}},
                    DifferentialEvolutionOptions.options().seed(0));
            OptimizeResult bh = Optimize.basinhopping(g, new double[] {1.5, 0.5}, BasinhoppingOptions.options().niter(50)
                    .seed(0));
            out.printf(Locale.ROOT, "  differential_evolution seed=0: (%s, %s), g = %s%n", fmt(de.x()[0]), fmt(de.x()[1]),
                    fmt(de.fun()));
            out.printf(Locale.ROOT, "  basinhopping from (1.5, 0.5), niter=50, seed=0: (%s, %s), g = %s%n",
                    fmt(bh.x()[0]), fmt(bh.x()[1]), fmt(bh.fun()));
            for (OptimizeResult r : List.of(de, bh)) {
                if (!(Math.abs(r.fun() - CAMELBACK_MIN) <= 1e-9)) {
                    ctx.fail("camelback: a global method found g = " + fmt(r.fun()) + ", not " + fmt(CAMELBACK_MIN));
                }
            }
            BufferedImage png = plot(minima, new double[][] {de.x(), bh.x()});
            Path target = ctx.output(PNG);
            ImageFiles.writePng(png, target);
            out.printf(Locale.ROOT, "  wrote %s (%d x %d)%n", target, png.getWidth(), png.getHeight());
        } catch (RuntimeException e) {
            ctx.fail("camelback: " + ErrorMessages.of(e));
        }
    }

    private static boolean isNew(List<double[]> found, double[] x) {
        for (double[] m : found) {
            if (Math.hypot(m[0] - x[0], m[1] - x[1]) < 1e-4) {
                return false;
            }
        }
        return true;
    }

    static double camelback(double x, double y) {
        return (4 - 2.1 * x * x + x * x * x * x / 3) * x * x + x * y + (4 * y * y - 4) * y * y;
    }

    /** The surface as a colour map with contour lines, the local minima as circles, the global finds as crosses. */
    static BufferedImage plot(List<double[]> minima, double[][] globals) {
        int w = 800;
        int h = 400;
        int left = 50;
        int top = 40;
        int right = 20;
        int bottom = 40;
        int pw = w - left - right;
        int ph = h - top - bottom;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double[][] v = new double[ph][pw];
        for (int j = 0; j < ph; j++) {
            for (int i = 0; i < pw; i++) {
                v[j][i] = camelback(-2 + 4.0 * (i + 0.5) / pw, 1 - 2.0 * (j + 0.5) / ph);
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        for (int j = 0; j < ph; j++) {
            for (int i = 0; i < pw; i++) {
                // log scale above the minimum, so the shallow basins show; a contour every quarter decade
                double t = Math.log10(v[j][i] - CAMELBACK_MIN + 0.01);
                boolean contour = i + 1 < pw && j + 1 < ph
                        && (level(t) != level(Math.log10(v[j][i + 1] - CAMELBACK_MIN + 0.01))
                            || level(t) != level(Math.log10(v[j + 1][i] - CAMELBACK_MIN + 0.01)));
                img.setRGB(left + i, top + j, contour ? 0x303030 : colour((t + 2) / 3.0));
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("six-hump camelback: local minima (circles), differential evolution and basin hopping (crosses)",
                left, 25);
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int k = 0; k <= 4; k++) {
            g.drawString(String.format(Locale.ROOT, "%.0f", -2.0 + k), left + pw * k / 4 - 4, top + ph + 15);
        }
        for (int k = 0; k <= 2; k++) {
            g.drawString(String.format(Locale.ROOT, "%.0f", 1.0 - k), left - 20, top + ph * k / 2 + 4);
        }
        g.setStroke(new BasicStroke(2f));
        for (double[] m : minima) {
            int px = left + (int) Math.round(pw * (m[0] + 2) / 4);
            int py = top + (int) Math.round(ph * (1 - m[1]) / 2);
            g.setColor(Color.WHITE);
            g.drawOval(px - 6, py - 6, 12, 12);
        }
        g.setColor(new Color(230, 30, 30));
        for (double[] x : globals) {
            int px = left + (int) Math.round(pw * (x[0] + 2) / 4);
            int py = top + (int) Math.round(ph * (1 - x[1]) / 2);
            g.drawLine(px - 9, py - 9, px + 9, py + 9);
            g.drawLine(px - 9, py + 9, px + 9, py - 9);
        }
        g.dispose();
        return img;
    }

    private static int level(double t) {
        return (int) Math.floor(t * 4);
    }

    /** A dark-blue to yellow ramp for t in [0, 1]. */
    private static int colour(double t) {
        double c = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 * Math.min(1, Math.max(0, 1.6 * c - 0.4)));
        int gr = (int) Math.round(255 * Math.min(1, 0.15 + 0.85 * c));
        int b = (int) Math.round(255 * Math.max(0, 0.55 - 0.55 * c + 0.25 * Math.sin(Math.PI * c)));
        return (r << 16) | (gr << 8) | b;
    }

    private static String fmt(double v) {
        return Double.toString(v);
    }
}
