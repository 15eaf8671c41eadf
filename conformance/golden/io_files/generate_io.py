"""Golden cases for the io file ops: io.wavfile.read/write, io.fits.getdata/getheader, io.imread/imwrite,
io.savemat, numpy.load/save/savez/savez_compressed. Files written by scipy.io.wavfile.write and savemat
(SciPy 1.10.1), astropy 5.2.1, Pillow 9.4 and NumPy 1.24.2, expected values from their readers. The writers
write into the conformance module's target folder (../../target/ from here); the check written_file
(IoGoldenChecks) compares what was written with the reference.
Run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3; writes cases.jsonl and the files next to it.
"""
import os
import sys

import numpy as np
from astropy.io import fits
from scipy.io import wavfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import golden_manifest as gm  # noqa: E402

rng = np.random.default_rng(1710)
cases = []

wavs = {
    "u8": (8000, rng.integers(0, 256, 9, dtype=np.uint8)),
    "i16_stereo": (44100, rng.integers(-32768, 32768, (7, 2)).astype(np.int16)),
    "i32": (48000, rng.integers(-2**31, 2**31, 5).astype(np.int32)),
    "f32_3ch": (22050, rng.standard_normal((4, 3)).astype(np.float32)),
    "f64": (96000, rng.standard_normal(6)),
}
for name, (rate, data) in wavs.items():
    f = "w_" + name + ".wav"
    wavfile.write(os.path.join(HERE, f), rate, data)
    r, d = wavfile.read(os.path.join(HERE, f))
    np.save(os.path.join(HERE, "w_" + name + ".expect.npy"), d)
    cases.append(gm.case("wavfile-read-" + name, "io.wavfile.read", [gm.array_arg("filename", f)],
                         {"rate": gm.scalar(r, "int64"), "data": "w_" + name + ".expect.npy"}))

# a truncated file: the data chunk is cut short
raw = open(os.path.join(HERE, "w_i16_stereo.wav"), "rb").read()
open(os.path.join(HERE, "w_truncated.wav"), "wb").write(raw[:-6])
cases.append(gm.raising("wavfile-read-truncated", "io.wavfile.read", [gm.array_arg("filename", "w_truncated.wav")],
                        "truncated data chunk"))

prim = fits.PrimaryHDU(rng.integers(-100, 100, (3, 4)).astype(np.int16))
prim.header["BSCALE"] = 0.25
prim.header["BZERO"] = 3.0
hdus = fits.HDUList([prim, fits.ImageHDU(rng.standard_normal((2, 3)).astype(np.float32), name="F32"),
                     fits.ImageHDU(np.array([0, 7, 65535], dtype=np.uint16), name="U16")])
hdus.writeto(os.path.join(HERE, "f_image.fits"), overwrite=True)
for ext in [None, 1, 2]:
    d = fits.getdata(os.path.join(HERE, "f_image.fits"), 0 if ext is None else ext)
    tag = "default" if ext is None else str(ext)
    np.save(os.path.join(HERE, "f_" + tag + ".expect.npy"), np.array(d, dtype=d.dtype.newbyteorder("=")))
    args = [gm.array_arg("filename", "f_image.fits")] + ([] if ext is None else [gm.arg("ext", ext)])
    cases.append(gm.case("fits-getdata-" + tag, "io.fits.getdata", args, {"data": "f_" + tag + ".expect.npy"}))
cases.append(gm.raising("fits-getdata-bad-ext", "io.fits.getdata",
                        [gm.array_arg("filename", "f_image.fits"), gm.arg("ext", 5)], "ext"))


# ---- io.imread: Pillow-written images, expected np.asarray(Image.open(f)) ----
from PIL import Image  # noqa: E402

