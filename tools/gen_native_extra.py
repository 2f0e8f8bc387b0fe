#!/usr/bin/env python3
"""Vectors for the native x86-64 encoder (src/verify/native_x86.rs) beyond rows.txt.

rows.txt only holds forms whose GNU `as` bytes equal `go tool asm`'s. The native encoder
matters most for the others: the forms listed in tests/vectors/amd64/known_gaps.txt (VEX
register moves, `vmovq`, `vpextrw r32`, `int3`, `nop`, `mov r64, imm` that Go shortens,
16-bit lock/rep prefix order, shift counts > 127, ...) and a few more that compilers emit.
This script assembles each instance with GNU `as --64` (`.intel_syntax noprefix`), reads its
bytes from the object file (symbol fields are zero there, as the encoder writes them), and
writes tests/vectors/amd64/native_extra.txt as `intel text | - | hex`.

Usage: tools/gen_native_extra.py [--no-write]
Needs: GNU as, nm, objcopy.
"""

import itertools
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests/vectors/amd64/native_extra.txt")

XMM = ["xmm0", "xmm1", "xmm7", "xmm8", "xmm9", "xmm15"]
YMM = [x.replace("xmm", "ymm") for x in XMM]
GPR32 = ["eax", "ecx", "esi", "r8d", "r13d", "r15d"]
GPR64 = ["rax", "rcx", "rsp", "rbp", "r8", "r12", "r13", "r15"]
MEMS = ["[rdi]", "[rsi+rcx*4+8]", "[r12+r13*8-128]", "[rsp+16]", "[rbp+1024]", "[r13]",
        "[rax+r9*2]", "[r8+1]"]


def pairs(regs):
    return [(a, b) for a, b in itertools.product(regs, regs)]


