//! The command line's parsing of what it is given: arguments and JSON Lines records. It lives in
//! the library, apart from the binary's input and output, so that tests and fuzz targets can
//! reach it (`fuzz/fuzz_targets/`); `src/bin/newsmark.rs` does the reading and writing.

use crate::{Label, Options};
use serde::Deserialize;

pub const USAGE: &str = "\
usage: newsmark [OPTIONS] [FILE...]

Prints the entities of each FILE (or standard input, when no FILE or \"-\") as JSON:
one document for a single input, an array of {\"file\", \"document\"} for several.

options:
  --jsonl                  read JSON Lines {\"id\", \"text\"[, \"reference_date\"]}, one
                           result per line out: {\"id\", \"entities\", \"canonical\", ...}
  --reference-date DATE    resolve relative dates against DATE (YYYY-MM-DD)
  --labels L1,L2,...       return only these labels (e.g. PERSON,DATE)
  --day-first              read numeric dates such as 12/06/2021 day first (6 December)
  --month-first            read them month first (12 June); by default each text decides
  --timeml                 mark dates and times as TimeML (TempEval-3) does, not as OntoNotes
  --min-confidence X       drop names whose confidence is below X (0 to 1); mentions found
                           by rules, which carry no confidence, are kept
  --format json|timeml     json (the default), or timeml: the one input FILE as a TimeML
                           document, each date and time inline as <TIMEX3 tid type value>
  --compact                one line of JSON instead of indented
  -h, --help               this help
  -V, --version            the version
";

/// What the arguments ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Help,
    Version,
    Run(Args),
}

/// What a run writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// The [`crate::Document`] as JSON.
    #[default]
    Json,
    /// The text as a TimeML document ([`crate::timeml`]).
    TimeMl,
}

/// The arguments of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Args {
    pub jsonl: bool,
    pub compact: bool,
    pub format: Format,
    pub options: Options,
    /// At least one; `-` is standard input.
    pub files: Vec<String>,
}

/// Parses the arguments (without the program name); the error is a message for the user.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let mut parsed = Args {
        jsonl: false,
        compact: false,
        format: Format::Json,
        options: Options::default(),
        files: vec![],
    };
    let mut only_files = false;
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            _ if only_files => parsed.files.push(arg),
            "--" => only_files = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => parsed.jsonl = true,
            "--compact" => parsed.compact = true,
            "--timeml" => parsed.options.timeml = Some(true),
            "--format" => {
                parsed.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "timeml" => Format::TimeMl,
                    other => {
                        return Err(format!("--format: expected json or timeml, got {other:?}"))
                    }
                }
            }
            "--day-first" => parsed.options.day_first = Some(true),
            "--month-first" => parsed.options.day_first = Some(false),
            "--reference-date" => parsed.options.reference_date = Some(value("--reference-date")?),
            "--min-confidence" => {
                let given = value("--min-confidence")?;
                let bad =
                    || format!("--min-confidence: expected a number from 0 to 1, got {given:?}");
                let x: f64 = given.trim().parse().map_err(|_| bad())?;
                if !(0.0..=1.0).contains(&x) {
                    return Err(bad());
                }
                parsed.options.min_confidence = Some(x);
            }
            "--labels" => {
                let list = value("--labels")?;
                let labels = list
                    .split(',')
                    .map(|l| l.trim().to_ascii_uppercase().parse::<Label>())
                    .collect::<Result<Vec<_>, _>>();
                parsed.options.labels = Some(labels.map_err(|e| format!("--labels: {e}"))?);
            }
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f:?}")),
            _ => parsed.files.push(arg),
        }
    }
    if parsed.files.is_empty() {
        parsed.files.push("-".into());
    }
    if parsed.format == Format::TimeMl {
        // One XML document holds one text: no JSON Lines, no list of files.
        if parsed.jsonl {
            return Err(
                "--format timeml writes one document: it cannot be used with --jsonl".into(),
            );
        }
        if parsed.files.len() > 1 {
            return Err(format!(
                "--format timeml writes one document: give one FILE, not {}",
                parsed.files.len()
            ));
        }
        if parsed.compact {
            return Err("--compact is for JSON output, not --format timeml".into());
        }
    }
    Ok(Command::Run(parsed))
}