ims = {
    "im_rgb.png": Image.fromarray(rng.integers(0, 256, (4, 5, 3), dtype=np.uint8)),
    "im_u16.tif": Image.fromarray(rng.integers(0, 65536, (3, 4)).astype(np.uint16)),
    "im_pal.bmp": Image.fromarray(rng.integers(0, 256, (4, 4, 3), dtype=np.uint8)).convert("P", palette=Image.ADAPTIVE, colors=5),
    "im_grey.jpg": Image.fromarray(np.clip(np.add.outer(np.arange(8) * 9, np.arange(16) * 7) + rng.normal(0, 4, (8, 16)), 0, 255)
                                   .astype(np.uint8)),
}
for f, im in ims.items():
    im.save(os.path.join(HERE, f))
    stem = f.replace(".", "_")
    np.save(os.path.join(HERE, stem + ".expect.npy"), np.asarray(Image.open(os.path.join(HERE, f))))
    cases.append(gm.case("imread-" + stem, "io.imread", [gm.array_arg("uri", f)], {"result": stem + ".expect.npy"}))
cases.append(gm.raising("imread-missing", "io.imread", [gm.array_arg("uri", "no_such_image.png")], "no such file"))
cases.append(gm.raising("imread-not-an-image", "io.imread", [gm.array_arg("uri", "generate_io.py")], "unknown signature"))

# ---- io.fits.getheader: repr(header), the card images ----
for ext in [0, 1, 2]:
    h = fits.getheader(os.path.join(HERE, "f_image.fits"), ext)
    cases.append(gm.case("fits-getheader-" + str(ext), "io.fits.getheader",
                         [gm.array_arg("filename", "f_image.fits"), gm.arg("ext", ext)], {"header": {"exact": repr(h)}}))
cases.append(gm.raising("fits-getheader-bad-ext", "io.fits.getheader",
                        [gm.array_arg("filename", "f_image.fits"), gm.arg("ext", 3)], "ext"))

# ---- numpy.load of a .npy ----
np.save(os.path.join(HERE, "in_f32.npy"), rng.standard_normal((2, 3)).astype(np.float32))
np.save(os.path.join(HERE, "in_i64.npy"), rng.integers(-10**12, 10**12, 4))
for f in ["in_f32.npy", "in_i64.npy"]:
    cases.append(gm.case("numpy-load-" + f[:-4], "numpy.load", [gm.array_arg("file", f)], {"result": f}))

# ---- writers: the file goes to the conformance module's target folder; the check reads it back ----
OUT = "../../target/"


def written(compare, path_arg, **kw):
    d = {"path_arg": path_arg, "compare": compare}
    d.update(kw)
    return {"nbytes": d}


for name in ["u8", "i16_stereo", "f32_3ch"]:
    rate = wavs[name][0]
    # the reference: SciPy's own file of the same data (checked byte-identical to a fresh write here)
    wavfile.write(os.path.join(HERE, "tmp.wav"), rate, np.load(os.path.join(HERE, "w_" + name + ".expect.npy")))
    assert open(os.path.join(HERE, "tmp.wav"), "rb").read() == open(os.path.join(HERE, "w_" + name + ".wav"), "rb").read()
    os.remove(os.path.join(HERE, "tmp.wav"))
    cases.append(gm.case("wavfile-write-" + name, "io.wavfile.write",
                         [gm.array_arg("filename", OUT + "io-written-" + name + ".wav"), gm.arg("rate", rate),
                          gm.array_arg("data", "w_" + name + ".expect.npy")],
                         written("bytes", "filename", reference="w_" + name + ".wav"), check="written_file"))
cases.append(gm.raising("wavfile-write-3d", "io.wavfile.write",
                        [gm.array_arg("filename", OUT + "io-written-bad.wav"), gm.arg("rate", 8000),
                         gm.array_arg("data", "cube_u8.npy")], "data"))
np.save(os.path.join(HERE, "cube_u8.npy"), rng.integers(0, 256, (2, 2, 2), dtype=np.uint8))

