package reserved

import (
	"runtime"
	"sync"
	"testing"
)

func mixRef(x int64) int64 { return int64(uint64(x)*0x9e3779b97f4a7c15 ^ uint64(x>>29)) }

// pressureRef is tests/reserved/pressure.c in Go.
func pressureRef(a *[12]int64, n int64) int64 {
	s := *a
	for i := int64(0); i < n; i++ {
		t := mixRef(s[0] + i)
		u0, u1, u2, u3, u4, u5 := s[0]*s[5], s[1]*s[6], s[2]*s[7], s[3]*s[8], s[4]*s[9], s[5]*s[10]
		u6, u7, u8, u9, u10, u11 := s[6]*s[11], s[7]*s[0], s[8]*s[1], s[9]*s[2], s[10]*t, s[11]*s[3]
		s[0] ^= u1 + u2 + u11
		s[1] += u3 ^ u4
		s[2] ^= u5 + u6
		s[3] += u7 ^ u8
		s[4] ^= u9 + u0
		s[5] += u0 * u9
		s[6] ^= u1 * u8
		s[7] += u2 * u7
		s[8] -= u3 * u6
		s[9] ^= u4*u5 + u10
		s[10] += u11 * u0
		s[11] ^= u10 * u1
	}
	var sum int64
	for _, v := range s {
		sum += v
	}
	return sum
}

func TestPressure(t *testing.T) {
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
	defer close(stop)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := int64(0); k < 200; k++ {
				var a [12]int64
				for i := range a {
					a[i] = int64(g)*1000003 + k*7919 + int64(i)*104729
				}
				if got, want := pressure(&a[0], k%37), pressureRef(&a, k%37); got != want {
					t.Errorf("pressure(g=%d, k=%d) = %d, want %d", g, k, got, want)
					return
				}
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
}
