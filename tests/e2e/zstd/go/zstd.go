// The simple zstd API on caller-provided memory, implemented by zstd.c converted to Go
// assembly (tests/zstd_roundtrip.rs writes zstd_amd64.s here).
package suite

import "unsafe"

func ZSTD_estimateCCtxSize(level int32) uintptr
func ZSTD_estimateDCtxSize() uintptr
func ZSTD_compressBound(n uintptr) uintptr
func ZSTD_isError(code uintptr) uint32
func ZSTD_initStaticCCtx(ws unsafe.Pointer, size uintptr) unsafe.Pointer
func ZSTD_initStaticDCtx(ws unsafe.Pointer, size uintptr) unsafe.Pointer
func ZSTD_compressCCtx(cctx unsafe.Pointer, dst unsafe.Pointer, dstCap uintptr, src unsafe.Pointer, srcSize uintptr, level int32) uintptr
func ZSTD_decompressDCtx(dctx unsafe.Pointer, dst unsafe.Pointer, dstCap uintptr, src unsafe.Pointer, srcSize uintptr) uintptr
