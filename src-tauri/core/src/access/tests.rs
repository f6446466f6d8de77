//! Accounts, signing in, the permission seam of `App` and the audit chain, over real SQLite.

use rusqlite::Connection;

use super::audit;
use super::auth::SignInInput;
use super::operators::{self, FirstAdminInput, OperatorInput, PasswordChange};
use super::roles::OperatorRole;
use crate::app::App;
use crate::context::{Actor, Session, Store};
use crate::error::{ErrorCode, Reason};
use crate::{demo, AppError};

fn code<T: std::fmt::Debug>(r: Result<T, AppError>) -> ErrorCode {
    r.expect_err("refused").code
}

fn input(login: &str, role: OperatorRole, communities: Vec<i64>) -> OperatorInput {
    OperatorInput {
        login: login.into(),
        display_name: format!("{login} 名"),
        role: Some(role),
        password: "correct horse".into(),
        pin: None,
        person_id: None,
        community_ids: communities,
    }
}

fn sign_in(app: &App, login: &str, secret: &str) -> Result<(), AppError> {
    app.sign_in(&SignInInput { login: login.into(), secret: secret.into() }).map(|_| ())
}

/// A window-mode app over the demo (which brings one account per role).
fn demo_window() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let cli = App::open(dir.path(), Actor::new("os:t"));
    demo::create(&cli.session().expect("session")).expect("demo");
    drop(cli);
    let app = App::open_window(dir.path());
    (dir, app)
}

#[test]
fn accounts_are_validated_and_the_last_admin_stays() {
    let store = Store::open_in_memory().expect("store");
    let s = Session::new(&store, Actor::new("t"));
    let first = FirstAdminInput {
        login: "admin".into(),
        display_name: "站长".into(),
        password: "admin-pass".into(),
    };
    let admin = s.write(|tx| operators::create_first_admin(tx, &first)).expect("admin");
    assert_eq!(code(s.write(|tx| operators::create_first_admin(tx, &first))), ErrorCode::Conflict);

    let refused = |i: OperatorInput| s.write(|tx| operators::create(tx, &i)).expect_err("refused");
    let e =
        refused(OperatorInput { login: "ADMIN".into(), ..input("x", OperatorRole::Desk, vec![]) });
    assert_eq!((e.field.as_deref(), e.reason), (Some("login"), Some(Reason::Duplicate)));
    let e = refused(OperatorInput {
        password: "short".into(),
        ..input("desk", OperatorRole::Desk, vec![])
    });
    assert_eq!(e.field.as_deref(), Some("password"));
    let e = refused(OperatorInput {
        pin: Some("12a4".into()),
        ..input("desk", OperatorRole::Desk, vec![])
    });
    assert_eq!(e.field.as_deref(), Some("pin"));
    let e = refused(input("pm", OperatorRole::PropertyManager, vec![]));
    assert_eq!((e.field.as_deref(), e.reason), (Some("communityIds"), Some(Reason::Required)));
    let e = refused(input("pm", OperatorRole::PropertyManager, vec![999]));
    assert_eq!(e.field.as_deref(), Some("communityIds"));
    assert_eq!(
        operators::list(&store.lock().expect("c")).expect("list").len(),
        1,
        "nothing half-written"
    );

    let demote =
        OperatorInput { password: String::new(), ..input("admin", OperatorRole::Desk, vec![]) };
    assert_eq!(code(s.write(|tx| operators::update(tx, admin.id, &demote))), ErrorCode::Conflict);
    assert_eq!(code(s.write(|tx| operators::archive(tx, admin.id, None))), ErrorCode::Conflict);
    let desk = s
        .write(|tx| operators::create(tx, &input("desk", OperatorRole::Desk, vec![])))
        .expect("desk");
    assert_eq!(
        code(s.write(|tx| operators::archive(tx, desk.id, Some(desk.id)))),
        ErrorCode::Conflict
    );
    s.write(|tx| operators::archive(tx, desk.id, Some(admin.id))).expect("archived");
    // An archived login is free again; the old account stays in the list as history.
    s.write(|tx| operators::create(tx, &input("desk", OperatorRole::Desk, vec![])))
        .expect("reused");
    assert_eq!(operators::list(&store.lock().expect("c")).expect("list").len(), 3);

    let log: String = store
        .lock()
        .expect("c")
        .query_row("SELECT group_concat(coalesce(before_json,'') || coalesce(after_json,'')) FROM change_log", [], |r| r.get(0))
        .expect("log");
    assert!(
        !log.contains("argon2") && !log.contains("correct horse"),
        "no secret reaches the trail"
    );
}

