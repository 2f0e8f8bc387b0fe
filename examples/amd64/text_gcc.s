	.file	"text.c"
	.text
	.p2align 4
	.globl	count_byte
	.type	count_byte, @function
count_byte:
.LFB0:
	.cfi_startproc
	testq	%rsi, %rsi
	jle	.L4
	addq	%rdi, %rsi
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L3:
	xorl	%ecx, %ecx
	cmpb	%dl, (%rdi)
	sete	%cl
	addq	$1, %rdi
	addq	%rcx, %rax
	cmpq	%rdi, %rsi
	jne	.L3
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	count_byte, .-count_byte
	.p2align 4
	.globl	dot
	.type	dot, @function
dot:
.LFB1:
	.cfi_startproc
	cmpq	%rsi, %r8
	cmovg	%rsi, %r8
	testq	%r8, %r8
	jle	.L10
	xorl	%eax, %eax
	pxor	%xmm1, %xmm1
	.p2align 4,,10
	.p2align 3
.L9:
	movsd	(%rdi,%rax,8), %xmm0
	mulsd	(%rcx,%rax,8), %xmm0
	addq	$1, %rax
	addsd	%xmm0, %xmm1
	cmpq	%rax, %r8
	jne	.L9
	movapd	%xmm1, %xmm0
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	pxor	%xmm1, %xmm1
	movapd	%xmm1, %xmm0
	ret
	.cfi_endproc
.LFE1:
	.size	dot, .-dot
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
