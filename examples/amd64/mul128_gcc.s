	.file	"mul128.c"
	.text
	.p2align 4
	.globl	mul128
	.type	mul128, @function
mul128:
.LFB0:
	.cfi_startproc
	movq	%rdi, %rax
	mulq	%rsi
	ret
	.cfi_endproc
.LFE0:
	.size	mul128, .-mul128
	.p2align 4
	.globl	clamp8
	.type	clamp8, @function
clamp8:
.LFB1:
	.cfi_startproc
	movsbw	%dil, %ax
	addl	%edx, %eax
	movl	%eax, %edx
	negl	%edx
	testb	%sil, %sil
	cmovne	%edx, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	clamp8, .-clamp8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
