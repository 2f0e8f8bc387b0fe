/* Runtime corpus of issue 10: switches (jump tables), global data and cold paths. Plain C,
 * no library calls. Every exported function has a Go signature in signatures.txt and a test
 * in go/programs_test.go. The cgo reference (go/ref/ref.go) includes this file.
 *
 * Concurrency: the tests call each function from many goroutines at once, and the Go and
 * the C side each have their own copy of the globals. Every store to a global therefore
 * writes a value that depends only on the slot (idempotent: racing writers write the same
 * bytes), so each call's result is a function of its arguments alone. */
#include <stdint.h>

#define NOINLINE __attribute__((noinline))
#if defined(__clang__)
#define OPAQUE __attribute__((noinline))
#else
#define OPAQUE __attribute__((noinline, noipa))
#endif

static OPAQUE int64_t step_a(int64_t v) { return v * 3 + 1; }
static OPAQUE int64_t step_b(int64_t v) { return v ^ 0x55; }
static OPAQUE int64_t step_c(int64_t v) { return v - 17; }

/* ---- switches ---------------------------------------------------------------------- */

/* dense switch: fall-through, default, calls in cases (a jump table everywhere) */
int64_t sw_dense(int64_t x, int64_t y) {
    switch (x) {
    case 0: y = step_a(y); break;
    case 1: y = step_b(y) + 3; break;
    case 2: y *= 7; /* fall through */
    case 3: y = step_c(y); break;
    case 4: y = step_a(y) - 1; break;
    case 5: y = step_b(y) ^ 9; break;
    case 6: return y * 5 + 1;
    case 7: y = step_c(y + 3); break;
    case 8: y = step_a(y - 5); break;
    case 9: return 77;
    case 10: return y * y;
    case 11: return y - 99;
    default: y = 0;
    }
    return y + 1;
}

/* sparse cases (compare trees, no table) */
int64_t sw_sparse(int64_t x) {
    switch (x) {
    case -1000: return 1;
    case 3: return 2;
    case 77: return 3;
    case 1024: return 4;
    case 65536: return 5;
    case 1000000: return 6;
    default: return -x;
    }
}

/* a switch in a loop whose cases call: clang keeps the table's address in a callee-saved
   register, saved by a push and set once before the loop */
static __attribute__((noinline)) int64_t sw_step(int64_t acc, int64_t k) { return acc * 3 + k; }

int64_t sw_calls(const uint8_t *s, int64_t n) {
    int64_t acc = 0;
    for (int64_t i = 0; i < n; i++) {
        switch (s[i] & 7) {
        case 0: acc = sw_step(acc, 1); break;
        case 1: acc = sw_step(acc, 7) ^ 5; break;
        case 2: acc = sw_step(acc + 2, 11); break;
        case 3: acc -= sw_step(i, 13); break;
        case 4: acc = sw_step(acc, i) + 9; break;
        case 5: acc += 17; break;
        default: acc = sw_step(acc ^ 3, 2); break;
        }
    }
    return acc;
}

/* a switch in a loop inside a case of another switch: gcc sets the inner table's address
   before the loop, where the outer dispatch's jump is on the way back from the inner one's
   (SQLite's sqlite3VdbeExec); unsigned arithmetic, so no input overflows into UB */
int64_t sw_two(const uint8_t *p, int64_t n, int64_t op) {
    uint64_t acc = (uint64_t)op;
    switch (op) {
    case 0: acc = 11; break;
    case 1: acc = (uint64_t)n * 3; break;
    case 2: acc = (uint64_t)n ^ 5; break;
    case 3: acc = (uint64_t)n + 77; break;
    case 4: acc = (uint64_t)n - 9; break;
    case 6: acc = (uint64_t)n * (uint64_t)n; break;
    case 5:
        for (int64_t i = 0; i < n; i++) {
            switch (p[i] & 7) {
            case 0: acc += 3; break;
            case 1: acc ^= (uint64_t)i; break;
            case 2: acc *= 5; break;
            case 3: acc -= 7 * (uint64_t)i; break;
            case 4: acc += acc >> 3; break;
            case 5: acc |= 64; break;
            case 6: acc = acc * 3 + 1; break;
            default: acc -= 1; break;
            }
        }
        break;
    }
    return (int64_t)acc;
}

/* cases that load bytes into the low bytes of the dispatch's registers and compare only
   those (clang: `movb 1(%rdi), %cl` after `leaq .LJTI0_0(%rip), %rcx`, as in SQLite's
   sqlite3ExprCodeTarget); p points to at least 5 bytes */
