//! The standard-library modules pyaot compiles from Python source, like a user's own
//! modules: `runtime-lib/python/`, embedded in the compiler so that it needs no
//! installed library folder. A module beside the program (or in `-I`) shadows one of
//! these, as a program's folder comes first on CPython's `sys.path`.

/// One embedded module.
pub struct LibModule {
    /// Its import name.
    pub name: &'static str,
    /// The source text.
    pub source: &'static str,
}

macro_rules! lib {
    ($($name:literal),* $(,)?) => {
        &[$(LibModule {
            name: $name,
            source: include_str!(concat!("../../runtime-lib/python/", $name, ".py")),
        }),*]
    };
}

/// Every embedded module.
pub const MODULES: &[LibModule] = lib![
    "__future__",
    "bisect",
    "collections",
    "dataclasses",
    "functools",
    "heapq",
    "itertools",
    "random",
    "string",
    "typing",
];

/// Classes of the embedded modules that CPython implements in C, with the name its
/// messages print for them (the type's `tp_name`, qualified by the module where
/// CPython's `__name__` is not): `unsupported operand type(s) for +:
/// 'collections.deque' and 'int'`. `__name__` and reprs are unaffected.
pub const C_TYPE_NAMES: &[(&str, &str, &str)] = &[
    ("collections", "deque", "collections.deque"),
    ("collections", "defaultdict", "collections.defaultdict"),
    ("collections", "OrderedDict", "collections.OrderedDict"),
    ("functools", "partial", "functools.partial"),
];

/// The name CPython's messages print for class `class` of embedded module
/// `module`, when CPython implements it in C (see [`C_TYPE_NAMES`]).
pub fn c_type_name(module: &str, class: &str) -> Option<&'static str> {
    C_TYPE_NAMES
        .iter()
        .find(|(m, c, _)| *m == module && *c == class)
        .map(|&(_, _, n)| n)
}

/// The embedded module `name`.
pub fn find(name: &str) -> Option<&'static LibModule> {
    MODULES.iter().find(|m| m.name == name)
}

/// The path tracebacks and diagnostics show for an embedded module.
pub fn shown_path(name: &str) -> String {
    format!("<pyaot>/{name}.py")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_of_the_python_library_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-lib/python");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("runtime-lib/python")
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                name.strip_suffix(".py").map(str::to_string)
            })
            .collect();
        files.sort();
        let mut embedded: Vec<String> = MODULES.iter().map(|m| m.name.to_string()).collect();
        embedded.sort();
        assert_eq!(
            files, embedded,
            "runtime-lib/python and pylib::MODULES differ"
        );
    }
}
