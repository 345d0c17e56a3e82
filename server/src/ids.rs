//! Random tokens, ids and join codes, and the clock, in one place.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// `bytes` random bytes from the OS, base64url.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    // The OS's random source failing is not something a request can recover from.
    getrandom::fill(&mut buffer).expect("the OS random source is unavailable");
    URL_SAFE_NO_PAD.encode(buffer)
}

/// A new row id: 128 random bits.
pub fn new_id() -> String {
    random_token(16)
}

/// A course's join code: 8 characters a person can read out (no 0/O, 1/I/L).
pub fn join_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut buffer = [0u8; 8];
    getrandom::fill(&mut buffer).expect("the OS random source is unavailable");
    buffer.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect()
}

/// SHA-256, base64url: how session tokens are stored and share links are addressed.
pub fn digest(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(text.as_bytes()))
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}
