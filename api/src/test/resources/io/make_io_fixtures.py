"""Writes the io fixtures with NumPy 1.24 / SciPy 1.10 (run with OPENBLAS_NUM_THREADS=1 /usr/bin/python3).

npz/: archives from numpy.savez / savez_compressed, and each array as a .npy expectation.
wav/: files from scipy.io.wavfile.write and hand-built ones (24-bit, RIFX, WAVE_FORMAT_EXTENSIBLE,
extra chunks), each with <name>.expect.npy holding what scipy.io.wavfile.read returns and
rates.txt the rates.
"""
import os
import struct

import numpy as np
from scipy.io import wavfile

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(17)


def out(*parts):
    p = os.path.join(HERE, *parts)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---- npz ----
arrays = {
    "f8": rng.standard_normal((3, 4)),
    "f4": rng.standard_normal(5).astype(np.float32),
    "i8": np.arange(-6, 6, dtype=np.int64).reshape(2, 3, 2),
    "u1": np.arange(7, dtype=np.uint8),
    "b1": np.array([True, False, True]),
    "c16": (rng.standard_normal(4) + 1j * rng.standard_normal(4)),
    "scalar": np.array(2.5),
    "empty": np.zeros((0, 3), dtype=np.int32),
    "fortran": np.asfortranarray(np.arange(6, dtype=np.int16).reshape(2, 3)),
}
np.savez(out("npz", "named.npz"), **arrays)
np.savez_compressed(out("npz", "named_compressed.npz"), **arrays)
np.savez(out("npz", "positional.npz"), arrays["f8"], arrays["i8"])
for k, v in arrays.items():
    np.save(out("npz", "expect_" + k + ".npy"), np.array(v, order="C"))
with np.load(out("npz", "named.npz")) as z:
    assert list(z.files) == list(arrays), z.files
    for k in arrays:
        assert np.array_equal(z[k], arrays[k])

# ---- wav written by scipy ----
rates = []
t = np.arange(40)
cases = {
    "u8_mono": (8000, (128 + 100 * np.sin(t / 3)).astype(np.uint8)),
    "i16_mono": (44100, (30000 * np.sin(t / 5)).astype(np.int16)),
    "i16_stereo": (22050, np.stack([(30000 * np.sin(t / 5)), (-20000 * np.cos(t / 7))], 1).astype(np.int16)),
    "i32_mono": (48000, ((2**31 - 1) * np.sin(t / 4)).astype(np.int32)),
    "i64_3ch": (16000, (2**40 * rng.standard_normal((10, 3))).astype(np.int64)),
    "i8_mono": (11025, np.arange(-20, 20, dtype=np.int8)),
    "f32_stereo": (44100, rng.standard_normal((12, 2)).astype(np.float32)),
    "f64_mono": (96000, rng.standard_normal(15)),
}
for name, (rate, data) in cases.items():
    wavfile.write(out("wav", name + ".wav"), rate, data)
    np.save(out("wav", name + ".input.npy"), data)


def chunk(cid, payload, big=False):
    b = cid + struct.pack(">I" if big else "<I", len(payload)) + payload
    return b + (b"\x00" if len(payload) % 2 else b"")


def riff(chunks, big=False):
    body = b"WAVE" + b"".join(chunks)
    return (b"RIFX" if big else b"RIFF") + struct.pack(">I" if big else "<I", len(body)) + body


def fmt(tag, ch, rate, bps, bits, big=False, ext=None):
    e = ">" if big else "<"
    p = struct.pack(e + "HHIIHH", tag, ch, rate, rate * bps * ch, bps * ch, bits)
    if ext is not None:
        p += struct.pack(e + "H", 22) + struct.pack(e + "HI", bits, 0) + ext
    return p


# 24-bit little-endian stereo, odd data length handled by a pad byte, a LIST chunk first
raw24 = b"".join(int(v).to_bytes(3, "little", signed=True) for v in [1, -2, 3, 8388607, -8388608, 100])
open(out("wav", "i24_stereo.wav"), "wb").write(riff([chunk(b"LIST", b"INFOabc"), chunk(b"fmt ", fmt(1, 2, 8000, 3, 24)),
                                                      chunk(b"data", raw24)]))
# 24-bit mono with an odd number of data bytes (pad byte) and a trailing unknown chunk
raw24m = b"".join(int(v).to_bytes(3, "little", signed=True) for v in [5, -5, 1000])
open(out("wav", "i24_mono_pad.wav"), "wb").write(riff([chunk(b"fmt ", fmt(1, 1, 8000, 3, 24)), chunk(b"data", raw24m),
                                                        chunk(b"zzzz", b"xy")]))
# big-endian RIFX 16-bit mono
open(out("wav", "rifx_i16.wav"), "wb").write(riff([chunk(b"fmt ", fmt(1, 1, 8000, 2, 16, big=True), big=True),
                                                    chunk(b"data", np.array([1, -2, 300], ">i2").tobytes(), big=True)], big=True))
# WAVE_FORMAT_EXTENSIBLE with a float subformat and a PCM one
guid_tail = b"\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71"
open(out("wav", "ext_float.wav"), "wb").write(riff([
    chunk(b"fmt ", fmt(0xFFFE, 2, 44100, 4, 32, ext=struct.pack("<I", 3) + guid_tail)),
    chunk(b"fact", struct.pack("<I", 3)),
    chunk(b"data", np.array([[0.5, -0.25], [1.0, -1.0], [0.0, 3.0]], "<f4").tobytes())]))
open(out("wav", "ext_pcm16.wav"), "wb").write(riff([
    chunk(b"fmt ", fmt(0xFFFE, 1, 16000, 2, 16, ext=struct.pack("<I", 1) + guid_tail)),
    chunk(b"JUNK", b"\x00" * 6),
    chunk(b"data", np.array([7, -7, 32767, -32768], "<i2").tobytes())]))
# 20 bits in 3-byte containers (read as int32, left-justified)
open(out("wav", "i20in24.wav"), "wb").write(riff([chunk(b"fmt ", fmt(1, 1, 8000, 3, 20)),
                                                   chunk(b"data", b"".join(int(v << 4).to_bytes(3, "little", signed=True)
                                                                             for v in [1, -1, 524287]))]))
# 48-bit in 6-byte containers: int64, left-justified
open(out("wav", "i48.wav"), "wb").write(riff([chunk(b"fmt ", fmt(1, 1, 8000, 6, 48)),
                                               chunk(b"data", b"".join(int(v).to_bytes(6, "little", signed=True)
                                                                         for v in [1, -3, 2**47 - 1]))]))

for f in sorted(os.listdir(os.path.join(HERE, "wav"))):
    if f.endswith(".wav"):
        rate, data = wavfile.read(os.path.join(HERE, "wav", f))
        np.save(out("wav", f[:-4] + ".expect.npy"), data)
        rates.append(f"{f} {rate}")
open(out("wav", "rates.txt"), "w").write("\n".join(rates) + "\n")