int64_t sw_bytes(const uint8_t *p, int64_t n, int64_t op) {
    int64_t acc = 0;
    switch (op) {
    case 0: {
        uint8_t a = p[0], b = p[1], c = p[2];
        if (a == 0x9a && b == 0x20) acc = 3;
        else if (c == 0x9c || b == 7) acc = 5;
        else acc = a + 1;
        break;
    }
    case 1: {
        uint8_t a = p[1], b = p[3];
        if (a == 0x20) acc = 7; else if (b == 0x30) acc = 9; else acc = 2 + (a == b);
        break;
    }
    case 2: acc = n * 3; break;
    case 3: acc = n ^ 5; break;
    case 4: acc = n + 77; break;
    case 5: acc = n - 9; break;
    case 6: { uint8_t c = p[2], d = p[4]; acc = (c == 4) ? 1 : (d > 9 ? 12 : 4); break; }
    }
    return acc;
}

/* a char switch in a loop (gcc hoists the table's address out of the loop) */
int64_t sw_loop(const uint8_t *s, int64_t n) {
    int64_t score = 0;
    for (int64_t i = 0; i < n; i++) {
        switch (s[i]) {
        case 'a': score += 1; break;
        case 'b': score += 3; break;
        case 'c': score ^= 5; break;
        case 'd': score -= 2; break;
        case 'e': score *= 3; break;
        case 'f': score += 11; break;
        case 'g': score -= 7; break;
        case 'h': score |= 64; break;
        case 'i': score += score >> 2; break;
        case 'j': score = -score; break;
        case 'k': score += 1000; break;
        case 'l': score &= 0xffff; break;
        case 'm': score += 13; break;
        case 'n': score -= 31; break;
        default: score++;
        }
    }
    return score;
}

/* nested switches, returning from cases */
int64_t sw_nested(int64_t a, int64_t b) {
    switch (a & 7) {
    case 0:
        switch (b & 7) {
        case 0: return 10;
        case 1: return step_a(b);
        case 2: return 12;
        case 3: return step_b(b);
        case 4: return 14;
        case 5: return step_c(b);
        default: return 16;
        }
    case 1: return a + b;
    case 2: return a - b;
    case 3: return a * b;
    case 4: return a ^ b;
    case 5: return a | b;
    case 6: return step_c(a & b);
    default: return -1;
    }
}

/* ---- global data ------------------------------------------------------------------- */

int64_t g_word = 0x1234;                         /* .data */
int64_t g_arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};     /* .data */
static int64_t sq[64];                           /* .local + .comm (static .bss) */
int64_t g_zero[4];                               /* .bss */
static const int64_t primes[8] = {2, 3, 5, 7, 11, 13, 17, 19}; /* .rodata */
static int64_t vals[6] = {10, 20, 30, 40, 50, 60};
static int64_t *const ptrs[3] = {&vals[0], &vals[3], &vals[5]}; /* pointers into data */
static const char *const words[4] = {"alpha", "be", "gamma", "delta!"}; /* a string table */
static int64_t (*const fns[3])(int64_t) = {step_a, step_b, step_c};               /* function pointers */

/* .data word and array written (idempotently) and read */
int64_t g_data(int64_t x) {
    g_word = 0x1234;
    g_arr[x & 7] = (x & 7) * 11;
    g_zero[x & 3] = (x & 3) + 100;
    return g_word + g_arr[x & 7] * 2 + g_zero[x & 3] + x;
}

/* a static .bss table filled and summed */
int64_t g_fill(int64_t n) {
    int64_t k = n & 63, sum = 0;
    for (int64_t i = 0; i <= k; i++)
        sq[i] = i * i + 7;
    for (int64_t i = 0; i <= k; i++)
        sum += sq[i];
    return sum;
}

/* a const table */
int64_t g_table(int64_t i) { return primes[i & 7] * (i >> 3); }

/* a pointer table into data */
int64_t g_ptrs(int64_t i) {
    uint64_t k = (uint64_t)i % 3;
    return *ptrs[k] + i;
}

/* a string table */
int64_t g_strings(int64_t i) {
    const char *w = words[i & 3];
    int64_t h = 0;
    while (*w)
        h = h * 31 + *w++;
    return h;
}

/* a table of function pointers */
int64_t g_fnptr(int64_t i, int64_t x) { return fns[(uint64_t)i % 3](x); }

/* a static local, written idempotently */
int64_t static_local(int64_t n) {
    static int64_t cache[16];
    int64_t k = n & 15;
    cache[k] = k * k + 1;
    return cache[k] + n;
}

/* ---- cold paths -------------------------------------------------------------------- */

__attribute__((cold)) static OPAQUE int64_t report(int64_t x) { return step_a(x) * 3; }

/* __builtin_expect and a cold callee (gcc: a `cold_path.cold` part in .text.unlikely) */
int64_t cold_path(int64_t x) {
    if (__builtin_expect(x < 0, 0))
        return report(x) + step_b(x);
    return x * 2;
}