/// One JSON Lines input record.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Record {
    /// Any JSON value, echoed back as is.
    pub id: serde_json::Value,
    pub text: String,
    #[serde(default)]
    pub reference_date: Option<String>,
}

/// Parses one line of JSON Lines input: `Ok(None)` for a blank line; the error is a message for
/// the user, without the line's position (the caller knows it).
pub fn parse_record(line: &[u8]) -> Result<Option<Record>, String> {
    let line = std::str::from_utf8(line).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at column {})",
            e.valid_up_to() + 1
        )
    })?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(line)
        .map(Some)
        .map_err(|e| format!("bad JSON record: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Command, String> {
        parse_args(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn reads_flags_values_and_files() {
        let Ok(Command::Run(a)) = args(&[
            "--jsonl",
            "--labels=person, date",
            "--reference-date",
            "2021-12-06",
            "a.txt",
            "--",
            "--compact",
        ]) else {
            panic!("parses")
        };
        assert!(a.jsonl && !a.compact);
        assert_eq!(a.options.labels, Some(vec![Label::Person, Label::Date]));
        assert_eq!(a.options.reference_date.as_deref(), Some("2021-12-06"));
        assert_eq!(a.files, ["a.txt", "--compact"]);
        assert_eq!(
            args(&[]),
            Ok(Command::Run(Args {
                jsonl: false,
                compact: false,
                format: Format::Json,
                options: Options::default(),
                files: vec!["-".into()]
            }))
        );
        assert_eq!(args(&["-V"]), Ok(Command::Version));
    }

    #[test]
    fn timeml_mode_and_format() {
        let Ok(Command::Run(a)) = args(&["--timeml", "--format", "timeml", "a.txt"]) else {
            panic!("parses")
        };
        assert_eq!((a.format, a.options.timeml), (Format::TimeMl, Some(true)));
        let Ok(Command::Run(a)) = args(&["--format=json"]) else {
            panic!("parses")
        };
        assert_eq!((a.format, a.options.timeml), (Format::Json, None));
        assert_eq!(
            args(&["--format", "xml"]),
            Err("--format: expected json or timeml, got \"xml\"".into())
        );
        assert!(args(&["--format=timeml", "--jsonl"])
            .unwrap_err()
            .contains("cannot be used with --jsonl"));
        assert!(args(&["--format=timeml", "a", "b"])
            .unwrap_err()
            .contains("give one FILE, not 2"));
        assert!(args(&["--format=timeml", "--compact"])
            .unwrap_err()
            .contains("--compact is for JSON"));
    }

    #[test]
    fn min_confidence_is_a_number_from_0_to_1() {
        let Ok(Command::Run(a)) = args(&["--min-confidence", "0.7"]) else {
            panic!("parses")
        };
        assert_eq!(a.options.min_confidence, Some(0.7));
        let Ok(Command::Run(a)) = args(&["--min-confidence=1"]) else {
            panic!("parses")
        };
        assert_eq!(a.options.min_confidence, Some(1.0));
        for bad in ["1.5", "-0.1", "NaN", "inf", "high", ""] {
            assert_eq!(
                args(&["--min-confidence", bad]),
                Err(format!(
                    "--min-confidence: expected a number from 0 to 1, got {bad:?}"
                )),
            );
        }
        assert_eq!(
            args(&["--min-confidence"]),
            Err("--min-confidence needs a value".into())
        );
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(args(&["--labels"]), Err("--labels needs a value".into()));
        assert_eq!(args(&["--bogus"]), Err("unknown option \"--bogus\"".into()));
        assert!(args(&["--labels=PEOPLE"])
            .unwrap_err()
            .contains("unknown label \"PEOPLE\""));
    }

    #[test]
    fn records_need_an_id_and_a_text() {
        let r = parse_record(br#"{"id": 3, "text": "x", "reference_date": "2021-12-06"}"#)
            .unwrap()
            .unwrap();
        assert_eq!((r.id, r.text.as_str()), (serde_json::json!(3), "x"));
        assert_eq!(parse_record(b" \r"), Ok(None));
        assert!(parse_record(br#"{"text": "x"}"#)
            .unwrap_err()
            .contains("missing field `id`"));
        assert!(parse_record(b"{\"id\":1,\"text\":\"\xff\"}")
            .unwrap_err()
            .contains("column 17"));
    }
}
