# A slice of the corpus file sqlite_gcc_O2_intel.s, lines 64883-65037
# (functions sqlite3VtabOverloadFunction .. sqlite3VtabOverloadFunction), made by tools/corpus.sh --slice with: gcc -O2 -masm=intel -S -w sqlite3.c (gcc (Debian 12.2.0-14+deb12u1) 12.2.0)
	.intel_syntax noprefix
	.text
	.p2align 4
	.type	sqlite3VtabOverloadFunction, @function
sqlite3VtabOverloadFunction:
.LFB2158:
	.cfi_startproc
	push	r12
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	push	rbp
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	mov	rbp, rsi
	push	rbx
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
	sub	rsp, 16
	.cfi_def_cfa_offset 48
	mov	QWORD PTR [rsp], 0
	mov	QWORD PTR 8[rsp], 0
	test	rcx, rcx
	je	.L13440
	cmp	BYTE PTR [rcx], -88
	je	.L13467
.L13440:
	mov	rbx, rbp
.L13437:
	add	rsp, 16
	.cfi_remember_state
	.cfi_def_cfa_offset 32
	mov	rax, rbx
	pop	rbx
	.cfi_def_cfa_offset 24
	pop	rbp
	.cfi_def_cfa_offset 16
	pop	r12
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L13467:
	.cfi_restore_state
	mov	rax, QWORD PTR 64[rcx]
	test	rax, rax
	je	.L13440
	cmp	BYTE PTR 63[rax], 1
	jne	.L13440
	mov	rax, QWORD PTR 80[rax]
	mov	rbx, rdi
	mov	esi, edx
	test	rax, rax
	jne	.L13441
	jmp	.L13468
	.p2align 4,,10
	.p2align 3
.L13443:
	mov	rax, QWORD PTR 40[rax]
	test	rax, rax
	je	.L13442
.L13441:
	cmp	rbx, QWORD PTR [rax]
	jne	.L13443
	mov	rdi, QWORD PTR 16[rax]
	mov	rax, QWORD PTR [rdi]
	mov	rax, QWORD PTR 144[rax]
	test	rax, rax
	je	.L13440
	mov	rdx, QWORD PTR 56[rbp]
	mov	rcx, rsp
	lea	r8, 8[rsp]
	call	rax
	test	eax, eax
	je	.L13440
	mov	rdi, QWORD PTR 56[rbp]
	test	rdi, rdi
	je	.L13448
	call	strlen@PLT
	and	eax, 1073741823
	lea	r12, 73[rax]
.L13444:
	test	rbx, rbx
	je	.L13445
	mov	rdi, rbx
	mov	rsi, r12
	call	sqlite3DbMallocRawNN
	mov	rbx, rax
.L13446:
	test	rbx, rbx
	je	.L13440
	mov	rdx, r12
	xor	esi, esi
	lea	r12, 72[rbx]
	mov	rdi, rbx
	call	memset@PLT
	movdqu	xmm0, XMMWORD PTR 0[rbp]
	movups	XMMWORD PTR [rbx], xmm0
	movdqu	xmm1, XMMWORD PTR 16[rbp]
	movups	XMMWORD PTR 16[rbx], xmm1
	movdqu	xmm2, XMMWORD PTR 32[rbp]
	movups	XMMWORD PTR 32[rbx], xmm2
	movdqu	xmm3, XMMWORD PTR 48[rbp]
	movups	XMMWORD PTR 48[rbx], xmm3
	mov	rax, QWORD PTR 64[rbp]
	mov	QWORD PTR 56[rbx], r12
	mov	rbp, QWORD PTR 56[rbp]
	mov	QWORD PTR 64[rbx], rax
	test	rbp, rbp
	je	.L13449
	mov	rdi, rbp
	call	strlen@PLT
	and	eax, 1073741823
	lea	rdx, 1[rax]
.L13447:
	mov	rsi, rbp
	mov	rdi, r12
	call	memcpy@PLT
	mov	rax, QWORD PTR [rsp]
	mov	QWORD PTR 24[rbx], rax
	mov	rax, QWORD PTR 8[rsp]
	or	DWORD PTR 4[rbx], 16
	mov	QWORD PTR 8[rbx], rax
	jmp	.L13437
	.p2align 4,,10
	.p2align 3
.L13445:
	mov	rdi, r12
	call	sqlite3Malloc
	mov	rbx, rax
	jmp	.L13446
	.p2align 4,,10
	.p2align 3
.L13448:
	mov	r12d, 73
	jmp	.L13444
.L13449:
	mov	edx, 1
	jmp	.L13447
.L13468:
	jmp	.L13442
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	sqlite3VtabOverloadFunction.cold, @function
sqlite3VtabOverloadFunction.cold:
.LFSB2158:
.L13442:
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -32
	.cfi_offset 6, -24
	.cfi_offset 12, -16
	mov	rax, QWORD PTR ds:16
	ud2
	.cfi_endproc
.LFE2158:
	.text
	.size	sqlite3VtabOverloadFunction, .-sqlite3VtabOverloadFunction
