//! The status a row names, matched to one of the board's stages: by name
//! first, then by meaning, so "Interview" from one tool lands in
//! "Interviewing" (or "Entretiens", "Gesprekken") rather than in the first
//! stage. Meanings are recognised in English, Dutch and French, in the
//! words Huntr, Teal and spreadsheets use. The mapping page lists each
//! status of the file ([`distinct`]) with that stage, for the person to
//! change; their choice wins over the match.

use crate::server::boards::repo::stages::StageRow;

/// What a status says about an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Wishlist,
    Applied,
    Screening,
    Interview,
    Offer,
    Rejected,
    Ghosted,
}

/// Word stems of each meaning (compared with the start of each word of a
/// status, lower-cased and without accents or punctuation), the final
/// outcomes first: "Rejected after interview" is a rejection.
const STEMS: &[(Meaning, &[&str])] = &[
    (
        Meaning::Rejected,
        &[
            "reject",
            "declin",
            "refus",
            "afgewezen",
            "afwijzing",
            "closed",
            "not selected",
        ],
    ),
    (
        Meaning::Ghosted,
        &[
            "ghost",
            "no response",
            "no answer",
            "sans reponse",
            "geen reactie",
            "geen antwoord",
        ],
    ),
    (
        Meaning::Offer,
        &[
            "offer",
            "offre",
            "aanbod",
            "hired",
            "accepted",
            "accept",
            "embauch",
            "aangenomen",
        ],
    ),
    (
        Meaning::Interview,
        &["interview", "gesprek", "entretien", "entrevue", "onsite"],
    ),
    (
        Meaning::Screening,
        &[
            "screen",
            "phone",
            "preselect",
            "presel",
            "selectie",
            "review",
            "assessment",
        ],
    ),
    (
        Meaning::Applied,
        &[
            "appl",
            "sollicit",
            "gesollicit",
            "postul",
            "candidat",
            "submitted",
            "sent",
            "envoy",
            "verstuurd",
        ],
    ),
    (
        Meaning::Wishlist,
        &[
            "wish",
            "bookmark",
            "saved",
            "save",
            "someday",
            "interest",
            "todo",
            "envie",
            "favori",
            "verlang",
            "bewaard",
            "opgeslagen",
            "wens",
        ],
    ),
];

/// `text` lower-cased, accents folded, anything but letters and digits a
/// single space.
fn words(text: &str) -> String {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' | 'ä' => 'a',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'û' | 'ü' | 'ù' => 'u',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn meaning(text: &str) -> Option<Meaning> {
    let words = words(text);
    STEMS.iter().find_map(|(meaning, stems)| {
        let found = stems.iter().any(|stem| {
            if stem.contains(' ') {
                words.contains(stem)
            } else {
                words.split(' ').any(|word| word.starts_with(stem))
            }
        });
        found.then_some(*meaning)
    })
}

/// What two spellings of one status share ("Phone screen", "phone-screen").
pub fn key(status: &str) -> String {
    words(status)
}

/// The statuses of `cells`, each as first written with the number of
/// cells that hold it (by [`key`]), the most frequent first, then in the
/// order they first appear.
pub fn distinct<'a>(cells: impl IntoIterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for cell in cells {
        let cell = super::cells::text(cell);
        let key = key(cell);
        match at.get(&key) {
            Some(&i) => found[i].2 += 1,
            None => {
                at.insert(key.clone(), found.len());
                found.push((key, cell.to_string(), 1));
            }
        }
    }
    // A stable sort keeps the first appearance among equals.
    found.sort_by_key(|f| std::cmp::Reverse(f.2));
    found
        .into_iter()
        .map(|(_, value, rows)| (value, rows))
        .collect()
}

/// The stage `status` names (same name, any case), else the first stage
/// with the same meaning, else `None` (the caller uses the first stage).
pub fn stage_for<'a>(status: &str, stages: &'a [StageRow]) -> Option<&'a StageRow> {
    let status = status.trim();
    if status.is_empty() {
        return None;
    }
    if let Some(same) = stages
        .iter()
        .find(|s| s.name.trim().eq_ignore_ascii_case(status))
    {
        return Some(same);
    }
    let wanted = meaning(status)?;
    stages.iter().find(|s| meaning(&s.name) == Some(wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_read_by_meaning_in_three_languages() {
        assert_eq!(meaning("Interview"), Some(Meaning::Interview));
        assert_eq!(meaning("Interviewing"), Some(Meaning::Interview));
        assert_eq!(meaning("Gesprekken"), Some(Meaning::Interview));
        assert_eq!(meaning("Entretiens"), Some(Meaning::Interview));
        assert_eq!(meaning("Bookmarked"), Some(Meaning::Wishlist));
        assert_eq!(meaning("Envies"), Some(Meaning::Wishlist));
        assert_eq!(meaning("Verlanglijst"), Some(Meaning::Wishlist));
        assert_eq!(meaning("Postulé"), Some(Meaning::Applied));
        assert_eq!(meaning("Gesolliciteerd"), Some(Meaning::Applied));
        assert_eq!(meaning("Phone screen"), Some(Meaning::Screening));
        assert_eq!(meaning("Présélection"), Some(Meaning::Screening));
        assert_eq!(meaning("Offer received"), Some(Meaning::Offer));
        assert_eq!(meaning("Refusé"), Some(Meaning::Rejected));
        assert_eq!(meaning("Afgewezen"), Some(Meaning::Rejected));
        assert_eq!(meaning("Sans réponse"), Some(Meaning::Ghosted));
        assert_eq!(meaning("Geen reactie"), Some(Meaning::Ghosted));
        assert_eq!(meaning("Rejected after interview"), Some(Meaning::Rejected));
        assert_eq!(meaning("Applied - phone screen"), Some(Meaning::Screening));
        assert_eq!(meaning("Tuesday"), None);
    }

    #[test]
    fn statuses_are_listed_once_the_most_frequent_first() {
        let cells = [
            "Applied",
            "interview",
            "applied",
            "",
            "Interview",
            "APPLIED",
            "Offer",
        ];
        assert_eq!(
            distinct(cells),
            [
                ("Applied".to_string(), 3),
                ("interview".to_string(), 2),
                (String::new(), 1),
                ("Offer".to_string(), 1)
            ]
        );
        assert_eq!(key("Phone-screen"), key("phone screen"));
    }
}
