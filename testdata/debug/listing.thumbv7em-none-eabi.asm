<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 284 bytes)
  ; 1: def add(a, b):
         0:  push {r4, r5, r6, lr}
         2:  sub sp, #48
         4:  movw r4, #:lower16:pyaot_recursion_depth
         8:  movt r4, #:upper16:pyaot_recursion_depth
         c:  ldr r5, [r4]
         e:  adds r5, r5, #1
        10:  str r5, [r4]
        12:  cmp.w r5, #1000
        16:  bgt.w 0xba
        1a:  movw r12, #:lower16:pyaot_stack_limit
        1e:  movt r12, #:upper16:pyaot_stack_limit
        22:  ldr.w r12, [r12]
        26:  cmp sp, r12
        28:  blo.w 0xba
        2c:  movw r4, #:lower16:pyaot.__main__.add.1.obj
        30:  movt r4, #:upper16:pyaot.__main__.add.1.obj
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
        4e:  beq.w 0xc2
        52:  str r5, [sp, #12]
        54:  movs r4, #3
        56:  str r4, [sp, #16]
        58:  movs r4, #5
        5a:  str r4, [sp, #20]
        5c:  ldr r4, [sp, #12]
        5e:  movw r5, #:lower16:pyaot.__main__.add.1.obj
        62:  movt r5, #:upper16:pyaot.__main__.add.1.obj
        66:  cmp r4, r5
        68:  bne.w 0xd2
        6c:  ldr r0, [sp, #16]
        6e:  ldr r1, [sp, #20]
        70:  bl pyaot.__main__.add.1
        74:  cmp r0, #0
        76:  beq.w 0xf0
        7a:  str r0, [sp, #24]
        7c:  movs r4, #0
        7e:  str r4, [sp, #28]
        80:  movs r4, #0
        82:  str r4, [sp, #32]
        84:  ldr r4, [sp, #24]
        86:  str r4, [sp]
        88:  add r0, sp, #0
        8a:  movs r1, #1
        8c:  ldr r2, [sp, #28]
        8e:  ldr r3, [sp, #32]
        90:  bl pyaot_print
        94:  cmp r0, #0
        96:  beq.w 0xf0
        9a:  str r0, [sp, #36]
        9c:  movw r4, #:lower16:pyaot_None
        a0:  movt r4, #:upper16:pyaot_None
        a4:  str r4, [sp, #40]
        a6:  ldr r0, [sp, #40]
        a8:  movw r4, #:lower16:pyaot_recursion_depth
        ac:  movt r4, #:upper16:pyaot_recursion_depth
        b0:  ldr r5, [r4]
        b2:  subs r5, r5, #1
        b4:  str r5, [r4]
        b6:  add sp, #48
        b8:  pop {r4, r5, r6, pc}
        ba:  bl pyaot_recursion_error
        be:  b.w 0xf6
        c2:  movw r0, #:lower16:pyaot.__main__.str.0
        c6:  movt r0, #:upper16:pyaot.__main__.str.0
        ca:  bl pyaot_name_error
        ce:  b.w 0xf0
        d2:  ldr r4, [sp, #16]
        d4:  str r4, [sp]
        d6:  ldr r4, [sp, #20]
        d8:  str r4, [sp, #4]
        da:  ldr r0, [sp, #12]
        dc:  add r1, sp, #0
        de:  movs r2, #2
        e0:  bl pyaot_call
        e4:  cmp r0, #0
        e6:  beq.w 0xf0
        ea:  str r0, [sp, #24]
        ec:  b.w 0x7c
        f0:  movs r1, #5
        f2:  b.w 0xfc
        f6:  movs r1, #1
        f8:  b.w 0xfc
        fc:  movw r0, #:lower16:pyaot.__main__.<module>.0.info
       100:  movt r0, #:upper16:pyaot.__main__.<module>.0.info
       104:  bl pyaot_traceback_add
       108:  movs r0, #0
       10a:  movw r4, #:lower16:pyaot_recursion_depth
       10e:  movt r4, #:upper16:pyaot_recursion_depth
       112:  ldr r5, [r4]
       114:  subs r5, r5, #1
       116:  str r5, [r4]
       118:  add sp, #48
       11a:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x11c, 166 bytes)
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
       17e:  b.w 0x196
       182:  ldr r0, [sp]
       184:  ldr r1, [sp, #4]
       186:  bl pyaot_add
       18a:  cmp r0, #0
       18c:  beq.w 0x19c
       190:  str r0, [sp, #8]
       192:  b.w 0x166
       196:  movs r1, #1
       198:  b.w 0x1a2
       19c:  movs r1, #2
       19e:  b.w 0x1a2
       1a2:  movw r0, #:lower16:pyaot.__main__.add.1.info
       1a6:  movt r0, #:upper16:pyaot.__main__.add.1.info
       1aa:  bl pyaot_traceback_add
       1ae:  movs r0, #0
       1b0:  movw r4, #:lower16:pyaot_recursion_depth
       1b4:  movt r4, #:upper16:pyaot_recursion_depth
       1b8:  ldr r5, [r4]
       1ba:  subs r5, r5, #1
       1bc:  str r5, [r4]
       1be:  add sp, #16
       1c0:  pop {r4, r5, r6, pc}

