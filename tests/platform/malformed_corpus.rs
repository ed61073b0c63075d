//! What the malformed-request walk sends: every server function the app
//! registered (listed from the server function registry, so a new one is
//! walked without a change here), the arguments each declares (read from
//! its `#[server]` signature in `src/api`, flattened form structs from
//! `src/model`), and the bodies built from them: each field missing, each
//! of the wrong type, bytes that are not UTF-8, a body past the form
//! limit, and bodies that are no form at all.

use std::collections::BTreeMap;
use std::path::Path;

/// One argument of a server function, as declared.
#[derive(Debug, Clone)]
pub struct Arg {
    pub name: String,
    pub ty: String,
    /// The call is whole without it (`#[server(default)]`, an `Option`,
    /// a field of a flattened form).
    pub optional: bool,
}

/// A server function: its address and its arguments.
#[derive(Debug, Clone)]
pub struct ServerFn {
    pub path: String,
    pub args: Vec<Arg>,
}

/// A body to send, named for the failure messages.
pub struct Case {
    pub name: String,
    pub body: Vec<u8>,
}

/// Every registered server function, with the arguments its source
/// declares. Fails when a registered function's source cannot be found or
/// a function is not a POST.
pub fn server_fns() -> Vec<ServerFn> {
    let declared = declared_args();
    let mut fns: Vec<ServerFn> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, method)| {
            assert_eq!(method, http::Method::POST, "{path} is not a POST");
            let endpoint = path.strip_prefix("/api/").unwrap_or(path);
            let args = declared
                .get(endpoint)
                .unwrap_or_else(|| panic!("no #[server] signature found for {path}"))
                .clone();
            ServerFn {
                path: path.to_string(),
                args,
            }
        })
        .collect();
    fns.sort_by(|a, b| a.path.cmp(&b.path));
    fns
}

/// The arguments of every `#[server(endpoint = …)]` function in `src/api`.
fn declared_args() -> BTreeMap<String, Vec<Arg>> {
    let mut sources = String::new();
    read_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api"),
        &mut sources,
    );
    let mut found = BTreeMap::new();
    for chunk in sources.split("#[server(endpoint = \"").skip(1) {
        let (endpoint, rest) = chunk.split_once('"').expect("endpoint string");
        let params = rest
            .split_once("fn ")
            .and_then(|(_, f)| f.split_once('('))
            .map(|(_, p)| until_close(p))
            .expect("a parameter list");
        found.insert(endpoint.to_string(), parse_params(params));
    }
    found
}

fn read_tree(dir: &Path, into: &mut String) {
    for entry in std::fs::read_dir(dir).expect("src/api") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The text up to the parenthesis that closes the one just opened.
fn until_close(text: &str) -> &str {
    let mut depth = 1;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &text[..i];
                }
            }
            _ => {}
        }
    }
    text
}

fn parse_params(params: &str) -> Vec<Arg> {
    let mut args = Vec::new();
    for param in split_top_level(params) {
        let param = param.trim();
        if param.is_empty() {
            continue;
        }
        let flatten = param.contains("#[server(flatten)]");
        let default = param.contains("#[server(default)]");
        let bare = param.rsplit(']').next().unwrap_or(param).trim();
        let (name, ty) = bare.split_once(':').expect("name: Type");
        let ty = ty.trim().to_string();
        if flatten {
            args.extend(struct_fields(&ty));
        } else {
            args.push(Arg {
                name: name.trim().to_string(),
                optional: default || ty.starts_with("Option<"),
                ty,
            });
        }
    }
    args
}

/// Splits on commas outside `<…>`.
fn split_top_level(text: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The fields of a form struct of `src/model` that a server function
/// takes flattened; all of them may be left out (`#[serde(default)]`).
fn struct_fields(ty: &str) -> Vec<Arg> {
    let mut sources = String::new();
    read_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model"),
        &mut sources,
    );
    let body = sources
        .split_once(&format!("pub struct {ty} {{"))
        .map(|(_, rest)| rest.split_once('}').map_or(rest, |(b, _)| b))
        .unwrap_or_else(|| panic!("struct {ty} not found in src/model"));
    body.lines()
        .filter_map(|line| line.trim().strip_prefix("pub "))
        .filter_map(|field| field.trim_end_matches(',').split_once(':'))
        .map(|(name, ty)| Arg {
            name: name.trim().to_string(),
            ty: ty.trim().to_string(),
            optional: true,
        })
        .collect()
}

