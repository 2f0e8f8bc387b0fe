/* End-to-end corpus for native2goasm (amd64).
 *
 * Every function is a leaf, keeps everything in registers with GCC 12 and
 * clang 14 at -O2/-O3 (-mavx2), and has no undefined behaviour for the
 * inputs the Go test feeds it (signed arithmetic wraps through unsigned
 * casts; divisors are non-zero; float->int conversions are kept in range).
 * The Go signature of each function is in signatures.txt; the same file is
 * compiled by cgo as the reference (ref/ sub-package).
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- integer arithmetic ------------------------------------------------ */

/* splitmix64 finaliser: 64-bit multiplies by movabs constants, shifts, xor. */
uint64_t mix_u64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Wrapping signed arithmetic and a conditional move. */
int64_t arith_i64(int64_t a, int64_t b, int64_t c) {
    uint64_t t = (uint64_t)a * 7u + ((uint64_t)b << 3) - (uint64_t)c;
    int64_t s = (int64_t)t;
    int64_t r = s < 0 ? (int64_t)(0 - (uint64_t)s) ^ b : s + (c >> 2);
    return r;
}

uintptr_t align_up(uintptr_t p, uintptr_t log2a) {
    uintptr_t a = (uintptr_t)1 << (log2a & 31);
    return (p + a - 1) & ~(a - 1);
}

/* ---- loops ------------------------------------------------------------- */

uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b != 0) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

uint32_t collatz_steps(uint64_t n) {
    uint32_t steps = 0;
    while (n > 1 && steps < 10000) {
        n = (n & 1) ? 3 * n + 1 : n >> 1;
        steps++;
    }
    return steps;
}

/* ---- auto-vectorised loops over arrays ---------------------------------- */

int64_t sum_i32(const int32_t *p, int64_t n) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++)
        s += p[i];
    return s;
}

void saxpy_f32(float *y, const float *x, float a, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        y[i] = a * x[i] + y[i];
}

uint8_t max_u8(const uint8_t *p, uintptr_t n) {
    uint8_t m = 0;
    for (uintptr_t i = 0; i < n; i++)
        m = p[i] > m ? p[i] : m;
    return m;
}

void xor_bytes(uint8_t *restrict dst, const uint8_t *a, const uint8_t *b, uintptr_t n) {
    for (uintptr_t i = 0; i < n; i++)
        dst[i] = a[i] ^ b[i];
}

void scale_add_f64(double *p, int64_t n, double s) {
    for (int64_t i = 0; i < n; i++)
        p[i] = p[i] * s + 0.75;
}

int64_t count_eq_u16(const uint16_t *p, int64_t n, uint16_t v) {
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++)
        c += p[i] == v;
    return c;
}

/* ---- float and double maths with constants ----------------------------- */

double poly_f64(double x) {
    return ((1.5 * x - 2.25) * x + 0.125) * x - 3.0e-3;
}

float f2c_f32(float f) {
    return (f - 32.0f) * (5.0f / 9.0f);
}

/* fabs and negation: sign masks loaded from 16-byte constants. */
double absdiff_f64(double a, double b) {
    double d = a - b;
    return d < 0 ? -d : d;
}

float negmul_f32(float a, float b) {
    return -(a * b) + 1.0f;
}

double clamp_f64(double x, double lo, double hi) {
    return x < lo ? lo : (x > hi ? hi : x);
}

/* uint64 -> double needs a multi-instruction sequence (constants in clang). */
double u64_to_f64(uint64_t u, int32_t i) {
    return (double)u * 0.5 + (double)i;
}

/* ---- sub-word parameters and results ----------------------------------- */

int8_t sat_add_i8(int8_t a, int8_t b) {
    int s = a + b;
    return s > 127 ? 127 : (s < -128 ? -128 : (int8_t)s);
}

uint8_t avg_u8(uint8_t a, uint8_t b) {
    return (uint8_t)(((unsigned)a + b + 1) >> 1);
}

int16_t mulhi_i16(int16_t a, int16_t b) {
    return (int16_t)(((int32_t)a * b) >> 16);
}

uint16_t bswap_u16(uint16_t x) {
    return (uint16_t)((x >> 8) | (x << 8));
}

bool is_pow2_u32(uint32_t x) {
    return x != 0 && (x & (x - 1)) == 0;
}

bool bool_logic(bool a, bool b, int32_t c) {
    return (a && !b) || c < 0;
}