#[test]
fn sign_in_by_password_or_pin_counts_failures_and_waits() {
    let (_dir, app) = demo_window();
    assert_eq!(code(app.authorize("get_roster")), ErrorCode::NotSignedIn);
    assert_eq!(code(sign_in(&app, "nobody", "demo1234")), ErrorCode::BadCredentials);
    assert_eq!(code(sign_in(&app, &"长".repeat(100_000), "x")), ErrorCode::BadCredentials);
    assert_eq!(code(sign_in(&app, "qiantai", "wrong")), ErrorCode::BadCredentials);
    sign_in(&app, "QianTai", demo::DEMO_PASSWORD).expect("login names ignore case");
    app.authorize("get_roster").expect("the desk reads the roster");
    assert_eq!(code(app.authorize("create_grid")), ErrorCode::Forbidden);
    assert_eq!(code(app.authorize("no_such_command")), ErrorCode::Forbidden);

    app.lock().expect("lock");
    assert_eq!(code(app.authorize("get_roster")), ErrorCode::SessionLocked);
    assert!(app.status().session.expect("still named").locked);
    app.authorize("sign_in").expect("signing in stays open while locked");

    // The administrator gives the desk a PIN for quick switching.
    sign_in(&app, "admin", demo::DEMO_PASSWORD).expect("admin");
    let desk = operators::list(&app.store().expect("s").lock().expect("c"))
        .expect("list")
        .into_iter()
        .find(|o| o.login == "qiantai")
        .expect("desk");
    let with_pin = OperatorInput {
        pin: Some("4321".into()),
        password: String::new(),
        ..input("qiantai", OperatorRole::Desk, vec![])
    };
    app.update_operator(desk.id, &with_pin).expect("pin set");
    sign_in(&app, "qiantai", "4321").expect("pin works");

    for _ in 0..5 {
        assert_eq!(code(sign_in(&app, "qiantai", "0000")), ErrorCode::BadCredentials);
    }
    assert_eq!(
        code(sign_in(&app, "qiantai", "4321")),
        ErrorCode::TooManyAttempts,
        "even the right PIN waits"
    );
    let failures: i64 = app
        .store()
        .expect("s")
        .lock()
        .expect("c")
        .query_row("SELECT count(*) FROM change_log WHERE action = 'sign_in_failed'", [], |r| {
            r.get(0)
        })
        .expect("count");
    assert_eq!(failures, 8, "every failure is in the trail");
}

#[test]
fn a_changed_role_applies_at_once_and_an_officer_marks_only_their_own_duty() {
    let (_dir, app) = demo_window();
    sign_in(&app, "weizy", demo::DEMO_PASSWORD).expect("officer");
    let s = app.session().expect("session");
    let me = s.caller().person_id.expect("linked to the roster");
    let mark = |person_id| crate::duty::attendance::Attendance {
        date: "2026-11-01".into(),
        rule_id: None,
        person_id,
        arrived_at: Some("08:40".into()),
        left_at: None,
        no_show: false,
        reason: String::new(),
    };
    crate::duty::attendance::mark_by(&s, &mark(me)).expect("own arrival");
    assert_eq!(code(crate::duty::attendance::mark_by(&s, &mark(me + 1))), ErrorCode::Forbidden);

    let pw = PasswordChange { current: "wrong".into(), new_password: "new-password-1".into() };
    let e = operators::change_password_by(&s, &pw).expect_err("wrong current");
    assert_eq!(e.field.as_deref(), Some("current"));
    let pw = PasswordChange {
        current: demo::DEMO_PASSWORD.into(),
        new_password: "new-password-1".into(),
    };
    operators::change_password_by(&s, &pw).expect("changed");
    drop(s);
    sign_in(&app, "weizy", "new-password-1").expect("new password");
}

#[test]
fn a_property_manager_reaches_only_their_community_and_no_staff_data() {
    let (_dir, app) = demo_window();
    sign_in(&app, "wuye-huayuan", demo::DEMO_PASSWORD).expect("pm");
    let st = app.status();
    let caller = app.session().expect("s").caller().clone();
    assert_eq!(caller.communities.len(), 1, "scoped to 花园社区");
    for cmd in ["get_roster", "get_duty_schedule", "duty_now", "export_roster", "list_audit"] {
        assert_eq!(code(app.authorize(cmd)), ErrorCode::Forbidden, "{cmd}");
    }
    app.authorize("get_workstation").expect("the header names the workstation");
    assert_eq!(st.session.expect("s").perms.len(), 5, "public, signed, cases, meetings, actions");
}

