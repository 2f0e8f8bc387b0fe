/* Runtime helpers that C compilers call on their own (memcpy, 128-bit division, ...),
 * written freestanding so that native2goasm can convert them with itself and append them
 * to its output as `<name>_native` bodies (System V on amd64, AAPCS64 on arm64).
 *
 * Rules for this file (see runtime/README.md): no calls (every shared piece is an
 * always_inline static), no global data, no stack frames where avoidable, and only
 * 64-bit divisions, so that nothing here calls back into a helper. Word accesses go
 * through the may_alias/aligned(1) types below, which compile to plain loads and stores.
 * tools/gen_runtime_helpers.sh compiles it into runtime/helpers_{amd64,arm64}.s. */

typedef unsigned long size_t;
typedef unsigned long u64;
typedef long i64;
typedef unsigned int u32;
typedef unsigned __int128 u128;
typedef __int128 i128;

/* An unaligned, aliasing 8-byte word. */
typedef u64 __attribute__((may_alias, aligned(1))) word_u;
/* An aligned, aliasing 8-byte word (strlen's reads stay inside one aligned word). */
typedef u64 __attribute__((may_alias)) word_a;

#define INLINE static inline __attribute__((always_inline))
#define ONES 0x0101010101010101UL
#define HIGHS 0x8080808080808080UL

/* ---- memory ---- */

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    for (; n >= 8; n -= 8, d += 8, s += 8)
        *(word_u *)d = *(const word_u *)s;
    for (; n; n--)
        *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((size_t)(d - s) >= n) {
        /* d below s, or no overlap: forward; each word is loaded before the store
         * that could overlap a later load. */
        for (; n >= 8; n -= 8, d += 8, s += 8)
            *(word_u *)d = *(const word_u *)s;
        for (; n; n--)
            *d++ = *s++;
    } else {
        /* d inside (s, s+n): backward from the end. */
        d += n;
        s += n;
        for (; n >= 8; n -= 8) {
            d -= 8;
            s -= 8;
            *(word_u *)d = *(const word_u *)s;
        }
        for (; n; n--)
            *--d = *--s;
    }
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    u64 w = (unsigned char)c * ONES;
    for (; n >= 8; n -= 8, d += 8)
        *(word_u *)d = w;
    for (; n; n--)
        *d++ = (unsigned char)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (; n >= 8; n -= 8, p += 8, q += 8) {
        u64 x = *(const word_u *)p, y = *(const word_u *)q;
        if (x != y) {
            /* Little-endian: the first differing byte is the most significant one
             * after a byte swap. */
            x = __builtin_bswap64(x);
            y = __builtin_bswap64(y);
            return x < y ? -1 : 1;
        }
    }
    for (; n; n--, p++, q++)
        if (*p != *q)
            return (int)*p - (int)*q;
    return 0;
}

int bcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    u64 diff = 0;
    for (; n >= 8; n -= 8, p += 8, q += 8)
        if ((diff = *(const word_u *)p ^ *(const word_u *)q) != 0)
            return 1;
    for (; n; n--)
        diff |= *p++ ^ *q++;
    return diff != 0;
}

size_t strlen(const char *str)
{
    const char *s = str;
    for (; (size_t)s & 7; s++)
        if (!*s)
            return (size_t)(s - str);
    /* Aligned words never cross a page, so reading past the terminator is safe. */
    for (;; s += 8) {
        u64 w = *(const word_a *)s;
        u64 z = (w - ONES) & ~w & HIGHS;
        if (z)
            return (size_t)(s - str) + ((size_t)__builtin_ctzl(z) >> 3);
    }
}

/* ---- bits ---- */

int __popcountdi2(u64 x)
{
    x = x - ((x >> 1) & 0x5555555555555555UL);
    x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fUL;
    return (int)((x * ONES) >> 56);
}

int __clzdi2(u64 x) { return __builtin_clzl(x); }
int __ctzdi2(u64 x) { return __builtin_ctzl(x); }

/* ---- 128-bit division ---- */

/* (u1:u0) / v for u1 < v, v != 0. amd64 has the instruction (`divq`, spelled out because
 * C cannot say it without calling __udivti3); elsewhere 64-bit divisions only (Hacker's
 * Delight, divlu). */
