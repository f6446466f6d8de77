//! The admin CLI in the same binary: `community-workstation [--data-dir DIR] <command>`.
//! Exit 0 on success, 1 on failure with one line on stderr, 2 on usage errors (clap's own).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use workstation_core::access::audit;
use workstation_core::demo::{self, CityOptions, CitySummary, DemoOutcome};
use workstation_core::error::Reason;
use workstation_core::frontdesk;
use workstation_core::meetings;
use workstation_core::roster::import::{self, ImportPreview};
use workstation_core::roster::people;
use workstation_core::roster::sheet::SheetFormat;
use workstation_core::{backup, health, Actor, App, AppError, AppResult, ErrorCode};

#[derive(Parser, Debug)]
#[command(
    name = "community-workstation",
    version,
    about = "社区城管工作站 / Community Workstation. Without a command, opens the window."
)]
pub struct Args {
    /// Data folder holding the database (default: the OS app-data folder).
    #[arg(long, global = true, env = "COMMUNITY_WORKSTATION_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create the demo workstation (refuses a folder that holds a real workstation).
    Demo {
        /// Instead, a city-scale demo in an empty folder: 245 communities, 473 officers, a year
        /// of duty and meetings, N cases (default 100,000, at most 1,000,000) and N/10 visits.
        #[arg(long, conflicts_with = "visits")]
        city: bool,
        /// Also add N synthetic cases (for testing at scale), to a new or existing demo; with
        /// --city, the city's cases.
        #[arg(long, value_name = "N")]
        cases: Option<u32>,
        /// Also add N synthetic desk visits, spread over the past year.
        #[arg(long, value_name = "N")]
        visits: Option<u32>,
        /// Seed of the synthetic records: the same seed gives the same records.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Check integrity, schema version and counts; exit 1 on any problem.
    Check,
    /// Write a consistent backup of the database (and mirror the attachments beside it): to FILE,
    /// or without FILE into the data folder's backups (and the second folder, if one is set).
    Backup { file: Option<PathBuf> },
    /// List the backups of the data folder and the second folder, newest first.
    Backups,
    /// Replace the database with the backup FILE (the replaced one is kept in backups/).
    Restore { file: PathBuf },
    /// Import records from a .xlsx or .csv file (UTF-8 or GB18030); all rows or none.
    Import {
        kind: Kind,
        file: PathBuf,
        /// Show what would be added, changed and rejected; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export records to a file, format by extension: duty .ics/.xlsx/.csv; the others .xlsx/.csv.
    Export {
        kind: Kind,
        file: PathBuf,
        /// First day (YYYY-MM-DD) of the period.
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD) of the period.
        #[arg(long)]
        to: Option<String>,
        /// Only this person's duties (a name from the roster).
        #[arg(long)]
        person: Option<String>,
        /// Cases and visits: residents' names and phones in full (the export is audited).
        #[arg(long)]
        full_contacts: bool,
    },
    /// For the crash-survival test: writes cases and timeline entries as fast as it can and
    /// prints "ack <case id> <steps>" after each commit, until killed.
    #[command(hide = true)]
    CrashWriter,
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Counts per area.
    Stats {
        /// Print JSON for scripts.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditAction {
    /// Check the hash chain of the audit trail; exit 1 naming the first broken record.
    Verify,
}

/// What `import` and `export` work on. The duty and case areas add theirs here.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Kind {
    /// The 2+N grid roster (one row per person, grid and role).
    Roster,
    /// The duty schedule (export only; needs --from and --to).
    Duty,
    /// The case register (export: --from and --to, default everything; residents' phones
    /// masked unless --full-contacts). Import adds new registered cases from a sheet such as
    /// the 12345 hotline's work orders (类别, 社区, 标题 or 诉求内容...), all rows or none.
    Cases,
    /// The visit register (信访诉求登记本; export only; --from and --to, default everything;
    /// visitors' phones masked unless --full-contacts).
    Visits,
    /// The work log (工作日志; export only; needs --from and --to).
    Worklog,
    /// The meeting-minutes record book (会议记录本: meetings, attendees by party, decisions,
    /// actions; export only; --from and --to, default everything).
    Minutes,
    /// Every action item of the meetings, open and done (export only).
    Actions,
}

/// An export's first and last day: given, or (where the kind allows) from the first record
/// to today.
fn period(
    from: Option<String>,
    to: Option<String>,
    required: bool,
) -> AppResult<(NaiveDate, NaiveDate)> {
    let date = |field: &str, v: Option<String>, default: NaiveDate| match v {
        Some(v) => workstation_core::duty::parse_date(field, &v),
        None if required => Err(AppError::invalid(field, Reason::Required)),
        None => Ok(default),
    };
    let today = chrono::Local::now().date_naive();
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(today);
    Ok((date("from", from, epoch)?, date("to", to, today)?))
}

fn print_city(c: &CitySummary, dir: &Path) {
    let t = &c.times;
    let secs = |d: std::time::Duration| d.as_secs_f64();
    println!("created the city demo {} in {}", c.workstation, dir.display());
    println!(
        "city: {} communities, {} grids, {} officers, {} people in {} 2+N assignments, {} duty rules in {:.1} s",
        c.communities, c.grids, c.officers, c.people, c.assignments, c.duty_rules, secs(t.roster)
    );
    println!("cases: {} in {:.1} s", c.cases, secs(t.cases));
    println!("visits: {} in {:.1} s", c.visits, secs(t.visits));
    println!(
        "meetings: {} with {} action items in {:.1} s",
        c.meetings,
        c.actions,
        secs(t.meetings)
    );
    println!("total: {:.1} s", secs(t.roster + t.cases + t.visits + t.meetings));
    println!(
        "demo accounts (password {}): admin, qiantai, weizy, wuye-huayuan, huiyi",
        demo::DEMO_PASSWORD
    );
}

pub fn run(dir: &Path, command: Command) -> i32 {
    match execute(dir, command) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {} [{}]", e.message, e.code.as_str());
            1
        }
    }
}

