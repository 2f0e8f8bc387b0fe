/* Compares runtime/helpers_<arch>.s (assembled, symbols renamed to n2g_* with objcopy so they
 * do not clash with libc) with libc and libgcc on random and edge inputs. Prints
 * `ok <checks> checks` and exits 0, or prints the first mismatches and exits 1.
 * Driven by tests/runtime_helpers.rs; runs natively on amd64 and under qemu on arm64. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

void *n2g_memcpy(void *, const void *, size_t);
void *n2g_memmove(void *, const void *, size_t);
void *n2g_memset(void *, int, size_t);
int n2g_memcmp(const void *, const void *, size_t);
int n2g_bcmp(const void *, const void *, size_t);
size_t n2g_strlen(const char *);
int n2g___popcountdi2(uint64_t);
int n2g___clzdi2(uint64_t);
int n2g___ctzdi2(uint64_t);
u128 n2g___udivti3(u128, u128);
u128 n2g___umodti3(u128, u128);
i128 n2g___divti3(i128, i128);
i128 n2g___modti3(i128, i128);
u128 n2g___udivmodti4(u128, u128, u128 *);
i128 n2g___divmodti4(i128, i128, i128 *);
double n2g___floattidf(i128);
double n2g___floatuntidf(u128);
float n2g___floattisf(i128);
float n2g___floatuntisf(u128);
i128 n2g___fixdfti(double);
u128 n2g___fixunsdfti(double);
i128 n2g___fixsfti(float);
u128 n2g___fixunssfti(float);
i128 n2g___muloti4(i128, i128, int *);

static unsigned long checks, failures;
#define CHECK(cond, ...)                                                                       \
    do {                                                                                       \
        checks++;                                                                              \
        if (!(cond) && failures++ < 20) {                                                      \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                        \
            printf(__VA_ARGS__);                                                               \
            printf("\n");                                                                      \
        }                                                                                      \
    } while (0)

static uint64_t rng = 0x9e3779b97f4a7c15u;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}
static int sign(int x) { return (x > 0) - (x < 0); }

enum { N = 300, PAD = 64, BUF = 2 * N + 2 * PAD };
static unsigned char a[BUF], b[BUF], want[BUF];

static void fill(unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)next();
}

static void test_memory(void)
{
    for (size_t n = 0; n <= N; n++)
        for (size_t da = 0; da < 16; da++)
            for (size_t sa = 0; sa < 16; sa += (n < 40 ? 1 : 5)) {
                /* memcpy and memset into a padded buffer: nothing outside [d, d+n) changes. */
                fill(a, BUF), fill(b, BUF);
                memcpy(want, a, BUF);
                memcpy(want + PAD + da, b + sa, n);
                CHECK(n2g_memcpy(a + PAD + da, b + sa, n) == a + PAD + da, "memcpy ret");
                CHECK(!memcmp(a, want, BUF), "memcpy n=%zu da=%zu sa=%zu", n, da, sa);
                int c = (int)next();
                memset(want + PAD + da, c, n);
                CHECK(n2g_memset(a + PAD + da, c, n) == a + PAD + da, "memset ret");
                CHECK(!memcmp(a, want, BUF), "memset n=%zu da=%zu c=%d", n, da, c);
                /* memmove with every overlap: destination before and after the source. */
                size_t s = PAD + sa, d = PAD + da + (next() % (n + 1));
                if (next() & 1) {
                    size_t t = s;
                    s = d;
                    d = t;
                }
                fill(a, BUF);
                memcpy(want, a, BUF);
                memmove(want + d, want + s, n);
                CHECK(n2g_memmove(a + d, a + s, n) == a + d, "memmove ret");
                CHECK(!memcmp(a, want, BUF), "memmove n=%zu d=%zu s=%zu", n, d, s);
                /* memcmp/bcmp: equal, or one differing byte anywhere (and a second later). */
                fill(a, BUF);
                memcpy(b, a, BUF);
                if (n && (next() % 4)) {
                    size_t at = next() % n;
                    b[sa + at] = (unsigned char)next();
                    if (next() & 1)
                        b[sa + at + (next() % (n - at))] ^= 0x80;
                }
                int w = sign(memcmp(a + sa, b + sa, n));
                CHECK(sign(n2g_memcmp(a + sa, b + sa, n)) == w, "memcmp n=%zu sa=%zu", n, sa);
                CHECK((n2g_bcmp(a + sa, b + sa, n) != 0) == (w != 0), "bcmp n=%zu sa=%zu", n, sa);
                CHECK(sign(n2g_memcmp(a + da, a + sa, n)) == sign(memcmp(a + da, a + sa, n)),
                      "memcmp random n=%zu", n);
            }
    /* strlen: every start alignment and length, with non-zero bytes after the terminator. */
    for (size_t n = 0; n <= N; n++)
        for (size_t al = 0; al < 16; al++) {
            for (size_t i = 0; i < BUF; i++)
                a[i] = (unsigned char)(next() | 1);
            a[al + n] = 0;
            CHECK(n2g_strlen((char *)a + al) == n, "strlen n=%zu al=%zu", n, al);
        }
}

