# A slice of the corpus file zstd_clang_O3_v3_intel.s, lines 91798-92225
# (functions ZSTD_createCStream .. ZSTD_initCStream_usingCDict), made by tools/corpus.sh --slice with: clang -O3 -march=x86-64-v3 -masm=intel -S -w zstd.c (Debian clang version 14.0.6)
	.intel_syntax noprefix
	.text
	.globl	ZSTD_createCStream              # -- Begin function ZSTD_createCStream
	.p2align	4, 0x90
	.type	ZSTD_createCStream,@function
ZSTD_createCStream:                     # @ZSTD_createCStream
	.cfi_startproc
# %bb.0:
	push	r14
	.cfi_def_cfa_offset 16
	push	rbx
	.cfi_def_cfa_offset 24
	push	rax
	.cfi_def_cfa_offset 32
	.cfi_offset rbx, -24
	.cfi_offset r14, -16
	mov	edi, 1
	mov	esi, 5280
	call	calloc@PLT
	xor	esi, esi
	test	rax, rax
	je	.LBB222_1
# %bb.2:
	mov	r14, rax
	xor	eax, eax
	#APP

	cpuid

	#NO_APP
	test	eax, eax
	je	.LBB222_6
# %bb.3:
	cmp	eax, 7
	jb	.LBB222_6
# %bb.4:
	xor	esi, esi
	mov	eax, 7
	xor	ecx, ecx
	#APP

	cpuid

	#NO_APP
	test	bl, 8
	je	.LBB222_6
# %bb.5:
	shr	ebx, 8
	and	ebx, 1
	mov	esi, ebx
.LBB222_6:
	mov	dword ptr [r14 + 8], esi
	mov	rdi, r14
	call	ZSTD_clearAllDicts
	vxorps	xmm0, xmm0, xmm0
	vmovups	ymmword ptr [r14 + 48], ymm0
	vmovups	ymmword ptr [r14 + 208], ymm0
	vmovups	ymmword ptr [r14 + 176], ymm0
	vmovups	ymmword ptr [r14 + 144], ymm0
	vmovups	ymmword ptr [r14 + 112], ymm0
	vmovups	ymmword ptr [r14 + 80], ymm0
	vmovups	ymmword ptr [r14 + 16], ymm0
	mov	dword ptr [r14 + 60], 3
	mov	dword ptr [r14 + 48], 1
	jmp	.LBB222_7
.LBB222_1:
	xor	r14d, r14d
.LBB222_7:
	mov	rax, r14
	add	rsp, 8
	.cfi_def_cfa_offset 24
	pop	rbx
	.cfi_def_cfa_offset 16
	pop	r14
	.cfi_def_cfa_offset 8
	vzeroupper
	ret
.Lfunc_end222:
	.size	ZSTD_createCStream, .Lfunc_end222-ZSTD_createCStream
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_createCStream_advanced     # -- Begin function ZSTD_createCStream_advanced
	.p2align	4, 0x90
	.type	ZSTD_createCStream_advanced,@function
ZSTD_createCStream_advanced:            # @ZSTD_createCStream_advanced
	.cfi_startproc
# %bb.0:
	push	r15
	.cfi_def_cfa_offset 16
	push	r14
	.cfi_def_cfa_offset 24
	push	r13
	.cfi_def_cfa_offset 32
	push	r12
	.cfi_def_cfa_offset 40
	push	rbx
	.cfi_def_cfa_offset 48
	.cfi_offset rbx, -48
	.cfi_offset r12, -40
	.cfi_offset r13, -32
	.cfi_offset r14, -24
	.cfi_offset r15, -16
	mov	rbx, qword ptr [rsp + 48]
	mov	r12, qword ptr [rsp + 56]
	test	rbx, rbx
	sete	al
	test	r12, r12
	sete	cl
	xor	cl, al
	je	.LBB223_2
