package org.sciaccel.cli.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.IvpEvent;
import org.sciaccel.integrate.IvpOptions;
import org.sciaccel.integrate.IvpResult;

/**
 * solve_ivp on the lecture notes' two examples (the data README, section 4), against their exact
 * solutions: dy/dt = -2y with RK45 at 50 times on [0, 4], and the damped spring (m = 0.5, k = 4,
 * c = 0.4) with every method at 100 times on [0, 10]; then the stiff Van der Pol oscillator
 * (mu = 1000) with Radau and BDF, and the spring's zero crossings as events. Runs on the host
 * (solve_ivp's methods are sequential); writes ode_solutions.png.
 */
public final class OdeSection implements DemoSection {
    static final String PNG = "ode_solutions.png";
    private static final double ZETA = 0.1414213562373095;
    private static final double W0 = 2.8284271247461903;
    private static final String SPRING = "y1; -2*zeta*w0*y1 - w0**2*y0";

    @Override
    public String title() {
        return "ODEs: solve_ivp on the lecture's decay and damped spring against the exact solutions";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        double[] td = linspace(0, 4, 50);
        IvpResult decay = Integrate.solveIvp("-2*y0", new double[] {0, 4}, new double[] {1},
                IvpOptions.options().tEval(td));
        DoubleUnaryOperator decayExact = t -> Math.exp(-2 * t);
        out.printf(Locale.ROOT, "  dy/dt = -2y, RK45: y(4) = %s (SciPy 0.00033696455683381043, exact %s), "
                + "max |error| %.3g, nfev %d%n", decay.y()[0][49], decayExact.applyAsDouble(4),
                maxError(decay, decayExact), decay.nfev());
        double[] ts = linspace(0, 10, 100);
        DoubleUnaryOperator springExact = OdeSection::springExact;
        TextTable table = new TextTable("damped spring", ">y(10)", ">max |error|", ">nfev", ">njev", ">nlu");
        IvpResult rk45 = null;
        for (String m : List.of("RK45", "RK23", "DOP853", "Radau", "BDF")) {
            IvpResult r = Integrate.solveIvp(SPRING, new double[] {0, 10}, new double[] {1, 0},
                    IvpOptions.options().method(m).tEval(ts).arg("zeta", ZETA).arg("w0", W0));
            if (m.equals("RK45")) {
                rk45 = r;
            }
            table.row(m, Double.toString(r.y()[0][99]), String.format(Locale.ROOT, "%.3g", maxError(r, springExact)),
                    Integer.toString(r.nfev()), Integer.toString(r.njev()), Integer.toString(r.nlu()));
        }
        table.row("exact", Double.toString(springExact.applyAsDouble(10)), "", "", "", "");
        for (String line : table.lines("  ")) {
            out.println(line);
        }
        IvpResult crossings = Integrate.solveIvp(SPRING, new double[] {0, 10}, new double[] {1, 0},
                IvpOptions.options().method("DOP853").rtol(1e-10).atol(1e-12).arg("zeta", ZETA).arg("w0", W0)
                        .events(IvpEvent.formula("y0").direction(-1), IvpEvent.formula("y0 + 0.5").terminal(true)));
        out.printf(Locale.ROOT, "  spring, DOP853 with events: downward zero crossings at %s; stops where y0 = -0.5 at t = %.12f%n",
                fmt(crossings.tEvents().get(0)), crossings.t()[crossings.t().length - 1]);
        TextTable stiff = new TextTable("Van der Pol mu=1000, [0, 3000]", ">steps", ">nfev", ">njev", ">nlu", ">y0(3000)");
        for (String m : List.of("Radau", "BDF")) {
            IvpResult r = Integrate.solveIvp("y1; mu*(1 - y0**2)*y1 - y0", new double[] {0, 3000}, new double[] {2, 0},
                    IvpOptions.options().method(m).arg("mu", 1000));
            stiff.row(m, Integer.toString(r.t().length - 1), Integer.toString(r.nfev()), Integer.toString(r.njev()),
                    Integer.toString(r.nlu()), Double.toString(r.y()[0][r.t().length - 1]));
        }
        for (String line : stiff.lines("  ")) {
            out.println(line);
        }
        BufferedImage png = new BufferedImage(1120, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = png.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, png.getWidth(), png.getHeight());
        panel(g, 0, 560, 360, decay.t(), decay.y()[0], decayExact, "dy/dt = -2y (RK45) and exp(-2t)");
        panel(g, 560, 560, 360, rk45.t(), rk45.y()[0], springExact, "damped spring (RK45) and the exact x(t)");
        g.dispose();
        Path target = ctx.output(PNG);
        ImageFiles.writePng(png, target);
        out.printf(Locale.ROOT, "  wrote %s (%d x %d)%n", target, png.getWidth(), png.getHeight());
        out.flush();
    }

