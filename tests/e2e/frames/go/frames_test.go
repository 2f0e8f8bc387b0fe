// Runtime test of the frames suite (issue 9): every function of tests/e2e/frames/corpus.c, as
// converted to Go assembly (this package), is compared with the same C code called through
// cgo (package ref). Each case runs
//
//	(a) from fresh goroutines (small stacks, entered at varying stack depths, so the first
//	    call of a converted function has to grow the stack),
//	(b) from 8 goroutines at once, many iterations each,
//	(c) from 4 goroutines while another goroutine loops runtime.GC().
//
// Inputs are fixed-seed random values after a list of edge values. The three modes and the
// input helpers are in tests/e2e/go_common/harness_test.go, shared with the programs suite.
// The harness (tests/common/frames.rs) generates frames.go (declarations, Go stubs and the notConverted
// set) and frames_<arch>.s next to this file, builds the test binary once and runs each
// Test_<name> in its own process with a timeout, so a crash or a hang (the arm64 `br`-loop
// regression) fails that test alone.
package suite

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"e2eframes/frames/ref"
)

// ---- recursion ------------------------------------------------------------------------

func Test_rec_sum(t *testing.T) {
	runAll(t, "rec_sum", func(r *rand.Rand, i int) error {
		n := depth(r, i)
		return diff(fmt.Sprintf("rec_sum(%d)", n), rec_sum(n), ref.Rec_sum(n))
	})
}

func Test_tree_depth(t *testing.T) {
	runAll(t, "tree_depth", func(r *rand.Rand, i int) error {
		// A chain of n nodes with random side branches: depth >= n.
		n := int(depth(r, i))
		if n < 1 {
			n = 1
		}
		left := make([]int32, n+64)
		right := make([]int32, n+64)
		for j := range left {
			left[j], right[j] = -1, -1
		}
		var bits uint64
		for j := 0; j+1 < n; j++ {
			if j%64 == 0 {
				bits = r.Uint64()
			}
			if bits>>(j%64)&1 == 0 {
				left[j] = int32(j + 1)
			} else {
				right[j] = int32(j + 1)
			}
		}
		for k := n; k < len(left); k++ { // short branches off the chain
			left[k] = -1
			parent := r.IntN(n)
			if left[parent] == -1 {
				left[parent] = int32(k)
			} else if right[parent] == -1 {
				right[parent] = int32(k)
			}
		}
		root := int64(0)
		if i == 1 {
			root = -1
		}
		return diff(fmt.Sprintf("tree_depth(<%d nodes>, %d)", len(left), root),
			tree_depth(&left[0], &right[0], root), ref.Tree_depth(&left[0], &right[0], root))
	})
}

func Test_mr_ping(t *testing.T) {
	runAll(t, "mr_ping", func(r *rand.Rand, i int) error {
		n := depth(r, i)
		return diff(fmt.Sprintf("mr_ping(%d)", n), mr_ping(n), ref.Mr_ping(n))
	})
}

func Test_mr_pong(t *testing.T) {
	runAll(t, "mr_pong", func(r *rand.Rand, i int) error {
		n := depth(r, i) + 1
		return diff(fmt.Sprintf("mr_pong(%d)", n), mr_pong(n), ref.Mr_pong(n))
	})
}

// ---- arguments on the stack -----------------------------------------------------------

func Test_call_static10(t *testing.T) {
	runAll(t, "call_static10", func(r *rand.Rand, i int) error {
		x, y := pairU64(r, i)
		return diff(fmt.Sprintf("call_static10(%#x, %#x)", x, y), call_static10(x, y), ref.Call_static10(x, y))
	})
}

func Test_sum11(t *testing.T) {
	runAll(t, "sum11", func(r *rand.Rand, i int) error {
		var a [11]int64
		for k := range a {
			a[k] = int64(u64(r, (i+k)%(2*len(edgeU64))))
			if i >= len(edgeU64) {
				a[k] = int64(r.Uint64())
			}
		}
		return diff(fmt.Sprintf("sum11%v", a),
			sum11(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]),
			ref.Sum11(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]))
	})
}

func Test_call_sum11(t *testing.T) {
	runAll(t, "call_sum11", func(r *rand.Rand, i int) error {
		x, y := pairU64(r, i)
		return diff(fmt.Sprintf("call_sum11(%#x, %#x)", x, y), call_sum11(x, y), ref.Call_sum11(x, y))
	})
}

// ---- stack arrays ---------------------------------------------------------------------

func rounds(r *rand.Rand, i int) int64 {
	return pick(i, []int64{0, 1, -1, 5000}, func() int64 { return r.Int64N(3000) })
}

func Test_local_1k(t *testing.T) {
	runAll(t, "local_1k", func(r *rand.Rand, i int) error {
		s, n := u64(r, i), rounds(r, i)
		return diff(fmt.Sprintf("local_1k(%#x, %d)", s, n), local_1k(s, n), ref.Local_1k(s, n))
	})
}

