// Package ref is the cgo reference of the programs suite: the same C source that was
// converted to Go assembly (tests/e2e/programs/corpus.c), compiled by cgo, behind Go
// wrappers with the signatures of the converted functions (names capitalised).
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

func Sw_dense(x, y int64) int64 { return int64(C.sw_dense(i64(x), i64(y))) }
func Sw_sparse(x int64) int64   { return int64(C.sw_sparse(i64(x))) }
func Sw_loop(s []byte) int64 {
	if len(s) == 0 {
		return int64(C.sw_loop(nil, 0))
	}
	return int64(C.sw_loop((*C.uint8_t)(unsafe.Pointer(&s[0])), i64(len(s))))
}
func Sw_two(s []byte, op int64) int64 {
	if len(s) == 0 {
		return int64(C.sw_two(nil, 0, i64(op)))
	}
	return int64(C.sw_two((*C.uint8_t)(unsafe.Pointer(&s[0])), i64(len(s)), i64(op)))
}
func Sw_calls(s []byte) int64 {
	if len(s) == 0 {
		return int64(C.sw_calls(nil, 0))
	}
	return int64(C.sw_calls((*C.uint8_t)(unsafe.Pointer(&s[0])), i64(len(s))))
}
func Sw_bytes(s []byte, n, op int64) int64 {
	return int64(C.sw_bytes((*C.uint8_t)(unsafe.Pointer(&s[0])), i64(n), i64(op)))
}
func Sw_nested(a, b int64) int64 { return int64(C.sw_nested(i64(a), i64(b))) }
func G_data(x int64) int64       { return int64(C.g_data(i64(x))) }
func G_fill(n int64) int64       { return int64(C.g_fill(i64(n))) }
func G_table(i int64) int64      { return int64(C.g_table(i64(i))) }
func G_ptrs(i int64) int64       { return int64(C.g_ptrs(i64(i))) }
func G_strings(i int64) int64    { return int64(C.g_strings(i64(i))) }
func G_fnptr(i, x int64) int64   { return int64(C.g_fnptr(i64(i), i64(x))) }
func Static_local(n int64) int64 { return int64(C.static_local(i64(n))) }
func Cold_path(x int64) int64    { return int64(C.cold_path(i64(x))) }
