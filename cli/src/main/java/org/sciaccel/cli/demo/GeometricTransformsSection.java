package org.sciaccel.cli.demo;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sciaccel.Backend;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.cli.ErrorMessages;
import org.sciaccel.cli.OpTimer;
import org.sciaccel.ndimage.InterpolationOptions;
import org.sciaccel.ndimage.Ndimage;

/**
 * The lecture notes' geometric transformations (their image-processing section, there on SciPy's
 * "face" image, here on the shared electron micrograph, uint8 as the face is):
 * {@code shift(image, (50, 50))}, the same with {@code mode='nearest'}, {@code rotate(image, 30)},
 * and {@code zoom(image[50:-50, 50:-50], 2)}, each with SciPy's defaults (order 3) on every
 * available backend, timed and compared with the reference backend, drawn in one PNG: a row of
 * panels per backend, each image scaled to its cell as the lecture's subplots show them.
 */
public final class GeometricTransformsSection implements DemoSection {
    static final String PNG = "geometric_transforms.png";
    static final int CELL = 300;
    static final int RUNS = 2;
    static final double[] SHIFT = {50, 50};
    static final double ANGLE = 30;

    /** One transform: its label, and the op on the image as it lives on a backend. */
    record Transform(String label, Function<NDArray, NDArray> op) {
    }

    static List<Transform> transforms() {
        return List.of(
                new Transform("shift (50, 50)", in -> Ndimage.shift(in, SHIFT)),
                new Transform("shift, mode=nearest", in -> Ndimage.shift(in, SHIFT,
                        InterpolationOptions.defaults().mode("nearest"))),
                new Transform("rotate 30", in -> Ndimage.rotate(in, ANGLE)),
                new Transform("crop [50:-50, 50:-50], zoom 2", in -> {
                    try (NDArray cropped = in.slice("50:-50, 50:-50")) {
                        return Ndimage.zoom(cropped, new double[] {2});
                    }
                }));
    }

    @Override
    public String title() {
        return "Geometric transformations: ndimage.shift, rotate and zoom of an image (the lecture's face examples)";
    }

    @Override
    public void run(DemoContext ctx) {
        PrintWriter out = ctx.out();
        HostArray image = ImageFiles.readGray(ctx.data().file(GaussianSmoothingSection.IMAGE));
        out.printf(Locale.ROOT, "  the micrograph, %d x %d %s, on every backend (order 3, SciPy's defaults)%n",
                image.shape()[0], image.shape()[1], image.dtype());
        out.flush();
        List<Transform> transforms = transforms();
        List<List<HostArray>> results = new ArrayList<>();
        List<Backend> ran = new ArrayList<>();
        PanelGrid grid = new PanelGrid(CELL);
        TextTable table = new TextTable("backend", "transform", "shape", ">ms", ">max |diff| vs reference");
        for (Backend b : ctx.backends()) {
            List<HostArray> images = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            try (NDArray in = NDArray.fromHost(b, image)) {
                for (Transform t : transforms) {
                    OpTimer.Timed<NDArray> timed = OpTimer.time(b, RUNS, () -> t.op().apply(in), NDArray::close);
                    HostArray result;
                    try (NDArray r = timed.result()) {
                        result = r.toHost();
                    }
                    String diff = results.isEmpty() ? "(reference)" : String.format(Locale.ROOT, "%.3g",
                            GaussianSmoothingSection.maxAbsDiff(results.get(0).get(images.size()), result));
                    images.add(result);
                    labels.add(t.label());
                    table.row(b.name(), t.label(), Shapes.toString(result.shape()),
                            String.format(Locale.ROOT, "%.1f", timed.seconds() * 1e3), diff);
                }
            } catch (RuntimeException e) {
                ctx.fail(b.name() + ": " + ErrorMessages.of(e));
                continue;
            }
            results.add(images);
            ran.add(b);
            grid.row().add(b.name() + ": original " + Shapes.toString(image.shape()), image);
            for (int i = 0; i < images.size(); i++) {
                grid.add(labels.get(i), images.get(i));
            }
        }
        if (results.isEmpty()) {
            throw new IllegalStateException("the geometric transformations failed on every backend");
        }
        for (String line : table.lines("  ")) {
            out.println(line);
        }
        out.println();
        BufferedImage png = grid.render();
        Path target = ctx.output(PNG);
        ImageFiles.writePng(png, target);
        out.printf(Locale.ROOT, "  wrote %s (%d x %d, a row per backend: %s)%s%n", target, png.getWidth(),
                png.getHeight(), String.join(", ", ran.stream().map(Backend::name).toList()),
                grid.labelProblem() == null ? "" : "; " + grid.labelProblem());
        out.flush();
    }
}
