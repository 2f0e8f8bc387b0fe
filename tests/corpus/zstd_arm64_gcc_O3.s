// A slice of the corpus file zstd_arm64_gcc_O3.s, lines 126907-127315
// (functions FSE_buildCTable_rle .. HIST_countFast_wksp), made by tools/corpus.sh --slice with: aarch64-linux-gnu-gcc -O3 -S -w zstd.c (aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0)
	.text
	.align	2
	.p2align 4,,11
	.global	FSE_buildCTable_rle
	.type	FSE_buildCTable_rle, %function
FSE_buildCTable_rle:
.LFB4627:
	.cfi_startproc
	mov	x2, x0
	and	x3, x1, 255
	mov	x1, x3
	add	x3, x3, 1
	mov	x0, 0
	strh	wzr, [x2]
	strh	w1, [x2, 2]
	str	wzr, [x2, 4]
	str	xzr, [x2, x3, lsl 3]
	ret
	.cfi_endproc
.LFE4627:
	.size	FSE_buildCTable_rle, .-FSE_buildCTable_rle
	.align	2
	.p2align 4,,11
	.global	FSE_compress_usingCTable
	.type	FSE_compress_usingCTable, %function
FSE_compress_usingCTable:
.LFB4629:
	.cfi_startproc
	add	x6, x3, 12
	add	x5, x6, x3, lsr 7
	cmp	x5, x1
	bhi	.L21415
	mov	w5, 1
	b	FSE_compress_usingCTable_generic
	.p2align 2,,3
.L21415:
	mov	w5, 0
	b	FSE_compress_usingCTable_generic
	.cfi_endproc
.LFE4629:
	.size	FSE_compress_usingCTable, .-FSE_compress_usingCTable
	.align	2
	.p2align 4,,11
	.global	FSE_compressBound
	.type	FSE_compressBound, %function
FSE_compressBound:
.LFB4630:
	.cfi_startproc
	add	x1, x0, 524
	add	x0, x1, x0, lsr 7
	ret
	.cfi_endproc
.LFE4630:
	.size	FSE_compressBound, .-FSE_compressBound
	.align	2
	.p2align 4,,11
	.global	HIST_isError
	.type	HIST_isError, %function
HIST_isError:
.LFB5743:
	.cfi_startproc
	cmn	x0, #120
	cset	w0, hi
	ret
	.cfi_endproc
.LFE5743:
	.size	HIST_isError, .-HIST_isError
	.align	2
	.p2align 4,,11
	.global	HIST_add
	.type	HIST_add, %function
HIST_add:
.LFB4632:
	.cfi_startproc
	add	x2, x1, x2
	cmp	x1, x2
	bcs	.L21418
	.p2align 3,,7
.L21420:
	ldrb	w4, [x1], 1
	ldr	w3, [x0, x4, lsl 2]
	add	w3, w3, 1
	str	w3, [x0, x4, lsl 2]
	cmp	x2, x1
	bne	.L21420
.L21418:
	ret
	.cfi_endproc
.LFE4632:
	.size	HIST_add, .-HIST_add
	.align	2
	.p2align 4,,11
	.global	HIST_count_simple
	.type	HIST_count_simple, %function
HIST_count_simple:
.LFB4633:
	.cfi_startproc
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x19, x0
	ldr	w20, [x1]
	stp	x21, x22, [sp, 32]
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	mov	x21, x2
	add	w2, w20, 1
	mov	x22, x3
	str	x23, [sp, 48]
	.cfi_offset 23, -16
	lsl	x2, x2, 2
	mov	x23, x1
	mov	w1, 0
	bl	memset
	cbz	x22, .L21423
	add	x3, x21, x22
	cmp	x21, x3
	bcs	.L21441
	.p2align 3,,7
.L21424:
	ldrb	w2, [x21], 1
	ldr	w0, [x19, x2, lsl 2]
	add	w0, w0, 1
	str	w0, [x19, x2, lsl 2]
	cmp	x3, x21
	bne	.L21424
	ldr	w0, [x19, w20, uxtw 2]
	cbnz	w0, .L21442
	.p2align 3,,7
.L21428:
	sub	w20, w20, #1
.L21441:
	ldr	w0, [x19, w20, uxtw 2]
	cbz	w0, .L21428
.L21442:
	sub	w0, w20, #8
	str	w20, [x23]
	cmn	w0, #10
	bhi	.L21433
	sub	w0, w20, #3
	mov	x1, 0
	movi	v0.4s, 0
	lsr	w0, w0, 2
	add	w0, w0, 1
.L21430:
	lsl	x2, x1, 4
	add	x1, x1, 1
	ldr	q1, [x19, x2]
	umax	v0.4s, v0.4s, v1.4s
	cmp	w0, w1
	bhi	.L21430
	umaxv	s0, v0.4s
	lsl	w1, w0, 2
	add	w2, w20, 1
	fmov	w0, s0
	cmp	w1, w2
	beq	.L21422
	uxtw	x0, w1
	fmov	w3, s0
	add	w2, w1, 1
	ldr	w0, [x19, x0, lsl 2]
	cmp	w3, w0
	csel	w0, w3, w0, cs
	cmp	w2, w20
	bhi	.L21422
	ldr	w2, [x19, w2, uxtw 2]
	add	w1, w1, 2
	cmp	w0, w2
	csel	w0, w0, w2, cs
	cmp	w20, w1
	bcc	.L21422
	ldr	w1, [x19, x1, lsl 2]
	cmp	w0, w1
	csel	w0, w0, w1, cs
