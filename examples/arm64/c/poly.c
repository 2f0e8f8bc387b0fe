// Double-precision maths with constants: a constant pool read RIP-relatively.
double poly(double x) { return ((0.5 * x + 1.25) * x - 3.0) * x + 0.125; }
float lerp(float a, float b, float t) { return a + (b - a) * t; }
