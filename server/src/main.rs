//! `plait-server`: connects to the database (applying migrations), then serves until Ctrl-C or SIGTERM, or
//! runs an administrative command.

use std::io::BufRead;
use std::process::ExitCode;

use clap::Parser;
use plait_server::app::{router, AppState};
use plait_server::config::{Cli, Command, Config};
use plait_server::db::Db;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt().with_target(false).init();
    let cli = Cli::parse();
    let config = cli.config;
    let db = match Db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    let state = match AppState::new(db, config.web_dir.clone(), config.secure_cookies).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config, state).await,
        Command::CreateInstructor { email, name } => create_instructor(&state, &email, &name).await,
    }
}

async fn create_instructor(state: &AppState, email: &str, name: &str) -> ExitCode {
    let password = match std::env::var("PLAIT_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            if std::io::stdin().lock().read_line(&mut line).is_err() {
                eprintln!("plait-server: could not read the password from standard input");
                return ExitCode::from(3);
            }
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    match plait_server::routes::auth::create_user(state, email, name, &password, true).await {
        Ok(user) => {
            println!("created instructor {} <{}>", user.name, user.email);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("plait-server: {}", e.message);
            ExitCode::from(3)
        }
    }
}

async fn serve(config: Config, state: AppState) -> ExitCode {
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
    tracing::info!(%shown, web_dir = %config.web_dir.display(), database = ?state.db.backend, "listening");
    let served = axum::serve(listener, router(state)).with_graceful_shutdown(shutdown_signal()).await;
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
