<module>  (listing.py:1, thumbv7em-none-eabi, .text+0x0, 270 bytes)
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
        b6:  b.w 0xfa
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
        ea:  b.w 0xee
        ee:  movw r0, #:lower16:pyaot.__main__.0.<module>.info
        f2:  movt r0, #:upper16:pyaot.__main__.0.<module>.info
        f6:  bl pyaot_traceback_add
        fa:  movs r0, #0
        fc:  movw r4, #:lower16:pyaot_recursion_depth
       100:  movt r4, #:upper16:pyaot_recursion_depth
       104:  ldr r5, [r4]
       106:  subs r5, r5, #1
       108:  str r5, [r4]
       10a:  add sp, #48
       10c:  pop {r4, r5, r6, pc}

add  (listing.py:1, thumbv7em-none-eabi, .text+0x110, 160 bytes)
  ; 1: def add(a, b):
       110:  push {r4, r5, r6, lr}
       112:  sub sp, #16
       114:  movw r4, #:lower16:pyaot_recursion_depth
       118:  movt r4, #:upper16:pyaot_recursion_depth
       11c:  ldr r5, [r4]
       11e:  adds r5, r5, #1
       120:  str r5, [r4]
       122:  cmp.w r5, #1000
       126:  bgt.w 0x16e
       12a:  movw r12, #:lower16:pyaot_stack_limit
       12e:  movt r12, #:upper16:pyaot_stack_limit
       132:  ldr.w r12, [r12]
       136:  cmp sp, r12
       138:  blo.w 0x16e
       13c:  str r0, [sp]
       13e:  str r1, [sp, #4]
  ; 2:     return a + b
       140:  ldr r4, [sp]
       142:  ldr r5, [sp, #4]
       144:  and.w r6, r4, r5
       148:  tst.w r6, #1
       14c:  beq.w 0x176
       150:  subs r6, r4, #1
       152:  adds r6, r6, r5
       154:  bvs.w 0x176
       158:  str r6, [sp, #8]
       15a:  ldr r0, [sp, #8]
       15c:  movw r4, #:lower16:pyaot_recursion_depth
       160:  movt r4, #:upper16:pyaot_recursion_depth
       164:  ldr r5, [r4]
       166:  subs r5, r5, #1
       168:  str r5, [r4]
       16a:  add sp, #16
       16c:  pop {r4, r5, r6, pc}
       16e:  bl pyaot_recursion_error
       172:  b.w 0x19c
       176:  ldr r0, [sp]
       178:  ldr r1, [sp, #4]
       17a:  bl pyaot_add
       17e:  cmp r0, #0
       180:  beq.w 0x18a
       184:  str r0, [sp, #8]
       186:  b.w 0x15a
       18a:  movs r1, #2
       18c:  b.w 0x190
       190:  movw r0, #:lower16:pyaot.__main__.1.add.info
       194:  movt r0, #:upper16:pyaot.__main__.1.add.info
       198:  bl pyaot_traceback_add
       19c:  movs r0, #0
       19e:  movw r4, #:lower16:pyaot_recursion_depth
       1a2:  movt r4, #:upper16:pyaot_recursion_depth
       1a6:  ldr r5, [r4]
       1a8:  subs r5, r5, #1
       1aa:  str r5, [r4]
       1ac:  add sp, #16
       1ae:  pop {r4, r5, r6, pc}

