"""FITS fixtures written by astropy 5.2 (run with /usr/bin/python3): fits/astropy.fits with a
primary HDU and image extensions of every BITPIX, scaled and unsigned data; fits/expect_<ext>.npy
is astropy's fits.getdata(file, ext) and fits/header_<ext>.txt its header as KEY<TAB>repr-type<TAB>value.
If fits/sciaccel_written.fits exists (FitsTest.writeFixtureForAstropy with
-Dsciaccel.io.writeFitsFixture=DIR), checks that astropy reads it as expected.
"""
import os

import numpy as np
from astropy.io import fits

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fits")
os.makedirs(HERE, exist_ok=True)
rng = np.random.default_rng(4)

prim = fits.PrimaryHDU((np.arange(12, dtype=np.int16).reshape(3, 4) * 7 - 30))
prim.header["OBJECT"] = ("M31", "the target")
prim.header["EXPTIME"] = 12.5
prim.header["FLAG"] = True
prim.header["COMMENT"] = "written by make_fits_fixtures.py"
prim.header["BSCALE"] = 0.5
prim.header["BZERO"] = 10.0
hdus = [prim]
hdus.append(fits.ImageHDU(np.arange(6, dtype=np.uint8).reshape(2, 3), name="U8"))
hdus.append(fits.ImageHDU((rng.standard_normal((2, 3, 4)) * 100).astype(np.int32), name="I32"))
hdus.append(fits.ImageHDU(np.array([[-2**62, 5], [7, 2**62]], dtype=np.int64), name="I64"))
hdus.append(fits.ImageHDU(rng.standard_normal((3, 5)).astype(np.float32), name="F32"))
hdus.append(fits.ImageHDU(rng.standard_normal(7), name="F64"))
hdus.append(fits.ImageHDU(np.array([0, 1, 40000, 65535], dtype=np.uint16), name="U16"))
hdus.append(fits.ImageHDU(np.array([0, 3, 2**32 - 1], dtype=np.uint32), name="U32"))
sc = fits.ImageHDU(np.array([[1, 2], [3, 4]], dtype=np.int32), name="SCALED32")
sc.header["BSCALE"] = 2.5
sc.header["BZERO"] = -1.0
hdus.append(sc)
fits.HDUList(hdus).writeto(os.path.join(HERE, "astropy.fits"), overwrite=True)

path = os.path.join(HERE, "astropy.fits")
with fits.open(path) as f:
    n = len(f)
for ext in range(n):
    d = fits.getdata(path, ext)
    np.save(os.path.join(HERE, f"expect_{ext}.npy"), np.array(d, dtype=d.dtype.newbyteorder("=")))
    h = fits.getheader(path, ext)
    with open(os.path.join(HERE, f"header_{ext}.txt"), "w") as out:
        for card in h.cards:
            out.write(f"{card.keyword}\t{type(card.value).__name__}\t{card.value}\n")


written = os.path.join(HERE, "sciaccel_written.fits")
if os.path.exists(written):
    with fits.open(written) as f:
        assert f[0].data.dtype == np.dtype(">f8") and f[0].data.shape == (2, 3), f[0].data
        assert np.array_equal(f[0].data, np.arange(6.0).reshape(2, 3) / 4)
        assert f[0].header["OBSERVER"] == "sciaccel" and f[0].header["NIGHT"] == 3
        assert f[1].data.dtype == np.uint16 and np.array_equal(f[1].data, [0, 1, 40000, 65535]), f[1].data
        assert f[2].data.dtype == np.dtype(">i2") and np.array_equal(f[2].data, [[1, -2], [3, -4]])
    print("astropy reads sciaccel_written.fits as expected")
