// Package ref is the cgo reference for tests/e2e/types: the same C code, compiled by cgo,
// behind Go wrappers with the signatures of the converted functions.
//
// The harness copies types.c and clang.c next to this file as .h files (so that cgo does
// not compile them twice).
package ref

/*
#cgo CFLAGS: -O2
#include <complex.h>
#include "types_impl.h"
#include "clang_impl.h"
*/
import "C"

import "unsafe"

func StrHash(s string) uint64 {
	return uint64(C.str_hash((*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.size_t(len(s))))
}

func SlDot(a, b []float64) float64 {
	return float64(C.sl_dot((*C.double)(unsafe.Pointer(unsafe.SliceData(a))), C.size_t(len(a)), C.size_t(cap(a)),
		(*C.double)(unsafe.Pointer(unsafe.SliceData(b))), C.size_t(len(b)), C.size_t(cap(b))))
}

func VSum(xs []int64) int64 {
	return int64(C.v_sum((*C.int64_t)(unsafe.Pointer(unsafe.SliceData(xs))), C.size_t(len(xs)), C.size_t(cap(xs))))
}

func IfMix(t, d, it, d2 uintptr) uintptr {
	return uintptr(C.if_mix(C.uintptr_t(t), C.uintptr_t(d), C.uintptr_t(it), C.uintptr_t(d2)))
}

func Words(m, c, f uintptr) uintptr {
	return uintptr(C.words(C.uintptr_t(m), C.uintptr_t(c), C.uintptr_t(f)))
}

func CMul(a, b complex128) complex128 {
	return complex128(C.c_mul(C.complexdouble(a), C.complexdouble(b)))
}

func CScale(a complex64, s float32) complex64 {
	return complex64(C.c_scale(C.complexfloat(a), C.float(s)))
}

func CAbs2(a complex64) float32 { return float32(C.c_abs2(C.complexfloat(a))) }

func PAdd(ax, ay, bx, by int32) (int32, int32) {
	r := C.p_add(C.struct_P{x: C.int32_t(ax), y: C.int32_t(ay)}, C.struct_P{x: C.int32_t(bx), y: C.int32_t(by)})
	return int32(r.x), int32(r.y)
}

func MMix(a int8, b float32, c uint16, k int8) (int8, float32, uint16) {
	r := C.m_mix(C.struct_M{a: C.int8_t(a), b: C.float(b), c: C.uint16_t(c)}, C.int8_t(k))
	return int8(r.a), float32(r.b), uint16(r.c)
}

func FRot(f, g, s float64) (float64, float64) {
	r := C.f_rot(C.struct_F2{f: C.double(f), g: C.double(g)}, C.double(s))
	return float64(r.f), float64(r.g)
}

func BigMix(a, b, c int64, d float64, k int64) (int64, int64, int64, float64) {
	r := C.big_mix(C.struct_Big{a: C.int64_t(a), b: C.int64_t(b), c: C.int64_t(c), d: C.double(d)}, C.int64_t(k))
	return int64(r.a), int64(r.b), int64(r.c), float64(r.d)
}

func A2Dot(a, b [2]float64) float64 {
	var ca, cb C.struct_A2
	ca.v[0], ca.v[1] = C.double(a[0]), C.double(a[1])
	cb.v[0], cb.v[1] = C.double(b[0]), C.double(b[1])
	return float64(C.a2_dot(ca, cb))
}

func StLate(a, b, c, d, e, f, va, vb, vc int64, vd float64, g int64) int64 {
	v := C.struct_Big{a: C.int64_t(va), b: C.int64_t(vb), c: C.int64_t(vc), d: C.double(vd)}
	return int64(C.st_late(C.int64_t(a), C.int64_t(b), C.int64_t(c), C.int64_t(d), C.int64_t(e), C.int64_t(f), v, C.int64_t(g)))
}

func Divmod32(a, b int32) (int32, int32) {
	r := C.divmod32(C.int32_t(a), C.int32_t(b))
	return int32(r.q), int32(r.r)
}