    static double springExact(double t) {
        double wd = W0 * Math.sqrt(1 - ZETA * ZETA);
        return Math.exp(-ZETA * W0 * t) * (Math.cos(wd * t) + ZETA / Math.sqrt(1 - ZETA * ZETA) * Math.sin(wd * t));
    }

    private static double maxError(IvpResult r, DoubleUnaryOperator exact) {
        double m = 0;
        for (int k = 0; k < r.t().length; k++) {
            m = Math.max(m, Math.abs(r.y()[0][k] - exact.applyAsDouble(r.t()[k])));
        }
        return m;
    }

    private static String fmt(double[] v) {
        StringBuilder s = new StringBuilder();
        for (double x : v) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", x));
        }
        return s.toString();
    }

    private static double[] linspace(double a, double b, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = a + (b - a) * i / (n - 1);
        }
        return v;
    }

    private static void panel(Graphics2D g, int x0, int w, int h, double[] t, double[] y, DoubleUnaryOperator exact,
            String title) {
        int left = x0 + 50;
        int right = x0 + w - 20;
        int top = 40;
        int bottom = h - 40;
        double ymin = -1;
        double ymax = 1;
        double tmax = t[t.length - 1];
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(title, left, 25);
        int zero = bottom - (int) Math.round((bottom - top) * (0 - ymin) / (ymax - ymin));
        g.drawLine(left, zero, right, zero);
        g.drawLine(left, top, left, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int k = 0; k <= 4; k++) {
            int px = left + (right - left) * k / 4;
            g.drawString(String.format(Locale.ROOT, "%.4g", tmax * k / 4), px - 6, bottom + 15);
            double v = ymin + (ymax - ymin) * k / 4;
            int py = bottom - (bottom - top) * k / 4;
            g.drawString(String.format(Locale.ROOT, "%.1f", v), x0 + 15, py + 4);
        }
        g.setColor(new Color(210, 40, 40));
        g.setStroke(new BasicStroke(2f));
        int lastX = 0;
        int lastY = 0;
        for (int s = 0; s <= 400; s++) {
            double tt = tmax * s / 400;
            int px = left + (int) Math.round((right - left) * tt / tmax);
            int py = bottom - (int) Math.round((bottom - top) * (exact.applyAsDouble(tt) - ymin) / (ymax - ymin));
            if (s > 0) {
                g.drawLine(lastX, lastY, px, py);
            }
            lastX = px;
            lastY = py;
        }
        g.setColor(new Color(30, 90, 200));
        for (int i = 0; i < t.length; i++) {
            int px = left + (int) Math.round((right - left) * t[i] / tmax);
            int py = bottom - (int) Math.round((bottom - top) * (y[i] - ymin) / (ymax - ymin));
            g.fillOval(px - 3, py - 3, 6, 6);
        }
        g.drawString("solve_ivp", right - 70, top + 10);
        g.setColor(new Color(210, 40, 40));
        g.drawString("exact", right - 70, top + 25);
    }
}
