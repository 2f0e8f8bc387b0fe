// Runtime test of native2goasm's ABI bridge per Go type class: every converted function
// (this package) is compared with the same C code called through cgo (package ref) on
// fixed-seed random inputs. Floats are compared bit for bit.
package types

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"

	"e2etypes/types/ref"
)

const n = 2000

func rng(t *testing.T) *rand.Rand { return rand.New(rand.NewPCG(0x7e57, uint64(len(t.Name())))) }

func f64(r *rand.Rand) float64 { return (r.Float64() - 0.5) * 1e3 }
func f32(r *rand.Rand) float32 { return float32(f64(r)) }

func same64(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
func same32(a, b float32) bool { return math.Float32bits(a) == math.Float32bits(b) }

func words2(v any) (uintptr, uintptr) {
	w := (*[2]uintptr)(unsafe.Pointer(&v))
	return w[0], w[1]
}

func Test_string(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		b := make([]byte, 2+r.IntN(40))
		for j := range b {
			b[j] = byte(r.Uint32())
		}
		s := string(b)
		if got, want := str_hash(s), ref.StrHash(s); got != want {
			t.Fatalf("str_hash(%q) = %#x, want %#x", s, got, want)
		}
		if got := str_mid(s); got != s[1:len(s)-1] || unsafe.StringData(got) != unsafe.StringData(s[1:]) {
			t.Fatalf("str_mid(%q) = %q", s, got)
		}
	}
}

func Test_slice(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		a := make([]float64, r.IntN(20), 20+r.IntN(5))
		b := make([]float64, r.IntN(20), 20)
		for j := range a {
			a[j] = f64(r)
		}
		for j := range b {
			b[j] = f64(r)
		}
		if got, want := sl_dot(a, b), ref.SlDot(a, b); !same64(got, want) {
			t.Fatalf("sl_dot(%v, %v) = %v, want %v", a, b, got, want)
		}
		xs := make([]int64, 5+r.IntN(10), 20)
		k := r.Int64N(5)
		if got := sl_tail(xs, k); &got[0] != &xs[k] || len(got) != len(xs)-int(k) || cap(got) != cap(xs)-int(k) {
			t.Fatalf("sl_tail(len %d cap %d, %d): len %d cap %d", len(xs), cap(xs), k, len(got), cap(got))
		}
	}
}

func Test_variadic_and_named(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		xs := make([]int64, r.IntN(10), 10+r.IntN(3))
		for j := range xs {
			xs[j] = r.Int64()
		}
		if got, want := v_sum(xs...), ref.VSum(xs); got != want {
			t.Fatalf("v_sum(%v) = %d, want %d", xs, got, want)
		}
		want := -int64(cap(xs))
		for j, x := range xs {
			want ^= x + int64(j)
		}
		if got := vec_sum(Vec(xs)); got != want {
			t.Fatalf("vec_sum(%v) = %d, want %d", xs, got, want)
		}
	}
	if got, want := v_sum(), ref.VSum(nil); got != want {
		t.Fatalf("v_sum() = %d, want %d", got, want)
	}
}

func Test_interface(t *testing.T) {
	vals := []any{1, "x", 2.5, []int{1}, nil, struct{}{}, &struct{ a int }{3}}
	errs := []error{errors.New("e"), nil, errors.ErrUnsupported}
	for _, a := range vals {
		for _, e := range errs {
			at, ad := words2(a)
			w := (*[2]uintptr)(unsafe.Pointer(&e))
			if got, want := if_mix(a, e), ref.IfMix(at, ad, w[0], w[1]); got != want {
				t.Fatalf("if_mix(%v, %v) = %#x, want %#x", a, e, got, want)
			}
		}
		gt, gd := words2(if_pass(a))
		if at, ad := words2(a); gt != at || gd != ad {
			t.Fatalf("if_pass(%v): words (%#x, %#x), want (%#x, %#x)", a, gt, gd, at, ad)
		}
	}
}

