/* Functions that gcc -O2 compiles through the red zone (it unpacks a packed XMM or
 * INTEGER eightbyte via memory below %rsp, which Go code does not have): compiled with
 * clang -O2 instead. */
#include <stdint.h>

/* complex64 (C `float _Complex`): one XMM register, packed */
float _Complex c_scale(float _Complex a, float s) { return a * s; }
float c_abs2(float _Complex a) { return __real__ a * __real__ a + __imag__ a * __imag__ a; }

/* mixed fields: INTEGER, INTEGER */
struct M { int8_t a; float b; uint16_t c; };
struct M m_mix(struct M m, int8_t k) {
	struct M r = { (int8_t)(m.a + k), m.b * 2.0f, (uint16_t)(m.c ^ (uint16_t)k) };
	return r;
}

