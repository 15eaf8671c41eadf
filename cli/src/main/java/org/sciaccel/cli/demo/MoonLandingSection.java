package org.sciaccel.cli.demo;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cli.ErrorMessages;

/**
 * The moon-landing FFT denoising exercise ({@link MoonLandingDenoise}) on every backend, with
 * SciPy's answers (min 0.18438974126514082, max 0.791050463931349, std 0.1187928944157584) next
 * to each backend's, the bytes each backend's pipeline moved between host and device, and the
 * before/after picture.
 */
public final class MoonLandingSection implements DemoSection {
    static final String PNG = "moonlanding_denoise.png";

    @Override
    public String title() {
        return "FFT denoising: fft2, zero the central 80% of the spectrum's rows and columns, ifft2 (moonlanding.png)";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        Path file = ctx.data().file(MoonLandingDenoise.IMAGE);
        out.println("  reading " + file);
        HostArray image = MoonLandingDenoise.load(file);
        out.printf(Locale.ROOT, "  decoded %d x %d, as value/255%n", image.shape()[0], image.shape()[1]);
        TextTable table = new TextTable("backend", ">min", ">max", ">std");
        table.row("SciPy 1.10", "0.18438974126514082", "0.791050463931349", "0.1187928944157584");
        SideBySideImage picture = new SideBySideImage().add("moonlanding.png", scaled(image));
        List<String> moved = new ArrayList<>();
        for (Backend b : ctx.backends()) {
            try {
                MoonLandingDenoise.Result r = MoonLandingDenoise.denoise(b, image);
                table.row(b.name(), Double.toString(r.min()), Double.toString(r.max()), Double.toString(r.std()));
                picture.add("denoised on " + b.name(), scaled(r.clean()));
                moved.add(r.moved().describe(b.name(), MoonLandingDenoise.inputAndOutputs(image)));
            } catch (RuntimeException e) {
                ctx.fail(b.name() + ": " + ErrorMessages.of(e));
            }
        }
        for (String line : table.lines("  ")) {
            out.println(line);
        }
        long bytes = (long) image.size() * DType.FLOAT64.itemSize();
        out.printf(Locale.ROOT, "  bytes moved between host and backend (input: the %,d B float64 image; outputs: the"
                + " %,d B denoised image and 3 numbers):%n", bytes, bytes);
        for (String line : moved) {
            out.println("    " + line);
        }
        out.println("    " + Transfers.BEYOND);
        BufferedImage png = picture.render();
        Path target = ctx.output(PNG);
        ImageFiles.writePng(png, target);
        out.printf(Locale.ROOT, "  wrote %s (%d x %d)%n", target, png.getWidth(), png.getHeight());
        out.flush();
    }

    /** value * 255 for display. */
    private static HostArray scaled(HostArray a) {
        double[] v = a.toDoubles();
        for (int i = 0; i < v.length; i++) {
            v[i] *= 255;
        }
        return new HostArray(DType.FLOAT64, a.shape(), v);
    }
}