uint32_t rotl_u32(uint32_t x, uint32_t r) {
    r &= 31;
    return (x << r) | (x >> ((32 - r) & 31));
}

int32_t widen_mix(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f) {
    return (int32_t)((uint32_t)a * 3u + b - (uint32_t)c * 5u + d + (uint32_t)e + (f >> 3));
}

/* ---- 7+ parameters (stack arguments) ------------------------------------ */

int64_t mix8_i64(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
                 int64_t g, int64_t h) {
    uint64_t r = (uint64_t)a + 2u * (uint64_t)b + 3u * (uint64_t)c + 4u * (uint64_t)d +
                 5u * (uint64_t)e + 6u * (uint64_t)f + 7u * (uint64_t)g - 8u * (uint64_t)h;
    return (int64_t)r;
}

/* Sub-word values on the stack (7th..9th) and mixed int/float registers. */
int64_t mix_sub9(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f,
                 int8_t g, uint16_t h, bool i) {
    int64_t r = (int64_t)a * 1 + (int64_t)b * 10 + (int64_t)c * 100 + (int64_t)d * 1000 +
                (int64_t)e * 3 + (int64_t)f * 7 + (int64_t)g * 11 + (int64_t)h * 13;
    return i ? -r : r;
}

double weighted(int64_t a, double wa, int32_t b, float wb, uint8_t c, double wc) {
    return (double)a * wa + (double)b * (double)wb + (double)c * wc;
}

/* Nine doubles: the ninth is read from the stack. */
double horner9_f64(double x, double c0, double c1, double c2, double c3, double c4,
                   double c5, double c6, double c7) {
    return ((((((c7 * x + c6) * x + c5) * x + c4) * x + c3) * x + c2) * x + c1) * x + c0;
}

/* ---- lookup tables and switch tables ------------------------------------ */

static const uint32_t lut16[16] = {
    0x9e3779b9u, 0x7f4a7c15u, 0xf39cc060u, 0x5cedc834u, 0x1b873593u, 0xcc9e2d51u,
    0x85ebca6bu, 0xc2b2ae35u, 0x27d4eb2fu, 0x165667b1u, 0xd3a2646cu, 0xfd7046c5u,
    0xb55a4f09u, 0x61c88647u, 0x2545f491u, 0x4f6cdd1du,
};

uint32_t lut_u32(uint8_t i) {
    return lut16[i & 15] ^ i;
}

static const uint8_t crc8_table[256] = {
    0x00, 0x07, 0x0e, 0x09, 0x1c, 0x1b, 0x12, 0x15, 0x38, 0x3f, 0x36, 0x31, 0x24, 0x23, 0x2a, 0x2d,
    0x70, 0x77, 0x7e, 0x79, 0x6c, 0x6b, 0x62, 0x65, 0x48, 0x4f, 0x46, 0x41, 0x54, 0x53, 0x5a, 0x5d,
    0xe0, 0xe7, 0xee, 0xe9, 0xfc, 0xfb, 0xf2, 0xf5, 0xd8, 0xdf, 0xd6, 0xd1, 0xc4, 0xc3, 0xca, 0xcd,
    0x90, 0x97, 0x9e, 0x99, 0x8c, 0x8b, 0x82, 0x85, 0xa8, 0xaf, 0xa6, 0xa1, 0xb4, 0xb3, 0xba, 0xbd,
    0xc7, 0xc0, 0xc9, 0xce, 0xdb, 0xdc, 0xd5, 0xd2, 0xff, 0xf8, 0xf1, 0xf6, 0xe3, 0xe4, 0xed, 0xea,
    0xb7, 0xb0, 0xb9, 0xbe, 0xab, 0xac, 0xa5, 0xa2, 0x8f, 0x88, 0x81, 0x86, 0x93, 0x94, 0x9d, 0x9a,
    0x27, 0x20, 0x29, 0x2e, 0x3b, 0x3c, 0x35, 0x32, 0x1f, 0x18, 0x11, 0x16, 0x03, 0x04, 0x0d, 0x0a,
    0x57, 0x50, 0x59, 0x5e, 0x4b, 0x4c, 0x45, 0x42, 0x6f, 0x68, 0x61, 0x66, 0x73, 0x74, 0x7d, 0x7a,
    0x89, 0x8e, 0x87, 0x80, 0x95, 0x92, 0x9b, 0x9c, 0xb1, 0xb6, 0xbf, 0xb8, 0xad, 0xaa, 0xa3, 0xa4,
    0xf9, 0xfe, 0xf7, 0xf0, 0xe5, 0xe2, 0xeb, 0xec, 0xc1, 0xc6, 0xcf, 0xc8, 0xdd, 0xda, 0xd3, 0xd4,
    0x69, 0x6e, 0x67, 0x60, 0x75, 0x72, 0x7b, 0x7c, 0x51, 0x56, 0x5f, 0x58, 0x4d, 0x4a, 0x43, 0x44,
    0x19, 0x1e, 0x17, 0x10, 0x05, 0x02, 0x0b, 0x0c, 0x21, 0x26, 0x2f, 0x28, 0x3d, 0x3a, 0x33, 0x34,
    0x4e, 0x49, 0x40, 0x47, 0x52, 0x55, 0x5c, 0x5b, 0x76, 0x71, 0x78, 0x7f, 0x6a, 0x6d, 0x64, 0x63,
    0x3e, 0x39, 0x30, 0x37, 0x22, 0x25, 0x2c, 0x2b, 0x06, 0x01, 0x08, 0x0f, 0x1a, 0x1d, 0x14, 0x13,
    0xae, 0xa9, 0xa0, 0xa7, 0xb2, 0xb5, 0xbc, 0xbb, 0x96, 0x91, 0x98, 0x9f, 0x8a, 0x8d, 0x84, 0x83,
    0xde, 0xd9, 0xd0, 0xd7, 0xc2, 0xc5, 0xcc, 0xcb, 0xe6, 0xe1, 0xe8, 0xef, 0xfa, 0xfd, 0xf4, 0xf3,
};

