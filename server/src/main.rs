//! `plait-server`: binds, prints its address, serves until Ctrl-C or SIGTERM.

use std::process::ExitCode;

use clap::Parser;
use plait_server::app::router;
use plait_server::config::Config;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt().with_target(false).init();
    let config = Config::parse();
    if !config.web_dir.join("index.html").is_file() {
        eprintln!(
            "plait-server: no web app in {} (build it with `bash scripts/web-build.sh`, or pass --web-dir)",
            config.web_dir.display()
        );
        return ExitCode::from(3);
    }
    let address = config.address();
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("plait-server: cannot listen on {address}: {e}");
            return ExitCode::from(3);
        }
    };
    let shown = listener.local_addr().unwrap_or(address);
    println!("Plait is running at http://{shown}/");
    tracing::info!(%shown, web_dir = %config.web_dir.display(), "listening");
    let served = axum::serve(listener, router(&config.web_dir)).with_graceful_shutdown(shutdown_signal()).await;
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("plait-server: {e}");
            ExitCode::from(3)
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}
