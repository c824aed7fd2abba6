//! Targets: a triple (parsed with target-lexicon) → word size, ISA, how to link.

use crate::diag::Diagnostic;
use target_lexicon::{Architecture, ArmArchitecture, OperatingSystem, Triple};

/// The triples pyaot compiles for.
pub const SUPPORTED: &[&str] = &[
    "x86_64-unknown-linux-gnu",
    "thumbv7em-none-eabi",
    "thumbv7em-none-eabihf",
    "thumbv7m-none-eabi",
];

/// The instruction set of a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Isa {
    /// x86-64, System V ABI.
    X64,
    /// Thumb-2 (ARMv7-M / ARMv7E-M), AAPCS.
    Thumb,
}

/// A compilation target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The canonical triple, as the runtime library's folder is named.
    pub triple: String,
    /// Its instruction set.
    pub isa: Isa,
    /// Whether C floats pass in VFP registers (eabihf): C calls, export entries, object
    /// flags and the runtime library differ.
    pub hard_float: bool,
}

impl Target {
    /// The machine pyaot runs on (the default target).
    pub fn host() -> Target {
        Target {
            triple: "x86_64-unknown-linux-gnu".into(),
            isa: Isa::X64,
            hard_float: false,
        }
    }

    /// Parses a triple; anything unsupported is an error listing the supported ones.
    pub fn parse(s: &str) -> Result<Target, Diagnostic> {
        let unsupported = || {
            Diagnostic::plain(format!(
                "unsupported target '{s}'; supported targets: {}",
                SUPPORTED.join(", ")
            ))
        };
        let triple: Triple = s.parse().map_err(|_| unsupported())?;
        match (triple.architecture, triple.operating_system) {
            (Architecture::X86_64, OperatingSystem::Linux) => Ok(Target::host()),
            (Architecture::Arm(arm), OperatingSystem::None_)
                if matches!(arm, ArmArchitecture::Thumbv7em | ArmArchitecture::Thumbv7m)
                    && SUPPORTED.contains(&s) =>
            {
                Ok(Target {
                    triple: s.to_string(),
                    isa: Isa::Thumb,
                    hard_float: s.ends_with("hf"),
                })
            }
            _ => Err(unsupported()),
        }
    }

    /// Bytes in a machine word.
    pub fn word_bytes(&self) -> u32 {
        match self.isa {
            Isa::X64 => 8,
            Isa::Thumb => 4,
        }
    }

    /// Whether this is a bare-metal target (linked with rust-lld and a board script).
    pub fn is_bare_metal(&self) -> bool {
        self.isa == Isa::Thumb
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_supported_triples() {
        assert_eq!(
            Target::parse("x86_64-unknown-linux-gnu").unwrap().isa,
            Isa::X64
        );
        let t = Target::parse("thumbv7em-none-eabi").unwrap();
        assert_eq!(
            (t.isa, t.hard_float, t.word_bytes()),
            (Isa::Thumb, false, 4)
        );
        assert!(Target::parse("thumbv7em-none-eabihf").unwrap().hard_float);
    }

    #[test]
    fn rejects_others_listing_the_supported() {
        for bad in [
            "mips-unknown-linux-gnu",
            "nonsense",
            "aarch64-unknown-linux-gnu",
        ] {
            let e = Target::parse(bad).unwrap_err().message;
            assert!(e.contains("thumbv7em-none-eabi") && e.contains(bad), "{e}");
        }
    }
}