/// A value of the argument's type, well formed.
fn plausible(arg: &Arg) -> Vec<(String, String)> {
    let value = match arg.ty.as_str() {
        "bool" => "true",
        t if t.contains("i64") => "1",
        t if t.starts_with("Vec<") => return vec![(format!("{}[0]", arg.name), "x".into())],
        t if t.starts_with("Option<") => "on",
        _ => "x",
    };
    vec![(arg.name.clone(), value.to_string())]
}

/// Values that are not of the argument's type.
fn wrong_types(arg: &Arg) -> Vec<Vec<(String, String)>> {
    let n = &arg.name;
    let mut wrong = vec![
        vec![
            (format!("{n}[a]"), "1".into()),
            (format!("{n}[b]"), "2".into()),
        ],
        vec![(format!("{n}[a][b][c][d][e][f][g]"), "1".into())],
    ];
    match arg.ty.as_str() {
        "bool" => wrong.push(vec![(n.clone(), "maybe".into())]),
        t if t.contains("i64") => {
            wrong.push(vec![(n.clone(), "twelve".into())]);
            wrong.push(vec![(n.clone(), "99999999999999999999999".into())]);
            wrong.push(vec![(n.clone(), "1.5".into())]);
        }
        _ => wrong.push(vec![(n.clone(), "1".into()), (n.clone(), "2".into())]),
    }
    wrong
}

fn encode(pairs: &[(String, String)]) -> Vec<u8> {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
        .into_bytes()
}

/// Bytes past the form limit (`server::malformed::FORM_MAX_BYTES` is 1 MiB).
pub const HUGE_BYTES: usize = 3 * 1024 * 1024;

/// The bodies sent to `f`, each urlencoded unless its name says otherwise.
pub fn cases(f: &ServerFn) -> Vec<Case> {
    let whole: Vec<(String, String)> = f.args.iter().flat_map(plausible).collect();
    let mut cases = vec![
        case("empty body", Vec::new()),
        case("JSON object", br#"{"id":1}"#.to_vec()),
        case("JSON array", b"[1,2,3]".to_vec()),
        case("stray separators", b"=&&=&%&a=%ZZ&[]=1&&".to_vec()),
        case("not UTF-8", b"id=\xff\xfe&title=\xc3\x28&x=\x80".to_vec()),
        case(
            "a field of 3 MB",
            [&encode(&whole)[..], b"&title=", &vec![b'a'; HUGE_BYTES]].concat(),
        ),
        case("well-formed arguments", encode(&whole)),
    ];
    for (i, arg) in f.args.iter().enumerate() {
        let others = |with: &[(String, String)]| {
            let mut pairs: Vec<(String, String)> = f
                .args
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, a)| plausible(a))
                .collect();
            pairs.extend_from_slice(with);
            pairs
        };
        if !arg.optional {
            cases.push(case(&format!("without {}", arg.name), encode(&others(&[]))));
        }
        for (k, wrong) in wrong_types(arg).into_iter().enumerate() {
            let name = format!("{} of a wrong type ({k})", arg.name);
            cases.push(case(&name, encode(&others(&wrong))));
        }
        if arg.ty == "String" || arg.ty == "Option<String>" {
            let mut raw = encode(&others(&[]));
            raw.extend_from_slice(format!("&{}=", arg.name).as_bytes());
            raw.extend_from_slice(b"\xff\xfe\xfd");
            cases.push(case(&format!("{} not UTF-8", arg.name), raw));
            let escaped = [
                &encode(&others(&[]))[..],
                format!("&{}=%FF%C3%28", arg.name).as_bytes(),
            ]
            .concat();
            cases.push(case(&format!("{} escaped not UTF-8", arg.name), escaped));
            let long = others(&[(arg.name.clone(), "é".repeat(100_000))]);
            cases.push(case(
                &format!("{} of 100,000 characters", arg.name),
                encode(&long),
            ));
        }
    }
    cases
}

fn case(name: &str, body: Vec<u8>) -> Case {
    Case {
        name: name.to_string(),
        body,
    }
}

/// Words of the server function machinery's and the deserializers'
/// own messages, which no answer may carry.
pub const INTERNAL_TEXT: &[&str] = &[
    "deserializ",
    "serializ",
    "missing field",
    "missing argument",
    "invalid type",
    "invalid value",
    "invalid length",
    "invalid utf-8",
    "utf-8 sequence",
    "length limit",
    "transport",
    "provided string was not",
    "invalid digit",
    "unknown variant",
    "could not find a server function",
    "server function arguments",
    "panicked",
];
