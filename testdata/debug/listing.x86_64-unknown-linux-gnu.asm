<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 393 bytes)
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
        d5:  je 0x15b
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
       109:  jmp 0x171
       10e:  lea rdi, [rip + pyaot.__main__.str.0]
       115:  call pyaot_name_error
       11a:  jmp 0x15b
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
       15b:  mov esi, 5
       160:  jmp 0x165
       165:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       16c:  call pyaot_traceback_add
       171:  mov eax, 0
       176:  lea r10, [rip + pyaot_recursion_depth]
       17d:  mov r11, qword ptr [r10]
       180:  add r11, -1
       184:  mov qword ptr [r10], r11
       187:  leave
       188:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x190, 217 bytes)
  ; 1: def add(a, b):
       190:  push rbp
       191:  mov rbp, rsp
       194:  sub rsp, 32
       198:  lea r10, [rip + pyaot_recursion_depth]
       19f:  mov r11, qword ptr [r10]
       1a2:  add r11, 1
       1a6:  mov qword ptr [r10], r11
       1a9:  cmp r11, 1000
       1b0:  jg 0x20f
       1b6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1bd:  jb 0x20f
       1c3:  mov qword ptr [rsp], rdi
       1c7:  mov qword ptr [rsp + 8], rsi
  ; 2:     return a + b
       1cc:  mov r10, qword ptr [rsp]
       1d0:  mov r11, qword ptr [rsp + 8]
       1d5:  mov r8, r10
       1d8:  and r8, r11
       1db:  test r8b, 1
       1df:  je 0x219
       1e5:  lea r8, [r10 - 1]
       1e9:  add r8, r11
       1ec:  jo 0x219
       1f2:  mov qword ptr [rsp + 16], r8
       1f7:  mov rax, qword ptr [rsp + 16]
       1fc:  lea r10, [rip + pyaot_recursion_depth]
       203:  mov r11, qword ptr [r10]
       206:  add r11, -1
       20a:  mov qword ptr [r10], r11
       20d:  leave
       20e:  ret
       20f:  call pyaot_recursion_error
       214:  jmp 0x251
       219:  mov rdi, qword ptr [rsp]
       21d:  mov rsi, qword ptr [rsp + 8]
       222:  call pyaot_add
       227:  cmp rax, 0
       22b:  je 0x23b
       231:  mov qword ptr [rsp + 16], rax
       236:  jmp 0x1f7
       23b:  mov esi, 2
       240:  jmp 0x245
       245:  lea rdi, [rip + pyaot.__main__.1.add.info]
       24c:  call pyaot_traceback_add
       251:  mov eax, 0
       256:  lea r10, [rip + pyaot_recursion_depth]
       25d:  mov r11, qword ptr [r10]
       260:  add r11, -1
       264:  mov qword ptr [r10], r11
       267:  leave
       268:  ret