INLINE u64 div128by64(u64 u1, u64 u0, u64 v, u64 *r)
{
#if defined(__x86_64__)
    u64 q, rr;
    __asm__("divq %4" : "=a"(q), "=d"(rr) : "a"(u0), "d"(u1), "r"(v));
    *r = rr;
    return q;
#else
    const u64 b = 1UL << 32;
    int s = __builtin_clzl(v);
    v <<= s;
    u64 vn1 = v >> 32, vn0 = v & 0xffffffffUL;
    u64 un32 = (u1 << s) | (s ? u0 >> (64 - s) : 0);
    u64 un10 = u0 << s;
    u64 un1 = un10 >> 32, un0 = un10 & 0xffffffffUL;

    u64 q1 = un32 / vn1, rhat = un32 - q1 * vn1;
    while (q1 >= b || q1 * vn0 > b * rhat + un1) {
        q1--;
        rhat += vn1;
        if (rhat >= b)
            break;
    }
    u64 un21 = un32 * b + un1 - q1 * v;
    u64 q0 = un21 / vn1;
    rhat = un21 - q0 * vn1;
    while (q0 >= b || q0 * vn0 > b * rhat + un0) {
        q0--;
        rhat += vn1;
        if (rhat >= b)
            break;
    }
    *r = (un21 * b + un0 - q0 * v) >> s;
    return q1 * b + q0;
#endif
}

/* a / b and a % b; b == 0 is undefined (traps on amd64 like a native division). */
INLINE u128 udivmod(u128 a, u128 b, u128 *rem)
{
    u64 ah = (u64)(a >> 64), al = (u64)a, bh = (u64)(b >> 64), bl = (u64)b;
    if (bh == 0) {
        u64 qh = 0, r;
        if (ah >= bl) {
            qh = ah / bl;
            ah -= qh * bl;
        }
        u64 ql = div128by64(ah, al, bl, &r);
        *rem = r;
        return ((u128)qh << 64) | ql;
    }
    if (a < b) {
        *rem = a;
        return 0;
    }
    /* b >= 2^64: the quotient fits in 64 bits. Divide a/2 by b's top 64 bits, then
     * correct by at most one (Hacker's Delight, divDu). */
    int n = __builtin_clzl(bh);
    /* b's top 64 bits after shifting left by n; two shifts keep n == 0 defined. */
    u64 v1 = (bh << n) | ((bl >> 1) >> (63 - n)), r;
    u64 q = div128by64(ah >> 1, (ah << 63) | (al >> 1), v1, &r);
    q >>= 63 - n; /* (q << n) >> 63 in 128 bits: undo the normalization and the halving */
    if (q)
        q--;
    u128 rm = a - (u128)q * b;
    if (rm >= b) {
        q++;
        rm -= b;
    }
    *rem = rm;
    return q;
}

INLINE u128 uabs128(i128 x) { return x < 0 ? -(u128)x : (u128)x; }

u128 __udivmodti4(u128 a, u128 b, u128 *rem)
{
    u128 r;
    u128 q = udivmod(a, b, &r);
    if (rem)
        *rem = r;
    return q;
}

u128 __udivti3(u128 a, u128 b)
{
    u128 r;
    return udivmod(a, b, &r);
}

u128 __umodti3(u128 a, u128 b)
{
    u128 r;
    udivmod(a, b, &r);
    return r;
}

i128 __divti3(i128 a, i128 b)
{
    u128 r, q = udivmod(uabs128(a), uabs128(b), &r);
    return (i128)(((a < 0) != (b < 0)) ? -q : q);
}

i128 __modti3(i128 a, i128 b)
{
    u128 r;
    udivmod(uabs128(a), uabs128(b), &r);
    return (i128)(a < 0 ? -r : r);
}

i128 __divmodti4(i128 a, i128 b, i128 *rem)
{
    /* Both signs in one value: fewer live registers across the division (arm64 would
     * otherwise save a callee-saved register). */
    u64 signs = (u64)(a < 0) | (u64)((a < 0) != (b < 0)) << 1;
    u128 r, q = udivmod(uabs128(a), uabs128(b), &r);
    if (rem)
        *rem = (i128)(signs & 1 ? -r : r);
    return (i128)(signs & 2 ? -q : q);
}

/* ---- 128-bit integers and floating point ---- */

typedef union { double f; u64 u; } f64bits;
typedef union { float f; u32 u; } f32bits;

/* x >> s as 64 bits for 1 <= s <= 64, with the bits shifted out ORed into bit 0 (sticky),
 * so that one rounding of the 64-bit value to 53 or 24 bits rounds x correctly. */
INLINE u64 top64_sticky(u128 x, int s)
{
    u64 hi = (u64)(x >> 64), lo = (u64)x;
    return ((lo >> 1) >> (s - 1)) | (hi << (64 - s)) | ((lo << (64 - s)) != 0);
}

/* The bits of x as a double (float), with sign bit `sign` (0 or 1). Large values convert
 * their top 64 bits with the sticky bit and add the shift to the exponent field: exact, as
 * the rounded value is a normal number (a float may round up to 2^128: the field then
 * reads as +-inf). Integer operations only, so that no constant lands in memory. */
