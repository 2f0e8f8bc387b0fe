package zstd

import (
	"bytes"
	"math/rand"
	"runtime"
	"sync"
	"testing"
	"unsafe"

	"zstd/ref"
)

func ptr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return nil
	}
	return unsafe.Pointer(&b[0])
}

// compress is ZSTD_compressCCtx on a static context in Go memory.
func compress(t *testing.T, src []byte, level int32) []byte {
	ws := make([]byte, ZSTD_estimateCCtxSize(level))
	cctx := ZSTD_initStaticCCtx(ptr(ws), uintptr(len(ws)))
	if cctx == nil {
		t.Fatalf("ZSTD_initStaticCCtx(%d bytes) failed", len(ws))
	}
	dst := make([]byte, ZSTD_compressBound(uintptr(len(src))))
	n := ZSTD_compressCCtx(cctx, ptr(dst), uintptr(len(dst)), ptr(src), uintptr(len(src)), level)
	if ZSTD_isError(n) != 0 {
		t.Fatalf("level %d, %d bytes: compression error %d", level, len(src), int64(n))
	}
	runtime.KeepAlive(ws)
	return dst[:n]
}

// decompress is ZSTD_decompressDCtx on a static context in Go memory.
func decompress(t *testing.T, frame []byte, size int) []byte {
	ws := make([]byte, ZSTD_estimateDCtxSize())
	dctx := ZSTD_initStaticDCtx(ptr(ws), uintptr(len(ws)))
	if dctx == nil {
		t.Fatal("ZSTD_initStaticDCtx failed")
	}
	out := make([]byte, size+1)
	n := ZSTD_decompressDCtx(dctx, ptr(out), uintptr(len(out)), ptr(frame), uintptr(len(frame)))
	if ZSTD_isError(n) != 0 {
		t.Fatalf("decompression error %d", int64(n))
	}
	runtime.KeepAlive(ws)
	return out[:n]
}

// inputs: data of many kinds and sizes, from 0 bytes to 4 MiB.
func inputs() map[string][]byte {
	r := rand.New(rand.NewSource(1))
	random := func(n int) []byte { b := make([]byte, n); r.Read(b); return b }
	text := bytes.Repeat([]byte("It was the best of times, it was the worst of times; "), 5000)
	words := make([]byte, 0, 1<<20)
	for len(words) < 1<<20 {
		words = append(words, []string{"zstd ", "go ", "assembly ", "native ", "frame "}[r.Intn(5)]...)
	}
	ramp := make([]byte, 300000)
	for i := range ramp {
		ramp[i] = byte(i * i >> 7)
	}
	big := append(bytes.Repeat(random(4096), 512), random(1<<20)...)
	return map[string][]byte{
		"empty": nil, "one": {'a'}, "zeros-1MiB": make([]byte, 1<<20), "text": text,
		"words-1MiB": words, "ramp": ramp, "random-100k": random(100000), "mixed-3MiB": big,
		"small-random": random(777),
	}
}

// The converted code compresses to exactly what the C library gives through cgo, and
// decompresses it back.
func TestSameBytesAsCgo(t *testing.T) {
	in := inputs()
	for _, level := range []int32{1, 2, 3, 5, 9, 12, 19} {
		for name, src := range in {
			if level >= 12 && len(src) > 1<<20 {
				continue // the slow levels on the big input: covered at 1 MiB
			}
			got := compress(t, src, level)
			if want := ref.Compress(src, int(level)); !bytes.Equal(got, want) {
				t.Fatalf("%s, level %d: %d bytes, cgo gives %d", name, level, len(got), len(want))
			}
			if back := decompress(t, got, len(src)); !bytes.Equal(back, src) {
				t.Fatalf("%s, level %d: decompressed data differs", name, level)
			}
		}
	}
}

// From fresh goroutines (small stacks that must grow), several at once, with the garbage
// collector running.
func TestConcurrentWithGC(t *testing.T) {
	in := inputs()
	want := map[string][]byte{}
	for name, src := range in {
		want[name] = ref.Compress(src, 3)
	}
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	}()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		for name, src := range in {
			wg.Add(1)
			go func(name string, src []byte) {
				defer wg.Done()
				got := compress(t, src, 3)
				if !bytes.Equal(got, want[name]) {
					t.Errorf("%s: differs from cgo", name)
				}
				if !bytes.Equal(decompress(t, got, len(src)), src) {
					t.Errorf("%s: round trip differs", name)
				}
			}(name, src)
		}
	}
	wg.Wait()
	close(stop)
}
