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
 * The optimisation section: every lecture row agrees with SciPy (the section checks each against
 * SciPy's number and reports a failure otherwise), the camelback's six minima are found, and the plot
 * is written.
 */
class OptimizationSectionTest {

    @Test
    void lectureRowsAgreeAndTheCamelbackMinimaAreFound(@TempDir Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        StringWriter text = new StringWriter();
        DemoContext ctx = new DemoContext(new PrintWriter(text, true), dir, SeedData.locate(),
                List.of(Backends.get("cpu")));
        new OptimizationSection().run(ctx);
        String printed = text.toString();
        assertTrue(ctx.failures().isEmpty(), () -> ctx.failures() + "\n" + printed);
        assertTrue(printed.contains("6 local minima"), printed);
        // the global pair of the data README's section 2.8, to the digits the section prints
        assertTrue(printed.contains("(+0.0898420131, -0.7126564030)"), printed);
        assertTrue(printed.contains("(-0.0898420131, +0.7126564030)"), printed);
        assertTrue(printed.contains("(-1.7036067150, +0.7960835687)"), printed);
        assertTrue(printed.contains("(+1.6071047529, +0.5686514549)"), printed);
        assertEquals(0, printed.lines().filter(l -> l.trim().endsWith(" NO")).count(), printed);
        BufferedImage png = ImageIO.read(dir.resolve(OptimizationSection.PNG).toFile());
        assertNotNull(png);
        assertEquals(800, png.getWidth());
    }
}