uint8_t crc8(const uint8_t *p, int64_t n) {
    uint8_t c = 0;
    for (int64_t i = 0; i < n; i++)
        c = crc8_table[c ^ p[i]];
    return c;
}

/* A string literal indexed at run time (.string / .ascii in .rodata). */
uint8_t hex_digit(uint8_t v) {
    return (uint8_t)"0123456789abcdef"[v & 15];
}

/* Dense switch returning constants: GCC emits CSWTCH.*, clang .Lswitch.table.*. */
int32_t switch_i32(int32_t x) {
    switch (x) {
    case 0: return 17;
    case 1: return 4;
    case 2: return 99;
    case 3: return -5;
    case 4: return 1234;
    case 5: return 42;
    case 6: return 7;
    case 7: return -100000;
    default: return -1;
    }
}

/* The same with double results: a table of doubles. */
double switch_f64(uint32_t x) {
    switch (x) {
    case 0: return 0.5;
    case 1: return -1.25;
    case 2: return 3.0e10;
    case 3: return 1.0 / 3.0;
    case 4: return -0.0;
    case 5: return 6.02214076e23;
    default: return 2.5;
    }
}

/* ---- pointer out-parameters ---------------------------------------------- */

void divmod_u64(uint64_t a, uint64_t b, uint64_t *q, uint64_t *r) {
    *q = a / b;
    *r = a % b;
}

void minmax_i32(const int32_t *p, int64_t n, int32_t *mn, int32_t *mx) {
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (int64_t i = 0; i < n; i++) {
        lo = p[i] < lo ? p[i] : lo;
        hi = p[i] > hi ? p[i] : hi;
    }
    *mn = lo;
    *mx = hi;
}

/* ---- 128-bit multiplies and two results ---------------------------------- */

unsigned __int128 mul128(uint64_t a, uint64_t b) {
    return (unsigned __int128)a * b;
}

uint64_t mulhi_u64(uint64_t a, uint64_t b) {
    return (uint64_t)(((unsigned __int128)a * b) >> 64);
}

int64_t mulhi_i64(int64_t a, int64_t b) {
    return (int64_t)(((__int128)a * b) >> 64);
}

/* Two integer results in RAX:RDX. */
struct qr { int64_t q, r; };
struct qr divmod_i64(int64_t a, int64_t b) {
    struct qr v = {a / b, a % b};
    return v;
}

/* Two double results in XMM0:XMM1 (different operations per lane, so
 * GCC does not SLP-vectorise it and go through the red zone). */
struct pair_f64 { double a, b; };
struct pair_f64 fma_div_f64(double x, double y, double z) {
    struct pair_f64 v = {x * y + z, (x - 1.5) / z};
    return v;
}

/* Mixed results: integer in RAX, double in XMM0. */
struct ipf { int64_t ip; double frac; };
struct ipf split_f64(double x) {
    int64_t ip = (int64_t)x;
    struct ipf v = {ip, x - (double)ip};
    return v;
}
