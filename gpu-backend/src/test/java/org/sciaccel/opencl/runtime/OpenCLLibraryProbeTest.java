package org.sciaccel.opencl.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciaccel.opencl.OpenCLTestSupport;

/** The library probe that keeps JOCL from printing to stdout on machines without OpenCL. */
class OpenCLLibraryProbeTest {
    @Test
    void aLibraryThatIsNowhereIsNotFound() {
        assertNull(OpenCLLibraryProbe.load(List.of("libsciaccelNoSuchLibrary.so.1"),
                OpenCLLibraryProbe.linuxDirectories()));
    }

    @Test
    void aFileThatIsNotALibraryDoesNotCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("libOpenCL.so.1"), "not a shared object");
        assertNull(OpenCLLibraryProbe.load(OpenCLLibraryProbe.LINUX_NAMES, List.of(dir)));
    }

    @Test
    void theLinkerCacheGivesTheDirectoriesOfTheNamedLibraries(@TempDir Path dir) throws IOException {
        // The strings as the binary cache holds them: NUL-terminated, among other bytes.
        String body = "\0\1glibc-ld.so.cache1.1\0libOpenCL.so.1\0/opt/icd/lib/libOpenCL.so.1\0"
                + "/usr/lib/libother.so.2\0libOpenCL.so\0/usr/lib64/libOpenCL.so\0";
        Path cache = dir.resolve("ld.so.cache");
        Files.write(cache, body.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Set.of("/opt/icd/lib", "/usr/lib64"),
                OpenCLLibraryProbe.cachedDirectories(cache, OpenCLLibraryProbe.LINUX_NAMES));
        assertTrue(OpenCLLibraryProbe.cachedDirectories(dir.resolve("missing"), OpenCLLibraryProbe.LINUX_NAMES).isEmpty());
    }

    @Test
    void theInstalledLibraryIsFoundWhereOpenCLIsRequired() {
        if (OpenCLTestSupport.openclRequired()) {
            assertNull(OpenCLLibraryProbe.unavailableReason());
            if (System.getProperty("os.name", "").toLowerCase().contains("linux")) {
                assertNotNull(OpenCLLibraryProbe.load(OpenCLLibraryProbe.LINUX_NAMES, OpenCLLibraryProbe.linuxDirectories()));
            }
        }
    }
}
