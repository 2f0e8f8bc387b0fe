// Runtime test of the programs suite (issue 10): every function of
// tests/e2e/programs/corpus.c, as converted to Go assembly (this package), is compared with
// the same C code called through cgo (package ref), in the three modes of
// tests/e2e/go_common/harness_test.go (fresh goroutines, 8 goroutines at once, with
// runtime.GC). The globals the C code writes get idempotent stores only (see corpus.c), so
// results do not depend on how the goroutines interleave.
package suite

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"e2eprograms/programs/ref"
)

func small(r *rand.Rand, i int) int64 {
	return pick(i, []int64{-1, 0, 1, 2, 3, 5, 6, 9, 11, 12, 13, -1000, 77, 1024, 65536, 1000000},
		func() int64 { return r.Int64N(40) - 8 })
}

func wide(r *rand.Rand, i int) int64 { return int64(u64(r, i)) }

func Test_sw_dense(t *testing.T) {
	runAll(t, "sw_dense", func(r *rand.Rand, i int) error {
		x, y := small(r, i), wide(r, i)
		return diff(fmt.Sprintf("sw_dense(%d, %d)", x, y), sw_dense(x, y), ref.Sw_dense(x, y))
	})
}

// randomBytes: up to 63 bytes, from `alphabet` (any byte when nil), and a pointer to the
// first (nil when there is none), as the C functions take them.
func randomBytes(r *rand.Rand, alphabet []byte) ([]byte, *byte) {
	s := make([]byte, r.IntN(64))
	for k := range s {
		if alphabet == nil {
			s[k] = byte(r.IntN(256))
		} else {
			s[k] = alphabet[r.IntN(len(alphabet))]
		}
	}
	if len(s) == 0 {
		return s, nil
	}
	return s, &s[0]
}

func Test_sw_two(t *testing.T) {
	runAll(t, "sw_two", func(r *rand.Rand, i int) error {
		s, p := randomBytes(r, nil)
		op := int64(r.IntN(9)) - 1
		return diff(fmt.Sprintf("sw_two(%q, %d)", s, op), sw_two(p, int64(len(s)), op), ref.Sw_two(s, op))
	})
}

func Test_sw_sparse(t *testing.T) {
	runAll(t, "sw_sparse", func(r *rand.Rand, i int) error {
		x := small(r, i)
		return diff(fmt.Sprintf("sw_sparse(%d)", x), sw_sparse(x), ref.Sw_sparse(x))
	})
}

func Test_sw_loop(t *testing.T) {
	runAll(t, "sw_loop", func(r *rand.Rand, i int) error {
		s, p := randomBytes(r, []byte("abcdefghijklmnoz\x00\xff"))
		return diff(fmt.Sprintf("sw_loop(%q)", s), sw_loop(p, int64(len(s))), ref.Sw_loop(s))
	})
}

func Test_sw_calls(t *testing.T) {
	runAll(t, "sw_calls", func(r *rand.Rand, i int) error {
		s, p := randomBytes(r, nil)
		return diff(fmt.Sprintf("sw_calls(%q)", s), sw_calls(p, int64(len(s))), ref.Sw_calls(s))
	})
}

func Test_sw_bytes(t *testing.T) {
	runAll(t, "sw_bytes", func(r *rand.Rand, i int) error {
		s := make([]byte, 8)
		for k := range s {
			s[k] = []byte{0x9a, 0x20, 0x9c, 7, 0x30, 4, 10, 9, 0}[r.IntN(9)]
		}
		n, op := small(r, i), int64(r.IntN(9))-1
		return diff(fmt.Sprintf("sw_bytes(%q, %d, %d)", s, n, op), sw_bytes(&s[0], n, op), ref.Sw_bytes(s, n, op))
	})
}

func Test_sw_nested(t *testing.T) {
	runAll(t, "sw_nested", func(r *rand.Rand, i int) error {
		a, b := small(r, i), wide(r, i)
		return diff(fmt.Sprintf("sw_nested(%d, %d)", a, b), sw_nested(a, b), ref.Sw_nested(a, b))
	})
}

// one runs a function of one int64 against its reference.
func one(t *testing.T, name string, got, want func(int64) int64) {
	runAll(t, name, func(r *rand.Rand, i int) error {
		x := wide(r, i)
		if i%2 == 0 {
			x = small(r, i)
		}
		return diff(fmt.Sprintf("%s(%d)", name, x), got(x), want(x))
	})
}

func Test_g_data(t *testing.T)       { one(t, "g_data", g_data, ref.G_data) }
func Test_g_fill(t *testing.T)       { one(t, "g_fill", g_fill, ref.G_fill) }
func Test_g_table(t *testing.T)      { one(t, "g_table", g_table, ref.G_table) }
func Test_g_ptrs(t *testing.T)       { one(t, "g_ptrs", g_ptrs, ref.G_ptrs) }
func Test_g_strings(t *testing.T)    { one(t, "g_strings", g_strings, ref.G_strings) }
func Test_static_local(t *testing.T) { one(t, "static_local", static_local, ref.Static_local) }
func Test_cold_path(t *testing.T)    { one(t, "cold_path", cold_path, ref.Cold_path) }

func Test_g_fnptr(t *testing.T) {
	runAll(t, "g_fnptr", func(r *rand.Rand, i int) error {
		k, x := small(r, i), wide(r, i)
		return diff(fmt.Sprintf("g_fnptr(%d, %d)", k, x), g_fnptr(k, x), ref.G_fnptr(k, x))
	})
}
