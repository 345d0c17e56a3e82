//! The server's configuration, from flags and environment variables (flags win).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "plait-server", version, about = "Serves the Plait playground and course platform")]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve (the default).
    Serve,
    /// Create an instructor account (one that may create courses); the password is read from
    /// PLAIT_PASSWORD or, if unset, from the first line of standard input.
    CreateInstructor {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

/// Where the server listens, what it serves, and its database.
#[derive(Clone, Debug, Args)]
pub struct Config {
    /// Port to listen on (0: any free port; the address is printed).
    #[arg(long, env = "PORT", default_value_t = 8080, global = true)]
    pub port: u16,
    /// Address to bind (loopback by default: nothing is exposed unless asked).
    #[arg(long, env = "PLAIT_HOST", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST), global = true)]
    pub host: IpAddr,
    /// The built web app (scripts/web-build.sh writes it to web/dist).
    #[arg(long, env = "PLAIT_WEB_DIR", default_value = "web/dist", global = true)]
    pub web_dir: PathBuf,
    /// sqlite://… or postgres://… (default: a SQLite file under ./data/, created on first start).
    #[arg(long, env = "DATABASE_URL", default_value = crate::db::DEFAULT_SQLITE_URL, global = true, hide_default_value = false)]
    pub database_url: String,
    /// Mark session cookies Secure (set this when serving over HTTPS).
    #[arg(long, env = "PLAIT_SECURE_COOKIES", default_value_t = false, global = true)]
    pub secure_cookies: bool,
}

impl Config {
    pub fn address(&self) -> SocketAddr {
        SocketAddr::new(self.host, self.port)
    }
}
