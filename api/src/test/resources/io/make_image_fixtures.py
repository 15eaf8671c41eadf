"""Image fixtures (run with /usr/bin/python3; Pillow 9.4): small PNGs written by Pillow in each mode,
with np.asarray(Image.open(f)) saved as <name>.expect.npy; for the repo's data/scipy-lectures images,
shape, dtype and the SHA-256 of the array's bytes in lectures.txt. If img/sciaccel_written_*.png exist
(ImagesTest with -Dsciaccel.io.writeImageFixture=DIR), checks that Pillow reads them as expected.
"""
import hashlib
import os

import numpy as np
from PIL import Image

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "img")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "..", ".."))
os.makedirs(HERE, exist_ok=True)
rng = np.random.default_rng(5)

cases = {
    "grey8": Image.fromarray(rng.integers(0, 256, (5, 7), dtype=np.uint8)),
    "la": Image.fromarray(rng.integers(0, 256, (4, 6, 2), dtype=np.uint8), "LA"),
    "rgb": Image.fromarray(rng.integers(0, 256, (6, 5, 3), dtype=np.uint8)),
    "rgba": Image.fromarray(rng.integers(0, 256, (3, 4, 4), dtype=np.uint8)),
    "grey16": Image.fromarray((rng.integers(0, 65536, (4, 5))).astype(np.uint16)),
    "bits1": Image.fromarray(rng.integers(0, 2, (5, 9)).astype(bool)),
    "palette": Image.fromarray(rng.integers(0, 256, (6, 6, 3), dtype=np.uint8)).convert("P", palette=Image.ADAPTIVE, colors=8),
}
for name, im in cases.items():
    f = os.path.join(HERE, name + ".png")
    im.save(f)
    np.save(os.path.join(HERE, name + ".expect.npy"), np.asarray(Image.open(f)))

tiffs = {
    "t_grey8": Image.fromarray(rng.integers(0, 256, (5, 7), dtype=np.uint8)),
    "t_rgb": Image.fromarray(rng.integers(0, 256, (4, 6, 3), dtype=np.uint8)),
    "t_rgba": Image.fromarray(rng.integers(0, 256, (3, 5, 4), dtype=np.uint8)),
    "t_u16": Image.fromarray(rng.integers(0, 65536, (4, 5)).astype(np.uint16)),
    "t_f32": Image.fromarray(rng.standard_normal((3, 4)).astype(np.float32)),
}
for name, im in tiffs.items():
    f = os.path.join(HERE, name + ".tif")
    im.save(f)
    np.save(os.path.join(HERE, name + ".expect.npy"), np.asarray(Image.open(f)))
# A 3-page greyscale stack, and a deflate-compressed page.
stack = rng.integers(0, 256, (3, 4, 6), dtype=np.uint8)
pages = [Image.fromarray(p) for p in stack]
pages[0].save(os.path.join(HERE, "t_stack.tif"), save_all=True, append_images=pages[1:])
np.save(os.path.join(HERE, "t_stack.expect.npy"), stack)
with Image.open(os.path.join(HERE, "t_stack.tif")) as im:
    for i in range(3):
        im.seek(i)
        assert np.array_equal(np.asarray(im), stack[i])
tiffs["t_deflate"] = Image.fromarray(rng.integers(0, 256, (6, 6), dtype=np.uint8))
tiffs["t_deflate"].save(os.path.join(HERE, "t_deflate.tif"), compression="tiff_adobe_deflate")
np.save(os.path.join(HERE, "t_deflate.expect.npy"), np.asarray(Image.open(os.path.join(HERE, "t_deflate.tif"))))

with open(os.path.join(HERE, "lectures.txt"), "w") as out:
    for f in ["moonlanding.png", "MV_HFV_012.jpg"]:
        a = np.ascontiguousarray(np.asarray(Image.open(os.path.join(ROOT, "data", "scipy-lectures", f))))
        out.write(f"{f}\t{a.dtype}\t{','.join(map(str, a.shape))}\t{hashlib.sha256(a.tobytes()).hexdigest()}\n")

for name in ["grey8", "rgb", "rgba", "la", "grey16", "t_grey8", "t_rgb", "t_rgba", "t_u16"]:
    f = os.path.join(HERE, "sciaccel_written_" + name + (".tif" if name.startswith("t_") else ".png"))
    if os.path.exists(f):
        a = np.asarray(Image.open(f))
        e = np.load(os.path.join(HERE, name + ".expect.npy"))
        # sciaccel's TIFFs are big-endian: Pillow gives '>u2' for 16-bit, the same values.
        assert a.dtype.newbyteorder("=") == e.dtype and np.array_equal(a, e), (name, a.dtype, e.dtype)
        print("Pillow reads", os.path.basename(f), "as expected")
