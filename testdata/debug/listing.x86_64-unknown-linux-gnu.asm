<module>  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x0, 458 bytes)
  ; 1: def add(a, b):
         0:  push rbp
         1:  mov rbp, rsp
         4:  sub rsp, 96
         8:  lea r10, [rip + pyaot_recursion_depth]
         f:  mov r11, qword ptr [r10]
        12:  add r11, 1
        16:  mov qword ptr [r10], r11
        19:  cmp r11, 1000
        20:  jg 0x145
        26:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
        2d:  jb 0x145
        33:  mov r10d, 0
        39:  mov qword ptr [rsp], r10
        3d:  mov qword ptr [rsp + 8], r10
        42:  mov qword ptr [rsp + 16], r10
        47:  mov qword ptr [rsp + 24], r10
        4c:  mov qword ptr [rsp + 32], r10
        51:  mov qword ptr [rsp + 40], r10
        56:  mov qword ptr [rsp + 48], r10
        5b:  mov qword ptr [rsp + 56], r10
        60:  mov qword ptr [rsp + 64], r10
        65:  mov qword ptr [rsp + 72], r10
        6a:  mov qword ptr [rsp + 80], r10
        6f:  mov qword ptr [rsp + 88], r10
        74:  lea r10, [rip + pyaot.__main__.1.add.obj]
        7b:  mov qword ptr [rsp + 16], r10
        80:  lea r10, [rip + pyaot.__main__.globals]
        87:  mov r11, qword ptr [rsp + 16]
        8c:  mov qword ptr [r10], r11
  ; 5: print(add(1, 2))
        8f:  lea r10, [rip + pyaot.__main__.globals]
        96:  mov r11, qword ptr [r10]
        99:  cmp r11, 0
        9d:  je 0x14f
        a3:  mov qword ptr [rsp + 24], r11
        a8:  mov r10, qword ptr [rsp + 24]
        ad:  lea r11, [rip + pyaot.__main__.1.add.obj]
        b4:  cmp r10, r11
        b7:  jne 0x160
        bd:  mov edi, 3
        c2:  mov esi, 5
        c7:  call pyaot.__main__.1.add
        cc:  cmp rax, 0
        d0:  je 0x19c
        d6:  mov qword ptr [rsp + 48], rax
        db:  mov r10d, 0
        e1:  mov qword ptr [rsp + 56], r10
        e6:  mov r10d, 0
        ec:  mov qword ptr [rsp + 64], r10
        f1:  mov r10, qword ptr [rsp + 48]
        f6:  mov qword ptr [rsp], r10
        fa:  lea rdi, [rsp]
        fe:  mov esi, 1
       103:  mov rdx, qword ptr [rsp + 56]
       108:  mov rcx, qword ptr [rsp + 64]
       10d:  call pyaot_print
       112:  cmp rax, 0
       116:  je 0x19c
       11c:  mov qword ptr [rsp + 72], rax
       121:  lea r10, [rip + pyaot_None]
       128:  mov qword ptr [rsp + 80], r10
       12d:  mov rax, qword ptr [rsp + 80]
       132:  lea r10, [rip + pyaot_recursion_depth]
       139:  mov r11, qword ptr [r10]
       13c:  add r11, -1
       140:  mov qword ptr [r10], r11
       143:  leave
       144:  ret
       145:  call pyaot_recursion_error
       14a:  jmp 0x1b2
       14f:  lea rdi, [rip + pyaot.__main__.str.0]
       156:  call pyaot_name_error
       15b:  jmp 0x19c
       160:  mov r10d, 3
       166:  mov qword ptr [rsp], r10
       16a:  mov r10d, 5
       170:  mov qword ptr [rsp + 8], r10
       175:  mov rdi, qword ptr [rsp + 24]
       17a:  lea rsi, [rsp]
       17e:  mov edx, 2
       183:  call pyaot_call
       188:  cmp rax, 0
       18c:  je 0x19c
       192:  mov qword ptr [rsp + 48], rax
       197:  jmp 0xdb
       19c:  mov esi, 5
       1a1:  jmp 0x1a6
       1a6:  lea rdi, [rip + pyaot.__main__.0.<module>.info]
       1ad:  call pyaot_traceback_add
       1b2:  mov eax, 0
       1b7:  lea r10, [rip + pyaot_recursion_depth]
       1be:  mov r11, qword ptr [r10]
       1c1:  add r11, -1
       1c5:  mov qword ptr [r10], r11
       1c8:  leave
       1c9:  ret

add  (listing.py:1, x86_64-unknown-linux-gnu, .text+0x1d0, 233 bytes)
  ; 1: def add(a, b):
       1d0:  push rbp
       1d1:  mov rbp, rsp
       1d4:  sub rsp, 32
       1d8:  lea r10, [rip + pyaot_recursion_depth]
       1df:  mov r11, qword ptr [r10]
       1e2:  add r11, 1
       1e6:  mov qword ptr [r10], r11
       1e9:  cmp r11, 1000
       1f0:  jg 0x25f
       1f6:  cmp rsp, qword ptr [rip + pyaot_stack_limit]
       1fd:  jb 0x25f
       203:  mov qword ptr [rsp], rdi
       207:  mov qword ptr [rsp + 8], rsi
       20c:  mov r10d, 0
       212:  mov qword ptr [rsp + 16], r10
       217:  mov qword ptr [rsp + 24], r10
  ; 2:     return a + b
       21c:  mov r10, qword ptr [rsp]
       220:  mov r11, qword ptr [rsp + 8]
       225:  mov r8, r10
       228:  and r8, r11
       22b:  test r8b, 1
       22f:  je 0x269
       235:  lea r8, [r10 - 1]
       239:  add r8, r11
       23c:  jo 0x269
       242:  mov qword ptr [rsp + 16], r8
       247:  mov rax, qword ptr [rsp + 16]
       24c:  lea r10, [rip + pyaot_recursion_depth]
       253:  mov r11, qword ptr [r10]
       256:  add r11, -1
       25a:  mov qword ptr [r10], r11
       25d:  leave
       25e:  ret
       25f:  call pyaot_recursion_error
       264:  jmp 0x2a1
       269:  mov rdi, qword ptr [rsp]
       26d:  mov rsi, qword ptr [rsp + 8]
       272:  call pyaot_add
       277:  cmp rax, 0
       27b:  je 0x28b
       281:  mov qword ptr [rsp + 16], rax
       286:  jmp 0x247
       28b:  mov esi, 2
       290:  jmp 0x295
       295:  lea rdi, [rip + pyaot.__main__.1.add.info]
       29c:  call pyaot_traceback_add
       2a1:  mov eax, 0
       2a6:  lea r10, [rip + pyaot_recursion_depth]
       2ad:  mov r11, qword ptr [r10]
       2b0:  add r11, -1
       2b4:  mov qword ptr [r10], r11
       2b7:  leave
       2b8:  ret

