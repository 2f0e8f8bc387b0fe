// A slice of the corpus file sqlite_arm64_gcc_O2.s, lines 3472-3920
// (functions sqlite3VdbeFrameMemDel .. sqlite3_db_handle), made by tools/corpus.sh --slice with: aarch64-linux-gnu-gcc -O2 -S -w sqlite3.c (aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0)
	.text
	.align	2
	.p2align 4,,11
	.type	sqlite3VdbeFrameMemDel, %function
sqlite3VdbeFrameMemDel:
.LFB1068:
	.cfi_startproc
	ldr	x1, [x0]
	ldr	x2, [x1, 272]
	str	x2, [x0, 8]
	str	x0, [x1, 272]
	ret
	.cfi_endproc
.LFE1068:
	.size	sqlite3VdbeFrameMemDel, .-sqlite3VdbeFrameMemDel
	.align	2
	.p2align 4,,11
	.type	serialGet7, %function
serialGet7:
.LFB1103:
	.cfi_startproc
	ldr	x0, [x0]
	mov	x2, 9218868437227405312
	rev	x0, x0
	str	x0, [x1]
	and	x3, x0, x2
	cmp	x3, x2
	beq	.L658
	mov	w2, 8
	mov	w0, 0
	strh	w2, [x1, 20]
	ret
	.p2align 2,,3
.L658:
	ands	x0, x0, 4503599627370495
	mov	w2, 8
	csinc	w2, w2, wzr, eq
	strh	w2, [x1, 20]
	csel	w0, wzr, w2, eq
	ret
	.cfi_endproc
.LFE1103:
	.size	serialGet7, .-serialGet7
	.align	2
	.p2align 4,,11
	.type	sqlite3VdbeSerialGet, %function
sqlite3VdbeSerialGet:
.LFB1104:
	.cfi_startproc
	cmp	w1, 5
	beq	.L660
	bhi	.L661
	cmp	w1, 2
	beq	.L662
	bls	.L688
	cmp	w1, 3
	beq	.L689
	ldrb	w4, [x0, 2]
	mov	w6, 4
	ldrb	w1, [x0, 1]
	ldrsb	w3, [x0]
	ldrb	w5, [x0, 3]
	lsl	w0, w4, 8
	orr	w0, w0, w1, lsl 16
	strh	w6, [x2, 20]
	orr	w1, w5, w3, lsl 24
	orr	w0, w0, w1
	sxtw	x0, w0
	str	x0, [x2]
	ret
	.p2align 2,,3
.L661:
	cmp	w1, 9
	bhi	.L668
	cmp	w1, 7
	bhi	.L669
	ldr	x0, [x0]
	rev	x0, x0
	cmp	w1, 6
	beq	.L690
	and	x4, x0, 9218868437227405312
	str	x0, [x2]
	mov	x3, 9218868437227405312
	mov	w1, 8
	cmp	x4, x3
	beq	.L691
	strh	w1, [x2, 20]
.L694:
	ret
	.p2align 2,,3
.L668:
	cmp	w1, 10
	bne	.L692
	mov	w0, 1025
	str	wzr, [x2]
	str	wzr, [x2, 16]
	strh	w0, [x2, 20]
	ret
	.p2align 2,,3
.L692:
	cmp	w1, 11
	bne	.L693
.L664:
	mov	w0, 1
	strh	w0, [x2, 20]
	ret
	.p2align 2,,3
.L688:
	cbz	w1, .L664
	ldrsb	x1, [x0]
	mov	w0, 4
	str	x1, [x2]
	strh	w0, [x2, 20]
	ret
	.p2align 2,,3
.L669:
	sub	w1, w1, #8
	mov	w0, 4
	str	x1, [x2]
	strh	w0, [x2, 20]
	ret
	.p2align 2,,3
.L689:
	ldrh	w1, [x0, 1]
	mov	w3, 4
	ldrsb	w0, [x0]
	rev16	w1, w1
	strh	w3, [x2, 20]
	and	w1, w1, 65535
	orr	w0, w1, w0, lsl 16
	sxtw	x0, w0
	str	x0, [x2]
	ret
	.p2align 2,,3
.L660:
	ldrsb	w1, [x0]
	mov	w5, 4
	ldrb	w4, [x0, 1]
	ldr	w3, [x0, 2]
	strh	w5, [x2, 20]
	orr	w0, w4, w1, lsl 8
	rev	w1, w3
	add	x0, x1, x0, lsl 32
	str	x0, [x2]
	ret
	.p2align 2,,3