fn execute(dir: &Path, command: Command) -> AppResult<()> {
    match command {
        Command::Demo { city: true, cases, seed, .. } => {
            let app = App::open(dir, Actor::os_user());
            let options =
                CityOptions { cases: cases.unwrap_or(CityOptions::default().cases), seed };
            print_city(&demo::create_city(&app.session()?, options)?, dir);
        }
        Command::Demo { cases, visits, seed, .. } => {
            let app = App::open(dir, Actor::os_user());
            let (outcome, ws) = demo::create(&app.session()?)?;
            if let Some(n) = cases {
                let started = std::time::Instant::now();
                let n = workstation_core::cases::synthetic::generate(&app.session()?, n, seed)?;
                println!("added {n} synthetic cases in {:.1} s", started.elapsed().as_secs_f64());
            }
            if let Some(n) = visits {
                let started = std::time::Instant::now();
                let n = frontdesk::synthetic::generate(&app.session()?, n, seed)?;
                println!("added {n} synthetic visits in {:.1} s", started.elapsed().as_secs_f64());
            }
            match outcome {
                DemoOutcome::Created => {
                    println!("created the demo workstation {} in {}", ws.name, dir.display());
                    println!(
                        "demo accounts (password {}): admin, qiantai, weizy, wuye-huayuan, huiyi",
                        demo::DEMO_PASSWORD
                    );
                }
                DemoOutcome::AlreadyThere => {
                    println!("the demo workstation is already in {}", dir.display())
                }
            }
        }
        Command::Check => {
            let report = App::open(dir, Actor::os_user()).session()?.read(health::check)?;
            println!("data folder:    {}", dir.display());
            println!("integrity:      {}", report.integrity);
            println!(
                "schema version: {} (this app: {})",
                report.schema_version, report.expected_schema_version
            );
            println!("communities:    {}", report.stats.communities);
            println!("changes logged: {}", report.stats.changes);
            if !report.problems.is_empty() {
                return Err(AppError::new(ErrorCode::DatabaseCorrupt, report.problems.join("; ")));
            }
            println!("ok");
        }
        Command::Backup { file: Some(file) } => {
            backup::backup_to(App::open(dir, Actor::os_user()).store()?, &file)?;
            println!("backup written to {}", file.display());
        }
        Command::Backup { file: None } => {
            let done = App::open(dir, Actor::os_user()).backup_now()?;
            println!("backup written to {}", done.backup.path);
            if let Some(e) = done.second_error {
                eprintln!("warning: {e}");
            }
        }
        Command::Backups => {
            for b in App::open(dir, Actor::os_user()).list_backups()? {
                let problem = b.problem.map(|p| format!("  NOT USABLE: {p}")).unwrap_or_default();
                println!(
                    "{}  {:>12} bytes  cases {:>8}  visits {:>7}  {}{problem}",
                    b.written_at, b.size_bytes, b.cases, b.visits, b.path
                );
            }
        }
        Command::Restore { file } => {
            let done = backup::restore(dir, &file)?;
            println!("restored {} into {}", file.display(), dir.display());
            if let Some(kept) = done.kept {
                println!("the replaced database was kept as {kept}");
            }
        }
        Command::Import { kind: Kind::Roster, file, dry_run } => {
            let app = App::open(dir, Actor::os_user());
            let session = app.session()?;
            let today = chrono::Local::now().date_naive();
            let result = if dry_run {
                import::preview_file(&session, &file, today)
            } else {
                import::apply_file(&session, &file, today)
            };
            match result {
                Ok(p) => print_import(&p),
                Err(e) => {
                    // Show why before failing: the rows to fix are the useful part.
                    if let Ok(p) = import::preview_file(&session, &file, today) {
                        print_import(&p);
                    }
                    return Err(e);
                }
            }
        }
        Command::Import { kind: Kind::Duty, .. } => {
            return Err(AppError::new(
                ErrorCode::Validation,
                "the duty schedule is computed from its rules; it is exported, not imported",
            ));
        }
        Command::Export { kind: Kind::Cases, file, from, to, full_contacts, .. } => {
            let app = App::open(dir, Actor::os_user());
            let (from, to) = period(from, to, false)?;
            let n = workstation_core::cases::export::export_file(
                &app.session()?,
                &file,
                from,
                to,
                full_contacts,
            )?;
            println!("exported {n} cases to {}", file.display());
        }
        Command::Export { kind: Kind::Visits, file, from, to, full_contacts, .. } => {
            let app = App::open(dir, Actor::os_user());
            let (from, to) = period(from, to, false)?;
            let (from, to) = (from.to_string(), to.to_string());
            let n =
                frontdesk::export::visits_file(&app.session()?, &file, &from, &to, full_contacts)?;
            println!("exported {n} visits to {}", file.display());
        }
        Command::Export { kind: Kind::Worklog, file, from, to, .. } => {
            let app = App::open(dir, Actor::os_user());
            let (from, to) = period(from, to, true)?;
            let (from, to) = (from.to_string(), to.to_string());
            let n = frontdesk::export::worklog_file(&app.session()?, &file, &from, &to)?;
            println!("exported {n} work-log days to {}", file.display());
        }
        Command::Export { kind: Kind::Minutes, file, from, to, .. } => {
            let app = App::open(dir, Actor::os_user());
            let (from, to) = (from.unwrap_or_default(), to.unwrap_or_default());
            let n = meetings::export::minutes_file(&app.session()?, &file, &from, &to)?;
            println!("exported the minutes of {n} meetings to {}", file.display());
        }
        Command::Export { kind: Kind::Actions, file, .. } => {
            let app = App::open(dir, Actor::os_user());
            let n = meetings::export::actions_file(&app.session()?, &file)?;
            println!("exported {n} action items to {}", file.display());
        }
        Command::Import { kind: Kind::Visits | Kind::Worklog, .. } => {
            return Err(AppError::new(
                ErrorCode::Validation,
                "visits and the work log are recorded at the desk; they are exported, not imported",
            ));
        }
        Command::Import { kind: Kind::Minutes | Kind::Actions, .. } => {
            return Err(AppError::new(
                ErrorCode::Validation,
                "meetings are recorded in the window; their minutes are exported, not imported",
            ));
        }
        Command::Import { kind: Kind::Cases, file, dry_run } => {
            let app = App::open(dir, Actor::os_user());
            let report =
                workstation_core::cases::import::import_file(&app.session()?, &file, dry_run)?;
            for r in &report.refused {
                eprintln!("row {}: {} {}", r.row, r.field, r.message);
            }
            if !report.refused.is_empty() {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!("{} rows refused; nothing was imported", report.refused.len()),
                ));
            }
            let verb = if dry_run { "would add" } else { "added" };
            println!("{verb} {} cases from {}", report.added, file.display());
        }
        Command::Export { kind: Kind::Duty, file, from, to, person, .. } => {
            let app = App::open(dir, Actor::os_user());
            let session = app.session()?;
            let (from, to) = period(from, to, true)?;
            let person = match person {
                Some(name) => Some(
                    session
                        .read(|c| people::by_name(c, &name))?
                        .first()
                        .map(|p| p.id)
                        .ok_or_else(|| AppError::not_found(&format!("person {name}")))?,
                ),
                None => None,
            };
            let n = workstation_core::duty::export_file(&session, &file, from, to, person)?;
            println!("exported {n} duties to {}", file.display());
        }
        Command::Export { kind: Kind::Roster, file, .. } => {
            let app = App::open(dir, Actor::os_user());
            let format = SheetFormat::from_path(&file)?;
            let rows = import::export_file(&app.session()?, &file, format)?;
            println!("exported {rows} roster rows to {}", file.display());
        }
        Command::CrashWriter => crash_writer(dir)?,
        Command::Audit { action: AuditAction::Verify } => {
            let check = App::open(dir, Actor::os_user()).session()?.read(audit::verify)?;
            if !check.ok {
                let at = check.first_broken.unwrap_or_default();
                let why = check.problem.unwrap_or_default();
                return Err(AppError::new(
                    ErrorCode::DatabaseCorrupt,
                    format!("audit trail broken at record {at}: {why}"),
                ));
            }
            println!("audit trail intact: {} records", check.records);
        }
        Command::Stats { json } => {
            let stats = App::open(dir, Actor::os_user()).session()?.read(health::stats)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            } else {
                println!("schema version: {}", stats.schema_version);
                println!("communities:    {}", stats.communities);
                println!("grids:          {}", stats.grids);
                println!("people:         {}", stats.people);
                println!("assignments:    {}", stats.assignments);
                println!("changes logged: {}", stats.changes);
                println!("size (bytes):   {}", stats.size_bytes);
            }
        }
    }
    Ok(())
}

