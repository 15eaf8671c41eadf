/*
 * Data movement of whole elements for the creation kernels: an element is moved as an unsigned
 * integer of its size (ELEM_T: uchar, ushort, uint, ulong, or ulong2 for complex128), so copies,
 * fills and masks need no floating-point type (and no double precision). Build option ELEM_BYTES
 * (1, 2, 4, 8 or 16). An element's value arrives as two longs, its bits as org.sciaccel.spi.Element
 * holds them (the low word; the high word is complex128's imaginary part; complex64 packs both parts
 * into the low word on the host).
 */
#ifndef SCIACCEL_CREATION_ELEMENTS_CL
#define SCIACCEL_CREATION_ELEMENTS_CL

#if ELEM_BYTES == 1
#define ELEM_T uchar
#elif ELEM_BYTES == 2
#define ELEM_T ushort
#elif ELEM_BYTES == 4
#define ELEM_T uint
#elif ELEM_BYTES == 8
#define ELEM_T ulong
#elif ELEM_BYTES == 16
#define ELEM_T ulong2
#else
#error "ELEM_BYTES must be 1, 2, 4, 8 or 16"
#endif

#if ELEM_BYTES == 16
#define MAKE_ELEM(lo, hi) ((ulong2) (as_ulong(lo), as_ulong(hi)))
#else
#define MAKE_ELEM(lo, hi) ((ELEM_T) (lo))
#endif

#define ZERO_ELEM ((ELEM_T) (0))

#endif
