//! `_random`: the Mersenne Twister (MT19937) behind the `random` module, seeded and
//! read exactly as CPython's `_random.Random`, so that `random.seed(n)` gives
//! CPython's sequence. runtime-lib/python/random.py builds the distributions
//! (randrange, choice, shuffle, sample, gauss, ...) on these functions:
//! `new()`, `seed(state, a, version)`, `random(state)`, `getrandbits(state, k)`,
//! `getstate(state)`, `setstate(state, t)`.

use crate::bigint::{self, mag};
use crate::exc;
use crate::float::float_new;
use crate::modules;
use crate::object::{is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::{int, tuple, typeext};
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

/// `seed(state, a, version)`: CPython 3.11's `Random.seed(a, version)` and the
/// `_random.Random.seed` it calls, together: None draws entropy; an int seeds with
/// its absolute value; with version 2 a str (as UTF-8), bytes or bytearray seeds
/// with `int.from_bytes(a + sha512(a).digest(), 'big')` (through a hook, see
/// `randseed`); with version 1 a str or bytes with CPython 2's string hash; any
/// other value of the six seed types with its hash, taken as an unsigned word.
extern "C" fn r_seed(p: *const Obj, n: usize) -> Obj {
    let [s, a, version] = *args(p, n) else {
        return exc::type_error(format_args!("seed expects a state, a seed and a version"));
    };
    let Some(m) = mt(s) else { return 0 };
    if a == none() {
        return seed_u64(m, entropy());
    }
    let ty = type_of(a).name;
    let is_str = crate::str::is_str(a);
    let text = is_str || (typeext::buffer(a).is_some() && matches!(ty, "bytes" | "bytearray"));
    let version = int::value(version).filter(|_| int::is_int(version));
    if version == Some(1) && (is_str || (text && ty == "bytes")) {
        return seed_u64(m, version1_hash(a, is_str));
    }
    if version == Some(2) && text {
        return crate::hooks::random_seed_text(s, a);
    }
    if !(text || int::is_int(a) || is_type(a, &crate::float::TYPE_FLOAT)) {
        return exc::type_error(format_args!(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
        ));
    }
    if int::is_int(a) {
        let mut tmp = 0;
        let limbs = mag::trim(bigint::view(a, &mut tmp).mag);
        let per_limb = bigint::LIMB_BITS as usize / 32;
        let words = (limbs.len() * per_limb).max(1);
        let buf = crate::heap::alloc_noscan(words * 4) as *mut u32;
        if buf.is_null() {
            return exc::memory_error();
        }
        // SAFETY: a fresh zeroed block of `words` u32s; `a` is still referenced by
        // the caller, so its limbs stay where they are.
        let key = unsafe { core::slice::from_raw_parts_mut(buf, words) };
        for (i, &limb) in limbs.iter().enumerate() {
            let limb = limb as u64;
            for h in 0..per_limb {
                key[i * per_limb + h] = (limb >> (32 * h)) as u32;
            }
        }
        return seed_key(m, key);
    }
    // CPython's hash is 64 bits: a float hashes as on a 64-bit CPython on both
    // targets; other values (a str with another version) hash as the runtime does.
    let hash = if is_type(a, &crate::float::TYPE_FLOAT) && !crate::float::value(a).is_nan() {
        crate::float::hash64_f64(crate::float::value(a)) as u64
    } else {
        match crate::object::hash(a) {
            Ok(h) => h as usize as u64,
            Err(()) => return 0,
        }
    };
    seed_u64(m, hash)
}

/// CPython 2's string hash, which `seed(a, version=1)` uses for a str or bytes
/// (bytes read as Latin-1: each byte is the code point).
fn version1_hash(a: Obj, is_str: bool) -> u64 {
    let mut x = 0u64;
    let mut len = 0u64;
    let mut step = |c: u64| {
        if len == 0 {
            x = c << 7;
        }
        x = 1000003u64.wrapping_mul(x) ^ c;
        len += 1;
    };
    if is_str {
        crate::str::as_str(a).chars().for_each(|c| step(c as u64));
    } else {
        typeext::buffer(a)
            .unwrap_or(&[])
            .iter()
            .for_each(|&b| step(b as u64));
    }
    x ^ len
}

/// Seeds with a 64-bit number as the key (CPython's key for an int that size).
fn seed_u64(m: &mut Mt, x: u64) -> Obj {
    seed_key(m, &[x as u32, (x >> 32) as u32])
}

/// `init_by_array` with the key's words, least significant first, leaving out the
/// zero words at the top: CPython's key holds as many words as the int's bits need
/// (at least one).
fn seed_key(m: &mut Mt, key: &[u32]) -> Obj {
    let mut used = key.len();
    while used > 1 && key[used - 1] == 0 {
        used -= 1;
    }
    m.init_by_array(&key[..used.max(1)]);
    none()
}

/// Seeds the generator state `s` with a key (`randseed`'s entry).
pub fn seed_state(s: Obj, key: &[u32]) -> Obj {
    match mt(s) {
        Some(m) => seed_key(m, key),
        None => 0,
    }
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
fn entropy() -> u64 {
    let mut x = crate::port::clock_ns(crate::port::Clock::Realtime)
        ^ crate::port::clock_ns(crate::port::Clock::Monotonic).rotate_left(32);
    x ^= (&x as *const u64 as u64).rotate_left(17);
    // splitmix64, to spread the bits.
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// `entropy()`: a non-negative int of entropy (what `seed(None)` seeds with).
extern "C" fn r_entropy(_p: *const Obj, _n: usize) -> Obj {
    int::new_i64((entropy() & i64::MAX as u64) as i64)
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