fn crash_writer(dir: &Path) -> AppResult<()> {
    use std::io::Write;
    use workstation_core::cases::{categories, intake, model, steps, workflow::Step};
    let app = App::open(dir, Actor::os_user());
    let s = app.session()?;
    let category = s
        .read(categories::list)?
        .into_iter()
        .find(|c| c.limit.is_some() && !c.archived)
        .ok_or_else(|| AppError::new(ErrorCode::NotSetUp, "no case category"))?;
    let community = s.read(workstation_core::workstation::get)?.communities[0].id;
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let input = model::CaseInput {
            source: model::CaseSource::Desk,
            category_id: category.id,
            community_id: community,
            grid_id: None,
            address: format!("崩溃测试{i}号"),
            title: format!("崩溃测试案件{i}"),
            description: "写入后立即确认".into(),
            reporter_name: String::new(),
            reporter_phone: String::new(),
            anonymous: true,
            respondent_kind: String::new(),
            respondent_name: String::new(),
            urgency: model::Urgency::Normal,
            reported_at: String::new(),
            photos: Vec::new(),
        };
        let id = intake::create(&s, &input)?;
        writeln!(out, "ack {id} 1").and_then(|()| out.flush())?;
        let step = model::StepInput {
            note: format!("进展{i}"),
            ..model::StepInput::new(id, Step::Note)
        };
        steps::apply(&s, &step)?;
        writeln!(out, "ack {id} 2").and_then(|()| out.flush())?;
    }
    Ok(())
}

fn print_import(p: &ImportPreview) {
    let verb = if p.applied { "imported" } else { "would import" };
    println!(
        "{verb}: {} added, {} changed, {} unchanged, {} rejected",
        p.added.len(),
        p.changed.len(),
        p.unchanged,
        p.rejected.len()
    );
    if !p.missing_columns.is_empty() {
        println!("missing columns: {}", p.missing_columns.join(", "));
    }
    for r in &p.changed {
        println!(
            "  row {}: {} / {} / {} changes {}",
            r.row,
            r.grid,
            r.name,
            r.role,
            r.changes.join(", ")
        );
    }
    for r in &p.rejected {
        println!("  row {} rejected: {} ({})", r.row, r.reason.english(), r.value);
    }
}
