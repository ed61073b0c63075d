//! The emails Offerline sends, with the data each one needs, composed from
//! the `mail-*` strings of the Fluent catalogue (`src/i18n/*/mail.ftl`) in
//! the recipient's language.

use super::layout::{Block, Content, Rendered};
use crate::i18n::{Args, Locale, translate, translate_with};

/// Every email, with its data. Links are absolute `http(s)` URLs built by
/// the caller from `OFFERLINE_BASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Template {
    /// Confirms the address of a new account.
    VerifyEmail {
        name: String,
        link: String,
    },
    /// A password reset link, valid for `minutes`.
    PasswordReset {
        name: String,
        link: String,
        minutes: u32,
    },
    /// Sent to the new address to confirm an email change.
    EmailChangeConfirm {
        name: String,
        link: String,
        new_email: String,
    },
    /// Sent to the old address once the email was changed.
    EmailChangedNotice {
        name: String,
        new_email: String,
    },
    PasswordChanged {
        name: String,
    },
    /// Someone tried to create an account with the address (`sign_up`) or
    /// to move another account to it; the page answered as if it were free.
    AddressInUse {
        name: String,
        sign_up: bool,
        sign_in_link: String,
        reset_link: String,
    },
    /// Sign-in is blocked for `minutes` after repeated failures.
    AccountLocked {
        name: String,
        minutes: u32,
        reset_link: String,
    },
    /// A new version of the policies (P31), taking effect on `effective`
    /// (YYYY-MM-DD), with its summary of changes.
    PolicyUpdated {
        name: String,
        effective: String,
        summary: String,
        link: String,
    },
    /// To the support inbox: a new ticket, or (`reply`) its owner wrote
    /// again (P12). `reference` is the ticket's short reference; the
    /// subject and message only when configured to travel by email.
    SupportMessage {
        reference: String,
        subject: Option<String>,
        body: Option<String>,
        reply: bool,
        link: String,
    },
    /// To a ticket's owner: support answered.
    SupportReplied {
        name: String,
        subject: String,
        body: String,
        link: String,
    },
    /// The account was disabled for deletion; it is erased on `purge_date`
    /// (YYYY-MM-DD) unless its owner signs in before then.
    DeletionScheduled {
        name: String,
        purge_date: String,
        sign_in_link: String,
    },
    /// The export the owner asked for is ready (P26); the link works once,
    /// until `expires` (a UTC date and time).
    ExportReady {
        name: String,
        link: String,
        expires: String,
    },
    /// Getting-started tips, a few days after sign-up. Product email: not
    /// essential, so it carries a one-click unsubscribe.
    ProductTips {
        name: String,
        boards_link: String,
        unsubscribe_link: String,
    },
}

