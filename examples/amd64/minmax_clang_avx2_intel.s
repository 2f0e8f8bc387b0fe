	.text
	.intel_syntax noprefix
	.file	"minmax.c"
	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2                               # -- Begin function minmax
.LCPI0_0:
	.long	2147483647                      # 0x7fffffff
.LCPI0_1:
	.long	2147483648                      # 0x80000000
	.text
	.globl	minmax
	.p2align	4, 0x90
	.type	minmax,@function
minmax:                                 # @minmax
	.cfi_startproc
# %bb.0:
	test	rsi, rsi
	jle	.LBB0_1
# %bb.2:
	cmp	rsi, 32
	jae	.LBB0_4
# %bb.3:
	mov	r9d, 2147483647
	mov	r10d, -2147483648
	xor	r8d, r8d
	jmp	.LBB0_7
.LBB0_1:
	mov	r10d, -2147483648
	mov	r9d, 2147483647
	jmp	.LBB0_8
.LBB0_4:
	mov	r8, rsi
	vpbroadcastd	ymm4, dword ptr [rip + .LCPI0_0] # ymm4 = [2147483647,2147483647,2147483647,2147483647,2147483647,2147483647,2147483647,2147483647]
	and	r8, -32
	vpbroadcastd	ymm0, dword ptr [rip + .LCPI0_1] # ymm0 = [2147483648,2147483648,2147483648,2147483648,2147483648,2147483648,2147483648,2147483648]
	xor	eax, eax
	vmovdqa	ymm1, ymm0
	vmovdqa	ymm2, ymm0
	vmovdqa	ymm3, ymm0
	vmovdqa	ymm5, ymm4
	vmovdqa	ymm6, ymm4
	vmovdqa	ymm7, ymm4
	.p2align	4, 0x90
.LBB0_5:                                # =>This Inner Loop Header: Depth=1
	vmovdqu	ymm8, ymmword ptr [rdi + 4*rax]
	vmovdqu	ymm9, ymmword ptr [rdi + 4*rax + 32]
	vmovdqu	ymm10, ymmword ptr [rdi + 4*rax + 64]
	vmovdqu	ymm11, ymmword ptr [rdi + 4*rax + 96]
	vpminsd	ymm4, ymm8, ymm4
	vpminsd	ymm5, ymm9, ymm5
	vpminsd	ymm6, ymm10, ymm6
	vpminsd	ymm7, ymm11, ymm7
	vpmaxsd	ymm0, ymm8, ymm0
	vpmaxsd	ymm1, ymm9, ymm1
	vpmaxsd	ymm2, ymm10, ymm2
	vpmaxsd	ymm3, ymm11, ymm3
	add	rax, 32
	cmp	r8, rax
	jne	.LBB0_5
# %bb.6:
	vpminsd	ymm4, ymm4, ymm5
	vpminsd	ymm4, ymm4, ymm6
	vpminsd	ymm4, ymm4, ymm7
	vextracti128	xmm5, ymm4, 1
	vpminsd	xmm4, xmm4, xmm5
	vpshufd	xmm5, xmm4, 238                 # xmm5 = xmm4[2,3,2,3]
	vpminsd	xmm4, xmm4, xmm5
	vpshufd	xmm5, xmm4, 85                  # xmm5 = xmm4[1,1,1,1]
	vpminsd	xmm4, xmm4, xmm5
	vmovd	r9d, xmm4
	vpmaxsd	ymm0, ymm0, ymm1
	vpmaxsd	ymm0, ymm0, ymm2
	vpmaxsd	ymm0, ymm0, ymm3
	vextracti128	xmm1, ymm0, 1
	vpmaxsd	xmm0, xmm0, xmm1
	vpshufd	xmm1, xmm0, 238                 # xmm1 = xmm0[2,3,2,3]
	vpmaxsd	xmm0, xmm0, xmm1
	vpshufd	xmm1, xmm0, 85                  # xmm1 = xmm0[1,1,1,1]
	vpmaxsd	xmm0, xmm0, xmm1
	vmovd	r10d, xmm0
	cmp	r8, rsi
	je	.LBB0_8
	.p2align	4, 0x90
.LBB0_7:                                # =>This Inner Loop Header: Depth=1
	mov	eax, dword ptr [rdi + 4*r8]
	cmp	eax, r9d
	cmovl	r9d, eax
	cmp	eax, r10d
	cmovg	r10d, eax
	add	r8, 1
	cmp	rsi, r8
	jne	.LBB0_7
.LBB0_8:
	mov	dword ptr [rdx], r9d
	mov	dword ptr [rcx], r10d
	vzeroupper
	ret
.Lfunc_end0:
	.size	minmax, .Lfunc_end0-minmax
	.cfi_endproc
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
