//! How the columns of a CSV file become card fields: headers recognised by
//! name (Offerline's own export, Huntr's and Teal's exports, and common
//! spellings in English, Dutch and French). The cells themselves are read
//! in `cells.rs`.

use crate::model::import::IMPORT_FIELDS;

/// Header spellings of each field, compared after [`header_key`].
const ALIASES: &[(&str, &[&str])] = &[
    (
        "title",
        &[
            "title",
            "jobtitle",
            "position",
            "jobposition",
            "role",
            "job",
            "jobname",
            "functie",
            "poste",
            "intitule",
        ],
    ),
    (
        "company",
        &[
            "company",
            "companyname",
            "employer",
            "organization",
            "organisation",
            "bedrijf",
            "entreprise",
            "societe",
        ],
    ),
    (
        "stage",
        &[
            "stage",
            "status",
            "list",
            "column",
            "pipelinestage",
            "applicationstatus",
            "fase",
            "etape",
            "statut",
        ],
    ),
    (
        "job_url",
        &[
            "joburl",
            "url",
            "link",
            "joblink",
            "postingurl",
            "jobposting",
            "jobpostingurl",
            "applicationurl",
            "vacature",
            "lien",
        ],
    ),
    (
        "description",
        &["description", "jobdescription", "details", "omschrijving"],
    ),
    (
        "location",
        &[
            "location",
            "joblocation",
            "city",
            "locatie",
            "lieu",
            "ville",
        ],
    ),
    (
        "work_mode",
        &[
            "workmode",
            "remote",
            "workplace",
            "workplacetype",
            "remotetype",
            "locationtype",
            "worktype",
        ],
    ),
    (
        "salary",
        &[
            "salary",
            "compensation",
            "pay",
            "salaryrange",
            "salaris",
            "salaire",
        ],
    ),
    (
        "salary_min",
        &[
            "salarymin",
            "minsalary",
            "minimumsalary",
            "salaryminimum",
            "salaryfrom",
        ],
    ),
    (
        "salary_max",
        &[
            "salarymax",
            "maxsalary",
            "maximumsalary",
            "salarymaximum",
            "salaryto",
        ],
    ),
    (
        "salary_currency",
        &["currency", "salarycurrency", "valuta", "devise"],
    ),
    ("salary_period", &["salaryperiod", "payperiod", "period"]),
    (
        "job_type",
        &[
            "jobtype",
            "employmenttype",
            "type",
            "contract",
            "contracttype",
        ],
    ),
    (
        "source",
        &["source", "jobsource", "foundvia", "foundon", "bron"],
    ),
    (
        "deadline",
        &[
            "deadline",
            "applicationdeadline",
            "duedate",
            "closingdate",
            "datelimite",
        ],
    ),
    (
        "applied_on",
        &[
            "appliedon",
            "dateapplied",
            "applieddate",
            "applicationdate",
            "applied",
            "datecandidature",
        ],
    ),
    ("excitement", &["excitement", "interest", "rating", "stars"]),
    ("tags", &["tags", "tag", "labels", "label"]),
    (
        "notes",
        &[
            "notes",
            "note",
            "comments",
            "comment",
            "notities",
            "remarques",
        ],
    ),
    ("archived", &["archived", "archive", "gearchiveerd"]),
];

/// A header as compared: lower case, letters and digits only.
pub(super) fn header_key(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'à' | 'â' => 'a',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// The field each header fills, or empty; no field is filled twice (the
/// first column wins).
pub fn auto_map(headers: &[String]) -> Vec<String> {
    let mut taken: Vec<&str> = Vec::new();
    headers
        .iter()
        .map(|h| {
            let key = header_key(h);
            let field = ALIASES
                .iter()
                .find(|(field, names)| !taken.contains(field) && names.contains(&key.as_str()))
                .map(|(field, _)| *field);
            match field {
                Some(f) => {
                    taken.push(f);
                    f.to_string()
                }
                None => String::new(),
            }
        })
        .collect()
}

/// Whether `field` is one a column can be mapped to (empty: left out).
pub fn is_field(field: &str) -> bool {
    field.is_empty() || IMPORT_FIELDS.contains(&field)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn offerline_huntr_and_teal_headers_map_themselves() {
        let ours = headers(&crate::server::boards::csv_export::headers());
        let mapped = auto_map(&ours);
        assert!(mapped.iter().all(|f| !f.is_empty()), "{mapped:?}");
        let huntr = headers(&[
            "Job Title",
            "Company",
            "List",
            "URL",
            "Location",
            "Salary",
            "Date Applied",
            "Notes",
        ]);
        assert_eq!(
            auto_map(&huntr),
            [
                "title",
                "company",
                "stage",
                "job_url",
                "location",
                "salary",
                "applied_on",
                "notes"
            ]
        );
        let teal = headers(&[
            "Company Name",
            "Job Position",
            "Status",
            "Job URL",
            "Excitement",
            "Date Saved",
            "Deadline",
        ]);
        assert_eq!(
            auto_map(&teal),
            [
                "company",
                "title",
                "stage",
                "job_url",
                "excitement",
                "",
                "deadline"
            ]
        );
        // A second column for the same field is left out.
        assert_eq!(auto_map(&headers(&["Title", "Position"])), ["title", ""]);
    }
}