static void test_bits(void)
{
    for (int i = 0; i < 200000; i++) {
        uint64_t x = next() >> (next() % 64);
        if (i < 64)
            x = 1ul << i;
        CHECK(n2g___popcountdi2(x) == __builtin_popcountl(x), "popcount %lx", x);
        CHECK(n2g___popcountdi2(~x) == __builtin_popcountl(~x), "popcount %lx", ~x);
        if (x) {
            CHECK(n2g___clzdi2(x) == __builtin_clzl(x), "clz %lx", x);
            CHECK(n2g___ctzdi2(x) == __builtin_ctzl(x), "ctz %lx", x);
        }
    }
}

#define H(v) (unsigned long)((u128)(v) >> 64), (unsigned long)(v)

static u128 r128(void)
{
    u128 x = ((u128)next() << 64) | next();
    return x >> (next() % 128);
}

static void check_div(u128 x, u128 y)
{
    if (y == 0)
        return;
    u128 r = 7;
    CHECK(n2g___udivti3(x, y) == x / y, "udivti3 %lx:%lx / %lx:%lx", H(x), H(y));
    CHECK(n2g___umodti3(x, y) == x % y, "umodti3 %lx:%lx %% %lx:%lx", H(x), H(y));
    CHECK(n2g___udivmodti4(x, y, &r) == x / y && r == x % y, "udivmodti4 %lx:%lx %lx:%lx",
          H(x), H(y));
    CHECK(n2g___udivmodti4(x, y, 0) == x / y, "udivmodti4 NULL");
    i128 sx = (i128)x, sy = (i128)y, sr = 7;
    if (sx == (i128)((u128)1 << 127) && sy == -1)
        return; /* overflow: undefined */
    CHECK(n2g___divti3(sx, sy) == sx / sy, "divti3 %lx:%lx / %lx:%lx", H(x), H(y));
    CHECK(n2g___modti3(sx, sy) == sx % sy, "modti3 %lx:%lx %% %lx:%lx", H(x), H(y));
    CHECK(n2g___divmodti4(sx, sy, &sr) == sx / sy && sr == sx % sy, "divmodti4 %lx:%lx %lx:%lx",
          H(x), H(y));
}

static void test_div(void)
{
    const u128 max = ~(u128)0, imin = (u128)1 << 127;
    u128 edge[] = {0, 1, 2, 3, 7, 10, 0xffffffff, 0x100000000, 0xffffffffffffffff,
                   (u128)1 << 64, ((u128)1 << 64) + 1, max, max - 1, imin, imin - 1, imin + 1,
                   -(u128)1 << 64, -(u128)2, -(u128)10, ((u128)0xffffffffffffffff << 64) | 1};
    size_t ne = sizeof edge / sizeof edge[0];
    for (size_t i = 0; i < ne; i++)
        for (size_t j = 0; j < ne; j++)
            check_div(edge[i], edge[j]);
    for (int s = 0; s < 128; s++)
        for (int t = 0; t < 128; t++) {
            check_div((u128)1 << s, (u128)1 << t);
            check_div(max >> s, max >> t);
            check_div(r128(), (u128)1 << t);
            check_div(r128(), ((u128)1 << t) - 1);
        }
    for (int i = 0; i < 400000; i++) {
        u128 x = r128(), y = r128();
        check_div(x, y);
        check_div(x, 1);
        check_div(x, -(u128)1);
        check_div(-x, y);
        check_div(x, -y);
        check_div(x, y >> 64 ? y : y | 1);
    }
}