.L21422:
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.p2align 2,,3
.L21433:
	.cfi_restore_state
	mov	w1, 0
	mov	w0, 0
	.p2align 3,,7
.L21429:
	ldr	w2, [x19, w1, uxtw 2]
	add	w1, w1, 1
	cmp	w0, w2
	csel	w0, w0, w2, cs
	cmp	w20, w1
	bcs	.L21429
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.p2align 2,,3
.L21423:
	.cfi_restore_state
	str	wzr, [x23]
	mov	w0, 0
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
.LFE4633:
	.size	HIST_count_simple, .-HIST_count_simple
	.align	2
	.p2align 4,,11
	.global	HIST_countFast_wksp
	.type	HIST_countFast_wksp, %function
HIST_countFast_wksp:
.LFB4635:
	.cfi_startproc
	cmp	x3, 1499
	bls	.L21473
	tst	x4, 3
	bne	.L21457
	cmp	x5, 4095
	bls	.L21458
	mov	x5, x4
	mov	w4, 0
	b	HIST_count_parallel_wksp
	.p2align 2,,3
.L21458:
	mov	x0, -66
	ret
	.p2align 2,,3
.L21473:
	stp	x29, x30, [sp, -64]!
	.cfi_def_cfa_offset 64
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	x29, sp
	str	x23, [sp, 48]
	.cfi_offset 23, -16
	mov	x23, x1
	stp	x21, x22, [sp, 32]
	mov	w1, 0
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	mov	x21, x3
	ldr	w22, [x23]
	stp	x19, x20, [sp, 16]
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	mov	x20, x2
	add	w2, w22, 1
	mov	x19, x0
	lsl	x2, x2, 2
	bl	memset
	cbz	x21, .L21445
	add	x21, x20, x21
	cmp	x20, x21
	bcs	.L21472
	.p2align 3,,7
.L21446:
	ldrb	w1, [x20], 1
	ldr	w0, [x19, x1, lsl 2]
	add	w0, w0, 1
	str	w0, [x19, x1, lsl 2]
	cmp	x21, x20
	bne	.L21446
	ldr	w0, [x19, w22, uxtw 2]
	cbnz	w0, .L21474
	.p2align 3,,7
.L21447:
	sub	w22, w22, #1
.L21472:
	ldr	w0, [x19, w22, uxtw 2]
	cbz	w0, .L21447
.L21474:
	sub	w0, w22, #8
	str	w22, [x23]
	cmn	w0, #10
	bhi	.L21456
	sub	w0, w22, #3
	mov	x1, 0
	movi	v0.4s, 0
	lsr	w0, w0, 2
	add	w0, w0, 1
.L21452:
	lsl	x2, x1, 4
	add	x1, x1, 1
	ldr	q1, [x19, x2]
	umax	v0.4s, v0.4s, v1.4s
	cmp	w0, w1
	bhi	.L21452
	umaxv	s0, v0.4s
	lsl	w1, w0, 2
	add	w2, w22, 1
	fmov	w0, s0
	cmp	w1, w2
	beq	.L21454
	uxtw	x0, w1
	fmov	w3, s0
	add	w2, w1, 1
	ldr	w0, [x19, x0, lsl 2]
	cmp	w3, w0
	csel	w0, w3, w0, cs
	cmp	w2, w22
	bhi	.L21454
	ldr	w2, [x19, w2, uxtw 2]
	add	w1, w1, 2
	cmp	w0, w2
	csel	w0, w0, w2, cs
	cmp	w22, w1
	bcc	.L21454
	ldr	w1, [x19, x1, lsl 2]
	cmp	w0, w1
	csel	w0, w0, w1, cs
.L21454:
	uxtw	x0, w0
.L21475:
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	.cfi_remember_state
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.p2align 2,,3
.L21445:
	.cfi_restore_state
	str	wzr, [x23]
	mov	x0, 0
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 23
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 19
	.cfi_restore 20
	.cfi_def_cfa_offset 0
	ret
	.p2align 2,,3
.L21457:
	mov	x0, -1
	ret
	.p2align 2,,3
.L21456:
	.cfi_def_cfa_offset 64
	.cfi_offset 19, -48
	.cfi_offset 20, -40
	.cfi_offset 21, -32
	.cfi_offset 22, -24
	.cfi_offset 23, -16
	.cfi_offset 29, -64
	.cfi_offset 30, -56
	mov	w0, 0
	mov	w1, 0
	.p2align 3,,7
.L21451:
	ldr	w2, [x19, w1, uxtw 2]
	add	w1, w1, 1
	cmp	w0, w2
	csel	w0, w0, w2, cs
	cmp	w22, w1
	bcs	.L21451
	uxtw	x0, w0
	b	.L21475
	.cfi_endproc
.LFE4635:
	.size	HIST_countFast_wksp, .-HIST_countFast_wksp
