package org.sciaccel.cli.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.cli.ErrorMessages;
import org.sciaccel.integrate.Integrate;
import org.sciaccel.integrate.QuadResult;
import org.sciaccel.interpolate.Interpolate;
import org.sciaccel.interpolate.PPoly;
import org.sciaccel.interpolate.SplineFitOptions;
import org.sciaccel.interpolate.UnivariateSpline;
import org.sciaccel.io.Npy;

/**
 * The lecture notes' interpolation and quadrature rows (data README sections 2.1, 2.2 and 4): the
 * Sprogø 50-year wind from a cubic smoothing spline of the annual maxima and from a linear spline
 * on the Gumbel scale (FITPACK, evaluated on every backend), the not-a-knot spline of the inverse
 * sine, and quad of sin; each against SciPy 1.10's number, and the two Sprogø fits plotted.
 */
public final class InterpolationSection implements DemoSection {
    static final String PNG = "sprogo_wind.png";
    /** Data README 2.1 and 2.2: SciPy's V50 from the cubic and from the Gumbel-scale linear spline. */
    static final double V50_CUBIC = 32.97989825386221;
    static final double V50_GUMBEL = 34.231061763922625;
    /** SciPy's V50 from the same linear spline when g(p_i) is the correctly rounded float32 value. */
    static final double V50_GUMBEL_ROUNDED = 34.23106190530833;
    private static final int YEARS = 21;
    /**
     * The notes' Gumbel positions g(p_i) = -ln(-ln p_i) as NumPy computes them in float32 (data
     * README 2.2, which lists them): NumPy's float32 log is SIMD code that differs from the correctly
     * rounded float32 log in the last bit at 8 of the 21 points, and the notes' V50 is the spline
     * through these.
     */
    private static final double[] NOTES_GUMBEL = {-1.128508448600769, -0.8745914101600647, -0.6893550753593445,
        -0.5334173440933228, -0.3931256830692291, -0.2618125081062317, -0.13552017509937286, -0.011534078046679497,
        0.11225320398807526, 0.23767699301242828, 0.3665129244327545, 0.5006512403488159, 0.6422770619392395,
        0.7941060066223145, 0.9597405195236206, 1.1442781686782837, 1.3554582595825195, 1.6060900688171387,
        1.9200239181518555, 2.350618839263916, 3.0678722858428955};

    @Override
    public String title() {
        return "Interpolation and quadrature: the Sprogø wind, the inverse sine, quad (scipy.interpolate, integrate)";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        double[] maxima = annualMaxima(ctx);
        double[] sorted = maxima.clone();
        Arrays.sort(sorted);
        double[] p = new double[YEARS];
        double[] gumbel = new double[YEARS];
        for (int i = 0; i < YEARS; i++) {
            // the notes' cumulative probabilities and Gumbel transform are float32 arithmetic
            float pi = (float) (i + 1) / 22f;
            p[i] = pi;
            gumbel[i] = (float) -Math.log((float) -Math.log(pi));
        }
        TextTable table = new TextTable("call", ">SciPy 1.10", ">sciaccel", "backend", "agrees");
        UnivariateSpline cubic = null;
        UnivariateSpline linear = null;
        try {
            cubic = Interpolate.univariateSpline(p, sorted, SplineFitOptions.defaults().k(3));
            linear = Interpolate.univariateSpline(NOTES_GUMBEL, sorted, SplineFitOptions.defaults().k(1));
            UnivariateSpline rounded = Interpolate.univariateSpline(gumbel, sorted, SplineFitOptions.defaults().k(1));
            double g98 = -Math.log(-Math.log(0.98));
            for (Backend b : ctx.backends()) {
                row(ctx, table, "UnivariateSpline k=3 at p = 0.98 (V50)", V50_CUBIC, at(cubic, b, 0.98), b);
                row(ctx, table, "UnivariateSpline k=1 at g(0.98), NumPy's g(p_i)", V50_GUMBEL, at(linear, b, g98), b);
                row(ctx, table, "  the same, g(p_i) rounded correctly", V50_GUMBEL_ROUNDED, at(rounded, b, g98), b);
            }
            row(ctx, table, "  the cubic's residual", 3.5543405035318463, cubic.getResidual(), null);
            int differ = 0;
            for (int i = 0; i < YEARS; i++) {
                differ += gumbel[i] != NOTES_GUMBEL[i] ? 1 : 0;
            }
            out.printf(Locale.ROOT, "  g(p_i) in float32: NumPy's SIMD log and the correctly rounded one differ in the"
                    + " last bit at %d of the %d points (the notes' V50 is from NumPy's)%n", differ, YEARS);
        } catch (RuntimeException e) {
            ctx.fail("Sprogø splines: " + ErrorMessages.of(e));
        }
        try {
            row(ctx, table, "CubicSpline of arcsin (not-a-knot) at 0", Math.PI, inverseSineAtZero(ctx.backends().get(0)),
                    ctx.backends().get(0));
            QuadResult q = Integrate.quad(Math::sin, 0, Math.PI / 2);
            row(ctx, table, "quad(sin, 0, pi/2)", 0.9999999999999999, q.y(), null);
            row(ctx, table, "  its error estimate", 1.1102230246251564e-14, q.abserr(), null);
        } catch (RuntimeException e) {
            ctx.fail("spline/quad rows: " + ErrorMessages.of(e));
        }
        table.lines("  ").forEach(out::println);
        if (cubic != null && linear != null) {
            plot(ctx, out, p, gumbel, sorted, cubic, linear);
        }
        out.flush();
    }

