	.arch armv8-a
	.file	"call1.c"
	.text
	.align	2
	.p2align 4,,11
	.global	call1
	.type	call1, %function
call1:
.LFB0:
	.cfi_startproc
	mov	x2, x0
	mov	x0, x1
	mov	x16, x2
	br	x16
	.cfi_endproc
.LFE0:
	.size	call1, .-call1
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
