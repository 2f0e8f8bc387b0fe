// A 128-bit product returned in RAX:RDX, and sub-word parameters.
#include <stdint.h>
#include <stdbool.h>
unsigned __int128 mul128(uint64_t a, uint64_t b) { return (unsigned __int128)a * b; }
int16_t clamp8(int8_t v, bool neg, uint16_t bias) { int16_t r = v + bias; return neg ? -r : r; }
