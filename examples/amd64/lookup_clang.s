	.text
	.file	"lookup.c"
	.globl	days                            # -- Begin function days
	.p2align	4, 0x90
	.type	days,@function
days:                                   # @days
	.cfi_startproc
# %bb.0:
	addl	$-1, %edi
	movl	$-1, %eax
	cmpl	$11, %edi
	ja	.LBB0_2
# %bb.1:
	movslq	%edi, %rax
	leaq	.Lswitch.table.days(%rip), %rcx
	movl	(%rcx,%rax,4), %eax
.LBB0_2:
	retq
.Lfunc_end0:
	.size	days, .Lfunc_end0-days
	.cfi_endproc
                                        # -- End function
	.globl	prime                           # -- Begin function prime
	.p2align	4, 0x90
	.type	prime,@function
prime:                                  # @prime
	.cfi_startproc
# %bb.0:
                                        # kill: def $edi killed $edi def $rdi
	andl	$7, %edi
	leaq	primes(%rip), %rax
	movzwl	(%rax,%rdi,2), %eax
	retq
.Lfunc_end1:
	.size	prime, .Lfunc_end1-prime
	.cfi_endproc
                                        # -- End function
	.type	primes,@object                  # @primes
	.section	.rodata.cst16,"aM",@progbits,16
	.p2align	4
primes:
	.short	2                               # 0x2
	.short	3                               # 0x3
	.short	5                               # 0x5
	.short	7                               # 0x7
	.short	11                              # 0xb
	.short	13                              # 0xd
	.short	17                              # 0x11
	.short	19                              # 0x13
	.size	primes, 16

	.type	.Lswitch.table.days,@object     # @switch.table.days
	.section	.rodata,"a",@progbits
	.p2align	2
.Lswitch.table.days:
	.long	31                              # 0x1f
	.long	28                              # 0x1c
	.long	31                              # 0x1f
	.long	30                              # 0x1e
	.long	31                              # 0x1f
	.long	30                              # 0x1e
	.long	31                              # 0x1f
	.long	31                              # 0x1f
	.long	30                              # 0x1e
	.long	31                              # 0x1f
	.long	30                              # 0x1e
	.long	31                              # 0x1f
	.size	.Lswitch.table.days, 48

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.addrsig