.LBB223_10:
	xor	r14d, r14d
	jmp	.LBB223_11
.LBB223_2:
	mov	r15, qword ptr [rsp + 64]
	test	rbx, rbx
	je	.LBB223_9
# %bb.3:
	mov	esi, 5280
	mov	rdi, r15
	call	rbx
	mov	r14, rax
	xor	r13d, r13d
	test	rax, rax
	jne	.LBB223_4
	jmp	.LBB223_10
.LBB223_9:
	mov	edi, 5280
	call	malloc@PLT
	mov	r14, rax
	xor	r13d, r13d
	test	rax, rax
	je	.LBB223_10
.LBB223_4:
	mov	edx, 5280
	mov	rdi, r14
	xor	esi, esi
	call	memset@PLT
	mov	qword ptr [r14 + 896], rbx
	mov	qword ptr [r14 + 904], r12
	mov	qword ptr [r14 + 912], r15
	xor	eax, eax
	#APP

	cpuid

	#NO_APP
	test	eax, eax
	je	.LBB223_8
# %bb.5:
	cmp	eax, 7
	jb	.LBB223_8
# %bb.6:
	xor	r13d, r13d
	mov	eax, 7
	xor	ecx, ecx
	#APP

	cpuid

	#NO_APP
	test	bl, 8
	je	.LBB223_8
# %bb.7:
	shr	ebx, 8
	and	ebx, 1
	mov	r13d, ebx
.LBB223_8:
	mov	dword ptr [r14 + 8], r13d
	mov	rdi, r14
	call	ZSTD_clearAllDicts
	vxorps	xmm0, xmm0, xmm0
	vmovups	ymmword ptr [r14 + 48], ymm0
	vmovups	ymmword ptr [r14 + 208], ymm0
	vmovups	ymmword ptr [r14 + 176], ymm0
	vmovups	ymmword ptr [r14 + 144], ymm0
	vmovups	ymmword ptr [r14 + 112], ymm0
	vmovups	ymmword ptr [r14 + 80], ymm0
	vmovups	ymmword ptr [r14 + 16], ymm0
	mov	dword ptr [r14 + 60], 3
	mov	dword ptr [r14 + 48], 1
.LBB223_11:
	mov	rax, r14
	pop	rbx
	.cfi_def_cfa_offset 40
	pop	r12
	.cfi_def_cfa_offset 32
	pop	r13
	.cfi_def_cfa_offset 24
	pop	r14
	.cfi_def_cfa_offset 16
	pop	r15
	.cfi_def_cfa_offset 8
	vzeroupper
	ret
.Lfunc_end223:
	.size	ZSTD_createCStream_advanced, .Lfunc_end223-ZSTD_createCStream_advanced
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_initStaticCStream          # -- Begin function ZSTD_initStaticCStream
	.p2align	4, 0x90
	.type	ZSTD_initStaticCStream,@function
ZSTD_initStaticCStream:                 # @ZSTD_initStaticCStream
	.cfi_startproc
# %bb.0:
	jmp	ZSTD_initStaticCCtx             # TAILCALL
.Lfunc_end224:
	.size	ZSTD_initStaticCStream, .Lfunc_end224-ZSTD_initStaticCStream
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_freeCStream                # -- Begin function ZSTD_freeCStream
	.p2align	4, 0x90
	.type	ZSTD_freeCStream,@function
ZSTD_freeCStream:                       # @ZSTD_freeCStream
	.cfi_startproc
# %bb.0:
	jmp	ZSTD_freeCCtx                   # TAILCALL
.Lfunc_end225:
	.size	ZSTD_freeCStream, .Lfunc_end225-ZSTD_freeCStream
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_CStreamInSize              # -- Begin function ZSTD_CStreamInSize
	.p2align	4, 0x90
	.type	ZSTD_CStreamInSize,@function
ZSTD_CStreamInSize:                     # @ZSTD_CStreamInSize
	.cfi_startproc
