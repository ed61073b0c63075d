//! The text of an uploaded file, whatever encoding the spreadsheet saved it
//! in: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or
//! a legacy encoding (Windows-1252 is the default of spreadsheets on
//! Windows in Western Europe), detected from the bytes with `chardetng`
//! and converted with `encoding_rs`.

/// The file as text; `error-import-encoding` when no encoding reads it
/// without replacement characters.
pub fn decode(bytes: &[u8]) -> Result<String, &'static str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return if had_errors {
            Err("error-import-encoding")
        } else {
            Ok(text.into_owned())
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors || text.contains('\0') {
        return Err("error-import-encoding");
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn windows_1252_and_utf_16_files_are_read() {
        // "Développeuse;Société" as Windows-1252.
        let cp1252 = b"Titre;Soci\xe9t\xe9\nD\xe9veloppeuse;Caf\xe9 & Co\n";
        assert_eq!(
            decode(cp1252).unwrap(),
            "Titre;Société\nDéveloppeuse;Café & Co\n"
        );
        let mut utf16 = vec![0xff, 0xfe];
        for unit in "Title\nDév\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap(), "Title\nDév\n");
        assert_eq!(decode("\u{feff}Title\n".as_bytes()).unwrap(), "Title\n");
        assert_eq!(
            decode("Titel\nOntwikkelaar\n".as_bytes()).unwrap(),
            "Titel\nOntwikkelaar\n"
        );
    }
}
