// Package ref is the cgo reference for the e2e corpus: the same C source
// that was converted to Go assembly, compiled by cgo, behind Go wrappers
// whose signatures match the converted functions (names capitalised).
//
// The e2e harness copies tests/e2e/corpus.c next to this file as
// corpus_impl.h (a .h so that cgo does not compile it a second time).
package ref

/*
#cgo CFLAGS: -O2
#include "corpus_impl.h"

// cgo has no 128-bit integer type: split the product here.
static void ref_mul128(uint64_t a, uint64_t b, uint64_t *lo, uint64_t *hi) {
	unsigned __int128 p = mul128(a, b);
	*lo = (uint64_t)p;
	*hi = (uint64_t)(p >> 64);
}
*/
import "C"

import "unsafe"

func Mix_u64(x uint64) uint64 { return uint64(C.mix_u64(C.uint64_t(x))) }

func Arith_i64(a, b, c int64) int64 {
	return int64(C.arith_i64(C.int64_t(a), C.int64_t(b), C.int64_t(c)))
}

func Align_up(p, log2a uintptr) uintptr {
	return uintptr(C.align_up(C.uintptr_t(p), C.uintptr_t(log2a)))
}

func Gcd_u64(a, b uint64) uint64 { return uint64(C.gcd_u64(C.uint64_t(a), C.uint64_t(b))) }

func Collatz_steps(n uint64) uint32 { return uint32(C.collatz_steps(C.uint64_t(n))) }

func Sum_i32(p *int32, n int64) int64 {
	return int64(C.sum_i32((*C.int32_t)(unsafe.Pointer(p)), C.int64_t(n)))
}

func Saxpy_f32(y, x *float32, a float32, n int64) {
	C.saxpy_f32((*C.float)(unsafe.Pointer(y)), (*C.float)(unsafe.Pointer(x)), C.float(a), C.int64_t(n))
}

func Max_u8(p *uint8, n uintptr) uint8 {
	return uint8(C.max_u8((*C.uint8_t)(unsafe.Pointer(p)), C.uintptr_t(n)))
}

func Xor_bytes(dst, a, b *uint8, n uintptr) {
	C.xor_bytes((*C.uint8_t)(unsafe.Pointer(dst)), (*C.uint8_t)(unsafe.Pointer(a)),
		(*C.uint8_t)(unsafe.Pointer(b)), C.uintptr_t(n))
}

func Scale_add_f64(p *float64, n int, s float64) {
	C.scale_add_f64((*C.double)(unsafe.Pointer(p)), C.int64_t(n), C.double(s))
}

func Count_eq_u16(p *uint16, n int64, v uint16) int64 {
	return int64(C.count_eq_u16((*C.uint16_t)(unsafe.Pointer(p)), C.int64_t(n), C.uint16_t(v)))
}

func Poly_f64(x float64) float64 { return float64(C.poly_f64(C.double(x))) }

func F2c_f32(f float32) float32 { return float32(C.f2c_f32(C.float(f))) }

func Absdiff_f64(a, b float64) float64 { return float64(C.absdiff_f64(C.double(a), C.double(b))) }

func Negmul_f32(a, b float32) float32 { return float32(C.negmul_f32(C.float(a), C.float(b))) }

func Clamp_f64(x, lo, hi float64) float64 {
	return float64(C.clamp_f64(C.double(x), C.double(lo), C.double(hi)))
}

func U64_to_f64(u uint64, i int32) float64 {
	return float64(C.u64_to_f64(C.uint64_t(u), C.int32_t(i)))
}

func Sat_add_i8(a, b int8) int8 { return int8(C.sat_add_i8(C.int8_t(a), C.int8_t(b))) }

func Avg_u8(a, b uint8) uint8 { return uint8(C.avg_u8(C.uint8_t(a), C.uint8_t(b))) }

func Mulhi_i16(a, b int16) int16 { return int16(C.mulhi_i16(C.int16_t(a), C.int16_t(b))) }

func Bswap_u16(x uint16) uint16 { return uint16(C.bswap_u16(C.uint16_t(x))) }

func Is_pow2_u32(x uint32) bool { return bool(C.is_pow2_u32(C.uint32_t(x))) }

