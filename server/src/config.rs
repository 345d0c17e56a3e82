//! The server's configuration, from flags and environment variables (flags win).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use clap::Parser;

/// Where the server listens and what it serves.
#[derive(Clone, Debug, Parser)]
#[command(name = "plait-server", version, about = "Serves the Plait playground")]
pub struct Config {
    /// Port to listen on.
    #[arg(long, env = "PORT", default_value_t = 8080)]
    pub port: u16,
    /// Address to bind (loopback by default: nothing is exposed unless asked).
    #[arg(long, env = "PLAIT_HOST", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub host: IpAddr,
    /// The built web app (scripts/web-build.sh writes it to web/dist).
    #[arg(long, env = "PLAIT_WEB_DIR", default_value = "web/dist")]
    pub web_dir: PathBuf,
}

impl Config {
    pub fn address(&self) -> SocketAddr {
        SocketAddr::new(self.host, self.port)
    }
}
