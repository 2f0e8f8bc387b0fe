// Package ref is the same zstd.c called through cgo: the reference the converted code is
// compared with.
package ref

/*
#cgo CFLAGS: -O2
#include "zstd.c.inc"
*/
import "C"
import "unsafe"

// Compress returns what ZSTD_compress gives for src at level.
func Compress(src []byte, level int) []byte {
	dst := make([]byte, C.ZSTD_compressBound(C.size_t(len(src))))
	var sp unsafe.Pointer
	if len(src) > 0 {
		sp = unsafe.Pointer(&src[0])
	}
	n := C.ZSTD_compress(unsafe.Pointer(&dst[0]), C.size_t(len(dst)), sp, C.size_t(len(src)), C.int(level))
	if C.ZSTD_isError(n) != 0 {
		panic("ZSTD_compress")
	}
	return dst[:n]
}
