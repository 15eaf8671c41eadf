package org.sciaccel.conformance;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * Where the golden data lives ({@link #root()}, which every family's manifests are found under) and
 * the JPEG decoder the lecture tests use on the SEM image.
 */
final class GoldenData {
    private GoldenData() {
    }

    /**
     * The {@code golden} directory: next to this module's pom. Surefire runs tests with the module
     * directory as working directory and sets {@code basedir}; running from the repository root
     * works too. The system property {@code sciaccel.golden} points elsewhere (e.g. at freshly
     * regenerated data).
     */
    static Path root() {
        List<Path> candidates = new ArrayList<>();
        String override = System.getProperty("sciaccel.golden");
        if (override != null && !override.isBlank()) {
            candidates.add(Path.of(override));
        }
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            candidates.add(Path.of(basedir, "golden"));
        }
        candidates.add(Path.of("golden"));
        candidates.add(Path.of("conformance", "golden"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("cases.jsonl"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("golden data not found; looked for cases.jsonl in " + candidates
                + " (working directory " + Path.of("").toAbsolutePath() + ")");
    }

    /** Decodes an 8-bit greyscale image with javax.imageio into a rows x columns uint8 array. */
    static HostArray decodeGrey(Path file) {
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + file, e);
        }
        if (img == null) {
            throw new IllegalStateException("no ImageIO reader decodes " + file);
        }
        Raster r = img.getRaster();
        if (r.getNumBands() != 1 || r.getSampleModel().getSampleSize(0) != 8) {
            throw new IllegalStateException(file + " is not 8-bit greyscale: " + r.getNumBands() + " bands, "
                    + r.getSampleModel().getSampleSize(0) + " bits");
        }
        int w = r.getWidth();
        int h = r.getHeight();
        int[] samples = r.getSamples(0, 0, w, h, 0, new int[w * h]);
        byte[] data = new byte[w * h];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) samples[i];
        }
        return new HostArray(DType.UINT8, new int[] {h, w}, data);
    }
}
