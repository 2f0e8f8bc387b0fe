/* Runtime corpus of issue 9: native frames, calls, recursion and the compiler's runtime
 * helpers. Plain C, no library calls of its own: the memcpy/memset and __udivti3/__umodti3/
 * __divti3 calls are the ones gcc and clang emit by themselves. Every exported function has
 * a Go signature in signatures.txt and a test in go/frames_test.go; each one's first comment
 * line names the case of the issue's acceptance list it covers. The cgo reference
 * (go/ref/ref.go) includes this file, so both sides run the same C. */
#include <stdint.h>
#include <stddef.h>

#define NOINLINE __attribute__((noinline))
/* noinline, and no interprocedural shortcuts (gcc would see that opaque is pure). */
#if defined(__clang__)
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noinline, noipa))
#endif

/* rotate left by k mod 64 (no shift by 64: k = 0 is defined too) */
static inline uint64_t rotl(uint64_t x, int k) { return (x << (k & 63)) | (x >> (-k & 63)); }

/* ---- recursion ---------------------------------------------------------------------- */

/* deep non-tail recursion (>= 3,000 levels); regression "nosplit": a recursive body emitted
 * NOSPLIT fails `go build` (nosplit stack over limit), one taking a Go-entry frame per level
 * crashes in the stack copy. The rotate-xor combine is not a tail call nor an accumulator. */
int64_t rec_sum(int64_t n) {
    if (n <= 0)
        return 1;
    uint64_t r = (uint64_t)rec_sum(n - 1);
    return (int64_t)(rotl(r, 5) ^ (uint64_t)n);
}

/* deep non-tail recursion with two recursive calls: depth of a binary tree given as index
 * arrays (-1: no child), a 4,000-node chain in the tests. */
int64_t tree_depth(const int32_t *left, const int32_t *right, int64_t i) {
    if (i < 0)
        return 0;
    int64_t l = tree_depth(left, right, left[i]);
    int64_t r = tree_depth(left, right, right[i]);
    return 1 + (l > r ? l : r);
}

int64_t mr_pong(int64_t n);

/* mutual recursion, not a tail call (the result is combined after the call); also called
 * from mr_pong, a converted function with a Go signature (bl-into-entry). */
NOINLINE int64_t mr_ping(int64_t n) {
    if (n <= 0)
        return 1;
    return (int64_t)((uint64_t)mr_pong(n - 1) * 3 + (uint64_t)n);
}

/* mutual recursion, the other half (pairs with mr_ping). */
NOINLINE int64_t mr_pong(int64_t n) {
    if (n <= 0)
        return 2;
    return mr_ping(n - 1) ^ (int64_t)((uint64_t)n << 1);
}

/* ---- arguments on the stack --------------------------------------------------------- */

static NOINLINE uint64_t mix10_static(uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4,
                                      uint64_t a5, uint64_t a6, uint64_t a7, uint64_t a8, uint64_t a9) {
    return ((a0 * 3 - a1) ^ (a2 * 5 + a3)) + ((a4 - a5 * 7) ^ (a6 + a7 * 11)) - a8 * 13 + (a9 ^ 0x55);
}

/* helper with stack-passed arguments (10 > 6 amd64 / > 8 arm64), a static noinline callee. */
uint64_t call_static10(uint64_t x, uint64_t y) {
    uint64_t s = 0;
    for (uint64_t k = 0; k < 4; k++)
        s += mix10_static(x + k, y - k, x ^ k, y * k, x + y, x - y, k, x * 7, y * 9, x ^ y ^ k);
    return s;
}

/* > 8 arguments with a frame: 11 arguments (5 / 3 on the stack) kept in a local array
 * indexed by a data-dependent value, so the function needs a stack frame. Also the
 * exported callee of call_sum11. */
NOINLINE int64_t sum11(int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5,
                       int64_t a6, int64_t a7, int64_t a8, int64_t a9, int64_t a10) {
    volatile int64_t v[11] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10};
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 11; i++)
        h = rotl(h ^ (uint64_t)v[((uint64_t)a0 + i) % 11], 7) * 0x100000001B3ull;
    return (int64_t)h;
}

/* helper with stack-passed arguments, exported (it has its own Go signature). */
uint64_t call_sum11(uint64_t x, uint64_t y) {
    return (uint64_t)sum11(x, y, x + 1, y + 2, x * 3, y * 5, x ^ y, x - y, 42, -x, -y) -
           (uint64_t)sum11(y, x, 1, 2, 3, 4, 5, 6, 7, 8, x + y);
}

