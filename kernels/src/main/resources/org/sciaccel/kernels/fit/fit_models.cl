/*
 * The built-in fit models (org.sciaccel.optimize.FitModel), chosen by -D MODEL=<code>, with NP
 * parameters: model_eval returns the value at (x, y) and, when d is not null, writes the NP
 * derivatives. The same formulas as the CPU backend's CpuFitModels.
 */
#define MODEL_GAUSS_1D 0
#define MODEL_GAUSS_2D 1
#define MODEL_GAUSS_2D_ELLIPTIC 2
#define MODEL_GAUSS_2D_ROTATED 3
#define MODEL_CAUCHY_2D_ELLIPTIC 4
#define MODEL_LINEAR_1D 5
#define MODEL_EXPONENTIAL 6
#define MODEL_POLYNOMIAL 7

#if MODEL >= MODEL_GAUSS_2D && MODEL <= MODEL_CAUCHY_2D_ELLIPTIC
#define MODEL_DIMS 2
#else
#define MODEL_DIMS 1
#endif

inline REAL model_eval(const REAL *p, REAL x, REAL y, REAL *d) {
#if MODEL == MODEL_GAUSS_1D
    REAL a = p[0], dx = x - p[1], w = p[2];
    REAL iw2 = (REAL)1 / (w * w);
    REAL e = exp((REAL)(-0.5) * dx * dx * iw2);
    if (d) {
        d[0] = e;
        d[1] = a * e * dx * iw2;
        d[2] = a * e * dx * dx * iw2 / w;
        d[3] = (REAL)1;
    }
    return a * e + p[3];
#elif MODEL == MODEL_GAUSS_2D
    REAL a = p[0], dx = x - p[1], dy = y - p[2], w = p[3];
    REAL iw2 = (REAL)1 / (w * w);
    REAL r2 = dx * dx + dy * dy;
    REAL e = exp((REAL)(-0.5) * r2 * iw2);
    if (d) {
        d[0] = e;
        d[1] = a * e * dx * iw2;
        d[2] = a * e * dy * iw2;
        d[3] = a * e * r2 * iw2 / w;
        d[4] = (REAL)1;
    }
    return a * e + p[4];
#elif MODEL == MODEL_GAUSS_2D_ELLIPTIC
    REAL a = p[0], dx = x - p[1], dy = y - p[2];
    REAL iwx2 = (REAL)1 / (p[3] * p[3]), iwy2 = (REAL)1 / (p[4] * p[4]);
    REAL e = exp((REAL)(-0.5) * (dx * dx * iwx2 + dy * dy * iwy2));
    if (d) {
        d[0] = e;
        d[1] = a * e * dx * iwx2;
        d[2] = a * e * dy * iwy2;
        d[3] = a * e * dx * dx * iwx2 / p[3];
        d[4] = a * e * dy * dy * iwy2 / p[4];
        d[5] = (REAL)1;
    }
    return a * e + p[5];
#elif MODEL == MODEL_GAUSS_2D_ROTATED
    REAL a = p[0], dx = x - p[1], dy = y - p[2], wx = p[3], wy = p[4];
    REAL c = cos(p[6]), s = sin(p[6]);
    REAL u = dx * c - dy * s, v = dx * s + dy * c;
    REAL iwx2 = (REAL)1 / (wx * wx), iwy2 = (REAL)1 / (wy * wy);
    REAL e = exp((REAL)(-0.5) * (u * u * iwx2 + v * v * iwy2));
    if (d) {
        REAL ae = a * e;
        d[0] = e;
        d[1] = ae * (u * c * iwx2 + v * s * iwy2);
        d[2] = ae * (-u * s * iwx2 + v * c * iwy2);
        d[3] = ae * u * u * iwx2 / wx;
        d[4] = ae * v * v * iwy2 / wy;
        d[5] = (REAL)1;
        d[6] = -ae * (u * (-v) * iwx2 + v * u * iwy2);
    }
    return a * e + p[5];
#elif MODEL == MODEL_CAUCHY_2D_ELLIPTIC
    REAL a = p[0];
    REAL tx = (x - p[1]) / p[3], ty = (y - p[2]) / p[4];
    REAL fx = (REAL)1 / (tx * tx + (REAL)1), fy = (REAL)1 / (ty * ty + (REAL)1);
    if (d) {
        REAL afxfy = a * fx * fy;
        d[0] = fx * fy;
        d[1] = afxfy * fx * (REAL)2 * tx / p[3];
        d[2] = afxfy * fy * (REAL)2 * ty / p[4];
        d[3] = afxfy * fx * (REAL)2 * tx * tx / p[3];
        d[4] = afxfy * fy * (REAL)2 * ty * ty / p[4];
        d[5] = (REAL)1;
    }
    return a * fx * fy + p[5];
#elif MODEL == MODEL_LINEAR_1D
    if (d) {
        d[0] = (REAL)1;
        d[1] = x;
    }
    return p[0] + p[1] * x;
#elif MODEL == MODEL_EXPONENTIAL
    REAL e = exp(-p[1] * x);
    if (d) {
        d[0] = e;
        d[1] = -p[0] * x * e;
        d[2] = (REAL)1;
    }
    return p[0] * e + p[2];
#elif MODEL == MODEL_POLYNOMIAL
    REAL v = p[NP - 1];
    for (int k = NP - 2; k >= 0; k--) {
        v = v * x + p[k];
    }
    if (d) {
        REAL xp = (REAL)1;
        for (int k = 0; k < NP; k++) {
            d[k] = xp;
            xp *= x;
        }
    }
    return v;
#else
#error "unknown MODEL"
#endif
}
