package org.sciaccel.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every golden manifest: the files named {@code cases.jsonl} anywhere under the golden
 * folder whose first line declares schema {@value #SCHEMA}. Lines starting with {@code #} are
 * comments. Case ids are unique across manifests. The system property {@code sciaccel.golden.only}
 * (a folder relative to the golden root, e.g. {@code morphology}, or a comma list of them) restricts the run to the
 * manifests under it, for working on one family.
 */
final class GoldenManifests {
    /** The first-line marker of a manifest in the registry-driven format. */
    static final String SCHEMA = "sciaccel-golden/2";

    private static volatile List<GoldenCall> all;

    private GoldenManifests() {
    }

    /** Every case of every manifest, manifests in path order, cases in file order. */
    static List<GoldenCall> cases() {
        List<GoldenCall> c = all;
        if (c == null) {
            synchronized (GoldenManifests.class) {
                if (all == null) {
                    all = Collections.unmodifiableList(read(GoldenData.root()));
                }
                c = all;
            }
        }
        return c;
    }

    /** The manifest files of the registry-driven format, in path order. */
    static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("cases.jsonl")).filter(GoldenManifests::isCurrent)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isCurrent(Path manifest) {
        try (Stream<String> lines = Files.lines(manifest)) {
            return lines.findFirst().map(l -> l.startsWith("#") && l.contains("schema: " + SCHEMA)).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldenCall> read(Path root) {
        List<GoldenCall> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String only = System.getProperty("sciaccel.golden.only", "");
        for (Path file : files(root)) {
            if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).map(String::trim)
                    .noneMatch(dir -> root.relativize(file).startsWith(dir))) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String source = root.relativize(file) + ":" + (i + 1);
                GoldenCall c = GoldenCall.fromJson(Json.parseObject(line), file.getParent(), source);
                if (!ids.add(c.id())) {
                    throw new IllegalStateException(source + ": case id " + c.id() + " appears twice");
                }
                out.add(c);
            }
        }
        return out;
    }
}
