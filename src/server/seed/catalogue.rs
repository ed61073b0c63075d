//! The words demo data is made of, and where a demo card ends up.

use rand::Rng;
use rand::rngs::StdRng;

pub fn pick<'a, T>(rng: &mut StdRng, from: &'a [T]) -> &'a T {
    &from[rng.random_range(0..from.len())]
}

/// Stage positions of the job-search template a card passes through:
/// 0 Wishlist, 1 Applied, 2 Screening, 3 Interviewing, 4 Offer,
/// 5 Rejected, 6 Ghosted. Weighted like a real search.
pub fn path(rng: &mut StdRng) -> &'static [usize] {
    const PATHS: &[(u32, &[usize])] = &[
        (22, &[0]),
        (20, &[0, 1]),
        (12, &[0, 1, 6]),
        (14, &[0, 1, 5]),
        (9, &[0, 1, 2]),
        (7, &[0, 1, 2, 5]),
        (8, &[0, 1, 2, 3]),
        (5, &[0, 1, 2, 3, 5]),
        (3, &[0, 1, 2, 3, 4]),
    ];
    let total: u32 = PATHS.iter().map(|(w, _)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (weight, path) in PATHS {
        if roll < *weight {
            return path;
        }
        roll -= weight;
    }
    PATHS[0].1
}

pub const BOARD_NAMES: &[&str] = &["Autumn 2026 search", "Side projects", "Dream companies"];

pub const PEOPLE: &[&str] = &[
    "Sanne de Vries",
    "Lucas Martin",
    "Amira Haddad",
    "Jonas Peeters",
    "Chloé Bernard",
    "Daan Visser",
    "Priya Raman",
    "Noah Janssens",
];

/// A job title and the tags it usually carries.
pub const ROLES: &[(&str, &str)] = &[
    ("Backend Engineer", "rust, api"),
    ("Senior Rust Developer", "rust, senior"),
    ("Full-stack Developer", "typescript, rust"),
    ("Site Reliability Engineer", "sre, kubernetes"),
    ("Data Engineer", "python, sql"),
    ("Product Designer", "design, figma"),
    ("Engineering Manager", "management"),
    ("Frontend Developer", "css, accessibility"),
    ("Platform Engineer", "infra, rust"),
    ("Security Engineer", "security"),
    ("Mobile Developer", "ios, android"),
    ("Technical Writer", "docs"),
];

pub const COMPANIES: &[&str] = &[
    "Northwind Logistics",
    "Blue Heron Labs",
    "Canal Street Bank",
    "Tulip Robotics",
    "Atelier Numérique",
    "Polder Energy",
    "Brightline Health",
    "Orbital Maps",
    "Kestrel Security",
    "Meadow Foods",
    "Lumen Learning",
    "Harbour Freight Tech",
    "Quill & Ink Publishing",
    "Fjord Analytics",
    "Sable Games",
    "Cobalt Cloud",
    "Vinea Wines",
    "Granite Insurance",
    "Pixel Forge",
    "Open Transit",
    "Helix Biotech",
    "Driftwood Travel",
    "Beacon Civic",
    "Marlow & Finch",
];

/// A city and the currency salaries there are quoted in.
pub const CITIES: &[(&str, &str)] = &[
    ("Amsterdam", "EUR"),
    ("Utrecht", "EUR"),
    ("Rotterdam", "EUR"),
    ("Brussels", "EUR"),
    ("Paris", "EUR"),
    ("Lyon", "EUR"),
    ("Berlin", "EUR"),
    ("London", "GBP"),
    ("Zurich", "CHF"),
];

pub const SOURCES: &[&str] = &[
    "LinkedIn",
    "Referral",
    "Company site",
    "Meetup",
    "Recruiter",
];

pub const DESCRIPTION: &str = "We are looking for someone who enjoys building \
reliable software with a small team. You will own features from design to \
production, review code, and help shape how we work.\n\nWhat we offer: a \
learning budget, flexible hours, and a team that writes things down.";
