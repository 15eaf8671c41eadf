"""Image fixtures (run with /usr/bin/python3; Pillow 9.4): small PNGs written by Pillow in each mode,
with np.asarray(Image.open(f)) saved as <name>.expect.npy; for the repo's data/scipy-lectures images,
shape, dtype and the SHA-256 of the array's bytes in lectures.txt. If img/sciaccel_written_*.png exist
(ImagesTest with -Dsciaccel.io.writeImageFixture=DIR), checks that Pillow reads them as expected.
"""
import hashlib
import os
import struct

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


np.save(os.path.join(HERE, "t_i32.input.npy"), rng.integers(-2**31, 2**31, (3, 5)).astype(np.int32))

# BMP: Pillow-written (L, 1, P, RGB; RGBA, which Pillow writes without an alpha mask and reads back as
# RGB) and hand-made layouts Pillow reads but does not write (16-bit 555/565, RLE8, top-down, BGRA masks).
bmps = {
    "b_grey8": Image.fromarray(rng.integers(0, 256, (5, 7), dtype=np.uint8)),
    "b_bits1": Image.fromarray(rng.integers(0, 2, (5, 11)).astype(bool)),
    "b_rgb": Image.fromarray(rng.integers(0, 256, (4, 5, 3), dtype=np.uint8)),
    "b_rgba_plain": Image.fromarray(rng.integers(0, 256, (3, 5, 4), dtype=np.uint8)),
    "b_palette": Image.fromarray(rng.integers(0, 256, (5, 6, 3), dtype=np.uint8)).convert("P", palette=Image.ADAPTIVE, colors=6),
}
for name, im in bmps.items():
    f = os.path.join(HERE, name + ".bmp")
    im.save(f)


