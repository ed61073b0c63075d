//! The shape every email shares, and its two renderings: plain text and
//! HTML. A message is a subject, a greeting and a list of blocks; both parts
//! are built from the same blocks, so they always say the same thing.
//!
//! The HTML part is a single-column table layout with inline styles (what
//! mail clients render reliably), no remote images and no scripts. Every
//! piece of text is escaped here, and links are escaped as attributes, so
//! names and addresses typed by people cannot inject markup.

use crate::i18n::Locale;

/// One paragraph-level piece of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Text(String),
    /// A button (HTML), followed by the bare link for clients where the
    /// button does not work; in plain text, `lead` and the link.
    Action {
        label: String,
        url: String,
        fallback: String,
        /// The label as it introduces the link in plain text ("Label:").
        lead: String,
    },
    /// Secondary text, e.g. "if this was not you".
    Note(String),
}

/// A message before it is rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub locale: Locale,
    pub subject: String,
    pub greeting: String,
    pub blocks: Vec<Block>,
    pub footer: String,
}

/// A rendered message: what the outbox stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Content {
    pub fn render(&self) -> Rendered {
        Rendered {
            subject: self.subject.clone(),
            text: self.text(),
            html: self.html(),
        }
    }

    fn text(&self) -> String {
        let mut out = format!("{}\n\n", self.greeting);
        for block in &self.blocks {
            match block {
                Block::Text(text) | Block::Note(text) => out.push_str(text),
                Block::Action { lead, url, .. } => out.push_str(&format!("{lead}\n{url}")),
            }
            out.push_str("\n\n");
        }
        out.push_str(&format!("-- \n{}\n", self.footer));
        out
    }

    fn html(&self) -> String {
        let mut body = paragraph(&self.greeting, TEXT_STYLE);
        for block in &self.blocks {
            body.push_str(&match block {
                Block::Text(text) => paragraph(text, TEXT_STYLE),
                Block::Note(text) => paragraph(text, NOTE_STYLE),
                Block::Action {
                    label,
                    url,
                    fallback,
                    ..
                } => action(label, url, fallback),
            });
        }
        format!(
            "<!DOCTYPE html>\n\
             <html lang=\"{lang}\">\n\
             <head>\n\
             <meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"color-scheme\" content=\"light\">\n\
             <title>{title}</title>\n\
             </head>\n\
             <body style=\"margin:0;padding:0;background:{BG};\">\n\
             <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:{BG};\">\n\
             <tr><td align=\"center\" style=\"padding:24px 12px;\">\n\
             <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"max-width:560px;background:{SURFACE};border:1px solid {BORDER};border-radius:10px;\">\n\
             <tr><td style=\"padding:24px 32px 0;font-family:{FONT};font-size:18px;font-weight:700;color:{ACCENT};\">Offerline</td></tr>\n\
             <tr><td style=\"padding:16px 32px 8px;\">\n{body}</td></tr>\n\
             <tr><td style=\"padding:16px 32px 24px;border-top:1px solid {BORDER};font-family:{FONT};font-size:13px;line-height:1.5;color:{MUTED};\">{footer}</td></tr>\n\
             </table>\n\
             </td></tr>\n\
             </table>\n\
             </body>\n\
             </html>\n",
            lang = self.locale.tag(),
            title = escape(&self.subject),
            footer = escape(&self.footer),
        )
    }
}

// The light palette of style/main.css; mail clients ignore CSS variables.
const BG: &str = "#f7f7f4";
const SURFACE: &str = "#ffffff";
const BORDER: &str = "#d5dad5";
const TEXT: &str = "#1d2321";
const MUTED: &str = "#4f5a55";
const ACCENT: &str = "#1f6b52";
const FONT: &str = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";
const TEXT_STYLE: &str = "margin:0 0 16px;font-size:16px;line-height:1.55;";
const NOTE_STYLE: &str = "margin:0 0 16px;font-size:14px;line-height:1.55;";

fn paragraph(text: &str, style: &str) -> String {
    let color = if style == NOTE_STYLE { MUTED } else { TEXT };
    format!(
        "<p style=\"{style}font-family:{FONT};color:{color};\">{}</p>\n",
        escape(text)
    )
}

fn action(label: &str, url: &str, fallback: &str) -> String {
    let href = escape(url);
    format!(
        "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"margin:8px 0 24px;\"><tr>\
         <td style=\"border-radius:10px;background:{ACCENT};\">\
         <a href=\"{href}\" style=\"display:inline-block;padding:12px 22px;font-family:{FONT};font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:10px;\">{label}</a>\
         </td></tr></table>\n\
         <p style=\"margin:0 0 16px;font-family:{FONT};font-size:13px;line-height:1.5;color:{MUTED};\">{fallback}<br>\
         <a href=\"{href}\" style=\"color:{ACCENT};word-break:break-all;\">{href}</a></p>\n",
        label = escape(label),
        fallback = escape(fallback),
    )
}

/// Escapes text for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str, url: &str) -> Content {
        Content {
            locale: Locale::Nl,
            subject: "Onderwerp & meer".into(),
            greeting: format!("Hallo {name},"),
            blocks: vec![
                Block::Text("Eerste alinea.".into()),
                Block::Action {
                    label: "Bevestigen".into(),
                    url: url.into(),
                    fallback: "Kopieer dit adres:".into(),
                    lead: "Bevestigen:".into(),
                },
                Block::Note("Niet jij?".into()),
            ],
            footer: "Automatisch verstuurd.".into(),
        }
    }

    #[test]
    fn text_and_html_carry_the_same_content() {
        let out = sample("Ana", "https://offerline.test/verify?t=1&u=2").render();
        for piece in ["Hallo Ana,", "Eerste alinea.", "Bevestigen", "Niet jij?"] {
            assert!(out.text.contains(piece), "text lacks {piece}");
            assert!(out.html.contains(piece), "html lacks {piece}");
        }
        assert!(
            out.text
                .contains("Bevestigen:\nhttps://offerline.test/verify?t=1&u=2")
        );
        assert!(
            out.html
                .contains("href=\"https://offerline.test/verify?t=1&amp;u=2\"")
        );
        assert!(out.html.contains("<html lang=\"nl\">"));
        assert!(out.html.contains("<title>Onderwerp &amp; meer</title>"));
        assert!(!out.html.contains("<img"), "no remote images");
    }

    #[test]
    fn people_typed_text_cannot_inject_markup() {
        let out = sample("<script>x</script> \"Bo\" & 'Cy'", "https://a.test/\"><b>").render();
        assert!(!out.html.contains("<script>"));
        assert!(
            out.html
                .contains("&lt;script&gt;x&lt;/script&gt; &quot;Bo&quot; &amp; &#39;Cy&#39;")
        );
        assert!(!out.html.contains("\"><b>"));
    }
}