impl Template {
    /// The template's name, stored in `outbox.kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            Template::VerifyEmail { .. } => "verify_email",
            Template::PasswordReset { .. } => "password_reset",
            Template::EmailChangeConfirm { .. } => "email_change_confirm",
            Template::EmailChangedNotice { .. } => "email_changed_notice",
            Template::PasswordChanged { .. } => "password_changed",
            Template::AddressInUse { .. } => "address_in_use",
            Template::AccountLocked { .. } => "account_locked",
            Template::PolicyUpdated { .. } => "policy_updated",
            Template::SupportMessage { .. } => "support_message",
            Template::SupportReplied { .. } => "support_replied",
            Template::DeletionScheduled { .. } => "deletion_scheduled",
            Template::ExportReady { .. } => "export_ready",
            Template::ProductTips { .. } => "product_tips",
        }
    }

    /// Essential mail is part of running the account (security, access) and
    /// is sent even when the user restricted processing or declined product
    /// email. Non-essential mail carries a one-click unsubscribe.
    pub fn essential(&self) -> bool {
        !matches!(self, Template::ProductTips { .. })
    }

    /// The links the message carries, to be checked before it is stored.
    pub fn links(&self) -> Vec<&str> {
        match self {
            Template::VerifyEmail { link, .. }
            | Template::PasswordReset { link, .. }
            | Template::EmailChangeConfirm { link, .. } => vec![link],
            Template::AccountLocked { reset_link, .. } => vec![reset_link],
            Template::AddressInUse {
                sign_in_link,
                reset_link,
                ..
            } => vec![sign_in_link, reset_link],
            Template::PolicyUpdated { link, .. }
            | Template::SupportMessage { link, .. }
            | Template::SupportReplied { link, .. } => vec![link],
            Template::DeletionScheduled { sign_in_link, .. } => vec![sign_in_link],
            Template::ExportReady { link, .. } => vec![link],
            Template::ProductTips {
                boards_link,
                unsubscribe_link,
                ..
            } => vec![boards_link, unsubscribe_link],
            Template::EmailChangedNotice { .. } | Template::PasswordChanged { .. } => vec![],
        }
    }

    fn name(&self) -> &str {
        match self {
            // To the support inbox: no one to greet by name.
            Template::SupportMessage { .. } => "",
            Template::PolicyUpdated { name, .. } | Template::SupportReplied { name, .. } => name,
            Template::VerifyEmail { name, .. }
            | Template::PasswordReset { name, .. }
            | Template::EmailChangeConfirm { name, .. }
            | Template::EmailChangedNotice { name, .. }
            | Template::PasswordChanged { name }
            | Template::AccountLocked { name, .. }
            | Template::AddressInUse { name, .. }
            | Template::DeletionScheduled { name, .. }
            | Template::ExportReady { name, .. }
            | Template::ProductTips { name, .. } => name,
        }
    }

    /// The message in `locale`, as plain text and HTML.
    pub fn render(&self, locale: Locale) -> Rendered {
        self.compose(locale).render()
    }

    fn compose(&self, locale: Locale) -> Content {
        let t = |key: &str| translate(locale, key);
        let t_with = |key: &str, args: &Args| translate_with(locale, key, args);
        let action = |key: &str, url: &str| {
            let label = t(key);
            Block::Action {
                lead: t_with("mail-action-text", &[("label", label.as_str().into())]),
                label,
                url: url.to_string(),
                fallback: t("mail-link-fallback"),
            }
        };
        let (subject, blocks) = match self {
            Template::VerifyEmail { link, .. } => (
                t("mail-verify-subject"),
                vec![
                    Block::Text(t("mail-verify-intro")),
                    action("mail-verify-action", link),
                    Block::Note(t("mail-verify-ignore")),
                ],
            ),
            Template::PasswordReset { link, minutes, .. } => (
                t("mail-reset-subject"),
                vec![
                    Block::Text(t("mail-reset-intro")),
                    action("mail-reset-action", link),
                    Block::Text(t_with(
                        "mail-reset-expiry",
                        &[("minutes", (*minutes).into())],
                    )),
                    Block::Note(t("mail-reset-ignore")),
                ],
            ),
            Template::EmailChangeConfirm {
                link, new_email, ..
            } => (
                t("mail-change-confirm-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-change-confirm-intro",
                        &[("new_email", new_email.as_str().into())],
                    )),
                    action("mail-change-confirm-action", link),
                    Block::Note(t("mail-change-confirm-ignore")),
                ],
            ),
            Template::EmailChangedNotice { new_email, .. } => (
                t("mail-changed-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-changed-body",
                        &[("new_email", new_email.as_str().into())],
                    )),
                    Block::Note(t("mail-changed-warning")),
                ],
            ),
            Template::PasswordChanged { .. } => (
                t("mail-password-changed-subject"),
                vec![
                    Block::Text(t("mail-password-changed-body")),
                    Block::Note(t("mail-password-changed-warning")),
                ],
            ),
            Template::AccountLocked {
                minutes,
                reset_link,
                ..
            } => (
                t("mail-locked-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-locked-body",
                        &[("minutes", (*minutes).into())],
                    )),
                    Block::Text(t("mail-locked-self")),
                    action("mail-locked-action", reset_link),
                    Block::Note(t("mail-locked-warning")),
                ],
            ),
            Template::AddressInUse {
                sign_up,
                sign_in_link,
                reset_link,
                ..
            } => (
                t("mail-in-use-subject"),
                vec![
                    Block::Text(t(if *sign_up {
                        "mail-in-use-sign-up"
                    } else {
                        "mail-in-use-email-change"
                    })),
                    Block::Text(t("mail-in-use-self")),
                    action("mail-in-use-sign-in", sign_in_link),
                    action("mail-in-use-reset", reset_link),
                    Block::Note(t("mail-in-use-ignore")),
                ],
            ),
            Template::PolicyUpdated {
                effective,
                summary,
                link,
                ..
            } => (
                t("mail-policy-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-policy-intro",
                        &[("date", effective.as_str().into())],
                    )),
                    Block::Text(summary.clone()),
                    action("mail-policy-action", link),
                    Block::Note(t("mail-policy-note")),
                ],
            ),
            Template::SupportMessage {
                reference,
                subject,
                body,
                reply,
                link,
            } => (
                t_with(
                    if *reply {
                        "mail-support-reply-subject"
                    } else {
                        "mail-support-new-subject"
                    },
                    &[("reference", reference.as_str().into())],
                ),
                match (subject, body) {
                    (Some(subject), Some(body)) => vec![
                        Block::Text(t_with(
                            "mail-support-subject-line",
                            &[("subject", subject.as_str().into())],
                        )),
                        Block::Text(body.clone()),
                        action("mail-support-action", link),
                        Block::Note(t("mail-support-audit")),
                    ],
                    _ => vec![
                        Block::Text(t("mail-support-in-app")),
                        action("mail-support-action", link),
                        Block::Note(t("mail-support-audit")),
                    ],
                },
            ),
            Template::SupportReplied {
                subject,
                body,
                link,
                ..
            } => (
                t("mail-support-replied-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-support-replied-intro",
                        &[("subject", subject.as_str().into())],
                    )),
                    Block::Text(body.clone()),
                    action("mail-support-replied-action", link),
                ],
            ),
            Template::DeletionScheduled {
                purge_date,
                sign_in_link,
                ..
            } => (
                t("mail-deletion-subject"),
                vec![
                    Block::Text(t_with(
                        "mail-deletion-body",
                        &[("date", purge_date.as_str().into())],
                    )),
                    Block::Text(t("mail-deletion-cancel")),
                    action("mail-deletion-action", sign_in_link),
                    Block::Note(t("mail-deletion-warning")),
                ],
            ),
            Template::ExportReady { link, expires, .. } => (
                t("mail-export-subject"),
                vec![
                    Block::Text(t("mail-export-body")),
                    action("mail-export-action", link),
                    Block::Note(t_with(
                        "mail-export-expires",
                        &[("expires", expires.as_str().into())],
                    )),
                    Block::Note(t("mail-export-warning")),
                ],
            ),
            Template::ProductTips {
                boards_link,
                unsubscribe_link,
                ..
            } => (
                t("mail-tips-subject"),
                vec![
                    Block::Text(t("mail-tips-intro")),
                    Block::Text(t("mail-tips-board")),
                    Block::Text(t("mail-tips-import")),
                    Block::Text(t("mail-tips-insights")),
                    action("mail-tips-action", boards_link),
                    Block::Note(t("mail-tips-why")),
                    action("mail-tips-unsubscribe", unsubscribe_link),
                ],
            ),
        };
        let name = self.name().trim();
        let greeting = if name.is_empty() {
            t("mail-greeting-plain")
        } else {
            t_with("mail-greeting", &[("name", name.into())])
        };
        Content {
            locale,
            subject,
            greeting,
            blocks,
            footer: t("mail-footer"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_name_gets_a_plain_greeting() {
        let out = Template::PasswordChanged { name: "  ".into() }.render(Locale::Fr);
        assert!(out.text.starts_with("Bonjour,\n"), "{}", out.text);
    }
}
