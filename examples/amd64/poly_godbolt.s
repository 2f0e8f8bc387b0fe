poly:
	movsd	.LC0(%rip), %xmm1
	mulsd	%xmm0, %xmm1
	addsd	.LC1(%rip), %xmm1
	mulsd	%xmm0, %xmm1
	subsd	.LC2(%rip), %xmm1
	mulsd	%xmm1, %xmm0
	addsd	.LC3(%rip), %xmm0
	ret
lerp:
	subss	%xmm0, %xmm1
	mulss	%xmm2, %xmm1
	addss	%xmm1, %xmm0
	ret
.LC0:
	.long	0
	.long	1071644672
.LC1:
	.long	0
	.long	1072955392
.LC2:
	.long	0
	.long	1074266112
.LC3:
	.long	0
	.long	1069547520
