// Declarations for text_gcc.s, read with `native2goasm --go text_gcc.go text_gcc.s`.
package text

// Vec is a named slice type: --go resolves it to a slice.
type Vec []float64

//go:noescape
func count_byte(s string, c byte) int

//go:noescape
func dot(a, b Vec) float64