imgs = {
    "rgb_png": ("png", rng.integers(0, 256, (3, 4, 3), dtype=np.uint8)),
    "rgba_png": ("png", rng.integers(0, 256, (2, 3, 4), dtype=np.uint8)),
    "grey_tif": ("tif", rng.integers(0, 256, (3, 5), dtype=np.uint8)),
    "u16_tif": ("tif", rng.integers(0, 65536, (2, 3)).astype(np.uint16)),
    "f32_tif": ("tif", rng.standard_normal((3, 2)).astype(np.float32)),
    "rgba_tif": ("tif", rng.integers(0, 256, (2, 2, 4), dtype=np.uint8)),
    "grey_bmp": ("bmp", rng.integers(0, 256, (3, 5), dtype=np.uint8)),
    "rgb_bmp": ("bmp", rng.integers(0, 256, (3, 5, 3), dtype=np.uint8)),
    "rgba_bmp": ("bmp", rng.integers(0, 256, (2, 3, 4), dtype=np.uint8)),
    "rgb_jpg": ("jpg", np.clip(np.stack([np.add.outer(np.arange(16) * 8, np.arange(16) * 4)] * 3, -1)
                               + rng.normal(0, 8, (16, 16, 3)), 0, 255).astype(np.uint8)),
    "grey_jpg": ("jpg", np.clip(np.add.outer(np.arange(8) * 12, np.arange(8) * 5) + rng.normal(0, 6, (8, 8)), 0, 255)
                 .astype(np.uint8)),
}
for name, (ext, arr) in imgs.items():
    np.save(os.path.join(HERE, "in_" + name + ".npy"), arr)
    ref = "ref_" + name + "." + ext
    Image.fromarray(arr).save(os.path.join(HERE, ref))
    back = np.asarray(Image.open(os.path.join(HERE, ref)))
    args = [gm.array_arg("uri", OUT + "io-written-" + name + "." + ext), gm.array_arg("im", "in_" + name + ".npy")]
    if ext == "bmp" and arr.ndim == 2 or ext == "bmp" and arr.shape[2] == 3:
        # sciaccel lays a grey or RGB bitmap out exactly as Pillow does
        exp = written("bytes", "uri", reference=ref)
    elif ext == "bmp":
        # Pillow writes RGBA without an alpha mask (and reads it back as RGB); sciaccel's has one: the pixels
        os.remove(os.path.join(HERE, ref))
        np.save(os.path.join(HERE, "in_" + name + ".npy"), arr)
        exp = written("pixels", "uri", npy="in_" + name + ".npy")
    else:
        # lossless: the array itself; JPEG: Pillow's own JPEG of the array, decoded (the same tables and sampling)
        if ext != "jpg":
            assert np.array_equal(back, arr)
        np.save(os.path.join(HERE, "ref_" + name + ".expect.npy"), back)
        os.remove(os.path.join(HERE, ref))
        exp = written("pixels", "uri", npy="ref_" + name + ".expect.npy")
    cases.append(gm.case("imwrite-" + name, "io.imwrite", args, exp, check="written_file"))
cases.append(gm.raising("imwrite-rgba-jpeg", "io.imwrite", [gm.array_arg("uri", OUT + "io-written-bad.jpg"),
                                                           gm.array_arg("im", "in_rgba_png.npy")], "no alpha"))
cases.append(gm.raising("imwrite-gif", "io.imwrite", [gm.array_arg("uri", OUT + "io-written-bad.gif"),
                                                     gm.array_arg("im", "in_rgb_png.npy")], "only .png, .tif/.tiff, .bmp and .jpg/.jpeg are written"))

import scipy.io as sio  # noqa: E402

mat_in = {"x": np.arange(6.0).reshape(2, 3) * 1.5, "k": rng.integers(-300, 300, (3, 2)).astype(np.int16),
          "z": (rng.standard_normal(3) + 1j * rng.standard_normal(3)).astype(np.complex64), "u": np.arange(4, dtype=np.uint32)}
for k, v in mat_in.items():
    np.save(os.path.join(HERE, "mat_in_" + k + ".npy"), v)
