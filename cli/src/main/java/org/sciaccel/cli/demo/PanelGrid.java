package org.sciaccel.cli.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import org.sciaccel.HostArray;

/**
 * Greyscale images in a grid of equal cells, each with a label above it, drawn with
 * {@code java.awt} (works headless): every image is scaled (nearest pixel) to fit its cell, as
 * matplotlib's subplots show images of different sizes, so a zoomed crop shows magnified. Pixel
 * values are grey levels 0-255, rounded and clamped; NaN is black.
 */
final class PanelGrid {
    private static final int GAP = 12;
    private static final int LABEL_BAND = 30;
    private static final int BACKGROUND = 32;
    private static final int FONT_SIZE = 15;

    private final int cell;
    private final List<List<HostArray>> rows = new ArrayList<>();
    private final List<List<String>> labels = new ArrayList<>();
    private String labelProblem;

    /** A grid whose cells are {@code cell} pixels square. */
    PanelGrid(int cell) {
        this.cell = cell;
    }

    /** Starts a new row of panels. */
    PanelGrid row() {
        rows.add(new ArrayList<>());
        labels.add(new ArrayList<>());
        return this;
    }

    /** Adds a panel to the current row: a 2-D real array (rows, columns) and its label. */
    PanelGrid add(String label, HostArray image) {
        if (rows.isEmpty()) {
            row();
        }
        if (image.ndim() != 2 || image.dtype().isComplex()) {
            throw new IllegalArgumentException("image: a 2-D real array is needed, got " + image);
        }
        rows.get(rows.size() - 1).add(image);
        labels.get(labels.size() - 1).add(label);
        return this;
    }

    /** The picture's width and height for the panels added so far. */
    int width() {
        int columns = 0;
        for (List<HostArray> r : rows) {
            columns = Math.max(columns, r.size());
        }
        return GAP + columns * (cell + GAP);
    }

    int height() {
        return GAP + rows.size() * (LABEL_BAND + cell + GAP);
    }

    BufferedImage render() {
        if (rows.isEmpty()) {
            throw new IllegalStateException("no panels to draw");
        }
        BufferedImage img = new BufferedImage(width(), height(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = img.getRaster();
        int[] background = new int[img.getWidth() * img.getHeight()];
        java.util.Arrays.fill(background, BACKGROUND);
        raster.setSamples(0, 0, img.getWidth(), img.getHeight(), 0, background);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                drawScaled(raster, rows.get(r).get(c), GAP + c * (cell + GAP), GAP + r * (LABEL_BAND + cell + GAP)
                        + LABEL_BAND);
            }
        }
        drawLabels(img);
        return img;
    }

    /** Why labels are missing from the last {@link #render()}, or null if they were drawn. */
    String labelProblem() {
        return labelProblem;
    }

    private void drawScaled(WritableRaster raster, HostArray a, int x0, int y0) {
        int rowsIn = a.shape()[0];
        int colsIn = a.shape()[1];
        if (rowsIn == 0 || colsIn == 0) {
            return;
        }
        double scale = Math.min((double) cell / rowsIn, (double) cell / colsIn);
        int h = Math.max(1, (int) (rowsIn * scale));
        int w = Math.max(1, (int) (colsIn * scale));
        int[] grey = new int[w];
        for (int i = 0; i < h; i++) {
            int si = Math.min(rowsIn - 1, (int) (i / scale));
            for (int j = 0; j < w; j++) {
                double v = a.getDouble(si * colsIn + Math.min(colsIn - 1, (int) (j / scale)));
                grey[j] = Double.isNaN(v) ? 0 : (int) Math.max(0, Math.min(255, Math.round(v)));
            }
            raster.setSamples(x0 + (cell - w) / 2, y0 + i, w, 1, 0, grey);
        }
    }

    private void drawLabels(BufferedImage img) {
        labelProblem = null;
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, FONT_SIZE));
            g.setColor(Color.WHITE);
            FontMetrics fm = g.getFontMetrics();
            for (int r = 0; r < labels.size(); r++) {
                for (int c = 0; c < labels.get(r).size(); c++) {
                    String text = fit(labels.get(r).get(c), fm);
                    g.drawString(text, GAP + c * (cell + GAP), GAP + r * (LABEL_BAND + cell + GAP)
                            + (LABEL_BAND + fm.getAscent() - fm.getDescent()) / 2);
                }
            }
        } catch (RuntimeException | Error e) {
            // Headless JDKs without fontconfig or fonts fail here; the picture is still worth writing.
            if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
                throw e;
            }
            labelProblem = "labels not drawn, no usable font (" + e + ")";
        } finally {
            g.dispose();
        }
    }

    private String fit(String label, FontMetrics fm) {
        if (fm.stringWidth(label) <= cell) {
            return label;
        }
        String s = label;
        while (s.length() > 1 && fm.stringWidth(s + "...") > cell) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "...";
    }
}
