package org.sciaccel.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.Backends;

/**
 * The interpolation section: the Sprogø V50s, the inverse-sine spline and quad agree with SciPy
 * (the section checks each against SciPy's number and reports a failure otherwise), and the plot is
 * written.
 */
class InterpolationSectionTest {

    @Test
    void sprogoAndLectureRowsAgreeWithScipy(@TempDir Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        StringWriter text = new StringWriter();
        DemoContext ctx = new DemoContext(new PrintWriter(text, true), dir, SeedData.locate(),
                List.of(Backends.get("cpu")));
        new InterpolationSection().run(ctx);
        String printed = text.toString();
        assertTrue(ctx.failures().isEmpty(), () -> ctx.failures() + "\n" + printed);
        assertTrue(printed.contains(Double.toString(InterpolationSection.V50_CUBIC)), printed);
        assertTrue(printed.contains(Double.toString(InterpolationSection.V50_GUMBEL)), printed);
        assertEquals(0, printed.lines().filter(l -> l.trim().endsWith(" NO")).count(), printed);
        BufferedImage png = ImageIO.read(dir.resolve(InterpolationSection.PNG).toFile());
        assertNotNull(png);
        assertEquals(800, png.getWidth());
    }
}
