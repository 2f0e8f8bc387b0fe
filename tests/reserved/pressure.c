/* Register pressure: values live across calls (callee-saved x19-x28) and a call-free
   stretch needing every temporary (x0-x18). */
__attribute__((noipa)) long mix(long x) { return x * 0x9e3779b97f4a7c15L ^ (x >> 29); }
long pressure(const long *a, long n) {
  long s0=a[0],s1=a[1],s2=a[2],s3=a[3],s4=a[4],s5=a[5],s6=a[6],s7=a[7],s8=a[8],s9=a[9],s10=a[10],s11=a[11];
  for (long i = 0; i < n; i++) {
    long t = mix(s0 + i);
    long u0=s0*s5,u1=s1*s6,u2=s2*s7,u3=s3*s8,u4=s4*s9,u5=s5*s10,u6=s6*s11,u7=s7*s0,u8=s8*s1,u9=s9*s2,u10=s10*t,u11=s11*s3;
    s0 ^= u1+u2+u11; s1 += u3^u4; s2 ^= u5+u6; s3 += u7^u8; s4 ^= u9+u0; s5 += u0*u9; s6 ^= u1*u8; s7 += u2*u7;
    s8 -= u3*u6; s9 ^= u4*u5+u10; s10 += u11*u0; s11 ^= u10*u1;
  }
  return s0+s1+s2+s3+s4+s5+s6+s7+s8+s9+s10+s11;
}
