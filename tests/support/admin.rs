//! Staff tools through the router: who may use them, deleting a minor's
//! account (P30) with everything in it, signing a person out everywhere
//! (P07), and the audit log (P20). Each test
//! runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::every_table::find_in_mail_files;
use crate::common::*;

async fn count(t: &TestDb, sql: &str, id: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

/// P30 P20 P22: an administrator deletes an account found to belong to a
/// minor, after typing their own password again and a reason; it is gone
/// at once with its sessions, queued emails and data, its stored files (a
/// prepared export) and delivered `.eml` files, and the audit log records
/// who, when and why without naming the person. Support staff cannot.
#[tokio::test]
async fn p30_staff_can_delete_a_minors_account() {
    let t = fx_db().await;
    let state = fx_state_with(&t, &[("OFFERLINE_EXPORT_BACKGROUND_ROWS", "0")]);
    let app = fx_app(state.clone());
    let staff = sign_up(&app, "Sam Admin", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "admin").await;
    let support = sign_up(&app, "Sue Support", "sue@example.org").await;
    make_staff(&t, "sue@example.org", "support").await;
    let minor = sign_up(&app, "Kim Young", "kim@example.org").await;
    let (kim_id, ..) = user_row(&t, "kim@example.org").await;
    let board = call(
        &app,
        "/api/boards/create",
        Some(&minor),
        &[("name", "My search"), ("template", "job-search")],
    )
    .await;
    assert_eq!(board.status, 200, "{}", board.body);
    // A prepared export in storage, and mail delivered as .eml files.
    let export = send(
        &app,
        post_form("/settings/data/export")
            .header("cookie", &minor)
            .header("origin", "http://offerline.test")
            .header("accept", "text/html")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert!(export.status < 400, "export: {}", export.status);
    run_jobs(&state).await;
    let prefix = offerline::server::storage::user_prefix(&kim_id);
    assert_eq!(state.storage.list(&prefix).await.unwrap().len(), 1);
    assert!(!find_in_mail_files(&t, &["kim@example.org"]).is_empty());
    assert!(
        count(
            &t,
            "SELECT COUNT(*) FROM outbox WHERE user_id = $1",
            &kim_id
        )
        .await
            > 0
    );

    let reason = "told support they are 16";
    let full = |email: &'static str, password: &'static str| {
        [
            ("email", email),
            ("password", password),
            ("reason", reason),
            ("confirmed", "on"),
        ]
    };
    // Not for support staff.
    let by_support = call(
        &app,
        "/api/admin/delete-minor",
        Some(&support),
        &full("kim@example.org", PASSWORD),
    )
    .await;
    assert_eq!(by_support.status, 404, "{}", by_support.body);
    // The box, the reason and the password are all needed.
    let unconfirmed = call(
        &app,
        "/api/admin/delete-minor",
        Some(&staff),
        &[
            ("email", "kim@example.org"),
            ("password", ""),
            ("reason", ""),
        ],
    )
    .await;
    assert_eq!(unconfirmed.status, 422, "{}", unconfirmed.body);
    for key in ["error-admin-confirm-minor", "\"reason\"", "\"password\""] {
        assert!(
            unconfirmed.body.contains(key),
            "{key}: {}",
            unconfirmed.body
        );
    }
    let wrong = call(
        &app,
        "/api/admin/delete-minor",
        Some(&staff),
        &full("kim@example.org", "not my password"),
    )
    .await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.body.contains("error-password-wrong"),
        "{}",
        wrong.body
    );
    let unknown = call(
        &app,
        "/api/admin/delete-minor",
        Some(&staff),
        &full("nobody@example.org", PASSWORD),
    )
    .await;
    assert_eq!(unknown.status, 422);
    assert!(!me(&app, &minor).await.is_null(), "nothing happened yet");

    let done = call(
        &app,
        "/api/admin/delete-minor",
        Some(&staff),
        &full("KIM@example.org", PASSWORD),
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(
        me(&app, &minor).await.is_null(),
        "the minor's session ended"
    );
    assert!(state.storage.list(&prefix).await.unwrap().is_empty());
    let files = find_in_mail_files(&t, &["kim@example.org", &kim_id]);
    assert!(files.is_empty(), "left behind: {files:#?}");
    for table in [
        "users",
        "sessions",
        "outbox",
        "boards",
        "stages",
        "auth_events",
    ] {
        let column = if table == "users" { "id" } else { "user_id" };
        let left = count(
            &t,
            &format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"),
            &kim_id,
        )
        .await;
        assert_eq!(left, 0, "{table} still holds the minor's rows");
    }

    // The audit log names the member of staff, not the person.
    let (actor, action, subject, kept): (Option<String>, String, String, String) = sqlx::query_as(
        "SELECT actor_id, action, subject_hash, reason FROM audit_log \
             WHERE action = 'account.deleted_minor'",
    )
    .fetch_one(&t.db.pool)
    .await
    .unwrap();
    let (sam_id, ..) = user_row(&t, "sam@example.org").await;
    assert_eq!(actor.as_deref(), Some(sam_id.as_str()));
    assert_eq!(kept, reason);
    assert_eq!(action, "account.deleted_minor");
    assert!(!subject.contains(&kim_id) && !subject.contains("kim"));
    let audit = call(&app, "/api/admin/audit", Some(&staff), &[]).await;
    assert_eq!(audit.status, 200);
    assert!(audit.body.contains("account.deleted_minor") && audit.body.contains("\"by_me\":true"));
}

/// P20 P30: a person without a staff role finds no staff tools at all, and
/// staff cannot delete another member of staff this way.
#[tokio::test]
async fn p20_staff_tools_are_for_staff_only() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let user = sign_up(&app, "Una User", "una@example.org").await;
    sign_up(&app, "Vic Victim", "vic@example.org").await;
    let tried = call(
        &app,
        "/api/admin/delete-minor",
        Some(&user),
        &[
            ("email", "vic@example.org"),
            ("password", PASSWORD),
            ("reason", "a reason"),
            ("confirmed", "on"),
        ],
    )
    .await;
    assert_eq!(tried.status, 404);
    assert_eq!(
        call(&app, "/api/admin/audit", Some(&user), &[])
            .await
            .status,
        404
    );
    let anonymous = call(
        &app,
        "/api/admin/delete-minor",
        None,
        &[
            ("email", "vic@example.org"),
            ("password", PASSWORD),
            ("reason", "a reason"),
            ("confirmed", "on"),
        ],
    )
    .await;
    assert_eq!(anonymous.status, 401);
    let page = send(
        &app,
        get("/admin")
            .header("cookie", &user)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 404);
    assert!(
        !page.body.contains("admin-minor-title")
            && !page.body.contains("Delete the account of a minor")
    );
    assert_eq!(
        count(
            &t,
            "SELECT COUNT(*) FROM users WHERE email = $1",
            "vic@example.org"
        )
        .await,
        1
    );

    let admin = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    make_staff(&t, "vic@example.org", "support").await;
    let staff_target = call(
        &app,
        "/api/admin/delete-minor",
        Some(&admin),
        &[
            ("email", "vic@example.org"),
            ("password", PASSWORD),
            ("reason", "a reason"),
            ("confirmed", "on"),
        ],
    )
    .await;
    assert_eq!(staff_target.status, 422);
    assert!(staff_target.body.contains("error-admin-staff-account"));
    let page = send(
        &app,
        get("/admin")
            .header("cookie", &admin)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Delete the account of a minor"));
}

/// P20: what staff read and the rights they get are written to the audit
/// log too: reading the audit log or the usage dashboard, publishing a
/// policy version, and an account made an administrator at the command
/// line (by the operator: no actor), each naming the account by its keyed
/// hash only.
#[tokio::test]
async fn p20_staff_reads_policy_publication_and_new_admins_are_audited() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let ada = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let (ada_id, ..) = user_row(&t, "ada@example.org").await;
    let entries = |action: &'static str| {
        let pool = t.db.pool.clone();
        async move {
            let rows: Vec<(Option<String>, String, String)> = sqlx::query_as(
                "SELECT actor_id, subject_hash, reason FROM audit_log WHERE action = $1",
            )
            .bind(action)
            .fetch_all(&pool)
            .await
            .unwrap();
            rows
        }
    };

    assert_eq!(
        call(&app, "/api/admin/audit", Some(&ada), &[]).await.status,
        200
    );
    assert_eq!(
        entries("audit_log.viewed").await,
        vec![(Some(ada_id.clone()), String::new(), String::new())]
    );
    let dashboard = call(&app, "/api/analytics/dashboard", Some(&ada), &[]).await;
    assert_eq!(dashboard.status, 200, "{}", dashboard.body);
    assert_eq!(entries("analytics.viewed").await.len(), 1);
    let published = call(
        &app,
        "/api/admin/policies/publish",
        Some(&ada),
        &[
            ("version", "2027-02"),
            ("effective", "2027-02-01"),
            ("summary_en", "Support emails carry a link only."),
            ("summary_nl", ""),
            ("summary_fr", ""),
        ],
    )
    .await;
    assert_eq!(published.status, 200, "{}", published.body);
    assert_eq!(
        entries("policy.published").await,
        vec![(Some(ada_id.clone()), String::new(), "2027-02".to_string())]
    );

    offerline::server::auth::create_admin(&state, "root@example.org", "Root")
        .await
        .unwrap();
    let (root_id, ..) = user_row(&t, "root@example.org").await;
    let made = entries("account.made_admin").await;
    assert_eq!(made.len(), 1);
    let (actor, subject, _) = &made[0];
    assert_eq!(*actor, None, "made by the operator, at the command line");
    assert_eq!(
        *subject,
        offerline::server::admin::subject_hash(&state, &root_id)
    );
    assert!(!subject.contains(&root_id));
}

