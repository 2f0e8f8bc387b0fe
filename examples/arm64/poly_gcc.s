	.arch armv8-a
	.file	"poly.c"
	.text
	.align	2
	.p2align 4,,11
	.global	poly
	.type	poly, %function
poly:
.LFB0:
	.cfi_startproc
	fmov	d4, 5.0e-1
	fmov	d2, 1.25e+0
	fmov	d1, -3.0e+0
	fmov	d3, 1.25e-1
	fmadd	d2, d0, d4, d2
	fmadd	d1, d2, d0, d1
	fmadd	d0, d1, d0, d3
	ret
	.cfi_endproc
.LFE0:
	.size	poly, .-poly
	.align	2
	.p2align 4,,11
	.global	lerp
	.type	lerp, %function
lerp:
.LFB1:
	.cfi_startproc
	fsub	s1, s1, s0
	fmadd	s0, s1, s2, s0
	ret
	.cfi_endproc
.LFE1:
	.size	lerp, .-lerp
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
