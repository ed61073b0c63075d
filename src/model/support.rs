//! Support tickets (P12) as their owner and staff see them.

use serde::{Deserialize, Serialize};

/// The longest subject, in characters.
pub const SUBJECT_MAX_CHARS: usize = 200;
/// The longest message, in characters.
pub const BODY_MAX_CHARS: usize = 5000;

/// A ticket in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketSummary {
    pub id: String,
    /// Shown to the owner only; staff lists leave it empty until a reason is given.
    pub subject: String,
    /// `open`, `answered` or `closed`.
    pub status: String,
    pub messages: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One message of a ticket's thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketMessage {
    /// `user` or `staff`.
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// A ticket with its whole thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: String,
    pub subject: String,
    pub status: String,
    pub created_at: i64,
    /// The owner's name, for staff (empty for the owner's own view).
    pub owner_name: String,
    pub messages: Vec<TicketMessage>,
}

/// The short reference a ticket is named by: the last 8 characters of its
/// id (the random part of a UUIDv7).
pub fn reference(id: &str) -> String {
    let chars: Vec<char> = id.chars().filter(|c| *c != '-').collect();
    chars[chars.len().saturating_sub(8)..].iter().collect()
}
