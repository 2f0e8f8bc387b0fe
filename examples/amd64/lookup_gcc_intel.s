	.file	"lookup.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	days
	.type	days, @function
days:
.LFB0:
	.cfi_startproc
	cmp	edi, 12
	ja	.L3
	mov	eax, 1
	mov	ecx, edi
	mov	edx, 31
	sal	rax, cl
	test	eax, 5546
	je	.L8
.L1:
	mov	eax, edx
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	mov	edx, 30
	test	eax, 2640
	jne	.L1
	cmp	edi, 2
	mov	edx, 28
	mov	eax, -1
	cmovne	edx, eax
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L3:
	mov	edx, -1
	mov	eax, edx
	ret
	.cfi_endproc
.LFE0:
	.size	days, .-days
	.p2align 4
	.globl	prime
	.type	prime, @function
prime:
.LFB1:
	.cfi_startproc
	and	edi, 7
	lea	rax, primes[rip]
	movzx	eax, WORD PTR [rax+rdi*2]
	ret
	.cfi_endproc
.LFE1:
	.size	prime, .-prime
	.section	.rodata
	.align 16
	.type	primes, @object
	.size	primes, 16
primes:
	.value	2
	.value	3
	.value	5
	.value	7
	.value	11
	.value	13
	.value	17
	.value	19
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
