// End-to-end test of native2goasm: every function of tests/e2e/corpus.c, as
// converted to Go assembly (this package), is compared with the same C code
// called through cgo (package ref) on fixed-seed random inputs and edge
// cases. Each test stops at the first difference and prints the arguments,
// both results and, for floats, their bits.
//
// The harness (tests/e2e_amd64.rs) generates kernels.go (declarations and
// the notConverted set) and kernels_amd64.s next to this file.
package kernels

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"e2e/kernels/ref"
)

const nRandom = 4000

// ---- plumbing ---------------------------------------------------------------

// begin skips functions the converter did not convert and returns a
// generator seeded by the function name (stable across runs).
func begin(t *testing.T, name string) *rand.Rand {
	t.Helper()
	if notConverted[name] {
		t.Skipf("%s: not converted by native2goasm", name)
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(0x5eed_e2e, h.Sum64()))
}

func show(v any) string {
	switch x := v.(type) {
	case float64:
		return fmt.Sprintf("%v (%#016x)", x, math.Float64bits(x))
	case float32:
		return fmt.Sprintf("%v (%#08x)", x, math.Float32bits(x))
	case unsafe.Pointer:
		return fmt.Sprintf("%p", x)
	default:
		return fmt.Sprintf("%#v", x)
	}
}

func call(name string, args []any) string {
	s := make([]string, len(args))
	for i, a := range args {
		s[i] = show(a)
	}
	return name + "(" + strings.Join(s, ", ") + ")"
}

func mismatch(t *testing.T, name string, args []any, what string, got, want any) {
	t.Helper()
	t.Fatalf("MISMATCH %s: %s: converted asm = %s, cgo reference = %s",
		call(name, args), what, show(got), show(want))
}

func expectEq[T comparable](t *testing.T, name string, got, want T, args ...any) {
	t.Helper()
	if got != want {
		mismatch(t, name, args, "result", got, want)
	}
}

// sameF64 is bitwise equality, except that any two NaNs are equal (the
// payload of a NaN may legitimately depend on the compiler's operand order).
func sameF64(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (a != a && b != b)
}

func sameF32(a, b float32) bool {
	return math.Float32bits(a) == math.Float32bits(b) || (a != a && b != b)
}

func expectF64(t *testing.T, name string, got, want float64, args ...any) {
	t.Helper()
	if !sameF64(got, want) {
		mismatch(t, name, args, "result", got, want)
	}
}

func expectF32(t *testing.T, name string, got, want float32, args ...any) {
	t.Helper()
	if !sameF32(got, want) {
		mismatch(t, name, args, "result", got, want)
	}
}

// ---- value generators -------------------------------------------------------

type integer interface {
	~int8 | ~uint8 | ~int16 | ~uint16 | ~int32 | ~uint32 | ~int64 | ~uint64 | ~int | ~uintptr
}

// Truncated to each type these give 0, ±1, and min/max of every width.
var intEdges = []uint64{
	0, 1, 2, 3, 5, 7, 8, 31, 32, 33, 63, 64, 0x7f, 0x80, 0x81, 0xff, 0x100,
	0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff,
	1 << 32, 1<<53 + 1, math.MaxInt64, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64,
	0xffffffffffffff80, 0xffffffffffff8000, 0xffffffff80000000,
}

type gen[T any] struct {
	edges []T
	rand  func(r *rand.Rand) T
}

// pick returns an edge value one time in four, a random value otherwise.
func (g gen[T]) pick(r *rand.Rand) T {
	if r.IntN(4) == 0 {
		return g.edges[r.IntN(len(g.edges))]
	}
	return g.rand(r)
}

func randBits(r *rand.Rand) uint64 {
	switch r.IntN(3) {
	case 0:
		return r.Uint64()
	case 1:
		return r.Uint64() >> r.IntN(64) // all magnitudes
	default:
		return -(r.Uint64() >> r.IntN(64)) // small negative values
	}
}

func intGen[T integer]() gen[T] {
	seen := map[T]bool{}
	var e []T
	for _, v := range intEdges {
		if x := T(v); !seen[x] {
			seen[x] = true
			e = append(e, x)
		}
	}
	return gen[T]{e, func(r *rand.Rand) T { return T(randBits(r)) }}
}

