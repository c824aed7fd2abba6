<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 413 bytes)
  ; 1: def add(a, b):
         0:  push rbp
         1:  mov rbp, rsp
         4:  sub rsp, 96
         8:  lea r10, [rip + pyaot_recursion_depth]
         f:  mov r11, qword ptr [r10]
        12:  add r11, 1
        16:  mov qword ptr [r10], r11
        19:  cmp r11, 1000
        20:  jg 0x104
        26:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
        2d:  jb 0x104
        33:  lea r10, [rip + pyaot.__main__.1.add.obj]
        3a:  mov qword ptr [rsp + 16], r10
        3f:  lea r10, [rip + pyaot.__main__.globals]
        46:  mov r11, qword ptr [rsp + 16]
        4b:  mov qword ptr [r10], r11
  ; 5: print(add(1, 2))
        4e:  lea r10, [rip + pyaot.__main__.globals]
        55:  mov r11, qword ptr [r10]
        58:  cmp r11, 0
        5c:  je 0x10e
        62:  mov qword ptr [rsp + 24], r11
        67:  mov r10, qword ptr [rsp + 24]
        6c:  lea r11, [rip + pyaot.__main__.1.add.obj]
        73:  cmp r10, r11
        76:  jne 0x11f
        7c:  mov edi, 3
        81:  mov esi, 5
        86:  call pyaot.__main__.1.add
        8b:  cmp rax, 0
        8f:  je 0x15b
        95:  mov qword ptr [rsp + 48], rax
        9a:  mov r10d, 0
        a0:  mov qword ptr [rsp + 56], r10
        a5:  mov r10d, 0
        ab:  mov qword ptr [rsp + 64], r10
        b0:  mov r10, qword ptr [rsp + 48]
        b5:  mov qword ptr [rsp], r10
        b9:  lea rdi, [rsp]
        bd:  mov esi, 1
        c2:  mov rdx, qword ptr [rsp + 56]
        c7:  mov rcx, qword ptr [rsp + 64]
        cc:  call pyaot_print
        d1:  cmp rax, 0
        d5:  je 0x165
        db:  mov qword ptr [rsp + 72], rax
        e0:  lea r10, [rip + pyaot_None]
        e7:  mov qword ptr [rsp + 80], r10
        ec:  mov rax, qword ptr [rsp + 80]
        f1:  lea r10, [rip + pyaot_recursion_depth]
        f8:  mov r11, qword ptr [r10]
        fb:  add r11, -1
        ff:  mov qword ptr [r10], r11
       102:  leave
       103:  ret
       104:  call pyaot_recursion_error
       109:  jmp 0x185
       10e:  lea rdi, [rip + pyaot.__main__.str.0]
       115:  call pyaot_name_error
       11a:  jmp 0x16f
       11f:  mov r10d, 3
       125:  mov qword ptr [rsp], r10
       129:  mov r10d, 5
       12f:  mov qword ptr [rsp + 8], r10
       134:  mov rdi, qword ptr [rsp + 24]
       139:  lea rsi, [rsp]
       13d:  mov edx, 2
       142:  call pyaot_call
       147:  cmp rax, 0
       14b:  je 0x15b
       151:  mov qword ptr [rsp + 48], rax
       156:  jmp 0x9a
       15b:  mov esi, 0
       160:  jmp 0x179
       165:  mov esi, 1
       16a:  jmp 0x179
       16f:  mov esi, 2
       174:  jmp 0x179
       179:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       180:  call pyaot_traceback_add
       185:  mov eax, 0
       18a:  lea r10, [rip + pyaot_recursion_depth]
       191:  mov r11, qword ptr [r10]
       194:  add r11, -1
       198:  mov qword ptr [r10], r11
       19b:  leave
       19c:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1a0, 217 bytes)
  ; 1: def add(a, b):
       1a0:  push rbp
       1a1:  mov rbp, rsp
       1a4:  sub rsp, 32
       1a8:  lea r10, [rip + pyaot_recursion_depth]
       1af:  mov r11, qword ptr [r10]
       1b2:  add r11, 1
       1b6:  mov qword ptr [r10], r11
       1b9:  cmp r11, 1000
       1c0:  jg 0x21f
       1c6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1cd:  jb 0x21f
       1d3:  mov qword ptr [rsp], rdi
       1d7:  mov qword ptr [rsp + 8], rsi
  ; 2:     return a + b
       1dc:  mov r10, qword ptr [rsp]
       1e0:  mov r11, qword ptr [rsp + 8]
       1e5:  mov r8, r10
       1e8:  and r8, r11
       1eb:  test r8b, 1
       1ef:  je 0x229
       1f5:  lea r8, [r10 - 1]
       1f9:  add r8, r11
       1fc:  jo 0x229
       202:  mov qword ptr [rsp + 16], r8
       207:  mov rax, qword ptr [rsp + 16]
       20c:  lea r10, [rip + pyaot_recursion_depth]
       213:  mov r11, qword ptr [r10]
       216:  add r11, -1
       21a:  mov qword ptr [r10], r11
       21d:  leave
       21e:  ret
       21f:  call pyaot_recursion_error
       224:  jmp 0x261
       229:  mov rdi, qword ptr [rsp]
       22d:  mov rsi, qword ptr [rsp + 8]
       232:  call pyaot_add
       237:  cmp rax, 0
       23b:  je 0x24b
       241:  mov qword ptr [rsp + 16], rax
       246:  jmp 0x207
       24b:  mov esi, 0
       250:  jmp 0x255
       255:  lea rdi, [rip + pyaot.__main__.1.add.info]
       25c:  call pyaot_traceback_add
       261:  mov eax, 0
       266:  lea r10, [rip + pyaot_recursion_depth]
       26d:  mov r11, qword ptr [r10]
       270:  add r11, -1
       274:  mov qword ptr [r10], r11
       277:  leave
       278:  ret

