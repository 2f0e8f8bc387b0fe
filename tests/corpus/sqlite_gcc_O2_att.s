# A slice of the corpus file sqlite_gcc_O2_att.s, lines 1388-1783
# (functions sqlite3LogEstToInt .. memdbDeviceCharacteristics), made by tools/corpus.sh --slice with: gcc -O2 -S -w sqlite3.c (gcc (Debian 12.2.0-14+deb12u1) 12.2.0)
	.text
	.p2align 4
	.type	sqlite3LogEstToInt, @function
sqlite3LogEstToInt:
.LFB301:
	.cfi_startproc
	movswl	%di, %edx
	movl	%edi, %eax
	movl	%edi, %ecx
	imull	$26215, %edx, %edx
	sarw	$15, %ax
	sarl	$18, %edx
	subl	%eax, %edx
	leal	(%rdx,%rdx,4), %eax
	addl	%eax, %eax
	subl	%eax, %ecx
	movswq	%cx, %rcx
	cmpq	$1, %rcx
	movq	%rcx, %rsi
	leaq	-2(%rcx), %rax
	adcq	$-1, %rsi
	cmpq	$5, %rcx
	cmovb	%rsi, %rax
	movq	%rax, %rcx
	movabsq	$9223372036854775807, %rax
	cmpw	$609, %di
	jg	.L284
	leaq	8(%rcx), %rax
	cmpw	$29, %di
	jle	.L288
	leal	-3(%rdx), %ecx
	salq	%cl, %rax
	ret
	.p2align 4,,10
	.p2align 3
.L288:
	movl	$3, %ecx
	subl	%edx, %ecx
	shrq	%cl, %rax
.L284:
	ret
	.cfi_endproc
.LFE301:
	.size	sqlite3LogEstToInt, .-sqlite3LogEstToInt
	.p2align 4
	.type	nolockCheckReservedLock, @function
nolockCheckReservedLock:
.LFB341:
	.cfi_startproc
	movl	$0, (%rsi)
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE341:
	.size	nolockCheckReservedLock, .-nolockCheckReservedLock
	.p2align 4
	.type	nolockLock, @function
nolockLock:
.LFB342:
	.cfi_startproc
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE342:
	.size	nolockLock, .-nolockLock
	.p2align 4
	.type	posixIoFinderImpl, @function
posixIoFinderImpl:
.LFB382:
	.cfi_startproc
	leaq	posixIoMethods(%rip), %rax
	ret
	.cfi_endproc
.LFE382:
	.size	posixIoFinderImpl, .-posixIoFinderImpl
	.p2align 4
	.type	nolockIoFinderImpl, @function
nolockIoFinderImpl:
.LFB383:
	.cfi_startproc
	leaq	nolockIoMethods(%rip), %rax
	ret
	.cfi_endproc
.LFE383:
	.size	nolockIoFinderImpl, .-nolockIoFinderImpl
	.p2align 4
	.type	dotlockIoFinderImpl, @function
dotlockIoFinderImpl:
.LFB384:
	.cfi_startproc
	leaq	dotlockIoMethods(%rip), %rax
	ret
	.cfi_endproc
.LFE384:
	.size	dotlockIoFinderImpl, .-dotlockIoFinderImpl
	.p2align 4
	.type	memdbTruncate, @function
memdbTruncate:
.LFB415:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movq	8(%rdi), %rbp
	movq	%rsi, %rbx
	movq	32(%rbp), %rdi
	testq	%rdi, %rdi
	je	.L298
	call	*128+sqlite3Config(%rip)
	cmpq	%rbx, 0(%rbp)
	movq	32(%rbp), %rdi
	movl	$11, %r12d
	jl	.L300
	movq	%rbx, 0(%rbp)
	xorl	%r12d, %r12d
.L300:
	testq	%rdi, %rdi
	je	.L297
	call	*144+sqlite3Config(%rip)
.L297:
	movl	%r12d, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L298:
	.cfi_restore_state
	movl	$11, %r12d
	cmpq	0(%rbp), %rsi
	jg	.L297
	xorl	%r12d, %r12d
	movq	%rsi, 0(%rbp)
	popq	%rbx
	.cfi_def_cfa_offset 24
	movl	%r12d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE415:
	.size	memdbTruncate, .-memdbTruncate
	.p2align 4
	.type	memdbFileSize, @function
memdbFileSize:
.LFB417:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rsi, %rbx
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	movq	8(%rdi), %rbp
	movq	32(%rbp), %rdi
	testq	%rdi, %rdi
	je	.L313
	call	*128+sqlite3Config(%rip)
	movq	32(%rbp), %rdi
	movq	0(%rbp), %rax
	movq	%rax, (%rbx)
	testq	%rdi, %rdi
	je	.L308
	call	*144+sqlite3Config(%rip)