func Test_map_chan_func(t *testing.T) {
	m := map[int]int{1: 2}
	c := make(chan int)
	f := func() {}
	mw := *(*uintptr)(unsafe.Pointer(&m))
	cw := *(*uintptr)(unsafe.Pointer(&c))
	fw := *(*uintptr)(unsafe.Pointer(&f))
	if got, want := words(m, c, f), ref.Words(mw, cw, fw); got != want {
		t.Fatalf("words = %#x, want %#x", got, want)
	}
	if got, want := words(nil, nil, nil), ref.Words(0, 0, 0); got != want {
		t.Fatalf("words(nil...) = %#x, want %#x", got, want)
	}
}

func Test_complex(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		a, b := complex(f64(r), f64(r)), complex(f64(r), f64(r))
		got, want := c_mul(a, b), ref.CMul(a, b)
		if !same64(real(got), real(want)) || !same64(imag(got), imag(want)) {
			t.Fatalf("c_mul(%v, %v) = %v, want %v", a, b, got, want)
		}
		a64, s := complex(f32(r), f32(r)), f32(r)
		g64, w64 := c_scale(a64, s), ref.CScale(a64, s)
		if !same32(real(g64), real(w64)) || !same32(imag(g64), imag(w64)) {
			t.Fatalf("c_scale(%v, %v) = %v, want %v", a64, s, g64, w64)
		}
		if got, want := c_abs2(a64), ref.CAbs2(a64); !same32(got, want) {
			t.Fatalf("c_abs2(%v) = %v, want %v", a64, got, want)
		}
	}
}

func Test_struct(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		a, b := P{int32(r.Uint32()), int32(r.Uint32())}, P{int32(r.Uint32()), int32(r.Uint32())}
		x, y := ref.PAdd(a.X, a.Y, b.X, b.Y)
		if got := p_add(a, b); got != (P{x, y}) {
			t.Fatalf("p_add(%v, %v) = %v, want %v", a, b, got, P{x, y})
		}
		m, k := M{int8(r.Uint32()), f32(r), uint16(r.Uint32())}, int8(r.Uint32())
		ma, mb, mc := ref.MMix(m.A, m.B, m.C, k)
		if got := m_mix(m, k); got.A != ma || !same32(got.B, mb) || got.C != mc {
			t.Fatalf("m_mix(%v, %d) = %v, want {%d %v %d}", m, k, got, ma, mb, mc)
		}
		v, s := F2{f64(r), f64(r)}, f64(r)
		ff, fg := ref.FRot(v.F, v.G, s)
		if got := f_rot(v, s); !same64(got.F, ff) || !same64(got.G, fg) {
			t.Fatalf("f_rot(%v, %v) = %v, want {%v %v}", v, s, got, ff, fg)
		}
		bg, kk := Big{r.Int64(), r.Int64(), r.Int64(), f64(r)}, r.Int64()
		ba, bb, bc, bd := ref.BigMix(bg.A, bg.B, bg.C, bg.D, kk)
		if got := big_mix(bg, kk); got.A != ba || got.B != bb || got.C != bc || !same64(got.D, bd) {
			t.Fatalf("big_mix(%v, %d) = %v, want {%d %d %d %v}", bg, kk, got, ba, bb, bc, bd)
		}
		var args [7]int64
		for j := range args {
			args[j] = r.Int64()
		}
		want := ref.StLate(args[0], args[1], args[2], args[3], args[4], args[5], bg.A, bg.B, bg.C, bg.D, args[6])
		if got := st_late(args[0], args[1], args[2], args[3], args[4], args[5], bg, args[6]); got != want {
			t.Fatalf("st_late(%v, %v) = %d, want %d", args, bg, got, want)
		}
	}
}

func Test_array(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		a, b := [2]float64{f64(r), f64(r)}, [2]float64{f64(r), f64(r)}
		if got, want := a2_dot(a, b), ref.A2Dot(a, b); !same64(got, want) {
			t.Fatalf("a2_dot(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

func Test_results(t *testing.T) {
	r := rng(t)
	for i := 0; i < n; i++ {
		a, b := int32(r.Uint32()), int32(r.Uint32()|1)
		if b == -1 {
			b = 3
		}
		wq, wr := ref.Divmod32(a, b)
		if q, rem := divmod32(a, b); q != wq || rem != wr {
			t.Fatalf("divmod32(%d, %d) = (%d, %d), want (%d, %d)", a, b, q, rem, wq, wr)
		}
	}
}
