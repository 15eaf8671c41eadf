/*
 * Batched curve fitting with a built-in model (fit/fit_models.cl, -D MODEL, -D NP); the
 * Levenberg–Marquardt loop is in fit/levenberg_marquardt.cl.
 */
#include "common/prelude.cl"
#include "fit/fit_models.cl"
#include "fit/levenberg_marquardt.cl"
