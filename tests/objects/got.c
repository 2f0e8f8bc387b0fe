/* Compiled with -fPIC -fno-plt (tools/gen_objects.sh): every global is reached through the
 * GOT. amd64 `mov counter@GOTPCREL(%rip), %rax` is relaxed to a lea and arm64's
 * `adrp :got:`/`ldr :got_lo12:` to `adrp`/`add :lo12:` (as the linker may); a call through
 * the GOT of an external function (`call *ext@GOTPCREL(%rip)`, arm64's `blr`) is refused. */
long counter = 5;
extern long ext(long);
long get(void) { return counter; }
long call_ext(long x) { return ext(x) + 1; }
long twice(long x) { return x * 2; }