def bmp_file(width, height, bits, pixels_rows, compression=0, palette=b"", header=40, masks=b"", top_down=False):
    """A BMP from raw bottom-up (or top-down) rows already padded; `masks` follows a 40-byte header
    for BI_BITFIELDS, or is part of a V4 header."""
    info = struct.pack("<iiHHIIiiII", width, -height if top_down else height, 1, bits, compression,
                       len(pixels_rows), 2835, 2835, len(palette) // 4, 0)
    if header == 108:
        info += masks + b"sRGB" + bytes(48)
        extra = b""
    else:
        extra = masks
    offset = 14 + 4 + len(info) + len(extra) + len(palette)
    return (b"BM" + struct.pack("<IHHI", offset + len(pixels_rows), 0, 0, offset) + struct.pack("<I", 4 + len(info))
            + info + extra + palette + pixels_rows)


def rows(a, bpp_bytes, top_down=False):
    h, w = a.shape[:2]
    stride = (w * bpp_bytes + 3) & ~3
    out = b""
    for y in (range(h) if top_down else range(h - 1, -1, -1)):
        r = a[y].tobytes()
        out += r + bytes(stride - len(r))
    return out


v555 = rng.integers(0, 1 << 15, (3, 5)).astype("<u2")
open(os.path.join(HERE, "b_rgb555.bmp"), "wb").write(bmp_file(5, 3, 16, rows(v555, 2)))
v565 = rng.integers(0, 1 << 16, (4, 3)).astype("<u2")
open(os.path.join(HERE, "b_rgb565.bmp"), "wb").write(
    bmp_file(3, 4, 16, rows(v565, 2), compression=3, masks=struct.pack("<III", 0xF800, 0x7E0, 0x1F)))
bgr = rng.integers(0, 256, (3, 4, 3), dtype=np.uint8)
open(os.path.join(HERE, "b_topdown.bmp"), "wb").write(bmp_file(4, 3, 24, rows(bgr, 3, True), top_down=True))
bgra = rng.integers(0, 256, (4, 3, 4), dtype=np.uint8)
open(os.path.join(HERE, "b_bgra_v4.bmp"), "wb").write(bmp_file(3, 4, 32, rows(bgra, 4), compression=3, header=108,
                                                                masks=struct.pack("<IIII", 0xFF0000, 0xFF00, 0xFF, 0xFF000000)))
# RLE8, 6x3: runs, an absolute run (odd length, padded), end of line, end of bitmap
pal = b"".join(bytes([b, g, r, 0]) for r, g, b in rng.integers(0, 256, (8, 3)))
rle = bytes([6, 2, 0, 0,  2, 5, 0, 3, 1, 7, 3, 0, 1, 4, 0, 0,  0, 6, 0, 1, 2, 3, 4, 5, 0, 0,  0, 1])
open(os.path.join(HERE, "b_rle8.bmp"), "wb").write(bmp_file(6, 3, 8, rle, compression=1, palette=pal))
for name in ["b_grey8", "b_bits1", "b_rgb", "b_rgba_plain", "b_palette", "b_rgb555", "b_rgb565", "b_topdown",
             "b_bgra_v4", "b_rle8"]:
    f = os.path.join(HERE, name + ".bmp")
    np.save(os.path.join(HERE, name + ".expect.npy"), np.asarray(Image.open(f)))
assert Image.open(os.path.join(HERE, "b_bgra_v4.bmp")).mode == "RGBA"
assert Image.open(os.path.join(HERE, "b_rgba_plain.bmp")).mode == "RGB"

# JPEG: smooth content (as photographs are), written by Pillow at its defaults (quality 75, 4:2:0),
# and at 4:4:4; np.asarray(Image.open(f)) is what the JDK's decoder must give.
yy, xx = np.mgrid[0:16, 0:24]
j_rgb = np.clip(np.stack([8 * xx + 3 * yy, 200 - 6 * yy + 2 * xx, 128 + 60 * np.sin(xx / 3.0)], -1)
                + rng.normal(0, 6, (16, 24, 3)), 0, 255).astype(np.uint8)
j_grey = np.clip(10 * xx + 4 * yy + rng.normal(0, 5, (16, 24)), 0, 255).astype(np.uint8)
np.save(os.path.join(HERE, "j_rgb.input.npy"), j_rgb)
np.save(os.path.join(HERE, "j_grey.input.npy"), j_grey)
Image.fromarray(j_rgb).save(os.path.join(HERE, "j_rgb.jpg"))
Image.fromarray(j_rgb).save(os.path.join(HERE, "j_rgb444.jpg"), subsampling=0)
Image.fromarray(j_grey).save(os.path.join(HERE, "j_grey.jpg"))
for name in ["j_rgb", "j_rgb444", "j_grey"]:
    np.save(os.path.join(HERE, name + ".expect.npy"), np.asarray(Image.open(os.path.join(HERE, name + ".jpg"))))


def jpeg_segments(path):
    """(DQT tables as {id: 64 values}, SOF components as [(id, h, v, tq)])."""
    b = open(path, "rb").read()
    i, dqt, sof = 2, {}, None
    while i < len(b):
        assert b[i] == 0xFF
        m = b[i + 1]
        n = struct.unpack(">H", b[i + 2:i + 4])[0]
        seg = b[i + 4:i + 2 + n]
        if m == 0xDB:
            k = 0
            while k < len(seg):
                pq, tq = seg[k] >> 4, seg[k] & 15
                assert pq == 0
                dqt[tq] = list(seg[k + 1:k + 65])
                k += 65
        elif m == 0xC0:
            nc = seg[5]
            sof = [(seg[6 + 3 * c], seg[7 + 3 * c] >> 4, seg[7 + 3 * c] & 15, seg[8 + 3 * c]) for c in range(nc)]
        elif m == 0xDA:
            break
        i += 2 + n
    return dqt, sof


for name in ["grey8", "rgb", "rgba", "la", "grey16", "t_grey8", "t_rgb", "t_rgba", "t_u16", "t_f32", "t_la", "t_i32",
             "b_grey8", "b_bits1", "b_rgb", "b_bgra_v4"]:
    ext = ".tif" if name.startswith("t_") else ".bmp" if name.startswith("b_") else ".png"
    f = os.path.join(HERE, "sciaccel_written_" + name + ext)
    if os.path.exists(f):
        a = np.asarray(Image.open(f))
        if name == "t_la":
            e = np.load(os.path.join(HERE, "la.expect.npy"))
        elif name == "t_i32":
            e = np.load(os.path.join(HERE, "t_i32.input.npy"))
        else:
            e = np.load(os.path.join(HERE, name + ".expect.npy"))
        # sciaccel's TIFFs are little-endian: Pillow gives '<u2' for 16-bit, exactly NumPy's native uint16.
        assert a.dtype == e.dtype and np.array_equal(a, e), (name, a.dtype, e.dtype)
        if name in ("b_grey8", "b_bits1", "b_rgb"):
            # grey, 1-bit and RGB bitmaps are laid out as Pillow lays them out, byte for byte
            assert open(f, "rb").read() == open(os.path.join(HERE, name + ".bmp"), "rb").read(), name
        print("Pillow reads", os.path.basename(f), "as expected")
f = os.path.join(HERE, "sciaccel_written_t_stack.tif")
if os.path.exists(f):
    stack = np.load(os.path.join(HERE, "t_stack.expect.npy"))
    with Image.open(f) as im:
        assert im.n_frames == stack.shape[0]
        for i in range(stack.shape[0]):
            im.seek(i)
            assert np.array_equal(np.asarray(im), stack[i]), i
    print("Pillow reads", os.path.basename(f), "as expected:", stack.shape[0], "pages")
for name in ["j_rgb", "j_grey"]:
    f = os.path.join(HERE, "sciaccel_written_" + name + ".jpg")
    if os.path.exists(f):
        mine, pillow = jpeg_segments(f), jpeg_segments(os.path.join(HERE, name + ".jpg"))
        assert mine == pillow, (name, "quantisation tables or sampling differ from Pillow's quality-75 defaults")
        a = np.asarray(Image.open(f)).astype(int)
        e = np.load(os.path.join(HERE, name + ".expect.npy")).astype(int)
        x = np.load(os.path.join(HERE, name + ".input.npy")).astype(int)
        np.save(os.path.join(HERE, "sciaccel_written_" + name + ".pillow.npy"), np.asarray(Image.open(f)))
        same = open(f, "rb").read() == open(os.path.join(HERE, name + ".jpg"), "rb").read()
        print(f"Pillow reads {os.path.basename(f)}: Pillow's tables and sampling; bytes identical to Pillow's: {same};"
              f" max |decoded - Pillow's own JPEG decoded| = {np.abs(a - e).max()}, max |decoded - input| = "
              f"{np.abs(a - x).max()} (Pillow's own: {np.abs(e - x).max()})")