# %bb.0:
	mov	eax, 131072
	ret
.Lfunc_end226:
	.size	ZSTD_CStreamInSize, .Lfunc_end226-ZSTD_CStreamInSize
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_CStreamOutSize             # -- Begin function ZSTD_CStreamOutSize
	.p2align	4, 0x90
	.type	ZSTD_CStreamOutSize,@function
ZSTD_CStreamOutSize:                    # @ZSTD_CStreamOutSize
	.cfi_startproc
# %bb.0:
	mov	eax, 131591
	ret
.Lfunc_end227:
	.size	ZSTD_CStreamOutSize, .Lfunc_end227-ZSTD_CStreamOutSize
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_resetCStream               # -- Begin function ZSTD_resetCStream
	.p2align	4, 0x90
	.type	ZSTD_resetCStream,@function
ZSTD_resetCStream:                      # @ZSTD_resetCStream
	.cfi_startproc
# %bb.0:
	lea	rax, [rsi + 1]
	test	rsi, rsi
	mov	dword ptr [rdi + 3640], 0
	cmove	rax, rsi
	mov	qword ptr [rdi + 784], rax
	xor	eax, eax
	ret
.Lfunc_end228:
	.size	ZSTD_resetCStream, .Lfunc_end228-ZSTD_resetCStream
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_initCStream_internal       # -- Begin function ZSTD_initCStream_internal
	.p2align	4, 0x90
	.type	ZSTD_initCStream_internal,@function
ZSTD_initCStream_internal:              # @ZSTD_initCStream_internal
	.cfi_startproc
# %bb.0:
	push	r15
	.cfi_def_cfa_offset 16
	push	r14
	.cfi_def_cfa_offset 24
	push	r13
	.cfi_def_cfa_offset 32
	push	r12
	.cfi_def_cfa_offset 40
	push	rbx
	.cfi_def_cfa_offset 48
	.cfi_offset rbx, -48
	.cfi_offset r12, -40
	.cfi_offset r13, -32
	.cfi_offset r14, -24
	.cfi_offset r15, -16
	mov	rbx, rdi
	mov	dword ptr [rdi + 3640], 0
	inc	r9
	mov	qword ptr [rdi + 784], r9
	vmovups	ymm0, ymmword ptr [r8]
	vmovups	ymm1, ymmword ptr [r8 + 32]
	vmovups	ymm2, ymmword ptr [r8 + 64]
	vmovups	ymm3, ymmword ptr [r8 + 96]
	vmovups	ymmword ptr [rdi + 16], ymm0
	vmovups	ymmword ptr [rdi + 48], ymm1
	vmovups	ymmword ptr [rdi + 80], ymm2
	vmovups	ymmword ptr [rdi + 112], ymm3
	vmovups	ymm0, ymmword ptr [r8 + 128]
	vmovups	ymmword ptr [rdi + 144], ymm0
	vmovups	ymm0, ymmword ptr [r8 + 160]
	vmovups	ymmword ptr [rdi + 176], ymm0
	mov	r15, rcx
	mov	r14, rdx
	mov	r12, rsi
	vmovups	ymm0, ymmword ptr [r8 + 192]
	vmovups	ymmword ptr [rdi + 208], ymm0
	vzeroupper
	call	ZSTD_clearAllDicts
	test	r12, r12
	je	.LBB229_8
# %bb.1:
	test	r14, r14
	je	.LBB229_9
# %bb.2:
	mov	r15, -64
	cmp	qword ptr [rbx + 928], 0
	jne	.LBB229_10
# %bb.3:
	mov	rax, qword ptr [rbx + 896]
	test	rax, rax
	je	.LBB229_5
# %bb.4:
	mov	rdi, qword ptr [rbx + 912]
	mov	rsi, r14
	call	rax
	mov	r13, rax
	test	rax, rax
	jne	.LBB229_7
	jmp	.LBB229_10
