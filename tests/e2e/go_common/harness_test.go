// The runtime harness shared by the suites run by tests/common/frames.rs (the frames suite,
// tests/e2e/frames, and the programs suite, tests/e2e/programs) and by tests/zstd_roundtrip.rs:
// each case is compared with its cgo reference (a) from fresh goroutines at varying stack
// depths, (b) from 8 goroutines at once, (c) from 4 goroutines while another loops
// runtime.GC(). The runners copy this file next to each suite's own test file (package suite).
package suite

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
)

const (
	freshCalls = 64  // (a): one fresh goroutine per call
	workers    = 8   // (b)
	gcWorkers  = 4   // (c)
	iterations = 400 // per worker, in (b) and (c)
)

// A case compares one call of the converted function with the reference; i counts the
// calls of one goroutine (cases use their edge values first).
type caseFn func(r *rand.Rand, i int) error

func seed(name string, stream uint64) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(name))
	return rand.New(rand.NewPCG(h.Sum64(), stream))
}

// burn calls f from depth levels of Go frames of ~300 bytes each.
//
//go:noinline
func burn(depth int, f func()) int {
	var pad [32]uint64
	pad[depth&31] = uint64(depth)
	if depth == 0 {
		f()
		return int(pad[0])
	}
	return burn(depth-1, f) + int(pad[(depth*7)&31])
}

// runAll runs the three modes; the first difference or panic fails the test.
func runAll(t *testing.T, name string, f caseFn) {
	t.Helper()
	if notConverted[name] {
		t.Skipf("%s: not converted by native2goasm", name)
	}
	errs := make(chan error, freshCalls+workers+gcWorkers)
	guard := func(f func() error) {
		defer func() {
			if p := recover(); p != nil {
				errs <- fmt.Errorf("panic: %v", p)
			}
		}()
		if err := f(); err != nil {
			errs <- err
		}
	}
	first := func(mode string) {
		t.Helper()
		select {
		case err := <-errs:
			t.Fatalf("%s %s: %v", name, mode, err)
		default:
		}
	}

	// (a) fresh goroutines, each making one call at a different stack depth.
	r := seed(name, 0)
	for k := 0; k < freshCalls; k++ {
		done := make(chan struct{})
		go func() {
			defer close(done)
			burn(k%24, func() { guard(func() error { return f(r, k) }) })
		}()
		<-done
	}
	first("(fresh goroutines)")

	// (b) concurrent goroutines.
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := seed(name, uint64(1+w))
			guard(func() error {
				for i := 0; i < iterations; i++ {
					if err := f(r, i); err != nil {
						return err
					}
				}
				return nil
			})
		}()
	}
	wg.Wait()
	first("(8 goroutines)")

	// (c) with runtime.GC() looping in another goroutine.
	stop := make(chan struct{})
	gcDone := make(chan struct{})
	go func() {
		defer close(gcDone)
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	}()
	for w := 0; w < gcWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := seed(name, uint64(100+w))
			guard(func() error {
				for i := 0; i < iterations; i++ {
					if err := f(r, i); err != nil {
						return err
					}
					if i%16 == 0 {
						runtime.Gosched()
					}
				}
				return nil
			})
		}()
	}
	wg.Wait()
	close(stop)
	<-gcDone
	first("(with runtime.GC)")
}

func diff[T comparable](call string, got, want T) error {
	if got != want {
		return fmt.Errorf("%s = %#v, want %#v", call, got, want)
	}
	return nil
}

// pick returns edges[i] while i is in range, else gen().
func pick[T any](i int, edges []T, gen func() T) T {
	if i < len(edges) {
		return edges[i]
	}
	return gen()
}

var edgeU64 = []uint64{0, 1, 2, 3, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000, ^uint64(0), 0xffff_ffff, 1 << 32}

func u64(r *rand.Rand, i int) uint64 { return pick(i, edgeU64, r.Uint64) }

func pairU64(r *rand.Rand, i int) (uint64, uint64) {
	n := len(edgeU64)
	if i < n*n {
		return edgeU64[i/n], edgeU64[i%n]
	}
	return r.Uint64(), r.Uint64()
}

// depth: a recursion depth, mostly 3,000..8,000 levels (forces stack growth).
func depth(r *rand.Rand, i int) int64 {
	return pick(i, []int64{3000, -5, 0, 1, 2, 8000}, func() int64 { return 3000 + r.Int64N(5001) })
}
