<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 423 bytes)
  ; 1: def add(a, b):
         0:  push rbp
         1:  mov rbp, rsp
         4:  sub rsp, 96
         8:  lea r10, [rip + pyaot_recursion_depth]
         f:  mov r11, qword ptr [r10]
        12:  add r11, 1
        16:  mov qword ptr [r10], r11
        19:  cmp r11, 1000
        20:  jg 0x11a
        26:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
        2d:  jb 0x11a
        33:  lea r10, [rip + pyaot.__main__.add.1.obj]
        3a:  mov qword ptr [rsp + 16], r10
        3f:  lea r10, [rip + pyaot.__main__.globals]
        46:  mov r11, qword ptr [rsp + 16]
        4b:  mov qword ptr [r10], r11
  ; 5: print(add(1, 2))
        4e:  lea r10, [rip + pyaot.__main__.globals]
        55:  mov r11, qword ptr [r10]
        58:  cmp r11, 0
        5c:  je 0x124
        62:  mov qword ptr [rsp + 24], r11
        67:  mov r10d, 3
        6d:  mov qword ptr [rsp + 32], r10
        72:  mov r10d, 5
        78:  mov qword ptr [rsp + 40], r10
        7d:  mov r10, qword ptr [rsp + 24]
        82:  lea r11, [rip + pyaot.__main__.add.1.obj]
        89:  cmp r10, r11
        8c:  jne 0x135
        92:  mov rdi, qword ptr [rsp + 32]
        97:  mov rsi, qword ptr [rsp + 40]
        9c:  call pyaot.__main__.add.1
        a1:  cmp rax, 0
        a5:  je 0x16f
        ab:  mov qword ptr [rsp + 48], rax
        b0:  mov r10d, 0
        b6:  mov qword ptr [rsp + 56], r10
        bb:  mov r10d, 0
        c1:  mov qword ptr [rsp + 64], r10
        c6:  mov r10, qword ptr [rsp + 48]
        cb:  mov qword ptr [rsp], r10
        cf:  lea rdi, [rsp]
        d3:  mov esi, 1
        d8:  mov rdx, qword ptr [rsp + 56]
        dd:  mov rcx, qword ptr [rsp + 64]
        e2:  call pyaot_print
        e7:  cmp rax, 0
        eb:  je 0x16f
        f1:  mov qword ptr [rsp + 72], rax
        f6:  lea r10, [rip + pyaot_None]
        fd:  mov qword ptr [rsp + 80], r10
       102:  mov rax, qword ptr [rsp + 80]
       107:  lea r10, [rip + pyaot_recursion_depth]
       10e:  mov r11, qword ptr [r10]
       111:  add r11, -1
       115:  mov qword ptr [r10], r11
       118:  leave
       119:  ret
       11a:  call pyaot_recursion_error
       11f:  jmp 0x179
       124:  lea rdi, [rip + pyaot.__main__.str.0]
       12b:  call pyaot_name_error
       130:  jmp 0x16f
       135:  mov r10, qword ptr [rsp + 32]
       13a:  mov qword ptr [rsp], r10
       13e:  mov r10, qword ptr [rsp + 40]
       143:  mov qword ptr [rsp + 8], r10
       148:  mov rdi, qword ptr [rsp + 24]
       14d:  lea rsi, [rsp]
       151:  mov edx, 2
       156:  call pyaot_call
       15b:  cmp rax, 0
       15f:  je 0x16f
       165:  mov qword ptr [rsp + 48], rax
       16a:  jmp 0xb0
       16f:  mov esi, 5
       174:  jmp 0x183
       179:  mov esi, 1
       17e:  jmp 0x183
       183:  lea rdi, [rip + pyaot.__main__.<module>.0.info]
       18a:  call pyaot_traceback_add
       18f:  mov eax, 0
       194:  lea r10, [rip + pyaot_recursion_depth]
       19b:  mov r11, qword ptr [r10]
       19e:  add r11, -1
       1a2:  mov qword ptr [r10], r11
       1a5:  leave
       1a6:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1b0, 227 bytes)
  ; 1: def add(a, b):
       1b0:  push rbp
       1b1:  mov rbp, rsp
       1b4:  sub rsp, 32
       1b8:  lea r10, [rip + pyaot_recursion_depth]
       1bf:  mov r11, qword ptr [r10]
       1c2:  add r11, 1
       1c6:  mov qword ptr [r10], r11
       1c9:  cmp r11, 1000
       1d0:  jg 0x22f
       1d6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1dd:  jb 0x22f
       1e3:  mov qword ptr [rsp], rdi
       1e7:  mov qword ptr [rsp + 8], rsi
  ; 2:     return a + b
       1ec:  mov r10, qword ptr [rsp]
       1f0:  mov r11, qword ptr [rsp + 8]
       1f5:  mov r8, r10
       1f8:  and r8, r11
       1fb:  test r8b, 1
       1ff:  je 0x239
       205:  lea r8, [r10 - 1]
       209:  add r8, r11
       20c:  jo 0x239
       212:  mov qword ptr [rsp + 16], r8
       217:  mov rax, qword ptr [rsp + 16]
       21c:  lea r10, [rip + pyaot_recursion_depth]
       223:  mov r11, qword ptr [r10]
       226:  add r11, -1
       22a:  mov qword ptr [r10], r11
       22d:  leave
       22e:  ret
       22f:  call pyaot_recursion_error
       234:  jmp 0x25b
       239:  mov rdi, qword ptr [rsp]
       23d:  mov rsi, qword ptr [rsp + 8]
       242:  call pyaot_add
       247:  cmp rax, 0
       24b:  je 0x265
       251:  mov qword ptr [rsp + 16], rax
       256:  jmp 0x217
       25b:  mov esi, 1
       260:  jmp 0x26f
       265:  mov esi, 2
       26a:  jmp 0x26f
       26f:  lea rdi, [rip + pyaot.__main__.add.1.info]
       276:  call pyaot_traceback_add
       27b:  mov eax, 0
       280:  lea r10, [rip + pyaot_recursion_depth]
       287:  mov r11, qword ptr [r10]
       28a:  add r11, -1
       28e:  mov qword ptr [r10], r11
       291:  leave
       292:  ret

