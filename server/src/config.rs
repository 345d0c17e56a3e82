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
    /// Run only grading workers (no HTTP), e.g. on other machines sharing the PostgreSQL database.
    Worker,
    /// Grade one test: a request as JSON on standard input, the outcome as JSON on standard output (what
    /// workers run in a child process under time and memory limits).
    GradeTest,
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
    /// The labs folder (each lab a folder with lab.toml); invalid lab content stops start-up.
    #[arg(long, env = "PLAIT_LABS_DIR", default_value = "labs", global = true)]
    pub labs_dir: PathBuf,
    /// Grading workers to run (inside `serve`, or as `worker`); 0 in `serve`: grade elsewhere.
    #[arg(long, env = "PLAIT_WORKERS", default_value_t = 1, global = true)]
    pub workers: u32,
    /// Memory limit of each graded test's checker process, in MiB.
    #[arg(long, env = "PLAIT_GRADER_MEMORY_MB", default_value_t = 2048, global = true)]
    pub grader_memory_mb: u64,
    /// The longest any one graded test may run, in seconds, whatever its lab says.
    #[arg(long, env = "PLAIT_GRADER_TIME_CAP_S", default_value_t = 300, global = true)]
    pub grader_time_cap_s: u64,
    /// How long a worker holds a job before another may take it (if the worker died), in seconds; longer than
    /// the slowest lab's tests together.
    #[arg(long, env = "PLAIT_GRADER_LEASE_S", default_value_t = 600, global = true)]
    pub grader_lease_s: u64,
    /// Mark session cookies Secure (set this when serving over HTTPS).
    #[arg(long, env = "PLAIT_SECURE_COOKIES", default_value_t = false, global = true)]
    pub secure_cookies: bool,
}

impl Config {
    pub fn address(&self) -> SocketAddr {
        SocketAddr::new(self.host, self.port)
    }
}
