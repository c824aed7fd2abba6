<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 454 bytes)
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
        fe:  je 0x18e
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
       132:  jmp 0x1ae
       137:  lea rdi, [rip + pyaot.__main__.str.0]
       13e:  call pyaot_name_error
       143:  jmp 0x198
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
       184:  mov esi, 0
       189:  jmp 0x1a2
       18e:  mov esi, 1
       193:  jmp 0x1a2
       198:  mov esi, 2
       19d:  jmp 0x1a2
       1a2:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       1a9:  call pyaot_traceback_add
       1ae:  mov eax, 0
       1b3:  lea r10, [rip + pyaot_recursion_depth]
       1ba:  mov r11, qword ptr [r10]
       1bd:  add r11, -1
       1c1:  mov qword ptr [r10], r11
       1c4:  leave
       1c5:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1d0, 231 bytes)
  ; 1: def add(a, b):
       1d0:  push rbp
       1d1:  mov rbp, rsp
       1d4:  sub rsp, 32
       1d8:  lea r10, [rip + pyaot_recursion_depth]
       1df:  mov r11, qword ptr [r10]
       1e2:  add r11, 1
       1e6:  mov qword ptr [r10], r11
       1e9:  cmp r11, 1000
       1f0:  jg 0x25d
       1f6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1fd:  jb 0x25d
       203:  mov qword ptr [rsp], rdi
       207:  mov qword ptr [rsp + 8], rsi
       20c:  mov r10d, 0
       212:  xorps xmm0, xmm0
       215:  movups xmmword ptr [rsp + 16], xmm0
  ; 2:     return a + b
       21a:  mov r10, qword ptr [rsp]
       21e:  mov r11, qword ptr [rsp + 8]
       223:  mov r8, r10
       226:  and r8, r11
       229:  test r8b, 1
       22d:  je 0x267
       233:  lea r8, [r10 - 1]
       237:  add r8, r11
       23a:  jo 0x267
       240:  mov qword ptr [rsp + 16], r8
       245:  mov rax, qword ptr [rsp + 16]
       24a:  lea r10, [rip + pyaot_recursion_depth]
       251:  mov r11, qword ptr [r10]
       254:  add r11, -1
       258:  mov qword ptr [r10], r11
       25b:  leave
       25c:  ret
       25d:  call pyaot_recursion_error
       262:  jmp 0x29f
       267:  mov rdi, qword ptr [rsp]
       26b:  mov rsi, qword ptr [rsp + 8]
       270:  call pyaot_add
       275:  cmp rax, 0
       279:  je 0x289
       27f:  mov qword ptr [rsp + 16], rax
       284:  jmp 0x245
       289:  mov esi, 0
       28e:  jmp 0x293
       293:  lea rdi, [rip + pyaot.__main__.1.add.info]
       29a:  call pyaot_traceback_add
       29f:  mov eax, 0
       2a4:  lea r10, [rip + pyaot_recursion_depth]
       2ab:  mov r11, qword ptr [r10]
       2ae:  add r11, -1
       2b2:  mov qword ptr [r10], r11
       2b5:  leave
       2b6:  ret

