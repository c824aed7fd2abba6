//! Diagnostics: user errors with a location, rendered like rustc and chibicc
//! (`file:line:col: error: message`, the source line, a caret under the column).

use std::fmt;

/// A compile error in the user's program or invocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where it is, if it is in a source file.
    pub location: Option<Location>,
    /// What is wrong, without the `error:` prefix.
    pub message: String,
}

/// A position in a source file (1-based line and column, columns in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// The text of that line, for the caret display.
    pub source_line: String,
}

impl Diagnostic {
    /// An error with no source location (missing file, bad target, ...).
    pub fn plain(message: impl Into<String>) -> Self {
        Diagnostic {
            location: None,
            message: message.into(),
        }
    }

    /// An error at a byte offset of a source file.
    pub fn at(src: &SourceFile, offset: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            location: Some(src.location(offset)),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            None => write!(f, "pyaot: error: {}", self.message),
            Some(loc) => {
                writeln!(
                    f,
                    "{}:{}:{}: error: {}",
                    loc.file, loc.line, loc.col, self.message
                )?;
                let (shown, caret_col) = excerpt(&loc.source_line, loc.col as usize);
                writeln!(f, "{shown}")?;
                // The caret lines up under the column even when the line has tabs.
                let pad: String = shown
                    .chars()
                    .take(caret_col - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "{pad}^")
            }
        }
    }
}

/// Characters of a source line shown around the column.
const EXCERPT: usize = 100;

/// The part of `line` to show for a caret at 1-based `col`, and the caret's column in
/// it: the whole line when it is short, else a window marked with "...".
fn excerpt(line: &str, col: usize) -> (String, usize) {
    let n = line.chars().count();
    if n <= EXCERPT {
        return (line.to_string(), col);
    }
    let start = col
        .saturating_sub(EXCERPT / 2)
        .min(n.saturating_sub(EXCERPT));
    let window: String = line.chars().skip(start).take(EXCERPT).collect();
    let (prefix, suffix) = (
        if start > 0 { "..." } else { "" },
        if start + EXCERPT < n { "..." } else { "" },
    );
    (
        format!("{prefix}{window}{suffix}"),
        col - start + prefix.len(),
    )
}

/// A source file's text with its line starts, to turn byte offsets into locations.
pub struct SourceFile {
    /// The path as the user gave it (used in diagnostics and tracebacks).
    pub path: String,
    /// The text.
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// Indexes `text`.
    pub fn new(path: impl Into<String>, text: String) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Full location of a byte offset.
    pub fn location(&self, offset: u32) -> Location {
        let offset = offset.min(self.text.len() as u32);
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |n| start + n);
        let source_line = self.text[start..end].trim_end_matches('\r').to_string();
        let col = self.text[start..offset as usize].chars().count() as u32 + 1;
        Location {
            file: self.path.clone(),
            line,
            col,
            source_line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_source_line_and_caret() {
        let src = SourceFile::new("t.py", "x = 1\ny = x +\n".to_string());
        let d = Diagnostic::at(&src, 12, "invalid syntax");
        assert_eq!(
            d.to_string(),
            "t.py:2:7: error: invalid syntax\ny = x +\n      ^"
        );
    }

    #[test]
    fn long_lines_are_shown_as_a_window_around_the_column() {
        let line = format!("x = {}", "1 + ".repeat(1000));
        let src = SourceFile::new("t.py", line);
        let text = Diagnostic::at(&src, 2000, "oops").to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[1].starts_with("...") && lines[1].ends_with("...") && lines[1].len() == 106,
            "{}",
            lines[1]
        );
        let caret = lines[2].len() - 1;
        assert_eq!(&lines[1][caret..caret + 1], &src.text[2000..2001]);
    }

    #[test]
    fn plain_errors_have_the_program_name() {
        assert_eq!(
            Diagnostic::plain("no input").to_string(),
            "pyaot: error: no input"
        );
    }
}