/* ---- stack arrays ------------------------------------------------------------------- */

/* 1 KiB stack array: filled from the input, updated at data-dependent indices, reduced. */
uint64_t local_1k(uint64_t seed, int64_t rounds) {
    uint64_t a[128];
    uint64_t x = seed | 1;
    for (int i = 0; i < 128; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[i] = x;
    }
    for (int64_t r = 0; r < rounds; r++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[x & 127] += a[(x >> 7) & 127] ^ x;
    }
    uint64_t h = 0;
    for (int i = 0; i < 128; i++)
        h = rotl(h, 3) ^ a[i];
    return h;
}

/* 8 KiB stack array (same shape as local_1k, 1,024 words). */
uint64_t local_8k(uint64_t seed, int64_t rounds) {
    uint64_t a[1024];
    uint64_t x = seed | 1;
    for (int i = 0; i < 1024; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[i] = x + (uint64_t)i;
    }
    for (int64_t r = 0; r < rounds; r++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        a[x & 1023] -= a[(x >> 10) & 1023] ^ x;
    }
    uint64_t h = 0;
    for (int i = 0; i < 1024; i++)
        h = rotl(h, 5) + a[i];
    return h;
}

/* a VLA sized by an argument (1..4,096 words in the tests). */
uint64_t vla_sum(int64_t n, uint64_t seed) {
    if (n <= 0)
        return 0;
    uint64_t v[n];
    for (int64_t i = 0; i < n; i++)
        v[i] = seed * (uint64_t)(i + 1) ^ (seed >> (i & 31));
    uint64_t h = 0;
    for (int64_t i = 0; i < n; i++)
        h = rotl(h, 9) ^ v[(uint64_t)(i * 7) % (uint64_t)n];
    return h;
}

/* ---- memcpy / memset ---------------------------------------------------------------- */

struct big {
    uint64_t w[64]; /* 512 bytes */
};

static NOINLINE struct big big_tweak(struct big b, int64_t k) {
    for (int i = 0; i < 64; i++)
        b.w[i] = rotl(b.w[i], (int)((k + i) & 63)) ^ (uint64_t)k;
    return b;
}

/* struct copies the compiler turns into memcpy calls: a 512-byte struct passed and returned
 * by value through a noinline function (memcpy on arm64 and clang, `rep movsq` on gcc amd64),
 * then n more words copied by a loop (loop-idiom memcpy everywhere). dst, src: 64 + n words. */
void big_copy(uint64_t *restrict dst, const uint64_t *restrict src, int64_t n, int64_t k) {
    struct big t = big_tweak(*(const struct big *)src, k);
    t = big_tweak(t, k + 1);
    *(struct big *)dst = t;
    for (int64_t i = 0; i < n; i++)
        dst[64 + i] = src[64 + i];
}

/* fills the compiler turns into memset calls: a zeroed 512-byte local struct and a loop
 * zeroing n words (loop-idiom recognition), then a few words set. dst: 64 + n words. */
void big_fill(uint64_t *dst, int64_t n, uint64_t v) {
    struct big z = {{0}};
    z.w[v & 63] = v;
    z = big_tweak(z, (int64_t)(v & 7));
    *(struct big *)dst = z;
    for (int64_t i = 0; i < n; i++)
        dst[64 + i] = 0;
    if (n > 0)
        dst[64 + (v % (uint64_t)n)] = v;
}

/* ---- 128-bit division through libgcc ------------------------------------------------ */

static inline uint64_t fold128(unsigned __int128 q) {
    return (uint64_t)q ^ rotl((uint64_t)(q >> 64), 29) * 0x9E3779B97F4A7C15ull;
}

/* 128-bit unsigned division: __udivti3. The divisor must not be zero. */
uint64_t udiv128(uint64_t ahi, uint64_t alo, uint64_t bhi, uint64_t blo) {
    unsigned __int128 a = ((unsigned __int128)ahi << 64) | alo;
    unsigned __int128 b = ((unsigned __int128)bhi << 64) | blo;
    return fold128(a / b);
}

/* 128-bit unsigned remainder: __umodti3. The divisor must not be zero. */
uint64_t umod128(uint64_t ahi, uint64_t alo, uint64_t bhi, uint64_t blo) {
    unsigned __int128 a = ((unsigned __int128)ahi << 64) | alo;
    unsigned __int128 b = ((unsigned __int128)bhi << 64) | blo;
    return fold128(a % b);
}

