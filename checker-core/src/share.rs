//! Share links: everything needed to reproduce a check (program files, test, configuration, schedule) as one
//! compact, URL-safe string for the fragment of a link (`/#/t/<data>`).
//!
//! The bundle is JSON, deflated, then base64url-encoded without padding. Decoding never panics on hostile
//! input: the inflated size is bounded and every failure is an error message.

use crate::source::SourceSet;
use crate::trace::TraceConfig;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// Version of the bundle format; bumped on incompatible changes.
pub const SHARE_FORMAT: u32 = 1;

/// The largest bundle a link may inflate to (program text included).
pub const MAX_BUNDLE_BYTES: usize = 4 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedFile {
    pub name: String,
    pub text: String,
}

/// What a share link carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareBundle {
    pub format: u32,
    pub files: Vec<SharedFile>,
    pub test: String,
    pub config: TraceConfig,
    /// The schedule in [`crate::explore::schedule::encode`] form (empty: just the program and settings).
    pub schedule: String,
}

impl ShareBundle {
    pub fn sources(&self) -> SourceSet {
        let mut sources = SourceSet::new();
        for f in &self.files {
            sources.add(f.name.clone(), f.text.clone());
        }
        sources
    }

    /// The link data: JSON, deflated, base64url.
    pub fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        let compressed = miniz_oxide::deflate::compress_to_vec(&json, 9);
        URL_SAFE_NO_PAD.encode(compressed)
    }

    /// Reads link data written by [`ShareBundle::encode`].
    pub fn decode(data: &str) -> Result<ShareBundle, String> {
        let data = data.trim().trim_start_matches("#/t/").trim_start_matches("/t/");
        let compressed = URL_SAFE_NO_PAD.decode(data).map_err(|e| format!("the link is damaged (not base64url: {e})"))?;
        let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_BUNDLE_BYTES)
            .map_err(|e| format!("the link is damaged or too large ({:?})", e.status))?;
        let bundle: ShareBundle = serde_json::from_slice(&json).map_err(|e| format!("the link holds no Plait bundle: {e}"))?;
        if bundle.format != SHARE_FORMAT {
            return Err(format!("share format {} is not supported (this checker reads format {SHARE_FORMAT})", bundle.format));
        }
        Ok(bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::CheckOptions;

    fn bundle() -> ShareBundle {
        ShareBundle {
            format: SHARE_FORMAT,
            files: vec![SharedFile { name: "a.p".into(), text: "machine Main { start state S { } }\n".repeat(20) }],
            test: "DefaultImpl".into(),
            config: TraceConfig::from_options(&CheckOptions::default()),
            schedule: "s1.t.i3".into(),
        }
    }

    #[test]
    fn bundles_round_trip_through_compact_url_safe_text() {
        let b = bundle();
        let data = b.encode();
        assert!(data.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'), "{data}");
        assert!(data.len() < serde_json::to_string(&b).map_or(0, |j| j.len()) / 2, "repetitive programs compress");
        assert_eq!(ShareBundle::decode(&data), Ok(b.clone()));
        assert_eq!(ShareBundle::decode(&format!("#/t/{data}")), Ok(b));
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        assert!(ShareBundle::decode("not base64!").is_err());
        assert!(ShareBundle::decode("AAAA").is_err());
        let mut data = bundle().encode();
        data.truncate(data.len() / 2);
        assert!(ShareBundle::decode(&data).is_err());
        // A bomb: a megabyte of zeros compresses to almost nothing but may not inflate past the limit.
        let bomb = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&vec![b' '; MAX_BUNDLE_BYTES + 10], 9));
        assert!(ShareBundle::decode(&bomb).is_err_and(|e| e.contains("too large")));
    }
}