func Bool_logic(a, b bool, c int32) bool {
	return bool(C.bool_logic(C.bool(a), C.bool(b), C.int32_t(c)))
}

func Rotl_u32(x, r uint32) uint32 { return uint32(C.rotl_u32(C.uint32_t(x), C.uint32_t(r))) }

func Widen_mix(a int8, b uint8, c int16, d uint16, e int32, f uint32) int32 {
	return int32(C.widen_mix(C.int8_t(a), C.uint8_t(b), C.int16_t(c), C.uint16_t(d),
		C.int32_t(e), C.uint32_t(f)))
}

func Mix8_i64(a, b, c, d, e, f, g, h int64) int64 {
	return int64(C.mix8_i64(C.int64_t(a), C.int64_t(b), C.int64_t(c), C.int64_t(d),
		C.int64_t(e), C.int64_t(f), C.int64_t(g), C.int64_t(h)))
}

func Mix_sub9(a int8, b uint8, c int16, d uint16, e int32, f uint32, g int8, h uint16, i bool) int64 {
	return int64(C.mix_sub9(C.int8_t(a), C.uint8_t(b), C.int16_t(c), C.uint16_t(d),
		C.int32_t(e), C.uint32_t(f), C.int8_t(g), C.uint16_t(h), C.bool(i)))
}

func Weighted(a int64, wa float64, b int32, wb float32, c uint8, wc float64) float64 {
	return float64(C.weighted(C.int64_t(a), C.double(wa), C.int32_t(b), C.float(wb),
		C.uint8_t(c), C.double(wc)))
}

func Horner9_f64(x, c0, c1, c2, c3, c4, c5, c6, c7 float64) float64 {
	return float64(C.horner9_f64(C.double(x), C.double(c0), C.double(c1), C.double(c2),
		C.double(c3), C.double(c4), C.double(c5), C.double(c6), C.double(c7)))
}

func Lut_u32(i uint8) uint32 { return uint32(C.lut_u32(C.uint8_t(i))) }

func Crc8(p unsafe.Pointer, n int64) uint8 {
	return uint8(C.crc8((*C.uint8_t)(p), C.int64_t(n)))
}

func Hex_digit(v uint8) uint8 { return uint8(C.hex_digit(C.uint8_t(v))) }

func Switch_i32(x int32) int32 { return int32(C.switch_i32(C.int32_t(x))) }

func Switch_f64(x uint32) float64 { return float64(C.switch_f64(C.uint32_t(x))) }

func Divmod_u64(a, b uint64, q, r *uint64) {
	C.divmod_u64(C.uint64_t(a), C.uint64_t(b), (*C.uint64_t)(unsafe.Pointer(q)),
		(*C.uint64_t)(unsafe.Pointer(r)))
}

func Minmax_i32(p *int32, n int64, mn, mx *int32) {
	C.minmax_i32((*C.int32_t)(unsafe.Pointer(p)), C.int64_t(n), (*C.int32_t)(unsafe.Pointer(mn)),
		(*C.int32_t)(unsafe.Pointer(mx)))
}

// Mul128 splits the unsigned __int128 result, which cgo cannot express, in C.
func Mul128(a, b uint64) (lo, hi uint64) {
	var l, h C.uint64_t
	C.ref_mul128(C.uint64_t(a), C.uint64_t(b), &l, &h)
	return uint64(l), uint64(h)
}

func Mulhi_u64(a, b uint64) uint64 { return uint64(C.mulhi_u64(C.uint64_t(a), C.uint64_t(b))) }

func Mulhi_i64(a, b int64) int64 { return int64(C.mulhi_i64(C.int64_t(a), C.int64_t(b))) }

func Divmod_i64(a, b int64) (q, r int64) {
	v := C.divmod_i64(C.int64_t(a), C.int64_t(b))
	return int64(v.q), int64(v.r)
}

func Fma_div_f64(x, y, z float64) (a, b float64) {
	v := C.fma_div_f64(C.double(x), C.double(y), C.double(z))
	return float64(v.a), float64(v.b)
}

func Split_f64(x float64) (ip int64, frac float64) {
	v := C.split_f64(C.double(x))
	return int64(v.ip), float64(v.frac)
}
