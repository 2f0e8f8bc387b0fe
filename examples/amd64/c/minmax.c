// AVX2 min/max over an array: clang copies ymm registers with vmovdqa, which Go encodes
// differently (store opcode), so those become BYTEs with the source as a comment.
#include <stdint.h>
void minmax(const int32_t *p, int64_t n, int32_t *min, int32_t *max) {
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] < lo) lo = p[i];
        if (p[i] > hi) hi = p[i];
    }
    *min = lo;
    *max = hi;
}