fn tampered(f: impl FnOnce(&Connection)) -> audit::AuditCheck {
    let store = Store::open_in_memory().expect("store");
    demo::create(&Session::new(&store, Actor::new("t"))).expect("demo");
    let conn = store.lock().expect("c");
    assert!(audit::verify(&conn).expect("verify").ok, "the untouched chain holds");
    f(&conn);
    audit::verify(&conn).expect("verify")
}

#[test]
fn audit_verify_names_the_first_edited_deleted_reordered_or_cut_record() {
    let edited = tampered(|c| {
        c.execute("UPDATE change_log SET after_json = '\"改过\"' WHERE id = 40", []).expect("edit");
    });
    assert_eq!((edited.ok, edited.first_broken), (false, Some(40)));

    let actor = tampered(|c| {
        c.execute("UPDATE change_log SET actor = 'someone' WHERE id = 7", []).expect("edit");
    });
    assert_eq!(actor.first_broken, Some(7));

    let deleted = tampered(|c| {
        c.execute("DELETE FROM change_log WHERE id = 25", []).expect("delete");
    });
    assert_eq!(deleted.first_broken, Some(25));

    let reordered = tampered(|c| {
        c.execute_batch(
            "UPDATE change_log SET id = -1 WHERE id = 10;
             UPDATE change_log SET id = 10 WHERE id = 11;
             UPDATE change_log SET id = 11 WHERE id = -1;",
        )
        .expect("swap");
    });
    assert_eq!(reordered.first_broken, Some(10));

    let mut last = 0;
    let cut = tampered(|c| {
        last = c.query_row("SELECT max(id) FROM change_log", [], |r| r.get(0)).expect("max");
        c.execute("DELETE FROM change_log WHERE id >= ?1", [last - 2]).expect("cut");
    });
    assert_eq!(cut.first_broken, Some(last - 2), "{:?}", cut.problem);

    let rehashed = tampered(|c| {
        // Editing a record and fixing its own hash still breaks the next record's link.
        c.execute("UPDATE change_log SET after_json = '\"x\"', hash = 'f00' WHERE id = 5", [])
            .expect("edit");
    });
    assert_eq!(rehashed.first_broken, Some(5));
}

#[test]
fn records_written_before_the_chain_are_chained_by_the_migration() {
    let store = Store::open_in_memory().expect("store");
    let conn = store.lock().expect("c");
    conn.execute_batch(
        "DELETE FROM audit_head;
         INSERT INTO change_log (id, at, actor, action, entity) VALUES
           (3, '2026-01-01T00:00:00+08:00', 'os:u', 'create', 'workstation'),
           (9, '2026-01-02T00:00:00+08:00', 'os:u', 'update', 'setting');",
    )
    .expect("old rows");
    assert!(!audit::verify(&conn).expect("v").ok, "unchained rows fail");
    audit::chain_unhashed(&conn).expect("chain");
    let check = audit::verify(&conn).expect("v");
    assert!(check.ok && check.records == 2, "{check:?}");
}

#[test]
fn the_audit_view_filters_by_person_area_and_date() {
    let (_dir, app) = demo_window();
    sign_in(&app, "admin", demo::DEMO_PASSWORD).expect("admin");
    let s = app.session().expect("s");
    let all = s
        .read(|c| audit::list(c, &audit::AuditQuery { page_size: 10, ..Default::default() }))
        .expect("all");
    assert!(all.total > 50 && all.records.len() == 10);
    assert_eq!(all.records[0].action, "sign_in", "newest first");
    assert!(all.actors.contains(&"admin".to_string()) && all.actors.contains(&"os:t".to_string()));
    let q = audit::AuditQuery {
        actor: Some("admin".into()),
        area: Some(audit::AuditArea::Access),
        page_size: 50,
        ..Default::default()
    };
    let mine = s.read(|c| audit::list(c, &q)).expect("mine");
    assert_eq!(mine.total, 1);
    let roster = audit::AuditQuery {
        area: Some(audit::AuditArea::Roster),
        page_size: 200,
        ..Default::default()
    };
    let r = s.read(|c| audit::list(c, &roster)).expect("roster");
    assert!(r.total > 0 && r.records.iter().all(|x| x.area == audit::AuditArea::Roster));
    let future =
        audit::AuditQuery { from: Some("2999-01-01".into()), page_size: 5, ..Default::default() };
    assert_eq!(s.read(|c| audit::list(c, &future)).expect("none").total, 0);
    let bad = audit::AuditQuery { from: Some("昨天".into()), page_size: 5, ..Default::default() };
    assert_eq!(code(s.read(|c| audit::list(c, &bad))), ErrorCode::Validation);
}