/* 128-bit signed division: __divti3. Not (INT128_MIN, -1), not a zero divisor. */
uint64_t sdiv128(uint64_t ahi, uint64_t alo, uint64_t bhi, uint64_t blo) {
    __int128 a = (__int128)(((unsigned __int128)ahi << 64) | alo);
    __int128 b = (__int128)(((unsigned __int128)bhi << 64) | blo);
    return fold128((unsigned __int128)(a / b));
}

/* ---- register pressure -------------------------------------------------------------- */

static OPAQUE uint64_t opaque(uint64_t x) { return rotl(x, 11) * 0xD6E8FEB86659FD93ull; }

/* register pressure: 14 results of noinline calls, each live across the later calls, save
 * every callee-saved register (rbx rbp r12-r15 / x19-x28); then 24 values live in a
 * call-free block make arm64 compilers reach for x18 where they may. */
uint64_t reg_pressure(uint64_t x) {
    uint64_t a0 = opaque(x), a1 = opaque(a0 + 1), a2 = opaque(a1 + 2), a3 = opaque(a2 + 3);
    uint64_t a4 = opaque(a3 + 4), a5 = opaque(a4 + 5), a6 = opaque(a5 + 6), a7 = opaque(a6 + 7);
    uint64_t a8 = opaque(a7 + 8), a9 = opaque(a8 + 9), a10 = opaque(a9 + 10);
    uint64_t a11 = opaque(a10 + 11), a12 = opaque(a11 + 12), a13 = opaque(a12 + 13);
    uint64_t o = opaque(a13 ^ x);
    uint64_t b[24];
    for (int i = 0; i < 24; i++)
        b[i] = rotl(o, i + 1) + (uint64_t)i;
    for (int r = 0; r < 3; r++)
        for (int i = 0; i < 24; i++)
            b[i] = b[i] * 0x9E3779B97F4A7C15ull ^ b[(i + 5) % 24] ^ (b[(i + 11) % 24] >> 3);
    uint64_t h = 0;
    for (int i = 0; i < 24; i++)
        h ^= rotl(b[i], i);
    return h + ((((a0 ^ a1) + (a2 ^ a3)) * ((a4 ^ a5) + (a6 ^ a7))) ^
                ((a8 + a9) * (a10 ^ a11) + (a12 ^ a13) + opaque(o ^ a0 ^ a13)));
}

/* ---- return paths and calls --------------------------------------------------------- */

static NOINLINE int64_t early_helper(int64_t x) { return (int64_t)((uint64_t)x * 7) ^ (x >> 3); }

/* several return paths: early returns before and after a call. Regression "missing
 * stackmap" (arm64): each return path of a framed function got its own SP adjustment, so
 * Go's linear SP accounting was wrong at the morestack call and the first stack growth
 * died with `fatal error: missing stackmap`; the tests call it from fresh goroutines. */
int64_t early_ret(int64_t x, int64_t y) {
    if (x < 0)
        return -1;
    if (y == 0)
        return x;
    int64_t t = early_helper((int64_t)((uint64_t)x + (uint64_t)y));
    if (t & 1)
        return t;
    return (int64_t)((uint64_t)early_helper(t) + (uint64_t)y);
}

static NOINLINE uint64_t tail_target(uint64_t x, uint64_t y) { return (x ^ (y << 3)) * 0x1F + y; }

/* tail call: `return other(x)` to a noinline function becomes `jmp f` / `b f`. */
uint64_t tail_call(uint64_t x, uint64_t y) {
    if (x == y)
        return 0;
    return tail_target(y - x, x * 5);
}

typedef uint64_t (*fn1)(uint64_t);
static NOINLINE uint64_t t_add(uint64_t x) { return x + 0x1234; }
static NOINLINE uint64_t t_mul(uint64_t x) { return x * 0x9E3779B1; }
static NOINLINE uint64_t t_xor(uint64_t x) { return x ^ (x >> 17) ^ 0x5A5A; }
static NOINLINE uint64_t t_rot(uint64_t x) { return rotl(x, 23); }
static fn1 const table[4] = {t_add, t_mul, t_xor, t_rot};

/* indirect calls through a table of function pointers (`call *table(,%rax,8)` / `blr`). */
uint64_t table_call(uint64_t i, uint64_t x) {
    uint64_t s = 0;
    for (uint64_t k = 0; k < 6; k++)
        s = s * 3 + table[(i + k) & 3](x + k);
    return s;
}

