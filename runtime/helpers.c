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
    u128 r, q = udivmod(uabs128(a), uabs128(b), &r);
    if (rem)
        *rem = (i128)(a < 0 ? -r : r);
    return (i128)(((a < 0) != (b < 0)) ? -q : q);
}