.L662:
	ldrsb	w1, [x0]
	mov	w3, 4
	ldrb	w0, [x0, 1]
	strh	w3, [x2, 20]
	orr	w0, w0, w1, lsl 8
	sxtw	x0, w0
	str	x0, [x2]
	ret
.L693:
	ubfiz	x4, x1, 1, 1
	adrp	x3, .LANCHOR2
	add	x3, x3, :lo12:.LANCHOR2
	sub	w1, w1, #12
	add	x3, x3, x4
	str	x0, [x2, 8]
	lsr	w1, w1, 1
	str	w1, [x2, 16]
	ldrh	w0, [x3, 1144]
	strh	w0, [x2, 20]
	ret
	.p2align 2,,3
.L691:
	tst	x0, 4503599627370495
	csinc	w1, w1, wzr, eq
	strh	w1, [x2, 20]
	b	.L694
	.p2align 2,,3
.L690:
	mov	w1, 4
	str	x0, [x2]
	strh	w1, [x2, 20]
	ret
	.cfi_endproc
.LFE1104:
	.size	sqlite3VdbeSerialGet, .-sqlite3VdbeSerialGet
	.align	2
	.p2align 4,,11
	.global	sqlite3_expired
	.type	sqlite3_expired, %function
sqlite3_expired:
.LFB1133:
	.cfi_startproc
	cbz	x0, .L697
	ldrh	w0, [x0, 200]
	tst	x0, 3
	cset	w0, ne
	ret
	.p2align 2,,3
.L697:
	mov	w0, 1
	ret
	.cfi_endproc
.LFE1133:
	.size	sqlite3_expired, .-sqlite3_expired
	.align	2
	.p2align 4,,11
	.global	sqlite3_value_subtype
	.type	sqlite3_value_subtype, %function
sqlite3_value_subtype:
.LFB1146:
	.cfi_startproc
	ldrh	w1, [x0, 20]
	tbz	x1, 11, .L700
	ldrb	w0, [x0, 23]
	ret
	.p2align 2,,3
.L700:
	mov	w0, 0
	ret
	.cfi_endproc
.LFE1146:
	.size	sqlite3_value_subtype, .-sqlite3_value_subtype
	.align	2
	.p2align 4,,11
	.global	sqlite3_value_type
	.type	sqlite3_value_type, %function
sqlite3_value_type:
.LFB1152:
	.cfi_startproc
	ldrh	w0, [x0, 20]
	adrp	x1, .LANCHOR2
	add	x1, x1, :lo12:.LANCHOR2
	add	x1, x1, 1152
	and	w0, w0, 63
	ldrb	w0, [x1, w0, sxtw]
	ret
	.cfi_endproc
.LFE1152:
	.size	sqlite3_value_type, .-sqlite3_value_type
	.align	2
	.p2align 4,,11
	.global	sqlite3_value_encoding
	.type	sqlite3_value_encoding, %function
sqlite3_value_encoding:
.LFB1153:
	.cfi_startproc
	ldrb	w0, [x0, 22]
	ret
	.cfi_endproc
.LFE1153:
	.size	sqlite3_value_encoding, .-sqlite3_value_encoding
	.align	2
	.p2align 4,,11
	.global	sqlite3_value_nochange
	.type	sqlite3_value_nochange, %function
sqlite3_value_nochange:
.LFB1154:
	.cfi_startproc
	ldrh	w0, [x0, 20]
	mov	w1, 1025
	and	w1, w1, w0
	cmp	w1, 1025
	cset	w0, eq
	ret
	.cfi_endproc
.LFE1154:
	.size	sqlite3_value_nochange, .-sqlite3_value_nochange
	.align	2
	.p2align 4,,11
	.global	sqlite3_value_frombind
	.type	sqlite3_value_frombind, %function
sqlite3_value_frombind:
.LFB1155:
	.cfi_startproc
	ldrh	w0, [x0, 20]
	ubfx	x0, x0, 6, 1
	ret
	.cfi_endproc
.LFE1155:
	.size	sqlite3_value_frombind, .-sqlite3_value_frombind
	.align	2
	.p2align 4,,11
	.global	sqlite3_result_subtype
	.type	sqlite3_result_subtype, %function
sqlite3_result_subtype:
.LFB1169:
	.cfi_startproc
	ldr	x0, [x0]
	ldrh	w2, [x0, 20]
	strb	w1, [x0, 23]
	orr	w2, w2, 2048
	strh	w2, [x0, 20]
	ret
	.cfi_endproc
.LFE1169:
	.size	sqlite3_result_subtype, .-sqlite3_result_subtype
	.align	2
	.p2align 4,,11
	.global	sqlite3_user_data
	.type	sqlite3_user_data, %function