for tag, comp, oned in [("plain", False, "row"), ("compressed", True, "column")]:
    mdict = dict(mat_in)
    mdict["t"] = "hello"
    mdict["n"] = 3
    mdict["r"] = 2.5
    sio.savemat(os.path.join(HERE, "tmp.mat"), mdict, do_compression=comp, oned_as=oned)
    m = sio.loadmat(os.path.join(HERE, "tmp.mat"))
    os.remove(os.path.join(HERE, "tmp.mat"))
    variables = {}
    for k in mdict:
        if k == "t":
            variables[k] = {"text": list(m[k])}
        else:
            f = "mat_" + tag + "_" + k + ".expect.npy"
            np.save(os.path.join(HERE, f), np.ascontiguousarray(m[k]))
            variables[k] = f
    args = [gm.array_arg("file_name", OUT + "io-written-" + tag + ".mat")]
    args += [gm.array_arg(k, "mat_in_" + k + ".npy") for k in mat_in]
    args += ["t=hello", "n=3", "r=2.5", gm.arg("do_compression", comp), "oned_as=" + oned]
    cases.append(gm.case("savemat-" + tag, "io.savemat", args, written("mat", "file_name", variables=variables),
                         check="written_file"))
cases.append(gm.raising("savemat-bad-name", "io.savemat", [gm.array_arg("file_name", OUT + "io-written-bad.mat"),
                                                          gm.array_arg("_x", "mat_in_x.npy"), "a" * 64 + "=2"],
                        "not a valid MATLAB variable name"))
cases.append(gm.raising("savemat-bad-oned", "io.savemat", [gm.array_arg("file_name", OUT + "io-written-bad.mat"),
                                                          gm.array_arg("x", "mat_in_x.npy"), "oned_as=diag"], "oned_as"))

save_in = {"f64": rng.standard_normal((2, 3)), "i32": rng.integers(-5, 5, 5).astype(np.int32),
           "b": rng.integers(0, 2, (2, 2)).astype(bool), "u8_3d": rng.integers(0, 256, (2, 1, 3), dtype=np.uint8)}
for k, v in save_in.items():
    np.save(os.path.join(HERE, "save_in_" + k + ".npy"), v)
    cases.append(gm.case("numpy-save-" + k, "numpy.save", [gm.array_arg("file", OUT + "io-written-" + k + ".npy"),
                                                          gm.array_arg("arr", "save_in_" + k + ".npy")],
                         written("bytes", "file", reference="save_in_" + k + ".npy"), check="written_file"))
for op in ["numpy.savez", "numpy.savez_compressed"]:
    tag = op.split(".")[1]
    args = [gm.array_arg("file", OUT + "io-written-" + tag + ".npz"), gm.array_arg("args", "save_in_f64.npy"),
            gm.array_arg("flags", "save_in_b.npy"), gm.array_arg("counts", "save_in_i32.npy")]
    np.savez(os.path.join(HERE, "tmp.npz"), np.load(os.path.join(HERE, "save_in_f64.npy")),
             flags=np.load(os.path.join(HERE, "save_in_b.npy")), counts=np.load(os.path.join(HERE, "save_in_i32.npy")))
    z = np.load(os.path.join(HERE, "tmp.npz"))
    assert z.files == ["flags", "counts", "arr_0"], z.files
    os.remove(os.path.join(HERE, "tmp.npz"))
    cases.append(gm.case(tag, op, args, written("npz", "file", members={"flags": "save_in_b.npy", "counts": "save_in_i32.npy",
                                                                       "arr_0": "save_in_f64.npy"}), check="written_file"))
cases.append(gm.raising("numpy-load-npz", "numpy.load", [gm.array_arg("file", "n_archive.npz")], "file"))
np.savez(os.path.join(HERE, "n_archive.npz"), a=np.arange(3))

gm.write(os.path.join(HERE, "cases.jsonl"),
         "io file readers: scipy 1.10.1, astropy 5.2.1, numpy 1.24.2; generated by generate_io.py. Do not edit; regenerate.",
         cases)
