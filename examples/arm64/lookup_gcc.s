	.arch armv8-a
	.file	"lookup.c"
	.text
	.align	2
	.p2align 4,,11
	.global	days
	.type	days, %function
days:
.LFB0:
	.cfi_startproc
	mov	w1, w0
	cmp	w0, 12
	bhi	.L3
	mov	x2, 1
	mov	x3, 5546
	lsl	x2, x2, x0
	mov	w0, 31
	tst	x2, x3
	beq	.L8
.L1:
	ret
	.p2align 2,,3
.L8:
	mov	x3, 2640
	mov	w0, 30
	tst	x2, x3
	bne	.L1
	cmp	w1, 2
	mov	w0, 28
	csinv	w0, w0, wzr, eq
	ret
	.p2align 2,,3
.L3:
	mov	w0, -1
	ret
	.cfi_endproc
.LFE0:
	.size	days, .-days
	.align	2
	.p2align 4,,11
	.global	prime
	.type	prime, %function
prime:
.LFB1:
	.cfi_startproc
	and	x0, x0, 7
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	ldrh	w0, [x1, x0, lsl 1]
	ret
	.cfi_endproc
.LFE1:
	.size	prime, .-prime
	.section	.rodata
	.align	4
	.set	.LANCHOR0,. + 0
	.type	primes, %object
	.size	primes, 16
primes:
	.hword	2
	.hword	3
	.hword	5
	.hword	7
	.hword	11
	.hword	13
	.hword	17
	.hword	19
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
