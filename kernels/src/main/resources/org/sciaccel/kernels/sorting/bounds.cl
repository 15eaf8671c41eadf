/* Binary searches over sorted ulong keys (sorting/keys.cl's order), shared by the counting kernels. */

inline uint lower_bound_keys(__global const ulong* keys, uint lo, uint hi, ulong k) {
    while (lo < hi) {
        uint mid = lo + ((hi - lo) >> 1);
        if (keys[mid] < k) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

inline uint upper_bound_keys(__global const ulong* keys, uint lo, uint hi, ulong k) {
    while (lo < hi) {
        uint mid = lo + ((hi - lo) >> 1);
        if (keys[mid] <= k) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}
