package org.sciaccel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.function.Executable;

/** Every way a .npy file can be wrong gives a one-line IllegalArgumentException naming the file. */
class NpyMalformedTest {
    @TempDir
    Path tmp;

    private static String fails(Path p, Executable action, String... expectedParts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        String m = e.getMessage();
        assertTrue(m.startsWith(p.toString() + ":"), m);
        assertFalse(m.contains("\n"), m);
        for (String part : expectedParts) {
            assertTrue(m.contains(part), "expected '" + part + "' in: " + m);
        }
        return m;
    }

    private Path file(byte[] bytes) throws IOException {
        Path p = tmp.resolve("bad.npy");
        Files.write(p, bytes);
        return p;
    }

    private String failsToRead(byte[] bytes, String... expectedParts) throws IOException {
        Path p = file(bytes);
        String m = fails(p, () -> Npy.read(p), expectedParts);
        // The stream reader reports the same problem.
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> Npy.read(new ByteArrayInputStream(bytes), p.toString()));
        assertEquals(m, s.getMessage().replace("stream has", "file has"));
        return m;
    }

    @Test
    void deeplyNestedHeaderIsMalformedNotAStackOverflow() throws IOException {
        // A hostile header: the shape wrapped in 5,000 parentheses (the parser recurses per level).
        String shape = "(".repeat(5000) + ")".repeat(5000);
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
        failsToRead(NpyBytes.file(1, header, new byte[0]), "nested more than " + PythonLiteralParser.MAX_DEPTH);
    }

    @Test
    void missingFile() {
        Path p = tmp.resolve("nope.npy");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npy.read(p));
        assertEquals(p + ": no such file", e.getMessage());
        assertFalse(e instanceof NpyFormatException);
    }

    @Test
    void directory() {
        fails(tmp, () -> Npy.read(tmp), "is a directory");
    }

    @Test
    void badMagic() throws IOException {
        Path p = file("PK\u0003\u0004 this is a zip".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        fails(p, () -> Npy.read(p), "not a .npy file");
    }

    @Test
    void emptyAndTruncatedPrelude() throws IOException {
        failsToRead(new byte[0], "truncated header", "after 0 bytes");
        failsToRead(new byte[] {(byte) 0x93, 'N', 'U', 'M'}, "truncated header", "after 4 bytes");
        failsToRead(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118}, "truncated header",
                "inside the header length");
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] whole = NpyBytes.file(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", new byte[8]);
        Path p = file(Arrays.copyOf(whole, 40));
        fails(p, () -> Npy.read(p), "truncated header", "claims 118 bytes", "has 30");
        assertThrows(NpyFormatException.class, () -> Npy.read(new ByteArrayInputStream(Arrays.copyOf(whole, 40)), "s"));
    }

    @ParameterizedTest
    @CsvSource({"4, 0, 4.0", "1, 1, 1.1", "0, 0, 0.0"})
    void unsupportedVersion(int major, int minor, String shown) throws IOException {
        byte[] bytes = NpyBytes.file(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", new byte[8]);
        bytes[6] = (byte) major;
        bytes[7] = (byte) minor;
        failsToRead(bytes, "unsupported .npy format version " + shown, "1.0, 2.0, 3.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, }",
        "{'descr': '<f4' 'fortran_order': False, 'shape': (2,)}",
        "{'descr': '<f4, 'fortran_order': False, 'shape': (2,)}",
        "{'descr': '<f4', 'fortran_order': false, 'shape': (2,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2.0,)}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2,)} extra",
        "",
    })
    void unparseableHeader(String header) throws IOException {
        failsToRead(NpyBytes.file(1, header, new byte[8]), "cannot parse the header");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "['descr', '<f4']|not a dict",
        "{'descr': '<f4', 'shape': (2,)}|exactly the keys",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'extra': 1}|exactly the keys",
        "{'descr': '<f4', 'fortran_order': 0, 'shape': (2,)}|fortran_order must be True or False",
        "{'descr': '<f4', 'fortran_order': False, 'shape': 2}|shape must be a tuple",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, -1)}|non-negative",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296,)}|larger than 2147483647",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (65536, 65536)}|more than a Java array can hold",
        "{'descr': '<c16', 'fortran_order': False, 'shape': (1500000000,)}|more values than a Java array can hold",
        "{'descr': '<f16', 'fortran_order': False, 'shape': (2,)}|unsupported dtype (descr '<f16')",
        "{'descr': 5, 'fortran_order': False, 'shape': (2,)}|not supported (descr 5)",
    })
    void invalidHeaderContent(String header, String expected) throws IOException {
        failsToRead(NpyBytes.file(1, header, new byte[8]), expected);
    }

    @Test
    void unsupportedDtypesFromNumpy() {
        Path ld = NpyTest.fixture("longdouble.npy");
        fails(ld, () -> Npy.read(ld), "unsupported dtype", "'<f16'", "supported descr: <f2 <f4 <f8 |u1", "<c16");
        Path obj = NpyTest.fixture("object.npy");
        fails(obj, () -> Npy.read(obj), "object arrays are not supported", "'|O'");
        Path structured = NpyTest.fixture("structured.npy");
        fails(structured, () -> Npy.read(structured), "structured dtypes are not supported");
        Path unicode = NpyTest.fixture("unicode.npy");
        fails(unicode, () -> Npy.read(unicode), "unsupported dtype", "'<U2'");
    }

    @Test
    void dataShorterThanTheShapeNeeds() throws IOException {
        failsToRead(NpyBytes.file(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (4, 4), }", new byte[12]),
                "data has 12 bytes but shape (4, 4) of float32 needs 64");
        failsToRead(NpyBytes.file(3, "{'descr': '>c16', 'fortran_order': True, 'shape': (1, 2), }", new byte[31]),
                "data has 31 bytes but shape (1, 2) of complex128 needs 32");
    }

    /** A header that promises 3.2 GB must fail on the short data, not with an OutOfMemoryError. */
    @Test
    void lyingHeaderDoesNotAllocate() throws IOException {
        byte[] bytes = NpyBytes.file(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (20000, 20000), }",
                new byte[16]);
        failsToRead(bytes, "data has 16 bytes but shape (20000, 20000) of float64 needs 3200000000");
        failsToRead(NpyBytes.file(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2000000000,), }", new byte[16]),
                "data has 16 bytes but shape (2000000000,) of float32 needs 8000000000");
    }

    @Test
    void streamThatEndsInsideLargeData() {
        // Over the stream's direct-allocation limit, so the chunked path runs; 3 MiB really arrive.
        byte[] head = NpyBytes.file(1, "{'descr': '<u2', 'fortran_order': False, 'shape': (100000000,), }", new byte[0]);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(new byte[3 << 20]));
        IllegalArgumentException e = assertThrows(NpyFormatException.class, () -> Npy.read(in, "big.npy"));
        assertEquals("big.npy: data has 3145728 bytes but shape (100000000,) of uint16 needs 200000000", e.getMessage());
    }

    @Test
    void writingIntoAMissingDirectory() {
        Path p = tmp.resolve("no/such/dir/x.npy");
        fails(p, () -> Npy.write(p, NpyFixtureValues.expected(org.sciaccel.DType.UINT8, 2, 2)), "no such directory");
    }

    @Test
    void badMagicMessageDoesNotDependOnLength() throws IOException {
        failsToRead(new byte[] {'x'}, "not a .npy file");
        failsToRead(NpyBytes.floats(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5), "not a .npy file");
    }
}
