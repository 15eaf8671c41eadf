package org.sciaccel.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.Backend;
import org.sciaccel.Backends;

/**
 * The geometric transformations section: every transform on every backend with SciPy's output
 * shapes, the backends' uint8 results identical, one PNG with a row of five panels per backend.
 */
class GeometricTransformsSectionTest {

    @Test
    void transformsTheMicrographOnEveryBackendAlikeIntoOneGrid(@TempDir Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Backend> backends = new ArrayList<>(List.of(Backends.get("cpu")));
        if (Backends.isAvailable("opencl")) {
            backends.add(Backends.get("opencl"));
        } else if ("1".equals(System.getenv("SCIACCEL_REQUIRE_OPENCL"))) {
            throw new AssertionError("SCIACCEL_REQUIRE_OPENCL=1 but the opencl backend is not available");
        }
        StringWriter text = new StringWriter();
        DemoContext ctx = new DemoContext(new PrintWriter(text, true), dir, SeedData.locate(), backends);
        new GeometricTransformsSection().run(ctx);
        String printed = text.toString();
        assertTrue(ctx.failures().isEmpty(), () -> ctx.failures() + "\n" + printed);
        // SciPy 1.10 on a (943, 1024) array: shift keeps the shape, rotate(30) gives (1329, 1358),
        // zoom(a[50:-50, 50:-50], 2) gives (1686, 1848)
        int rows = 0;
        for (String line : printed.split("\n")) {
            for (Backend b : backends) {
                if (!line.startsWith("  " + b.name() + " ")) {
                    continue;
                }
                rows++;
                String shape = line.contains("rotate") ? "(1329, 1358)" : line.contains("zoom") ? "(1686, 1848)"
                        : "(943, 1024)";
                assertTrue(line.contains(shape), "shape " + shape + ": " + line);
                // uint8 results: the other backends give the reference's pixels exactly
                assertTrue(line.trim().endsWith("(reference)") || line.trim().endsWith(" 0.00"), line);
            }
        }
        assertEquals(4 * backends.size(), rows, printed);
        BufferedImage png = ImageIO.read(dir.resolve(GeometricTransformsSection.PNG).toFile());
        assertNotNull(png);
        assertEquals(12 + 5 * (GeometricTransformsSection.CELL + 12), png.getWidth());
        assertEquals(12 + backends.size() * (30 + GeometricTransformsSection.CELL + 12), png.getHeight());
    }
}
