<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 282 bytes)
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
        8e:  beq.w 0xee
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
        b6:  b.w 0x106
        ba:  movw r0, #:lower16:pyaot.__main__.str.0
        be:  movt r0, #:upper16:pyaot.__main__.str.0
        c2:  bl pyaot_name_error
        c6:  b.w 0xf4
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
        e8:  movs r1, #0
        ea:  b.w 0xfa
        ee:  movs r1, #1
        f0:  b.w 0xfa
        f4:  movs r1, #2
        f6:  b.w 0xfa
        fa:  movw r0, #:lower16:pyaot.__main__.0.<module>.info
        fe:  movt r0, #:upper16:pyaot.__main__.0.<module>.info
       102:  bl pyaot_traceback_add
       106:  movs r0, #0
       108:  movw r4, #:lower16:pyaot_recursion_depth
       10c:  movt r4, #:upper16:pyaot_recursion_depth
       110:  ldr r5, [r4]
       112:  subs r5, r5, #1
       114:  str r5, [r4]
       116:  add sp, #48
       118:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x11c, 160 bytes)
  ; 1: def add(a, b):
       11c:  push {r4, r5, r6, lr}
       11e:  sub sp, #16
       120:  movw r4, #:lower16:pyaot_recursion_depth
       124:  movt r4, #:upper16:pyaot_recursion_depth
       128:  ldr r5, [r4]
       12a:  adds r5, r5, #1
       12c:  str r5, [r4]
       12e:  cmp.w r5, #1000
       132:  bgt.w 0x17a
       136:  movw r12, #:lower16:pyaot_stack_limit
       13a:  movt r12, #:upper16:pyaot_stack_limit
       13e:  ldr.w r12, [r12]
       142:  cmp sp, r12
       144:  blo.w 0x17a
       148:  str r0, [sp]
       14a:  str r1, [sp, #4]
  ; 2:     return a + b
       14c:  ldr r4, [sp]
       14e:  ldr r5, [sp, #4]
       150:  and.w r6, r4, r5
       154:  tst.w r6, #1
       158:  beq.w 0x182
       15c:  subs r6, r4, #1
       15e:  adds r6, r6, r5
       160:  bvs.w 0x182
       164:  str r6, [sp, #8]
       166:  ldr r0, [sp, #8]
       168:  movw r4, #:lower16:pyaot_recursion_depth
       16c:  movt r4, #:upper16:pyaot_recursion_depth
       170:  ldr r5, [r4]
       172:  subs r5, r5, #1
       174:  str r5, [r4]
       176:  add sp, #16
       178:  pop {r4, r5, r6, pc}
       17a:  bl pyaot_recursion_error
       17e:  b.w 0x1a8
       182:  ldr r0, [sp]
       184:  ldr r1, [sp, #4]
       186:  bl pyaot_add
       18a:  cmp r0, #0
       18c:  beq.w 0x196
       190:  str r0, [sp, #8]
       192:  b.w 0x166
       196:  movs r1, #0
       198:  b.w 0x19c
       19c:  movw r0, #:lower16:pyaot.__main__.1.add.info
       1a0:  movt r0, #:upper16:pyaot.__main__.1.add.info
       1a4:  bl pyaot_traceback_add
       1a8:  movs r0, #0
       1aa:  movw r4, #:lower16:pyaot_recursion_depth
       1ae:  movt r4, #:upper16:pyaot_recursion_depth
       1b2:  ldr r5, [r4]
       1b4:  subs r5, r5, #1
       1b6:  str r5, [r4]
       1b8:  add sp, #16
       1ba:  pop {r4, r5, r6, pc}

