//! The `.ARM.attributes` section of Thumb objects (ARM IHI 0045, "Addenda to the
//! ABI", build attributes): which architecture the code needs and which variant of
//! the procedure call standard it follows. GNU ld compares them across the objects
//! of a link and refuses to mix hard-float (floats in VFP registers) with soft-float
//! objects, the mistake that would otherwise pass silently.
//!
//! Layout: `'A'`, then one vendor subsection `[u32 length]["aeabi\0"]`, holding one
//! file-scope attribute list `[Tag_File = 1][u32 length][tag value]...`. Tags and
//! integer values are ULEB128; string values are NUL-terminated. Lengths count
//! themselves.

use crate::target::Target;

const TAG_FILE: u8 = 1;
const TAG_CPU_NAME: u8 = 5;
const TAG_CPU_ARCH: u8 = 6;
const TAG_CPU_ARCH_PROFILE: u8 = 7;
const TAG_THUMB_ISA_USE: u8 = 9;
const TAG_ABI_FP_NUMBER_MODEL: u8 = 23;
const TAG_ABI_ALIGN_NEEDED: u8 = 24;
const TAG_ABI_ALIGN_PRESERVED: u8 = 25;
const TAG_ABI_VFP_ARGS: u8 = 28;

/// Tag_CPU_arch values.
const CPU_ARCH_V7: u8 = 10;
const CPU_ARCH_V7E_M: u8 = 13;

/// The section's bytes for a Thumb target.
pub fn arm_attributes(target: &Target) -> Vec<u8> {
    let v7em = target.triple.starts_with("thumbv7em");
    let (name, arch) = if v7em {
        ("7E-M", CPU_ARCH_V7E_M)
    } else {
        ("7-M", CPU_ARCH_V7)
    };
    // All values fit one ULEB128 byte.
    let mut attrs = vec![TAG_CPU_NAME];
    attrs.extend_from_slice(name.as_bytes());
    attrs.push(0);
    attrs.extend_from_slice(&[
        TAG_CPU_ARCH,
        arch,
        TAG_CPU_ARCH_PROFILE,
        b'M',
        // Thumb-2.
        TAG_THUMB_ISA_USE,
        2,
        // Floats are IEEE 754 (they cross in C signatures). Without this tag GNU ld
        // takes the object for one without floating point and lets it link with
        // either float ABI.
        TAG_ABI_FP_NUMBER_MODEL,
        3,
        // Calls need and keep the stack 8-byte aligned (AAPCS).
        TAG_ABI_ALIGN_NEEDED,
        1,
        TAG_ABI_ALIGN_PRESERVED,
        1,
    ]);
    if target.hard_float {
        // Floats in VFP registers; soft-float objects leave the tag at its default
        // (0, the base variant), as GCC does.
        attrs.extend_from_slice(&[TAG_ABI_VFP_ARGS, 1]);
    }
    let mut file = vec![TAG_FILE];
    file.extend_from_slice(&(5 + attrs.len() as u32).to_le_bytes());
    file.extend_from_slice(&attrs);
    let vendor = b"aeabi\0";
    let mut out = vec![b'A'];
    out.extend_from_slice(&(4 + vendor.len() as u32 + file.len() as u32).to_le_bytes());
    out.extend_from_slice(vendor);
    out.extend_from_slice(&file);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_themselves() {
        let t = Target::parse("thumbv7em-none-eabihf").unwrap();
        let a = arm_attributes(&t);
        assert_eq!(a[0], b'A');
        let sub = u32::from_le_bytes(a[1..5].try_into().unwrap()) as usize;
        assert_eq!(1 + sub, a.len());
        assert_eq!(&a[5..11], b"aeabi\0");
        assert_eq!(a[11], TAG_FILE);
        let file = u32::from_le_bytes(a[12..16].try_into().unwrap()) as usize;
        assert_eq!(11 + file, a.len());
        assert_eq!(&a[a.len() - 2..], &[TAG_ABI_VFP_ARGS, 1]);
        let soft = arm_attributes(&Target::parse("thumbv7em-none-eabi").unwrap());
        assert!(!soft.windows(2).any(|w| w == [TAG_ABI_VFP_ARGS, 1]));
    }
}