/* indirect tail call, switch-free: `jmp *table(,%rdi,8)` / `br xN`. Regression "br-loop"
 * (arm64): a `br` tail call in a NOSPLIT|NOFRAME function became `CALL (R1); RET`, the CALL
 * overwrote LR and the RET looped forever; the driver runs go test with a timeout. */
uint64_t table_tail(uint64_t i, uint64_t x) { return table[i & 3](x); }

static NOINLINE fn1 pick(uint64_t i) {
    if (i & 1)
        return t_mul;
    return (i & 2) ? t_rot : t_add;
}

/* a function address as data: pick returns `leaq f(%rip)` / `adrp`+`add` of a function,
 * called through the register. */
uint64_t fnptr_apply(uint64_t i, uint64_t x) {
    fn1 f = pick(i);
    return f(x) + f(x + 1) * 2;
}

/* exported callee of entry_caller (has a Go signature of its own). */
NOINLINE uint64_t entry_callee(uint64_t a, uint64_t b) { return a * 1000003 + (b ^ (a >> 5)); }

/* "bl-into-entry" regression: calls entry_callee, which also has a Go signature; a call
 * through entry_callee's Go entry reloads the arguments from the caller's frame and gives
 * wrong results. */
uint64_t entry_caller(uint64_t x) {
    uint64_t a = entry_callee(x, x ^ 5);
    uint64_t b = entry_callee(x + 1, 7);
    return a - b * 3;
}

/* ---- signatures (issue 9, item 6) ------------------------------------------------------ */

/* several results over 16 bytes, a leaf: `func (a, b int64) (x, y, z int64)` is this
 * 24-byte struct, returned through the hidden pointer (RDI / X8) aimed at Go's results. */
struct res3 { int64_t x, y, z; };
struct res3 res3_split(int64_t a, int64_t b) {
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b; /* wrapping arithmetic, no overflow UB */
    struct res3 r = { (int64_t)(ua + ub), (int64_t)(ua - 3 * ub), (int64_t)(rotl(ua, 13) ^ ub) };
    return r;
}

static OPAQUE uint64_t mix64(uint64_t v) { return (v ^ (v >> 29)) * 0xbf58476d1ce4e5b9ull; }

/* several results over 16 bytes with a call: a 32-byte struct of four results (one a
 * double), the hidden pointer set by the Go entry that calls the native body. */
struct res4 { uint64_t q, r; int64_t s; double f; };
struct res4 res4_mix(uint64_t a, uint64_t b) {
    struct res4 o;
    uint64_t d = b | 1;
    o.q = mix64(a) / d;
    o.r = a % d;
    o.s = (int64_t)(mix64(b) - a);
    o.f = (double)(int64_t)(a ^ (b << 1)) + 0.25;
    return o;
}

/* parameters named like Go registers (`g` everywhere, `h` and `g` stack-passed on amd64):
 * every argument weighted differently, so a slot read in the wrong place shows. */
int64_t regnames8(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f,
                  int64_t g, int64_t h) {
    uint64_t s = (uint64_t)a + 3 * (uint64_t)b - 5 * (uint64_t)c + 7 * (uint64_t)d;
    s += 13 * (uint64_t)f - 11 * (uint64_t)e - 17 * (uint64_t)g + 19 * (uint64_t)h;
    return (int64_t)s;
}

/* no parameter or result name Go assembles on arm64 (R0..R8; SP, g, AX): R8 is
 * stack-passed on arm64, R5..R8 on amd64, and the three results come back through the
 * hidden pointer. */
struct res_regs { int64_t sp, g, ax; };
struct res_regs regnames_all(int64_t r0, int64_t r1, int64_t r2, int64_t r3, int64_t r4,
                             int64_t r5, int64_t r6, int64_t r7, int64_t r8) {
    uint64_t u[9] = { (uint64_t)r0, (uint64_t)r1, (uint64_t)r2, (uint64_t)r3, (uint64_t)r4,
                      (uint64_t)r5, (uint64_t)r6, (uint64_t)r7, (uint64_t)r8 };
    uint64_t sp = 0;
    for (int k = 0; k < 9; k++)
        sp = sp * 31 + u[k] * (uint64_t)(k + 1);
    struct res_regs o = { (int64_t)sp, (int64_t)(u[0] ^ u[2] ^ u[4] ^ u[6] ^ (u[8] << 3)),
                          (int64_t)(u[1] ^ u[3] ^ u[5] ^ (u[7] << 7) ^ u[8]) };
    return o;
}
