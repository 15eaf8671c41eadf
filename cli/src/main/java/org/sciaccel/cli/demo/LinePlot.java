package org.sciaccel.cli.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small x-y plot for the demo: series drawn as lines or as markers on linear axes with ticks, a
 * title and a legend. Enough for "solver against exact solution" and "samples and their spline".
 */
final class LinePlot {
    private record Series(double[] x, double[] y, Color colour, boolean markers, String label) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();

    LinePlot(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    LinePlot line(double[] x, double[] y, Color colour, String label) {
        series.add(new Series(x, y, colour, false, label));
        return this;
    }

    LinePlot markers(double[] x, double[] y, Color colour, String label) {
        series.add(new Series(x, y, colour, true, label));
        return this;
    }

    BufferedImage render(int w, int h) {
        int left = 70;
        int right = 20;
        int top = 40;
        int bottom = 50;
        int pw = w - left - right;
        int ph = h - top - bottom;
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    x0 = Math.min(x0, s.x()[i]);
                    x1 = Math.max(x1, s.x()[i]);
                    y0 = Math.min(y0, s.y()[i]);
                    y1 = Math.max(y1, s.y()[i]);
                }
            }
        }
        double pad = (y1 - y0) * 0.05 + 1e-12;
        y0 -= pad;
        y1 += pad;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(title, left, 25);
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int k = 0; k <= 5; k++) {
            double xv = x0 + (x1 - x0) * k / 5;
            double yv = y0 + (y1 - y0) * k / 5;
            int px = left + pw * k / 5;
            int py = top + ph - ph * k / 5;
            g.drawLine(px, top + ph, px, top + ph + 4);
            g.drawString(tick(xv), px - 12, top + ph + 17);
            g.drawLine(left - 4, py, left, py);
            g.drawString(tick(yv), 5, py + 4);
        }
        g.drawString(xLabel, left + pw / 2 - 20, h - 10);
        g.drawString(yLabel, 5, top - 8);
        int legendY = top + 16;
        for (Series s : series) {
            g.setColor(s.colour());
            g.setStroke(new BasicStroke(2f));
            int prevX = 0;
            int prevY = 0;
            boolean have = false;
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                    have = false;
                    continue;
                }
                int px = left + (int) Math.round(pw * (s.x()[i] - x0) / (x1 - x0));
                int py = top + ph - (int) Math.round(ph * (s.y()[i] - y0) / (y1 - y0));
                if (s.markers()) {
                    g.drawOval(px - 3, py - 3, 6, 6);
                } else if (have) {
                    g.drawLine(prevX, prevY, px, py);
                }
                prevX = px;
                prevY = py;
                have = true;
            }
            g.drawLine(left + pw - 190, legendY - 4, left + pw - 170, legendY - 4);
            g.setColor(Color.BLACK);
            g.drawString(s.label(), left + pw - 165, legendY);
            legendY += 16;
        }
        g.dispose();
        return img;
    }

    private static String tick(double v) {
        return Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v != 0) ? String.format(Locale.ROOT, "%.1e", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
