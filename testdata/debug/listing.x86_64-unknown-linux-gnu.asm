<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 421 bytes)
  ; 1: def add(a, b):
         0:  push rbp
         1:  mov rbp, rsp
         4:  sub rsp, 48
         8:  lea r10, [rip + pyaot_recursion_depth]
         f:  mov r11, qword ptr [r10]
        12:  mov qword ptr [rsp + 40], r11
        17:  add r11, 1
        1b:  mov qword ptr [r10], r11
        1e:  cmp r11, 1000
        25:  jg 0x113
        2b:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
        32:  jb 0x113
        38:  mov r10d, 0
        3e:  xorps xmm0, xmm0
        41:  movups xmmword ptr [rsp], xmm0
        45:  movups xmmword ptr [rsp + 16], xmm0
        4a:  lea r10, [rip + pyaot.__main__.1.add.obj]
        51:  mov qword ptr [rsp + 32], r10
        56:  lea r10, [rip + pyaot.__main__.globals]
        5d:  mov r11, qword ptr [rsp + 32]
        62:  mov qword ptr [r10], r11
  ; 5: print(add(1, 2))
        65:  lea r10, [rip + pyaot.__main__.globals]
        6c:  mov r11, qword ptr [r10]
        6f:  cmp r11, 0
        73:  je 0x11d
        79:  mov qword ptr [rsp + 32], r11
        7e:  mov r10, r11
        81:  lea r11, [rip + pyaot.__main__.1.add.obj]
        88:  cmp r10, r11
        8b:  jne 0x12e
        91:  mov edi, 3
        96:  mov esi, 5
        9b:  call pyaot.__main__.1.add
        a0:  cmp rax, 0
        a4:  je 0x165
        aa:  mov qword ptr [rsp + 32], rax
        af:  mov r10d, 0
        b5:  mov qword ptr [rsp + 16], r10
        ba:  mov r10d, 0
        c0:  mov qword ptr [rsp + 24], r10
        c5:  mov r10, rax
        c8:  mov qword ptr [rsp], r10
        cc:  lea rdi, [rsp]
        d0:  mov esi, 1
        d5:  mov rdx, qword ptr [rsp + 16]
        da:  mov rcx, qword ptr [rsp + 24]
        df:  call pyaot_print
        e4:  cmp rax, 0
        e8:  je 0x16f
        ee:  mov qword ptr [rsp + 32], rax
        f3:  lea r10, [rip + pyaot_None]
        fa:  mov qword ptr [rsp + 32], r10
        ff:  mov rax, r10
       102:  lea r10, [rip + pyaot_recursion_depth]
       109:  mov r11, qword ptr [rsp + 40]
       10e:  mov qword ptr [r10], r11
       111:  leave
       112:  ret
       113:  call pyaot_recursion_error
       118:  jmp 0x18f
       11d:  lea rdi, [rip + pyaot.__main__.str.0]
       124:  call pyaot_name_error
       129:  jmp 0x179
       12e:  mov r10d, 3
       134:  mov qword ptr [rsp], r10
       138:  mov r10d, 5
       13e:  mov qword ptr [rsp + 8], r10
       143:  mov rdi, qword ptr [rsp + 32]
       148:  lea rsi, [rsp]
       14c:  mov edx, 2
       151:  call pyaot_call
       156:  cmp rax, 0
       15a:  je 0x165
       160:  jmp 0xaa
       165:  mov esi, 0
       16a:  jmp 0x183
       16f:  mov esi, 1
       174:  jmp 0x183
       179:  mov esi, 2
       17e:  jmp 0x183
       183:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       18a:  call pyaot_traceback_add
       18f:  mov eax, 0
       194:  lea r10, [rip + pyaot_recursion_depth]
       19b:  mov r11, qword ptr [rsp + 40]
       1a0:  mov qword ptr [r10], r11
       1a3:  leave
       1a4:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1b0, 222 bytes)
  ; 1: def add(a, b):
       1b0:  push rbp
       1b1:  mov rbp, rsp
       1b4:  sub rsp, 32
       1b8:  lea r10, [rip + pyaot_recursion_depth]
       1bf:  mov r11, qword ptr [r10]
       1c2:  mov qword ptr [rsp + 24], r11
       1c7:  add r11, 1
       1cb:  mov qword ptr [r10], r11
       1ce:  cmp r11, 1000
       1d5:  jg 0x22d
       1db:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1e2:  jb 0x22d
       1e8:  mov qword ptr [rsp], rdi
       1ec:  mov qword ptr [rsp + 8], rsi
  ; 2:     return a + b
       1f1:  mov r10, rdi
       1f4:  mov r11, rsi
       1f7:  mov r8, r10
       1fa:  and r8, r11
       1fd:  test r8b, 1
       201:  je 0x237
       207:  lea r8, [r10 - 1]
       20b:  add r8, r11
       20e:  jo 0x237
       214:  mov qword ptr [rsp + 16], r8
       219:  mov rax, r8
       21c:  lea r10, [rip + pyaot_recursion_depth]
       223:  mov r11, qword ptr [rsp + 24]
       228:  mov qword ptr [r10], r11
       22b:  leave
       22c:  ret
       22d:  call pyaot_recursion_error
       232:  jmp 0x278
       237:  mov r10d, 0
       23d:  mov qword ptr [rsp + 16], r10
       242:  mov rdi, qword ptr [rsp]
       246:  mov rsi, qword ptr [rsp + 8]
       24b:  call pyaot_add
       250:  cmp rax, 0
       254:  je 0x262
       25a:  mov r8, rax
       25d:  jmp 0x214
       262:  mov esi, 0
       267:  jmp 0x26c
       26c:  lea rdi, [rip + pyaot.__main__.1.add.info]
       273:  call pyaot_traceback_add
       278:  mov eax, 0
       27d:  lea r10, [rip + pyaot_recursion_depth]
       284:  mov r11, qword ptr [rsp + 24]
       289:  mov qword ptr [r10], r11
       28c:  leave
       28d:  ret

