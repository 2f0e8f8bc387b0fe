	.text
	.intel_syntax noprefix
	.file	"poly.c"
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	3                               # -- Begin function poly
.LCPI0_0:
	.quad	0x3fe0000000000000              # double 0.5
.LCPI0_1:
	.quad	0x3ff4000000000000              # double 1.25
.LCPI0_2:
	.quad	0xc008000000000000              # double -3
.LCPI0_3:
	.quad	0x3fc0000000000000              # double 0.125
	.text
	.globl	poly
	.p2align	4, 0x90
	.type	poly,@function
poly:                                   # @poly
	.cfi_startproc
# %bb.0:
	movsd	xmm1, qword ptr [rip + .LCPI0_0] # xmm1 = mem[0],zero
	mulsd	xmm1, xmm0
	addsd	xmm1, qword ptr [rip + .LCPI0_1]
	mulsd	xmm1, xmm0
	addsd	xmm1, qword ptr [rip + .LCPI0_2]
	mulsd	xmm0, xmm1
	addsd	xmm0, qword ptr [rip + .LCPI0_3]
	ret
.Lfunc_end0:
	.size	poly, .Lfunc_end0-poly
	.cfi_endproc
                                        # -- End function
	.globl	lerp                            # -- Begin function lerp
	.p2align	4, 0x90
	.type	lerp,@function
lerp:                                   # @lerp
	.cfi_startproc
# %bb.0:
	subss	xmm1, xmm0
	mulss	xmm1, xmm2
	addss	xmm0, xmm1
	ret
.Lfunc_end1:
	.size	lerp, .Lfunc_end1-lerp
	.cfi_endproc
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
