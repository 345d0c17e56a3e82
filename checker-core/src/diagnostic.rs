//! The one diagnostic model of every phase, and its plain-text rendering with source snippets.

use crate::source::SourceSet;
use crate::span::{FileId, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// A secondary location with an optional note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A problem found in a program: stable code, message, where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code such as `P2003`; documented in `ARCHITECTURE.md` and never reused.
    pub code: &'static str,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub hints: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            primary: Label { span, message: String::new() },
            secondary: Vec::new(),
            hints: Vec::new(),
        }
    }

    /// Sets the note shown under the primary span.
    pub fn with_primary_note(mut self, note: impl Into<String>) -> Self {
        self.primary.message = note.into();
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label { span, message: message.into() });
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn span(&self) -> Span {
        self.primary.span
    }
}

/// Sorts diagnostics by file, then position, then code, as P's compiler reports them (by location).
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.primary.span.file, a.primary.span.start, a.code, &a.message).cmp(&(
            b.primary.span.file,
            b.primary.span.start,
            b.code,
            &b.message,
        ))
    });
}

struct SourceFiles<'a>(&'a SourceSet);

impl<'a> Files<'a> for SourceFiles<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.0.get(id).map(|f| f.name.as_str()).ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.0.get(id).map(|f| f.text.as_str()).ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        let file = self.0.get(id).ok_or(FilesError::FileMissing)?;
        Ok(file.line_column(byte_index as u32).0 - 1)
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<std::ops::Range<usize>, FilesError> {
        let file = self.0.get(id).ok_or(FilesError::FileMissing)?;
        let starts: Vec<usize> = std::iter::once(0)
            .chain(file.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let start = *starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge { given: line_index, max: starts.len().saturating_sub(1) })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(file.text.len());
        Ok(start..end)
    }
}

fn clamp(span: Span, sources: &SourceSet) -> std::ops::Range<usize> {
    let len = sources.get(span.file).map_or(0, |f| f.text.len());
    let start = (span.start as usize).min(len);
    let end = (span.end as usize).clamp(start, len);
    start..end
}

fn to_codespan(diagnostic: &Diagnostic, sources: &SourceSet) -> cs::Diagnostic<FileId> {
    let severity = match diagnostic.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut labels = vec![cs::Label::primary(diagnostic.primary.span.file, clamp(diagnostic.primary.span, sources))
        .with_message(diagnostic.primary.message.clone())];
    labels.extend(diagnostic.secondary.iter().map(|l| {
        cs::Label::secondary(l.span.file, clamp(l.span, sources)).with_message(l.message.clone())
    }));
    cs::Diagnostic::new(severity)
        .with_code(diagnostic.code)
        .with_message(diagnostic.message.clone())
        .with_labels(labels)
        .with_notes(diagnostic.hints.iter().map(|h| format!("help: {h}")).collect())
}

/// Renders diagnostics as plain text (no colour) with source snippets, for terminals, logs and snapshots.
pub fn render_plain(diagnostics: &[Diagnostic], sources: &SourceSet) -> String {
    let files = SourceFiles(sources);
    let config = term::Config::default();
    let mut out = Vec::new();
    for diagnostic in diagnostics {
        let cs_diag = to_codespan(diagnostic, sources);
        if term::emit(&mut out, &config, &files, &cs_diag).is_err() {
            // A diagnostic whose span does not fit its file still reaches the reader, without a snippet.
            out.extend_from_slice(format!("error[{}]: {}\n", diagnostic.code, diagnostic.message).as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
