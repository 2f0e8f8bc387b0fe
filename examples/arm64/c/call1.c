#include <stdint.h>

// The design card's example: call the function at `f` with `a`.
uintptr_t call1(uintptr_t (*f)(uintptr_t), uintptr_t a) { return f(a); }
