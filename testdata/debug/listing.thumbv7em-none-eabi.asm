<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 308 bytes)
  ; 1: def add(a, b):
         0:  push {r4, r5, r6, lr}
         2:  sub sp, #48
         4:  movw r4, #:lower16:pyaot_recursion_depth
         8:  movt r4, #:upper16:pyaot_recursion_depth
         c:  ldr r5, [r4]
         e:  adds r5, r5, #1
        10:  str r5, [r4]
        12:  cmp.w r5, #1000
        16:  bgt.w 0xcc
        1a:  movw r12, #:lower16:pyaot_stack_limit
        1e:  movt r12, #:upper16:pyaot_stack_limit
        22:  ldr.w r12, [r12]
        26:  cmp sp, r12
        28:  blo.w 0xcc
        2c:  movs r4, #0
        2e:  str r4, [sp]
        30:  str r4, [sp, #4]
        32:  str r4, [sp, #8]
        34:  str r4, [sp, #12]
        36:  str r4, [sp, #16]
        38:  str r4, [sp, #20]
        3a:  str r4, [sp, #24]
        3c:  str r4, [sp, #28]
        3e:  str r4, [sp, #32]
        40:  str r4, [sp, #36]
        42:  str r4, [sp, #40]
        44:  str r4, [sp, #44]
        46:  movw r4, #:lower16:pyaot.__main__.1.add.obj
        4a:  movt r4, #:upper16:pyaot.__main__.1.add.obj
        4e:  str r4, [sp, #8]
        50:  movw r4, #:lower16:pyaot.__main__.globals
        54:  movt r4, #:upper16:pyaot.__main__.globals
        58:  ldr r5, [sp, #8]
        5a:  str r5, [r4]
  ; 5: print(add(1, 2))
        5c:  movw r4, #:lower16:pyaot.__main__.globals
        60:  movt r4, #:upper16:pyaot.__main__.globals
        64:  ldr r5, [r4]
        66:  cmp r5, #0
        68:  beq.w 0xd4
        6c:  str r5, [sp, #12]
        6e:  ldr r4, [sp, #12]
        70:  movw r5, #:lower16:pyaot.__main__.1.add.obj
        74:  movt r5, #:upper16:pyaot.__main__.1.add.obj
        78:  cmp r4, r5
        7a:  bne.w 0xe4
        7e:  movs r0, #3
        80:  movs r1, #5
        82:  bl pyaot.__main__.1.add
        86:  cmp r0, #0
        88:  beq.w 0x102
        8c:  str r0, [sp, #24]
        8e:  movs r4, #0
        90:  str r4, [sp, #28]
        92:  movs r4, #0
        94:  str r4, [sp, #32]
        96:  ldr r4, [sp, #24]
        98:  str r4, [sp]
        9a:  add r0, sp, #0
        9c:  movs r1, #1
        9e:  ldr r2, [sp, #28]
        a0:  ldr r3, [sp, #32]
        a2:  bl pyaot_print
        a6:  cmp r0, #0
        a8:  beq.w 0x108
        ac:  str r0, [sp, #36]
        ae:  movw r4, #:lower16:pyaot_None
        b2:  movt r4, #:upper16:pyaot_None
        b6:  str r4, [sp, #40]
        b8:  ldr r0, [sp, #40]
        ba:  movw r4, #:lower16:pyaot_recursion_depth
        be:  movt r4, #:upper16:pyaot_recursion_depth
        c2:  ldr r5, [r4]
        c4:  subs r5, r5, #1
        c6:  str r5, [r4]
        c8:  add sp, #48
        ca:  pop {r4, r5, r6, pc}
        cc:  bl pyaot_recursion_error
        d0:  b.w 0x120
        d4:  movw r0, #:lower16:pyaot.__main__.str.0
        d8:  movt r0, #:upper16:pyaot.__main__.str.0
        dc:  bl pyaot_name_error
        e0:  b.w 0x10e
        e4:  movs r4, #3
        e6:  str r4, [sp]
        e8:  movs r4, #5
        ea:  str r4, [sp, #4]
        ec:  ldr r0, [sp, #12]
        ee:  add r1, sp, #0
        f0:  movs r2, #2
        f2:  bl pyaot_call
        f6:  cmp r0, #0
        f8:  beq.w 0x102
        fc:  str r0, [sp, #24]
        fe:  b.w 0x8e
       102:  movs r1, #0
       104:  b.w 0x114
       108:  movs r1, #1
       10a:  b.w 0x114
       10e:  movs r1, #2
       110:  b.w 0x114
       114:  movw r0, #:lower16:pyaot.__main__.0.<module>.info
       118:  movt r0, #:upper16:pyaot.__main__.0.<module>.info
       11c:  bl pyaot_traceback_add
       120:  movs r0, #0
       122:  movw r4, #:lower16:pyaot_recursion_depth
       126:  movt r4, #:upper16:pyaot_recursion_depth
       12a:  ldr r5, [r4]
       12c:  subs r5, r5, #1
       12e:  str r5, [r4]
       130:  add sp, #48
       132:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x134, 166 bytes)
  ; 1: def add(a, b):
       134:  push {r4, r5, r6, lr}
       136:  sub sp, #16
       138:  movw r4, #:lower16:pyaot_recursion_depth
       13c:  movt r4, #:upper16:pyaot_recursion_depth
       140:  ldr r5, [r4]
       142:  adds r5, r5, #1
       144:  str r5, [r4]
       146:  cmp.w r5, #1000
       14a:  bgt.w 0x198
       14e:  movw r12, #:lower16:pyaot_stack_limit
       152:  movt r12, #:upper16:pyaot_stack_limit
       156:  ldr.w r12, [r12]
       15a:  cmp sp, r12
       15c:  blo.w 0x198
       160:  str r0, [sp]
       162:  str r1, [sp, #4]
       164:  movs r4, #0
       166:  str r4, [sp, #8]
       168:  str r4, [sp, #12]
  ; 2:     return a + b
       16a:  ldr r4, [sp]
       16c:  ldr r5, [sp, #4]
       16e:  and.w r6, r4, r5
       172:  tst.w r6, #1
       176:  beq.w 0x1a0
       17a:  subs r6, r4, #1
       17c:  adds r6, r6, r5
       17e:  bvs.w 0x1a0
       182:  str r6, [sp, #8]
       184:  ldr r0, [sp, #8]
       186:  movw r4, #:lower16:pyaot_recursion_depth
       18a:  movt r4, #:upper16:pyaot_recursion_depth
       18e:  ldr r5, [r4]
       190:  subs r5, r5, #1
       192:  str r5, [r4]
       194:  add sp, #16
       196:  pop {r4, r5, r6, pc}
       198:  bl pyaot_recursion_error
       19c:  b.w 0x1c6
       1a0:  ldr r0, [sp]
       1a2:  ldr r1, [sp, #4]
       1a4:  bl pyaot_add
       1a8:  cmp r0, #0
       1aa:  beq.w 0x1b4
       1ae:  str r0, [sp, #8]
       1b0:  b.w 0x184
       1b4:  movs r1, #0
       1b6:  b.w 0x1ba
       1ba:  movw r0, #:lower16:pyaot.__main__.1.add.info
       1be:  movt r0, #:upper16:pyaot.__main__.1.add.info
       1c2:  bl pyaot_traceback_add
       1c6:  movs r0, #0
       1c8:  movw r4, #:lower16:pyaot_recursion_depth
       1cc:  movt r4, #:upper16:pyaot_recursion_depth
       1d0:  ldr r5, [r4]
       1d2:  subs r5, r5, #1
       1d4:  str r5, [r4]
       1d6:  add sp, #16
       1d8:  pop {r4, r5, r6, pc}

