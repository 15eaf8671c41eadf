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
 * The statistics section: norm.fit equals the samples' mean and root mean square deviation, the density
 * histogram sums to 1, norm.pdf is the normal density (the section reports any of these failing), and the plot
 * is written.
 */
class StatisticsSectionTest {

    @Test
    void histogramPdfAndFitAgree(@TempDir Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        StringWriter text = new StringWriter();
        DemoContext ctx = new DemoContext(new PrintWriter(text, true), dir, SeedData.locate(),
                List.of(Backends.get("cpu")));
        new StatisticsSection().run(ctx);
        String printed = text.toString();
        assertTrue(ctx.failures().isEmpty(), () -> ctx.failures() + "\n" + printed);
        assertTrue(printed.contains("norm.fit loc = "), printed);
        assertTrue(printed.contains("ttest_ind("), printed);
        BufferedImage png = ImageIO.read(dir.resolve(StatisticsSection.PNG).toFile());
        assertNotNull(png);
        assertEquals(800, png.getWidth());
    }
}
