// Package ref is the cgo reference of the frames suite: the same C source that was
// converted to Go assembly (tests/e2e/frames/corpus.c), compiled by cgo, behind Go wrappers
// with the signatures of the converted functions (names capitalised).
//
// The harness copies corpus.c next to this file as corpus_impl.h (a .h so that cgo does not
// compile it a second time).
package ref

/*
#cgo CFLAGS: -O2 -Wno-unused-function
#include "corpus_impl.h"
*/
import "C"

import "unsafe"

type i64 = C.int64_t
type u64 = C.uint64_t

func Rec_sum(n int64) int64 { return int64(C.rec_sum(i64(n))) }

func Tree_depth(left, right *int32, i int64) int64 {
	return int64(C.tree_depth((*C.int32_t)(unsafe.Pointer(left)), (*C.int32_t)(unsafe.Pointer(right)), i64(i)))
}

func Mr_ping(n int64) int64 { return int64(C.mr_ping(i64(n))) }
func Mr_pong(n int64) int64 { return int64(C.mr_pong(i64(n))) }

func Call_static10(x, y uint64) uint64 { return uint64(C.call_static10(u64(x), u64(y))) }

func Sum11(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 int64) int64 {
	return int64(C.sum11(i64(a0), i64(a1), i64(a2), i64(a3), i64(a4), i64(a5), i64(a6), i64(a7),
		i64(a8), i64(a9), i64(a10)))
}

func Call_sum11(x, y uint64) uint64 { return uint64(C.call_sum11(u64(x), u64(y))) }

func Local_1k(seed uint64, rounds int64) uint64 { return uint64(C.local_1k(u64(seed), i64(rounds))) }
func Local_8k(seed uint64, rounds int64) uint64 { return uint64(C.local_8k(u64(seed), i64(rounds))) }
func Vla_sum(n int64, seed uint64) uint64       { return uint64(C.vla_sum(i64(n), u64(seed))) }

func Big_copy(dst, src *uint64, n, k int64) {
	C.big_copy((*u64)(unsafe.Pointer(dst)), (*u64)(unsafe.Pointer(src)), i64(n), i64(k))
}

func Big_fill(dst *uint64, n int64, v uint64) {
	C.big_fill((*u64)(unsafe.Pointer(dst)), i64(n), u64(v))
}

func Udiv128(ahi, alo, bhi, blo uint64) uint64 {
	return uint64(C.udiv128(u64(ahi), u64(alo), u64(bhi), u64(blo)))
}

func Umod128(ahi, alo, bhi, blo uint64) uint64 {
	return uint64(C.umod128(u64(ahi), u64(alo), u64(bhi), u64(blo)))
}

func Sdiv128(ahi, alo, bhi, blo uint64) uint64 {
	return uint64(C.sdiv128(u64(ahi), u64(alo), u64(bhi), u64(blo)))
}

func Reg_pressure(x uint64) uint64 { return uint64(C.reg_pressure(u64(x))) }

func Early_ret(x, y int64) int64      { return int64(C.early_ret(i64(x), i64(y))) }
func Tail_call(x, y uint64) uint64    { return uint64(C.tail_call(u64(x), u64(y))) }
func Table_call(i, x uint64) uint64   { return uint64(C.table_call(u64(i), u64(x))) }
func Table_tail(i, x uint64) uint64   { return uint64(C.table_tail(u64(i), u64(x))) }
func Fnptr_apply(i, x uint64) uint64  { return uint64(C.fnptr_apply(u64(i), u64(x))) }
func Entry_callee(a, b uint64) uint64 { return uint64(C.entry_callee(u64(a), u64(b))) }
func Entry_caller(x uint64) uint64    { return uint64(C.entry_caller(u64(x))) }

func Res3_split(a, b int64) (x, y, z int64) {
	r := C.res3_split(i64(a), i64(b))
	return int64(r.x), int64(r.y), int64(r.z)
}

func Res4_mix(a, b uint64) (q, r uint64, s int64, f float64) {
	o := C.res4_mix(u64(a), u64(b))
	return uint64(o.q), uint64(o.r), int64(o.s), float64(o.f)
}

func Regnames8(a, b, c, d, e, f, g, h int64) int64 {
	return int64(C.regnames8(i64(a), i64(b), i64(c), i64(d), i64(e), i64(f), i64(g), i64(h)))
}

func Regnames_all(r [9]int64) (sp, g, ax int64) {
	o := C.regnames_all(i64(r[0]), i64(r[1]), i64(r[2]), i64(r[3]), i64(r[4]), i64(r[5]),
		i64(r[6]), i64(r[7]), i64(r[8]))
	return int64(o.sp), int64(o.g), int64(o.ax)
}