.L308:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L313:
	.cfi_restore_state
	movq	0(%rbp), %rax
	movq	%rax, (%rsi)
	addq	$8, %rsp
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE417:
	.size	memdbFileSize, .-memdbFileSize
	.p2align 4
	.type	memdbLock, @function
memdbLock:
.LFB418:
	.cfi_startproc
	pushq	%r13
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	xorl	%r12d, %r12d
	pushq	%rbp
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$8, %rsp
	.cfi_def_cfa_offset 48
	cmpl	%esi, 16(%rdi)
	jge	.L314
	movq	8(%rdi), %r13
	movq	%rdi, %rbp
	movl	%esi, %ebx
	movq	32(%r13), %rdi
	testq	%rdi, %rdi
	je	.L337
	call	*128+sqlite3Config(%rip)
	movq	32(%r13), %rdi
	cmpl	$1, %ebx
	jle	.L317
	movl	$8, %r12d
	testb	$4, 44(%r13)
	jne	.L322
.L318:
	leal	-2(%rbx), %eax
	cmpl	$1, %eax
	ja	.L321
	cmpl	$1, 16(%rbp)
	je	.L338
.L325:
	movl	%ebx, 16(%rbp)
	xorl	%r12d, %r12d
.L322:
	testq	%rdi, %rdi
	je	.L314
	call	*144+sqlite3Config(%rip)
.L314:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	movl	%r12d, %eax
	popq	%rbx
	.cfi_def_cfa_offset 32
	popq	%rbp
	.cfi_def_cfa_offset 24
	popq	%r12
	.cfi_def_cfa_offset 16
	popq	%r13
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L317:
	.cfi_restore_state
	cmpl	$1, %ebx
	jne	.L321
	movl	52(%r13), %edx
	movl	$5, %r12d
	testl	%edx, %edx
	jg	.L322
	addl	$1, 48(%r13)
	jmp	.L325
	.p2align 4,,10
	.p2align 3
.L337:
	cmpl	$1, %esi
	jle	.L317
	movl	$8, %r12d
	testb	$4, 44(%r13)
	jne	.L314
	jmp	.L318
	.p2align 4,,10
	.p2align 3
.L321:
	cmpl	$1, 48(%r13)
	movl	$5, %r12d
	jg	.L322
	cmpl	$1, 16(%rbp)
	jne	.L325
.L336:
	movl	$1, 52(%r13)
	jmp	.L325
	.p2align 4,,10
	.p2align 3
.L338:
	movl	52(%r13), %eax
	movl	$5, %r12d
	testl	%eax, %eax
	jg	.L322
	jmp	.L336
	.cfi_endproc
.LFE418:
	.size	memdbLock, .-memdbLock
	.p2align 4
	.type	memdbUnlock, @function
memdbUnlock:
.LFB419:
	.cfi_startproc
	pushq	%r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	pushq	%rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	pushq	%rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	movl	16(%rdi), %eax
	movq	8(%rdi), %r12
	cmpl	%esi, %eax
	jle	.L341
	movq	%rdi, %rbx
	movq	32(%r12), %rdi
	movl	%esi, %ebp
	testq	%rdi, %rdi
	je	.L353
	call	*128+sqlite3Config(%rip)
	movl	16(%rbx), %eax
	movq	32(%r12), %rdi
	cmpl	$1, %ebp
	je	.L354
.L343:
	cmpl	$1, %eax
	jle	.L348
	subl	$1, 52(%r12)
.L348:
	subl	$1, 48(%r12)
.L347:
	movl	%ebp, 16(%rbx)
	testq	%rdi, %rdi
	je	.L341
	call	*144+sqlite3Config(%rip)
.L341:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	xorl	%eax, %eax
	popq	%rbp
	.cfi_def_cfa_offset 16
	popq	%r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L353:
	.cfi_restore_state
	cmpl	$1, %esi
	jne	.L343
	cmpl	$1, %eax
	jle	.L344
	subl	$1, 52(%r12)
	movl	$1, 16(%rbx)
	jmp	.L341
	.p2align 4,,10
	.p2align 3
.L354:
	cmpl	$1, %eax
	jle	.L347
	subl	$1, 52(%r12)
	jmp	.L347
	.p2align 4,,10
	.p2align 3
.L344:
	movl	$1, 16(%rbx)
	jmp	.L341
	.cfi_endproc
.LFE419:
	.size	memdbUnlock, .-memdbUnlock
	.p2align 4
	.type	memdbDeviceCharacteristics, @function
memdbDeviceCharacteristics:
.LFB421:
	.cfi_startproc
	movl	$5633, %eax
	ret
	.cfi_endproc
.LFE421:
	.size	memdbDeviceCharacteristics, .-memdbDeviceCharacteristics
