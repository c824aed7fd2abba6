<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 434 bytes)
  ; 1: def add(a, b):
         0:  push rbp
         1:  mov rbp, rsp
         4:  sub rsp, 96
         8:  lea r10, [rip + pyaot_recursion_depth]
         f:  mov r11, qword ptr [r10]
        12:  add r11, 1
        16:  mov qword ptr [r10], r11
        19:  cmp r11, 1000
        20:  jg 0x12d
        26:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
        2d:  jb 0x12d
        33:  mov r10d, 0
        39:  xorps xmm0, xmm0
        3c:  movups xmmword ptr [rsp], xmm0
        40:  xorps xmm0, xmm0
        43:  movups xmmword ptr [rsp + 16], xmm0
        48:  movups xmmword ptr [rsp + 32], xmm0
        4d:  movups xmmword ptr [rsp + 48], xmm0
        52:  movups xmmword ptr [rsp + 64], xmm0
        57:  movups xmmword ptr [rsp + 80], xmm0
        5c:  lea r10, [rip + pyaot.__main__.1.add.obj]
        63:  mov qword ptr [rsp + 16], r10
        68:  lea r10, [rip + pyaot.__main__.globals]
        6f:  mov r11, qword ptr [rsp + 16]
        74:  mov qword ptr [r10], r11
  ; 5: print(add(1, 2))
        77:  lea r10, [rip + pyaot.__main__.globals]
        7e:  mov r11, qword ptr [r10]
        81:  cmp r11, 0
        85:  je 0x137
        8b:  mov qword ptr [rsp + 24], r11
        90:  mov r10, qword ptr [rsp + 24]
        95:  lea r11, [rip + pyaot.__main__.1.add.obj]
        9c:  cmp r10, r11
        9f:  jne 0x148
        a5:  mov edi, 3
        aa:  mov esi, 5
        af:  call pyaot.__main__.1.add
        b4:  cmp rax, 0
        b8:  je 0x184
        be:  mov qword ptr [rsp + 48], rax
        c3:  mov r10d, 0
        c9:  mov qword ptr [rsp + 56], r10
        ce:  mov r10d, 0
        d4:  mov qword ptr [rsp + 64], r10
        d9:  mov r10, qword ptr [rsp + 48]
        de:  mov qword ptr [rsp], r10
        e2:  lea rdi, [rsp]
        e6:  mov esi, 1
        eb:  mov rdx, qword ptr [rsp + 56]
        f0:  mov rcx, qword ptr [rsp + 64]
        f5:  call pyaot_print
        fa:  cmp rax, 0
        fe:  je 0x184
       104:  mov qword ptr [rsp + 72], rax
       109:  lea r10, [rip + pyaot_None]
       110:  mov qword ptr [rsp + 80], r10
       115:  mov rax, qword ptr [rsp + 80]
       11a:  lea r10, [rip + pyaot_recursion_depth]
       121:  mov r11, qword ptr [r10]
       124:  add r11, -1
       128:  mov qword ptr [r10], r11
       12b:  leave
       12c:  ret
       12d:  call pyaot_recursion_error
       132:  jmp 0x19a
       137:  lea rdi, [rip + pyaot.__main__.str.0]
       13e:  call pyaot_name_error
       143:  jmp 0x184
       148:  mov r10d, 3
       14e:  mov qword ptr [rsp], r10
       152:  mov r10d, 5
       158:  mov qword ptr [rsp + 8], r10
       15d:  mov rdi, qword ptr [rsp + 24]
       162:  lea rsi, [rsp]
       166:  mov edx, 2
       16b:  call pyaot_call
       170:  cmp rax, 0
       174:  je 0x184
       17a:  mov qword ptr [rsp + 48], rax
       17f:  jmp 0xc3
       184:  mov esi, 5
       189:  jmp 0x18e
       18e:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       195:  call pyaot_traceback_add
       19a:  mov eax, 0
       19f:  lea r10, [rip + pyaot_recursion_depth]
       1a6:  mov r11, qword ptr [r10]
       1a9:  add r11, -1
       1ad:  mov qword ptr [r10], r11
       1b0:  leave
       1b1:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1c0, 231 bytes)
  ; 1: def add(a, b):
       1c0:  push rbp
       1c1:  mov rbp, rsp
       1c4:  sub rsp, 32
       1c8:  lea r10, [rip + pyaot_recursion_depth]
       1cf:  mov r11, qword ptr [r10]
       1d2:  add r11, 1
       1d6:  mov qword ptr [r10], r11
       1d9:  cmp r11, 1000
       1e0:  jg 0x24d
       1e6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1ed:  jb 0x24d
       1f3:  mov qword ptr [rsp], rdi
       1f7:  mov qword ptr [rsp + 8], rsi
       1fc:  mov r10d, 0
       202:  xorps xmm0, xmm0
       205:  movups xmmword ptr [rsp + 16], xmm0
  ; 2:     return a + b
       20a:  mov r10, qword ptr [rsp]
       20e:  mov r11, qword ptr [rsp + 8]
       213:  mov r8, r10
       216:  and r8, r11
       219:  test r8b, 1
       21d:  je 0x257
       223:  lea r8, [r10 - 1]
       227:  add r8, r11
       22a:  jo 0x257
       230:  mov qword ptr [rsp + 16], r8
       235:  mov rax, qword ptr [rsp + 16]
       23a:  lea r10, [rip + pyaot_recursion_depth]
       241:  mov r11, qword ptr [r10]
       244:  add r11, -1
       248:  mov qword ptr [r10], r11
       24b:  leave
       24c:  ret
       24d:  call pyaot_recursion_error
       252:  jmp 0x28f
       257:  mov rdi, qword ptr [rsp]
       25b:  mov rsi, qword ptr [rsp + 8]
       260:  call pyaot_add
       265:  cmp rax, 0
       269:  je 0x279
       26f:  mov qword ptr [rsp + 16], rax
       274:  jmp 0x235
       279:  mov esi, 2
       27e:  jmp 0x283
       283:  lea rdi, [rip + pyaot.__main__.1.add.info]
       28a:  call pyaot_traceback_add
       28f:  mov eax, 0
       294:  lea r10, [rip + pyaot_recursion_depth]
       29b:  mov r11, qword ptr [r10]
       29e:  add r11, -1
       2a2:  mov qword ptr [r10], r11
       2a5:  leave
       2a6:  ret

