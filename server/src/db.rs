//! The database: SQLite (a file under `./data/`, the default) or PostgreSQL (`DATABASE_URL`), through one
//! sqlx `Any` pool so that every query is written once; migrations from `migrations/` run at start-up.

use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// The embedded default: created on first start.
pub const DEFAULT_SQLITE_URL: &str = "sqlite://data/plait.db?mode=rwc";

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl Db {
    /// Connects to `url` (creating the SQLite file and its folder if needed) and applies the migrations.
    pub async fn connect(url: &str) -> Result<Db, String> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            return Err(format!("unsupported database URL `{}` (use sqlite://… or postgres://…)", redact(url)));
        };
        if backend == Backend::Sqlite {
            if let Some(folder) = sqlite_folder(url) {
                std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            }
        }
        let options = AnyConnectOptions::from_str(url).map_err(|e| format!("bad database URL `{}`: {e}", redact(url)))?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 10 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Foreign keys are off by default in SQLite; writers wait for each other instead of failing.
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| format!("cannot connect to the database `{}`: {e}", redact(url)))?;
        MIGRATOR.run(&pool).await.map_err(|e| format!("database migrations failed: {e}"))?;
        Ok(Db { pool, backend })
    }
}

/// The folder of a `sqlite://path/file.db?…` URL, if it names one.
fn sqlite_folder(url: &str) -> Option<std::path::PathBuf> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next()?;
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    std::path::Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()).map(|p| p.to_path_buf())
}

/// A URL as it may be shown: without its password.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_appear_in_messages() {
        assert_eq!(redact("postgres://plait:secret@db:5432/plait"), "postgres://plait:***@db:5432/plait");
        assert_eq!(redact("postgres://postgres@127.0.0.1/test"), "postgres://postgres@127.0.0.1/test");
        assert_eq!(redact(DEFAULT_SQLITE_URL), DEFAULT_SQLITE_URL);
    }

    #[test]
    fn the_sqlite_folder_is_found_in_the_url() {
        assert_eq!(sqlite_folder(DEFAULT_SQLITE_URL), Some(std::path::PathBuf::from("data")));
        assert_eq!(sqlite_folder("sqlite::memory:"), None);
        assert_eq!(sqlite_folder("sqlite://plait.db"), None);
    }
}
