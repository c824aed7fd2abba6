//! `_random`: the Mersenne Twister (MT19937) behind the `random` module, seeded and
//! read exactly as CPython's `_random.Random`, so that `random.seed(n)` gives
//! CPython's sequence. runtime-lib/python/random.py builds the distributions
//! (randrange, choice, shuffle, sample, gauss, ...) on these functions:
//! `new()`, `seed(state, n)`, `random(state)`, `getrandbits(state, k)`,
//! `getstate(state)`, `setstate(state, t)`.

use crate::bigint::{self, mag};
use crate::exc;
use crate::float::float_new;
use crate::modules;
use crate::object::{is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::{int, tuple};
use pyaot_abi::{tag_int, untag_int};

const N: usize = 624;
const M: usize = 397;

/// The generator's state: 624 words and the position in them.
pub static TYPE_MT: TypeObject = TypeObject::new("_random.Random", Some(&TYPE_OBJECT));

#[repr(C)]
struct Mt {
    header: Header,
    index: usize,
    state: [u32; N],
}

fn mt<'a>(o: Obj) -> Option<&'a mut Mt> {
    if o & 1 == 0 && is_type(o, &TYPE_MT) {
        // SAFETY: checked to be a generator state.
        Some(unsafe { &mut *(o as *mut Mt) })
    } else {
        exc::type_error(format_args!(
            "expected a _random.Random state, not {}",
            type_of(o).name
        ));
        None
    }
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const MAG01: [u32; 2] = [0, 0x9908_b0df];
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let s = &mut self.state;
            for kk in 0..N - M {
                let y = (s[kk] & UPPER) | (s[kk + 1] & LOWER);
                s[kk] = s[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            for kk in N - M..N - 1 {
                let y = (s[kk] & UPPER) | (s[kk + 1] & LOWER);
                s[kk] = s[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            let y = (s[N - 1] & UPPER) | (s[0] & LOWER);
            s[N - 1] = s[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

fn args<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    tuple::word_slice(p, n)
}

extern "C" fn r_new(_p: *const Obj, _n: usize) -> Obj {
    let p = crate::heap::alloc_noscan(core::mem::size_of::<Mt>());
    if p.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh block the size of Mt.
    unsafe {
        (*(p as *mut Header)).ob_type = &TYPE_MT;
        (*(p as *mut Mt)).init_genrand(5489);
    }
    p as Obj
}

/// `seed(state, n)`: n a non-negative int (random.py takes abs, hashes, or draws
/// entropy first): its 32-bit words, least significant first, as the key.
extern "C" fn r_seed(p: *const Obj, n: usize) -> Obj {
    let [s, seed] = *args(p, n) else {
        return exc::type_error(format_args!("seed expects a state and an int"));
    };
    let Some(m) = mt(s) else { return 0 };
    if !int::is_int(seed) {
        return exc::type_error(format_args!("seed must be an int"));
    }
    let mut tmp = 0;
    let limbs = mag::trim(bigint::view(seed, &mut tmp).mag);
    let per_limb = bigint::LIMB_BITS as usize / 32;
    let words = (limbs.len() * per_limb).max(1);
    let buf = crate::heap::alloc_noscan(words * 4) as *mut u32;
    if buf.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh block of `words` u32s (zeroed by the heap where needed below).
    let key = unsafe { core::slice::from_raw_parts_mut(buf, words) };
    key.fill(0);
    for (i, &limb) in limbs.iter().enumerate() {
        let limb = limb as u64;
        for h in 0..per_limb {
            key[i * per_limb + h] = (limb >> (32 * h)) as u32;
        }
    }
    // Trailing zero words are not part of the key (CPython counts the int's bytes).
    let mut used = words;
    while used > 1 && key[used - 1] == 0 {
        used -= 1;
    }
    m.init_by_array(&key[..used]);
    none()
}

/// `random(state)`: a float in [0, 1) with 53 random bits.
extern "C" fn r_random(p: *const Obj, n: usize) -> Obj {
    let [s] = *args(p, n) else {
        return exc::type_error(format_args!("random expects a state"));
    };
    let Some(m) = mt(s) else { return 0 };
    let a = (m.next_u32() >> 5) as f64;
    let b = (m.next_u32() >> 6) as f64;
    float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0))
}

/// `getrandbits(state, k)`: an int of k random bits.
extern "C" fn r_getrandbits(p: *const Obj, n: usize) -> Obj {
    let [s, k] = *args(p, n) else {
        return exc::type_error(format_args!("getrandbits expects a state and a bit count"));
    };
    let Some(m) = mt(s) else { return 0 };
    let Some(k) = int::value(k) else {
        return exc::overflow_error(format_args!("Python int too large to convert to C int"));
    };
    if k < 0 {
        return exc::value_error(format_args!("number of bits must be non-negative"));
    }
    if k == 0 {
        return tag_int(0);
    }
    if k <= 32 {
        return int::new_i64((m.next_u32() >> (32 - k)) as i64);
    }
    // Little-endian 32-bit words, the last one shortened, then as an int.
    let mut result = tag_int(0);
    let mut shift = 0isize;
    let mut left = k;
    while left > 0 {
        let mut r = m.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        let w = int::new_i64(r as i64);
        let shifted = int::binop_obj(int::BinOp::LShift, w, tag_int(shift));
        let Some(shifted) = shifted.filter(|&o| o != 0) else {
            return 0;
        };
        result = match int::binop_obj(int::BinOp::Or, result, shifted) {
            Some(o) if o != 0 => o,
            _ => return 0,
        };
        shift += 32;
        left -= 32;
    }
    result
}

/// `getstate(state)`: the 624 words and the position, a tuple of 625 ints.
extern "C" fn r_getstate(p: *const Obj, n: usize) -> Obj {
    let [s] = *args(p, n) else {
        return exc::type_error(format_args!("getstate expects a state"));
    };
    let Some(m) = mt(s) else { return 0 };
    let t = tuple::alloc(N + 1);
    if t == 0 {
        return 0;
    }
    for i in 0..N {
        let v = int::new_i64(m.state[i] as i64);
        if v == 0 {
            return 0;
        }
        tuple::items_mut(t)[i] = v;
    }
    tuple::items_mut(t)[N] = tag_int(m.index as isize);
    t
}

/// `setstate(state, t)`: the inverse of `getstate`.
extern "C" fn r_setstate(p: *const Obj, n: usize) -> Obj {
    let [s, t] = *args(p, n) else {
        return exc::type_error(format_args!("setstate expects a state and a tuple"));
    };
    let Some(m) = mt(s) else { return 0 };
    if !is_type(t, &tuple::TYPE_TUPLE) {
        return exc::type_error(format_args!("state vector must be a tuple"));
    }
    let items = tuple::items(t);
    if items.len() != N + 1 {
        return exc::value_error(format_args!("state vector is the wrong size"));
    }
    for (i, &v) in items[..N].iter().enumerate() {
        match int::value(v) {
            Some(x) if int::is_int(v) => m.state[i] = x as u32,
            _ => {
                // Words above isize::MAX on 32-bit targets are big ints.
                let mut tmp = 0;
                let limbs = bigint::view(v, &mut tmp).mag;
                m.state[i] = limbs.first().copied().unwrap_or(0) as u32;
            }
        }
    }
    let index = items[N];
    if !int::is_int(index) || !(0..=N as isize).contains(&untag_int(index)) {
        return exc::value_error(format_args!("invalid state"));
    }
    m.index = untag_int(index) as usize;
    none()
}

/// Entropy for `seed(None)`: the clocks and the state's address, mixed.
extern "C" fn r_entropy(_p: *const Obj, _n: usize) -> Obj {
    let mut x = crate::port::clock_ns(crate::port::Clock::Realtime)
        ^ crate::port::clock_ns(crate::port::Clock::Monotonic).rotate_left(32);
    x ^= (&x as *const u64 as u64).rotate_left(17);
    // splitmix64, to spread the bits.
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    int::new_i64((x ^ (x >> 31)) as i64 & i64::MAX)
}

/// The `_random` module.
pub fn create() -> Obj {
    let m = modules::new_module("_random");
    if m == 0 {
        return 0;
    }
    let fs: &[(&str, extern "C" fn(*const Obj, usize) -> Obj)] = &[
        ("new", r_new),
        ("seed", r_seed),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
        ("entropy", r_entropy),
    ];
    if modules::functions(m, fs).is_ok() {
        m
    } else {
        0
    }
}
