package org.sciaccel.cli.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.cli.ErrorMessages;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Histogram;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.Random;
import org.sciaccel.special.Special;
import org.sciaccel.stats.Stats;
import org.sciaccel.stats.TtestIndResult;

/**
 * The lecture notes' section 5.6 on every backend: 1000 seeded normal samples, their histogram (bins -4..4,
 * density) against norm.pdf at the bins' centres, norm.fit (SciPy's closed form: the mean and the root mean
 * square deviation, checked against the samples), the median and the 90th percentile. The samples come from
 * the counter-based generator on the backend (the same numbers on every backend; not NumPy's stream, so the
 * digits differ from the notes' own random run). Then the notes' t-test: ttest_ind of 100 samples of N(0, 1)
 * against 10 of N(1, 1), its statistic checked against the pooled-variance formula and its p-value against
 * 2 stdtr(df, -|t|). Writes stats_histogram_pdf.png.
 */
public final class StatisticsSection implements DemoSection {
    static final String PNG = "stats_histogram_pdf.png";
    static final long SEED = 2026;

    @Override
    public String title() {
        return "Statistics: a seeded normal sample's histogram against norm.pdf, norm.fit and ttest_ind (lecture notes 5.6)";
    }

    /** ttest_ind(a, b): a 100 draws of N(0, 1), b 10 of N(1, 1), as the lecture notes draw them. */
    private static void tTest(DemoContext ctx, Backend b) {
        Random rng = Random.philox(SEED + 1, b);
        try (NDArray a = rng.normal(0, 1, 100); NDArray c = rng.normal(1, 1, 10);
                TtestIndResult r = Stats.ttestInd(a, c)) {
            double t = r.statistic().toDoubleArray()[0];
            double p = r.pvalue().toDoubleArray()[0];
            ctx.out().printf(Locale.ROOT, "  %s: ttest_ind(a ~ N(0, 1) x 100, b ~ N(1, 1) x 10): statistic %.6f, "
                    + "pvalue %.3g%n", b.name(), t, p);
            double[] x = a.toDoubleArray();
            double[] y = c.toDoubleArray();
            double mx = mean(x);
            double my = mean(y);
            double df = x.length + y.length - 2;
            double pooled = (sumSquares(x, mx) + sumSquares(y, my)) / df;
            double want = (mx - my) / Math.sqrt(pooled * (1.0 / x.length + 1.0 / y.length));
            if (Math.abs(t - want) > 1e-10 * Math.abs(want)) {
                ctx.fail("ttest_ind statistic on " + b.name() + ": " + t + ", the pooled formula gives " + want);
            }
            try (NDArray dfa = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {df}, DType.FLOAT64, 1));
                    NDArray ta = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-Math.abs(t)}, DType.FLOAT64,
                        1)); NDArray tail = Special.stdtr(dfa, ta)) {
                double wantP = 2 * tail.toDoubleArray()[0];
                if (Math.abs(p - wantP) > 1e-12 * wantP) {
                    ctx.fail("ttest_ind pvalue on " + b.name() + ": " + p + ", 2 stdtr(df, -|t|) gives " + wantP);
                }
            }
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double sumSquares(double[] v, double m) {
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s;
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        double[] centres = null;
        double[] density = null;
        double[] pdf = null;
        for (Backend b : ctx.backends()) {
            try (NDArray samples = Random.philox(SEED, b).normal(0, 1, 1000);
                    NDArray edges = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-4, -3, -2, -1, 0, 1, 2,
                        3, 4}, DType.FLOAT64, 9));
                    Histogram h = Numpy.histogram(samples, edges, null, true);
                    NDArray mid = NDArray.fromHost(b, HostArray.fromDoubles(new double[] {-3.5, -2.5, -1.5, -0.5, 0.5,
                        1.5, 2.5, 3.5}, DType.FLOAT64, 8));
                    NDArray p = Stats.norm.pdf(mid); NDArray median = Numpy.median(samples);
                    NDArray p90 = Stats.scoreatpercentile(samples, 90)) {
                double[] fit = Stats.norm.fit(samples);
                double[] x = samples.toDoubleArray();
                double mean = 0;
                for (double v : x) {
                    mean += v;
                }
                mean /= x.length;
                double ss = 0;
                for (double v : x) {
                    ss += (v - mean) * (v - mean);
                }
                double rms = Math.sqrt(ss / x.length);
                double[] hist = h.hist().toDoubleArray();
                double[] pv = p.toDoubleArray();
                double total = 0;
                for (double v : hist) {
                    total += v;
                }
                out.printf(Locale.ROOT, "  %s: norm.fit loc = %.6f, scale = %.6f; median %.6f; 90th percentile %.6f%n",
                        b.name(), fit[0], fit[1], median.toDoubleArray()[0], p90.toDoubleArray()[0]);
                if (Math.abs(fit[0] - mean) > 1e-12 || Math.abs(fit[1] - rms) > 1e-12) {
                    ctx.fail("norm.fit on " + b.name() + ": (" + fit[0] + ", " + fit[1] + ") is not the samples' mean "
                            + "and root mean square deviation (" + mean + ", " + rms + ")");
                }
                if (Math.abs(total - 1) > 1e-12) {
                    ctx.fail("histogram density on " + b.name() + " sums to " + total + " over unit bins");
                }
                for (int i = 0; i < pv.length; i++) {
                    double c = -3.5 + i;
                    double want = Math.exp(-c * c / 2) / Math.sqrt(2 * Math.PI);
                    if (Math.abs(pv[i] - want) > 1e-15) {
                        ctx.fail("norm.pdf(" + c + ") on " + b.name() + " = " + pv[i] + ", expected " + want);
                    }
                }
                if (centres == null) {
                    centres = mid.toDoubleArray();
                    density = hist;
                    pdf = pv;
                    out.println("  bin centre   histogram   norm.pdf");
                    for (int i = 0; i < pv.length; i++) {
                        out.printf(Locale.ROOT, "  %10.1f  %10.4f  %9.4f%n", centres[i], hist[i], pv[i]);
                    }
                }
                tTest(ctx, b);
            } catch (RuntimeException e) {
                ctx.fail("statistics on " + b.name() + ": " + ErrorMessages.of(e));
            }
        }
        if (centres == null) {
            return;
        }
        try {
            BufferedImage png = new LinePlot("1000 normal samples: histogram (density) and norm.pdf", "x",
                    "probability density")
                    .line(centres, density, new Color(30, 90, 200), "histogram")
                    .line(centres, pdf, new Color(220, 60, 30), "norm.pdf")
                    .render(800, 450);
            Path target = ctx.output(PNG);
            ImageFiles.writePng(png, target);
            out.printf(Locale.ROOT, "  wrote %s (%d x %d)%n", target, png.getWidth(), png.getHeight());
        } catch (RuntimeException e) {
            ctx.fail("statistics plot: " + ErrorMessages.of(e));
        }
    }
}
