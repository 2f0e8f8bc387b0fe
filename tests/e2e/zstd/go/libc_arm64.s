#include "textflag.h"

// The C library functions zstd.c calls (zstd_arm64.s names them as native functions) that
// the caller-provided-memory API never reaches: allocation reports failure, the rest traps.
TEXT ·malloc_native(SB), NOSPLIT|NOFRAME, $0
	MOVD ZR, R0
	RET
TEXT ·calloc_native(SB), NOSPLIT|NOFRAME, $0
	MOVD ZR, R0
	RET
TEXT ·free_native(SB), NOSPLIT|NOFRAME, $0
	RET
TEXT ·__assert_fail_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·ZSTD_optLdm_skipRawSeqStoreBytes_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_cond_broadcast_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_cond_destroy_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_cond_init_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_cond_signal_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_cond_wait_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_create_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_join_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_mutex_destroy_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_mutex_init_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_mutex_lock_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
TEXT ·pthread_mutex_unlock_native(SB), NOSPLIT|NOFRAME, $0
	UNDEF