sqlite3_user_data:
.LFB1185:
	.cfi_startproc
	ldr	x0, [x0, 8]
	ldr	x0, [x0, 8]
	ret
	.cfi_endproc
.LFE1185:
	.size	sqlite3_user_data, .-sqlite3_user_data
	.align	2
	.p2align 4,,11
	.global	sqlite3_context_db_handle
	.type	sqlite3_context_db_handle, %function
sqlite3_context_db_handle:
.LFB1186:
	.cfi_startproc
	ldr	x0, [x0]
	ldr	x0, [x0, 24]
	ret
	.cfi_endproc
.LFE1186:
	.size	sqlite3_context_db_handle, .-sqlite3_context_db_handle
	.align	2
	.p2align 4,,11
	.global	sqlite3_vtab_nochange
	.type	sqlite3_vtab_nochange, %function
sqlite3_vtab_nochange:
.LFB1187:
	.cfi_startproc
	ldr	x0, [x0]
	mov	w1, 1025
	ldrh	w0, [x0, 20]
	and	w1, w1, w0
	cmp	w1, 1025
	cset	w0, eq
	ret
	.cfi_endproc
.LFE1187:
	.size	sqlite3_vtab_nochange, .-sqlite3_vtab_nochange
	.align	2
	.p2align 4,,11
	.global	sqlite3_get_auxdata
	.type	sqlite3_get_auxdata, %function
sqlite3_get_auxdata:
.LFB1195:
	.cfi_startproc
	mov	x4, x0
	ldr	x0, [x0, 24]
	ldr	x0, [x0, 296]
	cbnz	x0, .L712
	b	.L709
	.p2align 2,,3
.L711:
	ldr	x0, [x0, 24]
	cbz	x0, .L709
.L712:
	ldr	w2, [x0, 4]
	cmp	w2, w1
	bne	.L711
	ldr	w3, [x0]
	cmp	w1, 0
	ldr	w2, [x4, 32]
	ccmp	w3, w2, 4, ge
	bne	.L711
	ldr	x0, [x0, 8]
.L709:
	ret
	.cfi_endproc
.LFE1195:
	.size	sqlite3_get_auxdata, .-sqlite3_get_auxdata
	.align	2
	.p2align 4,,11
	.global	sqlite3_aggregate_count
	.type	sqlite3_aggregate_count, %function
sqlite3_aggregate_count:
.LFB1197:
	.cfi_startproc
	ldr	x0, [x0, 16]
	ldr	w0, [x0, 16]
	ret
	.cfi_endproc
.LFE1197:
	.size	sqlite3_aggregate_count, .-sqlite3_aggregate_count
	.align	2
	.p2align 4,,11
	.global	sqlite3_column_count
	.type	sqlite3_column_count, %function
sqlite3_column_count:
.LFB1198:
	.cfi_startproc
	cbz	x0, .L723
	ldrh	w0, [x0, 192]
	ret
	.p2align 2,,3
.L723:
	mov	w0, 0
	ret
	.cfi_endproc
.LFE1198:
	.size	sqlite3_column_count, .-sqlite3_column_count
	.align	2
	.p2align 4,,11
	.global	sqlite3_data_count
	.type	sqlite3_data_count, %function
sqlite3_data_count:
.LFB1199:
	.cfi_startproc
	cbz	x0, .L727
	ldr	x1, [x0, 160]
	cbz	x1, .L727
	ldrh	w0, [x0, 192]
	ret
	.p2align 2,,3
.L727:
	mov	w0, 0
	ret
	.cfi_endproc
.LFE1199:
	.size	sqlite3_data_count, .-sqlite3_data_count
	.align	2
	.p2align 4,,11
	.global	sqlite3_bind_parameter_count
	.type	sqlite3_bind_parameter_count, %function
sqlite3_bind_parameter_count:
.LFB1233:
	.cfi_startproc
	cbz	x0, .L730
	ldrsh	w0, [x0, 32]
	ret
	.p2align 2,,3
.L730:
	mov	w0, 0
	ret
	.cfi_endproc
.LFE1233:
	.size	sqlite3_bind_parameter_count, .-sqlite3_bind_parameter_count
	.align	2
	.p2align 4,,11
	.global	sqlite3_db_handle
	.type	sqlite3_db_handle, %function
sqlite3_db_handle:
.LFB1239:
	.cfi_startproc
	cbz	x0, .L733
	ldr	x0, [x0]
	ret
	.p2align 2,,3
.L733:
	mov	x0, 0
	ret
	.cfi_endproc
.LFE1239:
	.size	sqlite3_db_handle, .-sqlite3_db_handle
