<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 288 bytes)
  ; 1: def add(a, b):
         0:  push {r4, r5, r6, lr}
         2:  sub sp, #24
         4:  movw r4, #:lower16:pyaot_recursion_depth
         8:  movt r4, #:upper16:pyaot_recursion_depth
         c:  ldr r5, [r4]
         e:  str r5, [sp, #20]
        10:  adds r5, r5, #1
        12:  str r5, [r4]
        14:  cmp.w r5, #1000
        18:  bgt.w 0xbc
        1c:  movw r12, #:lower16:pyaot_stack_limit
        20:  movt r12, #:upper16:pyaot_stack_limit
        24:  ldr.w r12, [r12]
        28:  cmp sp, r12
        2a:  blo.w 0xbc
        2e:  movs r4, #0
        30:  str r4, [sp]
        32:  str r4, [sp, #4]
        34:  str r4, [sp, #8]
        36:  str r4, [sp, #12]
        38:  movw r4, #:lower16:pyaot.__main__.1.add.obj
        3c:  movt r4, #:upper16:pyaot.__main__.1.add.obj
        40:  str r4, [sp, #16]
        42:  movw r4, #:lower16:pyaot.__main__.globals
        46:  movt r4, #:upper16:pyaot.__main__.globals
        4a:  ldr r5, [sp, #16]
        4c:  str r5, [r4]
  ; 5: print(add(1, 2))
        4e:  movw r4, #:lower16:pyaot.__main__.globals
        52:  movt r4, #:upper16:pyaot.__main__.globals
        56:  ldr r5, [r4]
        58:  cmp r5, #0
        5a:  beq.w 0xc4
        5e:  str r5, [sp, #16]
        60:  mov r4, r5
        62:  movw r5, #:lower16:pyaot.__main__.1.add.obj
        66:  movt r5, #:upper16:pyaot.__main__.1.add.obj
        6a:  cmp r4, r5
        6c:  bne.w 0xd4
        70:  movs r0, #3
        72:  movs r1, #5
        74:  bl pyaot.__main__.1.add
        78:  cmp r0, #0
        7a:  beq.w 0xf0
        7e:  str r0, [sp, #16]
        80:  movs r4, #0
        82:  str r4, [sp, #8]
        84:  movs r4, #0
        86:  str r4, [sp, #12]
        88:  mov r4, r0
        8a:  str r4, [sp]
        8c:  add r0, sp, #0
        8e:  movs r1, #1
        90:  ldr r2, [sp, #8]
        92:  ldr r3, [sp, #12]
        94:  bl pyaot_print
        98:  cmp r0, #0
        9a:  beq.w 0xf6
        9e:  str r0, [sp, #16]
        a0:  movw r4, #:lower16:pyaot_None
        a4:  movt r4, #:upper16:pyaot_None
        a8:  str r4, [sp, #16]
        aa:  mov r0, r4
        ac:  movw r4, #:lower16:pyaot_recursion_depth
        b0:  movt r4, #:upper16:pyaot_recursion_depth
        b4:  ldr r5, [sp, #20]
        b6:  str r5, [r4]
        b8:  add sp, #24
        ba:  pop {r4, r5, r6, pc}
        bc:  bl pyaot_recursion_error
        c0:  b.w 0x10e
        c4:  movw r0, #:lower16:pyaot.__main__.str.0
        c8:  movt r0, #:upper16:pyaot.__main__.str.0
        cc:  bl pyaot_name_error
        d0:  b.w 0xfc
        d4:  movs r4, #3
        d6:  str r4, [sp]
        d8:  movs r4, #5
        da:  str r4, [sp, #4]
        dc:  ldr r0, [sp, #16]
        de:  add r1, sp, #0
        e0:  movs r2, #2
        e2:  bl pyaot_call
        e6:  cmp r0, #0
        e8:  beq.w 0xf0
        ec:  b.w 0x7e
        f0:  movs r1, #0
        f2:  b.w 0x102
        f6:  movs r1, #1
        f8:  b.w 0x102
        fc:  movs r1, #2
        fe:  b.w 0x102
       102:  movw r0, #:lower16:pyaot.__main__.0.<module>.info
       106:  movt r0, #:upper16:pyaot.__main__.0.<module>.info
       10a:  bl pyaot_traceback_add
       10e:  movs r0, #0
       110:  movw r4, #:lower16:pyaot_recursion_depth
       114:  movt r4, #:upper16:pyaot_recursion_depth
       118:  ldr r5, [sp, #20]
       11a:  str r5, [r4]
       11c:  add sp, #24
       11e:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x120, 162 bytes)
  ; 1: def add(a, b):
       120:  push {r4, r5, r6, lr}
       122:  sub sp, #16
       124:  movw r4, #:lower16:pyaot_recursion_depth
       128:  movt r4, #:upper16:pyaot_recursion_depth
       12c:  ldr r5, [r4]
       12e:  str r5, [sp, #12]
       130:  adds r5, r5, #1
       132:  str r5, [r4]
       134:  cmp.w r5, #1000
       138:  bgt.w 0x17e
       13c:  movw r12, #:lower16:pyaot_stack_limit
       140:  movt r12, #:upper16:pyaot_stack_limit
       144:  ldr.w r12, [r12]
       148:  cmp sp, r12
       14a:  blo.w 0x17e
       14e:  str r0, [sp]
       150:  str r1, [sp, #4]
  ; 2:     return a + b
       152:  mov r4, r0
       154:  mov r5, r1
       156:  and.w r6, r4, r5
       15a:  tst.w r6, #1
       15e:  beq.w 0x186
       162:  subs r6, r4, #1
       164:  adds r6, r6, r5
       166:  bvs.w 0x186
       16a:  str r6, [sp, #8]
       16c:  mov r0, r6
       16e:  movw r4, #:lower16:pyaot_recursion_depth
       172:  movt r4, #:upper16:pyaot_recursion_depth
       176:  ldr r5, [sp, #12]
       178:  str r5, [r4]
       17a:  add sp, #16
       17c:  pop {r4, r5, r6, pc}
       17e:  bl pyaot_recursion_error
       182:  b.w 0x1b0
       186:  movs r4, #0
       188:  str r4, [sp, #8]
       18a:  ldr r0, [sp]
       18c:  ldr r1, [sp, #4]
       18e:  bl pyaot_add
       192:  cmp r0, #0
       194:  beq.w 0x19e
       198:  mov r6, r0
       19a:  b.w 0x16a
       19e:  movs r1, #0
       1a0:  b.w 0x1a4
       1a4:  movw r0, #:lower16:pyaot.__main__.1.add.info
       1a8:  movt r0, #:upper16:pyaot.__main__.1.add.info
       1ac:  bl pyaot_traceback_add
       1b0:  movs r0, #0
       1b2:  movw r4, #:lower16:pyaot_recursion_depth
       1b6:  movt r4, #:upper16:pyaot_recursion_depth
       1ba:  ldr r5, [sp, #12]
       1bc:  str r5, [r4]
       1be:  add sp, #16
       1c0:  pop {r4, r5, r6, pc}

