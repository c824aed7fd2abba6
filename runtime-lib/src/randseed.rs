//! `random.seed` of a str, bytes or bytearray (CPython 3.11's version 2): the key is
//! `int.from_bytes(a + sha512(a).digest(), 'big')`, built here directly as the
//! 32-bit words `init_by_array` takes, least significant first. Reached through the
//! hook `pyaot_abi::RANDOM_SEED_HOOK`, so only programs that seed link SHA-512.

use crate::object::Obj;
use crate::{exc, randmod, sha512, str, typeext};

/// Seeds generator state `state` from `a` (a str, bytes or bytearray).
#[no_mangle]
pub extern "C" fn pyaot_random_seed_text(state: Obj, a: Obj) -> Obj {
    let len = contents(a).len() + 64;
    let words = len.div_ceil(4);
    let buf = crate::heap::alloc_noscan(words * 4) as *mut u32;
    if buf.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh zeroed block of `words` u32s.
    let key = unsafe { core::slice::from_raw_parts_mut(buf, words) };
    // Read after allocating: a bytearray's contents are valid until something
    // allocates (the collector does not move them, but stay on the safe side).
    let data = contents(a);
    let digest = sha512::digest(data);
    // Byte i of the big-endian number data + digest, counted from the least
    // significant end, goes to word i / 4 at bit 8 * (i % 4).
    let byte = |i: usize| -> u8 {
        if i < 64 {
            digest[63 - i]
        } else {
            data[data.len() - 1 - (i - 64)]
        }
    };
    for i in 0..len {
        key[i / 4] |= (byte(i) as u32) << (8 * (i % 4));
    }
    randmod::seed_state(state, key)
}

/// The bytes a str (UTF-8) or bytes-like object seeds with.
fn contents(a: Obj) -> &'static [u8] {
    if str::is_str(a) {
        str::as_bytes(a)
    } else {
        typeext::buffer(a).unwrap_or(&[])
    }
}
