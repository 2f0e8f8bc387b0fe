poly:
	fmov	d4, 5.0e-1
	fmov	d2, 1.25e+0
	fmov	d1, -3.0e+0
	fmov	d3, 1.25e-1
	fmadd	d2, d0, d4, d2
	fmadd	d1, d2, d0, d1
	fmadd	d0, d1, d0, d3
	ret
lerp:
	fsub	s1, s1, s0
	fmadd	s0, s1, s2, s0
	ret
