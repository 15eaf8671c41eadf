package org.sciaccel.io;

/**
 * A file that cannot be read as the format it claims to be (WAV, MAT, FITS): bad signature,
 * truncated or malformed structure, an unsupported encoding. The message is one line that starts
 * with the file's name and says what is wrong.
 */
public class FileFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FileFormatException(String message) {
        super(message);
    }
}
