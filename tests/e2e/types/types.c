/* C side of tests/e2e_types_amd64.rs: one function per Go type class; each reads every
 * argument and sets every result. Compiled with gcc -O2 (and converted with the Go
 * declarations of go/types.go), and through cgo as the reference (go/ref/ref.go). */
#include <stddef.h>
#include <stdint.h>

/* string: base, len */
uint64_t str_hash(const char *p, size_t n) {
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)p[i]) * 1099511628211ull;
	return h;
}

/* string result: RAX, RDX */
struct str { const char *p; size_t n; };
struct str str_mid(const char *p, size_t n) {
	struct str r = { p + 1, n - 2 };
	return r;
}

/* slices: base, len, cap */
double sl_dot(const double *a, size_t alen, size_t acap, const double *b, size_t blen, size_t bcap) {
	double s = 0;
	size_t n = alen < blen ? alen : blen;
	for (size_t i = 0; i < n; i++) s += a[i] * b[i];
	return s + (double)(acap - alen) * 1000.0 + (double)(bcap - blen);
}

/* slice result (24 bytes): hidden result pointer */
struct i64s { int64_t *p; size_t len, cap; };
struct i64s sl_tail(int64_t *p, size_t len, size_t cap, int64_t k) {
	struct i64s r = { p + k, len - k, cap - k };
	return r;
}

/* variadic ...int64 and a named slice type */
int64_t v_sum(const int64_t *p, size_t n, size_t cap) {
	int64_t s = (int64_t)cap << 32;
	for (size_t i = 0; i < n; i++) s += p[i] * (int64_t)(i + 1);
	return s;
}

/* interfaces: (type, data), (itab, data) */
uintptr_t if_mix(uintptr_t t, uintptr_t d, uintptr_t it, uintptr_t d2) {
	return t ^ (d * 3) ^ (it * 5) ^ (d2 * 7);
}
struct iface { void *t, *d; };
struct iface if_pass(void *t, void *d) {
	struct iface r = { t, d };
	return r;
}

/* maps, channels, funcs: one pointer word each */
uintptr_t words(uintptr_t m, uintptr_t c, uintptr_t f) { return m ^ (c * 3) ^ (f * 5); }

/* complex128: two XMM registers each */
double _Complex c_mul(double _Complex a, double _Complex b) {
	double ar = __real__ a, ai = __imag__ a, br = __real__ b, bi = __imag__ b;
	double _Complex r;
	__real__ r = ar * br - ai * bi;
	__imag__ r = ar * bi + ai * br;
	return r;
}

/* structs of two int32: one INTEGER eightbyte */
struct P { int32_t x, y; };
struct P p_add(struct P a, struct P b) {
	struct P r = { a.x + b.x, a.y - b.y };
	return r;
}

/* two doubles: SSE, SSE */
struct F2 { double f, g; };
struct F2 f_rot(struct F2 v, double s) {
	struct F2 r = { v.g * s, -v.f };
	return r;
}

/* more than 16 bytes: in memory, and returned through the hidden pointer */
struct Big { int64_t a, b, c; double d; };
struct Big big_mix(struct Big v, int64_t k) {
	struct Big r = { v.a + k, v.b * k, v.c - k, v.d * 2 };
	return r;
}

/* [2]float64 as a C struct: SSE, SSE */
struct A2 { double v[2]; };
double a2_dot(struct A2 a, struct A2 b) { return a.v[0] * b.v[0] + a.v[1] * b.v[1]; }

/* a struct on the stack after the integer registers */
int64_t st_late(int64_t a, int64_t b, int64_t c, int64_t d, int64_t e, int64_t f, struct Big v, int64_t g) {
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * v.a + 8 * v.b + 9 * v.c + (int64_t)v.d + 10 * g;
}

/* two results: a C struct of the two */
struct QR { int32_t q, r; };
struct QR divmod32(int32_t a, int32_t b) {
	struct QR r = { a / b, a % b };
	return r;
}

/* a named slice type (type Vec []int64) */
int64_t vec_sum(const int64_t *p, size_t n, size_t cap) {
	int64_t s = -(int64_t)cap;
	for (size_t i = 0; i < n; i++) s ^= p[i] + (int64_t)i;
	return s;
}
