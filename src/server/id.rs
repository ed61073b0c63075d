//! Record ids: UUIDv7 as text, so ids sort by creation time and reveal
//! nothing else.

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
