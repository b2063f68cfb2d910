//! The command line's parsing of what it is given (arguments, JSON Lines records) and its
//! `--jsonl` extraction. It lives in the library, apart from the binary's input and output, so
//! that tests and fuzz targets can reach it (`fuzz/fuzz_targets/`) and the Python package
//! (`python/`) prints the very same lines; `src/bin/newsmark.rs` does the reading and writing.

use crate::{Error, Extractor, Label, Options};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::{Entry, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};

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
  --threads N              with --jsonl: extract on N threads (0: one per core; default 1),
                           results still in input order
  --compact                one line of JSON instead of indented
  -h, --help               this help
  -V, --version            the version
";

/// The most `--threads` accepted: each thread has records read ahead for it.
pub const MAX_THREADS: usize = 1024;

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
    /// Threads extracting `--jsonl` records, at least 1.
    pub threads: usize,
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
        threads: 1,
        options: Options::default(),
        files: vec![],
    };
    let mut only_files = false;
    let mut threads_given = false;
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
            "--threads" => {
                let n = value("--threads")?;
                parsed.threads = match n.parse::<usize>() {
                    Ok(0) => std::thread::available_parallelism().map_or(1, |n| n.get()),
                    Ok(n) if n <= MAX_THREADS => n,
                    _ => {
                        return Err(format!(
                            "--threads: {n:?} is not a number from 0 to {MAX_THREADS}"
                        ))
                    }
                };
                threads_given = true;
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
    if threads_given && !parsed.jsonl {
        return Err("--threads needs --jsonl (it extracts records in parallel)".into());
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

/// One text's [`crate::Document`] ready to serialise: the very bytes `serde_json` writes for
/// [`Extractor::extract`]'s result, but written from the linked mentions as it goes, so the
/// entities are never all built and one large input costs little more than its mentions.
pub fn document_json<'a>(
    extractor: &Extractor,
    text: &'a str,
) -> Result<impl Serialize + 'a, Error> {
    extractor.extract_json(text)
}

/// `--jsonl` extraction, one line at a time: the output line for each input line.
///
/// ```
/// use newsmark::{cli::JsonlExtractor, Options};
/// let mut jsonl = JsonlExtractor::new(&Options::default())?;
/// let line = jsonl.line(br#"{"id": 7, "text": "Talks on 7 December.", "reference_date": "2021-12-06"}"#);
/// assert!(line.unwrap().unwrap().starts_with(r#"{"id":7,"entities":[{"text":"7 December""#));
/// assert_eq!(jsonl.line(b"  "), Ok(None));
/// # Ok::<(), newsmark::Error>(())
/// ```
pub struct JsonlExtractor {
    options: Options,
    /// One extractor per distinct reference date, built on first use.
    extractors: HashMap<Option<String>, Extractor>,
}

impl JsonlExtractor {
    /// Checks `options` (records' own reference dates are checked as they come).
    pub fn new(options: &Options) -> Result<Self, Error> {
        let extractor = Extractor::new(options)?;
        Ok(JsonlExtractor {
            options: options.clone(),
            extractors: HashMap::from([(options.reference_date.clone(), extractor)]),
        })
    }

    /// The same options for another thread, its extractors built again as needed.
    pub fn fork(&self) -> Self {
        JsonlExtractor {
            options: self.options.clone(),
            extractors: HashMap::new(),
        }
    }

    /// The compact JSON line (without its newline) for one input line, `Ok(None)` for a blank
    /// one; the error is a message for the user, without the line's position.
    pub fn line(&mut self, line: &[u8]) -> Result<Option<String>, String> {
        let Some(record) = parse_record(line)? else {
            return Ok(None);
        };
        let reference = record
            .reference_date
            .or_else(|| self.options.reference_date.clone());
        let extractor = match self.extractors.entry(reference) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(v) => {
                let options = Options {
                    reference_date: v.key().clone(),
                    ..self.options.clone()
                };
                v.insert(Extractor::new(&options).map_err(|e| e.to_string())?)
            }
        };
        let document = (extractor.extract_json(&record.text)).map_err(|e| e.to_string())?;
        // `{"id": …}` and the document's fields flattened into it, compact.
        let mut out = b"{\"id\":".to_vec();
        let written = serde_json::to_writer(&mut out, &record.id).and_then(|()| {
            out.push(b',');
            document.write_compact_fields(&mut out)
        });
        written.map_err(|e| format!("cannot write the result: {e}"))?;
        out.push(b'}');
        String::from_utf8(out)
            .map(Some)
            .map_err(|e| format!("cannot write the result: {e}"))
    }
}