static void check_float(u128 x)
{
    /* Bit-exact: memcmp of the results (also tells -0.0 from 0.0). */
    double d = (double)x, sd = (double)(i128)x, gd, gsd;
    float f = (float)x, sf = (float)(i128)x, gf, gsf;
    gd = n2g___floatuntidf(x), gsd = n2g___floattidf((i128)x);
    gf = n2g___floatuntisf(x), gsf = n2g___floattisf((i128)x);
    CHECK(!memcmp(&gd, &d, 8), "floatuntidf %lx:%lx: %a, want %a", H(x), gd, d);
    CHECK(!memcmp(&gsd, &sd, 8), "floattidf %lx:%lx: %a, want %a", H(x), gsd, sd);
    CHECK(!memcmp(&gf, &f, 4), "floatuntisf %lx:%lx: %a, want %a", H(x), gf, f);
    CHECK(!memcmp(&gsf, &sf, 4), "floattisf %lx:%lx: %a, want %a", H(x), gsf, sf);
}

/* A double (float) with a random mantissa, the given unbiased exponent and sign. */
static double mkdouble(int e, int neg)
{
    uint64_t u = (next() >> 12) | ((uint64_t)(e + 1023) << 52) | ((uint64_t)neg << 63);
    double d;
    memcpy(&d, &u, 8);
    return d;
}
static float mkfloat(int e, int neg)
{
    uint32_t u = (uint32_t)(next() >> 41) | ((uint32_t)(e + 127) << 23) | ((uint32_t)neg << 31);
    float f;
    memcpy(&f, &u, 4);
    return f;
}

static void check_fix(int e, int neg)
{
    double d = mkdouble(e, neg);
    float f = mkfloat(e, neg);
    if (e < 127) {
        CHECK(n2g___fixdfti(d) == (i128)d, "fixdfti %a", d);
        CHECK(n2g___fixsfti(f) == (i128)f, "fixsfti %a", f);
    }
    if (e < 128 && (!neg || e < 0)) {
        CHECK(n2g___fixunsdfti(d) == (u128)d, "fixunsdfti %a", d);
        CHECK(n2g___fixunssfti(f) == (u128)f, "fixunssfti %a", f);
    }
}

static void check_mul(i128 x, i128 y)
{
    i128 want, got;
    int of = 5, wof = __builtin_mul_overflow(x, y, &want);
    got = n2g___muloti4(x, y, &of);
    CHECK(got == want && of == wof, "muloti4 %lx:%lx * %lx:%lx: of %d want %d", H(x), H(y), of,
          wof);
}

static void test_float_mul(void)
{
    const u128 imin = (u128)1 << 127;
    u128 edge[] = {0, 1, 2, 3, imin, imin - 1, imin + 1, ~(u128)0, (u128)1 << 64,
                   ((u128)1 << 64) - 1, (u128)1 << 53, ((u128)1 << 53) + 1, (u128)1 << 63,
                   -((u128)1 << 64), -(u128)2};
    size_t ne = sizeof edge / sizeof edge[0];
    for (size_t i = 0; i < ne; i++) {
        check_float(edge[i]);
        for (size_t j = 0; j < ne; j++)
            check_mul((i128)edge[i], (i128)edge[j]);
    }
    for (int i = 0; i < 300000; i++) {
        u128 x = r128();
        check_float(x);
        check_float(-x);
        /* Rounding ties and near-ties: 54 or 25 significant bits ending in 1, shifted,
         * with or without a sticky bit further down. */
        int k = (int)(next() % 74);
        u128 t54 = (((u128)(next() | (1ul << 63)) >> 10) | 1) << k;
        u128 t25 = (((u128)(next() | (1ul << 63)) >> 39) | 1) << (k + 29);
        check_float(t54);
        check_float(t54 | (k ? (u128)1 << (next() % k) : 0));
        check_float(t25);
        check_float(t25 | ((u128)1 << (next() % (k + 29))));
        int e = (int)(next() % 140) - 8;
        check_fix(e, (int)(next() & 1));
        check_mul((i128)x, (i128)r128());
        check_mul(-(i128)(x >> 64), (i128)(r128() >> 64));
        check_mul((i128)x, (i128)edge[next() % ne]);
    }
}

int main(void)
{
    test_memory();
    test_bits();
    test_div();
    test_float_mul();
    if (failures) {
        printf("%lu of %lu checks failed\n", failures, checks);
        return 1;
    }
    printf("ok %lu checks\n", checks);
    return 0;
}
