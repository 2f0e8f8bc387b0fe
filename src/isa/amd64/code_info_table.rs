// Generated from iced-x86's OpCodeInfo by the test in code_info.rs (NATIVE2GOASM_REGENERATE=1 cargo test --lib code_info). DO NOT EDIT.
// r(mnemonic, encoding, operand kinds, operand size, memory size, W, L, flags)
#[rustfmt::skip]
pub(super) static ROWS: [CodeInfo; 4936] = [
r(N::INVALID, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // INVALID
r(N::Db, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // DeclareByte
r(N::Dw, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // DeclareWord
r(N::Dd, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // DeclareDword
r(N::Dq, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // DeclareQword
r(N::Add, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Add_rm8_r8
r(N::Add, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Add_rm16_r16
r(N::Add, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Add_rm32_r32
r(N::Add, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Add_rm64_r64
r(N::Add, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Add_r8_rm8
r(N::Add, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Add_r16_rm16
r(N::Add, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Add_r32_rm32
r(N::Add, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Add_r64_rm64
r(N::Add, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Add_AL_imm8
r(N::Add, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Add_AX_imm16
r(N::Add, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Add_EAX_imm32
r(N::Add, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Add_RAX_imm32
r(N::Push, E::Legacy, &[K::es], 16, M::Unknown, 0, 0, 0x1), // Pushw_ES
r(N::Push, E::Legacy, &[K::es], 32, M::Unknown, 0, 0, 0x1), // Pushd_ES
r(N::Pop, E::Legacy, &[K::es], 16, M::Unknown, 0, 0, 0x1), // Popw_ES
r(N::Pop, E::Legacy, &[K::es], 32, M::Unknown, 0, 0, 0x1), // Popd_ES
r(N::Or, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Or_rm8_r8
r(N::Or, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Or_rm16_r16
r(N::Or, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Or_rm32_r32
r(N::Or, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Or_rm64_r64
r(N::Or, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Or_r8_rm8
r(N::Or, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Or_r16_rm16
r(N::Or, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Or_r32_rm32
r(N::Or, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Or_r64_rm64
r(N::Or, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Or_AL_imm8
r(N::Or, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Or_AX_imm16
r(N::Or, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Or_EAX_imm32
r(N::Or, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Or_RAX_imm32
r(N::Push, E::Legacy, &[K::cs], 16, M::Unknown, 0, 0, 0x1), // Pushw_CS
r(N::Push, E::Legacy, &[K::cs], 32, M::Unknown, 0, 0, 0x1), // Pushd_CS
r(N::Pop, E::Legacy, &[K::cs], 16, M::Unknown, 0, 0, 0x1), // Popw_CS
r(N::Adc, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Adc_rm8_r8
r(N::Adc, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Adc_rm16_r16
r(N::Adc, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Adc_rm32_r32
r(N::Adc, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Adc_rm64_r64
r(N::Adc, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Adc_r8_rm8
r(N::Adc, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Adc_r16_rm16
r(N::Adc, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Adc_r32_rm32
r(N::Adc, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Adc_r64_rm64
r(N::Adc, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Adc_AL_imm8
r(N::Adc, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Adc_AX_imm16
r(N::Adc, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Adc_EAX_imm32
r(N::Adc, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Adc_RAX_imm32
r(N::Push, E::Legacy, &[K::ss], 16, M::Unknown, 0, 0, 0x1), // Pushw_SS
r(N::Push, E::Legacy, &[K::ss], 32, M::Unknown, 0, 0, 0x1), // Pushd_SS
r(N::Pop, E::Legacy, &[K::ss], 16, M::Unknown, 0, 0, 0x1), // Popw_SS
r(N::Pop, E::Legacy, &[K::ss], 32, M::Unknown, 0, 0, 0x1), // Popd_SS
r(N::Sbb, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Sbb_rm8_r8
r(N::Sbb, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Sbb_rm16_r16
r(N::Sbb, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Sbb_rm32_r32
r(N::Sbb, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Sbb_rm64_r64
r(N::Sbb, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Sbb_r8_rm8
r(N::Sbb, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Sbb_r16_rm16
r(N::Sbb, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Sbb_r32_rm32
r(N::Sbb, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Sbb_r64_rm64
r(N::Sbb, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Sbb_AL_imm8
r(N::Sbb, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Sbb_AX_imm16
r(N::Sbb, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Sbb_EAX_imm32
r(N::Sbb, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Sbb_RAX_imm32
r(N::Push, E::Legacy, &[K::ds], 16, M::Unknown, 0, 0, 0x1), // Pushw_DS
r(N::Push, E::Legacy, &[K::ds], 32, M::Unknown, 0, 0, 0x1), // Pushd_DS
r(N::Pop, E::Legacy, &[K::ds], 16, M::Unknown, 0, 0, 0x1), // Popw_DS
r(N::Pop, E::Legacy, &[K::ds], 32, M::Unknown, 0, 0, 0x1), // Popd_DS
r(N::And, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // And_rm8_r8
r(N::And, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // And_rm16_r16
r(N::And, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // And_rm32_r32
r(N::And, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // And_rm64_r64
r(N::And, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // And_r8_rm8
r(N::And, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // And_r16_rm16
r(N::And, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // And_r32_rm32
r(N::And, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // And_r64_rm64
r(N::And, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // And_AL_imm8
r(N::And, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // And_AX_imm16
r(N::And, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // And_EAX_imm32
r(N::And, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // And_RAX_imm32
r(N::Daa, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Daa
r(N::Sub, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Sub_rm8_r8
r(N::Sub, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Sub_rm16_r16
r(N::Sub, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Sub_rm32_r32
r(N::Sub, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Sub_rm64_r64
r(N::Sub, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Sub_r8_rm8
r(N::Sub, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Sub_r16_rm16
r(N::Sub, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Sub_r32_rm32
r(N::Sub, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Sub_r64_rm64
r(N::Sub, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Sub_AL_imm8
r(N::Sub, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Sub_AX_imm16
r(N::Sub, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Sub_EAX_imm32
r(N::Sub, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Sub_RAX_imm32
r(N::Das, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Das
r(N::Xor, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Xor_rm8_r8
r(N::Xor, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Xor_rm16_r16
r(N::Xor, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Xor_rm32_r32
r(N::Xor, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Xor_rm64_r64
r(N::Xor, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Xor_r8_rm8
r(N::Xor, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Xor_r16_rm16
r(N::Xor, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Xor_r32_rm32
r(N::Xor, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Xor_r64_rm64
r(N::Xor, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Xor_AL_imm8
r(N::Xor, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Xor_AX_imm16
r(N::Xor, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Xor_EAX_imm32
r(N::Xor, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Xor_RAX_imm32
r(N::Aaa, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Aaa
r(N::Cmp, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Cmp_rm8_r8
r(N::Cmp, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Cmp_rm16_r16
r(N::Cmp, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Cmp_rm32_r32
r(N::Cmp, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Cmp_rm64_r64
r(N::Cmp, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Cmp_r8_rm8
r(N::Cmp, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmp_r16_rm16
r(N::Cmp, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmp_r32_rm32
r(N::Cmp, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmp_r64_rm64
r(N::Cmp, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Cmp_AL_imm8
r(N::Cmp, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Cmp_AX_imm16
r(N::Cmp, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Cmp_EAX_imm32
r(N::Cmp, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Cmp_RAX_imm32
r(N::Aas, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Aas
r(N::Inc, E::Legacy, &[K::r16_opcode], 16, M::Unknown, 0, 0, 0x1), // Inc_r16
r(N::Inc, E::Legacy, &[K::r32_opcode], 32, M::Unknown, 0, 0, 0x1), // Inc_r32
r(N::Dec, E::Legacy, &[K::r16_opcode], 16, M::Unknown, 0, 0, 0x1), // Dec_r16
r(N::Dec, E::Legacy, &[K::r32_opcode], 32, M::Unknown, 0, 0, 0x1), // Dec_r32
r(N::Push, E::Legacy, &[K::r16_opcode], 16, M::Unknown, 0, 0, 0x3), // Push_r16
r(N::Push, E::Legacy, &[K::r32_opcode], 32, M::Unknown, 0, 0, 0x1), // Push_r32
r(N::Push, E::Legacy, &[K::r64_opcode], 64, M::Unknown, 0, 0, 0x3), // Push_r64
r(N::Pop, E::Legacy, &[K::r16_opcode], 16, M::Unknown, 0, 0, 0x3), // Pop_r16
r(N::Pop, E::Legacy, &[K::r32_opcode], 32, M::Unknown, 0, 0, 0x1), // Pop_r32
r(N::Pop, E::Legacy, &[K::r64_opcode], 64, M::Unknown, 0, 0, 0x3), // Pop_r64
r(N::Pusha, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x1), // Pushaw
r(N::Pushad, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Pushad
r(N::Popa, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x1), // Popaw
r(N::Popad, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Popad
r(N::Bound, E::Legacy, &[K::r16_reg, K::mem], 16, M::Bound16_WordWord, 0, 0, 0x1), // Bound_r16_m1616
r(N::Bound, E::Legacy, &[K::r32_reg, K::mem], 32, M::Bound32_DwordDword, 0, 0, 0x1), // Bound_r32_m3232
r(N::Arpl, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x1), // Arpl_rm16_r16
r(N::Arpl, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt16, 0, 0, 0x1), // Arpl_r32m16_r32
r(N::Movsxd, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Movsxd_r16_rm16
r(N::Movsxd, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::Int32, 0, 0, 0x3), // Movsxd_r32_rm32
r(N::Movsxd, E::Legacy, &[K::r64_reg, K::r32_or_mem], 64, M::Int32, 0, 0, 0x3), // Movsxd_r64_rm32
r(N::Push, E::Legacy, &[K::imm16], 16, M::Unknown, 0, 0, 0x3), // Push_imm16
r(N::Push, E::Legacy, &[K::imm32], 32, M::Unknown, 0, 0, 0x1), // Pushd_imm32
r(N::Push, E::Legacy, &[K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Pushq_imm32
r(N::Imul, E::Legacy, &[K::r16_reg, K::r16_or_mem, K::imm16], 16, M::Int16, 0, 0, 0x3), // Imul_r16_rm16_imm16
r(N::Imul, E::Legacy, &[K::r32_reg, K::r32_or_mem, K::imm32], 32, M::Int32, 0, 0, 0x3), // Imul_r32_rm32_imm32
r(N::Imul, E::Legacy, &[K::r64_reg, K::r64_or_mem, K::imm32sex64], 64, M::Int64, 0, 0, 0x3), // Imul_r64_rm64_imm32
r(N::Push, E::Legacy, &[K::imm8sex16], 16, M::Unknown, 0, 0, 0x3), // Pushw_imm8
r(N::Push, E::Legacy, &[K::imm8sex32], 32, M::Unknown, 0, 0, 0x1), // Pushd_imm8
r(N::Push, E::Legacy, &[K::imm8sex64], 64, M::Unknown, 0, 0, 0x3), // Pushq_imm8
r(N::Imul, E::Legacy, &[K::r16_reg, K::r16_or_mem, K::imm8sex16], 16, M::Int16, 0, 0, 0x3), // Imul_r16_rm16_imm8
r(N::Imul, E::Legacy, &[K::r32_reg, K::r32_or_mem, K::imm8sex32], 32, M::Int32, 0, 0, 0x3), // Imul_r32_rm32_imm8
r(N::Imul, E::Legacy, &[K::r64_reg, K::r64_or_mem, K::imm8sex64], 64, M::Int64, 0, 0, 0x3), // Imul_r64_rm64_imm8
r(N::Insb, E::Legacy, &[K::es_rDI, K::dx], 0, M::UInt8, 0, 0, 0x3), // Insb_m8_DX
r(N::Insw, E::Legacy, &[K::es_rDI, K::dx], 16, M::UInt16, 0, 0, 0x3), // Insw_m16_DX
r(N::Insd, E::Legacy, &[K::es_rDI, K::dx], 32, M::UInt32, 0, 0, 0x3), // Insd_m32_DX
r(N::Outsb, E::Legacy, &[K::dx, K::seg_rSI], 0, M::UInt8, 0, 0, 0x3), // Outsb_DX_m8
r(N::Outsw, E::Legacy, &[K::dx, K::seg_rSI], 16, M::UInt16, 0, 0, 0x3), // Outsw_DX_m16
r(N::Outsd, E::Legacy, &[K::dx, K::seg_rSI], 32, M::UInt32, 0, 0, 0x3), // Outsd_DX_m32
r(N::Jo, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jo_rel8_16
r(N::Jo, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jo_rel8_32
r(N::Jo, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jo_rel8_64
r(N::Jno, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jno_rel8_16
r(N::Jno, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jno_rel8_32
r(N::Jno, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jno_rel8_64
r(N::Jb, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jb_rel8_16
r(N::Jb, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jb_rel8_32
r(N::Jb, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jb_rel8_64
r(N::Jae, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jae_rel8_16
r(N::Jae, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jae_rel8_32
r(N::Jae, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jae_rel8_64
r(N::Je, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Je_rel8_16
r(N::Je, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Je_rel8_32
r(N::Je, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Je_rel8_64
r(N::Jne, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jne_rel8_16
r(N::Jne, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jne_rel8_32
r(N::Jne, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jne_rel8_64
r(N::Jbe, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jbe_rel8_16
r(N::Jbe, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jbe_rel8_32
r(N::Jbe, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jbe_rel8_64
r(N::Ja, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Ja_rel8_16
r(N::Ja, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Ja_rel8_32
r(N::Ja, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Ja_rel8_64
r(N::Js, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Js_rel8_16
r(N::Js, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Js_rel8_32
r(N::Js, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Js_rel8_64
r(N::Jns, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jns_rel8_16
r(N::Jns, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jns_rel8_32
r(N::Jns, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jns_rel8_64
r(N::Jp, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jp_rel8_16
r(N::Jp, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jp_rel8_32
r(N::Jp, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jp_rel8_64
r(N::Jnp, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jnp_rel8_16
r(N::Jnp, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jnp_rel8_32
r(N::Jnp, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jnp_rel8_64
r(N::Jl, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jl_rel8_16
r(N::Jl, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jl_rel8_32
r(N::Jl, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jl_rel8_64
r(N::Jge, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jge_rel8_16
r(N::Jge, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jge_rel8_32
r(N::Jge, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jge_rel8_64
r(N::Jle, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jle_rel8_16
r(N::Jle, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jle_rel8_32
r(N::Jle, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jle_rel8_64
r(N::Jg, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jg_rel8_16
r(N::Jg, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jg_rel8_32
r(N::Jg, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jg_rel8_64
r(N::Add, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Add_rm8_imm8
r(N::Or, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Or_rm8_imm8
r(N::Adc, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Adc_rm8_imm8
r(N::Sbb, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Sbb_rm8_imm8
r(N::And, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // And_rm8_imm8
r(N::Sub, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Sub_rm8_imm8
r(N::Xor, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Xor_rm8_imm8
r(N::Cmp, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Cmp_rm8_imm8
r(N::Add, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Add_rm16_imm16
r(N::Add, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Add_rm32_imm32
r(N::Add, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Add_rm64_imm32
r(N::Or, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Or_rm16_imm16
r(N::Or, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Or_rm32_imm32
r(N::Or, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Or_rm64_imm32
r(N::Adc, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Adc_rm16_imm16
r(N::Adc, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Adc_rm32_imm32
r(N::Adc, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Adc_rm64_imm32
r(N::Sbb, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Sbb_rm16_imm16
r(N::Sbb, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Sbb_rm32_imm32
r(N::Sbb, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Sbb_rm64_imm32
r(N::And, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // And_rm16_imm16
r(N::And, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // And_rm32_imm32
r(N::And, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // And_rm64_imm32
r(N::Sub, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Sub_rm16_imm16
r(N::Sub, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Sub_rm32_imm32
r(N::Sub, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Sub_rm64_imm32
r(N::Xor, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Xor_rm16_imm16
r(N::Xor, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Xor_rm32_imm32
r(N::Xor, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Xor_rm64_imm32
r(N::Cmp, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Cmp_rm16_imm16
r(N::Cmp, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Cmp_rm32_imm32
r(N::Cmp, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Cmp_rm64_imm32
r(N::Add, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Add_rm8_imm8_82
r(N::Or, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Or_rm8_imm8_82
r(N::Adc, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Adc_rm8_imm8_82
r(N::Sbb, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Sbb_rm8_imm8_82
r(N::And, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // And_rm8_imm8_82
r(N::Sub, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Sub_rm8_imm8_82
r(N::Xor, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Xor_rm8_imm8_82
r(N::Cmp, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x1), // Cmp_rm8_imm8_82
r(N::Add, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Add_rm16_imm8
r(N::Add, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Add_rm32_imm8
r(N::Add, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Add_rm64_imm8
r(N::Or, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Or_rm16_imm8
r(N::Or, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Or_rm32_imm8
r(N::Or, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Or_rm64_imm8
r(N::Adc, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Adc_rm16_imm8
r(N::Adc, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Adc_rm32_imm8
r(N::Adc, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Adc_rm64_imm8
r(N::Sbb, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Sbb_rm16_imm8
r(N::Sbb, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Sbb_rm32_imm8
r(N::Sbb, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Sbb_rm64_imm8
r(N::And, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // And_rm16_imm8
r(N::And, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // And_rm32_imm8
r(N::And, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // And_rm64_imm8
r(N::Sub, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Sub_rm16_imm8
r(N::Sub, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Sub_rm32_imm8
r(N::Sub, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Sub_rm64_imm8
r(N::Xor, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Xor_rm16_imm8
r(N::Xor, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Xor_rm32_imm8
r(N::Xor, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Xor_rm64_imm8
r(N::Cmp, E::Legacy, &[K::r16_or_mem, K::imm8sex16], 16, M::UInt16, 0, 0, 0x3), // Cmp_rm16_imm8
r(N::Cmp, E::Legacy, &[K::r32_or_mem, K::imm8sex32], 32, M::UInt32, 0, 0, 0x3), // Cmp_rm32_imm8
r(N::Cmp, E::Legacy, &[K::r64_or_mem, K::imm8sex64], 64, M::UInt64, 0, 0, 0x3), // Cmp_rm64_imm8
r(N::Test, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Test_rm8_r8
r(N::Test, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Test_rm16_r16
r(N::Test, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Test_rm32_r32
r(N::Test, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Test_rm64_r64
r(N::Xchg, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Xchg_rm8_r8
r(N::Xchg, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Xchg_rm16_r16
r(N::Xchg, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Xchg_rm32_r32
r(N::Xchg, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Xchg_rm64_r64
r(N::Mov, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Mov_rm8_r8
r(N::Mov, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Mov_rm16_r16
r(N::Mov, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Mov_rm32_r32
r(N::Mov, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Mov_rm64_r64
r(N::Mov, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Mov_r8_rm8
r(N::Mov, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Mov_r16_rm16
r(N::Mov, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Mov_r32_rm32
r(N::Mov, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Mov_r64_rm64
r(N::Mov, E::Legacy, &[K::r16_or_mem, K::seg_reg], 16, M::UInt16, 0, 0, 0x3), // Mov_rm16_Sreg
r(N::Mov, E::Legacy, &[K::r32_or_mem, K::seg_reg], 32, M::UInt16, 0, 0, 0x3), // Mov_r32m16_Sreg
r(N::Mov, E::Legacy, &[K::r64_or_mem, K::seg_reg], 64, M::UInt16, 0, 0, 0x3), // Mov_r64m16_Sreg
r(N::Lea, E::Legacy, &[K::r16_reg, K::mem], 16, M::Unknown, 0, 0, 0x3), // Lea_r16_m
r(N::Lea, E::Legacy, &[K::r32_reg, K::mem], 32, M::Unknown, 0, 0, 0x3), // Lea_r32_m
r(N::Lea, E::Legacy, &[K::r64_reg, K::mem], 64, M::Unknown, 0, 0, 0x3), // Lea_r64_m
r(N::Mov, E::Legacy, &[K::seg_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Mov_Sreg_rm16
r(N::Mov, E::Legacy, &[K::seg_reg, K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Mov_Sreg_r32m16
r(N::Mov, E::Legacy, &[K::seg_reg, K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Mov_Sreg_r64m16
r(N::Pop, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Pop_rm16
r(N::Pop, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x1), // Pop_rm32
r(N::Pop, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Pop_rm64
r(N::Nop, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Nopw
r(N::Nop, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x3), // Nopd
r(N::Nop, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Nopq
r(N::Xchg, E::Legacy, &[K::r16_opcode, K::ax], 16, M::Unknown, 0, 0, 0x3), // Xchg_r16_AX
r(N::Xchg, E::Legacy, &[K::r32_opcode, K::eax], 32, M::Unknown, 0, 0, 0x3), // Xchg_r32_EAX
r(N::Xchg, E::Legacy, &[K::r64_opcode, K::rax], 64, M::Unknown, 0, 0, 0x3), // Xchg_r64_RAX
r(N::Pause, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pause
r(N::Cbw, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Cbw
r(N::Cwde, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x3), // Cwde
r(N::Cdqe, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Cdqe
r(N::Cwd, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Cwd
r(N::Cdq, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x3), // Cdq
r(N::Cqo, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Cqo
r(N::Call, E::Legacy, &[K::farbr2_2], 16, M::Unknown, 0, 0, 0x1), // Call_ptr1616
r(N::Call, E::Legacy, &[K::farbr4_2], 32, M::Unknown, 0, 0, 0x1), // Call_ptr1632
r(N::Wait, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wait
r(N::Pushf, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Pushfw
r(N::Pushfd, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Pushfd
r(N::Pushfq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Pushfq
r(N::Popf, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Popfw
r(N::Popfd, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Popfd
r(N::Popfq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Popfq
r(N::Sahf, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sahf
r(N::Lahf, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lahf
r(N::Mov, E::Legacy, &[K::al, K::mem_offs], 0, M::UInt8, 0, 0, 0x3), // Mov_AL_moffs8
r(N::Mov, E::Legacy, &[K::ax, K::mem_offs], 16, M::UInt16, 0, 0, 0x3), // Mov_AX_moffs16
r(N::Mov, E::Legacy, &[K::eax, K::mem_offs], 32, M::UInt32, 0, 0, 0x3), // Mov_EAX_moffs32
r(N::Mov, E::Legacy, &[K::rax, K::mem_offs], 64, M::UInt64, 0, 0, 0x3), // Mov_RAX_moffs64
r(N::Mov, E::Legacy, &[K::mem_offs, K::al], 0, M::UInt8, 0, 0, 0x3), // Mov_moffs8_AL
r(N::Mov, E::Legacy, &[K::mem_offs, K::ax], 16, M::UInt16, 0, 0, 0x3), // Mov_moffs16_AX
r(N::Mov, E::Legacy, &[K::mem_offs, K::eax], 32, M::UInt32, 0, 0, 0x3), // Mov_moffs32_EAX
r(N::Mov, E::Legacy, &[K::mem_offs, K::rax], 64, M::UInt64, 0, 0, 0x3), // Mov_moffs64_RAX
r(N::Movsb, E::Legacy, &[K::es_rDI, K::seg_rSI], 0, M::UInt8, 0, 0, 0x3), // Movsb_m8_m8
r(N::Movsw, E::Legacy, &[K::es_rDI, K::seg_rSI], 16, M::UInt16, 0, 0, 0x3), // Movsw_m16_m16
r(N::Movsd, E::Legacy, &[K::es_rDI, K::seg_rSI], 32, M::UInt32, 0, 0, 0x3), // Movsd_m32_m32
r(N::Movsq, E::Legacy, &[K::es_rDI, K::seg_rSI], 64, M::UInt64, 0, 0, 0x3), // Movsq_m64_m64
r(N::Cmpsb, E::Legacy, &[K::seg_rSI, K::es_rDI], 0, M::UInt8, 0, 0, 0x3), // Cmpsb_m8_m8
r(N::Cmpsw, E::Legacy, &[K::seg_rSI, K::es_rDI], 16, M::UInt16, 0, 0, 0x3), // Cmpsw_m16_m16
r(N::Cmpsd, E::Legacy, &[K::seg_rSI, K::es_rDI], 32, M::UInt32, 0, 0, 0x3), // Cmpsd_m32_m32
r(N::Cmpsq, E::Legacy, &[K::seg_rSI, K::es_rDI], 64, M::UInt64, 0, 0, 0x3), // Cmpsq_m64_m64
r(N::Test, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Test_AL_imm8
r(N::Test, E::Legacy, &[K::ax, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Test_AX_imm16
r(N::Test, E::Legacy, &[K::eax, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Test_EAX_imm32
r(N::Test, E::Legacy, &[K::rax, K::imm32sex64], 64, M::Unknown, 0, 0, 0x3), // Test_RAX_imm32
r(N::Stosb, E::Legacy, &[K::es_rDI, K::al], 0, M::UInt8, 0, 0, 0x3), // Stosb_m8_AL
r(N::Stosw, E::Legacy, &[K::es_rDI, K::ax], 16, M::UInt16, 0, 0, 0x3), // Stosw_m16_AX
r(N::Stosd, E::Legacy, &[K::es_rDI, K::eax], 32, M::UInt32, 0, 0, 0x3), // Stosd_m32_EAX
r(N::Stosq, E::Legacy, &[K::es_rDI, K::rax], 64, M::UInt64, 0, 0, 0x3), // Stosq_m64_RAX
r(N::Lodsb, E::Legacy, &[K::al, K::seg_rSI], 0, M::UInt8, 0, 0, 0x3), // Lodsb_AL_m8
r(N::Lodsw, E::Legacy, &[K::ax, K::seg_rSI], 16, M::UInt16, 0, 0, 0x3), // Lodsw_AX_m16
r(N::Lodsd, E::Legacy, &[K::eax, K::seg_rSI], 32, M::UInt32, 0, 0, 0x3), // Lodsd_EAX_m32
r(N::Lodsq, E::Legacy, &[K::rax, K::seg_rSI], 64, M::UInt64, 0, 0, 0x3), // Lodsq_RAX_m64
r(N::Scasb, E::Legacy, &[K::al, K::es_rDI], 0, M::UInt8, 0, 0, 0x3), // Scasb_AL_m8
r(N::Scasw, E::Legacy, &[K::ax, K::es_rDI], 16, M::UInt16, 0, 0, 0x3), // Scasw_AX_m16
r(N::Scasd, E::Legacy, &[K::eax, K::es_rDI], 32, M::UInt32, 0, 0, 0x3), // Scasd_EAX_m32
r(N::Scasq, E::Legacy, &[K::rax, K::es_rDI], 64, M::UInt64, 0, 0, 0x3), // Scasq_RAX_m64
r(N::Mov, E::Legacy, &[K::r8_opcode, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Mov_r8_imm8
r(N::Mov, E::Legacy, &[K::r16_opcode, K::imm16], 16, M::Unknown, 0, 0, 0x3), // Mov_r16_imm16
r(N::Mov, E::Legacy, &[K::r32_opcode, K::imm32], 32, M::Unknown, 0, 0, 0x3), // Mov_r32_imm32
r(N::Mov, E::Legacy, &[K::r64_opcode, K::imm64], 64, M::Unknown, 0, 0, 0x3), // Mov_r64_imm64
r(N::Rol, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Rol_rm8_imm8
r(N::Ror, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Ror_rm8_imm8
r(N::Rcl, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Rcl_rm8_imm8
r(N::Rcr, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Rcr_rm8_imm8
r(N::Shl, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Shl_rm8_imm8
r(N::Shr, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Shr_rm8_imm8
r(N::Sal, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Sal_rm8_imm8
r(N::Sar, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::Int8, 0, 0, 0x3), // Sar_rm8_imm8
r(N::Rol, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Rol_rm16_imm8
r(N::Rol, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Rol_rm32_imm8
r(N::Rol, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Rol_rm64_imm8
r(N::Ror, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Ror_rm16_imm8
r(N::Ror, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Ror_rm32_imm8
r(N::Ror, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Ror_rm64_imm8
r(N::Rcl, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Rcl_rm16_imm8
r(N::Rcl, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Rcl_rm32_imm8
r(N::Rcl, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Rcl_rm64_imm8
r(N::Rcr, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Rcr_rm16_imm8
r(N::Rcr, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Rcr_rm32_imm8
r(N::Rcr, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Rcr_rm64_imm8
r(N::Shl, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Shl_rm16_imm8
r(N::Shl, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Shl_rm32_imm8
r(N::Shl, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Shl_rm64_imm8
r(N::Shr, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Shr_rm16_imm8
r(N::Shr, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Shr_rm32_imm8
r(N::Shr, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Shr_rm64_imm8
r(N::Sal, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Sal_rm16_imm8
r(N::Sal, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Sal_rm32_imm8
r(N::Sal, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Sal_rm64_imm8
r(N::Sar, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::Int16, 0, 0, 0x3), // Sar_rm16_imm8
r(N::Sar, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::Int32, 0, 0, 0x3), // Sar_rm32_imm8
r(N::Sar, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::Int64, 0, 0, 0x3), // Sar_rm64_imm8
r(N::Ret, E::Legacy, &[K::imm16], 16, M::Unknown, 0, 0, 0x3), // Retnw_imm16
r(N::Ret, E::Legacy, &[K::imm16], 32, M::Unknown, 0, 0, 0x1), // Retnd_imm16
r(N::Ret, E::Legacy, &[K::imm16], 64, M::Unknown, 0, 0, 0x3), // Retnq_imm16
r(N::Ret, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Retnw
r(N::Ret, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Retnd
r(N::Ret, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Retnq
r(N::Les, E::Legacy, &[K::r16_reg, K::mem], 16, M::SegPtr16, 0, 0, 0x1), // Les_r16_m1616
r(N::Les, E::Legacy, &[K::r32_reg, K::mem], 32, M::SegPtr32, 0, 0, 0x1), // Les_r32_m1632
r(N::Lds, E::Legacy, &[K::r16_reg, K::mem], 16, M::SegPtr16, 0, 0, 0x1), // Lds_r16_m1616
r(N::Lds, E::Legacy, &[K::r32_reg, K::mem], 32, M::SegPtr32, 0, 0, 0x1), // Lds_r32_m1632
r(N::Mov, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Mov_rm8_imm8
r(N::Xabort, E::Legacy, &[K::imm8], 0, M::Unknown, 0, 0, 0x3), // Xabort_imm8
r(N::Mov, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Mov_rm16_imm16
r(N::Mov, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Mov_rm32_imm32
r(N::Mov, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Mov_rm64_imm32
r(N::Xbegin, E::Legacy, &[K::xbegin_2], 16, M::Unknown, 0, 0, 0x3), // Xbegin_rel16
r(N::Xbegin, E::Legacy, &[K::xbegin_4], 32, M::Unknown, 0, 0, 0x3), // Xbegin_rel32
r(N::Enter, E::Legacy, &[K::imm16, K::imm8], 16, M::Unknown, 0, 0, 0x3), // Enterw_imm16_imm8
r(N::Enter, E::Legacy, &[K::imm16, K::imm8], 32, M::Unknown, 0, 0, 0x1), // Enterd_imm16_imm8
r(N::Enter, E::Legacy, &[K::imm16, K::imm8], 64, M::Unknown, 0, 0, 0x3), // Enterq_imm16_imm8
r(N::Leave, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Leavew
r(N::Leave, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x1), // Leaved
r(N::Leave, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Leaveq
r(N::Retf, E::Legacy, &[K::imm16], 16, M::Unknown, 0, 0, 0x3), // Retfw_imm16
r(N::Retf, E::Legacy, &[K::imm16], 32, M::Unknown, 0, 0, 0x3), // Retfd_imm16
r(N::Retf, E::Legacy, &[K::imm16], 64, M::Unknown, 0, 0, 0x3), // Retfq_imm16
r(N::Retf, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Retfw
r(N::Retf, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x3), // Retfd
r(N::Retf, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Retfq
r(N::Int3, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Int3
r(N::Int, E::Legacy, &[K::imm8], 0, M::Unknown, 0, 0, 0x3), // Int_imm8
r(N::Into, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Into
r(N::Iret, E::Legacy, &[], 16, M::Unknown, 0, 0, 0x3), // Iretw
r(N::Iretd, E::Legacy, &[], 32, M::Unknown, 0, 0, 0x3), // Iretd
r(N::Iretq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Iretq
r(N::Rol, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Rol_rm8_1
r(N::Ror, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Ror_rm8_1
r(N::Rcl, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Rcl_rm8_1
r(N::Rcr, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Rcr_rm8_1
r(N::Shl, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Shl_rm8_1
r(N::Shr, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Shr_rm8_1
r(N::Sal, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::UInt8, 0, 0, 0x3), // Sal_rm8_1
r(N::Sar, E::Legacy, &[K::r8_or_mem, K::imm8_const_1], 0, M::Int8, 0, 0, 0x3), // Sar_rm8_1
r(N::Rol, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Rol_rm16_1
r(N::Rol, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Rol_rm32_1
r(N::Rol, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Rol_rm64_1
r(N::Ror, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Ror_rm16_1
r(N::Ror, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Ror_rm32_1
r(N::Ror, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Ror_rm64_1
r(N::Rcl, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Rcl_rm16_1
r(N::Rcl, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Rcl_rm32_1
r(N::Rcl, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Rcl_rm64_1
r(N::Rcr, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Rcr_rm16_1
r(N::Rcr, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Rcr_rm32_1
r(N::Rcr, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Rcr_rm64_1
r(N::Shl, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Shl_rm16_1
r(N::Shl, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Shl_rm32_1
r(N::Shl, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Shl_rm64_1
r(N::Shr, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Shr_rm16_1
r(N::Shr, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Shr_rm32_1
r(N::Shr, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Shr_rm64_1
r(N::Sal, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::UInt16, 0, 0, 0x3), // Sal_rm16_1
r(N::Sal, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::UInt32, 0, 0, 0x3), // Sal_rm32_1
r(N::Sal, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::UInt64, 0, 0, 0x3), // Sal_rm64_1
r(N::Sar, E::Legacy, &[K::r16_or_mem, K::imm8_const_1], 16, M::Int16, 0, 0, 0x3), // Sar_rm16_1
r(N::Sar, E::Legacy, &[K::r32_or_mem, K::imm8_const_1], 32, M::Int32, 0, 0, 0x3), // Sar_rm32_1
r(N::Sar, E::Legacy, &[K::r64_or_mem, K::imm8_const_1], 64, M::Int64, 0, 0, 0x3), // Sar_rm64_1
r(N::Rol, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Rol_rm8_CL
r(N::Ror, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Ror_rm8_CL
r(N::Rcl, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Rcl_rm8_CL
r(N::Rcr, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Rcr_rm8_CL
r(N::Shl, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Shl_rm8_CL
r(N::Shr, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Shr_rm8_CL
r(N::Sal, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::UInt8, 0, 0, 0x3), // Sal_rm8_CL
r(N::Sar, E::Legacy, &[K::r8_or_mem, K::cl], 0, M::Int8, 0, 0, 0x3), // Sar_rm8_CL
r(N::Rol, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Rol_rm16_CL
r(N::Rol, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Rol_rm32_CL
r(N::Rol, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Rol_rm64_CL
r(N::Ror, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Ror_rm16_CL
r(N::Ror, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Ror_rm32_CL
r(N::Ror, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Ror_rm64_CL
r(N::Rcl, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Rcl_rm16_CL
r(N::Rcl, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Rcl_rm32_CL
r(N::Rcl, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Rcl_rm64_CL
r(N::Rcr, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Rcr_rm16_CL
r(N::Rcr, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Rcr_rm32_CL
r(N::Rcr, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Rcr_rm64_CL
r(N::Shl, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Shl_rm16_CL
r(N::Shl, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Shl_rm32_CL
r(N::Shl, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Shl_rm64_CL
r(N::Shr, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Shr_rm16_CL
r(N::Shr, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Shr_rm32_CL
r(N::Shr, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Shr_rm64_CL
r(N::Sal, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::UInt16, 0, 0, 0x3), // Sal_rm16_CL
r(N::Sal, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::UInt32, 0, 0, 0x3), // Sal_rm32_CL
r(N::Sal, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::UInt64, 0, 0, 0x3), // Sal_rm64_CL
r(N::Sar, E::Legacy, &[K::r16_or_mem, K::cl], 16, M::Int16, 0, 0, 0x3), // Sar_rm16_CL
r(N::Sar, E::Legacy, &[K::r32_or_mem, K::cl], 32, M::Int32, 0, 0, 0x3), // Sar_rm32_CL
r(N::Sar, E::Legacy, &[K::r64_or_mem, K::cl], 64, M::Int64, 0, 0, 0x3), // Sar_rm64_CL
r(N::Aam, E::Legacy, &[K::imm8], 0, M::Unknown, 0, 0, 0x1), // Aam_imm8
r(N::Aad, E::Legacy, &[K::imm8], 0, M::Unknown, 0, 0, 0x1), // Aad_imm8
r(N::Salc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Salc
r(N::Xlatb, E::Legacy, &[K::seg_rBX_al], 0, M::UInt8, 0, 0, 0x3), // Xlat_m8
r(N::Fadd, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fadd_m32fp
r(N::Fmul, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fmul_m32fp
r(N::Fcom, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fcom_m32fp
r(N::Fcomp, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fcomp_m32fp
r(N::Fsub, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fsub_m32fp
r(N::Fsubr, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fsubr_m32fp
r(N::Fdiv, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fdiv_m32fp
r(N::Fdivr, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fdivr_m32fp
r(N::Fadd, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fadd_st0_sti
r(N::Fmul, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fmul_st0_sti
r(N::Fcom, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcom_st0_sti
r(N::Fcomp, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcomp_st0_sti
r(N::Fsub, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fsub_st0_sti
r(N::Fsubr, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fsubr_st0_sti
r(N::Fdiv, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fdiv_st0_sti
r(N::Fdivr, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fdivr_st0_sti
r(N::Fld, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fld_m32fp
r(N::Fst, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fst_m32fp
r(N::Fstp, E::Legacy, &[K::mem], 0, M::Float32, 0, 0, 0x3), // Fstp_m32fp
r(N::Fldenv, E::Legacy, &[K::mem], 16, M::FpuEnv14, 0, 0, 0x3), // Fldenv_m14byte
r(N::Fldenv, E::Legacy, &[K::mem], 32, M::FpuEnv28, 0, 0, 0x3), // Fldenv_m28byte
r(N::Fldcw, E::Legacy, &[K::mem], 0, M::UInt16, 0, 0, 0x3), // Fldcw_m2byte
r(N::Fnstenv, E::Legacy, &[K::mem], 16, M::FpuEnv14, 0, 0, 0x3), // Fnstenv_m14byte
r(N::Fstenv, E::Legacy, &[K::mem], 16, M::FpuEnv14, 0, 0, 0x3), // Fstenv_m14byte
r(N::Fnstenv, E::Legacy, &[K::mem], 32, M::FpuEnv28, 0, 0, 0x3), // Fnstenv_m28byte
r(N::Fstenv, E::Legacy, &[K::mem], 32, M::FpuEnv28, 0, 0, 0x3), // Fstenv_m28byte
r(N::Fnstcw, E::Legacy, &[K::mem], 0, M::UInt16, 0, 0, 0x3), // Fnstcw_m2byte
r(N::Fstcw, E::Legacy, &[K::mem], 0, M::UInt16, 0, 0, 0x3), // Fstcw_m2byte
r(N::Fld, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fld_sti
r(N::Fxch, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fxch_st0_sti
r(N::Fnop, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fnop
r(N::Fstpnce, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fstpnce_sti
r(N::Fchs, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fchs
r(N::Fabs, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fabs
r(N::Ftst, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ftst
r(N::Fxam, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fxam
r(N::Fld1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fld1
r(N::Fldl2t, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldl2t
r(N::Fldl2e, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldl2e
r(N::Fldpi, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldpi
r(N::Fldlg2, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldlg2
r(N::Fldln2, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldln2
r(N::Fldz, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fldz
r(N::F2xm1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // F2xm1
r(N::Fyl2x, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fyl2x
r(N::Fptan, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fptan
r(N::Fpatan, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fpatan
r(N::Fxtract, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fxtract
r(N::Fprem1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fprem1
r(N::Fdecstp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fdecstp
r(N::Fincstp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fincstp
r(N::Fprem, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fprem
r(N::Fyl2xp1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fyl2xp1
r(N::Fsqrt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fsqrt
r(N::Fsincos, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fsincos
r(N::Frndint, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Frndint
r(N::Fscale, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fscale
r(N::Fsin, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fsin
r(N::Fcos, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fcos
r(N::Fiadd, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fiadd_m32int
r(N::Fimul, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fimul_m32int
r(N::Ficom, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Ficom_m32int
r(N::Ficomp, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Ficomp_m32int
r(N::Fisub, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fisub_m32int
r(N::Fisubr, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fisubr_m32int
r(N::Fidiv, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fidiv_m32int
r(N::Fidivr, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fidivr_m32int
r(N::Fcmovb, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovb_st0_sti
r(N::Fcmove, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmove_st0_sti
r(N::Fcmovbe, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovbe_st0_sti
r(N::Fcmovu, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovu_st0_sti
r(N::Fucompp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fucompp
r(N::Fild, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fild_m32int
r(N::Fisttp, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fisttp_m32int
r(N::Fist, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fist_m32int
r(N::Fistp, E::Legacy, &[K::mem], 0, M::Int32, 0, 0, 0x3), // Fistp_m32int
r(N::Fld, E::Legacy, &[K::mem], 0, M::Float80, 0, 0, 0x3), // Fld_m80fp
r(N::Fstp, E::Legacy, &[K::mem], 0, M::Float80, 0, 0, 0x3), // Fstp_m80fp
r(N::Fcmovnb, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovnb_st0_sti
r(N::Fcmovne, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovne_st0_sti
r(N::Fcmovnbe, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovnbe_st0_sti
r(N::Fcmovnu, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcmovnu_st0_sti
r(N::Fneni, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fneni
r(N::Feni, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Feni
r(N::Fndisi, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fndisi
r(N::Fdisi, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fdisi
r(N::Fnclex, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fnclex
r(N::Fclex, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fclex
r(N::Fninit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fninit
r(N::Finit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Finit
r(N::Fnsetpm, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fnsetpm
r(N::Fsetpm, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fsetpm
r(N::Frstpm, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Frstpm
r(N::Fucomi, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fucomi_st0_sti
r(N::Fcomi, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcomi_st0_sti
r(N::Fadd, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fadd_m64fp
r(N::Fmul, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fmul_m64fp
r(N::Fcom, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fcom_m64fp
r(N::Fcomp, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fcomp_m64fp
r(N::Fsub, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fsub_m64fp
r(N::Fsubr, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fsubr_m64fp
r(N::Fdiv, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fdiv_m64fp
r(N::Fdivr, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fdivr_m64fp
r(N::Fadd, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fadd_sti_st0
r(N::Fmul, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fmul_sti_st0
r(N::Fcom, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcom_st0_sti_DCD0
r(N::Fcomp, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcomp_st0_sti_DCD8
r(N::Fsubr, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fsubr_sti_st0
r(N::Fsub, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fsub_sti_st0
r(N::Fdivr, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fdivr_sti_st0
r(N::Fdiv, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fdiv_sti_st0
r(N::Fld, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fld_m64fp
r(N::Fisttp, E::Legacy, &[K::mem], 0, M::Int64, 0, 0, 0x3), // Fisttp_m64int
r(N::Fst, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fst_m64fp
r(N::Fstp, E::Legacy, &[K::mem], 0, M::Float64, 0, 0, 0x3), // Fstp_m64fp
r(N::Frstor, E::Legacy, &[K::mem], 16, M::FpuState94, 0, 0, 0x3), // Frstor_m94byte
r(N::Frstor, E::Legacy, &[K::mem], 32, M::FpuState108, 0, 0, 0x3), // Frstor_m108byte
r(N::Fnsave, E::Legacy, &[K::mem], 16, M::FpuState94, 0, 0, 0x3), // Fnsave_m94byte
r(N::Fsave, E::Legacy, &[K::mem], 16, M::FpuState94, 0, 0, 0x3), // Fsave_m94byte
r(N::Fnsave, E::Legacy, &[K::mem], 32, M::FpuState108, 0, 0, 0x3), // Fnsave_m108byte
r(N::Fsave, E::Legacy, &[K::mem], 32, M::FpuState108, 0, 0, 0x3), // Fsave_m108byte
r(N::Fnstsw, E::Legacy, &[K::mem], 0, M::UInt16, 0, 0, 0x3), // Fnstsw_m2byte
r(N::Fstsw, E::Legacy, &[K::mem], 0, M::UInt16, 0, 0, 0x3), // Fstsw_m2byte
r(N::Ffree, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Ffree_sti
r(N::Fxch, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fxch_st0_sti_DDC8
r(N::Fst, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fst_sti
r(N::Fstp, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fstp_sti
r(N::Fucom, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fucom_st0_sti
r(N::Fucomp, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fucomp_st0_sti
r(N::Fiadd, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fiadd_m16int
r(N::Fimul, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fimul_m16int
r(N::Ficom, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Ficom_m16int
r(N::Ficomp, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Ficomp_m16int
r(N::Fisub, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fisub_m16int
r(N::Fisubr, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fisubr_m16int
r(N::Fidiv, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fidiv_m16int
r(N::Fidivr, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fidivr_m16int
r(N::Faddp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Faddp_sti_st0
r(N::Fmulp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fmulp_sti_st0
r(N::Fcomp, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcomp_st0_sti_DED0
r(N::Fcompp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Fcompp
r(N::Fsubrp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fsubrp_sti_st0
r(N::Fsubp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fsubp_sti_st0
r(N::Fdivrp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fdivrp_sti_st0
r(N::Fdivp, E::Legacy, &[K::sti_opcode, K::st0], 0, M::Unknown, 0, 0, 0x3), // Fdivp_sti_st0
r(N::Fild, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fild_m16int
r(N::Fisttp, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fisttp_m16int
r(N::Fist, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fist_m16int
r(N::Fistp, E::Legacy, &[K::mem], 0, M::Int16, 0, 0, 0x3), // Fistp_m16int
r(N::Fbld, E::Legacy, &[K::mem], 0, M::Bcd, 0, 0, 0x3), // Fbld_m80bcd
r(N::Fild, E::Legacy, &[K::mem], 0, M::Int64, 0, 0, 0x3), // Fild_m64int
r(N::Fbstp, E::Legacy, &[K::mem], 0, M::Bcd, 0, 0, 0x3), // Fbstp_m80bcd
r(N::Fistp, E::Legacy, &[K::mem], 0, M::Int64, 0, 0, 0x3), // Fistp_m64int
r(N::Ffreep, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Ffreep_sti
r(N::Fxch, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fxch_st0_sti_DFC8
r(N::Fstp, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fstp_sti_DFD0
r(N::Fstp, E::Legacy, &[K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fstp_sti_DFD8
r(N::Fnstsw, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x3), // Fnstsw_AX
r(N::Fstsw, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x3), // Fstsw_AX
r(N::Fstdw, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x1), // Fstdw_AX
r(N::Fstsg, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x1), // Fstsg_AX
r(N::Fucomip, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fucomip_st0_sti
r(N::Fcomip, E::Legacy, &[K::st0, K::sti_opcode], 0, M::Unknown, 0, 0, 0x3), // Fcomip_st0_sti
r(N::Loopne, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x1), // Loopne_rel8_16_CX
r(N::Loopne, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loopne_rel8_32_CX
r(N::Loopne, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loopne_rel8_16_ECX
r(N::Loopne, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loopne_rel8_32_ECX
r(N::Loopne, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loopne_rel8_64_ECX
r(N::Loopne, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loopne_rel8_16_RCX
r(N::Loopne, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loopne_rel8_64_RCX
r(N::Loope, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x1), // Loope_rel8_16_CX
r(N::Loope, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loope_rel8_32_CX
r(N::Loope, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loope_rel8_16_ECX
r(N::Loope, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loope_rel8_32_ECX
r(N::Loope, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loope_rel8_64_ECX
r(N::Loope, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loope_rel8_16_RCX
r(N::Loope, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loope_rel8_64_RCX
r(N::Loop, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x1), // Loop_rel8_16_CX
r(N::Loop, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loop_rel8_32_CX
r(N::Loop, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loop_rel8_16_ECX
r(N::Loop, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Loop_rel8_32_ECX
r(N::Loop, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loop_rel8_64_ECX
r(N::Loop, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Loop_rel8_16_RCX
r(N::Loop, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Loop_rel8_64_RCX
r(N::Jcxz, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x1), // Jcxz_rel8_16
r(N::Jcxz, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jcxz_rel8_32
r(N::Jecxz, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jecxz_rel8_16
r(N::Jecxz, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jecxz_rel8_32
r(N::Jecxz, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jecxz_rel8_64
r(N::Jrcxz, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jrcxz_rel8_16
r(N::Jrcxz, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jrcxz_rel8_64
r(N::In, E::Legacy, &[K::al, K::imm8], 0, M::Unknown, 0, 0, 0x3), // In_AL_imm8
r(N::In, E::Legacy, &[K::ax, K::imm8], 16, M::Unknown, 0, 0, 0x3), // In_AX_imm8
r(N::In, E::Legacy, &[K::eax, K::imm8], 32, M::Unknown, 0, 0, 0x3), // In_EAX_imm8
r(N::Out, E::Legacy, &[K::imm8, K::al], 0, M::Unknown, 0, 0, 0x3), // Out_imm8_AL
r(N::Out, E::Legacy, &[K::imm8, K::ax], 16, M::Unknown, 0, 0, 0x3), // Out_imm8_AX
r(N::Out, E::Legacy, &[K::imm8, K::eax], 32, M::Unknown, 0, 0, 0x3), // Out_imm8_EAX
r(N::Call, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Call_rel16
r(N::Call, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Call_rel32_32
r(N::Call, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Call_rel32_64
r(N::Jmp, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jmp_rel16
r(N::Jmp, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jmp_rel32_32
r(N::Jmp, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jmp_rel32_64
r(N::Jmp, E::Legacy, &[K::farbr2_2], 16, M::Unknown, 0, 0, 0x1), // Jmp_ptr1616
r(N::Jmp, E::Legacy, &[K::farbr4_2], 32, M::Unknown, 0, 0, 0x1), // Jmp_ptr1632
r(N::Jmp, E::Legacy, &[K::br16_1], 16, M::Unknown, 0, 0, 0x3), // Jmp_rel8_16
r(N::Jmp, E::Legacy, &[K::br32_1], 32, M::Unknown, 0, 0, 0x1), // Jmp_rel8_32
r(N::Jmp, E::Legacy, &[K::br64_1], 64, M::Unknown, 0, 0, 0x3), // Jmp_rel8_64
r(N::In, E::Legacy, &[K::al, K::dx], 0, M::Unknown, 0, 0, 0x3), // In_AL_DX
r(N::In, E::Legacy, &[K::ax, K::dx], 16, M::Unknown, 0, 0, 0x3), // In_AX_DX
r(N::In, E::Legacy, &[K::eax, K::dx], 32, M::Unknown, 0, 0, 0x3), // In_EAX_DX
r(N::Out, E::Legacy, &[K::dx, K::al], 0, M::Unknown, 0, 0, 0x3), // Out_DX_AL
r(N::Out, E::Legacy, &[K::dx, K::ax], 16, M::Unknown, 0, 0, 0x3), // Out_DX_AX
r(N::Out, E::Legacy, &[K::dx, K::eax], 32, M::Unknown, 0, 0, 0x3), // Out_DX_EAX
r(N::Int1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Int1
r(N::Hlt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Hlt
r(N::Cmc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Cmc
r(N::Test, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Test_rm8_imm8
r(N::Test, E::Legacy, &[K::r8_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Test_rm8_imm8_F6r1
r(N::Not, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Not_rm8
r(N::Neg, E::Legacy, &[K::r8_or_mem], 0, M::Int8, 0, 0, 0x3), // Neg_rm8
r(N::Mul, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Mul_rm8
r(N::Imul, E::Legacy, &[K::r8_or_mem], 0, M::Int8, 0, 0, 0x3), // Imul_rm8
r(N::Div, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Div_rm8
r(N::Idiv, E::Legacy, &[K::r8_or_mem], 0, M::Int8, 0, 0, 0x3), // Idiv_rm8
r(N::Test, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Test_rm16_imm16
r(N::Test, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Test_rm32_imm32
r(N::Test, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Test_rm64_imm32
r(N::Test, E::Legacy, &[K::r16_or_mem, K::imm16], 16, M::UInt16, 0, 0, 0x3), // Test_rm16_imm16_F7r1
r(N::Test, E::Legacy, &[K::r32_or_mem, K::imm32], 32, M::UInt32, 0, 0, 0x3), // Test_rm32_imm32_F7r1
r(N::Test, E::Legacy, &[K::r64_or_mem, K::imm32sex64], 64, M::UInt64, 0, 0, 0x3), // Test_rm64_imm32_F7r1
r(N::Not, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Not_rm16
r(N::Not, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Not_rm32
r(N::Not, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Not_rm64
r(N::Neg, E::Legacy, &[K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Neg_rm16
r(N::Neg, E::Legacy, &[K::r32_or_mem], 32, M::Int32, 0, 0, 0x3), // Neg_rm32
r(N::Neg, E::Legacy, &[K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Neg_rm64
r(N::Mul, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Mul_rm16
r(N::Mul, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Mul_rm32
r(N::Mul, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Mul_rm64
r(N::Imul, E::Legacy, &[K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Imul_rm16
r(N::Imul, E::Legacy, &[K::r32_or_mem], 32, M::Int32, 0, 0, 0x3), // Imul_rm32
r(N::Imul, E::Legacy, &[K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Imul_rm64
r(N::Div, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Div_rm16
r(N::Div, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Div_rm32
r(N::Div, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Div_rm64
r(N::Idiv, E::Legacy, &[K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Idiv_rm16
r(N::Idiv, E::Legacy, &[K::r32_or_mem], 32, M::Int32, 0, 0, 0x3), // Idiv_rm32
r(N::Idiv, E::Legacy, &[K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Idiv_rm64
r(N::Clc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clc
r(N::Stc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Stc
r(N::Cli, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Cli
r(N::Sti, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sti
r(N::Cld, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Cld
r(N::Std, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Std
r(N::Inc, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Inc_rm8
r(N::Dec, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Dec_rm8
r(N::Inc, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Inc_rm16
r(N::Inc, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Inc_rm32
r(N::Inc, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Inc_rm64
r(N::Dec, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Dec_rm16
r(N::Dec, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Dec_rm32
r(N::Dec, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Dec_rm64
r(N::Call, E::Legacy, &[K::r16_or_mem], 16, M::WordOffset, 0, 0, 0x3), // Call_rm16
r(N::Call, E::Legacy, &[K::r32_or_mem], 32, M::DwordOffset, 0, 0, 0x1), // Call_rm32
r(N::Call, E::Legacy, &[K::r64_or_mem], 64, M::QwordOffset, 0, 0, 0x3), // Call_rm64
r(N::Call, E::Legacy, &[K::mem], 16, M::SegPtr16, 0, 0, 0x3), // Call_m1616
r(N::Call, E::Legacy, &[K::mem], 32, M::SegPtr32, 0, 0, 0x3), // Call_m1632
r(N::Call, E::Legacy, &[K::mem], 64, M::SegPtr64, 0, 0, 0x3), // Call_m1664
r(N::Jmp, E::Legacy, &[K::r16_or_mem], 16, M::WordOffset, 0, 0, 0x3), // Jmp_rm16
r(N::Jmp, E::Legacy, &[K::r32_or_mem], 32, M::DwordOffset, 0, 0, 0x1), // Jmp_rm32
r(N::Jmp, E::Legacy, &[K::r64_or_mem], 64, M::QwordOffset, 0, 0, 0x3), // Jmp_rm64
r(N::Jmp, E::Legacy, &[K::mem], 16, M::SegPtr16, 0, 0, 0x3), // Jmp_m1616
r(N::Jmp, E::Legacy, &[K::mem], 32, M::SegPtr32, 0, 0, 0x3), // Jmp_m1632
r(N::Jmp, E::Legacy, &[K::mem], 64, M::SegPtr64, 0, 0, 0x3), // Jmp_m1664
r(N::Push, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Push_rm16
r(N::Push, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x1), // Push_rm32
r(N::Push, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Push_rm64
r(N::Sldt, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Sldt_rm16
r(N::Sldt, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Sldt_r32m16
r(N::Sldt, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Sldt_r64m16
r(N::Str, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Str_rm16
r(N::Str, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Str_r32m16
r(N::Str, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Str_r64m16
r(N::Lldt, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lldt_rm16
r(N::Lldt, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Lldt_r32m16
r(N::Lldt, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Lldt_r64m16
r(N::Ltr, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Ltr_rm16
r(N::Ltr, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Ltr_r32m16
r(N::Ltr, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Ltr_r64m16
r(N::Verr, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Verr_rm16
r(N::Verr, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Verr_r32m16
r(N::Verr, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Verr_r64m16
r(N::Verw, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Verw_rm16
r(N::Verw, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Verw_r32m16
r(N::Verw, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Verw_r64m16
r(N::Jmpe, E::Legacy, &[K::r16_or_mem], 16, M::WordOffset, 0, 0, 0x1), // Jmpe_rm16
r(N::Jmpe, E::Legacy, &[K::r32_or_mem], 32, M::DwordOffset, 0, 0, 0x1), // Jmpe_rm32
r(N::Sgdt, E::Legacy, &[K::mem], 16, M::Fword6, 0, 0, 0x1), // Sgdt_m1632_16
r(N::Sgdt, E::Legacy, &[K::mem], 32, M::Fword6, 0, 0, 0x1), // Sgdt_m1632
r(N::Sgdt, E::Legacy, &[K::mem], 0, M::Fword10, 0, 0, 0x3), // Sgdt_m1664
r(N::Sidt, E::Legacy, &[K::mem], 16, M::Fword6, 0, 0, 0x1), // Sidt_m1632_16
r(N::Sidt, E::Legacy, &[K::mem], 32, M::Fword6, 0, 0, 0x1), // Sidt_m1632
r(N::Sidt, E::Legacy, &[K::mem], 0, M::Fword10, 0, 0, 0x3), // Sidt_m1664
r(N::Lgdt, E::Legacy, &[K::mem], 16, M::Fword6, 0, 0, 0x1), // Lgdt_m1632_16
r(N::Lgdt, E::Legacy, &[K::mem], 32, M::Fword6, 0, 0, 0x1), // Lgdt_m1632
r(N::Lgdt, E::Legacy, &[K::mem], 0, M::Fword10, 0, 0, 0x3), // Lgdt_m1664
r(N::Lidt, E::Legacy, &[K::mem], 16, M::Fword6, 0, 0, 0x1), // Lidt_m1632_16
r(N::Lidt, E::Legacy, &[K::mem], 32, M::Fword6, 0, 0, 0x1), // Lidt_m1632
r(N::Lidt, E::Legacy, &[K::mem], 0, M::Fword10, 0, 0, 0x3), // Lidt_m1664
r(N::Smsw, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Smsw_rm16
r(N::Smsw, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Smsw_r32m16
r(N::Smsw, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Smsw_r64m16
r(N::Rstorssp, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Rstorssp_m64
r(N::Lmsw, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lmsw_rm16
r(N::Lmsw, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Lmsw_r32m16
r(N::Lmsw, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Lmsw_r64m16
r(N::Invlpg, E::Legacy, &[K::mem], 0, M::Unknown, 0, 0, 0x3), // Invlpg_m
r(N::Enclv, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Enclv
r(N::Vmcall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmcall
r(N::Vmlaunch, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmlaunch
r(N::Vmresume, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmresume
r(N::Vmxoff, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmxoff
r(N::Pconfig, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pconfig
r(N::Monitor, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Monitorw
r(N::Monitor, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Monitord
r(N::Monitor, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Monitorq
r(N::Mwait, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mwait
r(N::Clac, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clac
r(N::Stac, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Stac
r(N::Encls, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Encls
r(N::Xgetbv, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xgetbv
r(N::Xsetbv, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsetbv
r(N::Vmfunc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmfunc
r(N::Xend, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xend
r(N::Xtest, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xtest
r(N::Enclu, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Enclu
r(N::Vmrun, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Vmrunw
r(N::Vmrun, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmrund
r(N::Vmrun, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmrunq
r(N::Vmmcall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmmcall
r(N::Vmload, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Vmloadw
r(N::Vmload, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmloadd
r(N::Vmload, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmloadq
r(N::Vmsave, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Vmsavew
r(N::Vmsave, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmsaved
r(N::Vmsave, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmsaveq
r(N::Stgi, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Stgi
r(N::Clgi, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clgi
r(N::Skinit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Skinit
r(N::Invlpga, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Invlpgaw
r(N::Invlpga, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Invlpgad
r(N::Invlpga, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Invlpgaq
r(N::Setssbsy, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Setssbsy
r(N::Saveprevssp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Saveprevssp
r(N::Rdpkru, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdpkru
r(N::Wrpkru, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wrpkru
r(N::Swapgs, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Swapgs
r(N::Rdtscp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdtscp
r(N::Monitorx, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Monitorxw
r(N::Monitorx, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Monitorxd
r(N::Monitorx, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Monitorxq
r(N::Mcommit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mcommit
r(N::Mwaitx, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mwaitx
r(N::Clzero, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Clzerow
r(N::Clzero, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clzerod
r(N::Clzero, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clzeroq
r(N::Rdpru, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdpru
r(N::Lar, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lar_r16_rm16
r(N::Lar, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Lar_r32_r32m16
r(N::Lar, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Lar_r64_r64m16
r(N::Lsl, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lsl_r16_rm16
r(N::Lsl, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Lsl_r32_r32m16
r(N::Lsl, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Lsl_r64_r64m16
r(N::Storeall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Storeall
r(N::Loadall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Loadall286
r(N::Syscall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Syscall
r(N::Clts, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clts
r(N::Loadall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Loadall386
r(N::Sysret, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sysretd
r(N::Sysretq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Sysretq
r(N::Invd, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Invd
r(N::Wbinvd, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wbinvd
r(N::Wbnoinvd, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wbnoinvd
r(N::Cl1invmb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cl1invmb
r(N::Ud2, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ud2
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F0D
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F0D
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F0D
r(N::Prefetch, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetch_m8
r(N::Prefetchw, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchw_m8
r(N::Prefetchwt1, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchwt1_m8
r(N::Femms, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Femms
r(N::Umov, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x1), // Umov_rm8_r8
r(N::Umov, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x1), // Umov_rm16_r16
r(N::Umov, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x1), // Umov_rm32_r32
r(N::Umov, E::Legacy, &[K::r8_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x1), // Umov_r8_rm8
r(N::Umov, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x1), // Umov_r16_rm16
r(N::Umov, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x1), // Umov_r32_rm32
r(N::Movups, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Movups_xmm_xmmm128
r(N::Vmovups, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovups_xmm_xmmm128
r(N::Vmovups, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovups_ymm_ymmm256
r(N::Vmovups, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovups_xmm_k1z_xmmm128
r(N::Vmovups, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovups_ymm_k1z_ymmm256
r(N::Vmovups, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovups_zmm_k1z_zmmm512
r(N::Movupd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Movupd_xmm_xmmm128
r(N::Vmovupd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmovupd_xmm_xmmm128
r(N::Vmovupd, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovupd_ymm_ymmm256
r(N::Vmovupd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vmovupd_xmm_k1z_xmmm128
r(N::Vmovupd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vmovupd_ymm_k1z_ymmm256
r(N::Vmovupd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vmovupd_zmm_k1z_zmmm512
r(N::Movss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Movss_xmm_xmmm32
r(N::Vmovss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovss_xmm_xmm_xmm
r(N::Vmovss, E::VEX, &[K::xmm_reg, K::mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vmovss_xmm_m32
r(N::Vmovss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vmovss_xmm_k1z_xmm_xmm
r(N::Vmovss, E::EVEX, &[K::xmm_reg, K::mem], 0, M::Float32, 0, 0, 0xc3), // EVEX_Vmovss_xmm_k1z_m32
r(N::Movsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Movsd_xmm_xmmm64
r(N::Vmovsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovsd_xmm_xmm_xmm
r(N::Vmovsd, E::VEX, &[K::xmm_reg, K::mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovsd_xmm_m64
r(N::Vmovsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 1, 0, 0xc3), // EVEX_Vmovsd_xmm_k1z_xmm_xmm
r(N::Vmovsd, E::EVEX, &[K::xmm_reg, K::mem], 0, M::Float64, 1, 0, 0xc3), // EVEX_Vmovsd_xmm_k1z_m64
r(N::Movups, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // Movups_xmmm128_xmm
r(N::Vmovups, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovups_xmmm128_xmm
r(N::Vmovups, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovups_ymmm256_ymm
r(N::Vmovups, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovups_xmmm128_k1z_xmm
r(N::Vmovups, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovups_ymmm256_k1z_ymm
r(N::Vmovups, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovups_zmmm512_k1z_zmm
r(N::Movupd, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // Movupd_xmmm128_xmm
r(N::Vmovupd, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmovupd_xmmm128_xmm
r(N::Vmovupd, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovupd_ymmm256_ymm
r(N::Vmovupd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vmovupd_xmmm128_k1z_xmm
r(N::Vmovupd, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vmovupd_ymmm256_k1z_ymm
r(N::Vmovupd, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vmovupd_zmmm512_k1z_zmm
r(N::Movss, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Float32, 0, 0, 0x3), // Movss_xmmm32_xmm
r(N::Vmovss, E::VEX, &[K::xmm_rm, K::xmm_vvvv, K::xmm_reg], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovss_xmm_xmm_xmm_0F11
r(N::Vmovss, E::VEX, &[K::mem, K::xmm_reg], 0, M::Float32, 0, 0, 0x3), // VEX_Vmovss_m32_xmm
r(N::Vmovss, E::EVEX, &[K::xmm_rm, K::xmm_vvvv, K::xmm_reg], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vmovss_xmm_k1z_xmm_xmm_0F11
r(N::Vmovss, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Float32, 0, 0, 0x43), // EVEX_Vmovss_m32_k1_xmm
r(N::Movsd, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // Movsd_xmmm64_xmm
r(N::Vmovsd, E::VEX, &[K::xmm_rm, K::xmm_vvvv, K::xmm_reg], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovsd_xmm_xmm_xmm_0F11
r(N::Vmovsd, E::VEX, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovsd_m64_xmm
r(N::Vmovsd, E::EVEX, &[K::xmm_rm, K::xmm_vvvv, K::xmm_reg], 0, M::Unknown, 1, 0, 0xc3), // EVEX_Vmovsd_xmm_k1z_xmm_xmm_0F11
r(N::Vmovsd, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Float64, 1, 0, 0x43), // EVEX_Vmovsd_m64_k1_xmm
r(N::Movhlps, E::Legacy, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Movhlps_xmm_xmm
r(N::Movlps, E::Legacy, &[K::xmm_reg, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // Movlps_xmm_m64
r(N::Vmovhlps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovhlps_xmm_xmm_xmm
r(N::Vmovlps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // VEX_Vmovlps_xmm_xmm_m64
r(N::Vmovhlps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vmovhlps_xmm_xmm_xmm
r(N::Vmovlps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // EVEX_Vmovlps_xmm_xmm_m64
r(N::Movlpd, E::Legacy, &[K::xmm_reg, K::mem], 0, M::Float64, 0, 0, 0x3), // Movlpd_xmm_m64
r(N::Vmovlpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovlpd_xmm_xmm_m64
r(N::Vmovlpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Float64, 1, 0, 0x3), // EVEX_Vmovlpd_xmm_xmm_m64
r(N::Movsldup, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Movsldup_xmm_xmmm128
r(N::Vmovsldup, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovsldup_xmm_xmmm128
r(N::Vmovsldup, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovsldup_ymm_ymmm256
r(N::Vmovsldup, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovsldup_xmm_k1z_xmmm128
r(N::Vmovsldup, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovsldup_ymm_k1z_ymmm256
r(N::Vmovsldup, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovsldup_zmm_k1z_zmmm512
r(N::Movddup, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Movddup_xmm_xmmm64
r(N::Vmovddup, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovddup_xmm_xmmm64
r(N::Vmovddup, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovddup_ymm_ymmm256
r(N::Vmovddup, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xc3), // EVEX_Vmovddup_xmm_k1z_xmmm64
r(N::Vmovddup, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vmovddup_ymm_k1z_ymmm256
r(N::Vmovddup, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vmovddup_zmm_k1z_zmmm512
r(N::Movlps, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // Movlps_m64_xmm
r(N::Vmovlps, E::VEX, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // VEX_Vmovlps_m64_xmm
r(N::Vmovlps, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // EVEX_Vmovlps_m64_xmm
r(N::Movlpd, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // Movlpd_m64_xmm
r(N::Vmovlpd, E::VEX, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovlpd_m64_xmm
r(N::Vmovlpd, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Float64, 1, 0, 0x3), // EVEX_Vmovlpd_m64_xmm
r(N::Unpcklps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Unpcklps_xmm_xmmm128
r(N::Vunpcklps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vunpcklps_xmm_xmm_xmmm128
r(N::Vunpcklps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vunpcklps_ymm_ymm_ymmm256
r(N::Vunpcklps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vunpcklps_xmm_k1z_xmm_xmmm128b32
r(N::Vunpcklps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vunpcklps_ymm_k1z_ymm_ymmm256b32
r(N::Vunpcklps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vunpcklps_zmm_k1z_zmm_zmmm512b32
r(N::Unpcklpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Unpcklpd_xmm_xmmm128
r(N::Vunpcklpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vunpcklpd_xmm_xmm_xmmm128
r(N::Vunpcklpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vunpcklpd_ymm_ymm_ymmm256
r(N::Vunpcklpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vunpcklpd_xmm_k1z_xmm_xmmm128b64
r(N::Vunpcklpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vunpcklpd_ymm_k1z_ymm_ymmm256b64
r(N::Vunpcklpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vunpcklpd_zmm_k1z_zmm_zmmm512b64
r(N::Unpckhps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Unpckhps_xmm_xmmm128
r(N::Vunpckhps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vunpckhps_xmm_xmm_xmmm128
r(N::Vunpckhps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vunpckhps_ymm_ymm_ymmm256
r(N::Vunpckhps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vunpckhps_xmm_k1z_xmm_xmmm128b32
r(N::Vunpckhps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vunpckhps_ymm_k1z_ymm_ymmm256b32
r(N::Vunpckhps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vunpckhps_zmm_k1z_zmm_zmmm512b32
r(N::Unpckhpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Unpckhpd_xmm_xmmm128
r(N::Vunpckhpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vunpckhpd_xmm_xmm_xmmm128
r(N::Vunpckhpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vunpckhpd_ymm_ymm_ymmm256
r(N::Vunpckhpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vunpckhpd_xmm_k1z_xmm_xmmm128b64
r(N::Vunpckhpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vunpckhpd_ymm_k1z_ymm_ymmm256b64
r(N::Vunpckhpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vunpckhpd_zmm_k1z_zmm_zmmm512b64
r(N::Movlhps, E::Legacy, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Movlhps_xmm_xmm
r(N::Vmovlhps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovlhps_xmm_xmm_xmm
r(N::Vmovlhps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vmovlhps_xmm_xmm_xmm
r(N::Movhps, E::Legacy, &[K::xmm_reg, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // Movhps_xmm_m64
r(N::Vmovhps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // VEX_Vmovhps_xmm_xmm_m64
r(N::Vmovhps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed64_Float32, 0, 0, 0x3), // EVEX_Vmovhps_xmm_xmm_m64
r(N::Movhpd, E::Legacy, &[K::xmm_reg, K::mem], 0, M::Float64, 0, 0, 0x3), // Movhpd_xmm_m64
r(N::Vmovhpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovhpd_xmm_xmm_m64
r(N::Vmovhpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Float64, 1, 0, 0x3), // EVEX_Vmovhpd_xmm_xmm_m64
r(N::Movshdup, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Movshdup_xmm_xmmm128
r(N::Vmovshdup, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovshdup_xmm_xmmm128
r(N::Vmovshdup, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovshdup_ymm_ymmm256
r(N::Vmovshdup, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovshdup_xmm_k1z_xmmm128
r(N::Vmovshdup, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovshdup_ymm_k1z_ymmm256
r(N::Vmovshdup, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovshdup_zmm_k1z_zmmm512
r(N::Movhps, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // Movhps_m64_xmm
r(N::Vmovhps, E::VEX, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // VEX_Vmovhps_m64_xmm
r(N::Vmovhps, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Packed64_Float32, 0, 0, 0x3), // EVEX_Vmovhps_m64_xmm
r(N::Movhpd, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // Movhpd_m64_xmm
r(N::Vmovhpd, E::VEX, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // VEX_Vmovhpd_m64_xmm
r(N::Vmovhpd, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Float64, 1, 0, 0x3), // EVEX_Vmovhpd_m64_xmm
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F18
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F18
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F18
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F19
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F19
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F19
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1A
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1A
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1A
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1B
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1B
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1B
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1C
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1C
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1C
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1D
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1D
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1D
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1E
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1E
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1E
r(N::Reservednop, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Reservednop_rm16_r16_0F1F
r(N::Reservednop, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Reservednop_rm32_r32_0F1F
r(N::Reservednop, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Reservednop_rm64_r64_0F1F
r(N::Prefetchnta, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchnta_m8
r(N::Prefetcht0, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetcht0_m8
r(N::Prefetcht1, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetcht1_m8
r(N::Prefetcht2, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetcht2_m8
r(N::Bndldx, E::Legacy, &[K::bnd_reg, K::mem_mib], 0, M::Unknown, 0, 0, 0x3), // Bndldx_bnd_mib
r(N::Bndmov, E::Legacy, &[K::bnd_reg, K::bnd_or_mem_mpx], 0, M::Bnd32, 0, 0, 0x1), // Bndmov_bnd_bndm64
r(N::Bndmov, E::Legacy, &[K::bnd_reg, K::bnd_or_mem_mpx], 0, M::Bnd64, 0, 0, 0x3), // Bndmov_bnd_bndm128
r(N::Bndcl, E::Legacy, &[K::bnd_reg, K::r32_or_mem_mpx], 0, M::UInt32, 0, 0, 0x1), // Bndcl_bnd_rm32
r(N::Bndcl, E::Legacy, &[K::bnd_reg, K::r64_or_mem_mpx], 0, M::UInt64, 0, 0, 0x3), // Bndcl_bnd_rm64
r(N::Bndcu, E::Legacy, &[K::bnd_reg, K::r32_or_mem_mpx], 0, M::UInt32, 0, 0, 0x1), // Bndcu_bnd_rm32
r(N::Bndcu, E::Legacy, &[K::bnd_reg, K::r64_or_mem_mpx], 0, M::UInt64, 0, 0, 0x3), // Bndcu_bnd_rm64
r(N::Bndstx, E::Legacy, &[K::mem_mib, K::bnd_reg], 0, M::Unknown, 0, 0, 0x3), // Bndstx_mib_bnd
r(N::Bndmov, E::Legacy, &[K::bnd_or_mem_mpx, K::bnd_reg], 0, M::Bnd32, 0, 0, 0x1), // Bndmov_bndm64_bnd
r(N::Bndmov, E::Legacy, &[K::bnd_or_mem_mpx, K::bnd_reg], 0, M::Bnd64, 0, 0, 0x3), // Bndmov_bndm128_bnd
r(N::Bndmk, E::Legacy, &[K::bnd_reg, K::mem_mpx], 0, M::UInt32, 0, 0, 0x1), // Bndmk_bnd_m32
r(N::Bndmk, E::Legacy, &[K::bnd_reg, K::mem_mpx], 0, M::UInt64, 0, 0, 0x3), // Bndmk_bnd_m64
r(N::Bndcn, E::Legacy, &[K::bnd_reg, K::r32_or_mem_mpx], 0, M::UInt32, 0, 0, 0x1), // Bndcn_bnd_rm32
r(N::Bndcn, E::Legacy, &[K::bnd_reg, K::r64_or_mem_mpx], 0, M::UInt64, 0, 0, 0x3), // Bndcn_bnd_rm64
r(N::Cldemote, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Cldemote_m8
r(N::Rdsspd, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Rdsspd_r32
r(N::Rdsspq, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Rdsspq_r64
r(N::Endbr64, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Endbr64
r(N::Endbr32, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Endbr32
r(N::Nop, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Nop_rm16
r(N::Nop, E::Legacy, &[K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Nop_rm32
r(N::Nop, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Nop_rm64
r(N::Mov, E::Legacy, &[K::r32_rm, K::cr_reg], 0, M::Unknown, 0, 0, 0x1), // Mov_r32_cr
r(N::Mov, E::Legacy, &[K::r64_rm, K::cr_reg], 0, M::Unknown, 0, 0, 0x3), // Mov_r64_cr
r(N::Mov, E::Legacy, &[K::r32_rm, K::dr_reg], 0, M::Unknown, 0, 0, 0x1), // Mov_r32_dr
r(N::Mov, E::Legacy, &[K::r64_rm, K::dr_reg], 0, M::Unknown, 0, 0, 0x3), // Mov_r64_dr
r(N::Mov, E::Legacy, &[K::cr_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x1), // Mov_cr_r32
r(N::Mov, E::Legacy, &[K::cr_reg, K::r64_rm], 0, M::Unknown, 0, 0, 0x3), // Mov_cr_r64
r(N::Mov, E::Legacy, &[K::dr_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x1), // Mov_dr_r32
r(N::Mov, E::Legacy, &[K::dr_reg, K::r64_rm], 0, M::Unknown, 0, 0, 0x3), // Mov_dr_r64
r(N::Mov, E::Legacy, &[K::r32_rm, K::tr_reg], 0, M::Unknown, 0, 0, 0x1), // Mov_r32_tr
r(N::Mov, E::Legacy, &[K::tr_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x1), // Mov_tr_r32
r(N::Movaps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Movaps_xmm_xmmm128
r(N::Vmovaps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovaps_xmm_xmmm128
r(N::Vmovaps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovaps_ymm_ymmm256
r(N::Vmovaps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovaps_xmm_k1z_xmmm128
r(N::Vmovaps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovaps_ymm_k1z_ymmm256
r(N::Vmovaps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovaps_zmm_k1z_zmmm512
r(N::Movapd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Movapd_xmm_xmmm128
r(N::Vmovapd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmovapd_xmm_xmmm128
r(N::Vmovapd, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovapd_ymm_ymmm256
r(N::Vmovapd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vmovapd_xmm_k1z_xmmm128
r(N::Vmovapd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vmovapd_ymm_k1z_ymmm256
r(N::Vmovapd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vmovapd_zmm_k1z_zmmm512
r(N::Movaps, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // Movaps_xmmm128_xmm
r(N::Vmovaps, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovaps_xmmm128_xmm
r(N::Vmovaps, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovaps_ymmm256_ymm
r(N::Vmovaps, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vmovaps_xmmm128_k1z_xmm
r(N::Vmovaps, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vmovaps_ymmm256_k1z_ymm
r(N::Vmovaps, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vmovaps_zmmm512_k1z_zmm
r(N::Movapd, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // Movapd_xmmm128_xmm
r(N::Vmovapd, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmovapd_xmmm128_xmm
r(N::Vmovapd, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovapd_ymmm256_ymm
r(N::Vmovapd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vmovapd_xmmm128_k1z_xmm
r(N::Vmovapd, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vmovapd_ymmm256_k1z_ymm
r(N::Vmovapd, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vmovapd_zmmm512_k1z_zmm
r(N::Cvtpi2ps, E::Legacy, &[K::xmm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Cvtpi2ps_xmm_mmm64
r(N::Cvtpi2pd, E::Legacy, &[K::xmm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Cvtpi2pd_xmm_mmm64
r(N::Cvtsi2ss, E::Legacy, &[K::xmm_reg, K::r32_or_mem], 0, M::Int32, 0, 0, 0x3), // Cvtsi2ss_xmm_rm32
r(N::Cvtsi2ss, E::Legacy, &[K::xmm_reg, K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Cvtsi2ss_xmm_rm64
r(N::Vcvtsi2ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::Int32, 0, 0, 0x3), // VEX_Vcvtsi2ss_xmm_xmm_rm32
r(N::Vcvtsi2ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::Int64, 1, 0, 0x3), // VEX_Vcvtsi2ss_xmm_xmm_rm64
r(N::Vcvtsi2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::Int32, 0, 0, 0x23), // EVEX_Vcvtsi2ss_xmm_xmm_rm32_er
r(N::Vcvtsi2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::Int64, 1, 0, 0x23), // EVEX_Vcvtsi2ss_xmm_xmm_rm64_er
r(N::Cvtsi2sd, E::Legacy, &[K::xmm_reg, K::r32_or_mem], 0, M::Int32, 0, 0, 0x3), // Cvtsi2sd_xmm_rm32
r(N::Cvtsi2sd, E::Legacy, &[K::xmm_reg, K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Cvtsi2sd_xmm_rm64
r(N::Vcvtsi2sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::Int32, 0, 0, 0x3), // VEX_Vcvtsi2sd_xmm_xmm_rm32
r(N::Vcvtsi2sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::Int64, 1, 0, 0x3), // VEX_Vcvtsi2sd_xmm_xmm_rm64
r(N::Vcvtsi2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::Int32, 0, 0, 0x23), // EVEX_Vcvtsi2sd_xmm_xmm_rm32_er
r(N::Vcvtsi2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::Int64, 1, 0, 0x23), // EVEX_Vcvtsi2sd_xmm_xmm_rm64_er
r(N::Movntps, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // Movntps_m128_xmm
r(N::Vmovntps, E::VEX, &[K::mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmovntps_m128_xmm
r(N::Vmovntps, E::VEX, &[K::mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmovntps_m256_ymm
r(N::Vmovntps, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // EVEX_Vmovntps_m128_xmm
r(N::Vmovntps, E::EVEX, &[K::mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0x3), // EVEX_Vmovntps_m256_ymm
r(N::Vmovntps, E::EVEX, &[K::mem, K::zmm_reg], 0, M::Packed512_Float32, 0, 2, 0x3), // EVEX_Vmovntps_m512_zmm
r(N::Movntpd, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // Movntpd_m128_xmm
r(N::Vmovntpd, E::VEX, &[K::mem, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmovntpd_m128_xmm
r(N::Vmovntpd, E::VEX, &[K::mem, K::ymm_reg], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmovntpd_m256_ymm
r(N::Vmovntpd, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Packed128_Float64, 1, 0, 0x3), // EVEX_Vmovntpd_m128_xmm
r(N::Vmovntpd, E::EVEX, &[K::mem, K::ymm_reg], 0, M::Packed256_Float64, 1, 1, 0x3), // EVEX_Vmovntpd_m256_ymm
r(N::Vmovntpd, E::EVEX, &[K::mem, K::zmm_reg], 0, M::Packed512_Float64, 1, 2, 0x3), // EVEX_Vmovntpd_m512_zmm
r(N::Movntss, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Float32, 0, 0, 0x3), // Movntss_m32_xmm
r(N::Movntsd, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Float64, 0, 0, 0x3), // Movntsd_m64_xmm
r(N::Cvttps2pi, E::Legacy, &[K::mm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // Cvttps2pi_mm_xmmm64
r(N::Cvttpd2pi, E::Legacy, &[K::mm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Cvttpd2pi_mm_xmmm128
r(N::Cvttss2si, E::Legacy, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Cvttss2si_r32_xmmm32
r(N::Cvttss2si, E::Legacy, &[K::r64_reg, K::xmm_or_mem], 64, M::Float32, 0, 0, 0x3), // Cvttss2si_r64_xmmm32
r(N::Vcvttss2si, E::VEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vcvttss2si_r32_xmmm32
r(N::Vcvttss2si, E::VEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vcvttss2si_r64_xmmm32
r(N::Vcvttss2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x13), // EVEX_Vcvttss2si_r32_xmmm32_sae
r(N::Vcvttss2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x13), // EVEX_Vcvttss2si_r64_xmmm32_sae
r(N::Cvttsd2si, E::Legacy, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Cvttsd2si_r32_xmmm64
r(N::Cvttsd2si, E::Legacy, &[K::r64_reg, K::xmm_or_mem], 64, M::Float64, 0, 0, 0x3), // Cvttsd2si_r64_xmmm64
r(N::Vcvttsd2si, E::VEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vcvttsd2si_r32_xmmm64
r(N::Vcvttsd2si, E::VEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vcvttsd2si_r64_xmmm64
r(N::Vcvttsd2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x13), // EVEX_Vcvttsd2si_r32_xmmm64_sae
r(N::Vcvttsd2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x13), // EVEX_Vcvttsd2si_r64_xmmm64_sae
r(N::Cvtps2pi, E::Legacy, &[K::mm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // Cvtps2pi_mm_xmmm64
r(N::Cvtpd2pi, E::Legacy, &[K::mm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Cvtpd2pi_mm_xmmm128
r(N::Cvtss2si, E::Legacy, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Cvtss2si_r32_xmmm32
r(N::Cvtss2si, E::Legacy, &[K::r64_reg, K::xmm_or_mem], 64, M::Float32, 0, 0, 0x3), // Cvtss2si_r64_xmmm32
r(N::Vcvtss2si, E::VEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vcvtss2si_r32_xmmm32
r(N::Vcvtss2si, E::VEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vcvtss2si_r64_xmmm32
r(N::Vcvtss2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x23), // EVEX_Vcvtss2si_r32_xmmm32_er
r(N::Vcvtss2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x23), // EVEX_Vcvtss2si_r64_xmmm32_er
r(N::Cvtsd2si, E::Legacy, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Cvtsd2si_r32_xmmm64
r(N::Cvtsd2si, E::Legacy, &[K::r64_reg, K::xmm_or_mem], 64, M::Float64, 0, 0, 0x3), // Cvtsd2si_r64_xmmm64
r(N::Vcvtsd2si, E::VEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vcvtsd2si_r32_xmmm64
r(N::Vcvtsd2si, E::VEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vcvtsd2si_r64_xmmm64
r(N::Vcvtsd2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x23), // EVEX_Vcvtsd2si_r32_xmmm64_er
r(N::Vcvtsd2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x23), // EVEX_Vcvtsd2si_r64_xmmm64_er
r(N::Ucomiss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Ucomiss_xmm_xmmm32
r(N::Vucomiss, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vucomiss_xmm_xmmm32
r(N::Vucomiss, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x13), // EVEX_Vucomiss_xmm_xmmm32_sae
r(N::Ucomisd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Ucomisd_xmm_xmmm64
r(N::Vucomisd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vucomisd_xmm_xmmm64
r(N::Vucomisd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x13), // EVEX_Vucomisd_xmm_xmmm64_sae
r(N::Comiss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Comiss_xmm_xmmm32
r(N::Comisd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Comisd_xmm_xmmm64
r(N::Vcomiss, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vcomiss_xmm_xmmm32
r(N::Vcomisd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vcomisd_xmm_xmmm64
r(N::Vcomiss, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x13), // EVEX_Vcomiss_xmm_xmmm32_sae
r(N::Vcomisd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x13), // EVEX_Vcomisd_xmm_xmmm64_sae
r(N::Wrmsr, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wrmsr
r(N::Rdtsc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdtsc
r(N::Rdmsr, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdmsr
r(N::Rdpmc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdpmc
r(N::Sysenter, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sysenter
r(N::Sysexit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sysexitd
r(N::Sysexitq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Sysexitq
r(N::Getsec, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Getsecd
r(N::Cmovo, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovo_r16_rm16
r(N::Cmovo, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovo_r32_rm32
r(N::Cmovo, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovo_r64_rm64
r(N::Cmovno, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovno_r16_rm16
r(N::Cmovno, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovno_r32_rm32
r(N::Cmovno, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovno_r64_rm64
r(N::Cmovb, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovb_r16_rm16
r(N::Cmovb, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovb_r32_rm32
r(N::Cmovb, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovb_r64_rm64
r(N::Cmovae, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovae_r16_rm16
r(N::Cmovae, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovae_r32_rm32
r(N::Cmovae, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovae_r64_rm64
r(N::Cmove, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmove_r16_rm16
r(N::Cmove, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmove_r32_rm32
r(N::Cmove, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmove_r64_rm64
r(N::Cmovne, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovne_r16_rm16
r(N::Cmovne, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovne_r32_rm32
r(N::Cmovne, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovne_r64_rm64
r(N::Cmovbe, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovbe_r16_rm16
r(N::Cmovbe, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovbe_r32_rm32
r(N::Cmovbe, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovbe_r64_rm64
r(N::Cmova, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmova_r16_rm16
r(N::Cmova, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmova_r32_rm32
r(N::Cmova, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmova_r64_rm64
r(N::Cmovs, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovs_r16_rm16
r(N::Cmovs, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovs_r32_rm32
r(N::Cmovs, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovs_r64_rm64
r(N::Cmovns, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovns_r16_rm16
r(N::Cmovns, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovns_r32_rm32
r(N::Cmovns, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovns_r64_rm64
r(N::Cmovp, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovp_r16_rm16
r(N::Cmovp, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovp_r32_rm32
r(N::Cmovp, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovp_r64_rm64
r(N::Cmovnp, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovnp_r16_rm16
r(N::Cmovnp, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovnp_r32_rm32
r(N::Cmovnp, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovnp_r64_rm64
r(N::Cmovl, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovl_r16_rm16
r(N::Cmovl, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovl_r32_rm32
r(N::Cmovl, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovl_r64_rm64
r(N::Cmovge, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovge_r16_rm16
r(N::Cmovge, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovge_r32_rm32
r(N::Cmovge, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovge_r64_rm64
r(N::Cmovle, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovle_r16_rm16
r(N::Cmovle, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovle_r32_rm32
r(N::Cmovle, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovle_r64_rm64
r(N::Cmovg, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Cmovg_r16_rm16
r(N::Cmovg, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Cmovg_r32_rm32
r(N::Cmovg, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Cmovg_r64_rm64
r(N::Kandw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kandw_kr_kr_kr
r(N::Kandq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kandq_kr_kr_kr
r(N::Kandb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kandb_kr_kr_kr
r(N::Kandd, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kandd_kr_kr_kr
r(N::Kandnw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kandnw_kr_kr_kr
r(N::Kandnq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kandnq_kr_kr_kr
r(N::Kandnb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kandnb_kr_kr_kr
r(N::Kandnd, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kandnd_kr_kr_kr
r(N::Knotw, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Knotw_kr_kr
r(N::Knotq, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Knotq_kr_kr
r(N::Knotb, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Knotb_kr_kr
r(N::Knotd, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Knotd_kr_kr
r(N::Korw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Korw_kr_kr_kr
r(N::Korq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Korq_kr_kr_kr
r(N::Korb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Korb_kr_kr_kr
r(N::Kord, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kord_kr_kr_kr
r(N::Kxnorw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kxnorw_kr_kr_kr
r(N::Kxnorq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kxnorq_kr_kr_kr
r(N::Kxnorb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kxnorb_kr_kr_kr
r(N::Kxnord, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kxnord_kr_kr_kr
r(N::Kxorw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kxorw_kr_kr_kr
r(N::Kxorq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kxorq_kr_kr_kr
r(N::Kxorb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kxorb_kr_kr_kr
r(N::Kxord, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kxord_kr_kr_kr
r(N::Kaddw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kaddw_kr_kr_kr
r(N::Kaddq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kaddq_kr_kr_kr
r(N::Kaddb, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kaddb_kr_kr_kr
r(N::Kaddd, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kaddd_kr_kr_kr
r(N::Kunpckwd, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kunpckwd_kr_kr_kr
r(N::Kunpckdq, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Kunpckdq_kr_kr_kr
r(N::Kunpckbw, E::VEX, &[K::k_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Kunpckbw_kr_kr_kr
r(N::Movmskps, E::Legacy, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Movmskps_r32_xmm
r(N::Movmskps, E::Legacy, &[K::r64_reg, K::xmm_rm], 64, M::Unknown, 0, 0, 0x3), // Movmskps_r64_xmm
r(N::Vmovmskps, E::VEX, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovmskps_r32_xmm
r(N::Vmovmskps, E::VEX, &[K::r64_reg, K::xmm_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Vmovmskps_r64_xmm
r(N::Vmovmskps, E::VEX, &[K::r32_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vmovmskps_r32_ymm
r(N::Vmovmskps, E::VEX, &[K::r64_reg, K::ymm_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Vmovmskps_r64_ymm
r(N::Movmskpd, E::Legacy, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Movmskpd_r32_xmm
r(N::Movmskpd, E::Legacy, &[K::r64_reg, K::xmm_rm], 64, M::Unknown, 0, 0, 0x3), // Movmskpd_r64_xmm
r(N::Vmovmskpd, E::VEX, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vmovmskpd_r32_xmm
r(N::Vmovmskpd, E::VEX, &[K::r64_reg, K::xmm_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Vmovmskpd_r64_xmm
r(N::Vmovmskpd, E::VEX, &[K::r32_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vmovmskpd_r32_ymm
r(N::Vmovmskpd, E::VEX, &[K::r64_reg, K::ymm_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Vmovmskpd_r64_ymm
r(N::Sqrtps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Sqrtps_xmm_xmmm128
r(N::Vsqrtps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vsqrtps_xmm_xmmm128
r(N::Vsqrtps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vsqrtps_ymm_ymmm256
r(N::Vsqrtps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vsqrtps_xmm_k1z_xmmm128b32
r(N::Vsqrtps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vsqrtps_ymm_k1z_ymmm256b32
r(N::Vsqrtps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vsqrtps_zmm_k1z_zmmm512b32_er
r(N::Sqrtpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Sqrtpd_xmm_xmmm128
r(N::Vsqrtpd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vsqrtpd_xmm_xmmm128
r(N::Vsqrtpd, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vsqrtpd_ymm_ymmm256
r(N::Vsqrtpd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vsqrtpd_xmm_k1z_xmmm128b64
r(N::Vsqrtpd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vsqrtpd_ymm_k1z_ymmm256b64
r(N::Vsqrtpd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vsqrtpd_zmm_k1z_zmmm512b64_er
r(N::Sqrtss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Sqrtss_xmm_xmmm32
r(N::Vsqrtss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vsqrtss_xmm_xmm_xmmm32
r(N::Vsqrtss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vsqrtss_xmm_k1z_xmm_xmmm32_er
r(N::Sqrtsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Sqrtsd_xmm_xmmm64
r(N::Vsqrtsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vsqrtsd_xmm_xmm_xmmm64
r(N::Vsqrtsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vsqrtsd_xmm_k1z_xmm_xmmm64_er
r(N::Rsqrtps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Rsqrtps_xmm_xmmm128
r(N::Vrsqrtps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vrsqrtps_xmm_xmmm128
r(N::Vrsqrtps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vrsqrtps_ymm_ymmm256
r(N::Rsqrtss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Rsqrtss_xmm_xmmm32
r(N::Vrsqrtss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vrsqrtss_xmm_xmm_xmmm32
r(N::Rcpps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Rcpps_xmm_xmmm128
r(N::Vrcpps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vrcpps_xmm_xmmm128
r(N::Vrcpps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vrcpps_ymm_ymmm256
r(N::Rcpss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Rcpss_xmm_xmmm32
r(N::Vrcpss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vrcpss_xmm_xmm_xmmm32
r(N::Andps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Andps_xmm_xmmm128
r(N::Vandps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vandps_xmm_xmm_xmmm128
r(N::Vandps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vandps_ymm_ymm_ymmm256
r(N::Vandps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vandps_xmm_k1z_xmm_xmmm128b32
r(N::Vandps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vandps_ymm_k1z_ymm_ymmm256b32
r(N::Vandps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vandps_zmm_k1z_zmm_zmmm512b32
r(N::Andpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Andpd_xmm_xmmm128
r(N::Vandpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vandpd_xmm_xmm_xmmm128
r(N::Vandpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vandpd_ymm_ymm_ymmm256
r(N::Vandpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vandpd_xmm_k1z_xmm_xmmm128b64
r(N::Vandpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vandpd_ymm_k1z_ymm_ymmm256b64
r(N::Vandpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vandpd_zmm_k1z_zmm_zmmm512b64
r(N::Andnps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Andnps_xmm_xmmm128
r(N::Vandnps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vandnps_xmm_xmm_xmmm128
r(N::Vandnps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vandnps_ymm_ymm_ymmm256
r(N::Vandnps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vandnps_xmm_k1z_xmm_xmmm128b32
r(N::Vandnps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vandnps_ymm_k1z_ymm_ymmm256b32
r(N::Vandnps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vandnps_zmm_k1z_zmm_zmmm512b32
r(N::Andnpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Andnpd_xmm_xmmm128
r(N::Vandnpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vandnpd_xmm_xmm_xmmm128
r(N::Vandnpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vandnpd_ymm_ymm_ymmm256
r(N::Vandnpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vandnpd_xmm_k1z_xmm_xmmm128b64
r(N::Vandnpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vandnpd_ymm_k1z_ymm_ymmm256b64
r(N::Vandnpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vandnpd_zmm_k1z_zmm_zmmm512b64
r(N::Orps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Orps_xmm_xmmm128
r(N::Vorps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vorps_xmm_xmm_xmmm128
r(N::Vorps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vorps_ymm_ymm_ymmm256
r(N::Vorps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vorps_xmm_k1z_xmm_xmmm128b32
r(N::Vorps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vorps_ymm_k1z_ymm_ymmm256b32
r(N::Vorps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vorps_zmm_k1z_zmm_zmmm512b32
r(N::Orpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Orpd_xmm_xmmm128
r(N::Vorpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vorpd_xmm_xmm_xmmm128
r(N::Vorpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vorpd_ymm_ymm_ymmm256
r(N::Vorpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vorpd_xmm_k1z_xmm_xmmm128b64
r(N::Vorpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vorpd_ymm_k1z_ymm_ymmm256b64
r(N::Vorpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vorpd_zmm_k1z_zmm_zmmm512b64
r(N::Xorps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Xorps_xmm_xmmm128
r(N::Vxorps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vxorps_xmm_xmm_xmmm128
r(N::Vxorps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vxorps_ymm_ymm_ymmm256
r(N::Vxorps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vxorps_xmm_k1z_xmm_xmmm128b32
r(N::Vxorps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vxorps_ymm_k1z_ymm_ymmm256b32
r(N::Vxorps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vxorps_zmm_k1z_zmm_zmmm512b32
r(N::Xorpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Xorpd_xmm_xmmm128
r(N::Vxorpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vxorpd_xmm_xmm_xmmm128
r(N::Vxorpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vxorpd_ymm_ymm_ymmm256
r(N::Vxorpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vxorpd_xmm_k1z_xmm_xmmm128b64
r(N::Vxorpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vxorpd_ymm_k1z_ymm_ymmm256b64
r(N::Vxorpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vxorpd_zmm_k1z_zmm_zmmm512b64
r(N::Addps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Addps_xmm_xmmm128
r(N::Vaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vaddps_xmm_xmm_xmmm128
r(N::Vaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vaddps_ymm_ymm_ymmm256
r(N::Vaddps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vaddps_xmm_k1z_xmm_xmmm128b32
r(N::Vaddps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vaddps_ymm_k1z_ymm_ymmm256b32
r(N::Vaddps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vaddps_zmm_k1z_zmm_zmmm512b32_er
r(N::Addpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Addpd_xmm_xmmm128
r(N::Vaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vaddpd_xmm_xmm_xmmm128
r(N::Vaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vaddpd_ymm_ymm_ymmm256
r(N::Vaddpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vaddpd_xmm_k1z_xmm_xmmm128b64
r(N::Vaddpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vaddpd_ymm_k1z_ymm_ymmm256b64
r(N::Vaddpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vaddpd_zmm_k1z_zmm_zmmm512b64_er
r(N::Addss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Addss_xmm_xmmm32
r(N::Vaddss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vaddss_xmm_xmm_xmmm32
r(N::Vaddss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vaddss_xmm_k1z_xmm_xmmm32_er
r(N::Addsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Addsd_xmm_xmmm64
r(N::Vaddsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vaddsd_xmm_xmm_xmmm64
r(N::Vaddsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vaddsd_xmm_k1z_xmm_xmmm64_er
r(N::Mulps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Mulps_xmm_xmmm128
r(N::Vmulps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmulps_xmm_xmm_xmmm128
r(N::Vmulps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmulps_ymm_ymm_ymmm256
r(N::Vmulps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vmulps_xmm_k1z_xmm_xmmm128b32
r(N::Vmulps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vmulps_ymm_k1z_ymm_ymmm256b32
r(N::Vmulps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vmulps_zmm_k1z_zmm_zmmm512b32_er
r(N::Mulpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Mulpd_xmm_xmmm128
r(N::Vmulpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmulpd_xmm_xmm_xmmm128
r(N::Vmulpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmulpd_ymm_ymm_ymmm256
r(N::Vmulpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vmulpd_xmm_k1z_xmm_xmmm128b64
r(N::Vmulpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vmulpd_ymm_k1z_ymm_ymmm256b64
r(N::Vmulpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vmulpd_zmm_k1z_zmm_zmmm512b64_er
r(N::Mulss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Mulss_xmm_xmmm32
r(N::Vmulss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vmulss_xmm_xmm_xmmm32
r(N::Vmulss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vmulss_xmm_k1z_xmm_xmmm32_er
r(N::Mulsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Mulsd_xmm_xmmm64
r(N::Vmulsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmulsd_xmm_xmm_xmmm64
r(N::Vmulsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vmulsd_xmm_k1z_xmm_xmmm64_er
r(N::Cvtps2pd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // Cvtps2pd_xmm_xmmm64
r(N::Vcvtps2pd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // VEX_Vcvtps2pd_xmm_xmmm64
r(N::Vcvtps2pd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0x3), // VEX_Vcvtps2pd_ymm_xmmm128
r(N::Vcvtps2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2pd_xmm_k1z_xmmm64b32
r(N::Vcvtps2pd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2pd_ymm_k1z_xmmm128b32
r(N::Vcvtps2pd, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 2, 0xdb), // EVEX_Vcvtps2pd_zmm_k1z_ymmm256b32_sae
r(N::Cvtpd2ps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Cvtpd2ps_xmm_xmmm128
r(N::Vcvtpd2ps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vcvtpd2ps_xmm_xmmm128
r(N::Vcvtpd2ps, E::VEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vcvtpd2ps_xmm_ymmm256
r(N::Vcvtpd2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2ps_xmm_k1z_xmmm128b64
r(N::Vcvtpd2ps, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2ps_xmm_k1z_ymmm256b64
r(N::Vcvtpd2ps, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2ps_ymm_k1z_zmmm512b64_er
r(N::Cvtss2sd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Cvtss2sd_xmm_xmmm32
r(N::Vcvtss2sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vcvtss2sd_xmm_xmm_xmmm32
r(N::Vcvtss2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vcvtss2sd_xmm_k1z_xmm_xmmm32_sae
r(N::Cvtsd2ss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Cvtsd2ss_xmm_xmmm64
r(N::Vcvtsd2ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vcvtsd2ss_xmm_xmm_xmmm64
r(N::Vcvtsd2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vcvtsd2ss_xmm_k1z_xmm_xmmm64_er
r(N::Cvtdq2ps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Cvtdq2ps_xmm_xmmm128
r(N::Vcvtdq2ps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vcvtdq2ps_xmm_xmmm128
r(N::Vcvtdq2ps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vcvtdq2ps_ymm_ymmm256
r(N::Vcvtdq2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vcvtdq2ps_xmm_k1z_xmmm128b32
r(N::Vcvtdq2ps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vcvtdq2ps_ymm_k1z_ymmm256b32
r(N::Vcvtdq2ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xeb), // EVEX_Vcvtdq2ps_zmm_k1z_zmmm512b32_er
r(N::Vcvtqq2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vcvtqq2ps_xmm_k1z_xmmm128b64
r(N::Vcvtqq2ps, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vcvtqq2ps_xmm_k1z_ymmm256b64
r(N::Vcvtqq2ps, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xeb), // EVEX_Vcvtqq2ps_ymm_k1z_zmmm512b64_er
r(N::Cvtps2dq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Cvtps2dq_xmm_xmmm128
r(N::Vcvtps2dq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vcvtps2dq_xmm_xmmm128
r(N::Vcvtps2dq, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vcvtps2dq_ymm_ymmm256
r(N::Vcvtps2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2dq_xmm_k1z_xmmm128b32
r(N::Vcvtps2dq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2dq_ymm_k1z_ymmm256b32
r(N::Vcvtps2dq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vcvtps2dq_zmm_k1z_zmmm512b32_er
r(N::Cvttps2dq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Cvttps2dq_xmm_xmmm128
r(N::Vcvttps2dq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vcvttps2dq_xmm_xmmm128
r(N::Vcvttps2dq, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vcvttps2dq_ymm_ymmm256
r(N::Vcvttps2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvttps2dq_xmm_k1z_xmmm128b32
r(N::Vcvttps2dq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvttps2dq_ymm_k1z_ymmm256b32
r(N::Vcvttps2dq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vcvttps2dq_zmm_k1z_zmmm512b32_sae
r(N::Subps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Subps_xmm_xmmm128
r(N::Vsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vsubps_xmm_xmm_xmmm128
r(N::Vsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vsubps_ymm_ymm_ymmm256
r(N::Vsubps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vsubps_xmm_k1z_xmm_xmmm128b32
r(N::Vsubps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vsubps_ymm_k1z_ymm_ymmm256b32
r(N::Vsubps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vsubps_zmm_k1z_zmm_zmmm512b32_er
r(N::Subpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Subpd_xmm_xmmm128
r(N::Vsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vsubpd_xmm_xmm_xmmm128
r(N::Vsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vsubpd_ymm_ymm_ymmm256
r(N::Vsubpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vsubpd_xmm_k1z_xmm_xmmm128b64
r(N::Vsubpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vsubpd_ymm_k1z_ymm_ymmm256b64
r(N::Vsubpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vsubpd_zmm_k1z_zmm_zmmm512b64_er
r(N::Subss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Subss_xmm_xmmm32
r(N::Vsubss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vsubss_xmm_xmm_xmmm32
r(N::Vsubss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vsubss_xmm_k1z_xmm_xmmm32_er
r(N::Subsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Subsd_xmm_xmmm64
r(N::Vsubsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vsubsd_xmm_xmm_xmmm64
r(N::Vsubsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vsubsd_xmm_k1z_xmm_xmmm64_er
r(N::Minps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Minps_xmm_xmmm128
r(N::Vminps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vminps_xmm_xmm_xmmm128
r(N::Vminps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vminps_ymm_ymm_ymmm256
r(N::Vminps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vminps_xmm_k1z_xmm_xmmm128b32
r(N::Vminps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vminps_ymm_k1z_ymm_ymmm256b32
r(N::Vminps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vminps_zmm_k1z_zmm_zmmm512b32_sae
r(N::Minpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Minpd_xmm_xmmm128
r(N::Vminpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vminpd_xmm_xmm_xmmm128
r(N::Vminpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vminpd_ymm_ymm_ymmm256
r(N::Vminpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vminpd_xmm_k1z_xmm_xmmm128b64
r(N::Vminpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vminpd_ymm_k1z_ymm_ymmm256b64
r(N::Vminpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vminpd_zmm_k1z_zmm_zmmm512b64_sae
r(N::Minss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Minss_xmm_xmmm32
r(N::Vminss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vminss_xmm_xmm_xmmm32
r(N::Vminss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vminss_xmm_k1z_xmm_xmmm32_sae
r(N::Minsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Minsd_xmm_xmmm64
r(N::Vminsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vminsd_xmm_xmm_xmmm64
r(N::Vminsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vminsd_xmm_k1z_xmm_xmmm64_sae
r(N::Divps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Divps_xmm_xmmm128
r(N::Vdivps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vdivps_xmm_xmm_xmmm128
r(N::Vdivps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vdivps_ymm_ymm_ymmm256
r(N::Vdivps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vdivps_xmm_k1z_xmm_xmmm128b32
r(N::Vdivps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vdivps_ymm_k1z_ymm_ymmm256b32
r(N::Vdivps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vdivps_zmm_k1z_zmm_zmmm512b32_er
r(N::Divpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Divpd_xmm_xmmm128
r(N::Vdivpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vdivpd_xmm_xmm_xmmm128
r(N::Vdivpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vdivpd_ymm_ymm_ymmm256
r(N::Vdivpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vdivpd_xmm_k1z_xmm_xmmm128b64
r(N::Vdivpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vdivpd_ymm_k1z_ymm_ymmm256b64
r(N::Vdivpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vdivpd_zmm_k1z_zmm_zmmm512b64_er
r(N::Divss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Divss_xmm_xmmm32
r(N::Vdivss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vdivss_xmm_xmm_xmmm32
r(N::Vdivss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vdivss_xmm_k1z_xmm_xmmm32_er
r(N::Divsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Divsd_xmm_xmmm64
r(N::Vdivsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vdivsd_xmm_xmm_xmmm64
r(N::Vdivsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vdivsd_xmm_k1z_xmm_xmmm64_er
r(N::Maxps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Maxps_xmm_xmmm128
r(N::Vmaxps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmaxps_xmm_xmm_xmmm128
r(N::Vmaxps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmaxps_ymm_ymm_ymmm256
r(N::Vmaxps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vmaxps_xmm_k1z_xmm_xmmm128b32
r(N::Vmaxps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vmaxps_ymm_k1z_ymm_ymmm256b32
r(N::Vmaxps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vmaxps_zmm_k1z_zmm_zmmm512b32_sae
r(N::Maxpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Maxpd_xmm_xmmm128
r(N::Vmaxpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmaxpd_xmm_xmm_xmmm128
r(N::Vmaxpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmaxpd_ymm_ymm_ymmm256
r(N::Vmaxpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vmaxpd_xmm_k1z_xmm_xmmm128b64
r(N::Vmaxpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vmaxpd_ymm_k1z_ymm_ymmm256b64
r(N::Vmaxpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vmaxpd_zmm_k1z_zmm_zmmm512b64_sae
r(N::Maxss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // Maxss_xmm_xmmm32
r(N::Vmaxss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vmaxss_xmm_xmm_xmmm32
r(N::Vmaxss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vmaxss_xmm_k1z_xmm_xmmm32_sae
r(N::Maxsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // Maxsd_xmm_xmmm64
r(N::Vmaxsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // VEX_Vmaxsd_xmm_xmm_xmmm64
r(N::Vmaxsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vmaxsd_xmm_k1z_xmm_xmmm64_sae
r(N::Punpcklbw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed32_UInt8, 0, 0, 0x3), // Punpcklbw_mm_mmm32
r(N::Punpcklbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Punpcklbw_xmm_xmmm128
r(N::Vpunpcklbw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpunpcklbw_xmm_xmm_xmmm128
r(N::Vpunpcklbw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpunpcklbw_ymm_ymm_ymmm256
r(N::Vpunpcklbw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpunpcklbw_xmm_k1z_xmm_xmmm128
r(N::Vpunpcklbw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpunpcklbw_ymm_k1z_ymm_ymmm256
r(N::Vpunpcklbw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpunpcklbw_zmm_k1z_zmm_zmmm512
r(N::Punpcklwd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed32_UInt16, 0, 0, 0x3), // Punpcklwd_mm_mmm32
r(N::Punpcklwd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Punpcklwd_xmm_xmmm128
r(N::Vpunpcklwd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpunpcklwd_xmm_xmm_xmmm128
r(N::Vpunpcklwd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpunpcklwd_ymm_ymm_ymmm256
r(N::Vpunpcklwd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpunpcklwd_xmm_k1z_xmm_xmmm128
r(N::Vpunpcklwd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpunpcklwd_ymm_k1z_ymm_ymmm256
r(N::Vpunpcklwd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpunpcklwd_zmm_k1z_zmm_zmmm512
r(N::Punpckldq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Int32, 0, 0, 0x3), // Punpckldq_mm_mmm32
r(N::Punpckldq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Punpckldq_xmm_xmmm128
r(N::Vpunpckldq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpunpckldq_xmm_xmm_xmmm128
r(N::Vpunpckldq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpunpckldq_ymm_ymm_ymmm256
r(N::Vpunpckldq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpunpckldq_xmm_k1z_xmm_xmmm128b32
r(N::Vpunpckldq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpunpckldq_ymm_k1z_ymm_ymmm256b32
r(N::Vpunpckldq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpunpckldq_zmm_k1z_zmm_zmmm512b32
r(N::Packsswb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Packsswb_mm_mmm64
r(N::Packsswb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Packsswb_xmm_xmmm128
r(N::Vpacksswb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpacksswb_xmm_xmm_xmmm128
r(N::Vpacksswb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpacksswb_ymm_ymm_ymmm256
r(N::Vpacksswb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpacksswb_xmm_k1z_xmm_xmmm128
r(N::Vpacksswb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpacksswb_ymm_k1z_ymm_ymmm256
r(N::Vpacksswb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpacksswb_zmm_k1z_zmm_zmmm512
r(N::Pcmpgtb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Pcmpgtb_mm_mmm64
r(N::Pcmpgtb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Pcmpgtb_xmm_xmmm128
r(N::Vpcmpgtb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpcmpgtb_xmm_xmm_xmmm128
r(N::Vpcmpgtb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpcmpgtb_ymm_ymm_ymmm256
r(N::Vpcmpgtb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x43), // EVEX_Vpcmpgtb_kr_k1_xmm_xmmm128
r(N::Vpcmpgtb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x43), // EVEX_Vpcmpgtb_kr_k1_ymm_ymmm256
r(N::Vpcmpgtb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0x43), // EVEX_Vpcmpgtb_kr_k1_zmm_zmmm512
r(N::Pcmpgtw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pcmpgtw_mm_mmm64
r(N::Pcmpgtw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pcmpgtw_xmm_xmmm128
r(N::Vpcmpgtw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpcmpgtw_xmm_xmm_xmmm128
r(N::Vpcmpgtw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpcmpgtw_ymm_ymm_ymmm256
r(N::Vpcmpgtw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x43), // EVEX_Vpcmpgtw_kr_k1_xmm_xmmm128
r(N::Vpcmpgtw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x43), // EVEX_Vpcmpgtw_kr_k1_ymm_ymmm256
r(N::Vpcmpgtw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0x43), // EVEX_Vpcmpgtw_kr_k1_zmm_zmmm512
r(N::Pcmpgtd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Pcmpgtd_mm_mmm64
r(N::Pcmpgtd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pcmpgtd_xmm_xmmm128
r(N::Vpcmpgtd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpcmpgtd_xmm_xmm_xmmm128
r(N::Vpcmpgtd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpcmpgtd_ymm_ymm_ymmm256
r(N::Vpcmpgtd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x4b), // EVEX_Vpcmpgtd_kr_k1_xmm_xmmm128b32
r(N::Vpcmpgtd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x4b), // EVEX_Vpcmpgtd_kr_k1_ymm_ymmm256b32
r(N::Vpcmpgtd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0x4b), // EVEX_Vpcmpgtd_kr_k1_zmm_zmmm512b32
r(N::Packuswb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Packuswb_mm_mmm64
r(N::Packuswb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Packuswb_xmm_xmmm128
r(N::Vpackuswb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpackuswb_xmm_xmm_xmmm128
r(N::Vpackuswb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpackuswb_ymm_ymm_ymmm256
r(N::Vpackuswb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpackuswb_xmm_k1z_xmm_xmmm128
r(N::Vpackuswb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpackuswb_ymm_k1z_ymm_ymmm256
r(N::Vpackuswb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpackuswb_zmm_k1z_zmm_zmmm512
r(N::Punpckhbw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Punpckhbw_mm_mmm64
r(N::Punpckhbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Punpckhbw_xmm_xmmm128
r(N::Vpunpckhbw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpunpckhbw_xmm_xmm_xmmm128
r(N::Vpunpckhbw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpunpckhbw_ymm_ymm_ymmm256
r(N::Vpunpckhbw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpunpckhbw_xmm_k1z_xmm_xmmm128
r(N::Vpunpckhbw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpunpckhbw_ymm_k1z_ymm_ymmm256
r(N::Vpunpckhbw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpunpckhbw_zmm_k1z_zmm_zmmm512
r(N::Punpckhwd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Punpckhwd_mm_mmm64
r(N::Punpckhwd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Punpckhwd_xmm_xmmm128
r(N::Vpunpckhwd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpunpckhwd_xmm_xmm_xmmm128
r(N::Vpunpckhwd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpunpckhwd_ymm_ymm_ymmm256
r(N::Vpunpckhwd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpunpckhwd_xmm_k1z_xmm_xmmm128
r(N::Vpunpckhwd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpunpckhwd_ymm_k1z_ymm_ymmm256
r(N::Vpunpckhwd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpunpckhwd_zmm_k1z_zmm_zmmm512
r(N::Punpckhdq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Punpckhdq_mm_mmm64
r(N::Punpckhdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Punpckhdq_xmm_xmmm128
r(N::Vpunpckhdq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpunpckhdq_xmm_xmm_xmmm128
r(N::Vpunpckhdq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpunpckhdq_ymm_ymm_ymmm256
r(N::Vpunpckhdq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpunpckhdq_xmm_k1z_xmm_xmmm128b32
r(N::Vpunpckhdq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpunpckhdq_ymm_k1z_ymm_ymmm256b32
r(N::Vpunpckhdq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpunpckhdq_zmm_k1z_zmm_zmmm512b32
r(N::Packssdw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Packssdw_mm_mmm64
r(N::Packssdw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Packssdw_xmm_xmmm128
r(N::Vpackssdw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpackssdw_xmm_xmm_xmmm128
r(N::Vpackssdw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpackssdw_ymm_ymm_ymmm256
r(N::Vpackssdw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpackssdw_xmm_k1z_xmm_xmmm128b32
r(N::Vpackssdw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpackssdw_ymm_k1z_ymm_ymmm256b32
r(N::Vpackssdw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpackssdw_zmm_k1z_zmm_zmmm512b32
r(N::Punpcklqdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Punpcklqdq_xmm_xmmm128
r(N::Vpunpcklqdq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpunpcklqdq_xmm_xmm_xmmm128
r(N::Vpunpcklqdq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpunpcklqdq_ymm_ymm_ymmm256
r(N::Vpunpcklqdq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpunpcklqdq_xmm_k1z_xmm_xmmm128b64
r(N::Vpunpcklqdq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpunpcklqdq_ymm_k1z_ymm_ymmm256b64
r(N::Vpunpcklqdq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpunpcklqdq_zmm_k1z_zmm_zmmm512b64
r(N::Punpckhqdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Punpckhqdq_xmm_xmmm128
r(N::Vpunpckhqdq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpunpckhqdq_xmm_xmm_xmmm128
r(N::Vpunpckhqdq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpunpckhqdq_ymm_ymm_ymmm256
r(N::Vpunpckhqdq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpunpckhqdq_xmm_k1z_xmm_xmmm128b64
r(N::Vpunpckhqdq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpunpckhqdq_ymm_k1z_ymm_ymmm256b64
r(N::Vpunpckhqdq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpunpckhqdq_zmm_k1z_zmm_zmmm512b64
r(N::Movd, E::Legacy, &[K::mm_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // Movd_mm_rm32
r(N::Movq, E::Legacy, &[K::mm_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Movq_mm_rm64
r(N::Movd, E::Legacy, &[K::xmm_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // Movd_xmm_rm32
r(N::Movq, E::Legacy, &[K::xmm_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Movq_xmm_rm64
r(N::Vmovd, E::VEX, &[K::xmm_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Vmovd_xmm_rm32
r(N::Vmovq, E::VEX, &[K::xmm_reg, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Vmovq_xmm_rm64
r(N::Vmovd, E::EVEX, &[K::xmm_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // EVEX_Vmovd_xmm_rm32
r(N::Vmovq, E::EVEX, &[K::xmm_reg, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vmovq_xmm_rm64
r(N::Movq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Movq_mm_mmm64
r(N::Movdqa, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Movdqa_xmm_xmmm128
r(N::Vmovdqa, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vmovdqa_xmm_xmmm128
r(N::Vmovdqa, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vmovdqa_ymm_ymmm256
r(N::Vmovdqa32, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vmovdqa32_xmm_k1z_xmmm128
r(N::Vmovdqa32, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vmovdqa32_ymm_k1z_ymmm256
r(N::Vmovdqa32, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vmovdqa32_zmm_k1z_zmmm512
r(N::Vmovdqa64, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vmovdqa64_xmm_k1z_xmmm128
r(N::Vmovdqa64, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vmovdqa64_ymm_k1z_ymmm256
r(N::Vmovdqa64, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vmovdqa64_zmm_k1z_zmmm512
r(N::Movdqu, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Movdqu_xmm_xmmm128
r(N::Vmovdqu, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vmovdqu_xmm_xmmm128
r(N::Vmovdqu, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vmovdqu_ymm_ymmm256
r(N::Vmovdqu32, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vmovdqu32_xmm_k1z_xmmm128
r(N::Vmovdqu32, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vmovdqu32_ymm_k1z_ymmm256
r(N::Vmovdqu32, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vmovdqu32_zmm_k1z_zmmm512
r(N::Vmovdqu64, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vmovdqu64_xmm_k1z_xmmm128
r(N::Vmovdqu64, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vmovdqu64_ymm_k1z_ymmm256
r(N::Vmovdqu64, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vmovdqu64_zmm_k1z_zmmm512
r(N::Vmovdqu8, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vmovdqu8_xmm_k1z_xmmm128
r(N::Vmovdqu8, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vmovdqu8_ymm_k1z_ymmm256
r(N::Vmovdqu8, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vmovdqu8_zmm_k1z_zmmm512
r(N::Vmovdqu16, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vmovdqu16_xmm_k1z_xmmm128
r(N::Vmovdqu16, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vmovdqu16_ymm_k1z_ymmm256
r(N::Vmovdqu16, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vmovdqu16_zmm_k1z_zmmm512
r(N::Pshufw, E::Legacy, &[K::mm_reg, K::mm_or_mem, K::imm8], 0, M::Packed64_UInt16, 0, 0, 0x3), // Pshufw_mm_mmm64_imm8
r(N::Pshufd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pshufd_xmm_xmmm128_imm8
r(N::Vpshufd, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpshufd_xmm_xmmm128_imm8
r(N::Vpshufd, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpshufd_ymm_ymmm256_imm8
r(N::Vpshufd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpshufd_xmm_k1z_xmmm128b32_imm8
r(N::Vpshufd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpshufd_ymm_k1z_ymmm256b32_imm8
r(N::Vpshufd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpshufd_zmm_k1z_zmmm512b32_imm8
r(N::Pshufhw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pshufhw_xmm_xmmm128_imm8
r(N::Vpshufhw, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpshufhw_xmm_xmmm128_imm8
r(N::Vpshufhw, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpshufhw_ymm_ymmm256_imm8
r(N::Vpshufhw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpshufhw_xmm_k1z_xmmm128_imm8
r(N::Vpshufhw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpshufhw_ymm_k1z_ymmm256_imm8
r(N::Vpshufhw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpshufhw_zmm_k1z_zmmm512_imm8
r(N::Pshuflw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pshuflw_xmm_xmmm128_imm8
r(N::Vpshuflw, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpshuflw_xmm_xmmm128_imm8
r(N::Vpshuflw, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpshuflw_ymm_ymmm256_imm8
r(N::Vpshuflw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpshuflw_xmm_k1z_xmmm128_imm8
r(N::Vpshuflw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpshuflw_ymm_k1z_ymmm256_imm8
r(N::Vpshuflw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpshuflw_zmm_k1z_zmmm512_imm8
r(N::Psrlw, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrlw_mm_imm8
r(N::Psrlw, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrlw_xmm_imm8
r(N::Vpsrlw, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsrlw_xmm_xmm_imm8
r(N::Vpsrlw, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsrlw_ymm_ymm_imm8
r(N::Vpsrlw, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsrlw_xmm_k1z_xmmm128_imm8
r(N::Vpsrlw, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpsrlw_ymm_k1z_ymmm256_imm8
r(N::Vpsrlw, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpsrlw_zmm_k1z_zmmm512_imm8
r(N::Psraw, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psraw_mm_imm8
r(N::Psraw, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psraw_xmm_imm8
r(N::Vpsraw, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsraw_xmm_xmm_imm8
r(N::Vpsraw, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsraw_ymm_ymm_imm8
r(N::Vpsraw, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpsraw_xmm_k1z_xmmm128_imm8
r(N::Vpsraw, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpsraw_ymm_k1z_ymmm256_imm8
r(N::Vpsraw, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpsraw_zmm_k1z_zmmm512_imm8
r(N::Psllw, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psllw_mm_imm8
r(N::Psllw, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psllw_xmm_imm8
r(N::Vpsllw, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsllw_xmm_xmm_imm8
r(N::Vpsllw, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsllw_ymm_ymm_imm8
r(N::Vpsllw, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsllw_xmm_k1z_xmmm128_imm8
r(N::Vpsllw, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpsllw_ymm_k1z_ymmm256_imm8
r(N::Vpsllw, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpsllw_zmm_k1z_zmmm512_imm8
r(N::Vprord, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vprord_xmm_k1z_xmmm128b32_imm8
r(N::Vprord, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vprord_ymm_k1z_ymmm256b32_imm8
r(N::Vprord, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vprord_zmm_k1z_zmmm512b32_imm8
r(N::Vprorq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vprorq_xmm_k1z_xmmm128b64_imm8
r(N::Vprorq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vprorq_ymm_k1z_ymmm256b64_imm8
r(N::Vprorq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vprorq_zmm_k1z_zmmm512b64_imm8
r(N::Vprold, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vprold_xmm_k1z_xmmm128b32_imm8
r(N::Vprold, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vprold_ymm_k1z_ymmm256b32_imm8
r(N::Vprold, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vprold_zmm_k1z_zmmm512b32_imm8
r(N::Vprolq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vprolq_xmm_k1z_xmmm128b64_imm8
r(N::Vprolq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vprolq_ymm_k1z_ymmm256b64_imm8
r(N::Vprolq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vprolq_zmm_k1z_zmmm512b64_imm8
r(N::Psrld, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrld_mm_imm8
r(N::Psrld, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrld_xmm_imm8
r(N::Vpsrld, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsrld_xmm_xmm_imm8
r(N::Vpsrld, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsrld_ymm_ymm_imm8
r(N::Vpsrld, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpsrld_xmm_k1z_xmmm128b32_imm8
r(N::Vpsrld, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpsrld_ymm_k1z_ymmm256b32_imm8
r(N::Vpsrld, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpsrld_zmm_k1z_zmmm512b32_imm8
r(N::Psrad, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrad_mm_imm8
r(N::Psrad, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrad_xmm_imm8
r(N::Vpsrad, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsrad_xmm_xmm_imm8
r(N::Vpsrad, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsrad_ymm_ymm_imm8
r(N::Vpsrad, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpsrad_xmm_k1z_xmmm128b32_imm8
r(N::Vpsrad, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpsrad_ymm_k1z_ymmm256b32_imm8
r(N::Vpsrad, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpsrad_zmm_k1z_zmmm512b32_imm8
r(N::Vpsraq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vpsraq_xmm_k1z_xmmm128b64_imm8
r(N::Vpsraq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vpsraq_ymm_k1z_ymmm256b64_imm8
r(N::Vpsraq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int64, 1, 2, 0xcb), // EVEX_Vpsraq_zmm_k1z_zmmm512b64_imm8
r(N::Pslld, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Pslld_mm_imm8
r(N::Pslld, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Pslld_xmm_imm8
r(N::Vpslld, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpslld_xmm_xmm_imm8
r(N::Vpslld, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpslld_ymm_ymm_imm8
r(N::Vpslld, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpslld_xmm_k1z_xmmm128b32_imm8
r(N::Vpslld, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpslld_ymm_k1z_ymmm256b32_imm8
r(N::Vpslld, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpslld_zmm_k1z_zmmm512b32_imm8
r(N::Psrlq, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrlq_mm_imm8
r(N::Psrlq, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrlq_xmm_imm8
r(N::Vpsrlq, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsrlq_xmm_xmm_imm8
r(N::Vpsrlq, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsrlq_ymm_ymm_imm8
r(N::Vpsrlq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsrlq_xmm_k1z_xmmm128b64_imm8
r(N::Vpsrlq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsrlq_ymm_k1z_ymmm256b64_imm8
r(N::Vpsrlq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsrlq_zmm_k1z_zmmm512b64_imm8
r(N::Psrldq, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psrldq_xmm_imm8
r(N::Vpsrldq, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsrldq_xmm_xmm_imm8
r(N::Vpsrldq, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsrldq_ymm_ymm_imm8
r(N::Vpsrldq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vpsrldq_xmm_xmmm128_imm8
r(N::Vpsrldq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vpsrldq_ymm_ymmm256_imm8
r(N::Vpsrldq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vpsrldq_zmm_zmmm512_imm8
r(N::Psllq, E::Legacy, &[K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psllq_mm_imm8
r(N::Psllq, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Psllq_xmm_imm8
r(N::Vpsllq, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpsllq_xmm_xmm_imm8
r(N::Vpsllq, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpsllq_ymm_ymm_imm8
r(N::Vpsllq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsllq_xmm_k1z_xmmm128b64_imm8
r(N::Vpsllq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsllq_ymm_k1z_ymmm256b64_imm8
r(N::Vpsllq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsllq_zmm_k1z_zmmm512b64_imm8
r(N::Pslldq, E::Legacy, &[K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Pslldq_xmm_imm8
r(N::Vpslldq, E::VEX, &[K::xmm_vvvv, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpslldq_xmm_xmm_imm8
r(N::Vpslldq, E::VEX, &[K::ymm_vvvv, K::ymm_rm, K::imm8], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpslldq_ymm_ymm_imm8
r(N::Vpslldq, E::EVEX, &[K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vpslldq_xmm_xmmm128_imm8
r(N::Vpslldq, E::EVEX, &[K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vpslldq_ymm_ymmm256_imm8
r(N::Vpslldq, E::EVEX, &[K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vpslldq_zmm_zmmm512_imm8
r(N::Pcmpeqb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pcmpeqb_mm_mmm64
r(N::Pcmpeqb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpeqb_xmm_xmmm128
r(N::Vpcmpeqb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpcmpeqb_xmm_xmm_xmmm128
r(N::Vpcmpeqb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpcmpeqb_ymm_ymm_ymmm256
r(N::Vpcmpeqb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x43), // EVEX_Vpcmpeqb_kr_k1_xmm_xmmm128
r(N::Vpcmpeqb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x43), // EVEX_Vpcmpeqb_kr_k1_ymm_ymmm256
r(N::Vpcmpeqb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0x43), // EVEX_Vpcmpeqb_kr_k1_zmm_zmmm512
r(N::Pcmpeqw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Pcmpeqw_mm_mmm64
r(N::Pcmpeqw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pcmpeqw_xmm_xmmm128
r(N::Vpcmpeqw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpcmpeqw_xmm_xmm_xmmm128
r(N::Vpcmpeqw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpcmpeqw_ymm_ymm_ymmm256
r(N::Vpcmpeqw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x43), // EVEX_Vpcmpeqw_kr_k1_xmm_xmmm128
r(N::Vpcmpeqw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x43), // EVEX_Vpcmpeqw_kr_k1_ymm_ymmm256
r(N::Vpcmpeqw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0x43), // EVEX_Vpcmpeqw_kr_k1_zmm_zmmm512
r(N::Pcmpeqd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Pcmpeqd_mm_mmm64
r(N::Pcmpeqd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pcmpeqd_xmm_xmmm128
r(N::Vpcmpeqd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpcmpeqd_xmm_xmm_xmmm128
r(N::Vpcmpeqd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpcmpeqd_ymm_ymm_ymmm256
r(N::Vpcmpeqd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x4b), // EVEX_Vpcmpeqd_kr_k1_xmm_xmmm128b32
r(N::Vpcmpeqd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x4b), // EVEX_Vpcmpeqd_kr_k1_ymm_ymmm256b32
r(N::Vpcmpeqd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0x4b), // EVEX_Vpcmpeqd_kr_k1_zmm_zmmm512b32
r(N::Emms, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Emms
r(N::Vzeroupper, E::VEX, &[], 0, M::Unknown, 0, 0, 0x3), // VEX_Vzeroupper
r(N::Vzeroall, E::VEX, &[], 0, M::Unknown, 0, 1, 0x3), // VEX_Vzeroall
r(N::Vmread, E::Legacy, &[K::r32_or_mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x1), // Vmread_rm32_r32
r(N::Vmread, E::Legacy, &[K::r64_or_mem, K::r64_reg], 0, M::UInt64, 0, 0, 0x3), // Vmread_rm64_r64
r(N::Vcvttps2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvttps2udq_xmm_k1z_xmmm128b32
r(N::Vcvttps2udq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvttps2udq_ymm_k1z_ymmm256b32
r(N::Vcvttps2udq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vcvttps2udq_zmm_k1z_zmmm512b32_sae
r(N::Vcvttpd2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvttpd2udq_xmm_k1z_xmmm128b64
r(N::Vcvttpd2udq, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvttpd2udq_xmm_k1z_ymmm256b64
r(N::Vcvttpd2udq, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vcvttpd2udq_ymm_k1z_zmmm512b64_sae
r(N::Extrq, E::Legacy, &[K::xmm_rm, K::imm8, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Extrq_xmm_imm8_imm8
r(N::Vcvttps2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0xcb), // EVEX_Vcvttps2uqq_xmm_k1z_xmmm64b32
r(N::Vcvttps2uqq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0xcb), // EVEX_Vcvttps2uqq_ymm_k1z_xmmm128b32
r(N::Vcvttps2uqq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 2, 0xdb), // EVEX_Vcvttps2uqq_zmm_k1z_ymmm256b32_sae
r(N::Vcvttpd2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvttpd2uqq_xmm_k1z_xmmm128b64
r(N::Vcvttpd2uqq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvttpd2uqq_ymm_k1z_ymmm256b64
r(N::Vcvttpd2uqq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vcvttpd2uqq_zmm_k1z_zmmm512b64_sae
r(N::Vcvttss2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x13), // EVEX_Vcvttss2usi_r32_xmmm32_sae
r(N::Vcvttss2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x13), // EVEX_Vcvttss2usi_r64_xmmm32_sae
r(N::Insertq, E::Legacy, &[K::xmm_reg, K::xmm_rm, K::imm8, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Insertq_xmm_xmm_imm8_imm8
r(N::Vcvttsd2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x13), // EVEX_Vcvttsd2usi_r32_xmmm64_sae
r(N::Vcvttsd2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x13), // EVEX_Vcvttsd2usi_r64_xmmm64_sae
r(N::Vmwrite, E::Legacy, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x1), // Vmwrite_r32_rm32
r(N::Vmwrite, E::Legacy, &[K::r64_reg, K::r64_or_mem], 0, M::UInt64, 0, 0, 0x3), // Vmwrite_r64_rm64
r(N::Vcvtps2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2udq_xmm_k1z_xmmm128b32
r(N::Vcvtps2udq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2udq_ymm_k1z_ymmm256b32
r(N::Vcvtps2udq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vcvtps2udq_zmm_k1z_zmmm512b32_er
r(N::Vcvtpd2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2udq_xmm_k1z_xmmm128b64
r(N::Vcvtpd2udq, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2udq_xmm_k1z_ymmm256b64
r(N::Vcvtpd2udq, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2udq_ymm_k1z_zmmm512b64_er
r(N::Extrq, E::Legacy, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Extrq_xmm_xmm
r(N::Vcvtps2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2uqq_xmm_k1z_xmmm64b32
r(N::Vcvtps2uqq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2uqq_ymm_k1z_xmmm128b32
r(N::Vcvtps2uqq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 2, 0xeb), // EVEX_Vcvtps2uqq_zmm_k1z_ymmm256b32_er
r(N::Vcvtpd2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2uqq_xmm_k1z_xmmm128b64
r(N::Vcvtpd2uqq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2uqq_ymm_k1z_ymmm256b64
r(N::Vcvtpd2uqq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2uqq_zmm_k1z_zmmm512b64_er
r(N::Vcvtss2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x23), // EVEX_Vcvtss2usi_r32_xmmm32_er
r(N::Vcvtss2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x23), // EVEX_Vcvtss2usi_r64_xmmm32_er
r(N::Insertq, E::Legacy, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Insertq_xmm_xmm
r(N::Vcvtsd2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x23), // EVEX_Vcvtsd2usi_r32_xmmm64_er
r(N::Vcvtsd2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x23), // EVEX_Vcvtsd2usi_r64_xmmm64_er
r(N::Vcvttps2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0xcb), // EVEX_Vcvttps2qq_xmm_k1z_xmmm64b32
r(N::Vcvttps2qq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0xcb), // EVEX_Vcvttps2qq_ymm_k1z_xmmm128b32
r(N::Vcvttps2qq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 2, 0xdb), // EVEX_Vcvttps2qq_zmm_k1z_ymmm256b32_sae
r(N::Vcvttpd2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvttpd2qq_xmm_k1z_xmmm128b64
r(N::Vcvttpd2qq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvttpd2qq_ymm_k1z_ymmm256b64
r(N::Vcvttpd2qq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vcvttpd2qq_zmm_k1z_zmmm512b64_sae
r(N::Vcvtudq2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0xcb), // EVEX_Vcvtudq2pd_xmm_k1z_xmmm64b32
r(N::Vcvtudq2pd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0xcb), // EVEX_Vcvtudq2pd_ymm_k1z_xmmm128b32
r(N::Vcvtudq2pd, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 2, 0xeb), // EVEX_Vcvtudq2pd_zmm_k1z_ymmm256b32_er
r(N::Vcvtuqq2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vcvtuqq2pd_xmm_k1z_xmmm128b64
r(N::Vcvtuqq2pd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vcvtuqq2pd_ymm_k1z_ymmm256b64
r(N::Vcvtuqq2pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xeb), // EVEX_Vcvtuqq2pd_zmm_k1z_zmmm512b64_er
r(N::Vcvtudq2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vcvtudq2ps_xmm_k1z_xmmm128b32
r(N::Vcvtudq2ps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vcvtudq2ps_ymm_k1z_ymmm256b32
r(N::Vcvtudq2ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xeb), // EVEX_Vcvtudq2ps_zmm_k1z_zmmm512b32_er
r(N::Vcvtuqq2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vcvtuqq2ps_xmm_k1z_xmmm128b64
r(N::Vcvtuqq2ps, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vcvtuqq2ps_xmm_k1z_ymmm256b64
r(N::Vcvtuqq2ps, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xeb), // EVEX_Vcvtuqq2ps_ymm_k1z_zmmm512b64_er
r(N::Vcvtps2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2qq_xmm_k1z_xmmm64b32
r(N::Vcvtps2qq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2qq_ymm_k1z_xmmm128b32
r(N::Vcvtps2qq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 2, 0xeb), // EVEX_Vcvtps2qq_zmm_k1z_ymmm256b32_er
r(N::Vcvtpd2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2qq_xmm_k1z_xmmm128b64
r(N::Vcvtpd2qq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2qq_ymm_k1z_ymmm256b64
r(N::Vcvtpd2qq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2qq_zmm_k1z_zmmm512b64_er
r(N::Vcvtusi2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x23), // EVEX_Vcvtusi2ss_xmm_xmm_rm32_er
r(N::Vcvtusi2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x23), // EVEX_Vcvtusi2ss_xmm_xmm_rm64_er
r(N::Vcvtusi2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x23), // EVEX_Vcvtusi2sd_xmm_xmm_rm32_er
r(N::Vcvtusi2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x23), // EVEX_Vcvtusi2sd_xmm_xmm_rm64_er
r(N::Haddpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Haddpd_xmm_xmmm128
r(N::Vhaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vhaddpd_xmm_xmm_xmmm128
r(N::Vhaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vhaddpd_ymm_ymm_ymmm256
r(N::Haddps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Haddps_xmm_xmmm128
r(N::Vhaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vhaddps_xmm_xmm_xmmm128
r(N::Vhaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vhaddps_ymm_ymm_ymmm256
r(N::Hsubpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Hsubpd_xmm_xmmm128
r(N::Vhsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vhsubpd_xmm_xmm_xmmm128
r(N::Vhsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vhsubpd_ymm_ymm_ymmm256
r(N::Hsubps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Hsubps_xmm_xmmm128
r(N::Vhsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vhsubps_xmm_xmm_xmmm128
r(N::Vhsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vhsubps_ymm_ymm_ymmm256
r(N::Movd, E::Legacy, &[K::r32_or_mem, K::mm_reg], 0, M::UInt32, 0, 0, 0x3), // Movd_rm32_mm
r(N::Movq, E::Legacy, &[K::r64_or_mem, K::mm_reg], 64, M::UInt64, 0, 0, 0x3), // Movq_rm64_mm
r(N::Movd, E::Legacy, &[K::r32_or_mem, K::xmm_reg], 0, M::UInt32, 0, 0, 0x3), // Movd_rm32_xmm
r(N::Movq, E::Legacy, &[K::r64_or_mem, K::xmm_reg], 64, M::UInt64, 0, 0, 0x3), // Movq_rm64_xmm
r(N::Vmovd, E::VEX, &[K::r32_or_mem, K::xmm_reg], 0, M::UInt32, 0, 0, 0x3), // VEX_Vmovd_rm32_xmm
r(N::Vmovq, E::VEX, &[K::r64_or_mem, K::xmm_reg], 0, M::UInt64, 1, 0, 0x3), // VEX_Vmovq_rm64_xmm
r(N::Vmovd, E::EVEX, &[K::r32_or_mem, K::xmm_reg], 0, M::UInt32, 0, 0, 0x3), // EVEX_Vmovd_rm32_xmm
r(N::Vmovq, E::EVEX, &[K::r64_or_mem, K::xmm_reg], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vmovq_rm64_xmm
r(N::Movq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Movq_xmm_xmmm64
r(N::Vmovq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt64, 0, 0, 0x3), // VEX_Vmovq_xmm_xmmm64
r(N::Vmovq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vmovq_xmm_xmmm64
r(N::Movq, E::Legacy, &[K::mm_or_mem, K::mm_reg], 0, M::UInt64, 0, 0, 0x3), // Movq_mmm64_mm
r(N::Movdqa, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // Movdqa_xmmm128_xmm
r(N::Vmovdqa, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vmovdqa_xmmm128_xmm
r(N::Vmovdqa, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vmovdqa_ymmm256_ymm
r(N::Vmovdqa32, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vmovdqa32_xmmm128_k1z_xmm
r(N::Vmovdqa32, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vmovdqa32_ymmm256_k1z_ymm
r(N::Vmovdqa32, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vmovdqa32_zmmm512_k1z_zmm
r(N::Vmovdqa64, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vmovdqa64_xmmm128_k1z_xmm
r(N::Vmovdqa64, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vmovdqa64_ymmm256_k1z_ymm
r(N::Vmovdqa64, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vmovdqa64_zmmm512_k1z_zmm
r(N::Movdqu, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // Movdqu_xmmm128_xmm
r(N::Vmovdqu, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vmovdqu_xmmm128_xmm
r(N::Vmovdqu, E::VEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vmovdqu_ymmm256_ymm
r(N::Vmovdqu32, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vmovdqu32_xmmm128_k1z_xmm
r(N::Vmovdqu32, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vmovdqu32_ymmm256_k1z_ymm
r(N::Vmovdqu32, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vmovdqu32_zmmm512_k1z_zmm
r(N::Vmovdqu64, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vmovdqu64_xmmm128_k1z_xmm
r(N::Vmovdqu64, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vmovdqu64_ymmm256_k1z_ymm
r(N::Vmovdqu64, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vmovdqu64_zmmm512_k1z_zmm
r(N::Vmovdqu8, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vmovdqu8_xmmm128_k1z_xmm
r(N::Vmovdqu8, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vmovdqu8_ymmm256_k1z_ymm
r(N::Vmovdqu8, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vmovdqu8_zmmm512_k1z_zmm
r(N::Vmovdqu16, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vmovdqu16_xmmm128_k1z_xmm
r(N::Vmovdqu16, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vmovdqu16_ymmm256_k1z_ymm
r(N::Vmovdqu16, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vmovdqu16_zmmm512_k1z_zmm
r(N::Jo, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jo_rel16
r(N::Jo, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jo_rel32_32
r(N::Jo, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jo_rel32_64
r(N::Jno, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jno_rel16
r(N::Jno, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jno_rel32_32
r(N::Jno, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jno_rel32_64
r(N::Jb, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jb_rel16
r(N::Jb, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jb_rel32_32
r(N::Jb, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jb_rel32_64
r(N::Jae, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jae_rel16
r(N::Jae, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jae_rel32_32
r(N::Jae, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jae_rel32_64
r(N::Je, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Je_rel16
r(N::Je, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Je_rel32_32
r(N::Je, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Je_rel32_64
r(N::Jne, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jne_rel16
r(N::Jne, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jne_rel32_32
r(N::Jne, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jne_rel32_64
r(N::Jbe, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jbe_rel16
r(N::Jbe, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jbe_rel32_32
r(N::Jbe, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jbe_rel32_64
r(N::Ja, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Ja_rel16
r(N::Ja, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Ja_rel32_32
r(N::Ja, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Ja_rel32_64
r(N::Js, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Js_rel16
r(N::Js, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Js_rel32_32
r(N::Js, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Js_rel32_64
r(N::Jns, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jns_rel16
r(N::Jns, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jns_rel32_32
r(N::Jns, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jns_rel32_64
r(N::Jp, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jp_rel16
r(N::Jp, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jp_rel32_32
r(N::Jp, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jp_rel32_64
r(N::Jnp, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jnp_rel16
r(N::Jnp, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jnp_rel32_32
r(N::Jnp, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jnp_rel32_64
r(N::Jl, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jl_rel16
r(N::Jl, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jl_rel32_32
r(N::Jl, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jl_rel32_64
r(N::Jge, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jge_rel16
r(N::Jge, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jge_rel32_32
r(N::Jge, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jge_rel32_64
r(N::Jle, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jle_rel16
r(N::Jle, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jle_rel32_32
r(N::Jle, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jle_rel32_64
r(N::Jg, E::Legacy, &[K::br16_2], 16, M::Unknown, 0, 0, 0x3), // Jg_rel16
r(N::Jg, E::Legacy, &[K::br32_4], 32, M::Unknown, 0, 0, 0x1), // Jg_rel32_32
r(N::Jg, E::Legacy, &[K::br64_4], 64, M::Unknown, 0, 0, 0x3), // Jg_rel32_64
r(N::Seto, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Seto_rm8
r(N::Setno, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setno_rm8
r(N::Setb, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setb_rm8
r(N::Setae, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setae_rm8
r(N::Sete, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Sete_rm8
r(N::Setne, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setne_rm8
r(N::Setbe, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setbe_rm8
r(N::Seta, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Seta_rm8
r(N::Sets, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Sets_rm8
r(N::Setns, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setns_rm8
r(N::Setp, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setp_rm8
r(N::Setnp, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setnp_rm8
r(N::Setl, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setl_rm8
r(N::Setge, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setge_rm8
r(N::Setle, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setle_rm8
r(N::Setg, E::Legacy, &[K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Setg_rm8
r(N::Kmovw, E::VEX, &[K::k_reg, K::k_or_mem], 0, M::UInt16, 0, 0, 0x3), // VEX_Kmovw_kr_km16
r(N::Kmovq, E::VEX, &[K::k_reg, K::k_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Kmovq_kr_km64
r(N::Kmovb, E::VEX, &[K::k_reg, K::k_or_mem], 0, M::UInt8, 0, 0, 0x3), // VEX_Kmovb_kr_km8
r(N::Kmovd, E::VEX, &[K::k_reg, K::k_or_mem], 0, M::UInt32, 1, 0, 0x3), // VEX_Kmovd_kr_km32
r(N::Kmovw, E::VEX, &[K::mem, K::k_reg], 0, M::UInt16, 0, 0, 0x3), // VEX_Kmovw_m16_kr
r(N::Kmovq, E::VEX, &[K::mem, K::k_reg], 0, M::UInt64, 1, 0, 0x3), // VEX_Kmovq_m64_kr
r(N::Kmovb, E::VEX, &[K::mem, K::k_reg], 0, M::UInt8, 0, 0, 0x3), // VEX_Kmovb_m8_kr
r(N::Kmovd, E::VEX, &[K::mem, K::k_reg], 0, M::UInt32, 1, 0, 0x3), // VEX_Kmovd_m32_kr
r(N::Kmovw, E::VEX, &[K::k_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovw_kr_r32
r(N::Kmovb, E::VEX, &[K::k_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovb_kr_r32
r(N::Kmovd, E::VEX, &[K::k_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovd_kr_r32
r(N::Kmovq, E::VEX, &[K::k_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Kmovq_kr_r64
r(N::Kmovw, E::VEX, &[K::r32_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovw_r32_kr
r(N::Kmovb, E::VEX, &[K::r32_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovb_r32_kr
r(N::Kmovd, E::VEX, &[K::r32_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kmovd_r32_kr
r(N::Kmovq, E::VEX, &[K::r64_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Kmovq_r64_kr
r(N::Kortestw, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kortestw_kr_kr
r(N::Kortestq, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Kortestq_kr_kr
r(N::Kortestb, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Kortestb_kr_kr
r(N::Kortestd, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Kortestd_kr_kr
r(N::Ktestw, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Ktestw_kr_kr
r(N::Ktestq, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Ktestq_kr_kr
r(N::Ktestb, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Ktestb_kr_kr
r(N::Ktestd, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Ktestd_kr_kr
r(N::Push, E::Legacy, &[K::fs], 16, M::Unknown, 0, 0, 0x3), // Pushw_FS
r(N::Push, E::Legacy, &[K::fs], 32, M::Unknown, 0, 0, 0x1), // Pushd_FS
r(N::Push, E::Legacy, &[K::fs], 64, M::Unknown, 0, 0, 0x3), // Pushq_FS
r(N::Pop, E::Legacy, &[K::fs], 16, M::Unknown, 0, 0, 0x3), // Popw_FS
r(N::Pop, E::Legacy, &[K::fs], 32, M::Unknown, 0, 0, 0x1), // Popd_FS
r(N::Pop, E::Legacy, &[K::fs], 64, M::Unknown, 0, 0, 0x3), // Popq_FS
r(N::Cpuid, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Cpuid
r(N::Bt, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Bt_rm16_r16
r(N::Bt, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Bt_rm32_r32
r(N::Bt, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Bt_rm64_r64
r(N::Shld, E::Legacy, &[K::r16_or_mem, K::r16_reg, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Shld_rm16_r16_imm8
r(N::Shld, E::Legacy, &[K::r32_or_mem, K::r32_reg, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Shld_rm32_r32_imm8
r(N::Shld, E::Legacy, &[K::r64_or_mem, K::r64_reg, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Shld_rm64_r64_imm8
r(N::Shld, E::Legacy, &[K::r16_or_mem, K::r16_reg, K::cl], 16, M::UInt16, 0, 0, 0x3), // Shld_rm16_r16_CL
r(N::Shld, E::Legacy, &[K::r32_or_mem, K::r32_reg, K::cl], 32, M::UInt32, 0, 0, 0x3), // Shld_rm32_r32_CL
r(N::Shld, E::Legacy, &[K::r64_or_mem, K::r64_reg, K::cl], 64, M::UInt64, 0, 0, 0x3), // Shld_rm64_r64_CL
r(N::Montmul, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Montmul_16
r(N::Montmul, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Montmul_32
r(N::Montmul, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Montmul_64
r(N::Xsha1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xsha1_16
r(N::Xsha1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha1_32
r(N::Xsha1, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha1_64
r(N::Xsha256, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xsha256_16
r(N::Xsha256, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha256_32
r(N::Xsha256, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha256_64
r(N::Xbts, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x1), // Xbts_r16_rm16
r(N::Xbts, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x1), // Xbts_r32_rm32
r(N::Xstore, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xstore_16
r(N::Xstore, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xstore_32
r(N::Xstore, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xstore_64
r(N::Xcryptecb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xcryptecb_16
r(N::Xcryptecb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptecb_32
r(N::Xcryptecb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptecb_64
r(N::Xcryptcbc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xcryptcbc_16
r(N::Xcryptcbc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptcbc_32
r(N::Xcryptcbc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptcbc_64
r(N::Xcryptctr, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xcryptctr_16
r(N::Xcryptctr, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptctr_32
r(N::Xcryptctr, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptctr_64
r(N::Xcryptcfb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xcryptcfb_16
r(N::Xcryptcfb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptcfb_32
r(N::Xcryptcfb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptcfb_64
r(N::Xcryptofb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xcryptofb_16
r(N::Xcryptofb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptofb_32
r(N::Xcryptofb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xcryptofb_64
r(N::Ibts, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x1), // Ibts_rm16_r16
r(N::Ibts, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x1), // Ibts_rm32_r32
r(N::Cmpxchg, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x1), // Cmpxchg486_rm8_r8
r(N::Cmpxchg, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x1), // Cmpxchg486_rm16_r16
r(N::Cmpxchg, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x1), // Cmpxchg486_rm32_r32
r(N::Push, E::Legacy, &[K::gs], 16, M::Unknown, 0, 0, 0x3), // Pushw_GS
r(N::Push, E::Legacy, &[K::gs], 32, M::Unknown, 0, 0, 0x1), // Pushd_GS
r(N::Push, E::Legacy, &[K::gs], 64, M::Unknown, 0, 0, 0x3), // Pushq_GS
r(N::Pop, E::Legacy, &[K::gs], 16, M::Unknown, 0, 0, 0x3), // Popw_GS
r(N::Pop, E::Legacy, &[K::gs], 32, M::Unknown, 0, 0, 0x1), // Popd_GS
r(N::Pop, E::Legacy, &[K::gs], 64, M::Unknown, 0, 0, 0x3), // Popq_GS
r(N::Rsm, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rsm
r(N::Bts, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Bts_rm16_r16
r(N::Bts, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Bts_rm32_r32
r(N::Bts, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Bts_rm64_r64
r(N::Shrd, E::Legacy, &[K::r16_or_mem, K::r16_reg, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Shrd_rm16_r16_imm8
r(N::Shrd, E::Legacy, &[K::r32_or_mem, K::r32_reg, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Shrd_rm32_r32_imm8
r(N::Shrd, E::Legacy, &[K::r64_or_mem, K::r64_reg, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Shrd_rm64_r64_imm8
r(N::Shrd, E::Legacy, &[K::r16_or_mem, K::r16_reg, K::cl], 16, M::UInt16, 0, 0, 0x3), // Shrd_rm16_r16_CL
r(N::Shrd, E::Legacy, &[K::r32_or_mem, K::r32_reg, K::cl], 32, M::UInt32, 0, 0, 0x3), // Shrd_rm32_r32_CL
r(N::Shrd, E::Legacy, &[K::r64_or_mem, K::r64_reg, K::cl], 64, M::UInt64, 0, 0, 0x3), // Shrd_rm64_r64_CL
r(N::Fxsave, E::Legacy, &[K::mem], 0, M::Fxsave_512Byte, 0, 0, 0x3), // Fxsave_m512byte
r(N::Fxsave64, E::Legacy, &[K::mem], 64, M::Fxsave64_512Byte, 0, 0, 0x3), // Fxsave64_m512byte
r(N::Rdfsbase, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Rdfsbase_r32
r(N::Rdfsbase, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Rdfsbase_r64
r(N::Fxrstor, E::Legacy, &[K::mem], 0, M::Fxsave_512Byte, 0, 0, 0x3), // Fxrstor_m512byte
r(N::Fxrstor64, E::Legacy, &[K::mem], 64, M::Fxsave64_512Byte, 0, 0, 0x3), // Fxrstor64_m512byte
r(N::Rdgsbase, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Rdgsbase_r32
r(N::Rdgsbase, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Rdgsbase_r64
r(N::Ldmxcsr, E::Legacy, &[K::mem], 0, M::UInt32, 0, 0, 0x3), // Ldmxcsr_m32
r(N::Wrfsbase, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Wrfsbase_r32
r(N::Wrfsbase, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Wrfsbase_r64
r(N::Vldmxcsr, E::VEX, &[K::mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Vldmxcsr_m32
r(N::Stmxcsr, E::Legacy, &[K::mem], 0, M::UInt32, 0, 0, 0x3), // Stmxcsr_m32
r(N::Wrgsbase, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Wrgsbase_r32
r(N::Wrgsbase, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Wrgsbase_r64
r(N::Vstmxcsr, E::VEX, &[K::mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Vstmxcsr_m32
r(N::Xsave, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xsave_mem
r(N::Xsave64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xsave64_mem
r(N::Ptwrite, E::Legacy, &[K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // Ptwrite_rm32
r(N::Ptwrite, E::Legacy, &[K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Ptwrite_rm64
r(N::Xrstor, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xrstor_mem
r(N::Xrstor64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xrstor64_mem
r(N::Incsspd, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Incsspd_r32
r(N::Incsspq, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Incsspq_r64
r(N::Xsaveopt, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xsaveopt_mem
r(N::Xsaveopt64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xsaveopt64_mem
r(N::Clwb, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Clwb_m8
r(N::Tpause, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Tpause_r32
r(N::Tpause, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Tpause_r64
r(N::Clrssbsy, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Clrssbsy_m64
r(N::Umonitor, E::Legacy, &[K::r16_rm], 0, M::Unknown, 0, 0, 0x1), // Umonitor_r16
r(N::Umonitor, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Umonitor_r32
r(N::Umonitor, E::Legacy, &[K::r64_rm], 0, M::Unknown, 0, 0, 0x3), // Umonitor_r64
r(N::Umwait, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Umwait_r32
r(N::Umwait, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Umwait_r64
r(N::Clflush, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Clflush_m8
r(N::Clflushopt, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Clflushopt_m8
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_E9
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_EA
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_EB
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_EC
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_ED
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_EE
r(N::Lfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Lfence_EF
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F1
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F2
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F3
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F4
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F5
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F6
r(N::Mfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Mfence_F7
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_F9
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FA
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FB
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FC
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FD
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FE
r(N::Sfence, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Sfence_FF
r(N::Pcommit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pcommit
r(N::Imul, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Imul_r16_rm16
r(N::Imul, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::Int32, 0, 0, 0x3), // Imul_r32_rm32
r(N::Imul, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::Int64, 0, 0, 0x3), // Imul_r64_rm64
r(N::Cmpxchg, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Cmpxchg_rm8_r8
r(N::Cmpxchg, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Cmpxchg_rm16_r16
r(N::Cmpxchg, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Cmpxchg_rm32_r32
r(N::Cmpxchg, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Cmpxchg_rm64_r64
r(N::Lss, E::Legacy, &[K::r16_reg, K::mem], 16, M::SegPtr16, 0, 0, 0x3), // Lss_r16_m1616
r(N::Lss, E::Legacy, &[K::r32_reg, K::mem], 32, M::SegPtr32, 0, 0, 0x3), // Lss_r32_m1632
r(N::Lss, E::Legacy, &[K::r64_reg, K::mem], 64, M::SegPtr64, 0, 0, 0x3), // Lss_r64_m1664
r(N::Btr, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Btr_rm16_r16
r(N::Btr, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Btr_rm32_r32
r(N::Btr, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Btr_rm64_r64
r(N::Lfs, E::Legacy, &[K::r16_reg, K::mem], 16, M::SegPtr16, 0, 0, 0x3), // Lfs_r16_m1616
r(N::Lfs, E::Legacy, &[K::r32_reg, K::mem], 32, M::SegPtr32, 0, 0, 0x3), // Lfs_r32_m1632
r(N::Lfs, E::Legacy, &[K::r64_reg, K::mem], 64, M::SegPtr64, 0, 0, 0x3), // Lfs_r64_m1664
r(N::Lgs, E::Legacy, &[K::r16_reg, K::mem], 16, M::SegPtr16, 0, 0, 0x3), // Lgs_r16_m1616
r(N::Lgs, E::Legacy, &[K::r32_reg, K::mem], 32, M::SegPtr32, 0, 0, 0x3), // Lgs_r32_m1632
r(N::Lgs, E::Legacy, &[K::r64_reg, K::mem], 64, M::SegPtr64, 0, 0, 0x3), // Lgs_r64_m1664
r(N::Movzx, E::Legacy, &[K::r16_reg, K::r8_or_mem], 16, M::UInt8, 0, 0, 0x3), // Movzx_r16_rm8
r(N::Movzx, E::Legacy, &[K::r32_reg, K::r8_or_mem], 32, M::UInt8, 0, 0, 0x3), // Movzx_r32_rm8
r(N::Movzx, E::Legacy, &[K::r64_reg, K::r8_or_mem], 64, M::UInt8, 0, 0, 0x3), // Movzx_r64_rm8
r(N::Movzx, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Movzx_r16_rm16
r(N::Movzx, E::Legacy, &[K::r32_reg, K::r16_or_mem], 32, M::UInt16, 0, 0, 0x3), // Movzx_r32_rm16
r(N::Movzx, E::Legacy, &[K::r64_reg, K::r16_or_mem], 64, M::UInt16, 0, 0, 0x3), // Movzx_r64_rm16
r(N::Jmpe, E::Legacy, &[K::brdisp_2], 16, M::Unknown, 0, 0, 0x1), // Jmpe_disp16
r(N::Jmpe, E::Legacy, &[K::brdisp_4], 32, M::Unknown, 0, 0, 0x1), // Jmpe_disp32
r(N::Popcnt, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Popcnt_r16_rm16
r(N::Popcnt, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Popcnt_r32_rm32
r(N::Popcnt, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Popcnt_r64_rm64
r(N::Ud1, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Ud1_r16_rm16
r(N::Ud1, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Ud1_r32_rm32
r(N::Ud1, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Ud1_r64_rm64
r(N::Bt, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Bt_rm16_imm8
r(N::Bt, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Bt_rm32_imm8
r(N::Bt, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Bt_rm64_imm8
r(N::Bts, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Bts_rm16_imm8
r(N::Bts, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Bts_rm32_imm8
r(N::Bts, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Bts_rm64_imm8
r(N::Btr, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Btr_rm16_imm8
r(N::Btr, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Btr_rm32_imm8
r(N::Btr, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Btr_rm64_imm8
r(N::Btc, E::Legacy, &[K::r16_or_mem, K::imm8], 16, M::UInt16, 0, 0, 0x3), // Btc_rm16_imm8
r(N::Btc, E::Legacy, &[K::r32_or_mem, K::imm8], 32, M::UInt32, 0, 0, 0x3), // Btc_rm32_imm8
r(N::Btc, E::Legacy, &[K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Btc_rm64_imm8
r(N::Btc, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Btc_rm16_r16
r(N::Btc, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Btc_rm32_r32
r(N::Btc, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Btc_rm64_r64
r(N::Bsf, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Bsf_r16_rm16
r(N::Bsf, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Bsf_r32_rm32
r(N::Bsf, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Bsf_r64_rm64
r(N::Tzcnt, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Tzcnt_r16_rm16
r(N::Tzcnt, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Tzcnt_r32_rm32
r(N::Tzcnt, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Tzcnt_r64_rm64
r(N::Bsr, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Bsr_r16_rm16
r(N::Bsr, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Bsr_r32_rm32
r(N::Bsr, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Bsr_r64_rm64
r(N::Lzcnt, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lzcnt_r16_rm16
r(N::Lzcnt, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Lzcnt_r32_rm32
r(N::Lzcnt, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Lzcnt_r64_rm64
r(N::Movsx, E::Legacy, &[K::r16_reg, K::r8_or_mem], 16, M::Int8, 0, 0, 0x3), // Movsx_r16_rm8
r(N::Movsx, E::Legacy, &[K::r32_reg, K::r8_or_mem], 32, M::Int8, 0, 0, 0x3), // Movsx_r32_rm8
r(N::Movsx, E::Legacy, &[K::r64_reg, K::r8_or_mem], 64, M::Int8, 0, 0, 0x3), // Movsx_r64_rm8
r(N::Movsx, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::Int16, 0, 0, 0x3), // Movsx_r16_rm16
r(N::Movsx, E::Legacy, &[K::r32_reg, K::r16_or_mem], 32, M::Int16, 0, 0, 0x3), // Movsx_r32_rm16
r(N::Movsx, E::Legacy, &[K::r64_reg, K::r16_or_mem], 64, M::Int16, 0, 0, 0x3), // Movsx_r64_rm16
r(N::Xadd, E::Legacy, &[K::r8_or_mem, K::r8_reg], 0, M::UInt8, 0, 0, 0x3), // Xadd_rm8_r8
r(N::Xadd, E::Legacy, &[K::r16_or_mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Xadd_rm16_r16
r(N::Xadd, E::Legacy, &[K::r32_or_mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Xadd_rm32_r32
r(N::Xadd, E::Legacy, &[K::r64_or_mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Xadd_rm64_r64
r(N::Cmpps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // Cmpps_xmm_xmmm128_imm8
r(N::Vcmpps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vcmpps_xmm_xmm_xmmm128_imm8
r(N::Vcmpps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vcmpps_ymm_ymm_ymmm256_imm8
r(N::Vcmpps, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x4b), // EVEX_Vcmpps_kr_k1_xmm_xmmm128b32_imm8
r(N::Vcmpps, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x4b), // EVEX_Vcmpps_kr_k1_ymm_ymmm256b32_imm8
r(N::Vcmpps, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0x5b), // EVEX_Vcmpps_kr_k1_zmm_zmmm512b32_imm8_sae
r(N::Cmppd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // Cmppd_xmm_xmmm128_imm8
r(N::Vcmppd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vcmppd_xmm_xmm_xmmm128_imm8
r(N::Vcmppd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vcmppd_ymm_ymm_ymmm256_imm8
r(N::Vcmppd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0x4b), // EVEX_Vcmppd_kr_k1_xmm_xmmm128b64_imm8
r(N::Vcmppd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0x4b), // EVEX_Vcmppd_kr_k1_ymm_ymmm256b64_imm8
r(N::Vcmppd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0x5b), // EVEX_Vcmppd_kr_k1_zmm_zmmm512b64_imm8_sae
r(N::Cmpss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // Cmpss_xmm_xmmm32_imm8
r(N::Vcmpss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // VEX_Vcmpss_xmm_xmm_xmmm32_imm8
r(N::Vcmpss, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x53), // EVEX_Vcmpss_kr_k1_xmm_xmmm32_imm8_sae
r(N::Cmpsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Float64, 0, 0, 0x3), // Cmpsd_xmm_xmmm64_imm8
r(N::Vcmpsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 0, 0, 0x3), // VEX_Vcmpsd_xmm_xmm_xmmm64_imm8
r(N::Vcmpsd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0x53), // EVEX_Vcmpsd_kr_k1_xmm_xmmm64_imm8_sae
r(N::Movnti, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Movnti_m32_r32
r(N::Movnti, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Movnti_m64_r64
r(N::Pinsrw, E::Legacy, &[K::mm_reg, K::r32_or_mem, K::imm8], 0, M::UInt16, 0, 0, 0x3), // Pinsrw_mm_r32m16_imm8
r(N::Pinsrw, E::Legacy, &[K::mm_reg, K::r64_or_mem, K::imm8], 64, M::UInt16, 0, 0, 0x3), // Pinsrw_mm_r64m16_imm8
r(N::Pinsrw, E::Legacy, &[K::xmm_reg, K::r32_or_mem, K::imm8], 0, M::UInt16, 0, 0, 0x3), // Pinsrw_xmm_r32m16_imm8
r(N::Pinsrw, E::Legacy, &[K::xmm_reg, K::r64_or_mem, K::imm8], 64, M::UInt16, 0, 0, 0x3), // Pinsrw_xmm_r64m16_imm8
r(N::Vpinsrw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt16, 0, 0, 0x3), // VEX_Vpinsrw_xmm_xmm_r32m16_imm8
r(N::Vpinsrw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt16, 1, 0, 0x3), // VEX_Vpinsrw_xmm_xmm_r64m16_imm8
r(N::Vpinsrw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt16, 0, 0, 0x3), // EVEX_Vpinsrw_xmm_xmm_r32m16_imm8
r(N::Vpinsrw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt16, 1, 0, 0x3), // EVEX_Vpinsrw_xmm_xmm_r64m16_imm8
r(N::Pextrw, E::Legacy, &[K::r32_reg, K::mm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Pextrw_r32_mm_imm8
r(N::Pextrw, E::Legacy, &[K::r64_reg, K::mm_rm, K::imm8], 64, M::Unknown, 0, 0, 0x3), // Pextrw_r64_mm_imm8
r(N::Pextrw, E::Legacy, &[K::r32_reg, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // Pextrw_r32_xmm_imm8
r(N::Pextrw, E::Legacy, &[K::r64_reg, K::xmm_rm, K::imm8], 64, M::Unknown, 0, 0, 0x3), // Pextrw_r64_xmm_imm8
r(N::Vpextrw, E::VEX, &[K::r32_reg, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpextrw_r32_xmm_imm8
r(N::Vpextrw, E::VEX, &[K::r64_reg, K::xmm_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // VEX_Vpextrw_r64_xmm_imm8
r(N::Vpextrw, E::EVEX, &[K::r32_reg, K::xmm_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpextrw_r32_xmm_imm8
r(N::Vpextrw, E::EVEX, &[K::r64_reg, K::xmm_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpextrw_r64_xmm_imm8
r(N::Shufps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // Shufps_xmm_xmmm128_imm8
r(N::Vshufps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vshufps_xmm_xmm_xmmm128_imm8
r(N::Vshufps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vshufps_ymm_ymm_ymmm256_imm8
r(N::Vshufps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vshufps_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vshufps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vshufps_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vshufps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vshufps_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Shufpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // Shufpd_xmm_xmmm128_imm8
r(N::Vshufpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vshufpd_xmm_xmm_xmmm128_imm8
r(N::Vshufpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vshufpd_ymm_ymm_ymmm256_imm8
r(N::Vshufpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vshufpd_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vshufpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vshufpd_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vshufpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vshufpd_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Cmpxchg8b, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Cmpxchg8b_m64
r(N::Cmpxchg16b, E::Legacy, &[K::mem], 64, M::UInt128, 0, 0, 0x3), // Cmpxchg16b_m128
r(N::Xrstors, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xrstors_mem
r(N::Xrstors64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xrstors64_mem
r(N::Xsavec, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xsavec_mem
r(N::Xsavec64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xsavec64_mem
r(N::Xsaves, E::Legacy, &[K::mem], 0, M::Xsave, 0, 0, 0x3), // Xsaves_mem
r(N::Xsaves64, E::Legacy, &[K::mem], 64, M::Xsave64, 0, 0, 0x3), // Xsaves64_mem
r(N::Vmptrld, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Vmptrld_m64
r(N::Vmclear, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Vmclear_m64
r(N::Vmxon, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Vmxon_m64
r(N::Rdrand, E::Legacy, &[K::r16_rm], 16, M::Unknown, 0, 0, 0x3), // Rdrand_r16
r(N::Rdrand, E::Legacy, &[K::r32_rm], 32, M::Unknown, 0, 0, 0x3), // Rdrand_r32
r(N::Rdrand, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Rdrand_r64
r(N::Vmptrst, E::Legacy, &[K::mem], 0, M::UInt64, 0, 0, 0x3), // Vmptrst_m64
r(N::Rdseed, E::Legacy, &[K::r16_rm], 16, M::Unknown, 0, 0, 0x3), // Rdseed_r16
r(N::Rdseed, E::Legacy, &[K::r32_rm], 32, M::Unknown, 0, 0, 0x3), // Rdseed_r32
r(N::Rdseed, E::Legacy, &[K::r64_rm], 64, M::Unknown, 0, 0, 0x3), // Rdseed_r64
r(N::Rdpid, E::Legacy, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x1), // Rdpid_r32
r(N::Rdpid, E::Legacy, &[K::r64_rm], 0, M::Unknown, 0, 0, 0x3), // Rdpid_r64
r(N::Bswap, E::Legacy, &[K::r16_opcode], 16, M::Unknown, 0, 0, 0x3), // Bswap_r16
r(N::Bswap, E::Legacy, &[K::r32_opcode], 32, M::Unknown, 0, 0, 0x3), // Bswap_r32
r(N::Bswap, E::Legacy, &[K::r64_opcode], 64, M::Unknown, 0, 0, 0x3), // Bswap_r64
r(N::Addsubpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Addsubpd_xmm_xmmm128
r(N::Vaddsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vaddsubpd_xmm_xmm_xmmm128
r(N::Vaddsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vaddsubpd_ymm_ymm_ymmm256
r(N::Addsubps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // Addsubps_xmm_xmmm128
r(N::Vaddsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vaddsubps_xmm_xmm_xmmm128
r(N::Vaddsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vaddsubps_ymm_ymm_ymmm256
r(N::Psrlw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Psrlw_mm_mmm64
r(N::Psrlw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Psrlw_xmm_xmmm128
r(N::Vpsrlw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpsrlw_xmm_xmm_xmmm128
r(N::Vpsrlw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0x3), // VEX_Vpsrlw_ymm_ymm_xmmm128
r(N::Vpsrlw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsrlw_xmm_k1z_xmm_xmmm128
r(N::Vpsrlw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0xc3), // EVEX_Vpsrlw_ymm_k1z_ymm_xmmm128
r(N::Vpsrlw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 2, 0xc3), // EVEX_Vpsrlw_zmm_k1z_zmm_xmmm128
r(N::Psrld, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Psrld_mm_mmm64
r(N::Psrld, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Psrld_xmm_xmmm128
r(N::Vpsrld, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpsrld_xmm_xmm_xmmm128
r(N::Vpsrld, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0x3), // VEX_Vpsrld_ymm_ymm_xmmm128
r(N::Vpsrld, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vpsrld_xmm_k1z_xmm_xmmm128
r(N::Vpsrld, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vpsrld_ymm_k1z_ymm_xmmm128
r(N::Vpsrld, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 2, 0xc3), // EVEX_Vpsrld_zmm_k1z_zmm_xmmm128
r(N::Psrlq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Psrlq_mm_mmm64
r(N::Psrlq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Psrlq_xmm_xmmm128
r(N::Vpsrlq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpsrlq_xmm_xmm_xmmm128
r(N::Vpsrlq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 1, 0x3), // VEX_Vpsrlq_ymm_ymm_xmmm128
r(N::Vpsrlq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vpsrlq_xmm_k1z_xmm_xmmm128
r(N::Vpsrlq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 1, 0xc3), // EVEX_Vpsrlq_ymm_k1z_ymm_xmmm128
r(N::Vpsrlq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 2, 0xc3), // EVEX_Vpsrlq_zmm_k1z_zmm_xmmm128
r(N::Paddq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Paddq_mm_mmm64
r(N::Paddq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Paddq_xmm_xmmm128
r(N::Vpaddq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpaddq_xmm_xmm_xmmm128
r(N::Vpaddq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpaddq_ymm_ymm_ymmm256
r(N::Vpaddq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpaddq_xmm_k1z_xmm_xmmm128b64
r(N::Vpaddq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpaddq_ymm_k1z_ymm_ymmm256b64
r(N::Vpaddq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpaddq_zmm_k1z_zmm_zmmm512b64
r(N::Pmullw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmullw_mm_mmm64
r(N::Pmullw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pmullw_xmm_xmmm128
r(N::Vpmullw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpmullw_xmm_xmm_xmmm128
r(N::Vpmullw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpmullw_ymm_ymm_ymmm256
r(N::Vpmullw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpmullw_xmm_k1z_xmm_xmmm128
r(N::Vpmullw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpmullw_ymm_k1z_ymm_ymmm256
r(N::Vpmullw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpmullw_zmm_k1z_zmm_zmmm512
r(N::Movq, E::Legacy, &[K::xmm_or_mem, K::xmm_reg], 0, M::UInt64, 0, 0, 0x3), // Movq_xmmm64_xmm
r(N::Vmovq, E::VEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::UInt64, 0, 0, 0x3), // VEX_Vmovq_xmmm64_xmm
r(N::Vmovq, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vmovq_xmmm64_xmm
r(N::Movq2dq, E::Legacy, &[K::xmm_reg, K::mm_rm], 0, M::Unknown, 0, 0, 0x3), // Movq2dq_xmm_mm
r(N::Movdq2q, E::Legacy, &[K::mm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Movdq2q_mm_xmm
r(N::Pmovmskb, E::Legacy, &[K::r32_reg, K::mm_rm], 0, M::Unknown, 0, 0, 0x3), // Pmovmskb_r32_mm
r(N::Pmovmskb, E::Legacy, &[K::r64_reg, K::mm_rm], 64, M::Unknown, 0, 0, 0x3), // Pmovmskb_r64_mm
r(N::Pmovmskb, E::Legacy, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // Pmovmskb_r32_xmm
r(N::Pmovmskb, E::Legacy, &[K::r64_reg, K::xmm_rm], 64, M::Unknown, 0, 0, 0x3), // Pmovmskb_r64_xmm
r(N::Vpmovmskb, E::VEX, &[K::r32_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vpmovmskb_r32_xmm
r(N::Vpmovmskb, E::VEX, &[K::r64_reg, K::xmm_rm], 0, M::Unknown, 1, 0, 0x3), // VEX_Vpmovmskb_r64_xmm
r(N::Vpmovmskb, E::VEX, &[K::r32_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vpmovmskb_r32_ymm
r(N::Vpmovmskb, E::VEX, &[K::r64_reg, K::ymm_rm], 0, M::Unknown, 1, 1, 0x3), // VEX_Vpmovmskb_r64_ymm
r(N::Psubusb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Psubusb_mm_mmm64
r(N::Psubusb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Psubusb_xmm_xmmm128
r(N::Vpsubusb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpsubusb_xmm_xmm_xmmm128
r(N::Vpsubusb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpsubusb_ymm_ymm_ymmm256
r(N::Vpsubusb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpsubusb_xmm_k1z_xmm_xmmm128
r(N::Vpsubusb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpsubusb_ymm_k1z_ymm_ymmm256
r(N::Vpsubusb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpsubusb_zmm_k1z_zmm_zmmm512
r(N::Psubusw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Psubusw_mm_mmm64
r(N::Psubusw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Psubusw_xmm_xmmm128
r(N::Vpsubusw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpsubusw_xmm_xmm_xmmm128
r(N::Vpsubusw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpsubusw_ymm_ymm_ymmm256
r(N::Vpsubusw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsubusw_xmm_k1z_xmm_xmmm128
r(N::Vpsubusw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpsubusw_ymm_k1z_ymm_ymmm256
r(N::Vpsubusw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpsubusw_zmm_k1z_zmm_zmmm512
r(N::Pminub, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pminub_mm_mmm64
r(N::Pminub, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pminub_xmm_xmmm128
r(N::Vpminub, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpminub_xmm_xmm_xmmm128
r(N::Vpminub, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpminub_ymm_ymm_ymmm256
r(N::Vpminub, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpminub_xmm_k1z_xmm_xmmm128
r(N::Vpminub, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpminub_ymm_k1z_ymm_ymmm256
r(N::Vpminub, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpminub_zmm_k1z_zmm_zmmm512
r(N::Pand, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Pand_mm_mmm64
r(N::Pand, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Pand_xmm_xmmm128
r(N::Vpand, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vpand_xmm_xmm_xmmm128
r(N::Vpand, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vpand_ymm_ymm_ymmm256
r(N::Vpandd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpandd_xmm_k1z_xmm_xmmm128b32
r(N::Vpandd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpandd_ymm_k1z_ymm_ymmm256b32
r(N::Vpandd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpandd_zmm_k1z_zmm_zmmm512b32
r(N::Vpandq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpandq_xmm_k1z_xmm_xmmm128b64
r(N::Vpandq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpandq_ymm_k1z_ymm_ymmm256b64
r(N::Vpandq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpandq_zmm_k1z_zmm_zmmm512b64
r(N::Paddusb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Paddusb_mm_mmm64
r(N::Paddusb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Paddusb_xmm_xmmm128
r(N::Vpaddusb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpaddusb_xmm_xmm_xmmm128
r(N::Vpaddusb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpaddusb_ymm_ymm_ymmm256
r(N::Vpaddusb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpaddusb_xmm_k1z_xmm_xmmm128
r(N::Vpaddusb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpaddusb_ymm_k1z_ymm_ymmm256
r(N::Vpaddusb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpaddusb_zmm_k1z_zmm_zmmm512
r(N::Paddusw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Paddusw_mm_mmm64
r(N::Paddusw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Paddusw_xmm_xmmm128
r(N::Vpaddusw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpaddusw_xmm_xmm_xmmm128
r(N::Vpaddusw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpaddusw_ymm_ymm_ymmm256
r(N::Vpaddusw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpaddusw_xmm_k1z_xmm_xmmm128
r(N::Vpaddusw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpaddusw_ymm_k1z_ymm_ymmm256
r(N::Vpaddusw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpaddusw_zmm_k1z_zmm_zmmm512
r(N::Pmaxub, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pmaxub_mm_mmm64
r(N::Pmaxub, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pmaxub_xmm_xmmm128
r(N::Vpmaxub, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpmaxub_xmm_xmm_xmmm128
r(N::Vpmaxub, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpmaxub_ymm_ymm_ymmm256
r(N::Vpmaxub, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpmaxub_xmm_k1z_xmm_xmmm128
r(N::Vpmaxub, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpmaxub_ymm_k1z_ymm_ymmm256
r(N::Vpmaxub, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpmaxub_zmm_k1z_zmm_zmmm512
r(N::Pandn, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Pandn_mm_mmm64
r(N::Pandn, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Pandn_xmm_xmmm128
r(N::Vpandn, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vpandn_xmm_xmm_xmmm128
r(N::Vpandn, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vpandn_ymm_ymm_ymmm256
r(N::Vpandnd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpandnd_xmm_k1z_xmm_xmmm128b32
r(N::Vpandnd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpandnd_ymm_k1z_ymm_ymmm256b32
r(N::Vpandnd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpandnd_zmm_k1z_zmm_zmmm512b32
r(N::Vpandnq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpandnq_xmm_k1z_xmm_xmmm128b64
r(N::Vpandnq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpandnq_ymm_k1z_ymm_ymmm256b64
r(N::Vpandnq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpandnq_zmm_k1z_zmm_zmmm512b64
r(N::Pavgb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pavgb_mm_mmm64
r(N::Pavgb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pavgb_xmm_xmmm128
r(N::Vpavgb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpavgb_xmm_xmm_xmmm128
r(N::Vpavgb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpavgb_ymm_ymm_ymmm256
r(N::Vpavgb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpavgb_xmm_k1z_xmm_xmmm128
r(N::Vpavgb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpavgb_ymm_k1z_ymm_ymmm256
r(N::Vpavgb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpavgb_zmm_k1z_zmm_zmmm512
r(N::Psraw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Psraw_mm_mmm64
r(N::Psraw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Psraw_xmm_xmmm128
r(N::Vpsraw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpsraw_xmm_xmm_xmmm128
r(N::Vpsraw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 1, 0x3), // VEX_Vpsraw_ymm_ymm_xmmm128
r(N::Vpsraw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpsraw_xmm_k1z_xmm_xmmm128
r(N::Vpsraw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 1, 0xc3), // EVEX_Vpsraw_ymm_k1z_ymm_xmmm128
r(N::Vpsraw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 2, 0xc3), // EVEX_Vpsraw_zmm_k1z_zmm_xmmm128
r(N::Psrad, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Psrad_mm_mmm64
r(N::Psrad, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Psrad_xmm_xmmm128
r(N::Vpsrad, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpsrad_xmm_xmm_xmmm128
r(N::Vpsrad, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0x3), // VEX_Vpsrad_ymm_ymm_xmmm128
r(N::Vpsrad, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xc3), // EVEX_Vpsrad_xmm_k1z_xmm_xmmm128
r(N::Vpsrad, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0xc3), // EVEX_Vpsrad_ymm_k1z_ymm_xmmm128
r(N::Vpsrad, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 2, 0xc3), // EVEX_Vpsrad_zmm_k1z_zmm_xmmm128
r(N::Vpsraq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xc3), // EVEX_Vpsraq_xmm_k1z_xmm_xmmm128
r(N::Vpsraq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 1, 0xc3), // EVEX_Vpsraq_ymm_k1z_ymm_xmmm128
r(N::Vpsraq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 2, 0xc3), // EVEX_Vpsraq_zmm_k1z_zmm_xmmm128
r(N::Pavgw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Pavgw_mm_mmm64
r(N::Pavgw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pavgw_xmm_xmmm128
r(N::Vpavgw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpavgw_xmm_xmm_xmmm128
r(N::Vpavgw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpavgw_ymm_ymm_ymmm256
r(N::Vpavgw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpavgw_xmm_k1z_xmm_xmmm128
r(N::Vpavgw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpavgw_ymm_k1z_ymm_ymmm256
r(N::Vpavgw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpavgw_zmm_k1z_zmm_zmmm512
r(N::Pmulhuw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Pmulhuw_mm_mmm64
r(N::Pmulhuw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pmulhuw_xmm_xmmm128
r(N::Vpmulhuw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpmulhuw_xmm_xmm_xmmm128
r(N::Vpmulhuw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpmulhuw_ymm_ymm_ymmm256
r(N::Vpmulhuw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpmulhuw_xmm_k1z_xmm_xmmm128
r(N::Vpmulhuw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpmulhuw_ymm_k1z_ymm_ymmm256
r(N::Vpmulhuw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpmulhuw_zmm_k1z_zmm_zmmm512
r(N::Pmulhw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmulhw_mm_mmm64
r(N::Pmulhw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pmulhw_xmm_xmmm128
r(N::Vpmulhw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpmulhw_xmm_xmm_xmmm128
r(N::Vpmulhw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpmulhw_ymm_ymm_ymmm256
r(N::Vpmulhw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpmulhw_xmm_k1z_xmm_xmmm128
r(N::Vpmulhw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpmulhw_ymm_k1z_ymm_ymmm256
r(N::Vpmulhw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpmulhw_zmm_k1z_zmm_zmmm512
r(N::Cvttpd2dq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Cvttpd2dq_xmm_xmmm128
r(N::Vcvttpd2dq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vcvttpd2dq_xmm_xmmm128
r(N::Vcvttpd2dq, E::VEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vcvttpd2dq_xmm_ymmm256
r(N::Vcvttpd2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvttpd2dq_xmm_k1z_xmmm128b64
r(N::Vcvttpd2dq, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvttpd2dq_xmm_k1z_ymmm256b64
r(N::Vcvttpd2dq, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vcvttpd2dq_ymm_k1z_zmmm512b64_sae
r(N::Cvtdq2pd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Cvtdq2pd_xmm_xmmm64
r(N::Vcvtdq2pd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // VEX_Vcvtdq2pd_xmm_xmmm64
r(N::Vcvtdq2pd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0x3), // VEX_Vcvtdq2pd_ymm_xmmm128
r(N::Vcvtdq2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0xcb), // EVEX_Vcvtdq2pd_xmm_k1z_xmmm64b32
r(N::Vcvtdq2pd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0xcb), // EVEX_Vcvtdq2pd_ymm_k1z_xmmm128b32
r(N::Vcvtdq2pd, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 2, 0xeb), // EVEX_Vcvtdq2pd_zmm_k1z_ymmm256b32_er
r(N::Vcvtqq2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vcvtqq2pd_xmm_k1z_xmmm128b64
r(N::Vcvtqq2pd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vcvtqq2pd_ymm_k1z_ymmm256b64
r(N::Vcvtqq2pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xeb), // EVEX_Vcvtqq2pd_zmm_k1z_zmmm512b64_er
r(N::Cvtpd2dq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // Cvtpd2dq_xmm_xmmm128
r(N::Vcvtpd2dq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vcvtpd2dq_xmm_xmmm128
r(N::Vcvtpd2dq, E::VEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vcvtpd2dq_xmm_ymmm256
r(N::Vcvtpd2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2dq_xmm_k1z_xmmm128b64
r(N::Vcvtpd2dq, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2dq_xmm_k1z_ymmm256b64
r(N::Vcvtpd2dq, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2dq_ymm_k1z_zmmm512b64_er
r(N::Movntq, E::Legacy, &[K::mem, K::mm_reg], 0, M::Packed64_UInt32, 0, 0, 0x3), // Movntq_m64_mm
r(N::Movntdq, E::Legacy, &[K::mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // Movntdq_m128_xmm
r(N::Vmovntdq, E::VEX, &[K::mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vmovntdq_m128_xmm
r(N::Vmovntdq, E::VEX, &[K::mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vmovntdq_m256_ymm
r(N::Vmovntdq, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // EVEX_Vmovntdq_m128_xmm
r(N::Vmovntdq, E::EVEX, &[K::mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0x3), // EVEX_Vmovntdq_m256_ymm
r(N::Vmovntdq, E::EVEX, &[K::mem, K::zmm_reg], 0, M::Packed512_UInt32, 0, 2, 0x3), // EVEX_Vmovntdq_m512_zmm
r(N::Psubsb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Psubsb_mm_mmm64
r(N::Psubsb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Psubsb_xmm_xmmm128
r(N::Vpsubsb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpsubsb_xmm_xmm_xmmm128
r(N::Vpsubsb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpsubsb_ymm_ymm_ymmm256
r(N::Vpsubsb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpsubsb_xmm_k1z_xmm_xmmm128
r(N::Vpsubsb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpsubsb_ymm_k1z_ymm_ymmm256
r(N::Vpsubsb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpsubsb_zmm_k1z_zmm_zmmm512
r(N::Psubsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Psubsw_mm_mmm64
r(N::Psubsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Psubsw_xmm_xmmm128
r(N::Vpsubsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpsubsw_xmm_xmm_xmmm128
r(N::Vpsubsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpsubsw_ymm_ymm_ymmm256
r(N::Vpsubsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpsubsw_xmm_k1z_xmm_xmmm128
r(N::Vpsubsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpsubsw_ymm_k1z_ymm_ymmm256
r(N::Vpsubsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpsubsw_zmm_k1z_zmm_zmmm512
r(N::Pminsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pminsw_mm_mmm64
r(N::Pminsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pminsw_xmm_xmmm128
r(N::Vpminsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpminsw_xmm_xmm_xmmm128
r(N::Vpminsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpminsw_ymm_ymm_ymmm256
r(N::Vpminsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpminsw_xmm_k1z_xmm_xmmm128
r(N::Vpminsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpminsw_ymm_k1z_ymm_ymmm256
r(N::Vpminsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpminsw_zmm_k1z_zmm_zmmm512
r(N::Por, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Por_mm_mmm64
r(N::Por, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Por_xmm_xmmm128
r(N::Vpor, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vpor_xmm_xmm_xmmm128
r(N::Vpor, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vpor_ymm_ymm_ymmm256
r(N::Vpord, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpord_xmm_k1z_xmm_xmmm128b32
r(N::Vpord, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpord_ymm_k1z_ymm_ymmm256b32
r(N::Vpord, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpord_zmm_k1z_zmm_zmmm512b32
r(N::Vporq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vporq_xmm_k1z_xmm_xmmm128b64
r(N::Vporq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vporq_ymm_k1z_ymm_ymmm256b64
r(N::Vporq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vporq_zmm_k1z_zmm_zmmm512b64
r(N::Paddsb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Paddsb_mm_mmm64
r(N::Paddsb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Paddsb_xmm_xmmm128
r(N::Vpaddsb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpaddsb_xmm_xmm_xmmm128
r(N::Vpaddsb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpaddsb_ymm_ymm_ymmm256
r(N::Vpaddsb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpaddsb_xmm_k1z_xmm_xmmm128
r(N::Vpaddsb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpaddsb_ymm_k1z_ymm_ymmm256
r(N::Vpaddsb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpaddsb_zmm_k1z_zmm_zmmm512
r(N::Paddsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Paddsw_mm_mmm64
r(N::Paddsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Paddsw_xmm_xmmm128
r(N::Vpaddsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpaddsw_xmm_xmm_xmmm128
r(N::Vpaddsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpaddsw_ymm_ymm_ymmm256
r(N::Vpaddsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpaddsw_xmm_k1z_xmm_xmmm128
r(N::Vpaddsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpaddsw_ymm_k1z_ymm_ymmm256
r(N::Vpaddsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpaddsw_zmm_k1z_zmm_zmmm512
r(N::Pmaxsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmaxsw_mm_mmm64
r(N::Pmaxsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pmaxsw_xmm_xmmm128
r(N::Vpmaxsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpmaxsw_xmm_xmm_xmmm128
r(N::Vpmaxsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpmaxsw_ymm_ymm_ymmm256
r(N::Vpmaxsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpmaxsw_xmm_k1z_xmm_xmmm128
r(N::Vpmaxsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpmaxsw_ymm_k1z_ymm_ymmm256
r(N::Vpmaxsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpmaxsw_zmm_k1z_zmm_zmmm512
r(N::Pxor, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Pxor_mm_mmm64
r(N::Pxor, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Pxor_xmm_xmmm128
r(N::Vpxor, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vpxor_xmm_xmm_xmmm128
r(N::Vpxor, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vpxor_ymm_ymm_ymmm256
r(N::Vpxord, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpxord_xmm_k1z_xmm_xmmm128b32
r(N::Vpxord, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpxord_ymm_k1z_ymm_ymmm256b32
r(N::Vpxord, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpxord_zmm_k1z_zmm_zmmm512b32
r(N::Vpxorq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpxorq_xmm_k1z_xmm_xmmm128b64
r(N::Vpxorq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpxorq_ymm_k1z_ymm_ymmm256b64
r(N::Vpxorq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpxorq_zmm_k1z_zmm_zmmm512b64
r(N::Lddqu, E::Legacy, &[K::xmm_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // Lddqu_xmm_m128
r(N::Vlddqu, E::VEX, &[K::xmm_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vlddqu_xmm_m128
r(N::Vlddqu, E::VEX, &[K::ymm_reg, K::mem], 0, M::UInt256, 0, 1, 0x3), // VEX_Vlddqu_ymm_m256
r(N::Psllw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Psllw_mm_mmm64
r(N::Psllw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Psllw_xmm_xmmm128
r(N::Vpsllw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpsllw_xmm_xmm_xmmm128
r(N::Vpsllw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0x3), // VEX_Vpsllw_ymm_ymm_xmmm128
r(N::Vpsllw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsllw_xmm_k1z_xmm_xmmm128
r(N::Vpsllw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0xc3), // EVEX_Vpsllw_ymm_k1z_ymm_xmmm128
r(N::Vpsllw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 2, 0xc3), // EVEX_Vpsllw_zmm_k1z_zmm_xmmm128
r(N::Pslld, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Pslld_mm_mmm64
r(N::Pslld, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pslld_xmm_xmmm128
r(N::Vpslld, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpslld_xmm_xmm_xmmm128
r(N::Vpslld, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0x3), // VEX_Vpslld_ymm_ymm_xmmm128
r(N::Vpslld, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vpslld_xmm_k1z_xmm_xmmm128
r(N::Vpslld, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vpslld_ymm_k1z_ymm_xmmm128
r(N::Vpslld, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 2, 0xc3), // EVEX_Vpslld_zmm_k1z_zmm_xmmm128
r(N::Psllq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::UInt64, 0, 0, 0x3), // Psllq_mm_mmm64
r(N::Psllq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Psllq_xmm_xmmm128
r(N::Vpsllq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpsllq_xmm_xmm_xmmm128
r(N::Vpsllq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 1, 0x3), // VEX_Vpsllq_ymm_ymm_xmmm128
r(N::Vpsllq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vpsllq_xmm_k1z_xmm_xmmm128
r(N::Vpsllq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 1, 0xc3), // EVEX_Vpsllq_ymm_k1z_ymm_xmmm128
r(N::Vpsllq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 2, 0xc3), // EVEX_Vpsllq_zmm_k1z_zmm_xmmm128
r(N::Pmuludq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Pmuludq_mm_mmm64
r(N::Pmuludq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pmuludq_xmm_xmmm128
r(N::Vpmuludq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpmuludq_xmm_xmm_xmmm128
r(N::Vpmuludq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpmuludq_ymm_ymm_ymmm256
r(N::Vpmuludq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 1, 0, 0xcb), // EVEX_Vpmuludq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmuludq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 1, 1, 0xcb), // EVEX_Vpmuludq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmuludq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 1, 2, 0xcb), // EVEX_Vpmuludq_zmm_k1z_zmm_zmmm512b64
r(N::Pmaddwd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmaddwd_mm_mmm64
r(N::Pmaddwd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pmaddwd_xmm_xmmm128
r(N::Vpmaddwd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpmaddwd_xmm_xmm_xmmm128
r(N::Vpmaddwd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpmaddwd_ymm_ymm_ymmm256
r(N::Vpmaddwd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpmaddwd_xmm_k1z_xmm_xmmm128
r(N::Vpmaddwd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpmaddwd_ymm_k1z_ymm_ymmm256
r(N::Vpmaddwd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpmaddwd_zmm_k1z_zmm_zmmm512
r(N::Psadbw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Psadbw_mm_mmm64
r(N::Psadbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Psadbw_xmm_xmmm128
r(N::Vpsadbw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpsadbw_xmm_xmm_xmmm128
r(N::Vpsadbw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpsadbw_ymm_ymm_ymmm256
r(N::Vpsadbw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // EVEX_Vpsadbw_xmm_xmm_xmmm128
r(N::Vpsadbw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // EVEX_Vpsadbw_ymm_ymm_ymmm256
r(N::Vpsadbw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0x3), // EVEX_Vpsadbw_zmm_zmm_zmmm512
r(N::Maskmovq, E::Legacy, &[K::seg_rDI, K::mm_reg, K::mm_rm], 0, M::UInt64, 0, 0, 0x3), // Maskmovq_rDI_mm_mm
r(N::Maskmovdqu, E::Legacy, &[K::seg_rDI, K::xmm_reg, K::xmm_rm], 0, M::UInt128, 0, 0, 0x3), // Maskmovdqu_rDI_xmm_xmm
r(N::Vmaskmovdqu, E::VEX, &[K::seg_rDI, K::xmm_reg, K::xmm_rm], 0, M::UInt128, 0, 0, 0x3), // VEX_Vmaskmovdqu_rDI_xmm_xmm
r(N::Psubb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Psubb_mm_mmm64
r(N::Psubb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Psubb_xmm_xmmm128
r(N::Vpsubb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpsubb_xmm_xmm_xmmm128
r(N::Vpsubb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpsubb_ymm_ymm_ymmm256
r(N::Vpsubb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpsubb_xmm_k1z_xmm_xmmm128
r(N::Vpsubb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpsubb_ymm_k1z_ymm_ymmm256
r(N::Vpsubb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpsubb_zmm_k1z_zmm_zmmm512
r(N::Psubw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Psubw_mm_mmm64
r(N::Psubw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Psubw_xmm_xmmm128
r(N::Vpsubw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpsubw_xmm_xmm_xmmm128
r(N::Vpsubw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpsubw_ymm_ymm_ymmm256
r(N::Vpsubw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpsubw_xmm_k1z_xmm_xmmm128
r(N::Vpsubw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpsubw_ymm_k1z_ymm_ymmm256
r(N::Vpsubw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpsubw_zmm_k1z_zmm_zmmm512
r(N::Psubd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Psubd_mm_mmm64
r(N::Psubd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Psubd_xmm_xmmm128
r(N::Vpsubd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpsubd_xmm_xmm_xmmm128
r(N::Vpsubd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpsubd_ymm_ymm_ymmm256
r(N::Vpsubd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpsubd_xmm_k1z_xmm_xmmm128b32
r(N::Vpsubd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpsubd_ymm_k1z_ymm_ymmm256b32
r(N::Vpsubd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpsubd_zmm_k1z_zmm_zmmm512b32
r(N::Psubq, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Int64, 0, 0, 0x3), // Psubq_mm_mmm64
r(N::Psubq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Psubq_xmm_xmmm128
r(N::Vpsubq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpsubq_xmm_xmm_xmmm128
r(N::Vpsubq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpsubq_ymm_ymm_ymmm256
r(N::Vpsubq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsubq_xmm_k1z_xmm_xmmm128b64
r(N::Vpsubq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsubq_ymm_k1z_ymm_ymmm256b64
r(N::Vpsubq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsubq_zmm_k1z_zmm_zmmm512b64
r(N::Paddb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Paddb_mm_mmm64
r(N::Paddb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Paddb_xmm_xmmm128
r(N::Vpaddb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpaddb_xmm_xmm_xmmm128
r(N::Vpaddb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpaddb_ymm_ymm_ymmm256
r(N::Vpaddb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpaddb_xmm_k1z_xmm_xmmm128
r(N::Vpaddb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpaddb_ymm_k1z_ymm_ymmm256
r(N::Vpaddb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpaddb_zmm_k1z_zmm_zmmm512
r(N::Paddw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Paddw_mm_mmm64
r(N::Paddw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Paddw_xmm_xmmm128
r(N::Vpaddw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpaddw_xmm_xmm_xmmm128
r(N::Vpaddw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpaddw_ymm_ymm_ymmm256
r(N::Vpaddw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpaddw_xmm_k1z_xmm_xmmm128
r(N::Vpaddw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpaddw_ymm_k1z_ymm_ymmm256
r(N::Vpaddw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpaddw_zmm_k1z_zmm_zmmm512
r(N::Paddd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Paddd_mm_mmm64
r(N::Paddd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Paddd_xmm_xmmm128
r(N::Vpaddd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpaddd_xmm_xmm_xmmm128
r(N::Vpaddd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpaddd_ymm_ymm_ymmm256
r(N::Vpaddd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpaddd_xmm_k1z_xmm_xmmm128b32
r(N::Vpaddd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpaddd_ymm_k1z_ymm_ymmm256b32
r(N::Vpaddd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpaddd_zmm_k1z_zmm_zmmm512b32
r(N::Ud0, E::Legacy, &[K::r16_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Ud0_r16_rm16
r(N::Ud0, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Ud0_r32_rm32
r(N::Ud0, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Ud0_r64_rm64
r(N::Pshufb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pshufb_mm_mmm64
r(N::Pshufb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pshufb_xmm_xmmm128
r(N::Vpshufb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpshufb_xmm_xmm_xmmm128
r(N::Vpshufb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpshufb_ymm_ymm_ymmm256
r(N::Vpshufb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpshufb_xmm_k1z_xmm_xmmm128
r(N::Vpshufb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpshufb_ymm_k1z_ymm_ymmm256
r(N::Vpshufb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpshufb_zmm_k1z_zmm_zmmm512
r(N::Phaddw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Phaddw_mm_mmm64
r(N::Phaddw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Phaddw_xmm_xmmm128
r(N::Vphaddw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vphaddw_xmm_xmm_xmmm128
r(N::Vphaddw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vphaddw_ymm_ymm_ymmm256
r(N::Phaddd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Phaddd_mm_mmm64
r(N::Phaddd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Phaddd_xmm_xmmm128
r(N::Vphaddd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vphaddd_xmm_xmm_xmmm128
r(N::Vphaddd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vphaddd_ymm_ymm_ymmm256
r(N::Phaddsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Phaddsw_mm_mmm64
r(N::Phaddsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Phaddsw_xmm_xmmm128
r(N::Vphaddsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vphaddsw_xmm_xmm_xmmm128
r(N::Vphaddsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vphaddsw_ymm_ymm_ymmm256
r(N::Pmaddubsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Pmaddubsw_mm_mmm64
r(N::Pmaddubsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Pmaddubsw_xmm_xmmm128
r(N::Vpmaddubsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpmaddubsw_xmm_xmm_xmmm128
r(N::Vpmaddubsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpmaddubsw_ymm_ymm_ymmm256
r(N::Vpmaddubsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpmaddubsw_xmm_k1z_xmm_xmmm128
r(N::Vpmaddubsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpmaddubsw_ymm_k1z_ymm_ymmm256
r(N::Vpmaddubsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpmaddubsw_zmm_k1z_zmm_zmmm512
r(N::Phsubw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Phsubw_mm_mmm64
r(N::Phsubw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Phsubw_xmm_xmmm128
r(N::Vphsubw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vphsubw_xmm_xmm_xmmm128
r(N::Vphsubw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vphsubw_ymm_ymm_ymmm256
r(N::Phsubd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Phsubd_mm_mmm64
r(N::Phsubd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Phsubd_xmm_xmmm128
r(N::Vphsubd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vphsubd_xmm_xmm_xmmm128
r(N::Vphsubd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vphsubd_ymm_ymm_ymmm256
r(N::Phsubsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Phsubsw_mm_mmm64
r(N::Phsubsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Phsubsw_xmm_xmmm128
r(N::Vphsubsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vphsubsw_xmm_xmm_xmmm128
r(N::Vphsubsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vphsubsw_ymm_ymm_ymmm256
r(N::Psignb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Psignb_mm_mmm64
r(N::Psignb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Psignb_xmm_xmmm128
r(N::Vpsignb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpsignb_xmm_xmm_xmmm128
r(N::Vpsignb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpsignb_ymm_ymm_ymmm256
r(N::Psignw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Psignw_mm_mmm64
r(N::Psignw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Psignw_xmm_xmmm128
r(N::Vpsignw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpsignw_xmm_xmm_xmmm128
r(N::Vpsignw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpsignw_ymm_ymm_ymmm256
r(N::Psignd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Psignd_mm_mmm64
r(N::Psignd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Psignd_xmm_xmmm128
r(N::Vpsignd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpsignd_xmm_xmm_xmmm128
r(N::Vpsignd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpsignd_ymm_ymm_ymmm256
r(N::Pmulhrsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmulhrsw_mm_mmm64
r(N::Pmulhrsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pmulhrsw_xmm_xmmm128
r(N::Vpmulhrsw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpmulhrsw_xmm_xmm_xmmm128
r(N::Vpmulhrsw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpmulhrsw_ymm_ymm_ymmm256
r(N::Vpmulhrsw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpmulhrsw_xmm_k1z_xmm_xmmm128
r(N::Vpmulhrsw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpmulhrsw_ymm_k1z_ymm_ymmm256
r(N::Vpmulhrsw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpmulhrsw_zmm_k1z_zmm_zmmm512
r(N::Vpermilps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vpermilps_xmm_xmm_xmmm128
r(N::Vpermilps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vpermilps_ymm_ymm_ymmm256
r(N::Vpermilps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vpermilps_xmm_k1z_xmm_xmmm128b32
r(N::Vpermilps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vpermilps_ymm_k1z_ymm_ymmm256b32
r(N::Vpermilps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vpermilps_zmm_k1z_zmm_zmmm512b32
r(N::Vpermilpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vpermilpd_xmm_xmm_xmmm128
r(N::Vpermilpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vpermilpd_ymm_ymm_ymmm256
r(N::Vpermilpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vpermilpd_xmm_k1z_xmm_xmmm128b64
r(N::Vpermilpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermilpd_ymm_k1z_ymm_ymmm256b64
r(N::Vpermilpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermilpd_zmm_k1z_zmm_zmmm512b64
r(N::Vtestps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vtestps_xmm_xmmm128
r(N::Vtestps, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vtestps_ymm_ymmm256
r(N::Vtestpd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vtestpd_xmm_xmmm128
r(N::Vtestpd, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vtestpd_ymm_ymmm256
r(N::Pblendvb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x203), // Pblendvb_xmm_xmmm128
r(N::Vpsrlvw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpsrlvw_xmm_k1z_xmm_xmmm128
r(N::Vpsrlvw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpsrlvw_ymm_k1z_ymm_ymmm256
r(N::Vpsrlvw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpsrlvw_zmm_k1z_zmm_zmmm512
r(N::Vpmovuswb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt8, 0, 0, 0xc3), // EVEX_Vpmovuswb_xmmm64_k1z_xmm
r(N::Vpmovuswb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt8, 0, 1, 0xc3), // EVEX_Vpmovuswb_xmmm128_k1z_ymm
r(N::Vpmovuswb, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt8, 0, 2, 0xc3), // EVEX_Vpmovuswb_ymmm256_k1z_zmm
r(N::Vpsravw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpsravw_xmm_k1z_xmm_xmmm128
r(N::Vpsravw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpsravw_ymm_k1z_ymm_ymmm256
r(N::Vpsravw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpsravw_zmm_k1z_zmm_zmmm512
r(N::Vpmovusdb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_UInt8, 0, 0, 0xc3), // EVEX_Vpmovusdb_xmmm32_k1z_xmm
r(N::Vpmovusdb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_UInt8, 0, 1, 0xc3), // EVEX_Vpmovusdb_xmmm64_k1z_ymm
r(N::Vpmovusdb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_UInt8, 0, 2, 0xc3), // EVEX_Vpmovusdb_xmmm128_k1z_zmm
r(N::Vpsllvw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpsllvw_xmm_k1z_xmm_xmmm128
r(N::Vpsllvw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpsllvw_ymm_k1z_ymm_ymmm256
r(N::Vpsllvw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpsllvw_zmm_k1z_zmm_zmmm512
r(N::Vpmovusqb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed16_UInt8, 0, 0, 0xc3), // EVEX_Vpmovusqb_xmmm16_k1z_xmm
r(N::Vpmovusqb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed32_UInt8, 0, 1, 0xc3), // EVEX_Vpmovusqb_xmmm32_k1z_ymm
r(N::Vpmovusqb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed64_UInt8, 0, 2, 0xc3), // EVEX_Vpmovusqb_xmmm64_k1z_zmm
r(N::Vcvtph2ps, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0x3), // VEX_Vcvtph2ps_xmm_xmmm64
r(N::Vcvtph2ps, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0x3), // VEX_Vcvtph2ps_ymm_xmmm128
r(N::Vcvtph2ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xc3), // EVEX_Vcvtph2ps_xmm_k1z_xmmm64
r(N::Vcvtph2ps, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xc3), // EVEX_Vcvtph2ps_ymm_k1z_xmmm128
r(N::Vcvtph2ps, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xd3), // EVEX_Vcvtph2ps_zmm_k1z_ymmm256_sae
r(N::Vpmovusdw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt16, 0, 0, 0xc3), // EVEX_Vpmovusdw_xmmm64_k1z_xmm
r(N::Vpmovusdw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt16, 0, 1, 0xc3), // EVEX_Vpmovusdw_xmmm128_k1z_ymm
r(N::Vpmovusdw, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt16, 0, 2, 0xc3), // EVEX_Vpmovusdw_ymmm256_k1z_zmm
r(N::Blendvps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x203), // Blendvps_xmm_xmmm128
r(N::Vprorvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vprorvd_xmm_k1z_xmm_xmmm128b32
r(N::Vprorvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vprorvd_ymm_k1z_ymm_ymmm256b32
r(N::Vprorvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vprorvd_zmm_k1z_zmm_zmmm512b32
r(N::Vprorvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vprorvq_xmm_k1z_xmm_xmmm128b64
r(N::Vprorvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vprorvq_ymm_k1z_ymm_ymmm256b64
r(N::Vprorvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vprorvq_zmm_k1z_zmm_zmmm512b64
r(N::Vpmovusqw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_UInt16, 0, 0, 0xc3), // EVEX_Vpmovusqw_xmmm32_k1z_xmm
r(N::Vpmovusqw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_UInt16, 0, 1, 0xc3), // EVEX_Vpmovusqw_xmmm64_k1z_ymm
r(N::Vpmovusqw, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_UInt16, 0, 2, 0xc3), // EVEX_Vpmovusqw_xmmm128_k1z_zmm
r(N::Blendvpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x203), // Blendvpd_xmm_xmmm128
r(N::Vprolvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vprolvd_xmm_k1z_xmm_xmmm128b32
r(N::Vprolvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vprolvd_ymm_k1z_ymm_ymmm256b32
r(N::Vprolvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vprolvd_zmm_k1z_zmm_zmmm512b32
r(N::Vprolvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vprolvq_xmm_k1z_xmm_xmmm128b64
r(N::Vprolvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vprolvq_ymm_k1z_ymm_ymmm256b64
r(N::Vprolvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vprolvq_zmm_k1z_zmm_zmmm512b64
r(N::Vpmovusqd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt32, 0, 0, 0xc3), // EVEX_Vpmovusqd_xmmm64_k1z_xmm
r(N::Vpmovusqd, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vpmovusqd_xmmm128_k1z_ymm
r(N::Vpmovusqd, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vpmovusqd_ymmm256_k1z_zmm
r(N::Vpermps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vpermps_ymm_ymm_ymmm256
r(N::Vpermps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vpermps_ymm_k1z_ymm_ymmm256b32
r(N::Vpermps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vpermps_zmm_k1z_zmm_zmmm512b32
r(N::Vpermpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermpd_ymm_k1z_ymm_ymmm256b64
r(N::Vpermpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermpd_zmm_k1z_zmm_zmmm512b64
r(N::Ptest, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Ptest_xmm_xmmm128
r(N::Vptest, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vptest_xmm_xmmm128
r(N::Vptest, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::UInt256, 0, 1, 0x3), // VEX_Vptest_ymm_ymmm256
r(N::Vbroadcastss, E::VEX, &[K::xmm_reg, K::mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vbroadcastss_xmm_m32
r(N::Vbroadcastss, E::VEX, &[K::ymm_reg, K::mem], 0, M::Float32, 0, 1, 0x3), // VEX_Vbroadcastss_ymm_m32
r(N::Vbroadcastss, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xc3), // EVEX_Vbroadcastss_xmm_k1z_xmmm32
r(N::Vbroadcastss, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Float32, 0, 1, 0xc3), // EVEX_Vbroadcastss_ymm_k1z_xmmm32
r(N::Vbroadcastss, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 2, 0xc3), // EVEX_Vbroadcastss_zmm_k1z_xmmm32
r(N::Vbroadcastsd, E::VEX, &[K::ymm_reg, K::mem], 0, M::Float64, 0, 1, 0x3), // VEX_Vbroadcastsd_ymm_m64
r(N::Vbroadcastf32x2, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 1, 0xc3), // EVEX_Vbroadcastf32x2_ymm_k1z_xmmm64
r(N::Vbroadcastf32x2, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed64_Float32, 0, 2, 0xc3), // EVEX_Vbroadcastf32x2_zmm_k1z_xmmm64
r(N::Vbroadcastsd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Float64, 1, 1, 0xc3), // EVEX_Vbroadcastsd_ymm_k1z_xmmm64
r(N::Vbroadcastsd, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Float64, 1, 2, 0xc3), // EVEX_Vbroadcastsd_zmm_k1z_xmmm64
r(N::Vbroadcastf128, E::VEX, &[K::ymm_reg, K::mem], 0, M::Float128, 0, 1, 0x3), // VEX_Vbroadcastf128_ymm_m128
r(N::Vbroadcastf32x4, E::EVEX, &[K::ymm_reg, K::mem], 0, M::Packed128_Float32, 0, 1, 0xc3), // EVEX_Vbroadcastf32x4_ymm_k1z_m128
r(N::Vbroadcastf32x4, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed128_Float32, 0, 2, 0xc3), // EVEX_Vbroadcastf32x4_zmm_k1z_m128
r(N::Vbroadcastf64x2, E::EVEX, &[K::ymm_reg, K::mem], 0, M::Packed128_Float64, 1, 1, 0xc3), // EVEX_Vbroadcastf64x2_ymm_k1z_m128
r(N::Vbroadcastf64x2, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed128_Float64, 1, 2, 0xc3), // EVEX_Vbroadcastf64x2_zmm_k1z_m128
r(N::Vbroadcastf32x8, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed256_Float32, 0, 2, 0xc3), // EVEX_Vbroadcastf32x8_zmm_k1z_m256
r(N::Vbroadcastf64x4, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed256_Float64, 1, 2, 0xc3), // EVEX_Vbroadcastf64x4_zmm_k1z_m256
r(N::Pabsb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Pabsb_mm_mmm64
r(N::Pabsb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Pabsb_xmm_xmmm128
r(N::Vpabsb, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpabsb_xmm_xmmm128
r(N::Vpabsb, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpabsb_ymm_ymmm256
r(N::Vpabsb, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpabsb_xmm_k1z_xmmm128
r(N::Vpabsb, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpabsb_ymm_k1z_ymmm256
r(N::Vpabsb, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpabsb_zmm_k1z_zmmm512
r(N::Pabsw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pabsw_mm_mmm64
r(N::Pabsw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // Pabsw_xmm_xmmm128
r(N::Vpabsw, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpabsw_xmm_xmmm128
r(N::Vpabsw, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpabsw_ymm_ymmm256
r(N::Vpabsw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xc3), // EVEX_Vpabsw_xmm_k1z_xmmm128
r(N::Vpabsw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xc3), // EVEX_Vpabsw_ymm_k1z_ymmm256
r(N::Vpabsw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xc3), // EVEX_Vpabsw_zmm_k1z_zmmm512
r(N::Pabsd, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Pabsd_mm_mmm64
r(N::Pabsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pabsd_xmm_xmmm128
r(N::Vpabsd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpabsd_xmm_xmmm128
r(N::Vpabsd, E::VEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpabsd_ymm_ymmm256
r(N::Vpabsd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpabsd_xmm_k1z_xmmm128b32
r(N::Vpabsd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpabsd_ymm_k1z_ymmm256b32
r(N::Vpabsd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpabsd_zmm_k1z_zmmm512b32
r(N::Vpabsq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vpabsq_xmm_k1z_xmmm128b64
r(N::Vpabsq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vpabsq_ymm_k1z_ymmm256b64
r(N::Vpabsq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xcb), // EVEX_Vpabsq_zmm_k1z_zmmm512b64
r(N::Pmovsxbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // Pmovsxbw_xmm_xmmm64
r(N::Vpmovsxbw, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 0, 0x3), // VEX_Vpmovsxbw_xmm_xmmm64
r(N::Vpmovsxbw, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 1, 0x3), // VEX_Vpmovsxbw_ymm_xmmm128
r(N::Vpmovsxbw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 0, 0xc3), // EVEX_Vpmovsxbw_xmm_k1z_xmmm64
r(N::Vpmovsxbw, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 1, 0xc3), // EVEX_Vpmovsxbw_ymm_k1z_xmmm128
r(N::Vpmovsxbw, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 2, 0xc3), // EVEX_Vpmovsxbw_zmm_k1z_ymmm256
r(N::Vpmovswb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_Int8, 0, 0, 0xc3), // EVEX_Vpmovswb_xmmm64_k1z_xmm
r(N::Vpmovswb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_Int8, 0, 1, 0xc3), // EVEX_Vpmovswb_xmmm128_k1z_ymm
r(N::Vpmovswb, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_Int8, 0, 2, 0xc3), // EVEX_Vpmovswb_ymmm256_k1z_zmm
r(N::Pmovsxbd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int8, 0, 0, 0x3), // Pmovsxbd_xmm_xmmm32
r(N::Vpmovsxbd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int8, 0, 0, 0x3), // VEX_Vpmovsxbd_xmm_xmmm32
r(N::Vpmovsxbd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 1, 0x3), // VEX_Vpmovsxbd_ymm_xmmm64
r(N::Vpmovsxbd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int8, 0, 0, 0xc3), // EVEX_Vpmovsxbd_xmm_k1z_xmmm32
r(N::Vpmovsxbd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 1, 0xc3), // EVEX_Vpmovsxbd_ymm_k1z_xmmm64
r(N::Vpmovsxbd, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 2, 0xc3), // EVEX_Vpmovsxbd_zmm_k1z_xmmm128
r(N::Vpmovsdb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_Int8, 0, 0, 0xc3), // EVEX_Vpmovsdb_xmmm32_k1z_xmm
r(N::Vpmovsdb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_Int8, 0, 1, 0xc3), // EVEX_Vpmovsdb_xmmm64_k1z_ymm
r(N::Vpmovsdb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_Int8, 0, 2, 0xc3), // EVEX_Vpmovsdb_xmmm128_k1z_zmm
r(N::Pmovsxbq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_Int8, 0, 0, 0x3), // Pmovsxbq_xmm_xmmm16
r(N::Vpmovsxbq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_Int8, 0, 0, 0x3), // VEX_Vpmovsxbq_xmm_xmmm16
r(N::Vpmovsxbq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed32_Int8, 0, 1, 0x3), // VEX_Vpmovsxbq_ymm_xmmm32
r(N::Vpmovsxbq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_Int8, 0, 0, 0xc3), // EVEX_Vpmovsxbq_xmm_k1z_xmmm16
r(N::Vpmovsxbq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed32_Int8, 0, 1, 0xc3), // EVEX_Vpmovsxbq_ymm_k1z_xmmm32
r(N::Vpmovsxbq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed64_Int8, 0, 2, 0xc3), // EVEX_Vpmovsxbq_zmm_k1z_xmmm64
r(N::Vpmovsqb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed16_Int8, 0, 0, 0xc3), // EVEX_Vpmovsqb_xmmm16_k1z_xmm
r(N::Vpmovsqb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed32_Int8, 0, 1, 0xc3), // EVEX_Vpmovsqb_xmmm32_k1z_ymm
r(N::Vpmovsqb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed64_Int8, 0, 2, 0xc3), // EVEX_Vpmovsqb_xmmm64_k1z_zmm
r(N::Pmovsxwd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // Pmovsxwd_xmm_xmmm64
r(N::Vpmovsxwd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // VEX_Vpmovsxwd_xmm_xmmm64
r(N::Vpmovsxwd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 1, 0x3), // VEX_Vpmovsxwd_ymm_xmmm128
r(N::Vpmovsxwd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int16, 0, 0, 0xc3), // EVEX_Vpmovsxwd_xmm_k1z_xmmm64
r(N::Vpmovsxwd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 1, 0xc3), // EVEX_Vpmovsxwd_ymm_k1z_xmmm128
r(N::Vpmovsxwd, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 2, 0xc3), // EVEX_Vpmovsxwd_zmm_k1z_ymmm256
r(N::Vpmovsdw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_Int16, 0, 0, 0xc3), // EVEX_Vpmovsdw_xmmm64_k1z_xmm
r(N::Vpmovsdw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_Int16, 0, 1, 0xc3), // EVEX_Vpmovsdw_xmmm128_k1z_ymm
r(N::Vpmovsdw, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_Int16, 0, 2, 0xc3), // EVEX_Vpmovsdw_ymmm256_k1z_zmm
r(N::Pmovsxwq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int16, 0, 0, 0x3), // Pmovsxwq_xmm_xmmm32
r(N::Vpmovsxwq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int16, 0, 0, 0x3), // VEX_Vpmovsxwq_xmm_xmmm32
r(N::Vpmovsxwq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Int16, 0, 1, 0x3), // VEX_Vpmovsxwq_ymm_xmmm64
r(N::Vpmovsxwq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Int16, 0, 0, 0xc3), // EVEX_Vpmovsxwq_xmm_k1z_xmmm32
r(N::Vpmovsxwq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Int16, 0, 1, 0xc3), // EVEX_Vpmovsxwq_ymm_k1z_xmmm64
r(N::Vpmovsxwq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 2, 0xc3), // EVEX_Vpmovsxwq_zmm_k1z_xmmm128
r(N::Vpmovsqw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_Int16, 0, 0, 0xc3), // EVEX_Vpmovsqw_xmmm32_k1z_xmm
r(N::Vpmovsqw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_Int16, 0, 1, 0xc3), // EVEX_Vpmovsqw_xmmm64_k1z_ymm
r(N::Vpmovsqw, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_Int16, 0, 2, 0xc3), // EVEX_Vpmovsqw_xmmm128_k1z_zmm
r(N::Pmovsxdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // Pmovsxdq_xmm_xmmm64
r(N::Vpmovsxdq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // VEX_Vpmovsxdq_xmm_xmmm64
r(N::Vpmovsxdq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0x3), // VEX_Vpmovsxdq_ymm_xmmm128
r(N::Vpmovsxdq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Int32, 0, 0, 0xc3), // EVEX_Vpmovsxdq_xmm_k1z_xmmm64
r(N::Vpmovsxdq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 1, 0xc3), // EVEX_Vpmovsxdq_ymm_k1z_xmmm128
r(N::Vpmovsxdq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 2, 0xc3), // EVEX_Vpmovsxdq_zmm_k1z_ymmm256
r(N::Vpmovsqd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_Int32, 0, 0, 0xc3), // EVEX_Vpmovsqd_xmmm64_k1z_xmm
r(N::Vpmovsqd, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_Int32, 0, 1, 0xc3), // EVEX_Vpmovsqd_xmmm128_k1z_ymm
r(N::Vpmovsqd, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_Int32, 0, 2, 0xc3), // EVEX_Vpmovsqd_ymmm256_k1z_zmm
r(N::Vptestmb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x43), // EVEX_Vptestmb_kr_k1_xmm_xmmm128
r(N::Vptestmb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x43), // EVEX_Vptestmb_kr_k1_ymm_ymmm256
r(N::Vptestmb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0x43), // EVEX_Vptestmb_kr_k1_zmm_zmmm512
r(N::Vptestmw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0x43), // EVEX_Vptestmw_kr_k1_xmm_xmmm128
r(N::Vptestmw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0x43), // EVEX_Vptestmw_kr_k1_ymm_ymmm256
r(N::Vptestmw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0x43), // EVEX_Vptestmw_kr_k1_zmm_zmmm512
r(N::Vptestnmb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x43), // EVEX_Vptestnmb_kr_k1_xmm_xmmm128
r(N::Vptestnmb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x43), // EVEX_Vptestnmb_kr_k1_ymm_ymmm256
r(N::Vptestnmb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0x43), // EVEX_Vptestnmb_kr_k1_zmm_zmmm512
r(N::Vptestnmw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0x43), // EVEX_Vptestnmw_kr_k1_xmm_xmmm128
r(N::Vptestnmw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0x43), // EVEX_Vptestnmw_kr_k1_ymm_ymmm256
r(N::Vptestnmw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0x43), // EVEX_Vptestnmw_kr_k1_zmm_zmmm512
r(N::Vptestmd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x4b), // EVEX_Vptestmd_kr_k1_xmm_xmmm128b32
r(N::Vptestmd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x4b), // EVEX_Vptestmd_kr_k1_ymm_ymmm256b32
r(N::Vptestmd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0x4b), // EVEX_Vptestmd_kr_k1_zmm_zmmm512b32
r(N::Vptestmq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x4b), // EVEX_Vptestmq_kr_k1_xmm_xmmm128b64
r(N::Vptestmq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0x4b), // EVEX_Vptestmq_kr_k1_ymm_ymmm256b64
r(N::Vptestmq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0x4b), // EVEX_Vptestmq_kr_k1_zmm_zmmm512b64
r(N::Vptestnmd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x4b), // EVEX_Vptestnmd_kr_k1_xmm_xmmm128b32
r(N::Vptestnmd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x4b), // EVEX_Vptestnmd_kr_k1_ymm_ymmm256b32
r(N::Vptestnmd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0x4b), // EVEX_Vptestnmd_kr_k1_zmm_zmmm512b32
r(N::Vptestnmq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x4b), // EVEX_Vptestnmq_kr_k1_xmm_xmmm128b64
r(N::Vptestnmq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0x4b), // EVEX_Vptestnmq_kr_k1_ymm_ymmm256b64
r(N::Vptestnmq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0x4b), // EVEX_Vptestnmq_kr_k1_zmm_zmmm512b64
r(N::Pmuldq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pmuldq_xmm_xmmm128
r(N::Vpmuldq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpmuldq_xmm_xmm_xmmm128
r(N::Vpmuldq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpmuldq_ymm_ymm_ymmm256
r(N::Vpmuldq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 1, 0, 0xcb), // EVEX_Vpmuldq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmuldq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 1, 1, 0xcb), // EVEX_Vpmuldq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmuldq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 1, 2, 0xcb), // EVEX_Vpmuldq_zmm_k1z_zmm_zmmm512b64
r(N::Vpmovm2b, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpmovm2b_xmm_kr
r(N::Vpmovm2b, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // EVEX_Vpmovm2b_ymm_kr
r(N::Vpmovm2b, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 0, 2, 0x3), // EVEX_Vpmovm2b_zmm_kr
r(N::Vpmovm2w, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpmovm2w_xmm_kr
r(N::Vpmovm2w, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // EVEX_Vpmovm2w_ymm_kr
r(N::Vpmovm2w, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 1, 2, 0x3), // EVEX_Vpmovm2w_zmm_kr
r(N::Pcmpeqq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // Pcmpeqq_xmm_xmmm128
r(N::Vpcmpeqq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpcmpeqq_xmm_xmm_xmmm128
r(N::Vpcmpeqq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpcmpeqq_ymm_ymm_ymmm256
r(N::Vpcmpeqq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x4b), // EVEX_Vpcmpeqq_kr_k1_xmm_xmmm128b64
r(N::Vpcmpeqq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0x4b), // EVEX_Vpcmpeqq_kr_k1_ymm_ymmm256b64
r(N::Vpcmpeqq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0x4b), // EVEX_Vpcmpeqq_kr_k1_zmm_zmmm512b64
r(N::Vpmovb2m, E::EVEX, &[K::k_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpmovb2m_kr_xmm
r(N::Vpmovb2m, E::EVEX, &[K::k_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // EVEX_Vpmovb2m_kr_ymm
r(N::Vpmovb2m, E::EVEX, &[K::k_reg, K::zmm_rm], 0, M::Unknown, 0, 2, 0x3), // EVEX_Vpmovb2m_kr_zmm
r(N::Vpmovw2m, E::EVEX, &[K::k_reg, K::xmm_rm], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpmovw2m_kr_xmm
r(N::Vpmovw2m, E::EVEX, &[K::k_reg, K::ymm_rm], 0, M::Unknown, 1, 1, 0x3), // EVEX_Vpmovw2m_kr_ymm
r(N::Vpmovw2m, E::EVEX, &[K::k_reg, K::zmm_rm], 0, M::Unknown, 1, 2, 0x3), // EVEX_Vpmovw2m_kr_zmm
r(N::Movntdqa, E::Legacy, &[K::xmm_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // Movntdqa_xmm_m128
r(N::Vmovntdqa, E::VEX, &[K::xmm_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vmovntdqa_xmm_m128
r(N::Vmovntdqa, E::VEX, &[K::ymm_reg, K::mem], 0, M::UInt256, 0, 1, 0x3), // VEX_Vmovntdqa_ymm_m256
r(N::Vmovntdqa, E::EVEX, &[K::xmm_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vmovntdqa_xmm_m128
r(N::Vmovntdqa, E::EVEX, &[K::ymm_reg, K::mem], 0, M::UInt256, 0, 1, 0x3), // EVEX_Vmovntdqa_ymm_m256
r(N::Vmovntdqa, E::EVEX, &[K::zmm_reg, K::mem], 0, M::UInt512, 0, 2, 0x3), // EVEX_Vmovntdqa_zmm_m512
r(N::Vpbroadcastmb2q, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpbroadcastmb2q_xmm_kr
r(N::Vpbroadcastmb2q, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // EVEX_Vpbroadcastmb2q_ymm_kr
r(N::Vpbroadcastmb2q, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 1, 2, 0x3), // EVEX_Vpbroadcastmb2q_zmm_kr
r(N::Packusdw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Packusdw_xmm_xmmm128
r(N::Vpackusdw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpackusdw_xmm_xmm_xmmm128
r(N::Vpackusdw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpackusdw_ymm_ymm_ymmm256
r(N::Vpackusdw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpackusdw_xmm_k1z_xmm_xmmm128b32
r(N::Vpackusdw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpackusdw_ymm_k1z_ymm_ymmm256b32
r(N::Vpackusdw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpackusdw_zmm_k1z_zmm_zmmm512b32
r(N::Vmaskmovps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmaskmovps_xmm_xmm_m128
r(N::Vmaskmovps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmaskmovps_ymm_ymm_m256
r(N::Vscalefps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vscalefps_xmm_k1z_xmm_xmmm128b32
r(N::Vscalefps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vscalefps_ymm_k1z_ymm_ymmm256b32
r(N::Vscalefps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vscalefps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vscalefpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vscalefpd_xmm_k1z_xmm_xmmm128b64
r(N::Vscalefpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vscalefpd_ymm_k1z_ymm_ymmm256b64
r(N::Vscalefpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vscalefpd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vmaskmovpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmaskmovpd_xmm_xmm_m128
r(N::Vmaskmovpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::mem], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmaskmovpd_ymm_ymm_m256
r(N::Vscalefss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vscalefss_xmm_k1z_xmm_xmmm32_er
r(N::Vscalefsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vscalefsd_xmm_k1z_xmm_xmmm64_er
r(N::Vmaskmovps, E::VEX, &[K::mem, K::xmm_vvvv, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vmaskmovps_m128_xmm_xmm
r(N::Vmaskmovps, E::VEX, &[K::mem, K::ymm_vvvv, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vmaskmovps_m256_ymm_ymm
r(N::Vmaskmovpd, E::VEX, &[K::mem, K::xmm_vvvv, K::xmm_reg], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vmaskmovpd_m128_xmm_xmm
r(N::Vmaskmovpd, E::VEX, &[K::mem, K::ymm_vvvv, K::ymm_reg], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vmaskmovpd_m256_ymm_ymm
r(N::Pmovzxbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // Pmovzxbw_xmm_xmmm64
r(N::Vpmovzxbw, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // VEX_Vpmovzxbw_xmm_xmmm64
r(N::Vpmovzxbw, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 1, 0x3), // VEX_Vpmovzxbw_ymm_xmmm128
r(N::Vpmovzxbw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0xc3), // EVEX_Vpmovzxbw_xmm_k1z_xmmm64
r(N::Vpmovzxbw, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 1, 0xc3), // EVEX_Vpmovzxbw_ymm_k1z_xmmm128
r(N::Vpmovzxbw, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 2, 0xc3), // EVEX_Vpmovzxbw_zmm_k1z_ymmm256
r(N::Vpmovwb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt8, 0, 0, 0xc3), // EVEX_Vpmovwb_xmmm64_k1z_xmm
r(N::Vpmovwb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt8, 0, 1, 0xc3), // EVEX_Vpmovwb_xmmm128_k1z_ymm
r(N::Vpmovwb, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt8, 0, 2, 0xc3), // EVEX_Vpmovwb_ymmm256_k1z_zmm
r(N::Pmovzxbd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt8, 0, 0, 0x3), // Pmovzxbd_xmm_xmmm32
r(N::Vpmovzxbd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt8, 0, 0, 0x3), // VEX_Vpmovzxbd_xmm_xmmm32
r(N::Vpmovzxbd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 1, 0x3), // VEX_Vpmovzxbd_ymm_xmmm64
r(N::Vpmovzxbd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt8, 0, 0, 0xc3), // EVEX_Vpmovzxbd_xmm_k1z_xmmm32
r(N::Vpmovzxbd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 1, 0xc3), // EVEX_Vpmovzxbd_ymm_k1z_xmmm64
r(N::Vpmovzxbd, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 2, 0xc3), // EVEX_Vpmovzxbd_zmm_k1z_xmmm128
r(N::Vpmovdb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_UInt8, 0, 0, 0xc3), // EVEX_Vpmovdb_xmmm32_k1z_xmm
r(N::Vpmovdb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_UInt8, 0, 1, 0xc3), // EVEX_Vpmovdb_xmmm64_k1z_ymm
r(N::Vpmovdb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_UInt8, 0, 2, 0xc3), // EVEX_Vpmovdb_xmmm128_k1z_zmm
r(N::Pmovzxbq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_UInt8, 0, 0, 0x3), // Pmovzxbq_xmm_xmmm16
r(N::Vpmovzxbq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_UInt8, 0, 0, 0x3), // VEX_Vpmovzxbq_xmm_xmmm16
r(N::Vpmovzxbq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed32_UInt8, 0, 1, 0x3), // VEX_Vpmovzxbq_ymm_xmmm32
r(N::Vpmovzxbq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed16_UInt8, 0, 0, 0xc3), // EVEX_Vpmovzxbq_xmm_k1z_xmmm16
r(N::Vpmovzxbq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed32_UInt8, 0, 1, 0xc3), // EVEX_Vpmovzxbq_ymm_k1z_xmmm32
r(N::Vpmovzxbq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt8, 0, 2, 0xc3), // EVEX_Vpmovzxbq_zmm_k1z_xmmm64
r(N::Vpmovqb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed16_UInt8, 0, 0, 0xc3), // EVEX_Vpmovqb_xmmm16_k1z_xmm
r(N::Vpmovqb, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed32_UInt8, 0, 1, 0xc3), // EVEX_Vpmovqb_xmmm32_k1z_ymm
r(N::Vpmovqb, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed64_UInt8, 0, 2, 0xc3), // EVEX_Vpmovqb_xmmm64_k1z_zmm
r(N::Pmovzxwd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // Pmovzxwd_xmm_xmmm64
r(N::Vpmovzxwd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x3), // VEX_Vpmovzxwd_xmm_xmmm64
r(N::Vpmovzxwd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0x3), // VEX_Vpmovzxwd_ymm_xmmm128
r(N::Vpmovzxwd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0xc3), // EVEX_Vpmovzxwd_xmm_k1z_xmmm64
r(N::Vpmovzxwd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 1, 0xc3), // EVEX_Vpmovzxwd_ymm_k1z_xmmm128
r(N::Vpmovzxwd, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 2, 0xc3), // EVEX_Vpmovzxwd_zmm_k1z_ymmm256
r(N::Vpmovdw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt16, 0, 0, 0xc3), // EVEX_Vpmovdw_xmmm64_k1z_xmm
r(N::Vpmovdw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt16, 0, 1, 0xc3), // EVEX_Vpmovdw_xmmm128_k1z_ymm
r(N::Vpmovdw, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt16, 0, 2, 0xc3), // EVEX_Vpmovdw_ymmm256_k1z_zmm
r(N::Pmovzxwq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt16, 0, 0, 0x3), // Pmovzxwq_xmm_xmmm32
r(N::Vpmovzxwq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt16, 0, 0, 0x3), // VEX_Vpmovzxwq_xmm_xmmm32
r(N::Vpmovzxwq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_UInt16, 0, 1, 0x3), // VEX_Vpmovzxwq_ymm_xmmm64
r(N::Vpmovzxwq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_UInt16, 0, 0, 0xc3), // EVEX_Vpmovzxwq_xmm_k1z_xmmm32
r(N::Vpmovzxwq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_UInt16, 0, 1, 0xc3), // EVEX_Vpmovzxwq_ymm_k1z_xmmm64
r(N::Vpmovzxwq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 2, 0xc3), // EVEX_Vpmovzxwq_zmm_k1z_xmmm128
r(N::Vpmovqw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed32_UInt16, 0, 0, 0xc3), // EVEX_Vpmovqw_xmmm32_k1z_xmm
r(N::Vpmovqw, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed64_UInt16, 0, 1, 0xc3), // EVEX_Vpmovqw_xmmm64_k1z_ymm
r(N::Vpmovqw, E::EVEX, &[K::xmm_or_mem, K::zmm_reg], 0, M::Packed128_UInt16, 0, 2, 0xc3), // EVEX_Vpmovqw_xmmm128_k1z_zmm
r(N::Pmovzxdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // Pmovzxdq_xmm_xmmm64
r(N::Vpmovzxdq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // VEX_Vpmovzxdq_xmm_xmmm64
r(N::Vpmovzxdq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0x3), // VEX_Vpmovzxdq_ymm_xmmm128
r(N::Vpmovzxdq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0xc3), // EVEX_Vpmovzxdq_xmm_k1z_xmmm64
r(N::Vpmovzxdq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vpmovzxdq_ymm_k1z_xmmm128
r(N::Vpmovzxdq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vpmovzxdq_zmm_k1z_ymmm256
r(N::Vpmovqd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed64_UInt32, 0, 0, 0xc3), // EVEX_Vpmovqd_xmmm64_k1z_xmm
r(N::Vpmovqd, E::EVEX, &[K::xmm_or_mem, K::ymm_reg], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vpmovqd_xmmm128_k1z_ymm
r(N::Vpmovqd, E::EVEX, &[K::ymm_or_mem, K::zmm_reg], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vpmovqd_ymmm256_k1z_zmm
r(N::Vpermd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpermd_ymm_ymm_ymmm256
r(N::Vpermd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpermd_ymm_k1z_ymm_ymmm256b32
r(N::Vpermd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpermd_zmm_k1z_zmm_zmmm512b32
r(N::Vpermq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpermq_ymm_k1z_ymm_ymmm256b64
r(N::Vpermq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpermq_zmm_k1z_zmm_zmmm512b64
r(N::Pcmpgtq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int64, 0, 0, 0x3), // Pcmpgtq_xmm_xmmm128
r(N::Vpcmpgtq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 0, 0, 0x3), // VEX_Vpcmpgtq_xmm_xmm_xmmm128
r(N::Vpcmpgtq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int64, 0, 1, 0x3), // VEX_Vpcmpgtq_ymm_ymm_ymmm256
r(N::Vpcmpgtq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0x4b), // EVEX_Vpcmpgtq_kr_k1_xmm_xmmm128b64
r(N::Vpcmpgtq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0x4b), // EVEX_Vpcmpgtq_kr_k1_ymm_ymmm256b64
r(N::Vpcmpgtq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0x4b), // EVEX_Vpcmpgtq_kr_k1_zmm_zmmm512b64
r(N::Pminsb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Pminsb_xmm_xmmm128
r(N::Vpminsb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpminsb_xmm_xmm_xmmm128
r(N::Vpminsb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpminsb_ymm_ymm_ymmm256
r(N::Vpminsb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpminsb_xmm_k1z_xmm_xmmm128
r(N::Vpminsb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpminsb_ymm_k1z_ymm_ymmm256
r(N::Vpminsb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpminsb_zmm_k1z_zmm_zmmm512
r(N::Vpmovm2d, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpmovm2d_xmm_kr
r(N::Vpmovm2d, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // EVEX_Vpmovm2d_ymm_kr
r(N::Vpmovm2d, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 0, 2, 0x3), // EVEX_Vpmovm2d_zmm_kr
r(N::Vpmovm2q, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpmovm2q_xmm_kr
r(N::Vpmovm2q, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 1, 1, 0x3), // EVEX_Vpmovm2q_ymm_kr
r(N::Vpmovm2q, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 1, 2, 0x3), // EVEX_Vpmovm2q_zmm_kr
r(N::Pminsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pminsd_xmm_xmmm128
r(N::Vpminsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpminsd_xmm_xmm_xmmm128
r(N::Vpminsd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpminsd_ymm_ymm_ymmm256
r(N::Vpminsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpminsd_xmm_k1z_xmm_xmmm128b32
r(N::Vpminsd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpminsd_ymm_k1z_ymm_ymmm256b32
r(N::Vpminsd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpminsd_zmm_k1z_zmm_zmmm512b32
r(N::Vpminsq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vpminsq_xmm_k1z_xmm_xmmm128b64
r(N::Vpminsq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vpminsq_ymm_k1z_ymm_ymmm256b64
r(N::Vpminsq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xcb), // EVEX_Vpminsq_zmm_k1z_zmm_zmmm512b64
r(N::Vpmovd2m, E::EVEX, &[K::k_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpmovd2m_kr_xmm
r(N::Vpmovd2m, E::EVEX, &[K::k_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // EVEX_Vpmovd2m_kr_ymm
r(N::Vpmovd2m, E::EVEX, &[K::k_reg, K::zmm_rm], 0, M::Unknown, 0, 2, 0x3), // EVEX_Vpmovd2m_kr_zmm
r(N::Vpmovq2m, E::EVEX, &[K::k_reg, K::xmm_rm], 0, M::Unknown, 1, 0, 0x3), // EVEX_Vpmovq2m_kr_xmm
r(N::Vpmovq2m, E::EVEX, &[K::k_reg, K::ymm_rm], 0, M::Unknown, 1, 1, 0x3), // EVEX_Vpmovq2m_kr_ymm
r(N::Vpmovq2m, E::EVEX, &[K::k_reg, K::zmm_rm], 0, M::Unknown, 1, 2, 0x3), // EVEX_Vpmovq2m_kr_zmm
r(N::Pminuw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pminuw_xmm_xmmm128
r(N::Vpminuw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpminuw_xmm_xmm_xmmm128
r(N::Vpminuw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpminuw_ymm_ymm_ymmm256
r(N::Vpminuw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpminuw_xmm_k1z_xmm_xmmm128
r(N::Vpminuw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpminuw_ymm_k1z_ymm_ymmm256
r(N::Vpminuw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpminuw_zmm_k1z_zmm_zmmm512
r(N::Vpbroadcastmw2d, E::EVEX, &[K::xmm_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x3), // EVEX_Vpbroadcastmw2d_xmm_kr
r(N::Vpbroadcastmw2d, E::EVEX, &[K::ymm_reg, K::k_rm], 0, M::Unknown, 0, 1, 0x3), // EVEX_Vpbroadcastmw2d_ymm_kr
r(N::Vpbroadcastmw2d, E::EVEX, &[K::zmm_reg, K::k_rm], 0, M::Unknown, 0, 2, 0x3), // EVEX_Vpbroadcastmw2d_zmm_kr
r(N::Pminud, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pminud_xmm_xmmm128
r(N::Vpminud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpminud_xmm_xmm_xmmm128
r(N::Vpminud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpminud_ymm_ymm_ymmm256
r(N::Vpminud, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpminud_xmm_k1z_xmm_xmmm128b32
r(N::Vpminud, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpminud_ymm_k1z_ymm_ymmm256b32
r(N::Vpminud, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpminud_zmm_k1z_zmm_zmmm512b32
r(N::Vpminuq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpminuq_xmm_k1z_xmm_xmmm128b64
r(N::Vpminuq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpminuq_ymm_k1z_ymm_ymmm256b64
r(N::Vpminuq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpminuq_zmm_k1z_zmm_zmmm512b64
r(N::Pmaxsb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // Pmaxsb_xmm_xmmm128
r(N::Vpmaxsb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpmaxsb_xmm_xmm_xmmm128
r(N::Vpmaxsb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpmaxsb_ymm_ymm_ymmm256
r(N::Vpmaxsb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xc3), // EVEX_Vpmaxsb_xmm_k1z_xmm_xmmm128
r(N::Vpmaxsb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xc3), // EVEX_Vpmaxsb_ymm_k1z_ymm_ymmm256
r(N::Vpmaxsb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xc3), // EVEX_Vpmaxsb_zmm_k1z_zmm_zmmm512
r(N::Pmaxsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pmaxsd_xmm_xmmm128
r(N::Vpmaxsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpmaxsd_xmm_xmm_xmmm128
r(N::Vpmaxsd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpmaxsd_ymm_ymm_ymmm256
r(N::Vpmaxsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpmaxsd_xmm_k1z_xmm_xmmm128b32
r(N::Vpmaxsd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpmaxsd_ymm_k1z_ymm_ymmm256b32
r(N::Vpmaxsd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpmaxsd_zmm_k1z_zmm_zmmm512b32
r(N::Vpmaxsq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vpmaxsq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmaxsq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vpmaxsq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmaxsq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xcb), // EVEX_Vpmaxsq_zmm_k1z_zmm_zmmm512b64
r(N::Pmaxuw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pmaxuw_xmm_xmmm128
r(N::Vpmaxuw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpmaxuw_xmm_xmm_xmmm128
r(N::Vpmaxuw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpmaxuw_ymm_ymm_ymmm256
r(N::Vpmaxuw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xc3), // EVEX_Vpmaxuw_xmm_k1z_xmm_xmmm128
r(N::Vpmaxuw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xc3), // EVEX_Vpmaxuw_ymm_k1z_ymm_ymmm256
r(N::Vpmaxuw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xc3), // EVEX_Vpmaxuw_zmm_k1z_zmm_zmmm512
r(N::Pmaxud, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Pmaxud_xmm_xmmm128
r(N::Vpmaxud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpmaxud_xmm_xmm_xmmm128
r(N::Vpmaxud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpmaxud_ymm_ymm_ymmm256
r(N::Vpmaxud, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpmaxud_xmm_k1z_xmm_xmmm128b32
r(N::Vpmaxud, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpmaxud_ymm_k1z_ymm_ymmm256b32
r(N::Vpmaxud, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpmaxud_zmm_k1z_zmm_zmmm512b32
r(N::Vpmaxuq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpmaxuq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmaxuq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpmaxuq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmaxuq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpmaxuq_zmm_k1z_zmm_zmmm512b64
r(N::Pmulld, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // Pmulld_xmm_xmmm128
r(N::Vpmulld, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // VEX_Vpmulld_xmm_xmm_xmmm128
r(N::Vpmulld, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0x3), // VEX_Vpmulld_ymm_ymm_ymmm256
r(N::Vpmulld, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vpmulld_xmm_k1z_xmm_xmmm128b32
r(N::Vpmulld, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vpmulld_ymm_k1z_ymm_ymmm256b32
r(N::Vpmulld, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xcb), // EVEX_Vpmulld_zmm_k1z_zmm_zmmm512b32
r(N::Vpmullq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vpmullq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmullq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vpmullq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmullq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xcb), // EVEX_Vpmullq_zmm_k1z_zmm_zmmm512b64
r(N::Phminposuw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // Phminposuw_xmm_xmmm128
r(N::Vphminposuw, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vphminposuw_xmm_xmmm128
r(N::Vgetexpps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vgetexpps_xmm_k1z_xmmm128b32
r(N::Vgetexpps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vgetexpps_ymm_k1z_ymmm256b32
r(N::Vgetexpps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vgetexpps_zmm_k1z_zmmm512b32_sae
r(N::Vgetexppd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vgetexppd_xmm_k1z_xmmm128b64
r(N::Vgetexppd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vgetexppd_ymm_k1z_ymmm256b64
r(N::Vgetexppd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vgetexppd_zmm_k1z_zmmm512b64_sae
r(N::Vgetexpss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vgetexpss_xmm_k1z_xmm_xmmm32_sae
r(N::Vgetexpsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vgetexpsd_xmm_k1z_xmm_xmmm64_sae
r(N::Vplzcntd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vplzcntd_xmm_k1z_xmmm128b32
r(N::Vplzcntd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vplzcntd_ymm_k1z_ymmm256b32
r(N::Vplzcntd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vplzcntd_zmm_k1z_zmmm512b32
r(N::Vplzcntq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vplzcntq_xmm_k1z_xmmm128b64
r(N::Vplzcntq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vplzcntq_ymm_k1z_ymmm256b64
r(N::Vplzcntq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vplzcntq_zmm_k1z_zmmm512b64
r(N::Vpsrlvd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpsrlvd_xmm_xmm_xmmm128
r(N::Vpsrlvd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpsrlvd_ymm_ymm_ymmm256
r(N::Vpsrlvq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x3), // VEX_Vpsrlvq_xmm_xmm_xmmm128
r(N::Vpsrlvq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0x3), // VEX_Vpsrlvq_ymm_ymm_ymmm256
r(N::Vpsrlvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpsrlvd_xmm_k1z_xmm_xmmm128b32
r(N::Vpsrlvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpsrlvd_ymm_k1z_ymm_ymmm256b32
r(N::Vpsrlvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpsrlvd_zmm_k1z_zmm_zmmm512b32
r(N::Vpsrlvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsrlvq_xmm_k1z_xmm_xmmm128b64
r(N::Vpsrlvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsrlvq_ymm_k1z_ymm_ymmm256b64
r(N::Vpsrlvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsrlvq_zmm_k1z_zmm_zmmm512b64
r(N::Vpsravd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpsravd_xmm_xmm_xmmm128
r(N::Vpsravd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpsravd_ymm_ymm_ymmm256
r(N::Vpsravd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpsravd_xmm_k1z_xmm_xmmm128b32
r(N::Vpsravd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpsravd_ymm_k1z_ymm_ymmm256b32
r(N::Vpsravd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpsravd_zmm_k1z_zmm_zmmm512b32
r(N::Vpsravq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsravq_xmm_k1z_xmm_xmmm128b64
r(N::Vpsravq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsravq_ymm_k1z_ymm_ymmm256b64
r(N::Vpsravq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsravq_zmm_k1z_zmm_zmmm512b64
r(N::Vpsllvd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpsllvd_xmm_xmm_xmmm128
r(N::Vpsllvd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpsllvd_ymm_ymm_ymmm256
r(N::Vpsllvq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x3), // VEX_Vpsllvq_xmm_xmm_xmmm128
r(N::Vpsllvq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0x3), // VEX_Vpsllvq_ymm_ymm_ymmm256
r(N::Vpsllvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpsllvd_xmm_k1z_xmm_xmmm128b32
r(N::Vpsllvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpsllvd_ymm_k1z_ymm_ymmm256b32
r(N::Vpsllvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpsllvd_zmm_k1z_zmm_zmmm512b32
r(N::Vpsllvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpsllvq_xmm_k1z_xmm_xmmm128b64
r(N::Vpsllvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpsllvq_ymm_k1z_ymm_ymmm256b64
r(N::Vpsllvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpsllvq_zmm_k1z_zmm_zmmm512b64
r(N::Vrcp14ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vrcp14ps_xmm_k1z_xmmm128b32
r(N::Vrcp14ps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vrcp14ps_ymm_k1z_ymmm256b32
r(N::Vrcp14ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vrcp14ps_zmm_k1z_zmmm512b32
r(N::Vrcp14pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vrcp14pd_xmm_k1z_xmmm128b64
r(N::Vrcp14pd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vrcp14pd_ymm_k1z_ymmm256b64
r(N::Vrcp14pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vrcp14pd_zmm_k1z_zmmm512b64
r(N::Vrcp14ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xc3), // EVEX_Vrcp14ss_xmm_k1z_xmm_xmmm32
r(N::Vrcp14sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xc3), // EVEX_Vrcp14sd_xmm_k1z_xmm_xmmm64
r(N::Vrsqrt14ps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vrsqrt14ps_xmm_k1z_xmmm128b32
r(N::Vrsqrt14ps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vrsqrt14ps_ymm_k1z_ymmm256b32
r(N::Vrsqrt14ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vrsqrt14ps_zmm_k1z_zmmm512b32
r(N::Vrsqrt14pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vrsqrt14pd_xmm_k1z_xmmm128b64
r(N::Vrsqrt14pd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vrsqrt14pd_ymm_k1z_ymmm256b64
r(N::Vrsqrt14pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vrsqrt14pd_zmm_k1z_zmmm512b64
r(N::Vrsqrt14ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xc3), // EVEX_Vrsqrt14ss_xmm_k1z_xmm_xmmm32
r(N::Vrsqrt14sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xc3), // EVEX_Vrsqrt14sd_xmm_k1z_xmm_xmmm64
r(N::Vpdpbusd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xcb), // EVEX_Vpdpbusd_xmm_k1z_xmm_xmmm128b32
r(N::Vpdpbusd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xcb), // EVEX_Vpdpbusd_ymm_k1z_ymm_ymmm256b32
r(N::Vpdpbusd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xcb), // EVEX_Vpdpbusd_zmm_k1z_zmm_zmmm512b32
r(N::Vpdpbusds, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0xcb), // EVEX_Vpdpbusds_xmm_k1z_xmm_xmmm128b32
r(N::Vpdpbusds, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0xcb), // EVEX_Vpdpbusds_ymm_k1z_ymm_ymmm256b32
r(N::Vpdpbusds, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int8, 0, 2, 0xcb), // EVEX_Vpdpbusds_zmm_k1z_zmm_zmmm512b32
r(N::Vpdpwssd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xcb), // EVEX_Vpdpwssd_xmm_k1z_xmm_xmmm128b32
r(N::Vpdpwssd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xcb), // EVEX_Vpdpwssd_ymm_k1z_ymm_ymmm256b32
r(N::Vpdpwssd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xcb), // EVEX_Vpdpwssd_zmm_k1z_zmm_zmmm512b32
r(N::Vdpbf16ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_2xBFloat16, 0, 0, 0xcb), // EVEX_Vdpbf16ps_xmm_k1z_xmm_xmmm128b32
r(N::Vdpbf16ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_2xBFloat16, 0, 1, 0xcb), // EVEX_Vdpbf16ps_ymm_k1z_ymm_ymmm256b32
r(N::Vdpbf16ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_2xBFloat16, 0, 2, 0xcb), // EVEX_Vdpbf16ps_zmm_k1z_zmm_zmmm512b32
r(N::Vp4dpwssd, E::EVEX, &[K::zmm_reg, K::zmmp3_vvvv, K::mem], 0, M::Packed128_Int16, 0, 2, 0xc3), // EVEX_Vp4dpwssd_zmm_k1z_zmmp3_m128
r(N::Vpdpwssds, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xcb), // EVEX_Vpdpwssds_xmm_k1z_xmm_xmmm128b32
r(N::Vpdpwssds, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xcb), // EVEX_Vpdpwssds_ymm_k1z_ymm_ymmm256b32
r(N::Vpdpwssds, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xcb), // EVEX_Vpdpwssds_zmm_k1z_zmm_zmmm512b32
r(N::Vp4dpwssds, E::EVEX, &[K::zmm_reg, K::zmmp3_vvvv, K::mem], 0, M::Packed128_Int16, 0, 2, 0xc3), // EVEX_Vp4dpwssds_zmm_k1z_zmmp3_m128
r(N::Vpopcntb, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpopcntb_xmm_k1z_xmmm128
r(N::Vpopcntb, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpopcntb_ymm_k1z_ymmm256
r(N::Vpopcntb, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpopcntb_zmm_k1z_zmmm512
r(N::Vpopcntw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpopcntw_xmm_k1z_xmmm128
r(N::Vpopcntw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpopcntw_ymm_k1z_ymmm256
r(N::Vpopcntw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpopcntw_zmm_k1z_zmmm512
r(N::Vpopcntd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpopcntd_xmm_k1z_xmmm128b32
r(N::Vpopcntd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpopcntd_ymm_k1z_ymmm256b32
r(N::Vpopcntd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpopcntd_zmm_k1z_zmmm512b32
r(N::Vpopcntq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpopcntq_xmm_k1z_xmmm128b64
r(N::Vpopcntq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpopcntq_ymm_k1z_ymmm256b64
r(N::Vpopcntq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpopcntq_zmm_k1z_zmmm512b64
r(N::Vpbroadcastd, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int32, 0, 0, 0x3), // VEX_Vpbroadcastd_xmm_xmmm32
r(N::Vpbroadcastd, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int32, 0, 1, 0x3), // VEX_Vpbroadcastd_ymm_xmmm32
r(N::Vpbroadcastd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int32, 0, 0, 0xc3), // EVEX_Vpbroadcastd_xmm_k1z_xmmm32
r(N::Vpbroadcastd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int32, 0, 1, 0xc3), // EVEX_Vpbroadcastd_ymm_k1z_xmmm32
r(N::Vpbroadcastd, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Int32, 0, 2, 0xc3), // EVEX_Vpbroadcastd_zmm_k1z_xmmm32
r(N::Vpbroadcastq, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int64, 0, 0, 0x3), // VEX_Vpbroadcastq_xmm_xmmm64
r(N::Vpbroadcastq, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int64, 0, 1, 0x3), // VEX_Vpbroadcastq_ymm_xmmm64
r(N::Vbroadcasti32x2, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0xc3), // EVEX_Vbroadcasti32x2_xmm_k1z_xmmm64
r(N::Vbroadcasti32x2, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 1, 0xc3), // EVEX_Vbroadcasti32x2_ymm_k1z_xmmm64
r(N::Vbroadcasti32x2, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed64_UInt32, 0, 2, 0xc3), // EVEX_Vbroadcasti32x2_zmm_k1z_xmmm64
r(N::Vpbroadcastq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int64, 1, 0, 0xc3), // EVEX_Vpbroadcastq_xmm_k1z_xmmm64
r(N::Vpbroadcastq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int64, 1, 1, 0xc3), // EVEX_Vpbroadcastq_ymm_k1z_xmmm64
r(N::Vpbroadcastq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Int64, 1, 2, 0xc3), // EVEX_Vpbroadcastq_zmm_k1z_xmmm64
r(N::Vbroadcasti128, E::VEX, &[K::ymm_reg, K::mem], 0, M::Int128, 0, 1, 0x3), // VEX_Vbroadcasti128_ymm_m128
r(N::Vbroadcasti32x4, E::EVEX, &[K::ymm_reg, K::mem], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vbroadcasti32x4_ymm_k1z_m128
r(N::Vbroadcasti32x4, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed128_UInt32, 0, 2, 0xc3), // EVEX_Vbroadcasti32x4_zmm_k1z_m128
r(N::Vbroadcasti64x2, E::EVEX, &[K::ymm_reg, K::mem], 0, M::Packed128_UInt64, 1, 1, 0xc3), // EVEX_Vbroadcasti64x2_ymm_k1z_m128
r(N::Vbroadcasti64x2, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed128_UInt64, 1, 2, 0xc3), // EVEX_Vbroadcasti64x2_zmm_k1z_m128
r(N::Vbroadcasti32x8, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vbroadcasti32x8_zmm_k1z_m256
r(N::Vbroadcasti64x4, E::EVEX, &[K::zmm_reg, K::mem], 0, M::Packed256_UInt64, 1, 2, 0xc3), // EVEX_Vbroadcasti64x4_zmm_k1z_m256
r(N::Vpexpandb, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpexpandb_xmm_k1z_xmmm128
r(N::Vpexpandb, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpexpandb_ymm_k1z_ymmm256
r(N::Vpexpandb, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpexpandb_zmm_k1z_zmmm512
r(N::Vpexpandw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpexpandw_xmm_k1z_xmmm128
r(N::Vpexpandw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpexpandw_ymm_k1z_ymmm256
r(N::Vpexpandw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpexpandw_zmm_k1z_zmmm512
r(N::Vpcompressb, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpcompressb_xmmm128_k1z_xmm
r(N::Vpcompressb, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpcompressb_ymmm256_k1z_ymm
r(N::Vpcompressb, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpcompressb_zmmm512_k1z_zmm
r(N::Vpcompressw, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpcompressw_xmmm128_k1z_xmm
r(N::Vpcompressw, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpcompressw_ymmm256_k1z_ymm
r(N::Vpcompressw, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpcompressw_zmmm512_k1z_zmm
r(N::Vpblendmd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpblendmd_xmm_k1z_xmm_xmmm128b32
r(N::Vpblendmd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpblendmd_ymm_k1z_ymm_ymmm256b32
r(N::Vpblendmd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpblendmd_zmm_k1z_zmm_zmmm512b32
r(N::Vpblendmq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpblendmq_xmm_k1z_xmm_xmmm128b64
r(N::Vpblendmq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpblendmq_ymm_k1z_ymm_ymmm256b64
r(N::Vpblendmq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpblendmq_zmm_k1z_zmm_zmmm512b64
r(N::Vblendmps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vblendmps_xmm_k1z_xmm_xmmm128b32
r(N::Vblendmps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vblendmps_ymm_k1z_ymm_ymmm256b32
r(N::Vblendmps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vblendmps_zmm_k1z_zmm_zmmm512b32
r(N::Vblendmpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vblendmpd_xmm_k1z_xmm_xmmm128b64
r(N::Vblendmpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vblendmpd_ymm_k1z_ymm_ymmm256b64
r(N::Vblendmpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vblendmpd_zmm_k1z_zmm_zmmm512b64
r(N::Vpblendmb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpblendmb_xmm_k1z_xmm_xmmm128
r(N::Vpblendmb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpblendmb_ymm_k1z_ymm_ymmm256
r(N::Vpblendmb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpblendmb_zmm_k1z_zmm_zmmm512
r(N::Vpblendmw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpblendmw_xmm_k1z_xmm_xmmm128
r(N::Vpblendmw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpblendmw_ymm_k1z_ymm_ymmm256
r(N::Vpblendmw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpblendmw_zmm_k1z_zmm_zmmm512
r(N::Vp2intersectd, E::EVEX, &[K::kp1_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xb), // EVEX_Vp2intersectd_kp1_xmm_xmmm128b32
r(N::Vp2intersectd, E::EVEX, &[K::kp1_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xb), // EVEX_Vp2intersectd_kp1_ymm_ymmm256b32
r(N::Vp2intersectd, E::EVEX, &[K::kp1_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xb), // EVEX_Vp2intersectd_kp1_zmm_zmmm512b32
r(N::Vp2intersectq, E::EVEX, &[K::kp1_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xb), // EVEX_Vp2intersectq_kp1_xmm_xmmm128b64
r(N::Vp2intersectq, E::EVEX, &[K::kp1_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xb), // EVEX_Vp2intersectq_kp1_ymm_ymmm256b64
r(N::Vp2intersectq, E::EVEX, &[K::kp1_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xb), // EVEX_Vp2intersectq_kp1_zmm_zmmm512b64
r(N::Vpshldvw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpshldvw_xmm_k1z_xmm_xmmm128
r(N::Vpshldvw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpshldvw_ymm_k1z_ymm_ymmm256
r(N::Vpshldvw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpshldvw_zmm_k1z_zmm_zmmm512
r(N::Vpshldvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpshldvd_xmm_k1z_xmm_xmmm128b32
r(N::Vpshldvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpshldvd_ymm_k1z_ymm_ymmm256b32
r(N::Vpshldvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpshldvd_zmm_k1z_zmm_zmmm512b32
r(N::Vpshldvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpshldvq_xmm_k1z_xmm_xmmm128b64
r(N::Vpshldvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpshldvq_ymm_k1z_ymm_ymmm256b64
r(N::Vpshldvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpshldvq_zmm_k1z_zmm_zmmm512b64
r(N::Vpshrdvw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpshrdvw_xmm_k1z_xmm_xmmm128
r(N::Vpshrdvw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpshrdvw_ymm_k1z_ymm_ymmm256
r(N::Vpshrdvw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpshrdvw_zmm_k1z_zmm_zmmm512
r(N::Vcvtneps2bf16, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvtneps2bf16_xmm_k1z_xmmm128b32
r(N::Vcvtneps2bf16, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvtneps2bf16_xmm_k1z_ymmm256b32
r(N::Vcvtneps2bf16, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vcvtneps2bf16_ymm_k1z_zmmm512b32
r(N::Vcvtne2ps2bf16, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvtne2ps2bf16_xmm_k1z_xmm_xmmm128b32
r(N::Vcvtne2ps2bf16, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvtne2ps2bf16_ymm_k1z_ymm_ymmm256b32
r(N::Vcvtne2ps2bf16, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vcvtne2ps2bf16_zmm_k1z_zmm_zmmm512b32
r(N::Vpshrdvd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpshrdvd_xmm_k1z_xmm_xmmm128b32
r(N::Vpshrdvd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpshrdvd_ymm_k1z_ymm_ymmm256b32
r(N::Vpshrdvd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpshrdvd_zmm_k1z_zmm_zmmm512b32
r(N::Vpshrdvq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpshrdvq_xmm_k1z_xmm_xmmm128b64
r(N::Vpshrdvq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpshrdvq_ymm_k1z_ymm_ymmm256b64
r(N::Vpshrdvq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpshrdvq_zmm_k1z_zmm_zmmm512b64
r(N::Vpermi2b, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpermi2b_xmm_k1z_xmm_xmmm128
r(N::Vpermi2b, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpermi2b_ymm_k1z_ymm_ymmm256
r(N::Vpermi2b, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpermi2b_zmm_k1z_zmm_zmmm512
r(N::Vpermi2w, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpermi2w_xmm_k1z_xmm_xmmm128
r(N::Vpermi2w, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpermi2w_ymm_k1z_ymm_ymmm256
r(N::Vpermi2w, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpermi2w_zmm_k1z_zmm_zmmm512
r(N::Vpermi2d, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpermi2d_xmm_k1z_xmm_xmmm128b32
r(N::Vpermi2d, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpermi2d_ymm_k1z_ymm_ymmm256b32
r(N::Vpermi2d, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpermi2d_zmm_k1z_zmm_zmmm512b32
r(N::Vpermi2q, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpermi2q_xmm_k1z_xmm_xmmm128b64
r(N::Vpermi2q, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpermi2q_ymm_k1z_ymm_ymmm256b64
r(N::Vpermi2q, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpermi2q_zmm_k1z_zmm_zmmm512b64
r(N::Vpermi2ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vpermi2ps_xmm_k1z_xmm_xmmm128b32
r(N::Vpermi2ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vpermi2ps_ymm_k1z_ymm_ymmm256b32
r(N::Vpermi2ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vpermi2ps_zmm_k1z_zmm_zmmm512b32
r(N::Vpermi2pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vpermi2pd_xmm_k1z_xmm_xmmm128b64
r(N::Vpermi2pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermi2pd_ymm_k1z_ymm_ymmm256b64
r(N::Vpermi2pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermi2pd_zmm_k1z_zmm_zmmm512b64
r(N::Vpbroadcastb, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int8, 0, 0, 0x3), // VEX_Vpbroadcastb_xmm_xmmm8
r(N::Vpbroadcastb, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int8, 0, 1, 0x3), // VEX_Vpbroadcastb_ymm_xmmm8
r(N::Vpbroadcastb, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int8, 0, 0, 0xc3), // EVEX_Vpbroadcastb_xmm_k1z_xmmm8
r(N::Vpbroadcastb, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int8, 0, 1, 0xc3), // EVEX_Vpbroadcastb_ymm_k1z_xmmm8
r(N::Vpbroadcastb, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Int8, 0, 2, 0xc3), // EVEX_Vpbroadcastb_zmm_k1z_xmmm8
r(N::Vpbroadcastw, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int16, 0, 0, 0x3), // VEX_Vpbroadcastw_xmm_xmmm16
r(N::Vpbroadcastw, E::VEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int16, 0, 1, 0x3), // VEX_Vpbroadcastw_ymm_xmmm16
r(N::Vpbroadcastw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Int16, 0, 0, 0xc3), // EVEX_Vpbroadcastw_xmm_k1z_xmmm16
r(N::Vpbroadcastw, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Int16, 0, 1, 0xc3), // EVEX_Vpbroadcastw_ymm_k1z_xmmm16
r(N::Vpbroadcastw, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Int16, 0, 2, 0xc3), // EVEX_Vpbroadcastw_zmm_k1z_xmmm16
r(N::Vpbroadcastb, E::EVEX, &[K::xmm_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vpbroadcastb_xmm_k1z_r32
r(N::Vpbroadcastb, E::EVEX, &[K::ymm_reg, K::r32_rm], 0, M::Unknown, 0, 1, 0xc3), // EVEX_Vpbroadcastb_ymm_k1z_r32
r(N::Vpbroadcastb, E::EVEX, &[K::zmm_reg, K::r32_rm], 0, M::Unknown, 0, 2, 0xc3), // EVEX_Vpbroadcastb_zmm_k1z_r32
r(N::Vpbroadcastw, E::EVEX, &[K::xmm_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vpbroadcastw_xmm_k1z_r32
r(N::Vpbroadcastw, E::EVEX, &[K::ymm_reg, K::r32_rm], 0, M::Unknown, 0, 1, 0xc3), // EVEX_Vpbroadcastw_ymm_k1z_r32
r(N::Vpbroadcastw, E::EVEX, &[K::zmm_reg, K::r32_rm], 0, M::Unknown, 0, 2, 0xc3), // EVEX_Vpbroadcastw_zmm_k1z_r32
r(N::Vpbroadcastd, E::EVEX, &[K::xmm_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vpbroadcastd_xmm_k1z_r32
r(N::Vpbroadcastd, E::EVEX, &[K::ymm_reg, K::r32_rm], 0, M::Unknown, 0, 1, 0xc3), // EVEX_Vpbroadcastd_ymm_k1z_r32
r(N::Vpbroadcastd, E::EVEX, &[K::zmm_reg, K::r32_rm], 0, M::Unknown, 0, 2, 0xc3), // EVEX_Vpbroadcastd_zmm_k1z_r32
r(N::Vpbroadcastq, E::EVEX, &[K::xmm_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0xc3), // EVEX_Vpbroadcastq_xmm_k1z_r64
r(N::Vpbroadcastq, E::EVEX, &[K::ymm_reg, K::r64_rm], 0, M::Unknown, 1, 1, 0xc3), // EVEX_Vpbroadcastq_ymm_k1z_r64
r(N::Vpbroadcastq, E::EVEX, &[K::zmm_reg, K::r64_rm], 0, M::Unknown, 1, 2, 0xc3), // EVEX_Vpbroadcastq_zmm_k1z_r64
r(N::Vpermt2b, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpermt2b_xmm_k1z_xmm_xmmm128
r(N::Vpermt2b, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpermt2b_ymm_k1z_ymm_ymmm256
r(N::Vpermt2b, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpermt2b_zmm_k1z_zmm_zmmm512
r(N::Vpermt2w, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpermt2w_xmm_k1z_xmm_xmmm128
r(N::Vpermt2w, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpermt2w_ymm_k1z_ymm_ymmm256
r(N::Vpermt2w, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpermt2w_zmm_k1z_zmm_zmmm512
r(N::Vpermt2d, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpermt2d_xmm_k1z_xmm_xmmm128b32
r(N::Vpermt2d, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpermt2d_ymm_k1z_ymm_ymmm256b32
r(N::Vpermt2d, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpermt2d_zmm_k1z_zmm_zmmm512b32
r(N::Vpermt2q, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpermt2q_xmm_k1z_xmm_xmmm128b64
r(N::Vpermt2q, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpermt2q_ymm_k1z_ymm_ymmm256b64
r(N::Vpermt2q, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpermt2q_zmm_k1z_zmm_zmmm512b64
r(N::Vpermt2ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vpermt2ps_xmm_k1z_xmm_xmmm128b32
r(N::Vpermt2ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vpermt2ps_ymm_k1z_ymm_ymmm256b32
r(N::Vpermt2ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vpermt2ps_zmm_k1z_zmm_zmmm512b32
r(N::Vpermt2pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vpermt2pd_xmm_k1z_xmm_xmmm128b64
r(N::Vpermt2pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermt2pd_ymm_k1z_ymm_ymmm256b64
r(N::Vpermt2pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermt2pd_zmm_k1z_zmm_zmmm512b64
r(N::Invept, E::Legacy, &[K::r32_reg, K::mem], 0, M::UInt128, 0, 0, 0x1), // Invept_r32_m128
r(N::Invept, E::Legacy, &[K::r64_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // Invept_r64_m128
r(N::Invvpid, E::Legacy, &[K::r32_reg, K::mem], 0, M::UInt128, 0, 0, 0x1), // Invvpid_r32_m128
r(N::Invvpid, E::Legacy, &[K::r64_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // Invvpid_r64_m128
r(N::Invpcid, E::Legacy, &[K::r32_reg, K::mem], 0, M::UInt128, 0, 0, 0x1), // Invpcid_r32_m128
r(N::Invpcid, E::Legacy, &[K::r64_reg, K::mem], 0, M::UInt128, 0, 0, 0x3), // Invpcid_r64_m128
r(N::Vpmultishiftqb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpmultishiftqb_xmm_k1z_xmm_xmmm128b64
r(N::Vpmultishiftqb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpmultishiftqb_ymm_k1z_ymm_ymmm256b64
r(N::Vpmultishiftqb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpmultishiftqb_zmm_k1z_zmm_zmmm512b64
r(N::Vexpandps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vexpandps_xmm_k1z_xmmm128
r(N::Vexpandps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vexpandps_ymm_k1z_ymmm256
r(N::Vexpandps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vexpandps_zmm_k1z_zmmm512
r(N::Vexpandpd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vexpandpd_xmm_k1z_xmmm128
r(N::Vexpandpd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vexpandpd_ymm_k1z_ymmm256
r(N::Vexpandpd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vexpandpd_zmm_k1z_zmmm512
r(N::Vpexpandd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vpexpandd_xmm_k1z_xmmm128
r(N::Vpexpandd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vpexpandd_ymm_k1z_ymmm256
r(N::Vpexpandd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vpexpandd_zmm_k1z_zmmm512
r(N::Vpexpandq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vpexpandq_xmm_k1z_xmmm128
r(N::Vpexpandq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vpexpandq_ymm_k1z_ymmm256
r(N::Vpexpandq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vpexpandq_zmm_k1z_zmmm512
r(N::Vcompressps, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_Vcompressps_xmmm128_k1z_xmm
r(N::Vcompressps, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float32, 0, 1, 0xc3), // EVEX_Vcompressps_ymmm256_k1z_ymm
r(N::Vcompressps, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float32, 0, 2, 0xc3), // EVEX_Vcompressps_zmmm512_k1z_zmm
r(N::Vcompresspd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_Float64, 1, 0, 0xc3), // EVEX_Vcompresspd_xmmm128_k1z_xmm
r(N::Vcompresspd, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_Float64, 1, 1, 0xc3), // EVEX_Vcompresspd_ymmm256_k1z_ymm
r(N::Vcompresspd, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_Float64, 1, 2, 0xc3), // EVEX_Vcompresspd_zmmm512_k1z_zmm
r(N::Vpcompressd, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0xc3), // EVEX_Vpcompressd_xmmm128_k1z_xmm
r(N::Vpcompressd, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0xc3), // EVEX_Vpcompressd_ymmm256_k1z_ymm
r(N::Vpcompressd, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt32, 0, 2, 0xc3), // EVEX_Vpcompressd_zmmm512_k1z_zmm
r(N::Vpcompressq, E::EVEX, &[K::xmm_or_mem, K::xmm_reg], 0, M::Packed128_UInt64, 1, 0, 0xc3), // EVEX_Vpcompressq_xmmm128_k1z_xmm
r(N::Vpcompressq, E::EVEX, &[K::ymm_or_mem, K::ymm_reg], 0, M::Packed256_UInt64, 1, 1, 0xc3), // EVEX_Vpcompressq_ymmm256_k1z_ymm
r(N::Vpcompressq, E::EVEX, &[K::zmm_or_mem, K::zmm_reg], 0, M::Packed512_UInt64, 1, 2, 0xc3), // EVEX_Vpcompressq_zmmm512_k1z_zmm
r(N::Vpmaskmovd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpmaskmovd_xmm_xmm_m128
r(N::Vpmaskmovd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpmaskmovd_ymm_ymm_m256
r(N::Vpmaskmovq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::mem], 0, M::Packed128_UInt64, 1, 0, 0x3), // VEX_Vpmaskmovq_xmm_xmm_m128
r(N::Vpmaskmovq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::mem], 0, M::Packed256_UInt64, 1, 1, 0x3), // VEX_Vpmaskmovq_ymm_ymm_m256
r(N::Vpermb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpermb_xmm_k1z_xmm_xmmm128
r(N::Vpermb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpermb_ymm_k1z_ymm_ymmm256
r(N::Vpermb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpermb_zmm_k1z_zmm_zmmm512
r(N::Vpermw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpermw_xmm_k1z_xmm_xmmm128
r(N::Vpermw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpermw_ymm_k1z_ymm_ymmm256
r(N::Vpermw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpermw_zmm_k1z_zmm_zmmm512
r(N::Vpmaskmovd, E::VEX, &[K::mem, K::xmm_vvvv, K::xmm_reg], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpmaskmovd_m128_xmm_xmm
r(N::Vpmaskmovd, E::VEX, &[K::mem, K::ymm_vvvv, K::ymm_reg], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpmaskmovd_m256_ymm_ymm
r(N::Vpmaskmovq, E::VEX, &[K::mem, K::xmm_vvvv, K::xmm_reg], 0, M::Packed128_UInt64, 1, 0, 0x3), // VEX_Vpmaskmovq_m128_xmm_xmm
r(N::Vpmaskmovq, E::VEX, &[K::mem, K::ymm_vvvv, K::ymm_reg], 0, M::Packed256_UInt64, 1, 1, 0x3), // VEX_Vpmaskmovq_m256_ymm_ymm
r(N::Vpshufbitqmb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x43), // EVEX_Vpshufbitqmb_kr_k1_xmm_xmmm128
r(N::Vpshufbitqmb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x43), // EVEX_Vpshufbitqmb_kr_k1_ymm_ymmm256
r(N::Vpshufbitqmb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0x43), // EVEX_Vpshufbitqmb_kr_k1_zmm_zmmm512
r(N::Vpgatherdd, E::VEX, &[K::xmm_reg, K::mem_vsib32x, K::xmm_vvvv], 0, M::Int32, 0, 0, 0x3), // VEX_Vpgatherdd_xmm_vm32x_xmm
r(N::Vpgatherdd, E::VEX, &[K::ymm_reg, K::mem_vsib32y, K::ymm_vvvv], 0, M::Int32, 0, 1, 0x3), // VEX_Vpgatherdd_ymm_vm32y_ymm
r(N::Vpgatherdq, E::VEX, &[K::xmm_reg, K::mem_vsib32x, K::xmm_vvvv], 0, M::Int64, 1, 0, 0x3), // VEX_Vpgatherdq_xmm_vm32x_xmm
r(N::Vpgatherdq, E::VEX, &[K::ymm_reg, K::mem_vsib32x, K::ymm_vvvv], 0, M::Int64, 1, 1, 0x3), // VEX_Vpgatherdq_ymm_vm32x_ymm
r(N::Vpgatherdd, E::EVEX, &[K::xmm_reg, K::mem_vsib32x], 0, M::Int32, 0, 0, 0x143), // EVEX_Vpgatherdd_xmm_k1_vm32x
r(N::Vpgatherdd, E::EVEX, &[K::ymm_reg, K::mem_vsib32y], 0, M::Int32, 0, 1, 0x143), // EVEX_Vpgatherdd_ymm_k1_vm32y
r(N::Vpgatherdd, E::EVEX, &[K::zmm_reg, K::mem_vsib32z], 0, M::Int32, 0, 2, 0x143), // EVEX_Vpgatherdd_zmm_k1_vm32z
r(N::Vpgatherdq, E::EVEX, &[K::xmm_reg, K::mem_vsib32x], 0, M::Int64, 1, 0, 0x143), // EVEX_Vpgatherdq_xmm_k1_vm32x
r(N::Vpgatherdq, E::EVEX, &[K::ymm_reg, K::mem_vsib32x], 0, M::Int64, 1, 1, 0x143), // EVEX_Vpgatherdq_ymm_k1_vm32x
r(N::Vpgatherdq, E::EVEX, &[K::zmm_reg, K::mem_vsib32y], 0, M::Int64, 1, 2, 0x143), // EVEX_Vpgatherdq_zmm_k1_vm32y
r(N::Vpgatherqd, E::VEX, &[K::xmm_reg, K::mem_vsib64x, K::xmm_vvvv], 0, M::Int32, 0, 0, 0x3), // VEX_Vpgatherqd_xmm_vm64x_xmm
r(N::Vpgatherqd, E::VEX, &[K::xmm_reg, K::mem_vsib64y, K::xmm_vvvv], 0, M::Int32, 0, 1, 0x3), // VEX_Vpgatherqd_xmm_vm64y_xmm
r(N::Vpgatherqq, E::VEX, &[K::xmm_reg, K::mem_vsib64x, K::xmm_vvvv], 0, M::Int64, 1, 0, 0x3), // VEX_Vpgatherqq_xmm_vm64x_xmm
r(N::Vpgatherqq, E::VEX, &[K::ymm_reg, K::mem_vsib64y, K::ymm_vvvv], 0, M::Int64, 1, 1, 0x3), // VEX_Vpgatherqq_ymm_vm64y_ymm
r(N::Vpgatherqd, E::EVEX, &[K::xmm_reg, K::mem_vsib64x], 0, M::Int32, 0, 0, 0x143), // EVEX_Vpgatherqd_xmm_k1_vm64x
r(N::Vpgatherqd, E::EVEX, &[K::xmm_reg, K::mem_vsib64y], 0, M::Int32, 0, 1, 0x143), // EVEX_Vpgatherqd_xmm_k1_vm64y
r(N::Vpgatherqd, E::EVEX, &[K::ymm_reg, K::mem_vsib64z], 0, M::Int32, 0, 2, 0x143), // EVEX_Vpgatherqd_ymm_k1_vm64z
r(N::Vpgatherqq, E::EVEX, &[K::xmm_reg, K::mem_vsib64x], 0, M::Int64, 1, 0, 0x143), // EVEX_Vpgatherqq_xmm_k1_vm64x
r(N::Vpgatherqq, E::EVEX, &[K::ymm_reg, K::mem_vsib64y], 0, M::Int64, 1, 1, 0x143), // EVEX_Vpgatherqq_ymm_k1_vm64y
r(N::Vpgatherqq, E::EVEX, &[K::zmm_reg, K::mem_vsib64z], 0, M::Int64, 1, 2, 0x143), // EVEX_Vpgatherqq_zmm_k1_vm64z
r(N::Vgatherdps, E::VEX, &[K::xmm_reg, K::mem_vsib32x, K::xmm_vvvv], 0, M::Float32, 0, 0, 0x3), // VEX_Vgatherdps_xmm_vm32x_xmm
r(N::Vgatherdps, E::VEX, &[K::ymm_reg, K::mem_vsib32y, K::ymm_vvvv], 0, M::Float32, 0, 1, 0x3), // VEX_Vgatherdps_ymm_vm32y_ymm
r(N::Vgatherdpd, E::VEX, &[K::xmm_reg, K::mem_vsib32x, K::xmm_vvvv], 0, M::Float64, 1, 0, 0x3), // VEX_Vgatherdpd_xmm_vm32x_xmm
r(N::Vgatherdpd, E::VEX, &[K::ymm_reg, K::mem_vsib32x, K::ymm_vvvv], 0, M::Float64, 1, 1, 0x3), // VEX_Vgatherdpd_ymm_vm32x_ymm
r(N::Vgatherdps, E::EVEX, &[K::xmm_reg, K::mem_vsib32x], 0, M::Float32, 0, 0, 0x143), // EVEX_Vgatherdps_xmm_k1_vm32x
r(N::Vgatherdps, E::EVEX, &[K::ymm_reg, K::mem_vsib32y], 0, M::Float32, 0, 1, 0x143), // EVEX_Vgatherdps_ymm_k1_vm32y
r(N::Vgatherdps, E::EVEX, &[K::zmm_reg, K::mem_vsib32z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherdps_zmm_k1_vm32z
r(N::Vgatherdpd, E::EVEX, &[K::xmm_reg, K::mem_vsib32x], 0, M::Float64, 1, 0, 0x143), // EVEX_Vgatherdpd_xmm_k1_vm32x
r(N::Vgatherdpd, E::EVEX, &[K::ymm_reg, K::mem_vsib32x], 0, M::Float64, 1, 1, 0x143), // EVEX_Vgatherdpd_ymm_k1_vm32x
r(N::Vgatherdpd, E::EVEX, &[K::zmm_reg, K::mem_vsib32y], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherdpd_zmm_k1_vm32y
r(N::Vgatherqps, E::VEX, &[K::xmm_reg, K::mem_vsib64x, K::xmm_vvvv], 0, M::Float32, 0, 0, 0x3), // VEX_Vgatherqps_xmm_vm64x_xmm
r(N::Vgatherqps, E::VEX, &[K::xmm_reg, K::mem_vsib64y, K::xmm_vvvv], 0, M::Float32, 0, 1, 0x3), // VEX_Vgatherqps_xmm_vm64y_xmm
r(N::Vgatherqpd, E::VEX, &[K::xmm_reg, K::mem_vsib64x, K::xmm_vvvv], 0, M::Float64, 1, 0, 0x3), // VEX_Vgatherqpd_xmm_vm64x_xmm
r(N::Vgatherqpd, E::VEX, &[K::ymm_reg, K::mem_vsib64y, K::ymm_vvvv], 0, M::Float64, 1, 1, 0x3), // VEX_Vgatherqpd_ymm_vm64y_ymm
r(N::Vgatherqps, E::EVEX, &[K::xmm_reg, K::mem_vsib64x], 0, M::Float32, 0, 0, 0x143), // EVEX_Vgatherqps_xmm_k1_vm64x
r(N::Vgatherqps, E::EVEX, &[K::xmm_reg, K::mem_vsib64y], 0, M::Float32, 0, 1, 0x143), // EVEX_Vgatherqps_xmm_k1_vm64y
r(N::Vgatherqps, E::EVEX, &[K::ymm_reg, K::mem_vsib64z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherqps_ymm_k1_vm64z
r(N::Vgatherqpd, E::EVEX, &[K::xmm_reg, K::mem_vsib64x], 0, M::Float64, 1, 0, 0x143), // EVEX_Vgatherqpd_xmm_k1_vm64x
r(N::Vgatherqpd, E::EVEX, &[K::ymm_reg, K::mem_vsib64y], 0, M::Float64, 1, 1, 0x143), // EVEX_Vgatherqpd_ymm_k1_vm64y
r(N::Vgatherqpd, E::EVEX, &[K::zmm_reg, K::mem_vsib64z], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherqpd_zmm_k1_vm64z
r(N::Vfmaddsub132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmaddsub132ps_xmm_xmm_xmmm128
r(N::Vfmaddsub132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmaddsub132ps_ymm_ymm_ymmm256
r(N::Vfmaddsub132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmaddsub132pd_xmm_xmm_xmmm128
r(N::Vfmaddsub132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmaddsub132pd_ymm_ymm_ymmm256
r(N::Vfmaddsub132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmaddsub132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmaddsub132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmaddsub132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmaddsub132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmaddsub132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmaddsub132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmaddsub132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmaddsub132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmaddsub132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmaddsub132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmaddsub132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmsubadd132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsubadd132ps_xmm_xmm_xmmm128
r(N::Vfmsubadd132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsubadd132ps_ymm_ymm_ymmm256
r(N::Vfmsubadd132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsubadd132pd_xmm_xmm_xmmm128
r(N::Vfmsubadd132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsubadd132pd_ymm_ymm_ymmm256
r(N::Vfmsubadd132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsubadd132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsubadd132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsubadd132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsubadd132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsubadd132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsubadd132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsubadd132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsubadd132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsubadd132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsubadd132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsubadd132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmadd132ps_xmm_xmm_xmmm128
r(N::Vfmadd132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmadd132ps_ymm_ymm_ymmm256
r(N::Vfmadd132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmadd132pd_xmm_xmm_xmmm128
r(N::Vfmadd132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmadd132pd_ymm_ymm_ymmm256
r(N::Vfmadd132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmadd132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmadd132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmadd132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmadd132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmadd132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmadd132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmadd132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmadd132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmadd132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmadd132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmadd132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd132ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmadd132ss_xmm_xmm_xmmm32
r(N::Vfmadd132sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmadd132sd_xmm_xmm_xmmm64
r(N::Vfmadd132ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmadd132ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmadd132sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmadd132sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfmsub132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsub132ps_xmm_xmm_xmmm128
r(N::Vfmsub132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsub132ps_ymm_ymm_ymmm256
r(N::Vfmsub132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsub132pd_xmm_xmm_xmmm128
r(N::Vfmsub132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsub132pd_ymm_ymm_ymmm256
r(N::Vfmsub132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsub132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsub132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsub132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsub132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsub132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsub132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsub132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsub132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsub132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsub132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsub132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::V4fmaddps, E::EVEX, &[K::zmm_reg, K::zmmp3_vvvv, K::mem], 0, M::Packed128_Float32, 0, 2, 0xc3), // EVEX_V4fmaddps_zmm_k1z_zmmp3_m128
r(N::Vfmsub132ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmsub132ss_xmm_xmm_xmmm32
r(N::Vfmsub132sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmsub132sd_xmm_xmm_xmmm64
r(N::Vfmsub132ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmsub132ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmsub132sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmsub132sd_xmm_k1z_xmm_xmmm64_er
r(N::V4fmaddss, E::EVEX, &[K::xmm_reg, K::xmmp3_vvvv, K::mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_V4fmaddss_xmm_k1z_xmmp3_m128
r(N::Vfnmadd132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmadd132ps_xmm_xmm_xmmm128
r(N::Vfnmadd132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmadd132ps_ymm_ymm_ymmm256
r(N::Vfnmadd132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmadd132pd_xmm_xmm_xmmm128
r(N::Vfnmadd132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmadd132pd_ymm_ymm_ymmm256
r(N::Vfnmadd132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmadd132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmadd132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmadd132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmadd132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmadd132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmadd132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmadd132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmadd132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmadd132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmadd132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmadd132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmadd132ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmadd132ss_xmm_xmm_xmmm32
r(N::Vfnmadd132sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmadd132sd_xmm_xmm_xmmm64
r(N::Vfnmadd132ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmadd132ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmadd132sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmadd132sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfnmsub132ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmsub132ps_xmm_xmm_xmmm128
r(N::Vfnmsub132ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmsub132ps_ymm_ymm_ymmm256
r(N::Vfnmsub132pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmsub132pd_xmm_xmm_xmmm128
r(N::Vfnmsub132pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmsub132pd_ymm_ymm_ymmm256
r(N::Vfnmsub132ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmsub132ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmsub132ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmsub132ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmsub132ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmsub132ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmsub132pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmsub132pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmsub132pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmsub132pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmsub132pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmsub132pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmsub132ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmsub132ss_xmm_xmm_xmmm32
r(N::Vfnmsub132sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmsub132sd_xmm_xmm_xmmm64
r(N::Vfnmsub132ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmsub132ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmsub132sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmsub132sd_xmm_k1z_xmm_xmmm64_er
r(N::Vpscatterdd, E::EVEX, &[K::mem_vsib32x, K::xmm_reg], 0, M::Int32, 0, 0, 0x143), // EVEX_Vpscatterdd_vm32x_k1_xmm
r(N::Vpscatterdd, E::EVEX, &[K::mem_vsib32y, K::ymm_reg], 0, M::Int32, 0, 1, 0x143), // EVEX_Vpscatterdd_vm32y_k1_ymm
r(N::Vpscatterdd, E::EVEX, &[K::mem_vsib32z, K::zmm_reg], 0, M::Int32, 0, 2, 0x143), // EVEX_Vpscatterdd_vm32z_k1_zmm
r(N::Vpscatterdq, E::EVEX, &[K::mem_vsib32x, K::xmm_reg], 0, M::Int64, 1, 0, 0x143), // EVEX_Vpscatterdq_vm32x_k1_xmm
r(N::Vpscatterdq, E::EVEX, &[K::mem_vsib32x, K::ymm_reg], 0, M::Int64, 1, 1, 0x143), // EVEX_Vpscatterdq_vm32x_k1_ymm
r(N::Vpscatterdq, E::EVEX, &[K::mem_vsib32y, K::zmm_reg], 0, M::Int64, 1, 2, 0x143), // EVEX_Vpscatterdq_vm32y_k1_zmm
r(N::Vpscatterqd, E::EVEX, &[K::mem_vsib64x, K::xmm_reg], 0, M::Int32, 0, 0, 0x143), // EVEX_Vpscatterqd_vm64x_k1_xmm
r(N::Vpscatterqd, E::EVEX, &[K::mem_vsib64y, K::xmm_reg], 0, M::Int32, 0, 1, 0x143), // EVEX_Vpscatterqd_vm64y_k1_xmm
r(N::Vpscatterqd, E::EVEX, &[K::mem_vsib64z, K::ymm_reg], 0, M::Int32, 0, 2, 0x143), // EVEX_Vpscatterqd_vm64z_k1_ymm
r(N::Vpscatterqq, E::EVEX, &[K::mem_vsib64x, K::xmm_reg], 0, M::Int64, 1, 0, 0x143), // EVEX_Vpscatterqq_vm64x_k1_xmm
r(N::Vpscatterqq, E::EVEX, &[K::mem_vsib64y, K::ymm_reg], 0, M::Int64, 1, 1, 0x143), // EVEX_Vpscatterqq_vm64y_k1_ymm
r(N::Vpscatterqq, E::EVEX, &[K::mem_vsib64z, K::zmm_reg], 0, M::Int64, 1, 2, 0x143), // EVEX_Vpscatterqq_vm64z_k1_zmm
r(N::Vscatterdps, E::EVEX, &[K::mem_vsib32x, K::xmm_reg], 0, M::Float32, 0, 0, 0x143), // EVEX_Vscatterdps_vm32x_k1_xmm
r(N::Vscatterdps, E::EVEX, &[K::mem_vsib32y, K::ymm_reg], 0, M::Float32, 0, 1, 0x143), // EVEX_Vscatterdps_vm32y_k1_ymm
r(N::Vscatterdps, E::EVEX, &[K::mem_vsib32z, K::zmm_reg], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterdps_vm32z_k1_zmm
r(N::Vscatterdpd, E::EVEX, &[K::mem_vsib32x, K::xmm_reg], 0, M::Float64, 1, 0, 0x143), // EVEX_Vscatterdpd_vm32x_k1_xmm
r(N::Vscatterdpd, E::EVEX, &[K::mem_vsib32x, K::ymm_reg], 0, M::Float64, 1, 1, 0x143), // EVEX_Vscatterdpd_vm32x_k1_ymm
r(N::Vscatterdpd, E::EVEX, &[K::mem_vsib32y, K::zmm_reg], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterdpd_vm32y_k1_zmm
r(N::Vscatterqps, E::EVEX, &[K::mem_vsib64x, K::xmm_reg], 0, M::Float32, 0, 0, 0x143), // EVEX_Vscatterqps_vm64x_k1_xmm
r(N::Vscatterqps, E::EVEX, &[K::mem_vsib64y, K::xmm_reg], 0, M::Float32, 0, 1, 0x143), // EVEX_Vscatterqps_vm64y_k1_xmm
r(N::Vscatterqps, E::EVEX, &[K::mem_vsib64z, K::ymm_reg], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterqps_vm64z_k1_ymm
r(N::Vscatterqpd, E::EVEX, &[K::mem_vsib64x, K::xmm_reg], 0, M::Float64, 1, 0, 0x143), // EVEX_Vscatterqpd_vm64x_k1_xmm
r(N::Vscatterqpd, E::EVEX, &[K::mem_vsib64y, K::ymm_reg], 0, M::Float64, 1, 1, 0x143), // EVEX_Vscatterqpd_vm64y_k1_ymm
r(N::Vscatterqpd, E::EVEX, &[K::mem_vsib64z, K::zmm_reg], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterqpd_vm64z_k1_zmm
r(N::Vfmaddsub213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmaddsub213ps_xmm_xmm_xmmm128
r(N::Vfmaddsub213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmaddsub213ps_ymm_ymm_ymmm256
r(N::Vfmaddsub213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmaddsub213pd_xmm_xmm_xmmm128
r(N::Vfmaddsub213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmaddsub213pd_ymm_ymm_ymmm256
r(N::Vfmaddsub213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmaddsub213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmaddsub213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmaddsub213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmaddsub213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmaddsub213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmaddsub213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmaddsub213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmaddsub213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmaddsub213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmaddsub213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmaddsub213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmsubadd213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsubadd213ps_xmm_xmm_xmmm128
r(N::Vfmsubadd213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsubadd213ps_ymm_ymm_ymmm256
r(N::Vfmsubadd213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsubadd213pd_xmm_xmm_xmmm128
r(N::Vfmsubadd213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsubadd213pd_ymm_ymm_ymmm256
r(N::Vfmsubadd213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsubadd213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsubadd213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsubadd213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsubadd213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsubadd213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsubadd213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsubadd213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsubadd213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsubadd213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsubadd213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsubadd213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmadd213ps_xmm_xmm_xmmm128
r(N::Vfmadd213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmadd213ps_ymm_ymm_ymmm256
r(N::Vfmadd213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmadd213pd_xmm_xmm_xmmm128
r(N::Vfmadd213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmadd213pd_ymm_ymm_ymmm256
r(N::Vfmadd213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmadd213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmadd213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmadd213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmadd213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmadd213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmadd213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmadd213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmadd213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmadd213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmadd213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmadd213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd213ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmadd213ss_xmm_xmm_xmmm32
r(N::Vfmadd213sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmadd213sd_xmm_xmm_xmmm64
r(N::Vfmadd213ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmadd213ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmadd213sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmadd213sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfmsub213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsub213ps_xmm_xmm_xmmm128
r(N::Vfmsub213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsub213ps_ymm_ymm_ymmm256
r(N::Vfmsub213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsub213pd_xmm_xmm_xmmm128
r(N::Vfmsub213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsub213pd_ymm_ymm_ymmm256
r(N::Vfmsub213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsub213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsub213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsub213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsub213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsub213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsub213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsub213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsub213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsub213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsub213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsub213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::V4fnmaddps, E::EVEX, &[K::zmm_reg, K::zmmp3_vvvv, K::mem], 0, M::Packed128_Float32, 0, 2, 0xc3), // EVEX_V4fnmaddps_zmm_k1z_zmmp3_m128
r(N::Vfmsub213ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmsub213ss_xmm_xmm_xmmm32
r(N::Vfmsub213sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmsub213sd_xmm_xmm_xmmm64
r(N::Vfmsub213ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmsub213ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmsub213sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmsub213sd_xmm_k1z_xmm_xmmm64_er
r(N::V4fnmaddss, E::EVEX, &[K::xmm_reg, K::xmmp3_vvvv, K::mem], 0, M::Packed128_Float32, 0, 0, 0xc3), // EVEX_V4fnmaddss_xmm_k1z_xmmp3_m128
r(N::Vfnmadd213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmadd213ps_xmm_xmm_xmmm128
r(N::Vfnmadd213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmadd213ps_ymm_ymm_ymmm256
r(N::Vfnmadd213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmadd213pd_xmm_xmm_xmmm128
r(N::Vfnmadd213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmadd213pd_ymm_ymm_ymmm256
r(N::Vfnmadd213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmadd213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmadd213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmadd213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmadd213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmadd213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmadd213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmadd213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmadd213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmadd213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmadd213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmadd213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmadd213ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmadd213ss_xmm_xmm_xmmm32
r(N::Vfnmadd213sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmadd213sd_xmm_xmm_xmmm64
r(N::Vfnmadd213ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmadd213ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmadd213sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmadd213sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfnmsub213ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmsub213ps_xmm_xmm_xmmm128
r(N::Vfnmsub213ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmsub213ps_ymm_ymm_ymmm256
r(N::Vfnmsub213pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmsub213pd_xmm_xmm_xmmm128
r(N::Vfnmsub213pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmsub213pd_ymm_ymm_ymmm256
r(N::Vfnmsub213ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmsub213ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmsub213ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmsub213ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmsub213ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmsub213ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmsub213pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmsub213pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmsub213pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmsub213pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmsub213pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmsub213pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmsub213ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmsub213ss_xmm_xmm_xmmm32
r(N::Vfnmsub213sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmsub213sd_xmm_xmm_xmmm64
r(N::Vfnmsub213ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmsub213ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmsub213sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmsub213sd_xmm_k1z_xmm_xmmm64_er
r(N::Vpmadd52luq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt52, 1, 0, 0xcb), // EVEX_Vpmadd52luq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmadd52luq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt52, 1, 1, 0xcb), // EVEX_Vpmadd52luq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmadd52luq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt52, 1, 2, 0xcb), // EVEX_Vpmadd52luq_zmm_k1z_zmm_zmmm512b64
r(N::Vpmadd52huq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt52, 1, 0, 0xcb), // EVEX_Vpmadd52huq_xmm_k1z_xmm_xmmm128b64
r(N::Vpmadd52huq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt52, 1, 1, 0xcb), // EVEX_Vpmadd52huq_ymm_k1z_ymm_ymmm256b64
r(N::Vpmadd52huq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt52, 1, 2, 0xcb), // EVEX_Vpmadd52huq_zmm_k1z_zmm_zmmm512b64
r(N::Vfmaddsub231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmaddsub231ps_xmm_xmm_xmmm128
r(N::Vfmaddsub231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmaddsub231ps_ymm_ymm_ymmm256
r(N::Vfmaddsub231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmaddsub231pd_xmm_xmm_xmmm128
r(N::Vfmaddsub231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmaddsub231pd_ymm_ymm_ymmm256
r(N::Vfmaddsub231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmaddsub231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmaddsub231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmaddsub231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmaddsub231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmaddsub231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmaddsub231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmaddsub231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmaddsub231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmaddsub231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmaddsub231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmaddsub231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmsubadd231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsubadd231ps_xmm_xmm_xmmm128
r(N::Vfmsubadd231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsubadd231ps_ymm_ymm_ymmm256
r(N::Vfmsubadd231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsubadd231pd_xmm_xmm_xmmm128
r(N::Vfmsubadd231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsubadd231pd_ymm_ymm_ymmm256
r(N::Vfmsubadd231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsubadd231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsubadd231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsubadd231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsubadd231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsubadd231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsubadd231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsubadd231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsubadd231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsubadd231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsubadd231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsubadd231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmadd231ps_xmm_xmm_xmmm128
r(N::Vfmadd231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmadd231ps_ymm_ymm_ymmm256
r(N::Vfmadd231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmadd231pd_xmm_xmm_xmmm128
r(N::Vfmadd231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmadd231pd_ymm_ymm_ymmm256
r(N::Vfmadd231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmadd231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmadd231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmadd231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmadd231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmadd231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmadd231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmadd231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmadd231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmadd231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmadd231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmadd231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmadd231ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmadd231ss_xmm_xmm_xmmm32
r(N::Vfmadd231sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmadd231sd_xmm_xmm_xmmm64
r(N::Vfmadd231ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmadd231ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmadd231sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmadd231sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfmsub231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsub231ps_xmm_xmm_xmmm128
r(N::Vfmsub231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsub231ps_ymm_ymm_ymmm256
r(N::Vfmsub231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsub231pd_xmm_xmm_xmmm128
r(N::Vfmsub231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsub231pd_ymm_ymm_ymmm256
r(N::Vfmsub231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfmsub231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfmsub231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfmsub231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfmsub231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfmsub231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmsub231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfmsub231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfmsub231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfmsub231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfmsub231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfmsub231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfmsub231ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmsub231ss_xmm_xmm_xmmm32
r(N::Vfmsub231sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmsub231sd_xmm_xmm_xmmm64
r(N::Vfmsub231ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfmsub231ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfmsub231sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfmsub231sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfnmadd231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmadd231ps_xmm_xmm_xmmm128
r(N::Vfnmadd231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmadd231ps_ymm_ymm_ymmm256
r(N::Vfnmadd231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmadd231pd_xmm_xmm_xmmm128
r(N::Vfnmadd231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmadd231pd_ymm_ymm_ymmm256
r(N::Vfnmadd231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmadd231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmadd231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmadd231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmadd231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmadd231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmadd231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmadd231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmadd231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmadd231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmadd231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmadd231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmadd231ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmadd231ss_xmm_xmm_xmmm32
r(N::Vfnmadd231sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmadd231sd_xmm_xmm_xmmm64
r(N::Vfnmadd231ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmadd231ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmadd231sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmadd231sd_xmm_k1z_xmm_xmmm64_er
r(N::Vfnmsub231ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmsub231ps_xmm_xmm_xmmm128
r(N::Vfnmsub231ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmsub231ps_ymm_ymm_ymmm256
r(N::Vfnmsub231pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmsub231pd_xmm_xmm_xmmm128
r(N::Vfnmsub231pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmsub231pd_ymm_ymm_ymmm256
r(N::Vfnmsub231ps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfnmsub231ps_xmm_k1z_xmm_xmmm128b32
r(N::Vfnmsub231ps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfnmsub231ps_ymm_k1z_ymm_ymmm256b32
r(N::Vfnmsub231ps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vfnmsub231ps_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfnmsub231pd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfnmsub231pd_xmm_k1z_xmm_xmmm128b64
r(N::Vfnmsub231pd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfnmsub231pd_ymm_k1z_ymm_ymmm256b64
r(N::Vfnmsub231pd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vfnmsub231pd_zmm_k1z_zmm_zmmm512b64_er
r(N::Vfnmsub231ss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmsub231ss_xmm_xmm_xmmm32
r(N::Vfnmsub231sd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmsub231sd_xmm_xmm_xmmm64
r(N::Vfnmsub231ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vfnmsub231ss_xmm_k1z_xmm_xmmm32_er
r(N::Vfnmsub231sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vfnmsub231sd_xmm_k1z_xmm_xmmm64_er
r(N::Vpconflictd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpconflictd_xmm_k1z_xmmm128b32
r(N::Vpconflictd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpconflictd_ymm_k1z_ymmm256b32
r(N::Vpconflictd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpconflictd_zmm_k1z_zmmm512b32
r(N::Vpconflictq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpconflictq_xmm_k1z_xmmm128b64
r(N::Vpconflictq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpconflictq_ymm_k1z_ymmm256b64
r(N::Vpconflictq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpconflictq_zmm_k1z_zmmm512b64
r(N::Vgatherpf0dps, E::EVEX, &[K::mem_vsib32z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherpf0dps_vm32z_k1
r(N::Vgatherpf0dpd, E::EVEX, &[K::mem_vsib32y], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherpf0dpd_vm32y_k1
r(N::Vgatherpf1dps, E::EVEX, &[K::mem_vsib32z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherpf1dps_vm32z_k1
r(N::Vgatherpf1dpd, E::EVEX, &[K::mem_vsib32y], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherpf1dpd_vm32y_k1
r(N::Vscatterpf0dps, E::EVEX, &[K::mem_vsib32z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterpf0dps_vm32z_k1
r(N::Vscatterpf0dpd, E::EVEX, &[K::mem_vsib32y], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterpf0dpd_vm32y_k1
r(N::Vscatterpf1dps, E::EVEX, &[K::mem_vsib32z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterpf1dps_vm32z_k1
r(N::Vscatterpf1dpd, E::EVEX, &[K::mem_vsib32y], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterpf1dpd_vm32y_k1
r(N::Vgatherpf0qps, E::EVEX, &[K::mem_vsib64z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherpf0qps_vm64z_k1
r(N::Vgatherpf0qpd, E::EVEX, &[K::mem_vsib64z], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherpf0qpd_vm64z_k1
r(N::Vgatherpf1qps, E::EVEX, &[K::mem_vsib64z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vgatherpf1qps_vm64z_k1
r(N::Vgatherpf1qpd, E::EVEX, &[K::mem_vsib64z], 0, M::Float64, 1, 2, 0x143), // EVEX_Vgatherpf1qpd_vm64z_k1
r(N::Vscatterpf0qps, E::EVEX, &[K::mem_vsib64z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterpf0qps_vm64z_k1
r(N::Vscatterpf0qpd, E::EVEX, &[K::mem_vsib64z], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterpf0qpd_vm64z_k1
r(N::Vscatterpf1qps, E::EVEX, &[K::mem_vsib64z], 0, M::Float32, 0, 2, 0x143), // EVEX_Vscatterpf1qps_vm64z_k1
r(N::Vscatterpf1qpd, E::EVEX, &[K::mem_vsib64z], 0, M::Float64, 1, 2, 0x143), // EVEX_Vscatterpf1qpd_vm64z_k1
r(N::Sha1nexte, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha1nexte_xmm_xmmm128
r(N::Vexp2ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vexp2ps_zmm_k1z_zmmm512b32_sae
r(N::Vexp2pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vexp2pd_zmm_k1z_zmmm512b64_sae
r(N::Sha1msg1, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha1msg1_xmm_xmmm128
r(N::Sha1msg2, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha1msg2_xmm_xmmm128
r(N::Vrcp28ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vrcp28ps_zmm_k1z_zmmm512b32_sae
r(N::Vrcp28pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vrcp28pd_zmm_k1z_zmmm512b64_sae
r(N::Sha256rnds2, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x203), // Sha256rnds2_xmm_xmmm128
r(N::Vrcp28ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vrcp28ss_xmm_k1z_xmm_xmmm32_sae
r(N::Vrcp28sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vrcp28sd_xmm_k1z_xmm_xmmm64_sae
r(N::Sha256msg1, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha256msg1_xmm_xmmm128
r(N::Vrsqrt28ps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vrsqrt28ps_zmm_k1z_zmmm512b32_sae
r(N::Vrsqrt28pd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vrsqrt28pd_zmm_k1z_zmmm512b64_sae
r(N::Sha256msg2, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha256msg2_xmm_xmmm128
r(N::Vrsqrt28ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vrsqrt28ss_xmm_k1z_xmm_xmmm32_sae
r(N::Vrsqrt28sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vrsqrt28sd_xmm_k1z_xmm_xmmm64_sae
r(N::Gf2p8mulb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // Gf2p8mulb_xmm_xmmm128
r(N::Vgf2p8mulb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vgf2p8mulb_xmm_xmm_xmmm128
r(N::Vgf2p8mulb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vgf2p8mulb_ymm_ymm_ymmm256
r(N::Vgf2p8mulb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vgf2p8mulb_xmm_k1z_xmm_xmmm128
r(N::Vgf2p8mulb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vgf2p8mulb_ymm_k1z_ymm_ymmm256
r(N::Vgf2p8mulb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vgf2p8mulb_zmm_k1z_zmm_zmmm512
r(N::Aesimc, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Aesimc_xmm_xmmm128
r(N::Vaesimc, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaesimc_xmm_xmmm128
r(N::Aesenc, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Aesenc_xmm_xmmm128
r(N::Vaesenc, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaesenc_xmm_xmm_xmmm128
r(N::Vaesenc, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vaesenc_ymm_ymm_ymmm256
r(N::Vaesenc, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vaesenc_xmm_xmm_xmmm128
r(N::Vaesenc, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vaesenc_ymm_ymm_ymmm256
r(N::Vaesenc, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vaesenc_zmm_zmm_zmmm512
r(N::Aesenclast, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Aesenclast_xmm_xmmm128
r(N::Vaesenclast, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaesenclast_xmm_xmm_xmmm128
r(N::Vaesenclast, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vaesenclast_ymm_ymm_ymmm256
r(N::Vaesenclast, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vaesenclast_xmm_xmm_xmmm128
r(N::Vaesenclast, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vaesenclast_ymm_ymm_ymmm256
r(N::Vaesenclast, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vaesenclast_zmm_zmm_zmmm512
r(N::Aesdec, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Aesdec_xmm_xmmm128
r(N::Vaesdec, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaesdec_xmm_xmm_xmmm128
r(N::Vaesdec, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vaesdec_ymm_ymm_ymmm256
r(N::Vaesdec, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vaesdec_xmm_xmm_xmmm128
r(N::Vaesdec, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vaesdec_ymm_ymm_ymmm256
r(N::Vaesdec, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vaesdec_zmm_zmm_zmmm512
r(N::Aesdeclast, E::Legacy, &[K::xmm_reg, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // Aesdeclast_xmm_xmmm128
r(N::Vaesdeclast, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaesdeclast_xmm_xmm_xmmm128
r(N::Vaesdeclast, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vaesdeclast_ymm_ymm_ymmm256
r(N::Vaesdeclast, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::UInt128, 0, 0, 0x3), // EVEX_Vaesdeclast_xmm_xmm_xmmm128
r(N::Vaesdeclast, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt128, 0, 1, 0x3), // EVEX_Vaesdeclast_ymm_ymm_ymmm256
r(N::Vaesdeclast, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_UInt128, 0, 2, 0x3), // EVEX_Vaesdeclast_zmm_zmm_zmmm512
r(N::Movbe, E::Legacy, &[K::r16_reg, K::mem], 16, M::UInt16, 0, 0, 0x3), // Movbe_r16_m16
r(N::Movbe, E::Legacy, &[K::r32_reg, K::mem], 32, M::UInt32, 0, 0, 0x3), // Movbe_r32_m32
r(N::Movbe, E::Legacy, &[K::r64_reg, K::mem], 64, M::UInt64, 0, 0, 0x3), // Movbe_r64_m64
r(N::Crc32, E::Legacy, &[K::r32_reg, K::r8_or_mem], 0, M::UInt8, 0, 0, 0x3), // Crc32_r32_rm8
r(N::Crc32, E::Legacy, &[K::r64_reg, K::r8_or_mem], 64, M::UInt8, 0, 0, 0x3), // Crc32_r64_rm8
r(N::Movbe, E::Legacy, &[K::mem, K::r16_reg], 16, M::UInt16, 0, 0, 0x3), // Movbe_m16_r16
r(N::Movbe, E::Legacy, &[K::mem, K::r32_reg], 32, M::UInt32, 0, 0, 0x3), // Movbe_m32_r32
r(N::Movbe, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Movbe_m64_r64
r(N::Crc32, E::Legacy, &[K::r32_reg, K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Crc32_r32_rm16
r(N::Crc32, E::Legacy, &[K::r32_reg, K::r32_or_mem], 32, M::UInt32, 0, 0, 0x3), // Crc32_r32_rm32
r(N::Crc32, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Crc32_r64_rm64
r(N::Andn, E::VEX, &[K::r32_reg, K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Andn_r32_r32_rm32
r(N::Andn, E::VEX, &[K::r64_reg, K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Andn_r64_r64_rm64
r(N::Blsr, E::VEX, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Blsr_r32_rm32
r(N::Blsr, E::VEX, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Blsr_r64_rm64
r(N::Blsmsk, E::VEX, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Blsmsk_r32_rm32
r(N::Blsmsk, E::VEX, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Blsmsk_r64_rm64
r(N::Blsi, E::VEX, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Blsi_r32_rm32
r(N::Blsi, E::VEX, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Blsi_r64_rm64
r(N::Bzhi, E::VEX, &[K::r32_reg, K::r32_or_mem, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Bzhi_r32_rm32_r32
r(N::Bzhi, E::VEX, &[K::r64_reg, K::r64_or_mem, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Bzhi_r64_rm64_r64
r(N::Wrussd, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Wrussd_m32_r32
r(N::Wrussq, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Wrussq_m64_r64
r(N::Pext, E::VEX, &[K::r32_reg, K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Pext_r32_r32_rm32
r(N::Pext, E::VEX, &[K::r64_reg, K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Pext_r64_r64_rm64
r(N::Pdep, E::VEX, &[K::r32_reg, K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Pdep_r32_r32_rm32
r(N::Pdep, E::VEX, &[K::r64_reg, K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Pdep_r64_r64_rm64
r(N::Wrssd, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Wrssd_m32_r32
r(N::Wrssq, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Wrssq_m64_r64
r(N::Adcx, E::Legacy, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // Adcx_r32_rm32
r(N::Adcx, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Adcx_r64_rm64
r(N::Adox, E::Legacy, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // Adox_r32_rm32
r(N::Adox, E::Legacy, &[K::r64_reg, K::r64_or_mem], 64, M::UInt64, 0, 0, 0x3), // Adox_r64_rm64
r(N::Mulx, E::VEX, &[K::r32_reg, K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // VEX_Mulx_r32_r32_rm32
r(N::Mulx, E::VEX, &[K::r64_reg, K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // VEX_Mulx_r64_r64_rm64
r(N::Bextr, E::VEX, &[K::r32_reg, K::r32_or_mem, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Bextr_r32_rm32_r32
r(N::Bextr, E::VEX, &[K::r64_reg, K::r64_or_mem, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Bextr_r64_rm64_r64
r(N::Shlx, E::VEX, &[K::r32_reg, K::r32_or_mem, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Shlx_r32_rm32_r32
r(N::Shlx, E::VEX, &[K::r64_reg, K::r64_or_mem, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Shlx_r64_rm64_r64
r(N::Sarx, E::VEX, &[K::r32_reg, K::r32_or_mem, K::r32_vvvv], 0, M::Int32, 0, 0, 0x3), // VEX_Sarx_r32_rm32_r32
r(N::Sarx, E::VEX, &[K::r64_reg, K::r64_or_mem, K::r64_vvvv], 0, M::Int64, 1, 0, 0x3), // VEX_Sarx_r64_rm64_r64
r(N::Shrx, E::VEX, &[K::r32_reg, K::r32_or_mem, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Shrx_r32_rm32_r32
r(N::Shrx, E::VEX, &[K::r64_reg, K::r64_or_mem, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Shrx_r64_rm64_r64
r(N::Movdir64b, E::Legacy, &[K::r16_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x1), // Movdir64b_r16_m512
r(N::Movdir64b, E::Legacy, &[K::r32_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Movdir64b_r32_m512
r(N::Movdir64b, E::Legacy, &[K::r64_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Movdir64b_r64_m512
r(N::Enqcmds, E::Legacy, &[K::r16_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x1), // Enqcmds_r16_m512
r(N::Enqcmds, E::Legacy, &[K::r32_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Enqcmds_r32_m512
r(N::Enqcmds, E::Legacy, &[K::r64_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Enqcmds_r64_m512
r(N::Enqcmd, E::Legacy, &[K::r16_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x1), // Enqcmd_r16_m512
r(N::Enqcmd, E::Legacy, &[K::r32_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Enqcmd_r32_m512
r(N::Enqcmd, E::Legacy, &[K::r64_reg_mem, K::mem], 0, M::UInt512, 0, 0, 0x3), // Enqcmd_r64_m512
r(N::Movdiri, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Movdiri_m32_r32
r(N::Movdiri, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Movdiri_m64_r64
r(N::Vpermq, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0x3), // VEX_Vpermq_ymm_ymmm256_imm8
r(N::Vpermq, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpermq_ymm_k1z_ymmm256b64_imm8
r(N::Vpermq, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpermq_zmm_k1z_zmmm512b64_imm8
r(N::Vpermpd, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vpermpd_ymm_ymmm256_imm8
r(N::Vpermpd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermpd_ymm_k1z_ymmm256b64_imm8
r(N::Vpermpd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermpd_zmm_k1z_zmmm512b64_imm8
r(N::Vpblendd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vpblendd_xmm_xmm_xmmm128_imm8
r(N::Vpblendd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vpblendd_ymm_ymm_ymmm256_imm8
r(N::Valignd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Valignd_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Valignd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Valignd_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Valignd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Valignd_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Valignq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Valignq_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Valignq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Valignq_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Valignq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Valignq_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Vpermilps, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vpermilps_xmm_xmmm128_imm8
r(N::Vpermilps, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vpermilps_ymm_ymmm256_imm8
r(N::Vpermilps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vpermilps_xmm_k1z_xmmm128b32_imm8
r(N::Vpermilps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vpermilps_ymm_k1z_ymmm256b32_imm8
r(N::Vpermilps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vpermilps_zmm_k1z_zmmm512b32_imm8
r(N::Vpermilpd, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vpermilpd_xmm_xmmm128_imm8
r(N::Vpermilpd, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vpermilpd_ymm_ymmm256_imm8
r(N::Vpermilpd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vpermilpd_xmm_k1z_xmmm128b64_imm8
r(N::Vpermilpd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vpermilpd_ymm_k1z_ymmm256b64_imm8
r(N::Vpermilpd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vpermilpd_zmm_k1z_zmmm512b64_imm8
r(N::Vperm2f128, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float128, 0, 1, 0x3), // VEX_Vperm2f128_ymm_ymm_ymmm256_imm8
r(N::Roundps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // Roundps_xmm_xmmm128_imm8
r(N::Vroundps, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vroundps_xmm_xmmm128_imm8
r(N::Vroundps, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vroundps_ymm_ymmm256_imm8
r(N::Vrndscaleps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vrndscaleps_xmm_k1z_xmmm128b32_imm8
r(N::Vrndscaleps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vrndscaleps_ymm_k1z_ymmm256b32_imm8
r(N::Vrndscaleps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vrndscaleps_zmm_k1z_zmmm512b32_imm8_sae
r(N::Roundpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // Roundpd_xmm_xmmm128_imm8
r(N::Vroundpd, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vroundpd_xmm_xmmm128_imm8
r(N::Vroundpd, E::VEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vroundpd_ymm_ymmm256_imm8
r(N::Vrndscalepd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vrndscalepd_xmm_k1z_xmmm128b64_imm8
r(N::Vrndscalepd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vrndscalepd_ymm_k1z_ymmm256b64_imm8
r(N::Vrndscalepd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vrndscalepd_zmm_k1z_zmmm512b64_imm8_sae
r(N::Roundss, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // Roundss_xmm_xmmm32_imm8
r(N::Vroundss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // VEX_Vroundss_xmm_xmm_xmmm32_imm8
r(N::Vrndscaless, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vrndscaless_xmm_k1z_xmm_xmmm32_imm8_sae
r(N::Roundsd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Float64, 0, 0, 0x3), // Roundsd_xmm_xmmm64_imm8
r(N::Vroundsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 0, 0, 0x3), // VEX_Vroundsd_xmm_xmm_xmmm64_imm8
r(N::Vrndscalesd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vrndscalesd_xmm_k1z_xmm_xmmm64_imm8_sae
r(N::Blendps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // Blendps_xmm_xmmm128_imm8
r(N::Vblendps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vblendps_xmm_xmm_xmmm128_imm8
r(N::Vblendps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vblendps_ymm_ymm_ymmm256_imm8
r(N::Blendpd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // Blendpd_xmm_xmmm128_imm8
r(N::Vblendpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vblendpd_xmm_xmm_xmmm128_imm8
r(N::Vblendpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vblendpd_ymm_ymm_ymmm256_imm8
r(N::Pblendw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // Pblendw_xmm_xmmm128_imm8
r(N::Vpblendw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpblendw_xmm_xmm_xmmm128_imm8
r(N::Vpblendw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpblendw_ymm_ymm_ymmm256_imm8
r(N::Palignr, E::Legacy, &[K::mm_reg, K::mm_or_mem, K::imm8], 0, M::Packed64_UInt8, 0, 0, 0x3), // Palignr_mm_mmm64_imm8
r(N::Palignr, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Palignr_xmm_xmmm128_imm8
r(N::Vpalignr, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpalignr_xmm_xmm_xmmm128_imm8
r(N::Vpalignr, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpalignr_ymm_ymm_ymmm256_imm8
r(N::Vpalignr, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vpalignr_xmm_k1z_xmm_xmmm128_imm8
r(N::Vpalignr, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vpalignr_ymm_k1z_ymm_ymmm256_imm8
r(N::Vpalignr, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vpalignr_zmm_k1z_zmm_zmmm512_imm8
r(N::Pextrb, E::Legacy, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Pextrb_r32m8_xmm_imm8
r(N::Pextrb, E::Legacy, &[K::r64_or_mem, K::xmm_reg, K::imm8], 64, M::UInt8, 0, 0, 0x3), // Pextrb_r64m8_xmm_imm8
r(N::Vpextrb, E::VEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt8, 0, 0, 0x3), // VEX_Vpextrb_r32m8_xmm_imm8
r(N::Vpextrb, E::VEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt8, 1, 0, 0x3), // VEX_Vpextrb_r64m8_xmm_imm8
r(N::Vpextrb, E::EVEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt8, 0, 0, 0x3), // EVEX_Vpextrb_r32m8_xmm_imm8
r(N::Vpextrb, E::EVEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt8, 1, 0, 0x3), // EVEX_Vpextrb_r64m8_xmm_imm8
r(N::Pextrw, E::Legacy, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt16, 0, 0, 0x3), // Pextrw_r32m16_xmm_imm8
r(N::Pextrw, E::Legacy, &[K::r64_or_mem, K::xmm_reg, K::imm8], 64, M::UInt16, 0, 0, 0x3), // Pextrw_r64m16_xmm_imm8
r(N::Vpextrw, E::VEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt16, 0, 0, 0x3), // VEX_Vpextrw_r32m16_xmm_imm8
r(N::Vpextrw, E::VEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt16, 1, 0, 0x3), // VEX_Vpextrw_r64m16_xmm_imm8
r(N::Vpextrw, E::EVEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt16, 0, 0, 0x3), // EVEX_Vpextrw_r32m16_xmm_imm8
r(N::Vpextrw, E::EVEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt16, 1, 0, 0x3), // EVEX_Vpextrw_r64m16_xmm_imm8
r(N::Pextrd, E::Legacy, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt32, 0, 0, 0x3), // Pextrd_rm32_xmm_imm8
r(N::Pextrq, E::Legacy, &[K::r64_or_mem, K::xmm_reg, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Pextrq_rm64_xmm_imm8
r(N::Vpextrd, E::VEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt32, 0, 0, 0x3), // VEX_Vpextrd_rm32_xmm_imm8
r(N::Vpextrq, E::VEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt64, 1, 0, 0x3), // VEX_Vpextrq_rm64_xmm_imm8
r(N::Vpextrd, E::EVEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::UInt32, 0, 0, 0x3), // EVEX_Vpextrd_rm32_xmm_imm8
r(N::Vpextrq, E::EVEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vpextrq_rm64_xmm_imm8
r(N::Extractps, E::Legacy, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::Float32, 0, 0, 0x3), // Extractps_rm32_xmm_imm8
r(N::Extractps, E::Legacy, &[K::r64_or_mem, K::xmm_reg, K::imm8], 64, M::Float32, 0, 0, 0x3), // Extractps_r64m32_xmm_imm8
r(N::Vextractps, E::VEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::Float32, 0, 0, 0x3), // VEX_Vextractps_rm32_xmm_imm8
r(N::Vextractps, E::VEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::Float32, 1, 0, 0x3), // VEX_Vextractps_r64m32_xmm_imm8
r(N::Vextractps, E::EVEX, &[K::r32_or_mem, K::xmm_reg, K::imm8], 0, M::Float32, 0, 0, 0x3), // EVEX_Vextractps_rm32_xmm_imm8
r(N::Vextractps, E::EVEX, &[K::r64_or_mem, K::xmm_reg, K::imm8], 0, M::Float32, 1, 0, 0x3), // EVEX_Vextractps_r64m32_xmm_imm8
r(N::Vinsertf128, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float128, 0, 1, 0x3), // VEX_Vinsertf128_ymm_ymm_xmmm128_imm8
r(N::Vinsertf32x4, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 1, 0xc3), // EVEX_Vinsertf32x4_ymm_k1z_ymm_xmmm128_imm8
r(N::Vinsertf32x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 2, 0xc3), // EVEX_Vinsertf32x4_zmm_k1z_zmm_xmmm128_imm8
r(N::Vinsertf64x2, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 1, 0xc3), // EVEX_Vinsertf64x2_ymm_k1z_ymm_xmmm128_imm8
r(N::Vinsertf64x2, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 2, 0xc3), // EVEX_Vinsertf64x2_zmm_k1z_zmm_xmmm128_imm8
r(N::Vextractf128, E::VEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Float128, 0, 1, 0x3), // VEX_Vextractf128_xmmm128_ymm_imm8
r(N::Vextractf32x4, E::EVEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_Float32, 0, 1, 0xc3), // EVEX_Vextractf32x4_xmmm128_k1z_ymm_imm8
r(N::Vextractf32x4, E::EVEX, &[K::xmm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed128_Float32, 0, 2, 0xc3), // EVEX_Vextractf32x4_xmmm128_k1z_zmm_imm8
r(N::Vextractf64x2, E::EVEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_Float64, 1, 1, 0xc3), // EVEX_Vextractf64x2_xmmm128_k1z_ymm_imm8
r(N::Vextractf64x2, E::EVEX, &[K::xmm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed128_Float64, 1, 2, 0xc3), // EVEX_Vextractf64x2_xmmm128_k1z_zmm_imm8
r(N::Vinsertf32x8, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 2, 0xc3), // EVEX_Vinsertf32x8_zmm_k1z_zmm_ymmm256_imm8
r(N::Vinsertf64x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 2, 0xc3), // EVEX_Vinsertf64x4_zmm_k1z_zmm_ymmm256_imm8
r(N::Vextractf32x8, E::EVEX, &[K::ymm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed256_Float32, 0, 2, 0xc3), // EVEX_Vextractf32x8_ymmm256_k1z_zmm_imm8
r(N::Vextractf64x4, E::EVEX, &[K::ymm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed256_Float64, 1, 2, 0xc3), // EVEX_Vextractf64x4_ymmm256_k1z_zmm_imm8
r(N::Vcvtps2ph, E::VEX, &[K::xmm_or_mem, K::xmm_reg, K::imm8], 0, M::Packed64_Float16, 0, 0, 0x3), // VEX_Vcvtps2ph_xmmm64_xmm_imm8
r(N::Vcvtps2ph, E::VEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_Float16, 0, 1, 0x3), // VEX_Vcvtps2ph_xmmm128_ymm_imm8
r(N::Vcvtps2ph, E::EVEX, &[K::xmm_or_mem, K::xmm_reg, K::imm8], 0, M::Packed64_Float16, 0, 0, 0xc3), // EVEX_Vcvtps2ph_xmmm64_k1z_xmm_imm8
r(N::Vcvtps2ph, E::EVEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_Float16, 0, 1, 0xc3), // EVEX_Vcvtps2ph_xmmm128_k1z_ymm_imm8
r(N::Vcvtps2ph, E::EVEX, &[K::ymm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed256_Float16, 0, 2, 0xd3), // EVEX_Vcvtps2ph_ymmm256_k1z_zmm_imm8_sae
r(N::Vpcmpud, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x4b), // EVEX_Vpcmpud_kr_k1_xmm_xmmm128b32_imm8
r(N::Vpcmpud, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0x4b), // EVEX_Vpcmpud_kr_k1_ymm_ymmm256b32_imm8
r(N::Vpcmpud, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0x4b), // EVEX_Vpcmpud_kr_k1_zmm_zmmm512b32_imm8
r(N::Vpcmpuq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0x4b), // EVEX_Vpcmpuq_kr_k1_xmm_xmmm128b64_imm8
r(N::Vpcmpuq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0x4b), // EVEX_Vpcmpuq_kr_k1_ymm_ymmm256b64_imm8
r(N::Vpcmpuq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0x4b), // EVEX_Vpcmpuq_kr_k1_zmm_zmmm512b64_imm8
r(N::Vpcmpd, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int32, 0, 0, 0x4b), // EVEX_Vpcmpd_kr_k1_xmm_xmmm128b32_imm8
r(N::Vpcmpd, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int32, 0, 1, 0x4b), // EVEX_Vpcmpd_kr_k1_ymm_ymmm256b32_imm8
r(N::Vpcmpd, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int32, 0, 2, 0x4b), // EVEX_Vpcmpd_kr_k1_zmm_zmmm512b32_imm8
r(N::Vpcmpq, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int64, 1, 0, 0x4b), // EVEX_Vpcmpq_kr_k1_xmm_xmmm128b64_imm8
r(N::Vpcmpq, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int64, 1, 1, 0x4b), // EVEX_Vpcmpq_kr_k1_ymm_ymmm256b64_imm8
r(N::Vpcmpq, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int64, 1, 2, 0x4b), // EVEX_Vpcmpq_kr_k1_zmm_zmmm512b64_imm8
r(N::Pinsrb, E::Legacy, &[K::xmm_reg, K::r32_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // Pinsrb_xmm_r32m8_imm8
r(N::Pinsrb, E::Legacy, &[K::xmm_reg, K::r64_or_mem, K::imm8], 64, M::UInt8, 0, 0, 0x3), // Pinsrb_xmm_r64m8_imm8
r(N::Vpinsrb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // VEX_Vpinsrb_xmm_xmm_r32m8_imm8
r(N::Vpinsrb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt8, 1, 0, 0x3), // VEX_Vpinsrb_xmm_xmm_r64m8_imm8
r(N::Vpinsrb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt8, 0, 0, 0x3), // EVEX_Vpinsrb_xmm_xmm_r32m8_imm8
r(N::Vpinsrb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt8, 1, 0, 0x3), // EVEX_Vpinsrb_xmm_xmm_r64m8_imm8
r(N::Insertps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // Insertps_xmm_xmmm32_imm8
r(N::Vinsertps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // VEX_Vinsertps_xmm_xmm_xmmm32_imm8
r(N::Vinsertps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x3), // EVEX_Vinsertps_xmm_xmm_xmmm32_imm8
r(N::Pinsrd, E::Legacy, &[K::xmm_reg, K::r32_or_mem, K::imm8], 0, M::UInt32, 0, 0, 0x3), // Pinsrd_xmm_rm32_imm8
r(N::Pinsrq, E::Legacy, &[K::xmm_reg, K::r64_or_mem, K::imm8], 64, M::UInt64, 0, 0, 0x3), // Pinsrq_xmm_rm64_imm8
r(N::Vpinsrd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt32, 0, 0, 0x3), // VEX_Vpinsrd_xmm_xmm_rm32_imm8
r(N::Vpinsrq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt64, 1, 0, 0x3), // VEX_Vpinsrq_xmm_xmm_rm64_imm8
r(N::Vpinsrd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem, K::imm8], 0, M::UInt32, 0, 0, 0x3), // EVEX_Vpinsrd_xmm_xmm_rm32_imm8
r(N::Vpinsrq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem, K::imm8], 0, M::UInt64, 1, 0, 0x3), // EVEX_Vpinsrq_xmm_xmm_rm64_imm8
r(N::Vshuff32x4, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vshuff32x4_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vshuff32x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xcb), // EVEX_Vshuff32x4_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Vshuff64x2, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vshuff64x2_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vshuff64x2, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xcb), // EVEX_Vshuff64x2_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Vpternlogd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpternlogd_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vpternlogd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpternlogd_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vpternlogd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpternlogd_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Vpternlogq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpternlogq_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vpternlogq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpternlogq_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vpternlogq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpternlogq_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Vgetmantps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vgetmantps_xmm_k1z_xmmm128b32_imm8
r(N::Vgetmantps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vgetmantps_ymm_k1z_ymmm256b32_imm8
r(N::Vgetmantps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vgetmantps_zmm_k1z_zmmm512b32_imm8_sae
r(N::Vgetmantpd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vgetmantpd_xmm_k1z_xmmm128b64_imm8
r(N::Vgetmantpd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vgetmantpd_ymm_k1z_ymmm256b64_imm8
r(N::Vgetmantpd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vgetmantpd_zmm_k1z_zmmm512b64_imm8_sae
r(N::Vgetmantss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vgetmantss_xmm_k1z_xmm_xmmm32_imm8_sae
r(N::Vgetmantsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vgetmantsd_xmm_k1z_xmm_xmmm64_imm8_sae
r(N::Kshiftrb, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Kshiftrb_kr_kr_imm8
r(N::Kshiftrw, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // VEX_Kshiftrw_kr_kr_imm8
r(N::Kshiftrd, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Kshiftrd_kr_kr_imm8
r(N::Kshiftrq, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // VEX_Kshiftrq_kr_kr_imm8
r(N::Kshiftlb, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Kshiftlb_kr_kr_imm8
r(N::Kshiftlw, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // VEX_Kshiftlw_kr_kr_imm8
r(N::Kshiftld, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 0, 0, 0x3), // VEX_Kshiftld_kr_kr_imm8
r(N::Kshiftlq, E::VEX, &[K::k_reg, K::k_rm, K::imm8], 0, M::Unknown, 1, 0, 0x3), // VEX_Kshiftlq_kr_kr_imm8
r(N::Vinserti128, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Int128, 0, 1, 0x3), // VEX_Vinserti128_ymm_ymm_xmmm128_imm8
r(N::Vinserti32x4, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vinserti32x4_ymm_k1z_ymm_xmmm128_imm8
r(N::Vinserti32x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 2, 0xc3), // EVEX_Vinserti32x4_zmm_k1z_zmm_xmmm128_imm8
r(N::Vinserti64x2, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 1, 0xc3), // EVEX_Vinserti64x2_ymm_k1z_ymm_xmmm128_imm8
r(N::Vinserti64x2, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 2, 0xc3), // EVEX_Vinserti64x2_zmm_k1z_zmm_xmmm128_imm8
r(N::Vextracti128, E::VEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Int128, 0, 1, 0x3), // VEX_Vextracti128_xmmm128_ymm_imm8
r(N::Vextracti32x4, E::EVEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_UInt32, 0, 1, 0xc3), // EVEX_Vextracti32x4_xmmm128_k1z_ymm_imm8
r(N::Vextracti32x4, E::EVEX, &[K::xmm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed128_UInt32, 0, 2, 0xc3), // EVEX_Vextracti32x4_xmmm128_k1z_zmm_imm8
r(N::Vextracti64x2, E::EVEX, &[K::xmm_or_mem, K::ymm_reg, K::imm8], 0, M::Packed128_UInt64, 1, 1, 0xc3), // EVEX_Vextracti64x2_xmmm128_k1z_ymm_imm8
r(N::Vextracti64x2, E::EVEX, &[K::xmm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed128_UInt64, 1, 2, 0xc3), // EVEX_Vextracti64x2_xmmm128_k1z_zmm_imm8
r(N::Vinserti32x8, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vinserti32x8_zmm_k1z_zmm_ymmm256_imm8
r(N::Vinserti64x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 2, 0xc3), // EVEX_Vinserti64x4_zmm_k1z_zmm_ymmm256_imm8
r(N::Vextracti32x8, E::EVEX, &[K::ymm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed256_UInt32, 0, 2, 0xc3), // EVEX_Vextracti32x8_ymmm256_k1z_zmm_imm8
r(N::Vextracti64x4, E::EVEX, &[K::ymm_or_mem, K::zmm_reg, K::imm8], 0, M::Packed256_UInt64, 1, 2, 0xc3), // EVEX_Vextracti64x4_ymmm256_k1z_zmm_imm8
r(N::Vpcmpub, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x43), // EVEX_Vpcmpub_kr_k1_xmm_xmmm128_imm8
r(N::Vpcmpub, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 0, 1, 0x43), // EVEX_Vpcmpub_kr_k1_ymm_ymmm256_imm8
r(N::Vpcmpub, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt8, 0, 2, 0x43), // EVEX_Vpcmpub_kr_k1_zmm_zmmm512_imm8
r(N::Vpcmpuw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 1, 0, 0x43), // EVEX_Vpcmpuw_kr_k1_xmm_xmmm128_imm8
r(N::Vpcmpuw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 1, 1, 0x43), // EVEX_Vpcmpuw_kr_k1_ymm_ymmm256_imm8
r(N::Vpcmpuw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 1, 2, 0x43), // EVEX_Vpcmpuw_kr_k1_zmm_zmmm512_imm8
r(N::Vpcmpb, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int8, 0, 0, 0x43), // EVEX_Vpcmpb_kr_k1_xmm_xmmm128_imm8
r(N::Vpcmpb, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int8, 0, 1, 0x43), // EVEX_Vpcmpb_kr_k1_ymm_ymmm256_imm8
r(N::Vpcmpb, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int8, 0, 2, 0x43), // EVEX_Vpcmpb_kr_k1_zmm_zmmm512_imm8
r(N::Vpcmpw, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int16, 1, 0, 0x43), // EVEX_Vpcmpw_kr_k1_xmm_xmmm128_imm8
r(N::Vpcmpw, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Int16, 1, 1, 0x43), // EVEX_Vpcmpw_kr_k1_ymm_ymmm256_imm8
r(N::Vpcmpw, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Int16, 1, 2, 0x43), // EVEX_Vpcmpw_kr_k1_zmm_zmmm512_imm8
r(N::Dpps, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // Dpps_xmm_xmmm128_imm8
r(N::Vdpps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vdpps_xmm_xmm_xmmm128_imm8
r(N::Vdpps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vdpps_ymm_ymm_ymmm256_imm8
r(N::Dppd, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // Dppd_xmm_xmmm128_imm8
r(N::Vdppd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vdppd_xmm_xmm_xmmm128_imm8
r(N::Mpsadbw, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Mpsadbw_xmm_xmmm128_imm8
r(N::Vmpsadbw, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vmpsadbw_xmm_xmm_xmmm128_imm8
r(N::Vmpsadbw, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vmpsadbw_ymm_ymm_ymmm256_imm8
r(N::Vdbpsadbw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0xc3), // EVEX_Vdbpsadbw_xmm_k1z_xmm_xmmm128_imm8
r(N::Vdbpsadbw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 0, 1, 0xc3), // EVEX_Vdbpsadbw_ymm_k1z_ymm_ymmm256_imm8
r(N::Vdbpsadbw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt8, 0, 2, 0xc3), // EVEX_Vdbpsadbw_zmm_k1z_zmm_zmmm512_imm8
r(N::Vshufi32x4, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vshufi32x4_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vshufi32x4, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vshufi32x4_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Vshufi64x2, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vshufi64x2_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vshufi64x2, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vshufi64x2_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Pclmulqdq, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 0, 0, 0x3), // Pclmulqdq_xmm_xmmm128_imm8
r(N::Vpclmulqdq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 0, 0, 0x3), // VEX_Vpclmulqdq_xmm_xmm_xmmm128_imm8
r(N::Vpclmulqdq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 0, 1, 0x3), // VEX_Vpclmulqdq_ymm_ymm_ymmm256_imm8
r(N::Vpclmulqdq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 0, 0, 0x3), // EVEX_Vpclmulqdq_xmm_xmm_xmmm128_imm8
r(N::Vpclmulqdq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 0, 1, 0x3), // EVEX_Vpclmulqdq_ymm_ymm_ymmm256_imm8
r(N::Vpclmulqdq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 0, 2, 0x3), // EVEX_Vpclmulqdq_zmm_zmm_zmmm512_imm8
r(N::Vperm2i128, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt128, 0, 1, 0x3), // VEX_Vperm2i128_ymm_ymm_ymmm256_imm8
r(N::Vpermil2ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is5, K::imm4_m2z], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vpermil2ps_xmm_xmm_xmmm128_xmm_imm4
r(N::Vpermil2ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is5, K::imm4_m2z], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vpermil2ps_ymm_ymm_ymmm256_ymm_imm4
r(N::Vpermil2ps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is5, K::xmm_or_mem, K::imm4_m2z], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vpermil2ps_xmm_xmm_xmm_xmmm128_imm4
r(N::Vpermil2ps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is5, K::ymm_or_mem, K::imm4_m2z], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vpermil2ps_ymm_ymm_ymm_ymmm256_imm4
r(N::Vpermil2pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is5, K::imm4_m2z], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vpermil2pd_xmm_xmm_xmmm128_xmm_imm4
r(N::Vpermil2pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is5, K::imm4_m2z], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vpermil2pd_ymm_ymm_ymmm256_ymm_imm4
r(N::Vpermil2pd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is5, K::xmm_or_mem, K::imm4_m2z], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vpermil2pd_xmm_xmm_xmm_xmmm128_imm4
r(N::Vpermil2pd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is5, K::ymm_or_mem, K::imm4_m2z], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vpermil2pd_ymm_ymm_ymm_ymmm256_imm4
r(N::Vblendvps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vblendvps_xmm_xmm_xmmm128_xmm
r(N::Vblendvps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vblendvps_ymm_ymm_ymmm256_ymm
r(N::Vblendvpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vblendvpd_xmm_xmm_xmmm128_xmm
r(N::Vblendvpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vblendvpd_ymm_ymm_ymmm256_ymm
r(N::Vpblendvb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpblendvb_xmm_xmm_xmmm128_xmm
r(N::Vpblendvb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpblendvb_ymm_ymm_ymmm256_ymm
r(N::Vrangeps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vrangeps_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vrangeps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vrangeps_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vrangeps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vrangeps_zmm_k1z_zmm_zmmm512b32_imm8_sae
r(N::Vrangepd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vrangepd_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vrangepd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vrangepd_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vrangepd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vrangepd_zmm_k1z_zmm_zmmm512b64_imm8_sae
r(N::Vrangess, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vrangess_xmm_k1z_xmm_xmmm32_imm8_sae
r(N::Vrangesd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vrangesd_xmm_k1z_xmm_xmmm64_imm8_sae
r(N::Vfixupimmps, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vfixupimmps_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vfixupimmps, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vfixupimmps_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vfixupimmps, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vfixupimmps_zmm_k1z_zmm_zmmm512b32_imm8_sae
r(N::Vfixupimmpd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vfixupimmpd_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vfixupimmpd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vfixupimmpd_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vfixupimmpd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vfixupimmpd_zmm_k1z_zmm_zmmm512b64_imm8_sae
r(N::Vfixupimmss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vfixupimmss_xmm_k1z_xmm_xmmm32_imm8_sae
r(N::Vfixupimmsd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vfixupimmsd_xmm_k1z_xmm_xmmm64_imm8_sae
r(N::Vreduceps, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vreduceps_xmm_k1z_xmmm128b32_imm8
r(N::Vreduceps, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vreduceps_ymm_k1z_ymmm256b32_imm8
r(N::Vreduceps, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0xdb), // EVEX_Vreduceps_zmm_k1z_zmmm512b32_imm8_sae
r(N::Vreducepd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vreducepd_xmm_k1z_xmmm128b64_imm8
r(N::Vreducepd, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vreducepd_ymm_k1z_ymmm256b64_imm8
r(N::Vreducepd, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0xdb), // EVEX_Vreducepd_zmm_k1z_zmmm512b64_imm8_sae
r(N::Vreducess, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0xd3), // EVEX_Vreducess_xmm_k1z_xmm_xmmm32_imm8_sae
r(N::Vreducesd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0xd3), // EVEX_Vreducesd_xmm_k1z_xmm_xmmm64_imm8_sae
r(N::Vfmaddsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmaddsubps_xmm_xmm_xmmm128_xmm
r(N::Vfmaddsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmaddsubps_ymm_ymm_ymmm256_ymm
r(N::Vfmaddsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfmaddsubps_xmm_xmm_xmm_xmmm128
r(N::Vfmaddsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfmaddsubps_ymm_ymm_ymm_ymmm256
r(N::Vfmaddsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfmaddsubpd_xmm_xmm_xmmm128_xmm
r(N::Vfmaddsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfmaddsubpd_ymm_ymm_ymmm256_ymm
r(N::Vfmaddsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmaddsubpd_xmm_xmm_xmm_xmmm128
r(N::Vfmaddsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmaddsubpd_ymm_ymm_ymm_ymmm256
r(N::Vfmsubaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsubaddps_xmm_xmm_xmmm128_xmm
r(N::Vfmsubaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsubaddps_ymm_ymm_ymmm256_ymm
r(N::Vfmsubaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfmsubaddps_xmm_xmm_xmm_xmmm128
r(N::Vfmsubaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfmsubaddps_ymm_ymm_ymm_ymmm256
r(N::Vfmsubaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfmsubaddpd_xmm_xmm_xmmm128_xmm
r(N::Vfmsubaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfmsubaddpd_ymm_ymm_ymmm256_ymm
r(N::Vfmsubaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsubaddpd_xmm_xmm_xmm_xmmm128
r(N::Vfmsubaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsubaddpd_ymm_ymm_ymm_ymmm256
r(N::Pcmpestrm, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpestrm_xmm_xmmm128_imm8
r(N::Pcmpestrm64, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 64, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpestrm64_xmm_xmmm128_imm8
r(N::Vpcmpestrm, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpcmpestrm_xmm_xmmm128_imm8
r(N::Vpcmpestrm64, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0x3), // VEX_Vpcmpestrm64_xmm_xmmm128_imm8
r(N::Pcmpestri, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpestri_xmm_xmmm128_imm8
r(N::Pcmpestri64, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 64, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpestri64_xmm_xmmm128_imm8
r(N::Vpcmpestri, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpcmpestri_xmm_xmmm128_imm8
r(N::Vpcmpestri64, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0x3), // VEX_Vpcmpestri64_xmm_xmmm128_imm8
r(N::Pcmpistrm, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpistrm_xmm_xmmm128_imm8
r(N::Vpcmpistrm, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpcmpistrm_xmm_xmmm128_imm8
r(N::Pcmpistri, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Pcmpistri_xmm_xmmm128_imm8
r(N::Vpcmpistri, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpcmpistri_xmm_xmmm128_imm8
r(N::Vfpclassps, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float32, 0, 0, 0x4b), // EVEX_Vfpclassps_kr_k1_xmmm128b32_imm8
r(N::Vfpclassps, E::EVEX, &[K::k_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float32, 0, 1, 0x4b), // EVEX_Vfpclassps_kr_k1_ymmm256b32_imm8
r(N::Vfpclassps, E::EVEX, &[K::k_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float32, 0, 2, 0x4b), // EVEX_Vfpclassps_kr_k1_zmmm512b32_imm8
r(N::Vfpclasspd, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float64, 1, 0, 0x4b), // EVEX_Vfpclasspd_kr_k1_xmmm128b64_imm8
r(N::Vfpclasspd, E::EVEX, &[K::k_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float64, 1, 1, 0x4b), // EVEX_Vfpclasspd_kr_k1_ymmm256b64_imm8
r(N::Vfpclasspd, E::EVEX, &[K::k_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float64, 1, 2, 0x4b), // EVEX_Vfpclasspd_kr_k1_zmmm512b64_imm8
r(N::Vfpclassss, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Float32, 0, 0, 0x43), // EVEX_Vfpclassss_kr_k1_xmmm32_imm8
r(N::Vfpclasssd, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Float64, 1, 0, 0x43), // EVEX_Vfpclasssd_kr_k1_xmmm64_imm8
r(N::Vfmaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmaddps_xmm_xmm_xmmm128_xmm
r(N::Vfmaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmaddps_ymm_ymm_ymmm256_ymm
r(N::Vfmaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfmaddps_xmm_xmm_xmm_xmmm128
r(N::Vfmaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfmaddps_ymm_ymm_ymm_ymmm256
r(N::Vfmaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfmaddpd_xmm_xmm_xmmm128_xmm
r(N::Vfmaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfmaddpd_ymm_ymm_ymmm256_ymm
r(N::Vfmaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmaddpd_xmm_xmm_xmm_xmmm128
r(N::Vfmaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmaddpd_ymm_ymm_ymm_ymmm256
r(N::Vfmaddss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmaddss_xmm_xmm_xmmm32_xmm
r(N::Vfmaddss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vfmaddss_xmm_xmm_xmm_xmmm32
r(N::Vfmaddsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float64, 0, 0, 0x3), // VEX_Vfmaddsd_xmm_xmm_xmmm64_xmm
r(N::Vfmaddsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmaddsd_xmm_xmm_xmm_xmmm64
r(N::Vfmsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfmsubps_xmm_xmm_xmmm128_xmm
r(N::Vfmsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfmsubps_ymm_ymm_ymmm256_ymm
r(N::Vfmsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfmsubps_xmm_xmm_xmm_xmmm128
r(N::Vfmsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfmsubps_ymm_ymm_ymm_ymmm256
r(N::Vfmsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfmsubpd_xmm_xmm_xmmm128_xmm
r(N::Vfmsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfmsubpd_ymm_ymm_ymmm256_ymm
r(N::Vfmsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfmsubpd_xmm_xmm_xmm_xmmm128
r(N::Vfmsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfmsubpd_ymm_ymm_ymm_ymmm256
r(N::Vfmsubss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float32, 0, 0, 0x3), // VEX_Vfmsubss_xmm_xmm_xmmm32_xmm
r(N::Vfmsubss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vfmsubss_xmm_xmm_xmm_xmmm32
r(N::Vfmsubsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float64, 0, 0, 0x3), // VEX_Vfmsubsd_xmm_xmm_xmmm64_xmm
r(N::Vfmsubsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfmsubsd_xmm_xmm_xmm_xmmm64
r(N::Vpshldw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpshldw_xmm_k1z_xmm_xmmm128_imm8
r(N::Vpshldw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpshldw_ymm_k1z_ymm_ymmm256_imm8
r(N::Vpshldw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpshldw_zmm_k1z_zmm_zmmm512_imm8
r(N::Vpshldd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpshldd_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vpshldd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpshldd_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vpshldd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpshldd_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Vpshldq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpshldq_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vpshldq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpshldq_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vpshldq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpshldq_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Vpshrdw, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 1, 0, 0xc3), // EVEX_Vpshrdw_xmm_k1z_xmm_xmmm128_imm8
r(N::Vpshrdw, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt16, 1, 1, 0xc3), // EVEX_Vpshrdw_ymm_k1z_ymm_ymmm256_imm8
r(N::Vpshrdw, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt16, 1, 2, 0xc3), // EVEX_Vpshrdw_zmm_k1z_zmm_zmmm512_imm8
r(N::Vpshrdd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vpshrdd_xmm_k1z_xmm_xmmm128b32_imm8
r(N::Vpshrdd, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vpshrdd_ymm_k1z_ymm_ymmm256b32_imm8
r(N::Vpshrdd, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt32, 0, 2, 0xcb), // EVEX_Vpshrdd_zmm_k1z_zmm_zmmm512b32_imm8
r(N::Vpshrdq, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vpshrdq_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vpshrdq, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vpshrdq_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vpshrdq, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt64, 1, 2, 0xcb), // EVEX_Vpshrdq_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Vfnmaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmaddps_xmm_xmm_xmmm128_xmm
r(N::Vfnmaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmaddps_ymm_ymm_ymmm256_ymm
r(N::Vfnmaddps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfnmaddps_xmm_xmm_xmm_xmmm128
r(N::Vfnmaddps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfnmaddps_ymm_ymm_ymm_ymmm256
r(N::Vfnmaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfnmaddpd_xmm_xmm_xmmm128_xmm
r(N::Vfnmaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfnmaddpd_ymm_ymm_ymmm256_ymm
r(N::Vfnmaddpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmaddpd_xmm_xmm_xmm_xmmm128
r(N::Vfnmaddpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmaddpd_ymm_ymm_ymm_ymmm256
r(N::Vfnmaddss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmaddss_xmm_xmm_xmmm32_xmm
r(N::Vfnmaddss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vfnmaddss_xmm_xmm_xmm_xmmm32
r(N::Vfnmaddsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float64, 0, 0, 0x3), // VEX_Vfnmaddsd_xmm_xmm_xmmm64_xmm
r(N::Vfnmaddsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmaddsd_xmm_xmm_xmm_xmmm64
r(N::Vfnmsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vfnmsubps_xmm_xmm_xmmm128_xmm
r(N::Vfnmsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vfnmsubps_ymm_ymm_ymmm256_ymm
r(N::Vfnmsubps, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float32, 1, 0, 0x3), // VEX_Vfnmsubps_xmm_xmm_xmm_xmmm128
r(N::Vfnmsubps, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float32, 1, 1, 0x3), // VEX_Vfnmsubps_ymm_ymm_ymm_ymmm256
r(N::Vfnmsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Float64, 0, 0, 0x3), // VEX_Vfnmsubpd_xmm_xmm_xmmm128_xmm
r(N::Vfnmsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::Packed256_Float64, 0, 1, 0x3), // VEX_Vfnmsubpd_ymm_ymm_ymmm256_ymm
r(N::Vfnmsubpd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0x3), // VEX_Vfnmsubpd_xmm_xmm_xmm_xmmm128
r(N::Vfnmsubpd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0x3), // VEX_Vfnmsubpd_ymm_ymm_ymm_ymmm256
r(N::Vfnmsubss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float32, 0, 0, 0x3), // VEX_Vfnmsubss_xmm_xmm_xmmm32_xmm
r(N::Vfnmsubss, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float32, 1, 0, 0x3), // VEX_Vfnmsubss_xmm_xmm_xmm_xmmm32
r(N::Vfnmsubsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Float64, 0, 0, 0x3), // VEX_Vfnmsubsd_xmm_xmm_xmmm64_xmm
r(N::Vfnmsubsd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Float64, 1, 0, 0x3), // VEX_Vfnmsubsd_xmm_xmm_xmm_xmmm64
r(N::Sha1rnds4, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // Sha1rnds4_xmm_xmmm128_imm8
r(N::Gf2p8affineqb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Gf2p8affineqb_xmm_xmmm128_imm8
r(N::Vgf2p8affineqb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0x3), // VEX_Vgf2p8affineqb_xmm_xmm_xmmm128_imm8
r(N::Vgf2p8affineqb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 1, 1, 0x3), // VEX_Vgf2p8affineqb_ymm_ymm_ymmm256_imm8
r(N::Vgf2p8affineqb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0xcb), // EVEX_Vgf2p8affineqb_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vgf2p8affineqb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 1, 1, 0xcb), // EVEX_Vgf2p8affineqb_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vgf2p8affineqb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt8, 1, 2, 0xcb), // EVEX_Vgf2p8affineqb_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Gf2p8affineinvqb, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // Gf2p8affineinvqb_xmm_xmmm128_imm8
r(N::Vgf2p8affineinvqb, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0x3), // VEX_Vgf2p8affineinvqb_xmm_xmm_xmmm128_imm8
r(N::Vgf2p8affineinvqb, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 1, 1, 0x3), // VEX_Vgf2p8affineinvqb_ymm_ymm_ymmm256_imm8
r(N::Vgf2p8affineinvqb, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 1, 0, 0xcb), // EVEX_Vgf2p8affineinvqb_xmm_k1z_xmm_xmmm128b64_imm8
r(N::Vgf2p8affineinvqb, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_UInt8, 1, 1, 0xcb), // EVEX_Vgf2p8affineinvqb_ymm_k1z_ymm_ymmm256b64_imm8
r(N::Vgf2p8affineinvqb, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_UInt8, 1, 2, 0xcb), // EVEX_Vgf2p8affineinvqb_zmm_k1z_zmm_zmmm512b64_imm8
r(N::Aeskeygenassist, E::Legacy, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::UInt128, 0, 0, 0x3), // Aeskeygenassist_xmm_xmmm128_imm8
r(N::Vaeskeygenassist, E::VEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::UInt128, 0, 0, 0x3), // VEX_Vaeskeygenassist_xmm_xmmm128_imm8
r(N::Rorx, E::VEX, &[K::r32_reg, K::r32_or_mem, K::imm8], 0, M::UInt32, 0, 0, 0x3), // VEX_Rorx_r32_rm32_imm8
r(N::Rorx, E::VEX, &[K::r64_reg, K::r64_or_mem, K::imm8], 0, M::UInt64, 1, 0, 0x3), // VEX_Rorx_r64_rm64_imm8
r(N::Vpmacssww, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmacssww_xmm_xmm_xmmm128_xmm
r(N::Vpmacsswd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmacsswd_xmm_xmm_xmmm128_xmm
r(N::Vpmacssdql, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacssdql_xmm_xmm_xmmm128_xmm
r(N::Vpmacssdd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacssdd_xmm_xmm_xmmm128_xmm
r(N::Vpmacssdqh, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacssdqh_xmm_xmm_xmmm128_xmm
r(N::Vpmacsww, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmacsww_xmm_xmm_xmmm128_xmm
r(N::Vpmacswd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmacswd_xmm_xmm_xmmm128_xmm
r(N::Vpmacsdql, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacsdql_xmm_xmm_xmmm128_xmm
r(N::Vpmacsdd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacsdd_xmm_xmm_xmmm128_xmm
r(N::Vpmacsdqh, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpmacsdqh_xmm_xmm_xmmm128_xmm
r(N::Vpcmov, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::UInt128, 0, 0, 0x3), // XOP_Vpcmov_xmm_xmm_xmmm128_xmm
r(N::Vpcmov, E::XOP, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem, K::ymm_is4], 0, M::UInt256, 0, 1, 0x3), // XOP_Vpcmov_ymm_ymm_ymmm256_ymm
r(N::Vpcmov, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::UInt128, 1, 0, 0x3), // XOP_Vpcmov_xmm_xmm_xmm_xmmm128
r(N::Vpcmov, E::XOP, &[K::ymm_reg, K::ymm_vvvv, K::ymm_is4, K::ymm_or_mem], 0, M::UInt256, 1, 1, 0x3), // XOP_Vpcmov_ymm_ymm_ymm_ymmm256
r(N::Vpperm, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vpperm_xmm_xmm_xmmm128_xmm
r(N::Vpperm, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_is4, K::xmm_or_mem], 0, M::Packed128_UInt8, 1, 0, 0x3), // XOP_Vpperm_xmm_xmm_xmm_xmmm128
r(N::Vpmadcsswd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmadcsswd_xmm_xmm_xmmm128_xmm
r(N::Vpmadcswd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::xmm_is4], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpmadcswd_xmm_xmm_xmmm128_xmm
r(N::Vprotb, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vprotb_xmm_xmmm128_imm8
r(N::Vprotw, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vprotw_xmm_xmmm128_imm8
r(N::Vprotd, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // XOP_Vprotd_xmm_xmmm128_imm8
r(N::Vprotq, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 0, 0, 0x3), // XOP_Vprotq_xmm_xmmm128_imm8
r(N::Vpcomb, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vpcomb_xmm_xmm_xmmm128_imm8
r(N::Vpcomw, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpcomw_xmm_xmm_xmmm128_imm8
r(N::Vpcomd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpcomd_xmm_xmm_xmmm128_imm8
r(N::Vpcomq, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Int64, 0, 0, 0x3), // XOP_Vpcomq_xmm_xmm_xmmm128_imm8
r(N::Vpcomub, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vpcomub_xmm_xmm_xmmm128_imm8
r(N::Vpcomuw, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vpcomuw_xmm_xmm_xmmm128_imm8
r(N::Vpcomud, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // XOP_Vpcomud_xmm_xmm_xmmm128_imm8
r(N::Vpcomuq, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt64, 0, 0, 0x3), // XOP_Vpcomuq_xmm_xmm_xmmm128_imm8
r(N::Blcfill, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blcfill_r32_rm32
r(N::Blcfill, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blcfill_r64_rm64
r(N::Blsfill, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blsfill_r32_rm32
r(N::Blsfill, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blsfill_r64_rm64
r(N::Blcs, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blcs_r32_rm32
r(N::Blcs, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blcs_r64_rm64
r(N::Tzmsk, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Tzmsk_r32_rm32
r(N::Tzmsk, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Tzmsk_r64_rm64
r(N::Blcic, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blcic_r32_rm32
r(N::Blcic, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blcic_r64_rm64
r(N::Blsic, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blsic_r32_rm32
r(N::Blsic, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blsic_r64_rm64
r(N::T1mskc, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_T1mskc_r32_rm32
r(N::T1mskc, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_T1mskc_r64_rm64
r(N::Blcmsk, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blcmsk_r32_rm32
r(N::Blcmsk, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blcmsk_r64_rm64
r(N::Blci, E::XOP, &[K::r32_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x3), // XOP_Blci_r32_rm32
r(N::Blci, E::XOP, &[K::r64_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x3), // XOP_Blci_r64_rm64
r(N::Llwpcb, E::XOP, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // XOP_Llwpcb_r32
r(N::Llwpcb, E::XOP, &[K::r64_rm], 0, M::Unknown, 1, 0, 0x3), // XOP_Llwpcb_r64
r(N::Slwpcb, E::XOP, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // XOP_Slwpcb_r32
r(N::Slwpcb, E::XOP, &[K::r64_rm], 0, M::Unknown, 1, 0, 0x3), // XOP_Slwpcb_r64
r(N::Vfrczps, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // XOP_Vfrczps_xmm_xmmm128
r(N::Vfrczps, E::XOP, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // XOP_Vfrczps_ymm_ymmm256
r(N::Vfrczpd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 0, 0, 0x3), // XOP_Vfrczpd_xmm_xmmm128
r(N::Vfrczpd, E::XOP, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 0, 1, 0x3), // XOP_Vfrczpd_ymm_ymmm256
r(N::Vfrczss, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float32, 0, 0, 0x3), // XOP_Vfrczss_xmm_xmmm32
r(N::Vfrczsd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float64, 0, 0, 0x3), // XOP_Vfrczsd_xmm_xmmm64
r(N::Vprotb, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vprotb_xmm_xmmm128_xmm
r(N::Vprotb, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 1, 0, 0x3), // XOP_Vprotb_xmm_xmm_xmmm128
r(N::Vprotw, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vprotw_xmm_xmmm128_xmm
r(N::Vprotw, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0x3), // XOP_Vprotw_xmm_xmm_xmmm128
r(N::Vprotd, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt32, 0, 0, 0x3), // XOP_Vprotd_xmm_xmmm128_xmm
r(N::Vprotd, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 1, 0, 0x3), // XOP_Vprotd_xmm_xmm_xmmm128
r(N::Vprotq, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt64, 0, 0, 0x3), // XOP_Vprotq_xmm_xmmm128_xmm
r(N::Vprotq, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x3), // XOP_Vprotq_xmm_xmm_xmmm128
r(N::Vpshlb, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vpshlb_xmm_xmmm128_xmm
r(N::Vpshlb, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 1, 0, 0x3), // XOP_Vpshlb_xmm_xmm_xmmm128
r(N::Vpshlw, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vpshlw_xmm_xmmm128_xmm
r(N::Vpshlw, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 1, 0, 0x3), // XOP_Vpshlw_xmm_xmm_xmmm128
r(N::Vpshld, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt32, 0, 0, 0x3), // XOP_Vpshld_xmm_xmmm128_xmm
r(N::Vpshld, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 1, 0, 0x3), // XOP_Vpshld_xmm_xmm_xmmm128
r(N::Vpshlq, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_UInt64, 0, 0, 0x3), // XOP_Vpshlq_xmm_xmmm128_xmm
r(N::Vpshlq, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0x3), // XOP_Vpshlq_xmm_xmm_xmmm128
r(N::Vpshab, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vpshab_xmm_xmmm128_xmm
r(N::Vpshab, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 1, 0, 0x3), // XOP_Vpshab_xmm_xmm_xmmm128
r(N::Vpshaw, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vpshaw_xmm_xmmm128_xmm
r(N::Vpshaw, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 1, 0, 0x3), // XOP_Vpshaw_xmm_xmm_xmmm128
r(N::Vpshad, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vpshad_xmm_xmmm128_xmm
r(N::Vpshad, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int32, 1, 0, 0x3), // XOP_Vpshad_xmm_xmm_xmmm128
r(N::Vpshaq, E::XOP, &[K::xmm_reg, K::xmm_or_mem, K::xmm_vvvv], 0, M::Packed128_Int64, 0, 0, 0x3), // XOP_Vpshaq_xmm_xmmm128_xmm
r(N::Vpshaq, E::XOP, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0x3), // XOP_Vpshaq_xmm_xmm_xmmm128
r(N::Vphaddbw, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vphaddbw_xmm_xmmm128
r(N::Vphaddbd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vphaddbd_xmm_xmmm128
r(N::Vphaddbq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vphaddbq_xmm_xmmm128
r(N::Vphaddwd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vphaddwd_xmm_xmmm128
r(N::Vphaddwq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vphaddwq_xmm_xmmm128
r(N::Vphadddq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vphadddq_xmm_xmmm128
r(N::Vphaddubw, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vphaddubw_xmm_xmmm128
r(N::Vphaddubd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vphaddubd_xmm_xmmm128
r(N::Vphaddubq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // XOP_Vphaddubq_xmm_xmmm128
r(N::Vphadduwd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vphadduwd_xmm_xmmm128
r(N::Vphadduwq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // XOP_Vphadduwq_xmm_xmmm128
r(N::Vphaddudq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // XOP_Vphaddudq_xmm_xmmm128
r(N::Vphsubbw, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // XOP_Vphsubbw_xmm_xmmm128
r(N::Vphsubwd, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // XOP_Vphsubwd_xmm_xmmm128
r(N::Vphsubdq, E::XOP, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0x3), // XOP_Vphsubdq_xmm_xmmm128
r(N::Bextr, E::XOP, &[K::r32_reg, K::r32_or_mem, K::imm32], 0, M::UInt32, 0, 0, 0x3), // XOP_Bextr_r32_rm32_imm32
r(N::Bextr, E::XOP, &[K::r64_reg, K::r64_or_mem, K::imm32], 0, M::UInt64, 1, 0, 0x3), // XOP_Bextr_r64_rm64_imm32
r(N::Lwpins, E::XOP, &[K::r32_vvvv, K::r32_or_mem, K::imm32], 0, M::UInt32, 0, 0, 0x3), // XOP_Lwpins_r32_rm32_imm32
r(N::Lwpins, E::XOP, &[K::r64_vvvv, K::r32_or_mem, K::imm32], 0, M::UInt32, 1, 0, 0x3), // XOP_Lwpins_r64_rm32_imm32
r(N::Lwpval, E::XOP, &[K::r32_vvvv, K::r32_or_mem, K::imm32], 0, M::UInt32, 0, 0, 0x3), // XOP_Lwpval_r32_rm32_imm32
r(N::Lwpval, E::XOP, &[K::r64_vvvv, K::r32_or_mem, K::imm32], 0, M::UInt32, 1, 0, 0x3), // XOP_Lwpval_r64_rm32_imm32
r(N::Pi2fw, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // D3NOW_Pi2fw_mm_mmm64
r(N::Pi2fd, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int32, 0, 0, 0x3), // D3NOW_Pi2fd_mm_mmm64
r(N::Pf2iw, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pf2iw_mm_mmm64
r(N::Pf2id, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pf2id_mm_mmm64
r(N::Pfrcpv, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x1), // D3NOW_Pfrcpv_mm_mmm64
r(N::Pfrsqrtv, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x1), // D3NOW_Pfrsqrtv_mm_mmm64
r(N::Pfnacc, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfnacc_mm_mmm64
r(N::Pfpnacc, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfpnacc_mm_mmm64
r(N::Pfcmpge, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfcmpge_mm_mmm64
r(N::Pfmin, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfmin_mm_mmm64
r(N::Pfrcp, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfrcp_mm_mmm64
r(N::Pfrsqrt, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfrsqrt_mm_mmm64
r(N::Pfsub, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfsub_mm_mmm64
r(N::Pfadd, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfadd_mm_mmm64
r(N::Pfcmpgt, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfcmpgt_mm_mmm64
r(N::Pfmax, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfmax_mm_mmm64
r(N::Pfrcpit1, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfrcpit1_mm_mmm64
r(N::Pfrsqit1, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfrsqit1_mm_mmm64
r(N::Pfsubr, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfsubr_mm_mmm64
r(N::Pfacc, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfacc_mm_mmm64
r(N::Pfcmpeq, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfcmpeq_mm_mmm64
r(N::Pfmul, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfmul_mm_mmm64
r(N::Pfrcpit2, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Float32, 0, 0, 0x3), // D3NOW_Pfrcpit2_mm_mmm64
r(N::Pmulhrw, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x3), // D3NOW_Pmulhrw_mm_mmm64
r(N::Pswapd, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt32, 0, 0, 0x3), // D3NOW_Pswapd_mm_mmm64
r(N::Pavgusb, E::D3NOW, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x3), // D3NOW_Pavgusb_mm_mmm64
r(N::Rmpadjust, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rmpadjust
r(N::Rmpupdate, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rmpupdate
r(N::Psmash, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Psmash
r(N::Pvalidate, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Pvalidatew
r(N::Pvalidate, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pvalidated
r(N::Pvalidate, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pvalidateq
r(N::Serialize, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Serialize
r(N::Xsusldtrk, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsusldtrk
r(N::Xresldtrk, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xresldtrk
r(N::Invlpgb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Invlpgbw
r(N::Invlpgb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Invlpgbd
r(N::Invlpgb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Invlpgbq
r(N::Tlbsync, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Tlbsync
r(N::Prefetchw, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchreserved3_m8
r(N::Prefetch, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchreserved4_m8
r(N::Prefetch, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchreserved5_m8
r(N::Prefetch, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchreserved6_m8
r(N::Prefetch, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchreserved7_m8
r(N::Ud0, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ud0
r(N::Vmgexit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmgexit
r(N::Getsecq, E::Legacy, &[], 64, M::Unknown, 0, 0, 0x3), // Getsecq
r(N::Ldtilecfg, E::VEX, &[K::mem], 0, M::Tilecfg, 0, 0, 0x3), // VEX_Ldtilecfg_m512
r(N::Tilerelease, E::VEX, &[], 0, M::Unknown, 0, 0, 0x3), // VEX_Tilerelease
r(N::Sttilecfg, E::VEX, &[K::mem], 0, M::Tilecfg, 0, 0, 0x3), // VEX_Sttilecfg_m512
r(N::Tilezero, E::VEX, &[K::tmm_reg], 0, M::Unknown, 0, 0, 0x3), // VEX_Tilezero_tmm
r(N::Tileloaddt1, E::VEX, &[K::tmm_reg, K::sibmem], 0, M::Tile, 0, 0, 0x3), // VEX_Tileloaddt1_tmm_sibmem
r(N::Tilestored, E::VEX, &[K::sibmem, K::tmm_reg], 0, M::Tile, 0, 0, 0x3), // VEX_Tilestored_sibmem_tmm
r(N::Tileloadd, E::VEX, &[K::tmm_reg, K::sibmem], 0, M::Tile, 0, 0, 0x3), // VEX_Tileloadd_tmm_sibmem
r(N::Tdpbf16ps, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpbf16ps_tmm_tmm_tmm
r(N::Tdpbuud, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpbuud_tmm_tmm_tmm
r(N::Tdpbusd, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpbusd_tmm_tmm_tmm
r(N::Tdpbsud, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpbsud_tmm_tmm_tmm
r(N::Tdpbssd, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpbssd_tmm_tmm_tmm
r(N::Fnstdw, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x1), // Fnstdw_AX
r(N::Fnstsg, E::Legacy, &[K::ax], 0, M::Unknown, 0, 0, 0x1), // Fnstsg_AX
r(N::Rdshr, E::Legacy, &[K::r32_or_mem], 0, M::UInt32, 0, 0, 0x1), // Rdshr_rm32
r(N::Wrshr, E::Legacy, &[K::r32_or_mem], 0, M::UInt32, 0, 0, 0x1), // Wrshr_rm32
r(N::Smint, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Smint
r(N::Dmint, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Dmint
r(N::Rdm, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Rdm
r(N::Svdc, E::Legacy, &[K::mem, K::seg_reg], 0, M::SegmentDescSelector, 0, 0, 0x1), // Svdc_m80_Sreg
r(N::Rsdc, E::Legacy, &[K::seg_reg, K::mem], 0, M::SegmentDescSelector, 0, 0, 0x1), // Rsdc_Sreg_m80
r(N::Svldt, E::Legacy, &[K::mem], 0, M::SegmentDescSelector, 0, 0, 0x1), // Svldt_m80
r(N::Rsldt, E::Legacy, &[K::mem], 0, M::SegmentDescSelector, 0, 0, 0x1), // Rsldt_m80
r(N::Svts, E::Legacy, &[K::mem], 0, M::SegmentDescSelector, 0, 0, 0x1), // Svts_m80
r(N::Rsts, E::Legacy, &[K::mem], 0, M::SegmentDescSelector, 0, 0, 0x1), // Rsts_m80
r(N::Smint, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Smint_0F7E
r(N::Bb0_reset, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Bb0_reset
r(N::Bb1_reset, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Bb1_reset
r(N::Cpu_write, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cpu_write
r(N::Cpu_read, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cpu_read
r(N::Altinst, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Altinst
r(N::Paveb, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt8, 0, 0, 0x1), // Paveb_mm_mmm64
r(N::Paddsiw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x1), // Paddsiw_mm_mmm64
r(N::Pmagw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_UInt16, 0, 0, 0x1), // Pmagw_mm_mmm64
r(N::Pdistib, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_UInt8, 0, 0, 0x1), // Pdistib_mm_m64
r(N::Psubsiw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x1), // Psubsiw_mm_mmm64
r(N::Pmvzb, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_UInt8, 0, 0, 0x1), // Pmvzb_mm_m64
r(N::Pmulhrw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x1), // Pmulhrw_mm_mmm64
r(N::Pmvnzb, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_UInt8, 0, 0, 0x1), // Pmvnzb_mm_m64
r(N::Pmvlzb, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_Int8, 0, 0, 0x1), // Pmvlzb_mm_m64
r(N::Pmvgezb, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_Int8, 0, 0, 0x1), // Pmvgezb_mm_m64
r(N::Pmulhriw, E::Legacy, &[K::mm_reg, K::mm_or_mem], 0, M::Packed64_Int16, 0, 0, 0x1), // Pmulhriw_mm_mmm64
r(N::Pmachriw, E::Legacy, &[K::mm_reg, K::mem], 0, M::Packed64_UInt16, 0, 0, 0x1), // Pmachriw_mm_m64
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_D9D7
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_D9E2
r(N::Ftstp, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Ftstp
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_D9E7
r(N::Frint2, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Frint2
r(N::Frichop, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Frichop
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_DED8
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_DEDA
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_DEDC
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_DEDD
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Cyrix_DEDE
r(N::Frinear, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Frinear
r(N::Tdcall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Tdcall
r(N::Seamret, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Seamret
r(N::Seamops, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Seamops
r(N::Seamcall, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Seamcall
r(N::Aesencwide128kl, E::Legacy, &[K::mem], 0, M::KLHandleAes128, 0, 0, 0x3), // Aesencwide128kl_m384
r(N::Aesdecwide128kl, E::Legacy, &[K::mem], 0, M::KLHandleAes128, 0, 0, 0x3), // Aesdecwide128kl_m384
r(N::Aesencwide256kl, E::Legacy, &[K::mem], 0, M::KLHandleAes256, 0, 0, 0x3), // Aesencwide256kl_m512
r(N::Aesdecwide256kl, E::Legacy, &[K::mem], 0, M::KLHandleAes256, 0, 0, 0x3), // Aesdecwide256kl_m512
r(N::Loadiwkey, E::Legacy, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x203), // Loadiwkey_xmm_xmm
r(N::Aesenc128kl, E::Legacy, &[K::xmm_reg, K::mem], 0, M::KLHandleAes128, 0, 0, 0x3), // Aesenc128kl_xmm_m384
r(N::Aesdec128kl, E::Legacy, &[K::xmm_reg, K::mem], 0, M::KLHandleAes128, 0, 0, 0x3), // Aesdec128kl_xmm_m384
r(N::Aesenc256kl, E::Legacy, &[K::xmm_reg, K::mem], 0, M::KLHandleAes256, 0, 0, 0x3), // Aesenc256kl_xmm_m512
r(N::Aesdec256kl, E::Legacy, &[K::xmm_reg, K::mem], 0, M::KLHandleAes256, 0, 0, 0x3), // Aesdec256kl_xmm_m512
r(N::Encodekey128, E::Legacy, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Encodekey128_r32_r32
r(N::Encodekey256, E::Legacy, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x3), // Encodekey256_r32_r32
r(N::Vbroadcastss, E::VEX, &[K::xmm_reg, K::xmm_rm], 0, M::Unknown, 0, 0, 0x3), // VEX_Vbroadcastss_xmm_xmm
r(N::Vbroadcastss, E::VEX, &[K::ymm_reg, K::xmm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vbroadcastss_ymm_xmm
r(N::Vbroadcastsd, E::VEX, &[K::ymm_reg, K::xmm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vbroadcastsd_ymm_xmm
r(N::Vmgexit, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Vmgexit_F2
r(N::Uiret, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Uiret
r(N::Testui, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Testui
r(N::Clui, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Clui
r(N::Stui, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Stui
r(N::Senduipi, E::Legacy, &[K::r64_rm], 0, M::Unknown, 0, 0, 0x3), // Senduipi_r64
r(N::Hreset, E::Legacy, &[K::imm8], 0, M::Unknown, 0, 0, 0x3), // Hreset_imm8
r(N::Vpdpbusd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbusd_xmm_xmm_xmmm128
r(N::Vpdpbusd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbusd_ymm_ymm_ymmm256
r(N::Vpdpbusds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbusds_xmm_xmm_xmmm128
r(N::Vpdpbusds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbusds_ymm_ymm_ymmm256
r(N::Vpdpwssd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpdpwssd_xmm_xmm_xmmm128
r(N::Vpdpwssd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpdpwssd_ymm_ymm_ymmm256
r(N::Vpdpwssds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpdpwssds_xmm_xmm_xmmm128
r(N::Vpdpwssds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpdpwssds_ymm_ymm_ymmm256
r(N::Ccs_hash, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Ccs_hash_16
r(N::Ccs_hash, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ccs_hash_32
r(N::Ccs_hash, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ccs_hash_64
r(N::Ccs_encrypt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Ccs_encrypt_16
r(N::Ccs_encrypt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ccs_encrypt_32
r(N::Ccs_encrypt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Ccs_encrypt_64
r(N::Lkgs, E::Legacy, &[K::r16_or_mem], 16, M::UInt16, 0, 0, 0x3), // Lkgs_rm16
r(N::Lkgs, E::Legacy, &[K::r32_or_mem], 32, M::UInt16, 0, 0, 0x3), // Lkgs_r32m16
r(N::Lkgs, E::Legacy, &[K::r64_or_mem], 64, M::UInt16, 0, 0, 0x3), // Lkgs_r64m16
r(N::Eretu, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Eretu
r(N::Erets, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Erets
r(N::Vaddph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vaddph_xmm_k1z_xmm_xmmm128b16
r(N::Vaddph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vaddph_ymm_k1z_ymm_ymmm256b16
r(N::Vaddph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vaddph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vaddsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vaddsh_xmm_k1z_xmm_xmmm16_er
r(N::Vcmpph, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float16, 0, 0, 0x4b), // EVEX_Vcmpph_kr_k1_xmm_xmmm128b16_imm8
r(N::Vcmpph, E::EVEX, &[K::k_reg, K::ymm_vvvv, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float16, 0, 1, 0x4b), // EVEX_Vcmpph_kr_k1_ymm_ymmm256b16_imm8
r(N::Vcmpph, E::EVEX, &[K::k_reg, K::zmm_vvvv, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float16, 0, 2, 0x5b), // EVEX_Vcmpph_kr_k1_zmm_zmmm512b16_imm8_sae
r(N::Vcmpsh, E::EVEX, &[K::k_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float16, 0, 0, 0x53), // EVEX_Vcmpsh_kr_k1_xmm_xmmm16_imm8_sae
r(N::Vcomish, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x13), // EVEX_Vcomish_xmm_xmmm16_sae
r(N::Vcvtdq2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int32, 0, 0, 0xcb), // EVEX_Vcvtdq2ph_xmm_k1z_xmmm128b32
r(N::Vcvtdq2ph, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Int32, 0, 1, 0xcb), // EVEX_Vcvtdq2ph_xmm_k1z_ymmm256b32
r(N::Vcvtdq2ph, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Int32, 0, 2, 0xeb), // EVEX_Vcvtdq2ph_ymm_k1z_zmmm512b32_er
r(N::Vcvtpd2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float64, 1, 0, 0xcb), // EVEX_Vcvtpd2ph_xmm_k1z_xmmm128b64
r(N::Vcvtpd2ph, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float64, 1, 1, 0xcb), // EVEX_Vcvtpd2ph_xmm_k1z_ymmm256b64
r(N::Vcvtpd2ph, E::EVEX, &[K::xmm_reg, K::zmm_or_mem], 0, M::Packed512_Float64, 1, 2, 0xeb), // EVEX_Vcvtpd2ph_xmm_k1z_zmmm512b64_er
r(N::Vcvtph2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2dq_xmm_k1z_xmmm64b16
r(N::Vcvtph2dq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2dq_ymm_k1z_xmmm128b16
r(N::Vcvtph2dq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2dq_zmm_k1z_ymmm256b16_er
r(N::Vcvtph2pd, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2pd_xmm_k1z_xmmm32b16
r(N::Vcvtph2pd, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2pd_ymm_k1z_xmmm64b16
r(N::Vcvtph2pd, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 2, 0xdb), // EVEX_Vcvtph2pd_zmm_k1z_xmmm128b16_sae
r(N::Vcvtph2psx, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2psx_xmm_k1z_xmmm64b16
r(N::Vcvtph2psx, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2psx_ymm_k1z_xmmm128b16
r(N::Vcvtph2psx, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xdb), // EVEX_Vcvtph2psx_zmm_k1z_ymmm256b16_sae
r(N::Vcvtph2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2qq_xmm_k1z_xmmm32b16
r(N::Vcvtph2qq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2qq_ymm_k1z_xmmm64b16
r(N::Vcvtph2qq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2qq_zmm_k1z_xmmm128b16_er
r(N::Vcvtph2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2udq_xmm_k1z_xmmm64b16
r(N::Vcvtph2udq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2udq_ymm_k1z_xmmm128b16
r(N::Vcvtph2udq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2udq_zmm_k1z_ymmm256b16_er
r(N::Vcvtph2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2uqq_xmm_k1z_xmmm32b16
r(N::Vcvtph2uqq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2uqq_ymm_k1z_xmmm64b16
r(N::Vcvtph2uqq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2uqq_zmm_k1z_xmmm128b16_er
r(N::Vcvtph2uw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2uw_xmm_k1z_xmmm128b16
r(N::Vcvtph2uw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2uw_ymm_k1z_ymmm256b16
r(N::Vcvtph2uw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2uw_zmm_k1z_zmmm512b16_er
r(N::Vcvtph2w, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vcvtph2w_xmm_k1z_xmmm128b16
r(N::Vcvtph2w, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vcvtph2w_ymm_k1z_ymmm256b16
r(N::Vcvtph2w, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vcvtph2w_zmm_k1z_zmmm512b16_er
r(N::Vcvtps2phx, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0xcb), // EVEX_Vcvtps2phx_xmm_k1z_xmmm128b32
r(N::Vcvtps2phx, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0xcb), // EVEX_Vcvtps2phx_xmm_k1z_ymmm256b32
r(N::Vcvtps2phx, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_Float32, 0, 2, 0xeb), // EVEX_Vcvtps2phx_ymm_k1z_zmmm512b32_er
r(N::Vcvtqq2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int64, 1, 0, 0xcb), // EVEX_Vcvtqq2ph_xmm_k1z_xmmm128b64
r(N::Vcvtqq2ph, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Int64, 1, 1, 0xcb), // EVEX_Vcvtqq2ph_xmm_k1z_ymmm256b64
r(N::Vcvtqq2ph, E::EVEX, &[K::xmm_reg, K::zmm_or_mem], 0, M::Packed512_Int64, 1, 2, 0xeb), // EVEX_Vcvtqq2ph_xmm_k1z_zmmm512b64_er
r(N::Vcvtsd2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float64, 1, 0, 0xe3), // EVEX_Vcvtsd2sh_xmm_k1z_xmm_xmmm64_er
r(N::Vcvtsh2sd, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vcvtsh2sd_xmm_k1z_xmm_xmmm16_sae
r(N::Vcvtsh2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x23), // EVEX_Vcvtsh2si_r32_xmmm16_er
r(N::Vcvtsh2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float16, 1, 0, 0x23), // EVEX_Vcvtsh2si_r64_xmmm16_er
r(N::Vcvtsh2ss, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vcvtsh2ss_xmm_k1z_xmm_xmmm16_sae
r(N::Vcvtsh2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x23), // EVEX_Vcvtsh2usi_r32_xmmm16_er
r(N::Vcvtsh2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float16, 1, 0, 0x23), // EVEX_Vcvtsh2usi_r64_xmmm16_er
r(N::Vcvtsi2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::Int32, 0, 0, 0x23), // EVEX_Vcvtsi2sh_xmm_xmm_rm32_er
r(N::Vcvtsi2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::Int64, 1, 0, 0x23), // EVEX_Vcvtsi2sh_xmm_xmm_rm64_er
r(N::Vcvtss2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float32, 0, 0, 0xe3), // EVEX_Vcvtss2sh_xmm_k1z_xmm_xmmm32_er
r(N::Vcvttph2dq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2dq_xmm_k1z_xmmm64b16
r(N::Vcvttph2dq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2dq_ymm_k1z_xmmm128b16
r(N::Vcvttph2dq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2dq_zmm_k1z_ymmm256b16_sae
r(N::Vcvttph2qq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2qq_xmm_k1z_xmmm32b16
r(N::Vcvttph2qq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2qq_ymm_k1z_xmmm64b16
r(N::Vcvttph2qq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2qq_zmm_k1z_xmmm128b16_sae
r(N::Vcvttph2udq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2udq_xmm_k1z_xmmm64b16
r(N::Vcvttph2udq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2udq_ymm_k1z_xmmm128b16
r(N::Vcvttph2udq, E::EVEX, &[K::zmm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2udq_zmm_k1z_ymmm256b16_sae
r(N::Vcvttph2uqq, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2uqq_xmm_k1z_xmmm32b16
r(N::Vcvttph2uqq, E::EVEX, &[K::ymm_reg, K::xmm_or_mem], 0, M::Packed64_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2uqq_ymm_k1z_xmmm64b16
r(N::Vcvttph2uqq, E::EVEX, &[K::zmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2uqq_zmm_k1z_xmmm128b16_sae
r(N::Vcvttph2uw, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2uw_xmm_k1z_xmmm128b16
r(N::Vcvttph2uw, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2uw_ymm_k1z_ymmm256b16
r(N::Vcvttph2uw, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2uw_zmm_k1z_zmmm512b16_sae
r(N::Vcvttph2w, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vcvttph2w_xmm_k1z_xmmm128b16
r(N::Vcvttph2w, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vcvttph2w_ymm_k1z_ymmm256b16
r(N::Vcvttph2w, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vcvttph2w_zmm_k1z_zmmm512b16_sae
r(N::Vcvttsh2si, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x13), // EVEX_Vcvttsh2si_r32_xmmm16_sae
r(N::Vcvttsh2si, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float16, 1, 0, 0x13), // EVEX_Vcvttsh2si_r64_xmmm16_sae
r(N::Vcvttsh2usi, E::EVEX, &[K::r32_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x13), // EVEX_Vcvttsh2usi_r32_xmmm16_sae
r(N::Vcvttsh2usi, E::EVEX, &[K::r64_reg, K::xmm_or_mem], 0, M::Float16, 1, 0, 0x13), // EVEX_Vcvttsh2usi_r64_xmmm16_sae
r(N::Vcvtudq2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0xcb), // EVEX_Vcvtudq2ph_xmm_k1z_xmmm128b32
r(N::Vcvtudq2ph, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0xcb), // EVEX_Vcvtudq2ph_xmm_k1z_ymmm256b32
r(N::Vcvtudq2ph, E::EVEX, &[K::ymm_reg, K::zmm_or_mem], 0, M::Packed512_UInt32, 0, 2, 0xeb), // EVEX_Vcvtudq2ph_ymm_k1z_zmmm512b32_er
r(N::Vcvtuqq2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt64, 1, 0, 0xcb), // EVEX_Vcvtuqq2ph_xmm_k1z_xmmm128b64
r(N::Vcvtuqq2ph, E::EVEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_UInt64, 1, 1, 0xcb), // EVEX_Vcvtuqq2ph_xmm_k1z_ymmm256b64
r(N::Vcvtuqq2ph, E::EVEX, &[K::xmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt64, 1, 2, 0xeb), // EVEX_Vcvtuqq2ph_xmm_k1z_zmmm512b64_er
r(N::Vcvtusi2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x23), // EVEX_Vcvtusi2sh_xmm_xmm_rm32_er
r(N::Vcvtusi2sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x23), // EVEX_Vcvtusi2sh_xmm_xmm_rm64_er
r(N::Vcvtuw2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0xcb), // EVEX_Vcvtuw2ph_xmm_k1z_xmmm128b16
r(N::Vcvtuw2ph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0xcb), // EVEX_Vcvtuw2ph_ymm_k1z_ymmm256b16
r(N::Vcvtuw2ph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_UInt16, 0, 2, 0xeb), // EVEX_Vcvtuw2ph_zmm_k1z_zmmm512b16_er
r(N::Vcvtw2ph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0xcb), // EVEX_Vcvtw2ph_xmm_k1z_xmmm128b16
r(N::Vcvtw2ph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0xcb), // EVEX_Vcvtw2ph_ymm_k1z_ymmm256b16
r(N::Vcvtw2ph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Int16, 0, 2, 0xeb), // EVEX_Vcvtw2ph_zmm_k1z_zmmm512b16_er
r(N::Vdivph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vdivph_xmm_k1z_xmm_xmmm128b16
r(N::Vdivph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vdivph_ymm_k1z_ymm_ymmm256b16
r(N::Vdivph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vdivph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vdivsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vdivsh_xmm_k1z_xmm_xmmm16_er
r(N::Vfcmaddcph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_2xFloat16, 0, 0, 0xcb), // EVEX_Vfcmaddcph_xmm_k1z_xmm_xmmm128b32
r(N::Vfcmaddcph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_2xFloat16, 0, 1, 0xcb), // EVEX_Vfcmaddcph_ymm_k1z_ymm_ymmm256b32
r(N::Vfcmaddcph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_2xFloat16, 0, 2, 0xeb), // EVEX_Vfcmaddcph_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmaddcph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_2xFloat16, 0, 0, 0xcb), // EVEX_Vfmaddcph_xmm_k1z_xmm_xmmm128b32
r(N::Vfmaddcph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_2xFloat16, 0, 1, 0xcb), // EVEX_Vfmaddcph_ymm_k1z_ymm_ymmm256b32
r(N::Vfmaddcph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_2xFloat16, 0, 2, 0xeb), // EVEX_Vfmaddcph_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfcmaddcsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xe3), // EVEX_Vfcmaddcsh_xmm_k1z_xmm_xmmm32_er
r(N::Vfmaddcsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xe3), // EVEX_Vfmaddcsh_xmm_k1z_xmm_xmmm32_er
r(N::Vfcmulcph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_2xFloat16, 0, 0, 0xcb), // EVEX_Vfcmulcph_xmm_k1z_xmm_xmmm128b32
r(N::Vfcmulcph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_2xFloat16, 0, 1, 0xcb), // EVEX_Vfcmulcph_ymm_k1z_ymm_ymmm256b32
r(N::Vfcmulcph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_2xFloat16, 0, 2, 0xeb), // EVEX_Vfcmulcph_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfmulcph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_2xFloat16, 0, 0, 0xcb), // EVEX_Vfmulcph_xmm_k1z_xmm_xmmm128b32
r(N::Vfmulcph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_2xFloat16, 0, 1, 0xcb), // EVEX_Vfmulcph_ymm_k1z_ymm_ymmm256b32
r(N::Vfmulcph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_2xFloat16, 0, 2, 0xeb), // EVEX_Vfmulcph_zmm_k1z_zmm_zmmm512b32_er
r(N::Vfcmulcsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xe3), // EVEX_Vfcmulcsh_xmm_k1z_xmm_xmmm32_er
r(N::Vfmulcsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed32_Float16, 0, 0, 0xe3), // EVEX_Vfmulcsh_xmm_k1z_xmm_xmmm32_er
r(N::Vfmaddsub132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmaddsub132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmaddsub132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmaddsub132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmaddsub132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmaddsub132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmaddsub213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmaddsub213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmaddsub213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmaddsub213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmaddsub213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmaddsub213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmaddsub231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmaddsub231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmaddsub231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmaddsub231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmaddsub231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmaddsub231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsubadd132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsubadd132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsubadd132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsubadd132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsubadd132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsubadd132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsubadd213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsubadd213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsubadd213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsubadd213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsubadd213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsubadd213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsubadd231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsubadd231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsubadd231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsubadd231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsubadd231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsubadd231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmadd132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmadd132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmadd132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmadd132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmadd132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmadd132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmadd213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmadd213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmadd213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmadd213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmadd213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmadd213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmadd231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmadd231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmadd231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmadd231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmadd231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmadd231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmadd132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmadd132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmadd132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmadd132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmadd132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmadd132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmadd213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmadd213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmadd213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmadd213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmadd213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmadd213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmadd231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmadd231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmadd231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmadd231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmadd231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmadd231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmadd132sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmadd132sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfmadd213sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmadd213sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfmadd231sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmadd231sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmadd132sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmadd132sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmadd213sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmadd213sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmadd231sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmadd231sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfmsub132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsub132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsub132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsub132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsub132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsub132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsub213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsub213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsub213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsub213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsub213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsub213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsub231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfmsub231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfmsub231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfmsub231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfmsub231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfmsub231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmsub132ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmsub132ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmsub132ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmsub132ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmsub132ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmsub132ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmsub213ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmsub213ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmsub213ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmsub213ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmsub213ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmsub213ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfnmsub231ph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vfnmsub231ph_xmm_k1z_xmm_xmmm128b16
r(N::Vfnmsub231ph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vfnmsub231ph_ymm_k1z_ymm_ymmm256b16
r(N::Vfnmsub231ph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vfnmsub231ph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vfmsub132sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmsub132sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfmsub213sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmsub213sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfmsub231sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfmsub231sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmsub132sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmsub132sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmsub213sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmsub213sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfnmsub231sh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vfnmsub231sh_xmm_k1z_xmm_xmmm16_er
r(N::Vfpclassph, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float16, 0, 0, 0x4b), // EVEX_Vfpclassph_kr_k1_xmmm128b16_imm8
r(N::Vfpclassph, E::EVEX, &[K::k_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float16, 0, 1, 0x4b), // EVEX_Vfpclassph_kr_k1_ymmm256b16_imm8
r(N::Vfpclassph, E::EVEX, &[K::k_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float16, 0, 2, 0x4b), // EVEX_Vfpclassph_kr_k1_zmmm512b16_imm8
r(N::Vfpclasssh, E::EVEX, &[K::k_reg, K::xmm_or_mem, K::imm8], 0, M::Float16, 0, 0, 0x43), // EVEX_Vfpclasssh_kr_k1_xmmm16_imm8
r(N::Vgetexpph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vgetexpph_xmm_k1z_xmmm128b16
r(N::Vgetexpph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vgetexpph_ymm_k1z_ymmm256b16
r(N::Vgetexpph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vgetexpph_zmm_k1z_zmmm512b16_sae
r(N::Vgetexpsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vgetexpsh_xmm_k1z_xmm_xmmm16_sae
r(N::Vgetmantph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vgetmantph_xmm_k1z_xmmm128b16_imm8
r(N::Vgetmantph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vgetmantph_ymm_k1z_ymmm256b16_imm8
r(N::Vgetmantph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vgetmantph_zmm_k1z_zmmm512b16_imm8_sae
r(N::Vgetmantsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vgetmantsh_xmm_k1z_xmm_xmmm16_imm8_sae
r(N::Vmaxph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vmaxph_xmm_k1z_xmm_xmmm128b16
r(N::Vmaxph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vmaxph_ymm_k1z_ymm_ymmm256b16
r(N::Vmaxph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vmaxph_zmm_k1z_zmm_zmmm512b16_sae
r(N::Vmaxsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vmaxsh_xmm_k1z_xmm_xmmm16_sae
r(N::Vminph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vminph_xmm_k1z_xmm_xmmm128b16
r(N::Vminph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vminph_ymm_k1z_ymm_ymmm256b16
r(N::Vminph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vminph_zmm_k1z_zmm_zmmm512b16_sae
r(N::Vminsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vminsh_xmm_k1z_xmm_xmmm16_sae
r(N::Vmovsh, E::EVEX, &[K::xmm_reg, K::mem], 0, M::Float16, 0, 0, 0xc3), // EVEX_Vmovsh_xmm_k1z_m16
r(N::Vmovsh, E::EVEX, &[K::mem, K::xmm_reg], 0, M::Float16, 0, 0, 0x43), // EVEX_Vmovsh_m16_k1_xmm
r(N::Vmovsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vmovsh_xmm_k1z_xmm_xmm
r(N::Vmovsh, E::EVEX, &[K::xmm_rm, K::xmm_vvvv, K::xmm_reg], 0, M::Unknown, 0, 0, 0xc3), // EVEX_Vmovsh_xmm_k1z_xmm_xmm_MAP5_11
r(N::Vmovw, E::EVEX, &[K::xmm_reg, K::r32_or_mem], 0, M::UInt16, 0, 0, 0x3), // EVEX_Vmovw_xmm_r32m16
r(N::Vmovw, E::EVEX, &[K::xmm_reg, K::r64_or_mem], 0, M::UInt16, 1, 0, 0x3), // EVEX_Vmovw_xmm_r64m16
r(N::Vmovw, E::EVEX, &[K::r32_or_mem, K::xmm_reg], 0, M::UInt16, 0, 0, 0x3), // EVEX_Vmovw_r32m16_xmm
r(N::Vmovw, E::EVEX, &[K::r64_or_mem, K::xmm_reg], 0, M::UInt16, 1, 0, 0x3), // EVEX_Vmovw_r64m16_xmm
r(N::Vmulph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vmulph_xmm_k1z_xmm_xmmm128b16
r(N::Vmulph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vmulph_ymm_k1z_ymm_ymmm256b16
r(N::Vmulph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vmulph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vmulsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vmulsh_xmm_k1z_xmm_xmmm16_er
r(N::Vrcpph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vrcpph_xmm_k1z_xmmm128b16
r(N::Vrcpph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vrcpph_ymm_k1z_ymmm256b16
r(N::Vrcpph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xcb), // EVEX_Vrcpph_zmm_k1z_zmmm512b16
r(N::Vrcpsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xc3), // EVEX_Vrcpsh_xmm_k1z_xmm_xmmm16
r(N::Vreduceph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vreduceph_xmm_k1z_xmmm128b16_imm8
r(N::Vreduceph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vreduceph_ymm_k1z_ymmm256b16_imm8
r(N::Vreduceph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vreduceph_zmm_k1z_zmmm512b16_imm8_sae
r(N::Vreducesh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vreducesh_xmm_k1z_xmm_xmmm16_imm8_sae
r(N::Vrndscaleph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem, K::imm8], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vrndscaleph_xmm_k1z_xmmm128b16_imm8
r(N::Vrndscaleph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem, K::imm8], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vrndscaleph_ymm_k1z_ymmm256b16_imm8
r(N::Vrndscaleph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem, K::imm8], 0, M::Packed512_Float16, 0, 2, 0xdb), // EVEX_Vrndscaleph_zmm_k1z_zmmm512b16_imm8_sae
r(N::Vrndscalesh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Float16, 0, 0, 0xd3), // EVEX_Vrndscalesh_xmm_k1z_xmm_xmmm16_imm8_sae
r(N::Vrsqrtph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vrsqrtph_xmm_k1z_xmmm128b16
r(N::Vrsqrtph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vrsqrtph_ymm_k1z_ymmm256b16
r(N::Vrsqrtph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xcb), // EVEX_Vrsqrtph_zmm_k1z_zmmm512b16
r(N::Vrsqrtsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xc3), // EVEX_Vrsqrtsh_xmm_k1z_xmm_xmmm16
r(N::Vscalefph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vscalefph_xmm_k1z_xmm_xmmm128b16
r(N::Vscalefph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vscalefph_ymm_k1z_ymm_ymmm256b16
r(N::Vscalefph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vscalefph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vscalefsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vscalefsh_xmm_k1z_xmm_xmmm16_er
r(N::Vsqrtph, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vsqrtph_xmm_k1z_xmmm128b16
r(N::Vsqrtph, E::EVEX, &[K::ymm_reg, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vsqrtph_ymm_k1z_ymmm256b16
r(N::Vsqrtph, E::EVEX, &[K::zmm_reg, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vsqrtph_zmm_k1z_zmmm512b16_er
r(N::Vsqrtsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vsqrtsh_xmm_k1z_xmm_xmmm16_er
r(N::Vsubph, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Float16, 0, 0, 0xcb), // EVEX_Vsubph_xmm_k1z_xmm_xmmm128b16
r(N::Vsubph, E::EVEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Float16, 0, 1, 0xcb), // EVEX_Vsubph_ymm_k1z_ymm_ymmm256b16
r(N::Vsubph, E::EVEX, &[K::zmm_reg, K::zmm_vvvv, K::zmm_or_mem], 0, M::Packed512_Float16, 0, 2, 0xeb), // EVEX_Vsubph_zmm_k1z_zmm_zmmm512b16_er
r(N::Vsubsh, E::EVEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Float16, 0, 0, 0xe3), // EVEX_Vsubsh_xmm_k1z_xmm_xmmm16_er
r(N::Vucomish, E::EVEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Float16, 0, 0, 0x13), // EVEX_Vucomish_xmm_xmmm16_sae
r(N::Rdudbg, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdudbg
r(N::Wrudbg, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wrudbg
r(N::Jkzd, E::VEX, &[K::k_vvvv, K::br64_1], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Jkzd_kr_rel8_64
r(N::Jknzd, E::VEX, &[K::k_vvvv, K::br64_1], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Jknzd_kr_rel8_64
r(N::Vprefetchnta, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetchnta_m8
r(N::Vprefetch0, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetch0_m8
r(N::Vprefetch1, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetch1_m8
r(N::Vprefetch2, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetch2_m8
r(N::Vprefetchenta, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetchenta_m8
r(N::Vprefetche0, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetche0_m8
r(N::Vprefetche1, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetche1_m8
r(N::Vprefetche2, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Vprefetche2_m8
r(N::Kand, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kand_kr_kr
r(N::Kandn, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kandn_kr_kr
r(N::Kandnr, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kandnr_kr_kr
r(N::Knot, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Knot_kr_kr
r(N::Kor, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kor_kr_kr
r(N::Kxnor, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kxnor_kr_kr
r(N::Kxor, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kxor_kr_kr
r(N::Kmerge2l1h, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kmerge2l1h_kr_kr
r(N::Kmerge2l1l, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kmerge2l1l_kr_kr
r(N::Jkzd, E::VEX, &[K::k_vvvv, K::br64_4], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Jkzd_kr_rel32_64
r(N::Jknzd, E::VEX, &[K::k_vvvv, K::br64_4], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Jknzd_kr_rel32_64
r(N::Kmov, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kmov_kr_kr
r(N::Kmov, E::VEX, &[K::k_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kmov_kr_r32
r(N::Kmov, E::VEX, &[K::r32_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kmov_r32_kr
r(N::Kconcath, E::VEX, &[K::r64_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kconcath_r64_kr_kr
r(N::Kconcatl, E::VEX, &[K::r64_reg, K::k_vvvv, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kconcatl_r64_kr_kr
r(N::Kortest, E::VEX, &[K::k_reg, K::k_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kortest_kr_kr
r(N::Delay, E::VEX, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Delay_r32
r(N::Delay, E::VEX, &[K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Delay_r64
r(N::Spflt, E::VEX, &[K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Spflt_r32
r(N::Spflt, E::VEX, &[K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Spflt_r64
r(N::Clevict1, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Clevict1_m8
r(N::Clevict0, E::VEX, &[K::mem], 0, M::UInt8, 0, 0, 0x7), // VEX_KNC_Clevict0_m8
r(N::Popcnt, E::VEX, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Popcnt_r32_r32
r(N::Popcnt, E::VEX, &[K::r64_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Popcnt_r64_r64
r(N::Tzcnt, E::VEX, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Tzcnt_r32_r32
r(N::Tzcnt, E::VEX, &[K::r64_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Tzcnt_r64_r64
r(N::Tzcnti, E::VEX, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Tzcnti_r32_r32
r(N::Tzcnti, E::VEX, &[K::r64_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Tzcnti_r64_r64
r(N::Lzcnt, E::VEX, &[K::r32_reg, K::r32_rm], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Lzcnt_r32_r32
r(N::Lzcnt, E::VEX, &[K::r64_reg, K::r64_rm], 0, M::Unknown, 1, 0, 0x7), // VEX_KNC_Lzcnt_r64_r64
r(N::Undoc, E::VEX, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x7), // VEX_KNC_Undoc_r32_rm32_128_F3_0F38_W0_F0
r(N::Undoc, E::VEX, &[K::r64_reg, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x7), // VEX_KNC_Undoc_r64_rm64_128_F3_0F38_W1_F0
r(N::Undoc, E::VEX, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x7), // VEX_KNC_Undoc_r32_rm32_128_F2_0F38_W0_F0
r(N::Undoc, E::VEX, &[K::r64_reg, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x7), // VEX_KNC_Undoc_r64_rm64_128_F2_0F38_W1_F0
r(N::Undoc, E::VEX, &[K::r32_reg, K::r32_or_mem], 0, M::UInt32, 0, 0, 0x7), // VEX_KNC_Undoc_r32_rm32_128_F2_0F38_W0_F1
r(N::Undoc, E::VEX, &[K::r64_reg, K::r64_or_mem], 0, M::UInt64, 1, 0, 0x7), // VEX_KNC_Undoc_r64_rm64_128_F2_0F38_W1_F1
r(N::Kextract, E::VEX, &[K::k_reg, K::r64_rm, K::imm8], 0, M::Unknown, 0, 0, 0x7), // VEX_KNC_Kextract_kr_r64_imm8
r(N::Vprefetchnta, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetchnta_m
r(N::Vprefetch0, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetch0_m
r(N::Vprefetch1, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetch1_m
r(N::Vprefetch2, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetch2_m
r(N::Vprefetchenta, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetchenta_m
r(N::Vprefetche0, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetche0_m
r(N::Vprefetche1, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetche1_m
r(N::Vprefetche2, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Vprefetche2_m
r(N::Vmovaps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovaps_zmm_k1_zmmmt
r(N::Vmovapd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovapd_zmm_k1_zmmmt
r(N::Vmovaps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovaps_mt_k1_zmm
r(N::Vmovapd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovapd_mt_k1_zmm
r(N::Vmovnrapd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovnrapd_m_k1_zmm
r(N::Vmovnrngoapd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovnrngoapd_m_k1_zmm
r(N::Vmovnraps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovnraps_m_k1_zmm
r(N::Vmovnrngoaps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovnrngoaps_m_k1_zmm
r(N::Vaddps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vaddps_zmm_k1_zmm_zmmmt
r(N::Vaddpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vaddpd_zmm_k1_zmm_zmmmt
r(N::Vmulps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vmulps_zmm_k1_zmm_zmmmt
r(N::Vmulpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vmulpd_zmm_k1_zmm_zmmmt
r(N::Vcvtps2pd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vcvtps2pd_zmm_k1_zmmmt
r(N::Vcvtpd2ps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vcvtpd2ps_zmm_k1_zmmmt
r(N::Vsubps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vsubps_zmm_k1_zmm_zmmmt
r(N::Vsubpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vsubpd_zmm_k1_zmm_zmmmt
r(N::Vpcmpgtd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpcmpgtd_kr_k1_zmm_zmmmt
r(N::Vmovdqa32, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovdqa32_zmm_k1_zmmmt
r(N::Vmovdqa64, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovdqa64_zmm_k1_zmmmt
r(N::Vpshufd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpshufd_zmm_k1_zmmmt_imm8
r(N::Vpsrld, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsrld_zmm_k1_zmmmt_imm8
r(N::Vpsrad, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsrad_zmm_k1_zmmmt_imm8
r(N::Vpslld, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpslld_zmm_k1_zmmmt_imm8
r(N::Vpcmpeqd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpcmpeqd_kr_k1_zmm_zmmmt
r(N::Vcvtudq2pd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vcvtudq2pd_zmm_k1_zmmmt
r(N::Vmovdqa32, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vmovdqa32_mt_k1_zmm
r(N::Vmovdqa64, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vmovdqa64_mt_k1_zmm
r(N::Clevict1, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Clevict1_m
r(N::Clevict0, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x3), // MVEX_Clevict0_m
r(N::Vcmpps, E::MVEX, &[K::None, K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vcmpps_kr_k1_zmm_zmmmt_imm8
r(N::Vcmppd, E::MVEX, &[K::None, K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vcmppd_kr_k1_zmm_zmmmt_imm8
r(N::Vpandd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpandd_zmm_k1_zmm_zmmmt
r(N::Vpandq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpandq_zmm_k1_zmm_zmmmt
r(N::Vpandnd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpandnd_zmm_k1_zmm_zmmmt
r(N::Vpandnq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpandnq_zmm_k1_zmm_zmmmt
r(N::Vcvtdq2pd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vcvtdq2pd_zmm_k1_zmmmt
r(N::Vpord, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpord_zmm_k1_zmm_zmmmt
r(N::Vporq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vporq_zmm_k1_zmm_zmmmt
r(N::Vpxord, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpxord_zmm_k1_zmm_zmmmt
r(N::Vpxorq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpxorq_zmm_k1_zmm_zmmmt
r(N::Vpsubd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsubd_zmm_k1_zmm_zmmmt
r(N::Vpaddd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpaddd_zmm_k1_zmm_zmmmt
r(N::Vbroadcastss, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vbroadcastss_zmm_k1_mt
r(N::Vbroadcastsd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vbroadcastsd_zmm_k1_mt
r(N::Vbroadcastf32x4, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vbroadcastf32x4_zmm_k1_mt
r(N::Vbroadcastf64x4, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vbroadcastf64x4_zmm_k1_mt
r(N::Vptestmd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vptestmd_kr_k1_zmm_zmmmt
r(N::Vpermd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpermd_zmm_k1_zmm_zmmmt
r(N::Vpminsd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpminsd_zmm_k1_zmm_zmmmt
r(N::Vpminud, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpminud_zmm_k1_zmm_zmmmt
r(N::Vpmaxsd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmaxsd_zmm_k1_zmm_zmmmt
r(N::Vpmaxud, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmaxud_zmm_k1_zmm_zmmmt
r(N::Vpmulld, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmulld_zmm_k1_zmm_zmmmt
r(N::Vgetexpps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vgetexpps_zmm_k1_zmmmt
r(N::Vgetexppd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vgetexppd_zmm_k1_zmmmt
r(N::Vpsrlvd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsrlvd_zmm_k1_zmm_zmmmt
r(N::Vpsravd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsravd_zmm_k1_zmm_zmmmt
r(N::Vpsllvd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsllvd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_48
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_49
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_4A
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_4B
r(N::Vaddnps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vaddnps_zmm_k1_zmm_zmmmt
r(N::Vaddnpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vaddnpd_zmm_k1_zmm_zmmmt
r(N::Vgmaxabsps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vgmaxabsps_zmm_k1_zmm_zmmmt
r(N::Vgminps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vgminps_zmm_k1_zmm_zmmmt
r(N::Vgminpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vgminpd_zmm_k1_zmm_zmmmt
r(N::Vgmaxps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vgmaxps_zmm_k1_zmm_zmmmt
r(N::Vgmaxpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vgmaxpd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_54
r(N::Vfixupnanps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vfixupnanps_zmm_k1_zmm_zmmmt
r(N::Vfixupnanpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vfixupnanpd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_56
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_57
r(N::Vpbroadcastd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpbroadcastd_zmm_k1_mt
r(N::Vpbroadcastq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpbroadcastq_zmm_k1_mt
r(N::Vbroadcasti32x4, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vbroadcasti32x4_zmm_k1_mt
r(N::Vbroadcasti64x4, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vbroadcasti64x4_zmm_k1_mt
r(N::Vpadcd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpadcd_zmm_k1_kr_zmmmt
r(N::Vpaddsetcd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpaddsetcd_zmm_k1_kr_zmmmt
r(N::Vpsbbd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsbbd_zmm_k1_kr_zmmmt
r(N::Vpsubsetbd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsubsetbd_zmm_k1_kr_zmmmt
r(N::Vpblendmd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpblendmd_zmm_k1_zmm_zmmmt
r(N::Vpblendmq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpblendmq_zmm_k1_zmm_zmmmt
r(N::Vblendmps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vblendmps_zmm_k1_zmm_zmmmt
r(N::Vblendmpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vblendmpd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_67
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_68
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_69
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_6A
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_6B
r(N::Vpsubrd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsubrd_zmm_k1_zmm_zmmmt
r(N::Vsubrps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vsubrps_zmm_k1_zmm_zmmmt
r(N::Vsubrpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vsubrpd_zmm_k1_zmm_zmmmt
r(N::Vpsbbrd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsbbrd_zmm_k1_kr_zmmmt
r(N::Vpsubrsetbd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpsubrsetbd_zmm_k1_kr_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_70
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_71
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_72
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_73
r(N::Vpcmpltd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpcmpltd_kr_k1_zmm_zmmmt
r(N::Vscaleps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vscaleps_zmm_k1_zmm_zmmmt
r(N::Vpmulhud, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmulhud_zmm_k1_zmm_zmmmt
r(N::Vpmulhd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmulhd_zmm_k1_zmm_zmmmt
r(N::Vpgatherdd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vpgatherdd_zmm_k1_mvt
r(N::Vpgatherdq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vpgatherdq_zmm_k1_mvt
r(N::Vgatherdps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vgatherdps_zmm_k1_mvt
r(N::Vgatherdpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vgatherdpd_zmm_k1_mvt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_94
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W1_94
r(N::Vfmadd132ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmadd132ps_zmm_k1_zmm_zmmmt
r(N::Vfmadd132pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmadd132pd_zmm_k1_zmm_zmmmt
r(N::Vfmsub132ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmsub132ps_zmm_k1_zmm_zmmmt
r(N::Vfmsub132pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmsub132pd_zmm_k1_zmm_zmmmt
r(N::Vfnmadd132ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmadd132ps_zmm_k1_zmm_zmmmt
r(N::Vfnmadd132pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmadd132pd_zmm_k1_zmm_zmmmt
r(N::Vfnmsub132ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmsub132ps_zmm_k1_zmm_zmmmt
r(N::Vfnmsub132pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmsub132pd_zmm_k1_zmm_zmmmt
r(N::Vpscatterdd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vpscatterdd_mvt_k1_zmm
r(N::Vpscatterdq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vpscatterdq_mvt_k1_zmm
r(N::Vscatterdps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vscatterdps_mvt_k1_zmm
r(N::Vscatterdpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vscatterdpd_mvt_k1_zmm
r(N::Vfmadd233ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmadd233ps_zmm_k1_zmm_zmmmt
r(N::Vfmadd213ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmadd213ps_zmm_k1_zmm_zmmmt
r(N::Vfmadd213pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmadd213pd_zmm_k1_zmm_zmmmt
r(N::Vfmsub213ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmsub213ps_zmm_k1_zmm_zmmmt
r(N::Vfmsub213pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmsub213pd_zmm_k1_zmm_zmmmt
r(N::Vfnmadd213ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmadd213ps_zmm_k1_zmm_zmmmt
r(N::Vfnmadd213pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmadd213pd_zmm_k1_zmm_zmmmt
r(N::Vfnmsub213ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmsub213ps_zmm_k1_zmm_zmmmt
r(N::Vfnmsub213pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmsub213pd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x173), // MVEX_Undoc_zmm_k1_mvt_512_66_0F38_W0_B0
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x173), // MVEX_Undoc_zmm_k1_mvt_512_66_0F38_W0_B2
r(N::Vpmadd233d, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmadd233d_zmm_k1_zmm_zmmmt
r(N::Vpmadd231d, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpmadd231d_zmm_k1_zmm_zmmmt
r(N::Vfmadd231ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmadd231ps_zmm_k1_zmm_zmmmt
r(N::Vfmadd231pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmadd231pd_zmm_k1_zmm_zmmmt
r(N::Vfmsub231ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfmsub231ps_zmm_k1_zmm_zmmmt
r(N::Vfmsub231pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfmsub231pd_zmm_k1_zmm_zmmmt
r(N::Vfnmadd231ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmadd231ps_zmm_k1_zmm_zmmmt
r(N::Vfnmadd231pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmadd231pd_zmm_k1_zmm_zmmmt
r(N::Vfnmsub231ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vfnmsub231ps_zmm_k1_zmm_zmmmt
r(N::Vfnmsub231pd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vfnmsub231pd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x173), // MVEX_Undoc_zmm_k1_mvt_512_66_0F38_W0_C0
r(N::Vgatherpf0hintdps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vgatherpf0hintdps_mvt_k1
r(N::Vgatherpf0hintdpd, E::MVEX, &[K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vgatherpf0hintdpd_mvt_k1
r(N::Vgatherpf0dps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vgatherpf0dps_mvt_k1
r(N::Vgatherpf1dps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vgatherpf1dps_mvt_k1
r(N::Vscatterpf0hintdps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vscatterpf0hintdps_mvt_k1
r(N::Vscatterpf0hintdpd, E::MVEX, &[K::None], 0, M::Unknown, 1, 2, 0x143), // MVEX_Vscatterpf0hintdpd_mvt_k1
r(N::Vscatterpf0dps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vscatterpf0dps_mvt_k1
r(N::Vscatterpf1dps, E::MVEX, &[K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vscatterpf1dps_mvt_k1
r(N::Vexp223ps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vexp223ps_zmm_k1_zmmmt
r(N::Vlog2ps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vlog2ps_zmm_k1_zmmmt
r(N::Vrcp23ps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vrcp23ps_zmm_k1_zmmmt
r(N::Vrsqrt23ps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vrsqrt23ps_zmm_k1_zmmmt
r(N::Vaddsetsps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x173), // MVEX_Vaddsetsps_zmm_k1_zmm_zmmmt
r(N::Vpaddsetsd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x143), // MVEX_Vpaddsetsd_zmm_k1_zmm_zmmmt
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_CE
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W1_CE
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmm_zmmmt_512_66_0F38_W0_CF
r(N::Vloadunpackld, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vloadunpackld_zmm_k1_mt
r(N::Vloadunpacklq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vloadunpacklq_zmm_k1_mt
r(N::Vpackstoreld, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpackstoreld_mt_k1_zmm
r(N::Vpackstorelq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpackstorelq_mt_k1_zmm
r(N::Vloadunpacklps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vloadunpacklps_zmm_k1_mt
r(N::Vloadunpacklpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vloadunpacklpd_zmm_k1_mt
r(N::Vpackstorelps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpackstorelps_mt_k1_zmm
r(N::Vpackstorelpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpackstorelpd_mt_k1_zmm
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_0F38_W0_D2
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_D2
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_0F38_W0_D3
r(N::Vloadunpackhd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vloadunpackhd_zmm_k1_mt
r(N::Vloadunpackhq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vloadunpackhq_zmm_k1_mt
r(N::Vpackstorehd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpackstorehd_mt_k1_zmm
r(N::Vpackstorehq, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpackstorehq_mt_k1_zmm
r(N::Vloadunpackhps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vloadunpackhps_zmm_k1_mt
r(N::Vloadunpackhpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vloadunpackhpd_zmm_k1_mt
r(N::Vpackstorehps, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpackstorehps_mt_k1_zmm
r(N::Vpackstorehpd, E::MVEX, &[K::None, K::None], 0, M::Unknown, 1, 2, 0x43), // MVEX_Vpackstorehpd_mt_k1_zmm
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_0F38_W0_D6
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_66_0F38_W0_D6
r(N::Undoc, E::MVEX, &[K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_512_0F38_W0_D7
r(N::Valignd, E::MVEX, &[K::None, K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Valignd_zmm_k1_zmm_zmmmt_imm8
r(N::Vpermf32x4, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpermf32x4_zmm_k1_zmmmt_imm8
r(N::Vpcmpud, E::MVEX, &[K::None, K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpcmpud_kr_k1_zmm_zmmmt_imm8
r(N::Vpcmpd, E::MVEX, &[K::None, K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x43), // MVEX_Vpcmpd_kr_k1_zmm_zmmmt_imm8
r(N::Vgetmantps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x53), // MVEX_Vgetmantps_zmm_k1_zmmmt_imm8
r(N::Vgetmantpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x53), // MVEX_Vgetmantpd_zmm_k1_zmmmt_imm8
r(N::Vrndfxpntps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vrndfxpntps_zmm_k1_zmmmt_imm8
r(N::Vrndfxpntpd, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vrndfxpntpd_zmm_k1_zmmmt_imm8
r(N::Vcvtfxpntudq2ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vcvtfxpntudq2ps_zmm_k1_zmmmt_imm8
r(N::Vcvtfxpntps2udq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vcvtfxpntps2udq_zmm_k1_zmmmt_imm8
r(N::Vcvtfxpntpd2udq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vcvtfxpntpd2udq_zmm_k1_zmmmt_imm8
r(N::Vcvtfxpntdq2ps, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vcvtfxpntdq2ps_zmm_k1_zmmmt_imm8
r(N::Vcvtfxpntps2dq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Vcvtfxpntps2dq_zmm_k1_zmmmt_imm8
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_imm8_512_66_0F3A_W0_D0
r(N::Undoc, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 0, 2, 0x73), // MVEX_Undoc_zmm_k1_zmmmt_imm8_512_66_0F3A_W0_D1
r(N::Vcvtfxpntpd2dq, E::MVEX, &[K::None, K::None, K::None], 0, M::Unknown, 1, 2, 0x73), // MVEX_Vcvtfxpntpd2dq_zmm_k1_zmmmt_imm8
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Via_undoc_F30FA6F0_16
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Via_undoc_F30FA6F0_32
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Via_undoc_F30FA6F0_64
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Via_undoc_F30FA6F8_16
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Via_undoc_F30FA6F8_32
r(N::Undoc, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Via_undoc_F30FA6F8_64
r(N::Xsha512, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xsha512_16
r(N::Xsha512, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha512_32
r(N::Xsha512, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha512_64
r(N::Xstore_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xstore_alt_16
r(N::Xstore_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xstore_alt_32
r(N::Xstore_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xstore_alt_64
r(N::Xsha512_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x1), // Xsha512_alt_16
r(N::Xsha512_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha512_alt_32
r(N::Xsha512_alt, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Xsha512_alt_64
r(N::Zero_bytes, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x2), // Zero_bytes
r(N::Wrmsrns, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wrmsrns
r(N::Wrmsrlist, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Wrmsrlist
r(N::Rdmsrlist, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rdmsrlist
r(N::Rmpquery, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Rmpquery
r(N::Prefetchit1, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchit1_m8
r(N::Prefetchit0, E::Legacy, &[K::mem], 0, M::UInt8, 0, 0, 0x3), // Prefetchit0_m8
r(N::Aadd, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Aadd_m32_r32
r(N::Aadd, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Aadd_m64_r64
r(N::Aand, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Aand_m32_r32
r(N::Aand, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Aand_m64_r64
r(N::Axor, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Axor_m32_r32
r(N::Axor, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Axor_m64_r64
r(N::Aor, E::Legacy, &[K::mem, K::r32_reg], 0, M::UInt32, 0, 0, 0x3), // Aor_m32_r32
r(N::Aor, E::Legacy, &[K::mem, K::r64_reg], 64, M::UInt64, 0, 0, 0x3), // Aor_m64_r64
r(N::Vpdpbuud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpdpbuud_xmm_xmm_xmmm128
r(N::Vpdpbuud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpdpbuud_ymm_ymm_ymmm256
r(N::Vpdpbsud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbsud_xmm_xmm_xmmm128
r(N::Vpdpbsud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbsud_ymm_ymm_ymmm256
r(N::Vpdpbssd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbssd_xmm_xmm_xmmm128
r(N::Vpdpbssd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbssd_ymm_ymm_ymmm256
r(N::Vpdpbuuds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt8, 0, 0, 0x3), // VEX_Vpdpbuuds_xmm_xmm_xmmm128
r(N::Vpdpbuuds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt8, 0, 1, 0x3), // VEX_Vpdpbuuds_ymm_ymm_ymmm256
r(N::Vpdpbsuds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbsuds_xmm_xmm_xmmm128
r(N::Vpdpbsuds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbsuds_ymm_ymm_ymmm256
r(N::Vpdpbssds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int8, 0, 0, 0x3), // VEX_Vpdpbssds_xmm_xmm_xmmm128
r(N::Vpdpbssds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int8, 0, 1, 0x3), // VEX_Vpdpbssds_ymm_ymm_ymmm256
r(N::Tdpfp16ps, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tdpfp16ps_tmm_tmm_tmm
r(N::Vcvtneps2bf16, E::VEX, &[K::xmm_reg, K::xmm_or_mem], 0, M::Packed128_Float32, 0, 0, 0x3), // VEX_Vcvtneps2bf16_xmm_xmmm128
r(N::Vcvtneps2bf16, E::VEX, &[K::xmm_reg, K::ymm_or_mem], 0, M::Packed256_Float32, 0, 1, 0x3), // VEX_Vcvtneps2bf16_xmm_ymmm256
r(N::Vcvtneoph2ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::Packed128_Float16, 0, 0, 0x3), // VEX_Vcvtneoph2ps_xmm_m128
r(N::Vcvtneoph2ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::Packed256_Float16, 0, 1, 0x3), // VEX_Vcvtneoph2ps_ymm_m256
r(N::Vcvtneeph2ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::Packed128_Float16, 0, 0, 0x3), // VEX_Vcvtneeph2ps_xmm_m128
r(N::Vcvtneeph2ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::Packed256_Float16, 0, 1, 0x3), // VEX_Vcvtneeph2ps_ymm_m256
r(N::Vcvtneebf162ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::Packed128_BFloat16, 0, 0, 0x3), // VEX_Vcvtneebf162ps_xmm_m128
r(N::Vcvtneebf162ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::Packed256_BFloat16, 0, 1, 0x3), // VEX_Vcvtneebf162ps_ymm_m256
r(N::Vcvtneobf162ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::Packed128_BFloat16, 0, 0, 0x3), // VEX_Vcvtneobf162ps_xmm_m128
r(N::Vcvtneobf162ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::Packed256_BFloat16, 0, 1, 0x3), // VEX_Vcvtneobf162ps_ymm_m256
r(N::Vbcstnesh2ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::Float16, 0, 0, 0x3), // VEX_Vbcstnesh2ps_xmm_m16
r(N::Vbcstnesh2ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::Float16, 0, 1, 0x3), // VEX_Vbcstnesh2ps_ymm_m16
r(N::Vbcstnebf162ps, E::VEX, &[K::xmm_reg, K::mem], 0, M::BFloat16, 0, 0, 0x3), // VEX_Vbcstnebf162ps_xmm_m16
r(N::Vbcstnebf162ps, E::VEX, &[K::ymm_reg, K::mem], 0, M::BFloat16, 0, 1, 0x3), // VEX_Vbcstnebf162ps_ymm_m16
r(N::Vpmadd52luq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt52, 1, 0, 0x3), // VEX_Vpmadd52luq_xmm_xmm_xmmm128
r(N::Vpmadd52luq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt52, 1, 1, 0x3), // VEX_Vpmadd52luq_ymm_ymm_ymmm256
r(N::Vpmadd52huq, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt52, 1, 0, 0x3), // VEX_Vpmadd52huq_xmm_xmm_xmmm128
r(N::Vpmadd52huq, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt52, 1, 1, 0x3), // VEX_Vpmadd52huq_ymm_ymm_ymmm256
r(N::Cmpoxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpoxadd_m32_r32_r32
r(N::Cmpoxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpoxadd_m64_r64_r64
r(N::Cmpnoxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnoxadd_m32_r32_r32
r(N::Cmpnoxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnoxadd_m64_r64_r64
r(N::Cmpbxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpbxadd_m32_r32_r32
r(N::Cmpbxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpbxadd_m64_r64_r64
r(N::Cmpnbxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnbxadd_m32_r32_r32
r(N::Cmpnbxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnbxadd_m64_r64_r64
r(N::Cmpzxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpzxadd_m32_r32_r32
r(N::Cmpzxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpzxadd_m64_r64_r64
r(N::Cmpnzxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnzxadd_m32_r32_r32
r(N::Cmpnzxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnzxadd_m64_r64_r64
r(N::Cmpbexadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpbexadd_m32_r32_r32
r(N::Cmpbexadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpbexadd_m64_r64_r64
r(N::Cmpnbexadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnbexadd_m32_r32_r32
r(N::Cmpnbexadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnbexadd_m64_r64_r64
r(N::Cmpsxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpsxadd_m32_r32_r32
r(N::Cmpsxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpsxadd_m64_r64_r64
r(N::Cmpnsxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnsxadd_m32_r32_r32
r(N::Cmpnsxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnsxadd_m64_r64_r64
r(N::Cmppxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmppxadd_m32_r32_r32
r(N::Cmppxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmppxadd_m64_r64_r64
r(N::Cmpnpxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnpxadd_m32_r32_r32
r(N::Cmpnpxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnpxadd_m64_r64_r64
r(N::Cmplxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmplxadd_m32_r32_r32
r(N::Cmplxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmplxadd_m64_r64_r64
r(N::Cmpnlxadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnlxadd_m32_r32_r32
r(N::Cmpnlxadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnlxadd_m64_r64_r64
r(N::Cmplexadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmplexadd_m32_r32_r32
r(N::Cmplexadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmplexadd_m64_r64_r64
r(N::Cmpnlexadd, E::VEX, &[K::mem, K::r32_reg, K::r32_vvvv], 0, M::UInt32, 0, 0, 0x3), // VEX_Cmpnlexadd_m32_r32_r32
r(N::Cmpnlexadd, E::VEX, &[K::mem, K::r64_reg, K::r64_vvvv], 0, M::UInt64, 1, 0, 0x3), // VEX_Cmpnlexadd_m64_r64_r64
r(N::Tcmmrlfp16ps, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tcmmrlfp16ps_tmm_tmm_tmm
r(N::Tcmmimfp16ps, E::VEX, &[K::tmm_reg, K::tmm_rm, K::tmm_vvvv], 0, M::Unknown, 0, 0, 0x3), // VEX_Tcmmimfp16ps_tmm_tmm_tmm
r(N::Pbndkb, E::Legacy, &[], 0, M::Unknown, 0, 0, 0x3), // Pbndkb
r(N::Vsha512rnds2, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::xmm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vsha512rnds2_ymm_ymm_xmm
r(N::Vsha512msg1, E::VEX, &[K::ymm_reg, K::xmm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vsha512msg1_ymm_xmm
r(N::Vsha512msg2, E::VEX, &[K::ymm_reg, K::ymm_rm], 0, M::Unknown, 0, 1, 0x3), // VEX_Vsha512msg2_ymm_ymm
r(N::Vpdpwuud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpdpwuud_xmm_xmm_xmmm128
r(N::Vpdpwuud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpdpwuud_ymm_ymm_ymmm256
r(N::Vpdpwusd, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpdpwusd_xmm_xmm_xmmm128
r(N::Vpdpwusd, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpdpwusd_ymm_ymm_ymmm256
r(N::Vpdpwsud, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpdpwsud_xmm_xmm_xmmm128
r(N::Vpdpwsud, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpdpwsud_ymm_ymm_ymmm256
r(N::Vpdpwuuds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpdpwuuds_xmm_xmm_xmmm128
r(N::Vpdpwuuds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpdpwuuds_ymm_ymm_ymmm256
r(N::Vpdpwusds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt16, 0, 0, 0x3), // VEX_Vpdpwusds_xmm_xmm_xmmm128
r(N::Vpdpwusds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt16, 0, 1, 0x3), // VEX_Vpdpwusds_ymm_ymm_ymmm256
r(N::Vpdpwsuds, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_Int16, 0, 0, 0x3), // VEX_Vpdpwsuds_xmm_xmm_xmmm128
r(N::Vpdpwsuds, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_Int16, 0, 1, 0x3), // VEX_Vpdpwsuds_ymm_ymm_ymmm256
r(N::Vsm3msg1, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vsm3msg1_xmm_xmm_xmmm128
r(N::Vsm3msg2, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vsm3msg2_xmm_xmm_xmmm128
r(N::Vsm4key4, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vsm4key4_xmm_xmm_xmmm128
r(N::Vsm4key4, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vsm4key4_ymm_ymm_ymmm256
r(N::Vsm4rnds4, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vsm4rnds4_xmm_xmm_xmmm128
r(N::Vsm4rnds4, E::VEX, &[K::ymm_reg, K::ymm_vvvv, K::ymm_or_mem], 0, M::Packed256_UInt32, 0, 1, 0x3), // VEX_Vsm4rnds4_ymm_ymm_ymmm256
r(N::Vsm3rnds2, E::VEX, &[K::xmm_reg, K::xmm_vvvv, K::xmm_or_mem, K::imm8], 0, M::Packed128_UInt32, 0, 0, 0x3), // VEX_Vsm3rnds2_xmm_xmm_xmmm128_imm8
];
/// Each `Mnemonic`'s name in lower case (iced's spelling).
#[rustfmt::skip]
pub(super) static MNEMONIC_NAMES: [&str; 1894] = ["invalid", "aaa", "aad", "aam", "aas", "adc", "adcx", "add", "addpd", "addps", "addsd", "addss", "addsubpd", "addsubps", "adox", "aesdec", "aesdeclast", "aesenc", "aesenclast", "aesimc", "aeskeygenassist", "and", "andn", "andnpd", "andnps", "andpd", "andps", "arpl", "bextr", "blcfill", "blci", "blcic", "blcmsk", "blcs", "blendpd", "blendps", "blendvpd", "blendvps", "blsfill", "blsi", "blsic", "blsmsk", "blsr", "bndcl", "bndcn", "bndcu", "bndldx", "bndmk", "bndmov", "bndstx", "bound", "bsf", "bsr", "bswap", "bt", "btc", "btr", "bts", "bzhi", "call", "cbw", "cdq", "cdqe", "cl1invmb", "clac", "clc", "cld", "cldemote", "clflush", "clflushopt", "clgi", "cli", "clrssbsy", "clts", "clwb", "clzero", "cmc", "cmova", "cmovae", "cmovb", "cmovbe", "cmove", "cmovg", "cmovge", "cmovl", "cmovle", "cmovne", "cmovno", "cmovnp", "cmovns", "cmovo", "cmovp", "cmovs", "cmp", "cmppd", "cmpps", "cmpsb", "cmpsd", "cmpsq", "cmpss", "cmpsw", "cmpxchg", "cmpxchg16b", "cmpxchg8b", "comisd", "comiss", "cpuid", "cqo", "crc32", "cvtdq2pd", "cvtdq2ps", "cvtpd2dq", "cvtpd2pi", "cvtpd2ps", "cvtpi2pd", "cvtpi2ps", "cvtps2dq", "cvtps2pd", "cvtps2pi", "cvtsd2si", "cvtsd2ss", "cvtsi2sd", "cvtsi2ss", "cvtss2sd", "cvtss2si", "cvttpd2dq", "cvttpd2pi", "cvttps2dq", "cvttps2pi", "cvttsd2si", "cvttss2si", "cwd", "cwde", "daa", "das", "db", "dd", "dec", "div", "divpd", "divps", "divsd", "divss", "dppd", "dpps", "dq", "dw", "emms", "encls", "enclu", "enclv", "endbr32", "endbr64", "enqcmd", "enqcmds", "enter", "extractps", "extrq", "f2xm1", "fabs", "fadd", "faddp", "fbld", "fbstp", "fchs", "fclex", "fcmovb", "fcmovbe", "fcmove", "fcmovnb", "fcmovnbe", "fcmovne", "fcmovnu", "fcmovu", "fcom", "fcomi", "fcomip", "fcomp", "fcompp", "fcos", "fdecstp", "fdisi", "fdiv", "fdivp", "fdivr", "fdivrp", "femms", "feni", "ffree", "ffreep", "fiadd", "ficom", "ficomp", "fidiv", "fidivr", "fild", "fimul", "fincstp", "finit", "fist", "fistp", "fisttp", "fisub", "fisubr", "fld", "fld1", "fldcw", "fldenv", "fldl2e", "fldl2t", "fldlg2", "fldln2", "fldpi", "fldz", "fmul", "fmulp", "fnclex", "fndisi", "fneni", "fninit", "fnop", "fnsave", "fnsetpm", "fnstcw", "fnstenv", "fnstsw", "fpatan", "fprem", "fprem1", "fptan", "frndint", "frstor", "frstpm", "fsave", "fscale", "fsetpm", "fsin", "fsincos", "fsqrt", "fst", "fstcw", "fstdw", "fstenv", "fstp", "fstpnce", "fstsg", "fstsw", "fsub", "fsubp", "fsubr", "fsubrp", "ftst", "fucom", "fucomi", "fucomip", "fucomp", "fucompp", "fxam", "fxch", "fxrstor", "fxrstor64", "fxsave", "fxsave64", "fxtract", "fyl2x", "fyl2xp1", "getsec", "gf2p8affineinvqb", "gf2p8affineqb", "gf2p8mulb", "haddpd", "haddps", "hlt", "hsubpd", "hsubps", "ibts", "idiv", "imul", "in", "inc", "incsspd", "incsspq", "insb", "insd", "insertps", "insertq", "insw", "int", "int1", "into", "invd", "invept", "invlpg", "invlpga", "invpcid", "invvpid", "iret", "ja", "jae", "jb", "jbe", "jcxz", "je", "jecxz", "jg", "jge", "jl", "jle", "jmp", "jmpe", "jne", "jno", "jnp", "jns", "jo", "jp", "jrcxz", "js", "kaddb", "kaddd", "kaddq", "kaddw", "kandb", "kandd", "kandnb", "kandnd", "kandnq", "kandnw", "kandq", "kandw", "kmovb", "kmovd", "kmovq", "kmovw", "knotb", "knotd", "knotq", "knotw", "korb", "kord", "korq", "kortestb", "kortestd", "kortestq", "kortestw", "korw", "kshiftlb", "kshiftld", "kshiftlq", "kshiftlw", "kshiftrb", "kshiftrd", "kshiftrq", "kshiftrw", "ktestb", "ktestd", "ktestq", "ktestw", "kunpckbw", "kunpckdq", "kunpckwd", "kxnorb", "kxnord", "kxnorq", "kxnorw", "kxorb", "kxord", "kxorq", "kxorw", "lahf", "lar", "lddqu", "ldmxcsr", "lds", "lea", "leave", "les", "lfence", "lfs", "lgdt", "lgs", "lidt", "lldt", "llwpcb", "lmsw", "loadall", "lodsb", "lodsd", "lodsq", "lodsw", "loop", "loope", "loopne", "lsl", "lss", "ltr", "lwpins", "lwpval", "lzcnt", "maskmovdqu", "maskmovq", "maxpd", "maxps", "maxsd", "maxss", "mcommit", "mfence", "minpd", "minps", "minsd", "minss", "monitor", "monitorx", "montmul", "mov", "movapd", "movaps", "movbe", "movd", "movddup", "movdir64b", "movdiri", "movdq2q", "movdqa", "movdqu", "movhlps", "movhpd", "movhps", "movlhps", "movlpd", "movlps", "movmskpd", "movmskps", "movntdq", "movntdqa", "movnti", "movntpd", "movntps", "movntq", "movntsd", "movntss", "movq", "movq2dq", "movsb", "movsd", "movshdup", "movsldup", "movsq", "movss", "movsw", "movsx", "movsxd", "movupd", "movups", "movzx", "mpsadbw", "mul", "mulpd", "mulps", "mulsd", "mulss", "mulx", "mwait", "mwaitx", "neg", "nop", "not", "or", "orpd", "orps", "out", "outsb", "outsd", "outsw", "pabsb", "pabsd", "pabsw", "packssdw", "packsswb", "packusdw", "packuswb", "paddb", "paddd", "paddq", "paddsb", "paddsw", "paddusb", "paddusw", "paddw", "palignr", "pand", "pandn", "pause", "pavgb", "pavgusb", "pavgw", "pblendvb", "pblendw", "pclmulqdq", "pcmpeqb", "pcmpeqd", "pcmpeqq", "pcmpeqw", "pcmpestri", "pcmpestri64", "pcmpestrm", "pcmpestrm64", "pcmpgtb", "pcmpgtd", "pcmpgtq", "pcmpgtw", "pcmpistri", "pcmpistrm", "pcommit", "pconfig", "pdep", "pext", "pextrb", "pextrd", "pextrq", "pextrw", "pf2id", "pf2iw", "pfacc", "pfadd", "pfcmpeq", "pfcmpge", "pfcmpgt", "pfmax", "pfmin", "pfmul", "pfnacc", "pfpnacc", "pfrcp", "pfrcpit1", "pfrcpit2", "pfrcpv", "pfrsqit1", "pfrsqrt", "pfrsqrtv", "pfsub", "pfsubr", "phaddd", "phaddsw", "phaddw", "phminposuw", "phsubd", "phsubsw", "phsubw", "pi2fd", "pi2fw", "pinsrb", "pinsrd", "pinsrq", "pinsrw", "pmaddubsw", "pmaddwd", "pmaxsb", "pmaxsd", "pmaxsw", "pmaxub", "pmaxud", "pmaxuw", "pminsb", "pminsd", "pminsw", "pminub", "pminud", "pminuw", "pmovmskb", "pmovsxbd", "pmovsxbq", "pmovsxbw", "pmovsxdq", "pmovsxwd", "pmovsxwq", "pmovzxbd", "pmovzxbq", "pmovzxbw", "pmovzxdq", "pmovzxwd", "pmovzxwq", "pmuldq", "pmulhrsw", "pmulhrw", "pmulhuw", "pmulhw", "pmulld", "pmullw", "pmuludq", "pop", "popa", "popcnt", "popf", "por", "prefetch", "prefetchnta", "prefetcht0", "prefetcht1", "prefetcht2", "prefetchw", "prefetchwt1", "psadbw", "pshufb", "pshufd", "pshufhw", "pshuflw", "pshufw", "psignb", "psignd", "psignw", "pslld", "pslldq", "psllq", "psllw", "psrad", "psraw", "psrld", "psrldq", "psrlq", "psrlw", "psubb", "psubd", "psubq", "psubsb", "psubsw", "psubusb", "psubusw", "psubw", "pswapd", "ptest", "ptwrite", "punpckhbw", "punpckhdq", "punpckhqdq", "punpckhwd", "punpcklbw", "punpckldq", "punpcklqdq", "punpcklwd", "push", "pusha", "pushf", "pxor", "rcl", "rcpps", "rcpss", "rcr", "rdfsbase", "rdgsbase", "rdmsr", "rdpid", "rdpkru", "rdpmc", "rdpru", "rdrand", "rdseed", "rdsspd", "rdsspq", "rdtsc", "rdtscp", "reservednop", "ret", "retf", "rol", "ror", "rorx", "roundpd", "roundps", "roundsd", "roundss", "rsm", "rsqrtps", "rsqrtss", "rstorssp", "sahf", "sal", "salc", "sar", "sarx", "saveprevssp", "sbb", "scasb", "scasd", "scasq", "scasw", "seta", "setae", "setb", "setbe", "sete", "setg", "setge", "setl", "setle", "setne", "setno", "setnp", "setns", "seto", "setp", "sets", "setssbsy", "sfence", "sgdt", "sha1msg1", "sha1msg2", "sha1nexte", "sha1rnds4", "sha256msg1", "sha256msg2", "sha256rnds2", "shl", "shld", "shlx", "shr", "shrd", "shrx", "shufpd", "shufps", "sidt", "skinit", "sldt", "slwpcb", "smsw", "sqrtpd", "sqrtps", "sqrtsd", "sqrtss", "stac", "stc", "std", "stgi", "sti", "stmxcsr", "stosb", "stosd", "stosq", "stosw", "str", "sub", "subpd", "subps", "subsd", "subss", "swapgs", "syscall", "sysenter", "sysexit", "sysret", "t1mskc", "test", "tpause", "tzcnt", "tzmsk", "ucomisd", "ucomiss", "ud0", "ud1", "ud2", "umonitor", "umov", "umwait", "unpckhpd", "unpckhps", "unpcklpd", "unpcklps", "v4fmaddps", "v4fmaddss", "v4fnmaddps", "v4fnmaddss", "vaddpd", "vaddps", "vaddsd", "vaddss", "vaddsubpd", "vaddsubps", "vaesdec", "vaesdeclast", "vaesenc", "vaesenclast", "vaesimc", "vaeskeygenassist", "valignd", "valignq", "vandnpd", "vandnps", "vandpd", "vandps", "vblendmpd", "vblendmps", "vblendpd", "vblendps", "vblendvpd", "vblendvps", "vbroadcastf128", "vbroadcastf32x2", "vbroadcastf32x4", "vbroadcastf32x8", "vbroadcastf64x2", "vbroadcastf64x4", "vbroadcasti128", "vbroadcasti32x2", "vbroadcasti32x4", "vbroadcasti32x8", "vbroadcasti64x2", "vbroadcasti64x4", "vbroadcastsd", "vbroadcastss", "vcmppd", "vcmpps", "vcmpsd", "vcmpss", "vcomisd", "vcomiss", "vcompresspd", "vcompressps", "vcvtdq2pd", "vcvtdq2ps", "vcvtne2ps2bf16", "vcvtneps2bf16", "vcvtpd2dq", "vcvtpd2ps", "vcvtpd2qq", "vcvtpd2udq", "vcvtpd2uqq", "vcvtph2ps", "vcvtps2dq", "vcvtps2pd", "vcvtps2ph", "vcvtps2qq", "vcvtps2udq", "vcvtps2uqq", "vcvtqq2pd", "vcvtqq2ps", "vcvtsd2si", "vcvtsd2ss", "vcvtsd2usi", "vcvtsi2sd", "vcvtsi2ss", "vcvtss2sd", "vcvtss2si", "vcvtss2usi", "vcvttpd2dq", "vcvttpd2qq", "vcvttpd2udq", "vcvttpd2uqq", "vcvttps2dq", "vcvttps2qq", "vcvttps2udq", "vcvttps2uqq", "vcvttsd2si", "vcvttsd2usi", "vcvttss2si", "vcvttss2usi", "vcvtudq2pd", "vcvtudq2ps", "vcvtuqq2pd", "vcvtuqq2ps", "vcvtusi2sd", "vcvtusi2ss", "vdbpsadbw", "vdivpd", "vdivps", "vdivsd", "vdivss", "vdpbf16ps", "vdppd", "vdpps", "verr", "verw", "vexp2pd", "vexp2ps", "vexpandpd", "vexpandps", "vextractf128", "vextractf32x4", "vextractf32x8", "vextractf64x2", "vextractf64x4", "vextracti128", "vextracti32x4", "vextracti32x8", "vextracti64x2", "vextracti64x4", "vextractps", "vfixupimmpd", "vfixupimmps", "vfixupimmsd", "vfixupimmss", "vfmadd132pd", "vfmadd132ps", "vfmadd132sd", "vfmadd132ss", "vfmadd213pd", "vfmadd213ps", "vfmadd213sd", "vfmadd213ss", "vfmadd231pd", "vfmadd231ps", "vfmadd231sd", "vfmadd231ss", "vfmaddpd", "vfmaddps", "vfmaddsd", "vfmaddss", "vfmaddsub132pd", "vfmaddsub132ps", "vfmaddsub213pd", "vfmaddsub213ps", "vfmaddsub231pd", "vfmaddsub231ps", "vfmaddsubpd", "vfmaddsubps", "vfmsub132pd", "vfmsub132ps", "vfmsub132sd", "vfmsub132ss", "vfmsub213pd", "vfmsub213ps", "vfmsub213sd", "vfmsub213ss", "vfmsub231pd", "vfmsub231ps", "vfmsub231sd", "vfmsub231ss", "vfmsubadd132pd", "vfmsubadd132ps", "vfmsubadd213pd", "vfmsubadd213ps", "vfmsubadd231pd", "vfmsubadd231ps", "vfmsubaddpd", "vfmsubaddps", "vfmsubpd", "vfmsubps", "vfmsubsd", "vfmsubss", "vfnmadd132pd", "vfnmadd132ps", "vfnmadd132sd", "vfnmadd132ss", "vfnmadd213pd", "vfnmadd213ps", "vfnmadd213sd", "vfnmadd213ss", "vfnmadd231pd", "vfnmadd231ps", "vfnmadd231sd", "vfnmadd231ss", "vfnmaddpd", "vfnmaddps", "vfnmaddsd", "vfnmaddss", "vfnmsub132pd", "vfnmsub132ps", "vfnmsub132sd", "vfnmsub132ss", "vfnmsub213pd", "vfnmsub213ps", "vfnmsub213sd", "vfnmsub213ss", "vfnmsub231pd", "vfnmsub231ps", "vfnmsub231sd", "vfnmsub231ss", "vfnmsubpd", "vfnmsubps", "vfnmsubsd", "vfnmsubss", "vfpclasspd", "vfpclassps", "vfpclasssd", "vfpclassss", "vfrczpd", "vfrczps", "vfrczsd", "vfrczss", "vgatherdpd", "vgatherdps", "vgatherpf0dpd", "vgatherpf0dps", "vgatherpf0qpd", "vgatherpf0qps", "vgatherpf1dpd", "vgatherpf1dps", "vgatherpf1qpd", "vgatherpf1qps", "vgatherqpd", "vgatherqps", "vgetexppd", "vgetexpps", "vgetexpsd", "vgetexpss", "vgetmantpd", "vgetmantps", "vgetmantsd", "vgetmantss", "vgf2p8affineinvqb", "vgf2p8affineqb", "vgf2p8mulb", "vhaddpd", "vhaddps", "vhsubpd", "vhsubps", "vinsertf128", "vinsertf32x4", "vinsertf32x8", "vinsertf64x2", "vinsertf64x4", "vinserti128", "vinserti32x4", "vinserti32x8", "vinserti64x2", "vinserti64x4", "vinsertps", "vlddqu", "vldmxcsr", "vmaskmovdqu", "vmaskmovpd", "vmaskmovps", "vmaxpd", "vmaxps", "vmaxsd", "vmaxss", "vmcall", "vmclear", "vmfunc", "vminpd", "vminps", "vminsd", "vminss", "vmlaunch", "vmload", "vmmcall", "vmovapd", "vmovaps", "vmovd", "vmovddup", "vmovdqa", "vmovdqa32", "vmovdqa64", "vmovdqu", "vmovdqu16", "vmovdqu32", "vmovdqu64", "vmovdqu8", "vmovhlps", "vmovhpd", "vmovhps", "vmovlhps", "vmovlpd", "vmovlps", "vmovmskpd", "vmovmskps", "vmovntdq", "vmovntdqa", "vmovntpd", "vmovntps", "vmovq", "vmovsd", "vmovshdup", "vmovsldup", "vmovss", "vmovupd", "vmovups", "vmpsadbw", "vmptrld", "vmptrst", "vmread", "vmresume", "vmrun", "vmsave", "vmulpd", "vmulps", "vmulsd", "vmulss", "vmwrite", "vmxoff", "vmxon", "vorpd", "vorps", "vp2intersectd", "vp2intersectq", "vp4dpwssd", "vp4dpwssds", "vpabsb", "vpabsd", "vpabsq", "vpabsw", "vpackssdw", "vpacksswb", "vpackusdw", "vpackuswb", "vpaddb", "vpaddd", "vpaddq", "vpaddsb", "vpaddsw", "vpaddusb", "vpaddusw", "vpaddw", "vpalignr", "vpand", "vpandd", "vpandn", "vpandnd", "vpandnq", "vpandq", "vpavgb", "vpavgw", "vpblendd", "vpblendmb", "vpblendmd", "vpblendmq", "vpblendmw", "vpblendvb", "vpblendw", "vpbroadcastb", "vpbroadcastd", "vpbroadcastmb2q", "vpbroadcastmw2d", "vpbroadcastq", "vpbroadcastw", "vpclmulqdq", "vpcmov", "vpcmpb", "vpcmpd", "vpcmpeqb", "vpcmpeqd", "vpcmpeqq", "vpcmpeqw", "vpcmpestri", "vpcmpestri64", "vpcmpestrm", "vpcmpestrm64", "vpcmpgtb", "vpcmpgtd", "vpcmpgtq", "vpcmpgtw", "vpcmpistri", "vpcmpistrm", "vpcmpq", "vpcmpub", "vpcmpud", "vpcmpuq", "vpcmpuw", "vpcmpw", "vpcomb", "vpcomd", "vpcompressb", "vpcompressd", "vpcompressq", "vpcompressw", "vpcomq", "vpcomub", "vpcomud", "vpcomuq", "vpcomuw", "vpcomw", "vpconflictd", "vpconflictq", "vpdpbusd", "vpdpbusds", "vpdpwssd", "vpdpwssds", "vperm2f128", "vperm2i128", "vpermb", "vpermd", "vpermi2b", "vpermi2d", "vpermi2pd", "vpermi2ps", "vpermi2q", "vpermi2w", "vpermil2pd", "vpermil2ps", "vpermilpd", "vpermilps", "vpermpd", "vpermps", "vpermq", "vpermt2b", "vpermt2d", "vpermt2pd", "vpermt2ps", "vpermt2q", "vpermt2w", "vpermw", "vpexpandb", "vpexpandd", "vpexpandq", "vpexpandw", "vpextrb", "vpextrd", "vpextrq", "vpextrw", "vpgatherdd", "vpgatherdq", "vpgatherqd", "vpgatherqq", "vphaddbd", "vphaddbq", "vphaddbw", "vphaddd", "vphadddq", "vphaddsw", "vphaddubd", "vphaddubq", "vphaddubw", "vphaddudq", "vphadduwd", "vphadduwq", "vphaddw", "vphaddwd", "vphaddwq", "vphminposuw", "vphsubbw", "vphsubd", "vphsubdq", "vphsubsw", "vphsubw", "vphsubwd", "vpinsrb", "vpinsrd", "vpinsrq", "vpinsrw", "vplzcntd", "vplzcntq", "vpmacsdd", "vpmacsdqh", "vpmacsdql", "vpmacssdd", "vpmacssdqh", "vpmacssdql", "vpmacsswd", "vpmacssww", "vpmacswd", "vpmacsww", "vpmadcsswd", "vpmadcswd", "vpmadd52huq", "vpmadd52luq", "vpmaddubsw", "vpmaddwd", "vpmaskmovd", "vpmaskmovq", "vpmaxsb", "vpmaxsd", "vpmaxsq", "vpmaxsw", "vpmaxub", "vpmaxud", "vpmaxuq", "vpmaxuw", "vpminsb", "vpminsd", "vpminsq", "vpminsw", "vpminub", "vpminud", "vpminuq", "vpminuw", "vpmovb2m", "vpmovd2m", "vpmovdb", "vpmovdw", "vpmovm2b", "vpmovm2d", "vpmovm2q", "vpmovm2w", "vpmovmskb", "vpmovq2m", "vpmovqb", "vpmovqd", "vpmovqw", "vpmovsdb", "vpmovsdw", "vpmovsqb", "vpmovsqd", "vpmovsqw", "vpmovswb", "vpmovsxbd", "vpmovsxbq", "vpmovsxbw", "vpmovsxdq", "vpmovsxwd", "vpmovsxwq", "vpmovusdb", "vpmovusdw", "vpmovusqb", "vpmovusqd", "vpmovusqw", "vpmovuswb", "vpmovw2m", "vpmovwb", "vpmovzxbd", "vpmovzxbq", "vpmovzxbw", "vpmovzxdq", "vpmovzxwd", "vpmovzxwq", "vpmuldq", "vpmulhrsw", "vpmulhuw", "vpmulhw", "vpmulld", "vpmullq", "vpmullw", "vpmultishiftqb", "vpmuludq", "vpopcntb", "vpopcntd", "vpopcntq", "vpopcntw", "vpor", "vpord", "vporq", "vpperm", "vprold", "vprolq", "vprolvd", "vprolvq", "vprord", "vprorq", "vprorvd", "vprorvq", "vprotb", "vprotd", "vprotq", "vprotw", "vpsadbw", "vpscatterdd", "vpscatterdq", "vpscatterqd", "vpscatterqq", "vpshab", "vpshad", "vpshaq", "vpshaw", "vpshlb", "vpshld", "vpshldd", "vpshldq", "vpshldvd", "vpshldvq", "vpshldvw", "vpshldw", "vpshlq", "vpshlw", "vpshrdd", "vpshrdq", "vpshrdvd", "vpshrdvq", "vpshrdvw", "vpshrdw", "vpshufb", "vpshufbitqmb", "vpshufd", "vpshufhw", "vpshuflw", "vpsignb", "vpsignd", "vpsignw", "vpslld", "vpslldq", "vpsllq", "vpsllvd", "vpsllvq", "vpsllvw", "vpsllw", "vpsrad", "vpsraq", "vpsravd", "vpsravq", "vpsravw", "vpsraw", "vpsrld", "vpsrldq", "vpsrlq", "vpsrlvd", "vpsrlvq", "vpsrlvw", "vpsrlw", "vpsubb", "vpsubd", "vpsubq", "vpsubsb", "vpsubsw", "vpsubusb", "vpsubusw", "vpsubw", "vpternlogd", "vpternlogq", "vptest", "vptestmb", "vptestmd", "vptestmq", "vptestmw", "vptestnmb", "vptestnmd", "vptestnmq", "vptestnmw", "vpunpckhbw", "vpunpckhdq", "vpunpckhqdq", "vpunpckhwd", "vpunpcklbw", "vpunpckldq", "vpunpcklqdq", "vpunpcklwd", "vpxor", "vpxord", "vpxorq", "vrangepd", "vrangeps", "vrangesd", "vrangess", "vrcp14pd", "vrcp14ps", "vrcp14sd", "vrcp14ss", "vrcp28pd", "vrcp28ps", "vrcp28sd", "vrcp28ss", "vrcpps", "vrcpss", "vreducepd", "vreduceps", "vreducesd", "vreducess", "vrndscalepd", "vrndscaleps", "vrndscalesd", "vrndscaless", "vroundpd", "vroundps", "vroundsd", "vroundss", "vrsqrt14pd", "vrsqrt14ps", "vrsqrt14sd", "vrsqrt14ss", "vrsqrt28pd", "vrsqrt28ps", "vrsqrt28sd", "vrsqrt28ss", "vrsqrtps", "vrsqrtss", "vscalefpd", "vscalefps", "vscalefsd", "vscalefss", "vscatterdpd", "vscatterdps", "vscatterpf0dpd", "vscatterpf0dps", "vscatterpf0qpd", "vscatterpf0qps", "vscatterpf1dpd", "vscatterpf1dps", "vscatterpf1qpd", "vscatterpf1qps", "vscatterqpd", "vscatterqps", "vshuff32x4", "vshuff64x2", "vshufi32x4", "vshufi64x2", "vshufpd", "vshufps", "vsqrtpd", "vsqrtps", "vsqrtsd", "vsqrtss", "vstmxcsr", "vsubpd", "vsubps", "vsubsd", "vsubss", "vtestpd", "vtestps", "vucomisd", "vucomiss", "vunpckhpd", "vunpckhps", "vunpcklpd", "vunpcklps", "vxorpd", "vxorps", "vzeroall", "vzeroupper", "wait", "wbinvd", "wbnoinvd", "wrfsbase", "wrgsbase", "wrmsr", "wrpkru", "wrssd", "wrssq", "wrussd", "wrussq", "xabort", "xadd", "xbegin", "xbts", "xchg", "xcryptcbc", "xcryptcfb", "xcryptctr", "xcryptecb", "xcryptofb", "xend", "xgetbv", "xlatb", "xor", "xorpd", "xorps", "xrstor", "xrstor64", "xrstors", "xrstors64", "xsave", "xsave64", "xsavec", "xsavec64", "xsaveopt", "xsaveopt64", "xsaves", "xsaves64", "xsetbv", "xsha1", "xsha256", "xstore", "xtest", "rmpadjust", "rmpupdate", "psmash", "pvalidate", "serialize", "xsusldtrk", "xresldtrk", "invlpgb", "tlbsync", "vmgexit", "getsecq", "sysexitq", "ldtilecfg", "tilerelease", "sttilecfg", "tilezero", "tileloaddt1", "tilestored", "tileloadd", "tdpbf16ps", "tdpbuud", "tdpbusd", "tdpbsud", "tdpbssd", "sysretq", "fnstdw", "fnstsg", "rdshr", "wrshr", "smint", "dmint", "rdm", "svdc", "rsdc", "svldt", "rsldt", "svts", "rsts", "bb0_reset", "bb1_reset", "cpu_write", "cpu_read", "altinst", "paveb", "paddsiw", "pmagw", "pdistib", "psubsiw", "pmvzb", "pmvnzb", "pmvlzb", "pmvgezb", "pmulhriw", "pmachriw", "ftstp", "frint2", "frichop", "frinear", "undoc", "tdcall", "seamret", "seamops", "seamcall", "aesencwide128kl", "aesdecwide128kl", "aesencwide256kl", "aesdecwide256kl", "loadiwkey", "aesenc128kl", "aesdec128kl", "aesenc256kl", "aesdec256kl", "encodekey128", "encodekey256", "pushad", "popad", "pushfd", "pushfq", "popfd", "popfq", "iretd", "iretq", "int3", "uiret", "testui", "clui", "stui", "senduipi", "hreset", "ccs_hash", "ccs_encrypt", "lkgs", "eretu", "erets", "storeall", "vaddph", "vaddsh", "vcmpph", "vcmpsh", "vcomish", "vcvtdq2ph", "vcvtpd2ph", "vcvtph2dq", "vcvtph2pd", "vcvtph2psx", "vcvtph2qq", "vcvtph2udq", "vcvtph2uqq", "vcvtph2uw", "vcvtph2w", "vcvtps2phx", "vcvtqq2ph", "vcvtsd2sh", "vcvtsh2sd", "vcvtsh2si", "vcvtsh2ss", "vcvtsh2usi", "vcvtsi2sh", "vcvtss2sh", "vcvttph2dq", "vcvttph2qq", "vcvttph2udq", "vcvttph2uqq", "vcvttph2uw", "vcvttph2w", "vcvttsh2si", "vcvttsh2usi", "vcvtudq2ph", "vcvtuqq2ph", "vcvtusi2sh", "vcvtuw2ph", "vcvtw2ph", "vdivph", "vdivsh", "vfcmaddcph", "vfmaddcph", "vfcmaddcsh", "vfmaddcsh", "vfcmulcph", "vfmulcph", "vfcmulcsh", "vfmulcsh", "vfmaddsub132ph", "vfmaddsub213ph", "vfmaddsub231ph", "vfmsubadd132ph", "vfmsubadd213ph", "vfmsubadd231ph", "vfmadd132ph", "vfmadd213ph", "vfmadd231ph", "vfnmadd132ph", "vfnmadd213ph", "vfnmadd231ph", "vfmadd132sh", "vfmadd213sh", "vfmadd231sh", "vfnmadd132sh", "vfnmadd213sh", "vfnmadd231sh", "vfmsub132ph", "vfmsub213ph", "vfmsub231ph", "vfnmsub132ph", "vfnmsub213ph", "vfnmsub231ph", "vfmsub132sh", "vfmsub213sh", "vfmsub231sh", "vfnmsub132sh", "vfnmsub213sh", "vfnmsub231sh", "vfpclassph", "vfpclasssh", "vgetexpph", "vgetexpsh", "vgetmantph", "vgetmantsh", "vmaxph", "vmaxsh", "vminph", "vminsh", "vmovsh", "vmovw", "vmulph", "vmulsh", "vrcpph", "vrcpsh", "vreduceph", "vreducesh", "vrndscaleph", "vrndscalesh", "vrsqrtph", "vrsqrtsh", "vscalefph", "vscalefsh", "vsqrtph", "vsqrtsh", "vsubph", "vsubsh", "vucomish", "rdudbg", "wrudbg", "clevict0", "clevict1", "delay", "jknzd", "jkzd", "kand", "kandn", "kandnr", "kconcath", "kconcatl", "kextract", "kmerge2l1h", "kmerge2l1l", "kmov", "knot", "kor", "kortest", "kxnor", "kxor", "spflt", "tzcnti", "vaddnpd", "vaddnps", "vaddsetsps", "vcvtfxpntdq2ps", "vcvtfxpntpd2dq", "vcvtfxpntpd2udq", "vcvtfxpntps2dq", "vcvtfxpntps2udq", "vcvtfxpntudq2ps", "vexp223ps", "vfixupnanpd", "vfixupnanps", "vfmadd233ps", "vgatherpf0hintdpd", "vgatherpf0hintdps", "vgmaxabsps", "vgmaxpd", "vgmaxps", "vgminpd", "vgminps", "vloadunpackhd", "vloadunpackhpd", "vloadunpackhps", "vloadunpackhq", "vloadunpackld", "vloadunpacklpd", "vloadunpacklps", "vloadunpacklq", "vlog2ps", "vmovnrapd", "vmovnraps", "vmovnrngoapd", "vmovnrngoaps", "vpackstorehd", "vpackstorehpd", "vpackstorehps", "vpackstorehq", "vpackstoreld", "vpackstorelpd", "vpackstorelps", "vpackstorelq", "vpadcd", "vpaddsetcd", "vpaddsetsd", "vpcmpltd", "vpermf32x4", "vpmadd231d", "vpmadd233d", "vpmulhd", "vpmulhud", "vprefetch0", "vprefetch1", "vprefetch2", "vprefetche0", "vprefetche1", "vprefetche2", "vprefetchenta", "vprefetchnta", "vpsbbd", "vpsbbrd", "vpsubrd", "vpsubrsetbd", "vpsubsetbd", "vrcp23ps", "vrndfxpntpd", "vrndfxpntps", "vrsqrt23ps", "vscaleps", "vscatterpf0hintdpd", "vscatterpf0hintdps", "vsubrpd", "vsubrps", "xsha512", "xstore_alt", "xsha512_alt", "zero_bytes", "aadd", "aand", "aor", "axor", "cmpbexadd", "cmpbxadd", "cmplexadd", "cmplxadd", "cmpnbexadd", "cmpnbxadd", "cmpnlexadd", "cmpnlxadd", "cmpnoxadd", "cmpnpxadd", "cmpnsxadd", "cmpnzxadd", "cmpoxadd", "cmppxadd", "cmpsxadd", "cmpzxadd", "prefetchit0", "prefetchit1", "rdmsrlist", "rmpquery", "tdpfp16ps", "vbcstnebf162ps", "vbcstnesh2ps", "vcvtneebf162ps", "vcvtneeph2ps", "vcvtneobf162ps", "vcvtneoph2ps", "vpdpbssd", "vpdpbssds", "vpdpbsud", "vpdpbsuds", "vpdpbuud", "vpdpbuuds", "wrmsrlist", "wrmsrns", "tcmmrlfp16ps", "tcmmimfp16ps", "pbndkb", "vpdpwsud", "vpdpwsuds", "vpdpwusd", "vpdpwusds", "vpdpwuud", "vpdpwuuds", "vsha512msg1", "vsha512msg2", "vsha512rnds2", "vsm3msg1", "vsm3msg2", "vsm3rnds2", "vsm4key4", "vsm4rnds4"];