// allOf lists every value of an 8- or 16-bit type.
func allOf[T integer](bits int) []T {
	out := make([]T, 0, 1<<bits)
	for i := 0; i < 1<<bits; i++ {
		out = append(out, T(i))
	}
	return out
}

var f64Edges = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2, 3, 32, -32, 100, -40, 0.1, 1.0 / 3,
	1e-300, -1e300, 1e10, -1e18, 9.2e18, -9.2e18, 1 << 53, 1 << 63, 1 << 64, math.MaxFloat64,
	-math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xfff8000000000001),
}

func randF64(r *rand.Rand) float64 {
	switch r.IntN(4) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return r.NormFloat64() * math.Pow(10, float64(r.IntN(40)-20))
	default:
		return r.NormFloat64() * 100
	}
}

func f64Gen() gen[float64] { return gen[float64]{f64Edges, randF64} }

func f32Gen() gen[float32] {
	e := make([]float32, 0, len(f64Edges)+3)
	for _, v := range f64Edges {
		e = append(e, float32(v))
	}
	e = append(e, math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32)
	return gen[float32]{e, func(r *rand.Rand) float32 {
		if r.IntN(4) == 0 {
			return math.Float32frombits(r.Uint32())
		}
		return float32(randF64(r))
	}}
}

var bools = []bool{false, true}

func boolGen() gen[bool] {
	return gen[bool]{bools, func(r *rand.Rand) bool { return r.IntN(2) == 1 }}
}

// Array lengths and misalignments (in elements) for the loop kernels.
var (
	lengths = []int{0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 256, 257, 1000, 1001}
	offsets = []int{0, 1, 2, 3, 5}
)

const guard = 64 // elements after the slice, checked for stray writes

// buffer returns a backing array with room for off+n+guard elements, filled
// by fill, and a pointer to element off.
func buffer[T any](r *rand.Rand, off, n int, fill func(*rand.Rand) T) []T {
	b := make([]T, off+n+guard)
	for i := range b {
		b[i] = fill(r)
	}
	return b
}

func sameSlice[T comparable](a, b []T) int {
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return -1
}

func sameSliceF64(a, b []float64) int {
	for i := range a {
		if !sameF64(a[i], b[i]) {
			return i
		}
	}
	return -1
}

func sameSliceF32(a, b []float32) int {
	for i := range a {
		if !sameF32(a[i], b[i]) {
			return i
		}
	}
	return -1
}

// ---- integer arithmetic -------------------------------------------------------

func Test_mix_u64(t *testing.T) {
	r := begin(t, "mix_u64")
	g := intGen[uint64]()
	for _, x := range append(g.edges, func() (v []uint64) {
		for range nRandom {
			v = append(v, g.rand(r))
		}
		return
	}()...) {
		expectEq(t, "mix_u64", mix_u64(x), ref.Mix_u64(x), x)
	}
}

func Test_arith_i64(t *testing.T) {
	r := begin(t, "arith_i64")
	g := intGen[int64]()
	try := func(a, b, c int64) {
		expectEq(t, "arith_i64", arith_i64(a, b, c), ref.Arith_i64(a, b, c), a, b, c)
	}
	for _, a := range g.edges {
		for _, b := range g.edges {
			try(a, b, g.pick(r))
		}
	}
	for range nRandom {
		try(g.pick(r), g.pick(r), g.pick(r))
	}
}

func Test_align_up(t *testing.T) {
	r := begin(t, "align_up")
	g := intGen[uintptr]()
	for _, p := range g.edges {
		for a := uintptr(0); a < 40; a++ {
			expectEq(t, "align_up", align_up(p, a), ref.Align_up(p, a), p, a)
		}
	}
	for range nRandom {
		p, a := g.pick(r), g.pick(r)
		expectEq(t, "align_up", align_up(p, a), ref.Align_up(p, a), p, a)
	}
}

// ---- loops --------------------------------------------------------------------

