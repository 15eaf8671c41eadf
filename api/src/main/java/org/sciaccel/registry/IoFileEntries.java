package org.sciaccel.registry;

import java.nio.file.Path;
import org.sciaccel.NDArray;
import org.sciaccel.io.Fits;
import org.sciaccel.io.WavFile;

/**
 * scipy.io / astropy.io.fits readers on the CLI whose results have a fixed shape:
 * {@code io.wavfile.read filename=@x.wav} (rate, data) and {@code io.fits.getdata filename=@x.fits
 * [ext=N]} (data). The file is named by a {@code filename=@path} parameter; the arrays are read on
 * the host and placed on the call's backend. ({@code loadmat} and {@code .npz} archives return one
 * output per variable, which the registry's fixed outputs cannot declare: they are Java-only.)
 */
public final class IoFileEntries implements OpEntries {
    private static final ParamSpec FILENAME = ParamSpec.required("filename", ParamTypes.STRING,
            "the file, as @path (or a plain path)");

    @Override
    public SpiFamily family() {
        return SpiFamily.HOST;
    }

    @Override
    public void register(OpRegistry registry) {
        registry.add(OpSpec.builder("io.wavfile.read")
                .summary("Reads a WAV file (PCM 8-64 bit, float32/64, RIFF/RIFX, WAVE_FORMAT_EXTENSIBLE) as SciPy 1.10 does.")
                .param(FILENAME)
                .output("rate", "samples per second")
                .output("data", "the samples: (n,) mono or (n, channels)")
                .invoker(a -> {
                    WavFile.Wav<NDArray> w = WavFile.read(path(a.text("filename")), a.backend());
                    return new OpOutputs().scalar("rate", w.rate()).array("data", w.data());
                }).build());
        registry.add(OpSpec.builder("io.fits.getdata")
                .summary("Reads a FITS image HDU's data with BSCALE/BZERO/BLANK applied as astropy does.")
                .param(FILENAME)
                .param(ParamSpec.optionalNone("ext", ParamTypes.INT,
                        "the HDU index; none: the primary HDU, or the first extension if the primary has no data"))
                .output("data", "the image, (NAXISn, ..., NAXIS1)")
                .invoker(a -> {
                    Path p = path(a.text("filename"));
                    org.sciaccel.HostArray h = a.isNone("ext") ? Fits.getdata(p) : Fits.getdata(p, a.integer("ext"));
                    return new OpOutputs().array("data", NDArray.fromHost(a.backend(), h));
                }).build());
    }

    private static Path path(String text) {
        String t = text.startsWith("@") ? text.substring(1) : text;
        if (t.isEmpty()) {
            throw new IllegalArgumentException("filename: no file given; expected filename=@path");
        }
        return Path.of(t);
    }
}