INLINE u64 u128_to_f64_bits(u128 x, u64 sign)
{
    u64 hi = (u64)(x >> 64);
    int s = hi ? 64 - __builtin_clzl(hi) : 0;
    f64bits b = {.f = (double)(hi ? top64_sticky(x, s) : (u64)x)};
    return b.u + ((u64)s << 52) + (sign << 63);
}

INLINE u32 u128_to_f32_bits(u128 x, u32 sign)
{
    u64 hi = (u64)(x >> 64);
    int s = hi ? 64 - __builtin_clzl(hi) : 0;
    f32bits b = {.f = (float)(hi ? top64_sticky(x, s) : (u64)x)};
    return b.u + ((u32)s << 23) + (sign << 31);
}

double __floatuntidf(u128 x) { return (f64bits){.u = u128_to_f64_bits(x, 0)}.f; }
float __floatuntisf(u128 x) { return (f32bits){.u = u128_to_f32_bits(x, 0)}.f; }
double __floattidf(i128 x) { return (f64bits){.u = u128_to_f64_bits(uabs128(x), x < 0)}.f; }
float __floattisf(i128 x) { return (f32bits){.u = u128_to_f32_bits(uabs128(x), x < 0)}.f; }

/* The integer part of m * 2^(e - mbits) (m has its leading one at bit mbits) for
 * 0 <= e < 128; e < 0 gives 0. */
INLINE u128 mant_to_u128(u64 m, int mbits, int e)
{
    if (e < 0)
        return 0;
    if (e <= mbits)
        return m >> (mbits - e);
    int k = e - mbits;
    if (k < 64)
        return ((u128)(m >> (64 - k)) << 64) | (m << k);
    return (u128)(m << (k - 64)) << 64;
}

/* Conversions to 128-bit integers truncate toward zero. Out of range (undefined in C) they
 * saturate as in compiler-rt: NaN and too large magnitudes give the limit of the sign,
 * negative values give 0 for the unsigned ones. */
INLINE u128 trunc_mag(int exp, u64 mant, int mbits, int maxexp, u128 sat)
{
    return exp >= maxexp ? sat : mant_to_u128(mant | (1UL << mbits), mbits, exp);
}

INLINE i128 apply_sign(u128 m, int neg) { return (i128)(neg ? -m : m); }

/* 2^127 - pos (pos 0 or 1): the magnitude limit of an i128 of that sign, computed rather
 * than selected, so that the compiler keeps the two constants out of memory. */
INLINE u128 i128_limit(u64 pos) { return ((u128)((1UL << 63) - pos) << 64) | (u64)-pos; }

i128 __fixdfti(double d)
{
    f64bits b = {.f = d};
    int neg = (int)(b.u >> 63), e = (int)((b.u >> 52) & 0x7ff) - 1023;
    return apply_sign(trunc_mag(e, b.u & 0xfffffffffffffUL, 52, 127, i128_limit(!neg)), neg);
}

i128 __fixsfti(float f)
{
    f32bits b = {.f = f};
    int neg = (int)(b.u >> 31), e = (int)((b.u >> 23) & 0xff) - 127;
    return apply_sign(trunc_mag(e, b.u & 0x7fffffU, 23, 127, i128_limit(!neg)), neg);
}

u128 __fixunsdfti(double d)
{
    f64bits b = {.f = d};
    int e = (int)((b.u >> 52) & 0x7ff) - 1023;
    return b.u >> 63 ? 0 : trunc_mag(e, b.u & 0xfffffffffffffUL, 52, 128, ~(u128)0);
}

u128 __fixunssfti(float f)
{
    f32bits b = {.f = f};
    int e = (int)((b.u >> 23) & 0xff) - 127;
    return b.u >> 31 ? 0 : trunc_mag(e, b.u & 0x7fffffU, 23, 128, ~(u128)0);
}

/* a * b, wrapping; *overflow = 1 when the product does not fit (compiler-rt). */
i128 __muloti4(i128 a, i128 b, int *overflow)
{
    u128 ua = uabs128(a), ub = uabs128(b);
    u64 ah = (u64)(ua >> 64), al = (u64)ua, bh = (u64)(ub >> 64), bl = (u64)ub;
    int of = ah && bh;
    if (!of) {
        u128 lo = (u128)al * bl;
        u128 cross = (u128)ah * bl + (u128)al * bh; /* one term is zero */
        u128 p = lo + (cross << 64);
        u128 limit = i128_limit((a < 0) == (b < 0));
        of = (cross >> 64) != 0 || p < lo || p > limit;
    }
    *overflow = of;
    return (i128)((u128)a * (u128)b);
}
