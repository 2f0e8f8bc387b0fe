// An auto-vectorised reduction over a slice (pointer + length).
#include <stdint.h>
int32_t sum(const int32_t *p, int64_t n) {
    int32_t s = 0;
    for (int64_t i = 0; i < n; i++) s += p[i];
    return s;
}