    private static void row(DemoContext ctx, TextTable table, String what, double scipy, double got, Backend b) {
        boolean same = Math.abs(got - scipy) <= 1e-10 * Math.max(1, Math.abs(scipy));
        if (!same) {
            ctx.fail(what + (b == null ? "" : " on " + b.name()) + ": " + got + " where SciPy gives " + scipy);
        }
        table.row(what, Double.toString(scipy), Double.toString(got), b == null ? "host" : b.name(), same ? "yes" : "NO");
    }

    /** The spline evaluated at one point on backend b (the evaluation kernels, not the host path). */
    private static double at(UnivariateSpline s, Backend b, double x) {
        try (NDArray pts = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {x}, DType.FLOAT64, 1));
                NDArray v = s.call(pts)) {
            return v.toDoubleArray()[0];
        }
    }

    /** The notes' 21 annual maxima: 115628 samples in 21 chunks the array_split way, the maximum of each. */
    private static double[] annualMaxima(DemoContext ctx) {
        double[] speeds = Npy.read(ctx.data().file("scipy-lectures/sprog-windspeeds.npy")).toDoubles();
        double[] maxima = new double[YEARS];
        int base = speeds.length / YEARS;
        int extra = speeds.length % YEARS;
        int start = 0;
        for (int y = 0; y < YEARS; y++) {
            int len = base + (y < extra ? 1 : 0);
            double m = Double.NEGATIVE_INFINITY;
            for (int i = start; i < start + len; i++) {
                m = Math.max(m, speeds[i]);
            }
            maxima[y] = m;
            start += len;
        }
        double[] stored = Npy.read(ctx.data().file("scipy-lectures/max-speeds.npy")).toDoubles();
        if (!Arrays.equals(stored, maxima)) {
            ctx.fail("Sprogø: the annual maxima differ from max-speeds.npy");
        }
        return maxima;
    }

    /** Data README 4: 20 points t on [0, 2π], those strictly within (π/2, 3π/2), spline of t against sin t. */
    private static double inverseSineAtZero(Backend b) {
        double[] ts = new double[20];
        for (int i = 0; i < 20; i++) {
            ts[i] = 2 * Math.PI * i / 19;
        }
        double[] kept = Arrays.stream(ts).filter(t -> t > Math.PI / 2 && t < 3 * Math.PI / 2).toArray();
        int n = kept.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            // flipped, so that x = sin t increases
            x[i] = Math.sin(kept[n - 1 - i]);
            y[i] = kept[n - 1 - i];
        }
        try (NDArray xs = NDArray.fromHost(b, HostArray.fromDoubles(x, DType.FLOAT64, n));
                NDArray ys = NDArray.fromHost(b, HostArray.fromDoubles(y, DType.FLOAT64, n));
                NDArray zero = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {0}, DType.FLOAT64, 1))) {
            PPoly spline = Interpolate.cubicSpline(xs, ys);
            try (NDArray v = spline.call(zero)) {
                return v.toDoubleArray()[0];
            }
        }
    }

    private static void plot(DemoContext ctx, PrintWriter out, double[] p, double[] gumbel, double[] sorted,
            UnivariateSpline cubic, UnivariateSpline linear) {
        try {
            int m = 200;
            double[] px = new double[m];
            double[] cubicY = new double[m];
            double[] gumbelY = new double[m];
            for (int i = 0; i < m; i++) {
                px[i] = 0.02 + 0.97 * i / (m - 1);
                cubicY[i] = cubic.call(px[i]);
                gumbelY[i] = linear.call(-Math.log(-Math.log(px[i])));
            }
            BufferedImage png = new LinePlot(String.format(Locale.ROOT,
                    "Sprogø annual maxima: V50 = %.2f m/s (cubic spline), %.2f m/s (Gumbel linear spline)",
                    cubic.call(0.98), linear.call(-Math.log(-Math.log(0.98)))), "cumulative probability p",
                    "wind speed (m/s)")
                    .markers(p, sorted, Color.BLACK, "sorted annual maxima")
                    .line(px, cubicY, new Color(30, 90, 200), "UnivariateSpline k=3")
                    .line(px, gumbelY, new Color(220, 60, 30), "Gumbel-scale spline k=1")
                    .render(800, 450);
            Path target = ctx.output(PNG);
            ImageFiles.writePng(png, target);
            out.printf(Locale.ROOT, "  wrote %s (%d x %d)%n", target, png.getWidth(), png.getHeight());
        } catch (RuntimeException e) {
            ctx.fail("Sprogø plot: " + ErrorMessages.of(e));
        }
    }
}
