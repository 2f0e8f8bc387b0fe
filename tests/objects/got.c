/* Compiled with -fPIC (tools/gen_objects.sh): `counter` is read through the GOT. */
extern long counter;
long get(void) { return counter; }
long twice(long x) { return x * 2; }
