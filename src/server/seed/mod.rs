//! Demo data: `offerline seed --users N --cards M`. Each person gets
//! verified accounts with one password, boards from the job-search
//! template, and cards spread over the stages the way a real search looks
//! (many wished for and applied to, fewer interviews, a few offers), each
//! with a timeline of moves over the past months. Cards are made through
//! the same rules as the app's own forms; only their times are moved into
//! the past afterwards.

mod catalogue;
pub mod repo;

use crate::error::AppError;
use crate::i18n::Locale;
use crate::model::card::CardForm;
use crate::server::auth::accounts::{self, NewUser};

use crate::server::boards::{self, cards};
use crate::server::db::Db;
use crate::server::hashing::Hasher;
use crate::server::id::new_id;
use crate::server::scope::{Role, Scope, UserScope};
use crate::server::time::now_ms;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const DAY_MS: i64 = 86_400_000;

/// What to make.
#[derive(Debug, Clone)]
pub struct Plan {
    pub users: usize,
    pub boards_per_user: usize,
    pub cards_per_user: usize,
    /// The password of every seeded account.
    pub password: String,
    /// Same seed, same data.
    pub seed: u64,
}

/// A seeded account.
#[derive(Debug, Clone)]
pub struct SeededUser {
    pub id: String,
    pub email: String,
    pub boards: Vec<String>,
}

/// Makes the accounts, boards and cards of `plan`.
pub async fn run(db: &Db, plan: &Plan) -> Result<Vec<SeededUser>, AppError> {
    let hash = Hasher::new(1).hash(plan.password.clone()).await?;
    let mut rng = StdRng::seed_from_u64(plan.seed);
    // The random end of a UUIDv7 (its start is the clock, the same for
    // runs a few seconds apart).
    let id = new_id();
    let run = &id[id.len() - 8..];
    let mut seeded = Vec::with_capacity(plan.users);
    for n in 0..plan.users {
        seeded.push(seed_user(db, plan, &hash, &format!("{run}-{n}"), &mut rng).await?);
    }
    Ok(seeded)
}

async fn seed_user(
    db: &Db,
    plan: &Plan,
    hash: &str,
    tag: &str,
    rng: &mut StdRng,
) -> Result<SeededUser, AppError> {
    let id = new_id();
    let email = format!("demo-{tag}@example.org");
    let name = catalogue::pick(rng, catalogue::PEOPLE).to_string();
    let now = now_ms();
    let user = NewUser {
        id: &id,
        email: &email,
        name: &name,
        role: Role::User,
        locale: "en",
        password_hash: Some(hash),
        policy_version: None,
        age_confirmed: true,
    };
    accounts::create_verified(db, &user, now).await?;
    let scope = Scope::User(UserScope::new(id.clone(), Role::User));
    let boards_wanted = plan.boards_per_user.max(1);
    let mut boards_made = Vec::with_capacity(boards_wanted);
    for b in 0..boards_wanted {
        let name = catalogue::BOARD_NAMES[b % catalogue::BOARD_NAMES.len()];
        boards_made.push(boards::create(&scope, db, Locale::En, name, "job-search").await?);
    }
    for c in 0..plan.cards_per_user {
        let board = &boards_made[c % boards_made.len()];
        seed_card(&scope, db, board, rng, now).await?;
    }
    Ok(SeededUser {
        id,
        email,
        boards: boards_made,
    })
}

/// One card, moved along a plausible path to where it ends, its timeline
/// spread over the past four months.
async fn seed_card(
    scope: &Scope,
    db: &Db,
    board_id: &str,
    rng: &mut StdRng,
    now: i64,
) -> Result<(), AppError> {
    let stages: Vec<String> = boards::get(scope, db, board_id)
        .await?
        .stages
        .into_iter()
        .map(|s| s.id)
        .collect();
    let path = catalogue::path(rng);
    let input = card_form(rng);
    let first = &stages[path[0]];
    let card = cards::add(scope, db, board_id, first, &input).await?.id;
    for &step in &path[1..] {
        boards::moves::move_to(scope, db, &card, &stages[step], None).await?;
    }
    let mut at = now - rng.random_range(7..120) * DAY_MS;
    let mut times = Vec::with_capacity(path.len());
    for _ in path {
        times.push(at.min(now));
        at += rng.random_range(DAY_MS / 4..12 * DAY_MS);
    }
    repo::backdate(db, &card, &times).await
}

fn card_form(rng: &mut StdRng) -> CardForm {
    let (title, tags) = *catalogue::pick(rng, catalogue::ROLES);
    let company = catalogue::pick(rng, catalogue::COMPANIES);
    let (city, currency) = *catalogue::pick(rng, catalogue::CITIES);
    let low = rng.random_range(40..90) * 1_000;
    let salary = rng.random_bool(0.7);
    let slug: String = company
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    CardForm {
        title: title.to_string(),
        company: company.to_string(),
        job_url: format!(
            "https://jobs.example.org/{slug}/{}",
            rng.random_range(1000..99_999)
        ),
        description: catalogue::DESCRIPTION.to_string(),
        location: city.to_string(),
        work_mode: catalogue::pick(rng, &["remote", "hybrid", "on-site"]).to_string(),
        salary_min: if salary {
            low.to_string()
        } else {
            String::new()
        },
        salary_max: if salary {
            (low + rng.random_range(5..30) * 1_000).to_string()
        } else {
            String::new()
        },
        salary_currency: if salary { currency } else { "" }.to_string(),
        salary_period: if salary { "year" } else { "" }.to_string(),
        job_type: catalogue::pick(rng, &["full-time", "full-time", "contract"]).to_string(),
        source: catalogue::pick(rng, catalogue::SOURCES).to_string(),
        excitement: rng.random_range(1..=5).to_string(),
        tags: tags.to_string(),
        ..CardForm::default()
    }
}