func Test_gcd_u64(t *testing.T) {
	r := begin(t, "gcd_u64")
	g := intGen[uint64]()
	for _, a := range g.edges {
		for _, b := range g.edges {
			expectEq(t, "gcd_u64", gcd_u64(a, b), ref.Gcd_u64(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		if r.IntN(2) == 0 { // share a factor
			k := r.Uint64N(1000) + 1
			a, b = (a>>20)*k, (b>>20)*k
		}
		expectEq(t, "gcd_u64", gcd_u64(a, b), ref.Gcd_u64(a, b), a, b)
	}
}

func Test_collatz_steps(t *testing.T) {
	r := begin(t, "collatz_steps")
	g := intGen[uint64]()
	try := func(n uint64) {
		expectEq(t, "collatz_steps", collatz_steps(n), ref.Collatz_steps(n), n)
	}
	for _, n := range g.edges {
		try(n)
	}
	for n := uint64(0); n < 1000; n++ {
		try(n)
	}
	for range nRandom / 4 {
		try(g.pick(r))
	}
}

// ---- auto-vectorised loops over arrays -------------------------------------------

func Test_sum_i32(t *testing.T) {
	r := begin(t, "sum_i32")
	g := intGen[int32]()
	for _, n := range lengths {
		for _, off := range offsets {
			b := buffer(r, off, n, g.pick)
			p := &b[off]
			got, want := sum_i32(p, int64(n)), ref.Sum_i32(p, int64(n))
			expectEq(t, "sum_i32", got, want, fmt.Sprintf("&buf[%d]", off), n)
		}
	}
}

func Test_saxpy_f32(t *testing.T) {
	r := begin(t, "saxpy_f32")
	g := f32Gen()
	small := func(r *rand.Rand) float32 {
		if r.IntN(50) == 0 {
			return g.pick(r)
		}
		return float32(r.NormFloat64() * 10)
	}
	for _, n := range lengths {
		for _, off := range offsets {
			// xshift 0: x == y; 1: x overlaps y one element later; -1: separate array.
			for _, xshift := range []int{-1, 0, 1, -2} {
				a := g.pick(r)
				if r.IntN(2) == 0 {
					a = float32(r.NormFloat64())
				}
				yb := buffer(r, off, n+2, small)
				xb := buffer(r, off, n+2, small)
				y1, x1 := append([]float32(nil), yb...), append([]float32(nil), xb...)
				y2, x2 := append([]float32(nil), yb...), append([]float32(nil), xb...)
				xp1, xp2 := &x1[off], &x2[off]
				desc := fmt.Sprintf("&y[%d]", off)
				if xshift >= 0 {
					xp1, xp2 = &y1[off+xshift], &y2[off+xshift]
					desc = fmt.Sprintf("&y[%d], &y[%d]", off, off+xshift)
				} else if xshift == -2 { // y one element after x (backward overlap)
					xp1, xp2 = &y1[off], &y2[off]
					saxpy_f32(&y1[off+1], xp1, a, int64(n))
					ref.Saxpy_f32(&y2[off+1], xp2, a, int64(n))
					if i := sameSliceF32(y1, y2); i >= 0 {
						mismatch(t, "saxpy_f32", []any{fmt.Sprintf("&y[%d], &y[%d]", off+1, off), a, n},
							fmt.Sprintf("y[%d]", i), y1[i], y2[i])
					}
					continue
				}
				saxpy_f32(&y1[off], xp1, a, int64(n))
				ref.Saxpy_f32(&y2[off], xp2, a, int64(n))
				if i := sameSliceF32(y1, y2); i >= 0 {
					mismatch(t, "saxpy_f32", []any{desc, a, n}, fmt.Sprintf("y[%d]", i), y1[i], y2[i])
				}
				if i := sameSliceF32(x1, x2); i >= 0 {
					mismatch(t, "saxpy_f32", []any{desc, a, n}, fmt.Sprintf("x[%d]", i), x1[i], x2[i])
				}
			}
		}
	}
}

func Test_max_u8(t *testing.T) {
	r := begin(t, "max_u8")
	for _, n := range lengths {
		for _, off := range offsets {
			for trial := range 3 {
				b := buffer(r, off, n, func(r *rand.Rand) uint8 {
					if trial == 0 {
						return uint8(r.Uint32())
					}
					return uint8(r.IntN(100))
				})
				if trial == 2 && n > 0 {
					b[off+r.IntN(n)] = 0xff - uint8(r.IntN(3))
				}
				p := &b[off]
				expectEq(t, "max_u8", max_u8(p, uintptr(n)), ref.Max_u8(p, uintptr(n)),
					fmt.Sprintf("&buf[%d]", off), n)
			}
		}
	}
}

func Test_xor_bytes(t *testing.T) {
	r := begin(t, "xor_bytes")
	rb := func(r *rand.Rand) uint8 { return uint8(r.Uint32()) }
	for _, n := range lengths {
		for _, off := range offsets {
			a := buffer(r, off, n, rb)
			b := buffer(r, (off+3)%7, n, rb)
			d1 := buffer(r, off+1, n, rb)
			d2 := append([]uint8(nil), d1...)
			xor_bytes(&d1[off+1], &a[off], &b[(off+3)%7], uintptr(n))
			ref.Xor_bytes(&d2[off+1], &a[off], &b[(off+3)%7], uintptr(n))
			if i := sameSlice(d1, d2); i >= 0 {
				mismatch(t, "xor_bytes", []any{off + 1, off, (off + 3) % 7, n},
					fmt.Sprintf("dst buffer[%d]", i), d1[i], d2[i])
			}
			// a and b the same array
			xor_bytes(&d1[off+1], &a[off], &a[off], uintptr(n))
			ref.Xor_bytes(&d2[off+1], &a[off], &a[off], uintptr(n))
			if i := sameSlice(d1, d2); i >= 0 {
				mismatch(t, "xor_bytes", []any{"a == b", n}, fmt.Sprintf("dst buffer[%d]", i), d1[i], d2[i])
			}
		}
	}
}

func Test_scale_add_f64(t *testing.T) {
	r := begin(t, "scale_add_f64")
	g := f64Gen()
	for _, n := range lengths {
		for _, off := range offsets {
			s := g.pick(r)
			b1 := buffer(r, off, n, g.pick)
			b2 := append([]float64(nil), b1...)
			scale_add_f64(&b1[off], n, s)
			ref.Scale_add_f64(&b2[off], n, s)
			if i := sameSliceF64(b1, b2); i >= 0 {
				mismatch(t, "scale_add_f64", []any{fmt.Sprintf("&buf[%d]", off), n, s},
					fmt.Sprintf("buf[%d]", i), b1[i], b2[i])
			}
		}
	}
}

func Test_count_eq_u16(t *testing.T) {
	r := begin(t, "count_eq_u16")
	set := []uint16{0, 1, 0x7fff, 0x8000, 0xffff, 42}
	for _, n := range lengths {
		for _, off := range offsets {
			b := buffer(r, off, n, func(r *rand.Rand) uint16 {
				if r.IntN(3) == 0 {
					return uint16(r.Uint32())
				}
				return set[r.IntN(len(set))]
			})
			for _, v := range set {
				expectEq(t, "count_eq_u16", count_eq_u16(&b[off], int64(n), v),
					ref.Count_eq_u16(&b[off], int64(n), v), fmt.Sprintf("&buf[%d]", off), n, v)
			}
		}
	}
}

// ---- float and double maths ---------------------------------------------------

func Test_poly_f64(t *testing.T) {
	r := begin(t, "poly_f64")
	g := f64Gen()
	for _, x := range g.edges {
		expectF64(t, "poly_f64", poly_f64(x), ref.Poly_f64(x), x)
	}
	for range nRandom {
		x := g.rand(r)
		expectF64(t, "poly_f64", poly_f64(x), ref.Poly_f64(x), x)
	}
}

func Test_f2c_f32(t *testing.T) {
	r := begin(t, "f2c_f32")
	g := f32Gen()
	for _, x := range g.edges {
		expectF32(t, "f2c_f32", f2c_f32(x), ref.F2c_f32(x), x)
	}
	for range nRandom {
		x := g.rand(r)
		expectF32(t, "f2c_f32", f2c_f32(x), ref.F2c_f32(x), x)
	}
}

func Test_absdiff_f64(t *testing.T) {
	r := begin(t, "absdiff_f64")
	g := f64Gen()
	for _, a := range g.edges {
		for _, b := range g.edges {
			expectF64(t, "absdiff_f64", absdiff_f64(a, b), ref.Absdiff_f64(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		expectF64(t, "absdiff_f64", absdiff_f64(a, b), ref.Absdiff_f64(a, b), a, b)
	}
}

func Test_negmul_f32(t *testing.T) {
	r := begin(t, "negmul_f32")
	g := f32Gen()
	for _, a := range g.edges {
		for _, b := range g.edges {
			expectF32(t, "negmul_f32", negmul_f32(a, b), ref.Negmul_f32(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		expectF32(t, "negmul_f32", negmul_f32(a, b), ref.Negmul_f32(a, b), a, b)
	}
}

func Test_clamp_f64(t *testing.T) {
	r := begin(t, "clamp_f64")
	g := f64Gen()
	for _, x := range g.edges {
		for _, lo := range g.edges {
			hi := g.pick(r)
			expectF64(t, "clamp_f64", clamp_f64(x, lo, hi), ref.Clamp_f64(x, lo, hi), x, lo, hi)
		}
	}
	for range nRandom {
		x, lo, hi := g.pick(r), g.pick(r), g.pick(r)
		expectF64(t, "clamp_f64", clamp_f64(x, lo, hi), ref.Clamp_f64(x, lo, hi), x, lo, hi)
	}
}

func Test_u64_to_f64(t *testing.T) {
	r := begin(t, "u64_to_f64")
	gu, gi := intGen[uint64](), intGen[int32]()
	for _, u := range gu.edges {
		for _, i := range gi.edges {
			expectF64(t, "u64_to_f64", u64_to_f64(u, i), ref.U64_to_f64(u, i), u, i)
		}
	}
	for range nRandom {
		u, i := gu.pick(r), gi.pick(r)
		expectF64(t, "u64_to_f64", u64_to_f64(u, i), ref.U64_to_f64(u, i), u, i)
	}
}

// ---- sub-word parameters and results ------------------------------------------

func Test_sat_add_i8(t *testing.T) {
	begin(t, "sat_add_i8")
	all := allOf[int8](8)
	for _, a := range all {
		for _, b := range all {
			expectEq(t, "sat_add_i8", sat_add_i8(a, b), ref.Sat_add_i8(a, b), a, b)
		}
	}
}

func Test_avg_u8(t *testing.T) {
	begin(t, "avg_u8")
	all := allOf[uint8](8)
	for _, a := range all {
		for _, b := range all {
			expectEq(t, "avg_u8", avg_u8(a, b), ref.Avg_u8(a, b), a, b)
		}
	}
}

func Test_mulhi_i16(t *testing.T) {
	r := begin(t, "mulhi_i16")
	g := intGen[int16]()
	for _, a := range allOf[int16](16) {
		for _, b := range g.edges {
			expectEq(t, "mulhi_i16", mulhi_i16(a, b), ref.Mulhi_i16(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		expectEq(t, "mulhi_i16", mulhi_i16(a, b), ref.Mulhi_i16(a, b), a, b)
	}
}

func Test_bswap_u16(t *testing.T) {
	begin(t, "bswap_u16")
	for _, x := range allOf[uint16](16) {
		expectEq(t, "bswap_u16", bswap_u16(x), ref.Bswap_u16(x), x)
	}
}

func Test_is_pow2_u32(t *testing.T) {
	r := begin(t, "is_pow2_u32")
	g := intGen[uint32]()
	try := func(x uint32) { expectEq(t, "is_pow2_u32", is_pow2_u32(x), ref.Is_pow2_u32(x), x) }
	for _, x := range g.edges {
		try(x)
	}
	for i := range 32 {
		try(1 << i)
		try(1<<i + 1)
		try(1<<i - 1)
	}
	for range nRandom {
		try(g.pick(r))
	}
}

func Test_bool_logic(t *testing.T) {
	r := begin(t, "bool_logic")
	g := intGen[int32]()
	for _, a := range bools {
		for _, b := range bools {
			for _, c := range append(g.edges, g.rand(r), g.rand(r), g.rand(r)) {
				expectEq(t, "bool_logic", bool_logic(a, b, c), ref.Bool_logic(a, b, c), a, b, c)
			}
		}
	}
}

func Test_rotl_u32(t *testing.T) {
	r := begin(t, "rotl_u32")
	g := intGen[uint32]()
	for _, x := range g.edges {
		for _, s := range g.edges {
			expectEq(t, "rotl_u32", rotl_u32(x, s), ref.Rotl_u32(x, s), x, s)
		}
	}
	for range nRandom {
		x, s := g.pick(r), g.pick(r)
		expectEq(t, "rotl_u32", rotl_u32(x, s), ref.Rotl_u32(x, s), x, s)
	}
}

func Test_widen_mix(t *testing.T) {
	r := begin(t, "widen_mix")
	g8, gu8, g16, gu16, g32, gu32 := intGen[int8](), intGen[uint8](), intGen[int16](), intGen[uint16](), intGen[int32](), intGen[uint32]()
	try := func(a int8, b uint8, c int16, d uint16, e int32, f uint32) {
		expectEq(t, "widen_mix", widen_mix(a, b, c, d, e, f), ref.Widen_mix(a, b, c, d, e, f), a, b, c, d, e, f)
	}
	for _, a := range g8.edges {
		for _, c := range g16.edges {
			try(a, gu8.pick(r), c, gu16.pick(r), g32.pick(r), gu32.pick(r))
		}
	}
	for range nRandom {
		try(g8.pick(r), gu8.pick(r), g16.pick(r), gu16.pick(r), g32.pick(r), gu32.pick(r))
	}
}

// ---- 7+ parameters ----------------------------------------------------------------

func Test_mix8_i64(t *testing.T) {
	r := begin(t, "mix8_i64")
	g := intGen[int64]()
	try := func(a, b, c, d, e, f, gg, h int64) {
		expectEq(t, "mix8_i64", mix8_i64(a, b, c, d, e, f, gg, h), ref.Mix8_i64(a, b, c, d, e, f, gg, h),
			a, b, c, d, e, f, gg, h)
	}
	// One non-zero argument at a time: a wrong slot shows up directly.
	for i := range 8 {
		var v [8]int64
		v[i] = 1
		try(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
	}
	for range nRandom {
		try(g.pick(r), g.pick(r), g.pick(r), g.pick(r), g.pick(r), g.pick(r), g.pick(r), g.pick(r))
	}
}

func Test_mix_sub9(t *testing.T) {
	r := begin(t, "mix_sub9")
	g8, gu8, g16, gu16, g32, gu32 := intGen[int8](), intGen[uint8](), intGen[int16](), intGen[uint16](), intGen[int32](), intGen[uint32]()
	gb := boolGen()
	try := func(a int8, b uint8, c int16, d uint16, e int32, f uint32, g int8, h uint16, i bool) {
		expectEq(t, "mix_sub9", mix_sub9(a, b, c, d, e, f, g, h, i), ref.Mix_sub9(a, b, c, d, e, f, g, h, i),
			a, b, c, d, e, f, g, h, i)
	}
	try(0, 0, 0, 0, 0, 0, -1, 0, false)
	try(0, 0, 0, 0, 0, 0, 0, 0xffff, false)
	try(0, 0, 0, 0, 0, 0, 0, 0, true)
	try(-1, 0xff, -1, 0xffff, -1, 0xffffffff, -128, 0x8000, true)
	for _, gv := range g8.edges {
		for _, h := range gu16.edges {
			try(g8.pick(r), gu8.pick(r), g16.pick(r), gu16.pick(r), g32.pick(r), gu32.pick(r), gv, h, gb.pick(r))
		}
	}
	for range nRandom {
		try(g8.pick(r), gu8.pick(r), g16.pick(r), gu16.pick(r), g32.pick(r), gu32.pick(r), g8.pick(r), gu16.pick(r), gb.pick(r))
	}
}

func Test_weighted(t *testing.T) {
	r := begin(t, "weighted")
	g64, gf, g32, gf32, gu8 := intGen[int64](), f64Gen(), intGen[int32](), f32Gen(), intGen[uint8]()
	try := func(a int64, wa float64, b int32, wb float32, c uint8, wc float64) {
		expectF64(t, "weighted", weighted(a, wa, b, wb, c, wc), ref.Weighted(a, wa, b, wb, c, wc), a, wa, b, wb, c, wc)
	}
	try(1, 1, 0, 0, 0, 0)
	try(0, 0, 1, 1, 0, 0)
	try(0, 0, 0, 0, 1, 1)
	try(0, 0, 0, 0, 255, 2)
	try(0, 0, -1, 3, 0, 0)
	for range nRandom {
		try(g64.pick(r), gf.pick(r), g32.pick(r), gf32.pick(r), gu8.pick(r), gf.pick(r))
	}
}

func Test_horner9_f64(t *testing.T) {
	r := begin(t, "horner9_f64")
	g := f64Gen()
	try := func(x float64, c []float64) {
		expectF64(t, "horner9_f64", horner9_f64(x, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]),
			ref.Horner9_f64(x, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]), x, c)
	}
	// x = 2 and one coefficient at a time: a wrong slot shows up directly.
	for i := range 8 {
		c := make([]float64, 8)
		c[i] = 1
		try(2, c)
	}
	for range nRandom {
		c := make([]float64, 8)
		for i := range c {
			c[i] = r.NormFloat64()
			if r.IntN(10) == 0 {
				c[i] = g.pick(r)
			}
		}
		x := r.NormFloat64()
		if r.IntN(10) == 0 {
			x = g.pick(r)
		}
		try(x, c)
	}
}

// ---- lookup tables and switch tables ---------------------------------------------

func Test_lut_u32(t *testing.T) {
	begin(t, "lut_u32")
	for _, i := range allOf[uint8](8) {
		expectEq(t, "lut_u32", lut_u32(i), ref.Lut_u32(i), i)
	}
}

func Test_crc8(t *testing.T) {
	r := begin(t, "crc8")
	for _, n := range lengths {
		for _, off := range offsets {
			b := buffer(r, off, n, func(r *rand.Rand) uint8 { return uint8(r.Uint32()) })
			p := unsafe.Pointer(&b[off])
			expectEq(t, "crc8", crc8(p, int64(n)), ref.Crc8(p, int64(n)), fmt.Sprintf("&buf[%d]", off), n)
		}
	}
}

func Test_hex_digit(t *testing.T) {
	begin(t, "hex_digit")
	for _, v := range allOf[uint8](8) {
		expectEq(t, "hex_digit", hex_digit(v), ref.Hex_digit(v), v)
	}
}

func Test_switch_i32(t *testing.T) {
	r := begin(t, "switch_i32")
	g := intGen[int32]()
	try := func(x int32) { expectEq(t, "switch_i32", switch_i32(x), ref.Switch_i32(x), x) }
	for x := int32(-20); x < 20; x++ {
		try(x)
	}
	for _, x := range g.edges {
		try(x)
	}
	for range nRandom {
		try(g.pick(r))
	}
}

func Test_switch_f64(t *testing.T) {
	r := begin(t, "switch_f64")
	g := intGen[uint32]()
	try := func(x uint32) { expectF64(t, "switch_f64", switch_f64(x), ref.Switch_f64(x), x) }
	for x := uint32(0); x < 20; x++ {
		try(x)
	}
	for _, x := range g.edges {
		try(x)
	}
	for range nRandom {
		try(g.pick(r))
	}
}

// ---- pointer out-parameters -------------------------------------------------------

func Test_divmod_u64(t *testing.T) {
	r := begin(t, "divmod_u64")
	g := intGen[uint64]()
	try := func(a, b uint64) {
		if b == 0 {
			return
		}
		var q1, r1, q2, r2 uint64 = 0xdead, 0xbeef, 0xdead, 0xbeef
		divmod_u64(a, b, &q1, &r1)
		ref.Divmod_u64(a, b, &q2, &r2)
		expectEq(t, "divmod_u64", q1, q2, a, b, "*q")
		expectEq(t, "divmod_u64", r1, r2, a, b, "*r")
	}
	for _, a := range g.edges {
		for _, b := range g.edges {
			try(a, b)
		}
	}
	for range nRandom {
		try(g.pick(r), g.pick(r))
	}
}

func Test_minmax_i32(t *testing.T) {
	r := begin(t, "minmax_i32")
	g := intGen[int32]()
	for _, n := range lengths {
		for _, off := range offsets {
			b := buffer(r, off, n, g.pick)
			var mn1, mx1, mn2, mx2 int32 = 1, 2, 1, 2
			minmax_i32(&b[off], int64(n), &mn1, &mx1)
			ref.Minmax_i32(&b[off], int64(n), &mn2, &mx2)
			expectEq(t, "minmax_i32", mn1, mn2, fmt.Sprintf("&buf[%d]", off), n, "*mn")
			expectEq(t, "minmax_i32", mx1, mx2, fmt.Sprintf("&buf[%d]", off), n, "*mx")
		}
	}
}

// ---- 128-bit multiplies and two results ---------------------------------------------

func Test_mul128(t *testing.T) {
	r := begin(t, "mul128")
	g := intGen[uint64]()
	try := func(a, b uint64) {
		lo1, hi1 := mul128(a, b)
		lo2, hi2 := ref.Mul128(a, b)
		expectEq(t, "mul128", lo1, lo2, a, b, "lo")
		expectEq(t, "mul128", hi1, hi2, a, b, "hi")
	}
	for _, a := range g.edges {
		for _, b := range g.edges {
			try(a, b)
		}
	}
	for range nRandom {
		try(g.pick(r), g.pick(r))
	}
}

func Test_mulhi_u64(t *testing.T) {
	r := begin(t, "mulhi_u64")
	g := intGen[uint64]()
	for _, a := range g.edges {
		for _, b := range g.edges {
			expectEq(t, "mulhi_u64", mulhi_u64(a, b), ref.Mulhi_u64(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		expectEq(t, "mulhi_u64", mulhi_u64(a, b), ref.Mulhi_u64(a, b), a, b)
	}
}

func Test_mulhi_i64(t *testing.T) {
	r := begin(t, "mulhi_i64")
	g := intGen[int64]()
	for _, a := range g.edges {
		for _, b := range g.edges {
			expectEq(t, "mulhi_i64", mulhi_i64(a, b), ref.Mulhi_i64(a, b), a, b)
		}
	}
	for range nRandom {
		a, b := g.pick(r), g.pick(r)
		expectEq(t, "mulhi_i64", mulhi_i64(a, b), ref.Mulhi_i64(a, b), a, b)
	}
}

func Test_divmod_i64(t *testing.T) {
	r := begin(t, "divmod_i64")
	g := intGen[int64]()
	try := func(a, b int64) {
		if b == 0 || (a == math.MinInt64 && b == -1) {
			return
		}
		q1, r1 := divmod_i64(a, b)
		q2, r2 := ref.Divmod_i64(a, b)
		expectEq(t, "divmod_i64", q1, q2, a, b, "q")
		expectEq(t, "divmod_i64", r1, r2, a, b, "r")
	}
	for _, a := range g.edges {
		for _, b := range g.edges {
			try(a, b)
		}
	}
	for range nRandom {
		try(g.pick(r), g.pick(r))
	}
}

func Test_fma_div_f64(t *testing.T) {
	r := begin(t, "fma_div_f64")
	g := f64Gen()
	try := func(x, y, z float64) {
		a1, b1 := fma_div_f64(x, y, z)
		a2, b2 := ref.Fma_div_f64(x, y, z)
		if !sameF64(a1, a2) {
			mismatch(t, "fma_div_f64", []any{x, y, z}, "a", a1, a2)
		}
		if !sameF64(b1, b2) {
			mismatch(t, "fma_div_f64", []any{x, y, z}, "b", b1, b2)
		}
	}
	try(2, 3, 4)
	for _, x := range g.edges {
		for _, z := range g.edges {
			try(x, g.pick(r), z)
		}
	}
	for range nRandom {
		try(g.pick(r), g.pick(r), g.pick(r))
	}
}

func Test_split_f64(t *testing.T) {
	r := begin(t, "split_f64")
	g := f64Gen()
	try := func(x float64) {
		if x != x || math.Abs(x) >= 9.2e18 { // keep the conversion defined
			return
		}
		i1, f1 := split_f64(x)
		i2, f2 := ref.Split_f64(x)
		expectEq(t, "split_f64", i1, i2, x, "ip")
		if !sameF64(f1, f2) {
			mismatch(t, "split_f64", []any{x}, "frac", f1, f2)
		}
	}
	try(2.75)
	for _, x := range g.edges {
		try(x)
	}
	for range nRandom {
		try(g.pick(r))
	}
}