/// P07 P20: an administrator signs a person out everywhere, after typing
/// their own password again and a reason: every session of that account
/// ends, the person's security history says so, and the audit log records
/// the act. Support staff cannot; an administrator's own account is ended
/// from its settings instead.
#[tokio::test]
async fn p07_an_administrator_can_sign_a_person_out_everywhere() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let admin = sign_up(&app, "Sam Admin", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "admin").await;
    let support = sign_up(&app, "Sue Support", "sue@example.org").await;
    make_staff(&t, "sue@example.org", "support").await;
    let laptop = sign_up(&app, "Lee Lost", "lee@example.org").await;
    let phone = session_cookie(&sign_in(&app, "lee@example.org", PASSWORD).await).unwrap();
    let (lee_id, ..) = user_row(&t, "lee@example.org").await;
    let reason = "reported a stolen laptop";
    let form = |email: &'static str, password: &'static str| {
        [("email", email), ("password", password), ("reason", reason)]
    };

    let reply = call(
        &app,
        "/api/admin/end-sessions",
        Some(&support),
        &form("lee@example.org", PASSWORD),
    )
    .await;
    assert_eq!(reply.status, 404, "support staff cannot");
    let reply = call(
        &app,
        "/api/admin/end-sessions",
        Some(&admin),
        &form("lee@example.org", "wrong-password-1"),
    )
    .await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("\"password\""), "{}", reply.body);
    let reply = call(
        &app,
        "/api/admin/end-sessions",
        Some(&admin),
        &form("sam@example.org", PASSWORD),
    )
    .await;
    assert!(
        reply.body.contains("error-admin-own-account"),
        "{}",
        reply.body
    );
    assert!(!me(&app, &laptop).await.is_null(), "nothing ended yet");

    let reply = call(
        &app,
        "/api/admin/end-sessions",
        Some(&admin),
        &form("lee@example.org", PASSWORD),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(
        me(&app, &laptop).await.is_null(),
        "the laptop is signed out"
    );
    assert!(me(&app, &phone).await.is_null(), "the phone is signed out");
    assert!(
        !me(&app, &admin).await.is_null(),
        "the administrator is not"
    );
    assert_eq!(
        count(&t, "SELECT COUNT(*) FROM auth_events WHERE user_id = $1 AND kind = 'sessions_ended_by_staff'", &lee_id).await,
        1,
        "the person's history says so"
    );
    let (kept,): (String,) =
        sqlx::query_as("SELECT reason FROM audit_log WHERE action = 'account.sessions_ended'")
            .fetch_one(&t.db.pool)
            .await
            .unwrap();
    assert_eq!(kept, reason);
    let again = session_cookie(&sign_in(&app, "lee@example.org", PASSWORD).await).unwrap();
    assert!(
        !me(&app, &again).await.is_null(),
        "the password still works"
    );
}
