//! `plait-server`: loads the labs and connects to the database (applying migrations), then serves with
//! grading workers until Ctrl-C or SIGTERM; or runs only workers, grades one test, or creates an instructor.

use std::io::{BufRead, Read};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use plait_server::app::{router, AppState};
use plait_server::config::{Cli, Command, Config};
use plait_server::db::Db;
use plait_server::grading::{run_check, GradeRequest};
use plait_server::worker::{self, WorkerConfig};
use tokio::sync::watch;

/// The checker recurses on deeply nested values; it gets the stack the CLI gives it.
const GRADER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve);
    if let Command::GradeTest = command {
        return grade_test();
    }
    tracing_subscriber::fmt().with_target(false).init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    runtime.block_on(run(cli.config, command))
}

/// `grade-test`: no database, no runtime; the check on a thread with a large stack.
fn grade_test() -> ExitCode {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        return ExitCode::from(3);
    }
    let Ok(request) = serde_json::from_str::<GradeRequest>(&input) else {
        eprintln!("plait-server grade-test: the request is not valid JSON");
        return ExitCode::from(3);
    };
    if let Some(limit) = request.time_limit_s {
        // A worker killed mid-test cannot kill this process; it ends itself a little after its limit.
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(limit.saturating_add(1)));
            std::process::exit(124);
        });
    }
    let outcome = std::thread::Builder::new().stack_size(GRADER_STACK).spawn(move || run_check(&request)).map(|h| h.join());
    match outcome {
        Ok(Ok(outcome)) => {
            println!("{}", serde_json::to_string(&outcome).unwrap_or_default());
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(3),
    }
}

async fn run(config: Config, command: Command) -> ExitCode {
    let labs = match plait_server::labs::load_all(&config.labs_dir) {
        Ok(labs) => labs,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    let db = match Db::connect(&config.database_url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    let state = match AppState::new(db, config.web_dir.clone(), config.secure_cookies, labs).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("plait-server: {e}");
            return ExitCode::from(3);
        }
    };
    match command {
        Command::Serve => serve(config, state).await,
        Command::Worker => work(config, state).await,
        Command::CreateInstructor { email, name } => create_instructor(&state, &email, &name).await,
        Command::GradeTest => ExitCode::SUCCESS,
    }
}

/// Starts `config.workers` grading workers; they stop when `shutdown` turns true.
fn start_workers(config: &Config, state: &AppState, shutdown: &watch::Receiver<bool>) -> Vec<tokio::task::JoinHandle<()>> {
    let Ok(exe) = std::env::current_exe() else {
        tracing::error!("cannot find this program's path; no grading workers");
        return Vec::new();
    };
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "local".into());
    (0..config.workers)
        .map(|i| {
            let worker_config = WorkerConfig {
                name: format!("{host}:{}:{i}:{}", std::process::id(), plait_server::ids::random_token(4)),
                exe: exe.clone(),
                memory_bytes: config.grader_memory_mb << 20,
                lease: Duration::from_secs(config.grader_lease_s),
                idle: Duration::from_millis(500),
                time_cap: Duration::from_secs(config.grader_time_cap_s),
            };
            tokio::spawn(worker::run(state.clone(), worker_config, shutdown.clone()))
        })
        .collect()
}

async fn work(config: Config, state: AppState) -> ExitCode {
    let (stop, shutdown) = watch::channel(false);
    let workers = start_workers(&config, &state, &shutdown);
    println!("{} grading worker(s) running", workers.len());
    shutdown_signal().await;
    let _ = stop.send(true);
    for w in workers {
        let _ = w.await;
    }
    ExitCode::SUCCESS
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
    let (stop, shutdown) = watch::channel(false);
    let workers = start_workers(&config, &state, &shutdown);
    let shown = listener.local_addr().unwrap_or(address);
    println!("Plait is running at http://{shown}/");
    tracing::info!(%shown, web_dir = %config.web_dir.display(), database = ?state.db.backend, labs = state.labs.len(), workers = workers.len(), "listening");
    let served = axum::serve(listener, router(state)).with_graceful_shutdown(shutdown_signal()).await;
    // Workers finish or give back their jobs before the process ends.
    let _ = stop.send(true);
    for w in workers {
        let _ = w.await;
    }
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
