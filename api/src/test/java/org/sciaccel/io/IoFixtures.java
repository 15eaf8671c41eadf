package org.sciaccel.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixtures of src/test/resources/io/make_io_fixtures.py. */
final class IoFixtures {
    private IoFixtures() {
    }

    static Path get(String name) {
        try {
            return Path.of(IoFixtures.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing fixture io/" + name + "; run make_io_fixtures.py", e);
        }
    }
}
