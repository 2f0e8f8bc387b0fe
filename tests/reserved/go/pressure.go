// Package reserved runs pressure.c, converted with x18 and x28 renamed (tests/reserved_arm64.rs).
package reserved

//go:noescape
func pressure(a *int64, n int64) int64