func Test_local_8k(t *testing.T) {
	runAll(t, "local_8k", func(r *rand.Rand, i int) error {
		s, n := u64(r, i), rounds(r, i)
		return diff(fmt.Sprintf("local_8k(%#x, %d)", s, n), local_8k(s, n), ref.Local_8k(s, n))
	})
}

func Test_vla_sum(t *testing.T) {
	runAll(t, "vla_sum", func(r *rand.Rand, i int) error {
		n := pick(i, []int64{0, -3, 1, 2, 4096, 1000}, func() int64 { return 1 + r.Int64N(4096) })
		s := r.Uint64()
		return diff(fmt.Sprintf("vla_sum(%d, %#x)", n, s), vla_sum(n, s), ref.Vla_sum(n, s))
	})
}

// ---- memcpy / memset ------------------------------------------------------------------

func Test_big_copy(t *testing.T) {
	runAll(t, "big_copy", func(r *rand.Rand, i int) error {
		n := pick(i, []int64{0, 1, 7, 1000}, func() int64 { return r.Int64N(600) })
		k := r.Int64N(200)
		src := make([]uint64, 64+n)
		for j := range src {
			src[j] = r.Uint64()
		}
		got := make([]uint64, 64+n+1)
		want := make([]uint64, 64+n+1)
		got[64+n], want[64+n] = 0xdead, 0xdead // must stay
		big_copy(&got[0], &src[0], n, k)
		ref.Big_copy(&want[0], &src[0], n, k)
		for j := range got {
			if got[j] != want[j] {
				return fmt.Errorf("big_copy(n=%d, k=%d): word %d = %#x, want %#x", n, k, j, got[j], want[j])
			}
		}
		return nil
	})
}

func Test_big_fill(t *testing.T) {
	runAll(t, "big_fill", func(r *rand.Rand, i int) error {
		n := pick(i, []int64{0, 1, 9, 2000}, func() int64 { return r.Int64N(800) })
		v := u64(r, i)
		got := make([]uint64, 64+n+1)
		want := make([]uint64, 64+n+1)
		for j := range got {
			got[j] = r.Uint64()
			want[j] = got[j]
		}
		big_fill(&got[0], n, v)
		ref.Big_fill(&want[0], n, v)
		for j := range got {
			if got[j] != want[j] {
				return fmt.Errorf("big_fill(n=%d, v=%#x): word %d = %#x, want %#x", n, v, j, got[j], want[j])
			}
		}
		return nil
	})
}

// ---- 128-bit division -----------------------------------------------------------------

type u128 struct{ hi, lo uint64 }

var edge128 = []u128{{0, 1}, {0, 2}, {0, 3}, {0, ^uint64(0)}, {1, 0}, {^uint64(0), ^uint64(0)},
	{1 << 63, 0}, {0x7fff_ffff_ffff_ffff, ^uint64(0)}, {^uint64(0), 1}, {0, 0}}

// operands returns a dividend and a non-zero divisor; signed: not (INT128_MIN, -1).
func operands(r *rand.Rand, i int, signed bool) (a, b u128) {
	n := len(edge128)
	gen := func() u128 {
		switch r.IntN(3) {
		case 0:
			return u128{0, r.Uint64()} // 64-bit value
		case 1:
			return u128{r.Uint64() >> r.IntN(64), r.Uint64()}
		default:
			return u128{r.Uint64(), r.Uint64()}
		}
	}
	if i < n*n {
		a, b = edge128[i/n], edge128[i%n]
	} else {
		a, b = gen(), gen()
	}
	if b == (u128{}) || signed && a == (u128{1 << 63, 0}) && b == (u128{^uint64(0), ^uint64(0)}) {
		b = u128{0, 7}
	}
	return a, b
}

func Test_udiv128(t *testing.T) {
	runAll(t, "udiv128", func(r *rand.Rand, i int) error {
		a, b := operands(r, i, false)
		return diff(fmt.Sprintf("udiv128(%#x, %#x)", a, b), udiv128(a.hi, a.lo, b.hi, b.lo), ref.Udiv128(a.hi, a.lo, b.hi, b.lo))
	})
}

func Test_umod128(t *testing.T) {
	runAll(t, "umod128", func(r *rand.Rand, i int) error {
		a, b := operands(r, i, false)
		return diff(fmt.Sprintf("umod128(%#x, %#x)", a, b), umod128(a.hi, a.lo, b.hi, b.lo), ref.Umod128(a.hi, a.lo, b.hi, b.lo))
	})
}

func Test_sdiv128(t *testing.T) {
	runAll(t, "sdiv128", func(r *rand.Rand, i int) error {
		a, b := operands(r, i, true)
		return diff(fmt.Sprintf("sdiv128(%#x, %#x)", a, b), sdiv128(a.hi, a.lo, b.hi, b.lo), ref.Sdiv128(a.hi, a.lo, b.hi, b.lo))
	})
}

