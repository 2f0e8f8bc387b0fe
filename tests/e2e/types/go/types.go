// Package types declares the functions of tests/e2e/types/types.c and clang.c, implemented
// by the Go assembly native2goasm makes of them. The converter reads this file with --go
// (declarations and named types); no --sig is given.
package types

import "unsafe"

var _ unsafe.Pointer

type P struct{ X, Y int32 }

type M struct {
	A int8
	B float32
	C uint16
}

type F2 struct{ F, G float64 }

type Big struct {
	A, B, C int64
	D       float64
}

type Vec []int64

//go:noescape
func str_hash(s string) uint64

func str_mid(s string) string

//go:noescape
func sl_dot(a, b []float64) float64

func sl_tail(xs []int64, k int64) []int64

//go:noescape
func v_sum(xs ...int64) int64

//go:noescape
func vec_sum(v Vec) int64

//go:noescape
func if_mix(a any, e error) uintptr

func if_pass(a any) any

//go:noescape
func words(m map[int]int, c chan int, f func()) uintptr

func c_mul(a, b complex128) complex128

func c_scale(a complex64, s float32) complex64

func c_abs2(a complex64) float32

func p_add(a, b P) P

func m_mix(m M, k int8) M

func f_rot(v F2, s float64) F2

func big_mix(v Big, k int64) Big

func a2_dot(a, b [2]float64) float64

func st_late(a, b, c, d, e, f int64, v Big, g7 int64) int64

func divmod32(a, b int32) (q, r int32)
