<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 276 bytes)
  ; 1: def add(a, b):
         0:  push {r4, r5, r6, lr}
         2:  sub sp, #48
         4:  movw r4, #:lower16:pyaot_recursion_depth
         8:  movt r4, #:upper16:pyaot_recursion_depth
         c:  ldr r5, [r4]
         e:  adds r5, r5, #1
        10:  str r5, [r4]
        12:  cmp.w r5, #1000
        16:  bgt.w 0xb2
        1a:  movw r12, #:lower16:pyaot_stack_limit
        1e:  movt r12, #:upper16:pyaot_stack_limit
        22:  ldr.w r12, [r12]
        26:  cmp sp, r12
        28:  blo.w 0xb2
        2c:  movw r4, #:lower16:pyaot.__main__.1.add.obj
        30:  movt r4, #:upper16:pyaot.__main__.1.add.obj
        34:  str r4, [sp, #8]
        36:  movw r4, #:lower16:pyaot.__main__.globals
        3a:  movt r4, #:upper16:pyaot.__main__.globals
        3e:  ldr r5, [sp, #8]
        40:  str r5, [r4]
  ; 5: print(add(1, 2))
        42:  movw r4, #:lower16:pyaot.__main__.globals
        46:  movt r4, #:upper16:pyaot.__main__.globals
        4a:  ldr r5, [r4]
        4c:  cmp r5, #0
        4e:  beq.w 0xba
        52:  str r5, [sp, #12]
        54:  ldr r4, [sp, #12]
        56:  movw r5, #:lower16:pyaot.__main__.1.add.obj
        5a:  movt r5, #:upper16:pyaot.__main__.1.add.obj
        5e:  cmp r4, r5
        60:  bne.w 0xca
        64:  movs r0, #3
        66:  movs r1, #5
        68:  bl pyaot.__main__.1.add
        6c:  cmp r0, #0
        6e:  beq.w 0xe8
        72:  str r0, [sp, #24]
        74:  movs r4, #0
        76:  str r4, [sp, #28]
        78:  movs r4, #0
        7a:  str r4, [sp, #32]
        7c:  ldr r4, [sp, #24]
        7e:  str r4, [sp]
        80:  add r0, sp, #0
        82:  movs r1, #1
        84:  ldr r2, [sp, #28]
        86:  ldr r3, [sp, #32]
        88:  bl pyaot_print
        8c:  cmp r0, #0
        8e:  beq.w 0xe8
        92:  str r0, [sp, #36]
        94:  movw r4, #:lower16:pyaot_None
        98:  movt r4, #:upper16:pyaot_None
        9c:  str r4, [sp, #40]
        9e:  ldr r0, [sp, #40]
        a0:  movw r4, #:lower16:pyaot_recursion_depth
        a4:  movt r4, #:upper16:pyaot_recursion_depth
        a8:  ldr r5, [r4]
        aa:  subs r5, r5, #1
        ac:  str r5, [r4]
        ae:  add sp, #48
        b0:  pop {r4, r5, r6, pc}
        b2:  bl pyaot_recursion_error
        b6:  b.w 0xee
        ba:  movw r0, #:lower16:pyaot.__main__.str.0
        be:  movt r0, #:upper16:pyaot.__main__.str.0
        c2:  bl pyaot_name_error
        c6:  b.w 0xe8
        ca:  movs r4, #3
        cc:  str r4, [sp]
        ce:  movs r4, #5
        d0:  str r4, [sp, #4]
        d2:  ldr r0, [sp, #12]
        d4:  add r1, sp, #0
        d6:  movs r2, #2
        d8:  bl pyaot_call
        dc:  cmp r0, #0
        de:  beq.w 0xe8
        e2:  str r0, [sp, #24]
        e4:  b.w 0x74
        e8:  movs r1, #5
        ea:  b.w 0xf4
        ee:  movs r1, #1
        f0:  b.w 0xf4
        f4:  movw r0, #:lower16:pyaot.__main__.0.<module>.info
        f8:  movt r0, #:upper16:pyaot.__main__.0.<module>.info
        fc:  bl pyaot_traceback_add
       100:  movs r0, #0
       102:  movw r4, #:lower16:pyaot_recursion_depth
       106:  movt r4, #:upper16:pyaot_recursion_depth
       10a:  ldr r5, [r4]
       10c:  subs r5, r5, #1
       10e:  str r5, [r4]
       110:  add sp, #48
       112:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x114, 166 bytes)
  ; 1: def add(a, b):
       114:  push {r4, r5, r6, lr}
       116:  sub sp, #16
       118:  movw r4, #:lower16:pyaot_recursion_depth
       11c:  movt r4, #:upper16:pyaot_recursion_depth
       120:  ldr r5, [r4]
       122:  adds r5, r5, #1
       124:  str r5, [r4]
       126:  cmp.w r5, #1000
       12a:  bgt.w 0x172
       12e:  movw r12, #:lower16:pyaot_stack_limit
       132:  movt r12, #:upper16:pyaot_stack_limit
       136:  ldr.w r12, [r12]
       13a:  cmp sp, r12
       13c:  blo.w 0x172
       140:  str r0, [sp]
       142:  str r1, [sp, #4]
  ; 2:     return a + b
       144:  ldr r4, [sp]
       146:  ldr r5, [sp, #4]
       148:  and.w r6, r4, r5
       14c:  tst.w r6, #1
       150:  beq.w 0x17a
       154:  subs r6, r4, #1
       156:  adds r6, r6, r5
       158:  bvs.w 0x17a
       15c:  str r6, [sp, #8]
       15e:  ldr r0, [sp, #8]
       160:  movw r4, #:lower16:pyaot_recursion_depth
       164:  movt r4, #:upper16:pyaot_recursion_depth
       168:  ldr r5, [r4]
       16a:  subs r5, r5, #1
       16c:  str r5, [r4]
       16e:  add sp, #16
       170:  pop {r4, r5, r6, pc}
       172:  bl pyaot_recursion_error
       176:  b.w 0x18e
       17a:  ldr r0, [sp]
       17c:  ldr r1, [sp, #4]
       17e:  bl pyaot_add
       182:  cmp r0, #0
       184:  beq.w 0x194
       188:  str r0, [sp, #8]
       18a:  b.w 0x15e
       18e:  movs r1, #1
       190:  b.w 0x19a
       194:  movs r1, #2
       196:  b.w 0x19a
       19a:  movw r0, #:lower16:pyaot.__main__.1.add.info
       19e:  movt r0, #:upper16:pyaot.__main__.1.add.info
       1a2:  bl pyaot_traceback_add
       1a6:  movs r0, #0
       1a8:  movw r4, #:lower16:pyaot_recursion_depth
       1ac:  movt r4, #:upper16:pyaot_recursion_depth
       1b0:  ldr r5, [r4]
       1b2:  subs r5, r5, #1
       1b4:  str r5, [r4]
       1b6:  add sp, #16
       1b8:  pop {r4, r5, r6, pc}

