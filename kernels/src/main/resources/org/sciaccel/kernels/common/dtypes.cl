/*
 * Element type codes: the ordinals of org.sciaccel.DType. Kernels receive IN_KIND / OUT_KIND as
 * build options together with the matching OpenCL C types IN_T / OUT_T.
 */
#define DT_FLOAT32 0
#define DT_FLOAT64 1
#define DT_UINT8 2
#define DT_UINT16 3
#define DT_INT32 4
#define DT_INT64 5
#define DT_BOOL 6
/* 7 and 8 are complex64 and complex128, passed as their component's code. */
#define DT_INT8 9
#define DT_INT16 10
#define DT_UINT32 11
#define DT_UINT64 12
/* float16 is stored as ushort holding the IEEE half bits (OpenCL's half type is optional, cl_khr_fp16,
   but vload_half / vstore_half are core and convert exactly). */
#define DT_FLOAT16 13

/* Integer types, bool included (stored as uchar). */
#define DT_IS_INTEGRAL(k) (((k) >= DT_UINT8 && (k) <= DT_BOOL) || ((k) >= DT_INT8 && (k) <= DT_UINT64))
