// Strings and slices from Go: a Go string arrives as (base, len), a slice as (base, len, cap).
// The Go declarations are read from text_gcc.go with --go (no --sig needed).
#include <stdint.h>
int64_t count_byte(const uint8_t *s, int64_t len, uint8_t c) {
    int64_t n = 0;
    for (int64_t i = 0; i < len; i++) n += s[i] == c;
    return n;
}
double dot(const double *a, int64_t alen, int64_t acap, const double *b, int64_t blen, int64_t bcap) {
    double s = 0;
    int64_t n = alen < blen ? alen : blen;
    for (int64_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}
