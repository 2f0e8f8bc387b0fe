	.text
	.file	"sum.c"
	.globl	sum                             // -- Begin function sum
	.p2align	2
	.type	sum,@function
sum:                                    // @sum
	.cfi_startproc
// %bb.0:
	cmp	x1, #1
	b.lt	.LBB0_3
// %bb.1:
	cmp	x1, #8
	b.hs	.LBB0_4
// %bb.2:
	mov	x9, xzr
	mov	w8, wzr
	b	.LBB0_7
.LBB0_3:
	mov	w0, wzr
	ret
.LBB0_4:
	and	x9, x1, #0xfffffffffffffff8
	add	x8, x0, #16
	movi	v0.2d, #0000000000000000
	mov	x10, x9
	movi	v1.2d, #0000000000000000
.LBB0_5:                                // =>This Inner Loop Header: Depth=1
	ldp	q2, q3, [x8, #-16]
	add	x8, x8, #32
	subs	x10, x10, #8
	add	v0.4s, v2.4s, v0.4s
	add	v1.4s, v3.4s, v1.4s
	b.ne	.LBB0_5
// %bb.6:
	add	v0.4s, v1.4s, v0.4s
	cmp	x9, x1
	addv	s0, v0.4s
	fmov	w8, s0
	b.eq	.LBB0_9
.LBB0_7:
	sub	x10, x1, x9
	add	x9, x0, x9, lsl #2
.LBB0_8:                                // =>This Inner Loop Header: Depth=1
	ldr	w11, [x9], #4
	subs	x10, x10, #1
	add	w8, w11, w8
	b.ne	.LBB0_8
.LBB0_9:
	mov	w0, w8
	ret
.Lfunc_end0:
	.size	sum, .Lfunc_end0-sum
	.cfi_endproc
                                        // -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
