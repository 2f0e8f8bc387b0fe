	.text
	.file	"sum.c"
	.globl	sum                             # -- Begin function sum
	.p2align	4, 0x90
	.type	sum,@function
sum:                                    # @sum
	.cfi_startproc
# %bb.0:
	testq	%rsi, %rsi
	jle	.LBB0_1
# %bb.2:
	cmpq	$32, %rsi
	jae	.LBB0_4
# %bb.3:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.LBB0_11
.LBB0_1:
	xorl	%eax, %eax
	retq
.LBB0_4:
	movq	%rsi, %rcx
	andq	$-32, %rcx
	leaq	-32(%rcx), %rax
	movq	%rax, %r8
	shrq	$5, %r8
	addq	$1, %r8
	testq	%rax, %rax
	je	.LBB0_5
# %bb.6:
	movq	%r8, %rax
	andq	$-2, %rax
	vpxor	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	vpxor	%xmm1, %xmm1, %xmm1
	vpxor	%xmm2, %xmm2, %xmm2
	vpxor	%xmm3, %xmm3, %xmm3
	.p2align	4, 0x90
.LBB0_7:                                # =>This Inner Loop Header: Depth=1
	vpaddd	(%rdi,%rdx,4), %ymm0, %ymm0
	vpaddd	32(%rdi,%rdx,4), %ymm1, %ymm1
	vpaddd	64(%rdi,%rdx,4), %ymm2, %ymm2
	vpaddd	96(%rdi,%rdx,4), %ymm3, %ymm3
	vpaddd	128(%rdi,%rdx,4), %ymm0, %ymm0
	vpaddd	160(%rdi,%rdx,4), %ymm1, %ymm1
	vpaddd	192(%rdi,%rdx,4), %ymm2, %ymm2
	vpaddd	224(%rdi,%rdx,4), %ymm3, %ymm3
	addq	$64, %rdx
	addq	$-2, %rax
	jne	.LBB0_7
# %bb.8:
	testb	$1, %r8b
	je	.LBB0_10
.LBB0_9:
	vpaddd	(%rdi,%rdx,4), %ymm0, %ymm0
	vpaddd	32(%rdi,%rdx,4), %ymm1, %ymm1
	vpaddd	64(%rdi,%rdx,4), %ymm2, %ymm2
	vpaddd	96(%rdi,%rdx,4), %ymm3, %ymm3
.LBB0_10:
	vpaddd	%ymm3, %ymm1, %ymm1
	vpaddd	%ymm2, %ymm0, %ymm0
	vpaddd	%ymm1, %ymm0, %ymm0
	vextracti128	$1, %ymm0, %xmm1
	vpaddd	%xmm1, %xmm0, %xmm0
	vpshufd	$238, %xmm0, %xmm1              # xmm1 = xmm0[2,3,2,3]
	vpaddd	%xmm1, %xmm0, %xmm0
	vpshufd	$85, %xmm0, %xmm1               # xmm1 = xmm0[1,1,1,1]
	vpaddd	%xmm1, %xmm0, %xmm0
	vmovd	%xmm0, %eax
	cmpq	%rsi, %rcx
	je	.LBB0_12
	.p2align	4, 0x90
.LBB0_11:                               # =>This Inner Loop Header: Depth=1
	addl	(%rdi,%rcx,4), %eax
	addq	$1, %rcx
	cmpq	%rcx, %rsi
	jne	.LBB0_11
.LBB0_12:
	vzeroupper
	retq
.LBB0_5:
	vpxor	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	vpxor	%xmm1, %xmm1, %xmm1
	vpxor	%xmm2, %xmm2, %xmm2
	vpxor	%xmm3, %xmm3, %xmm3
	testb	$1, %r8b
	jne	.LBB0_9
	jmp	.LBB0_10
.Lfunc_end0:
	.size	sum, .Lfunc_end0-sum
	.cfi_endproc
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
