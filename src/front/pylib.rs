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