.LBB229_8:
	mov	qword ptr [rbx + 3728], r15
	jmp	.LBB229_9
.LBB229_5:
	mov	rdi, r14
	call	malloc@PLT
	mov	r13, rax
	test	rax, rax
	je	.LBB229_10
.LBB229_7:
	mov	rdi, r13
	mov	rsi, r12
	mov	rdx, r14
	call	memcpy@PLT
	mov	qword ptr [rbx + 3688], r13
	mov	qword ptr [rbx + 3696], r13
	mov	qword ptr [rbx + 3704], r14
	mov	dword ptr [rbx + 3712], 0
.LBB229_9:
	xor	r15d, r15d
.LBB229_10:
	mov	rax, r15
	pop	rbx
	.cfi_def_cfa_offset 40
	pop	r12
	.cfi_def_cfa_offset 32
	pop	r13
	.cfi_def_cfa_offset 24
	pop	r14
	.cfi_def_cfa_offset 16
	pop	r15
	.cfi_def_cfa_offset 8
	ret
.Lfunc_end229:
	.size	ZSTD_initCStream_internal, .Lfunc_end229-ZSTD_initCStream_internal
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_initCStream_usingCDict_advanced # -- Begin function ZSTD_initCStream_usingCDict_advanced
	.p2align	4, 0x90
	.type	ZSTD_initCStream_usingCDict_advanced,@function
ZSTD_initCStream_usingCDict_advanced:   # @ZSTD_initCStream_usingCDict_advanced
	.cfi_startproc
# %bb.0:
	push	r14
	.cfi_def_cfa_offset 16
	push	rbx
	.cfi_def_cfa_offset 24
	push	rax
	.cfi_def_cfa_offset 32
	.cfi_offset rbx, -24
	.cfi_offset r14, -16
	mov	r14, rsi
	mov	rbx, rdi
	mov	dword ptr [rdi + 3640], 0
	inc	r8
	mov	qword ptr [rdi + 784], r8
	mov	qword ptr [rdi + 48], rdx
	mov	dword ptr [rdi + 56], ecx
	call	ZSTD_clearAllDicts
	mov	qword ptr [rbx + 3728], r14
	xor	eax, eax
	add	rsp, 8
	.cfi_def_cfa_offset 24
	pop	rbx
	.cfi_def_cfa_offset 16
	pop	r14
	.cfi_def_cfa_offset 8
	ret
.Lfunc_end230:
	.size	ZSTD_initCStream_usingCDict_advanced, .Lfunc_end230-ZSTD_initCStream_usingCDict_advanced
	.cfi_endproc
                                        # -- End function
	.globl	ZSTD_initCStream_usingCDict     # -- Begin function ZSTD_initCStream_usingCDict
	.p2align	4, 0x90
	.type	ZSTD_initCStream_usingCDict,@function
ZSTD_initCStream_usingCDict:            # @ZSTD_initCStream_usingCDict
	.cfi_startproc
# %bb.0:
	push	r14
	.cfi_def_cfa_offset 16
	push	rbx
	.cfi_def_cfa_offset 24
	push	rax
	.cfi_def_cfa_offset 32
	.cfi_offset rbx, -24
	.cfi_offset r14, -16
	mov	r14, rsi
	mov	rbx, rdi
	mov	dword ptr [rdi + 3640], 0
	mov	qword ptr [rdi + 784], 0
	call	ZSTD_clearAllDicts
	mov	qword ptr [rbx + 3728], r14
	xor	eax, eax
	add	rsp, 8
	.cfi_def_cfa_offset 24
	pop	rbx
	.cfi_def_cfa_offset 16
	pop	r14
	.cfi_def_cfa_offset 8
	ret
.Lfunc_end231:
	.size	ZSTD_initCStream_usingCDict, .Lfunc_end231-ZSTD_initCStream_usingCDict
	.cfi_endproc
