/* The C of the committed object files (tools/gen_objects.sh): one of each kind of
 * relocation the object reader turns into a symbol reference. */
#include <stdint.h>

static const double coeffs[4] = {1.5, -2.25, 3.125, 0.0625};
int64_t counter;              /* .bss, writable */
int64_t bias = 7;             /* .data, writable */

/* Constant pool and table: RIP-relative / adrp+lo12 loads from .rodata. */
double poly(double x) {
    return ((coeffs[3] * x + coeffs[2]) * x + coeffs[1]) * x + coeffs[0];
}

__attribute__((noinline)) int64_t scale(int64_t a) { return a * 3 + bias; }

/* A call to another function of the object (R_X86_64_PLT32 / R_AARCH64_CALL26). */
int64_t twice_scaled(int64_t a) { return scale(a) + scale(a + 1); }

/* Writable data: read-modify-write of a global. */
int64_t bump(int64_t by) {
    counter += by;
    return counter;
}

static int64_t add1(int64_t x) { return x + 1; }
static int64_t neg(int64_t x) { return -x; }
/* Function addresses in data (R_X86_64_64 / R_AARCH64_ABS64 in .data.rel.ro). */
int64_t (*const ops[2])(int64_t) = {add1, neg};
int64_t apply(int64_t i, int64_t x) { return ops[i & 1](x); }