def instances():
    out = []
    add = out.append
    # VEX register-register moves: GNU uses the load opcode, or the store opcode when that
    # allows the 2-byte VEX prefix; Go always the store opcode.
    for m in ["vmovaps", "vmovups", "vmovapd", "vmovupd", "vmovdqa", "vmovdqu"]:
        for a, b in pairs(XMM[::2] + XMM[3:4]):
            add(f"{m} {a}, {b}")
        for a, b in pairs(YMM[::2] + YMM[3:4]):
            add(f"{m} {a}, {b}")
    for m in ["vmovss", "vmovsd"]:
        for a, b, c in [("xmm0", "xmm1", "xmm2"), ("xmm8", "xmm1", "xmm2"),
                        ("xmm0", "xmm9", "xmm2"), ("xmm0", "xmm1", "xmm10"),
                        ("xmm15", "xmm14", "xmm13"), ("xmm3", "xmm3", "xmm8")]:
            add(f"{m} {a}, {b}, {c}")
    for x in XMM:
        for mm in MEMS[:4]:
            add(f"vmovq {x}, QWORD PTR {mm}")
            add(f"vmovq QWORD PTR {mm}, {x}")
            add(f"movq {x}, QWORD PTR {mm}")
            add(f"movq QWORD PTR {mm}, {x}")
    for a, b in pairs(XMM[::2] + XMM[3:4]):
        add(f"vmovq {a}, {b}")
        add(f"movq {a}, {b}")
    for r, x in itertools.product(GPR32, XMM[::2]):
        add(f"vpextrw {r}, {x}, 3")
        add(f"pextrw {r}, {x}, 7")
    add("int3")
    add("nop")
    add("int 3")
    # mov r64, imm: GNU keeps REX.W c7 (or movabs) where Go shortens to MOVL.
    for r in ["rax", "r12", "rdx", "rbx", "r9"]:
        for v in ["1", "100000", "2147483647", "2147483648", "-1", "-2147483648", "0"]:
            add(f"mov {r}, {v}")
        add(f"movabs {r}, 1")
        add(f"movabs {r}, 0x123456789abcdef0")
    # 16-bit operations with lock/rep: GNU puts 66 before f0/f3.
    for m in ["bts", "btr", "btc"]:
        add(f"lock {m} WORD PTR [rdi], di")
        add(f"lock {m} WORD PTR [rdi], 15")
    for m in ["add", "xadd", "cmpxchg", "xchg"]:
        add(f"lock {m} WORD PTR [rsi+8], r9w")
    add("lock inc WORD PTR [rdi]")
    for m in ["movsw", "stosw", "lodsw", "movsb", "movsd", "movsq", "stosq", "cmpsb",
              "cmpsw", "scasw"]:
        add(f"rep {m}" if not m.startswith(("cmps", "scas")) else f"repe {m}")
        add(m)
    add("repne scasw")
    # Shift counts above 127 and extractps indices above 3 (Go takes them signed / 2-bit).
    for m in ["psllw", "pslld", "psllq", "psrlw", "psrld", "psrlq", "psraw", "psrad",
              "pslldq", "psrldq"]:
        add(f"{m} xmm3, 200")
        add(f"v{m} xmm3, xmm9, 255")
        add(f"v{m} ymm3, ymm9, 128")
    for i in [4, 7, 255]:
        add(f"extractps eax, xmm1, {i}")
        add(f"vextractps r9d, xmm12, {i}")
    # Shifts by an implicit 1, and by an explicit 1.
    for m in ["shl", "shr", "sar", "sal", "rol", "ror", "rcl", "rcr"]:
        add(f"{m} eax")
        add(f"{m} r9")
        add(f"{m} BYTE PTR [rdi]")
        add(f"{m} WORD PTR [rsi+2], 1")
    # Compares with an explicit predicate.
    for m in ["cmpps", "cmppd", "cmpss", "cmpsd"]:
        add(f"{m} xmm0, xmm9, 3")
        add(f"{m} xmm10, XMMWORD PTR [rdi]" if m.endswith("p") else f"{m} xmm10, xmm1, 7")
        add(f"v{m} xmm0, xmm1, xmm9, 17")
    add("vcmpps ymm0, ymm1, ymm9, 31")
    add("vcmppd ymm12, ymm1, YMMWORD PTR [rdi], 2")
    # Indirect jumps and calls.
    for t in ["rax", "r11", "QWORD PTR [rax+8]", "QWORD PTR [r12+rcx*8]"]:
        add(f"jmp {t}")
        add(f"call {t}")
    # Other forms compilers emit.
    for line in """
        ret
        ret 8
        leave
        cdq
        cqo
        cdqe
        cwde
        cwd
        cbw
        endbr64
        ud2
        pause
        vzeroupper
        vzeroall
        mfence
        lfence
        sfence
        cpuid
        rdtsc
        push rbx
        push r12
        push 5
        push 1000
        push QWORD PTR [rdi+8]
        pop rbp
        pop r15
        xchg eax, ecx
        xchg ecx, eax
        xchg r8, rax
        xchg rax, r8
        xchg ax, dx
        xchg ecx, edx
        xchg DWORD PTR [rdi], eax
        xchg eax, DWORD PTR [rdi]
        test DWORD PTR [rdi], esi
        test esi, DWORD PTR [rdi]
        test al, 1
        test eax, 256
        test ax, 3
        test rax, -1
        test r9b, 4
        add eax, 0xffffffff
        and ecx, 0xffffff00
        and rax, -16
        add ax, 0xffff
        add al, 200
        sub rsp, 8
        add rsp, 4096
        imul eax, ecx, 1000
        imul r9, QWORD PTR [rdi], -3
        lea rax, [rdi+rsi*2]
        lea eax, [rdi+rsi*8+12]
        lea rax, [rsi*4]
        lea rax, [rbp]
        lea r13, [r13+0]
        lea rax, [rsp]
        mov eax, DWORD PTR fs:[rax]
        mov rax, QWORD PTR fs:40
        mov rax, QWORD PTR fs:0
        mov BYTE PTR [rdi], 255
        mov WORD PTR [rdi], -1
        mov DWORD PTR [rdi+rax*4], 7
        mov QWORD PTR [rdi], -7
        mov ah, bh
        mov al, ah
        movzx eax, ah
        movsx rax, ecx
        movsxd rax, DWORD PTR [rdi]
        movzx eax, WORD PTR [rdi]
        sete al
        setz r9b
        setnae BYTE PTR [rdi]
        cmovz eax, ecx
        cmovnbe r10, QWORD PTR [rsp+8]
        cmovpe eax, edx
        blendvps xmm3, xmm1, xmm0
        pblendvb xmm9, XMMWORD PTR [rdi], xmm0
        vpblendvb ymm0, ymm1, ymm2, ymm3
        vpgatherdd ymm0, DWORD PTR [rdi+ymm1*4], ymm2
        vgatherdpd ymm0, QWORD PTR [rdi+xmm1*8], ymm2
        pclmullqlqdq xmm0, xmm1
        vpclmulhqhqdq xmm0, xmm1, xmm2
        vpclmulqdq xmm0, xmm1, xmm2, 0x11
        prefetcht0 BYTE PTR [rdi+64]
        prefetchnta BYTE PTR [rdi]
        crc32 eax, BYTE PTR [rdi]
        crc32 rax, QWORD PTR [rdi]
        popcnt ax, bx
        tzcnt r9w, WORD PTR [rdi]
        movbe ax, WORD PTR [rdi]
        rorx eax, ecx, 7
        vbroadcastss ymm0, DWORD PTR [rdi]
        vinserti128 ymm0, ymm1, xmm2, 1
        vcvtsi2sd xmm0, xmm0, rax
        vcvtsi2ss xmm0, xmm0, DWORD PTR [rdi]
        cvtsi2sd xmm1, QWORD PTR [rdi]
        movss xmm0, DWORD PTR .LC0[rip]
        movsd xmm1, QWORD PTR .LC1[rip+8]
        lea rax, .LC2[rip]
        vmovdqa ymm0, YMMWORD PTR .LCPI0_1[rip]
        cmp DWORD PTR counter[rip], 5
        mov eax, DWORD PTR table[0+rax*4]
        mov eax, OFFSET FLAT:table
        mov rax, OFFSET FLAT:table
        movabs rax, OFFSET FLAT:table
        nop DWORD PTR [rax]
        nop DWORD PTR [rax+rax*1+0x0]
        nop WORD PTR cs:[rax+rax*1+0x0]
        mov eax, DWORD PTR [rip+16]
        mov ecx, DWORD PTR gs:[r8+rax*4-4]
        nop WORD PTR [rax+rax]
        xlat
    """.strip().splitlines():
        add(line.strip())
    return out


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def assemble(texts, tmp):
    src = [".intel_syntax noprefix", ".text"]
    for i, t in enumerate(texts):
        src += [f"c{i}:", "\t" + t]
    src.append("cend:")
    path = os.path.join(tmp, "x.s")
    open(path, "w").write("\n".join(src) + "\n")
    obj = os.path.join(tmp, "x.o")
    r = run(["as", "--64", "-o", obj, path])
    if r.returncode != 0 or "Warning" in r.stderr:
        raise SystemExit("as:\n" + r.stderr)
    syms = {}
    for line in run(["nm", obj]).stdout.splitlines():
        f = line.split()
        if len(f) == 3:
            syms[f[2]] = int(f[0], 16)
    run(["objcopy", "-O", "binary", "-j", ".text", obj, os.path.join(tmp, "x.bin")])
    blob = open(os.path.join(tmp, "x.bin"), "rb").read()
    out = []
    for i in range(len(texts)):
        hi = syms[f"c{i + 1}"] if i + 1 < len(texts) else syms["cend"]
        out.append(blob[syms[f"c{i}"]:hi])
    return out


def main():
    texts = list(dict.fromkeys(instances()))
    with tempfile.TemporaryDirectory() as tmp:
        blobs = assemble(texts, tmp)
    lines = ["# Generated by tools/gen_native_extra.py; do not edit.",
             "# intel text | - | hex (GNU as --64 bytes; symbol fields are zero, as in the .o)"]
    for t, b in zip(texts, blobs):
        lines.append(f"{t} | - | {b.hex()}")
    if "--no-write" in sys.argv:
        print("\n".join(lines))
    else:
        open(OUT, "w").write("\n".join(lines) + "\n")
        print(f"wrote {len(texts)} vectors to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