/// `f` over `items` with one thread per element of `states` (each with its own; the calling
/// thread is one of them), the results in the order of `items`. Threads take the next item as
/// they finish one, so a long item holds up only its own thread; a thread the system refuses
/// leaves its share to the others. A panic in `f` is resumed in the caller. `states` must not be
/// empty.
pub fn parallel_map<T: Sync, S: Send, R: Send>(
    items: &[T],
    states: &mut [S],
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    let threads = states.len().min(items.len().max(1));
    let Some((mine, others)) = states[..threads].split_last_mut() else {
        panic!("parallel_map needs at least one state");
    };
    if others.is_empty() {
        return items.iter().map(|item| f(mine, item)).collect();
    }
    let next = AtomicUsize::new(0);
    let work = |state: &mut S| {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(state, item)));
        }
    };
    let mut results: Vec<Option<R>> = items.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let work = &work;
        let workers: Vec<_> = others
            .iter_mut()
            .map_while(|state| {
                std::thread::Builder::new()
                    .spawn_scoped(scope, move || work(state))
                    .ok()
            })
            .collect();
        let mut done = work(mine);
        for worker in workers {
            done.extend(
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        for (i, result) in done {
            results[i] = Some(result);
        }
    });
    results.into_iter().flatten().collect()
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
                threads: 1,
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
        assert_eq!(
            args(&["--jsonl", "--threads", "two"]),
            Err("--threads: \"two\" is not a number from 0 to 1024".into())
        );
        assert_eq!(
            args(&["--threads=2"]),
            Err("--threads needs --jsonl (it extracts records in parallel)".into())
        );
    }

    #[test]
    fn threads_zero_is_one_per_core() {
        let threads = |list: &[&str]| match args(list) {
            Ok(Command::Run(a)) => a.threads,
            other => panic!("{other:?}"),
        };
        assert_eq!(threads(&["--jsonl"]), 1);
        assert_eq!(threads(&["--jsonl", "--threads", "3"]), 3);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(threads(&["--jsonl", "--threads=0"]), cores);
    }

    #[test]
    fn parallel_map_keeps_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        let mut seen = vec![0usize; 3];
        let squares = parallel_map(&items, &mut seen, |count, &i| {
            *count += 1;
            i * i
        });
        assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        assert_eq!(seen.iter().sum::<usize>(), 1000, "each item once");
        assert_eq!(
            parallel_map(&[] as &[u8], &mut seen, |_, _| 0),
            Vec::<i32>::new()
        );
        assert_eq!(parallel_map(&[7], &mut seen, |_, &i| i), [7]);
    }

    #[test]
    fn jsonl_lines_take_the_record_date_over_the_option() {
        let options = Options {
            reference_date: Some("2021-12-06".into()),
            labels: Some(vec![Label::Date]),
            ..Options::default()
        };
        let mut jsonl = JsonlExtractor::new(&options).unwrap();
        let value = |line: &[u8], jsonl: &mut JsonlExtractor| {
            let out = jsonl.line(line).unwrap().unwrap();
            let out: serde_json::Value = serde_json::from_str(&out).unwrap();
            out["entities"][0]["value"].clone()
        };
        let own = br#"{"id":1,"text":"due tomorrow","reference_date":"2020-01-01"}"#;
        assert_eq!(value(own, &mut jsonl), "2020-01-02");
        assert_eq!(
            value(br#"{"id":2,"text":"due tomorrow"}"#, &mut jsonl.fork()),
            "2021-12-07"
        );
        assert_eq!(
            jsonl.line(br#"{"id":3,"text":"x","reference_date":"soon"}"#),
            Err(
                "invalid reference date \"soon\": expected an ISO 8601 date such as 2021-12-06"
                    .into()
            )
        );
        assert!(JsonlExtractor::new(&Options {
            reference_date: Some("soon".into()),
            ..Options::default()
        })
        .is_err());
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
