package org.sciaccel.cli.demo;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cli.ErrorMessages;

/**
 * The lecture notes' image exercise on every backend ({@link BubblesAndSand}: crop the caption of the electron
 * micrograph, 7x7 median filter, three phases by threshold, binary opening of the sand with 2 iterations, labeling,
 * areas by bincount); prints the numbers next to the lecture's answers and the bytes each backend's pipeline
 * moved between host and device (only the image in, only the phase map and the numbers out), and writes the
 * phases in colour as a PNG.
 */
public final class BubblesAndSandSection implements DemoSection {
    static final String PNG = "phases.png";
    static final int CAPTION_ROWS = 60;

    @Override
    public String title() {
        return "Bubbles and sand grains: median_filter, thresholds, binary_opening, label, bincount";
    }

    /** The micrograph without its caption rows: uint8, 883 x 1024. */
    static HostArray crop(HostArray image) {
        int rows = image.shape()[0] - CAPTION_ROWS;
        int cols = image.shape()[1];
        return new HostArray(DType.UINT8, new int[] {rows, cols}, Arrays.copyOf((byte[]) image.data(), rows * cols));
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        Path file = ctx.data().file(GaussianSmoothingSection.IMAGE);
        HostArray crop = crop(ImageFiles.readGray(file));
        int rows = crop.shape()[0];
        int cols = crop.shape()[1];
        out.printf(Locale.ROOT, "  %d x %d after dropping the %d caption rows; lecture answers: 104 bubbles, mean 1699.875,"
                + " median 65.0; 154 grains, 94 above 100 px%n", rows, cols, CAPTION_ROWS);
        TextTable table = new TextTable("backend", ">bubbles", ">mean area", ">median area", ">grains", ">grains > 100 px",
                ">ms");
        byte[] phases = null;
        List<String> moved = new ArrayList<>();
        for (Backend b : ctx.backends()) {
            long t0 = System.nanoTime();
            try {
                BubblesAndSand.Result r = BubblesAndSand.run(b, crop);
                double ms = (System.nanoTime() - t0) / 1e6;
                table.row(b.name(), Integer.toString(r.bubbles()), fmt(r.meanBubbleArea()), fmt(r.medianBubbleArea()),
                        Integer.toString(r.grains()), Long.toString(r.grainsAbove100()),
                        String.format(Locale.ROOT, "%.1f", ms));
                moved.add(r.moved().describe(b.name(), BubblesAndSand.inputAndOutputs(crop)));
                if (phases == null) {
                    phases = (byte[]) r.phases().data();
                }
            } catch (RuntimeException e) {
                ctx.fail(b.name() + ": " + ErrorMessages.of(e));
            }
        }
        for (String line : table.lines("  ")) {
            out.println(line);
        }
        out.printf(Locale.ROOT, "  bytes moved between host and backend (input: the %,d B image; outputs: the %,d B"
                + " phase map and 3 numbers):%n", (long) rows * cols, (long) rows * cols);
        for (String line : moved) {
            out.println("    " + line);
        }
        out.println("    " + Transfers.BEYOND);
        if (phases != null) {
            Path target = ctx.output(PNG);
            ImageFiles.writePng(colour(phases, rows, cols), target);
            out.printf(Locale.ROOT, "  wrote %s: bubbles blue, sand grains orange (removed by the opening: red), glass grey%n",
                    target);
        }
        out.flush();
    }

    private static BufferedImage colour(byte[] phases, int rows, int cols) {
        int[] palette = {0x1f4e9c, 0xe8891c, 0xc8c8c8, 0xc0392b};
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                img.setRGB(x, y, palette[phases[y * cols + x]]);
            }
        }
        return img;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