// ---- register pressure ----------------------------------------------------------------

func Test_reg_pressure(t *testing.T) {
	runAll(t, "reg_pressure", func(r *rand.Rand, i int) error {
		x := u64(r, i)
		return diff(fmt.Sprintf("reg_pressure(%#x)", x), reg_pressure(x), ref.Reg_pressure(x))
	})
}

// ---- return paths and calls -----------------------------------------------------------

func Test_early_ret(t *testing.T) {
	runAll(t, "early_ret", func(r *rand.Rand, i int) error {
		x, y := pairU64(r, i)
		if i >= len(edgeU64)*len(edgeU64) && r.IntN(4) == 0 {
			y = 0
		}
		a, b := int64(x), int64(y)
		return diff(fmt.Sprintf("early_ret(%d, %d)", a, b), early_ret(a, b), ref.Early_ret(a, b))
	})
}

func Test_tail_call(t *testing.T) {
	runAll(t, "tail_call", func(r *rand.Rand, i int) error {
		x, y := pairU64(r, i)
		return diff(fmt.Sprintf("tail_call(%#x, %#x)", x, y), tail_call(x, y), ref.Tail_call(x, y))
	})
}

func Test_table_call(t *testing.T) {
	runAll(t, "table_call", func(r *rand.Rand, i int) error {
		k, x := pairU64(r, i)
		return diff(fmt.Sprintf("table_call(%#x, %#x)", k, x), table_call(k, x), ref.Table_call(k, x))
	})
}

func Test_table_tail(t *testing.T) {
	runAll(t, "table_tail", func(r *rand.Rand, i int) error {
		k, x := pairU64(r, i)
		return diff(fmt.Sprintf("table_tail(%#x, %#x)", k, x), table_tail(k, x), ref.Table_tail(k, x))
	})
}

func Test_fnptr_apply(t *testing.T) {
	runAll(t, "fnptr_apply", func(r *rand.Rand, i int) error {
		k, x := pairU64(r, i)
		return diff(fmt.Sprintf("fnptr_apply(%#x, %#x)", k, x), fnptr_apply(k, x), ref.Fnptr_apply(k, x))
	})
}

func Test_entry_callee(t *testing.T) {
	runAll(t, "entry_callee", func(r *rand.Rand, i int) error {
		a, b := pairU64(r, i)
		return diff(fmt.Sprintf("entry_callee(%#x, %#x)", a, b), entry_callee(a, b), ref.Entry_callee(a, b))
	})
}

func Test_entry_caller(t *testing.T) {
	runAll(t, "entry_caller", func(r *rand.Rand, i int) error {
		x := u64(r, i)
		return diff(fmt.Sprintf("entry_caller(%#x)", x), entry_caller(x), ref.Entry_caller(x))
	})
}

// ---- signatures: results in memory, register names ----------------------------------

// args fills n int64 arguments: edge values first (shifted per argument), then random.
func args(r *rand.Rand, i, n int) []int64 {
	a := make([]int64, n)
	for k := range a {
		a[k] = int64(u64(r, (i+k)%(2*len(edgeU64))))
		if i >= len(edgeU64) {
			a[k] = int64(r.Uint64())
		}
	}
	return a
}

func Test_res3_split(t *testing.T) {
	runAll(t, "res3_split", func(r *rand.Rand, i int) error {
		a := args(r, i, 2)
		x, y, z := res3_split(a[0], a[1])
		wx, wy, wz := ref.Res3_split(a[0], a[1])
		return diff(fmt.Sprintf("res3_split%v", a), [3]int64{x, y, z}, [3]int64{wx, wy, wz})
	})
}

func Test_res4_mix(t *testing.T) {
	runAll(t, "res4_mix", func(r *rand.Rand, i int) error {
		a, b := pairU64(r, i)
		q, rr, s, f := res4_mix(a, b)
		wq, wr, ws, wf := ref.Res4_mix(a, b)
		type res4 struct {
			q, r uint64
			s    int64
			f    float64
		}
		return diff(fmt.Sprintf("res4_mix(%#x, %#x)", a, b), res4{q, rr, s, f}, res4{wq, wr, ws, wf})
	})
}

func Test_regnames8(t *testing.T) {
	runAll(t, "regnames8", func(r *rand.Rand, i int) error {
		a := args(r, i, 8)
		return diff(fmt.Sprintf("regnames8%v", a),
			regnames8(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
			ref.Regnames8(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]))
	})
}

func Test_regnames_all(t *testing.T) {
	runAll(t, "regnames_all", func(r *rand.Rand, i int) error {
		a := [9]int64(args(r, i, 9))
		sp, g, ax := regnames_all(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])
		wsp, wg, wax := ref.Regnames_all(a)
		return diff(fmt.Sprintf("regnames_all%v", a), [3]int64{sp, g, ax}, [3]int64{wsp, wg, wax})
	})
}
