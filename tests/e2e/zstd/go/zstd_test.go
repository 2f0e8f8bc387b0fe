package suite

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"unsafe"

	"zstd/ref"
)

// The harness (harness_test.go, copied from tests/e2e/go_common) skips what is listed here.
var notConverted = map[string]bool{}

func ptr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// compress is ZSTD_compressCCtx on a static context in Go memory.
func compress(src []byte, level int32) ([]byte, error) {
	ws := make([]byte, ZSTD_estimateCCtxSize(level))
	cctx := ZSTD_initStaticCCtx(ptr(ws), uintptr(len(ws)))
	if cctx == nil {
		return nil, fmt.Errorf("ZSTD_initStaticCCtx(%d bytes) failed", len(ws))
	}
	dst := make([]byte, ZSTD_compressBound(uintptr(len(src))))
	n := ZSTD_compressCCtx(cctx, ptr(dst), uintptr(len(dst)), ptr(src), uintptr(len(src)), level)
	runtime.KeepAlive(ws)
	if ZSTD_isError(n) != 0 {
		return nil, fmt.Errorf("level %d, %d bytes: compression error %d", level, len(src), int64(n))
	}
	return dst[:n], nil
}

// decompress is ZSTD_decompressDCtx on a static context in Go memory.
func decompress(frame []byte, size int) ([]byte, error) {
	ws := make([]byte, ZSTD_estimateDCtxSize())
	dctx := ZSTD_initStaticDCtx(ptr(ws), uintptr(len(ws)))
	if dctx == nil {
		return nil, fmt.Errorf("ZSTD_initStaticDCtx failed")
	}
	out := make([]byte, size+1)
	n := ZSTD_decompressDCtx(dctx, ptr(out), uintptr(len(out)), ptr(frame), uintptr(len(frame)))
	runtime.KeepAlive(ws)
	if ZSTD_isError(n) != 0 {
		return nil, fmt.Errorf("decompression error %d", int64(n))
	}
	return out[:n], nil
}

// check compresses src at level, compares the frame with cgo's and decompresses it back.
func check(name string, src, want []byte, level int32) error {
	got, err := compress(src, level)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("%s, level %d: %d bytes, cgo gives %d", name, level, len(got), len(want))
	}
	back, err := decompress(got, len(src))
	if err != nil {
		return err
	}
	if !bytes.Equal(back, src) {
		return fmt.Errorf("%s, level %d: decompressed data differs", name, level)
	}
	return nil
}

// inputs: data of many kinds, the largest `big` bytes or so.
func inputs(big int) map[string][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	words := make([]byte, 0, big)
	for len(words) < big {
		words = append(words, []string{"zstd ", "go ", "assembly ", "native ", "frame "}[r.IntN(5)]...)
	}
	ramp := make([]byte, big/3)
	for i := range ramp {
		ramp[i] = byte(i * i >> 7)
	}
	return map[string][]byte{
		"empty": nil, "one": {'a'}, "zeros": make([]byte, big),
		"text":  bytes.Repeat([]byte("It was the best of times, it was the worst of times; "), big/50),
		"words": words, "ramp": ramp, "random": random(big / 10), "small-random": random(777),
		"mixed": append(bytes.Repeat(random(4096), big/4096*2), random(big)...),
	}
}

// Data of many kinds and sizes (0 bytes to 3 MiB) compresses to exactly what the C library
// gives through cgo, at levels 1 to 19, and decompresses back.
func TestSameBytesAsCgo(t *testing.T) {
	for _, level := range []int32{1, 2, 3, 5, 9, 12, 19} {
		for name, src := range inputs(1 << 20) {
			if level >= 12 && len(src) > 1<<20 {
				continue // the slow levels on the biggest input: covered at 1 MiB
			}
			if err := check(name, src, ref.Compress(src, int(level)), level); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// The same from fresh goroutines at varying stack depths, from 8 at once and with the
// garbage collector running (the harness's three modes), on inputs up to 8 KiB.
func TestHarness(t *testing.T) {
	type job struct {
		name      string
		src, want []byte
		level     int32
	}
	var jobs []job
	for name, src := range inputs(8 << 10) {
		for _, level := range []int32{1, 3, 9, 19} {
			jobs = append(jobs, job{name, src, ref.Compress(src, int(level)), level})
		}
	}
	runAll(t, "zstd", func(r *rand.Rand, i int) error {
		j := jobs[r.IntN(len(jobs))]
		return check(j.name, j.src, j.want, j.level)
	})
}
