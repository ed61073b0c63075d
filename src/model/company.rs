//! A company (P03) and the applications the user has with it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    pub id: String,
    pub name: String,
    pub website: String,
    pub industry: String,
    pub size: String,
    pub location: String,
    pub notes: String,
    pub applications: Vec<CompanyCard>,
}

/// One of the user's applications with a company, wherever it sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyCard {
    pub id: String,
    pub title: String,
    pub board_name: String,
    pub stage_name: String,
    pub archived: bool,
}
