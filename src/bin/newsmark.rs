//! The newsmark command line: entities of news text as JSON.
//!
//! ```text
//! newsmark [OPTIONS] [FILE...]      one JSON document per input (stdin when none or "-")
//! newsmark --jsonl [FILE...]        JSONL in ({"id","text"[,"reference_date"]}), JSONL out
//! newsmark --format timeml [FILE]   the text as TimeML, dates and times inline as TIMEX3
//! ```
//! Exit codes: 0 success, 2 bad input or usage (the message names the problem), 1 output failed.

use newsmark::cli::{self, Args, Command, Format};
use newsmark::{Document, Extractor, Options};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;

/// A failure to report: message, and the exit code it deserves.
struct Failure(String, u8);

fn usage_error(msg: impl Into<String>) -> Failure {
    Failure(format!("{}\n(try --help)", msg.into()), 2)
}

fn input_error(msg: impl Into<String>) -> Failure {
    Failure(msg.into(), 2)
}

fn output_error(e: io::Error) -> Failure {
    Failure(format!("cannot write output: {e}"), 1)
}

fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

fn open(file: &str) -> Result<Box<dyn Read>, Failure> {
    if file == "-" {
        return Ok(Box::new(io::stdin().lock()));
    }
    std::fs::File::open(file)
        .map(|f| Box::new(f) as Box<dyn Read>)
        .map_err(|e| input_error(format!("cannot read {file}: {e}")))
}

fn read_text(file: &str) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    open(file)?
        .read_to_end(&mut bytes)
        .map_err(|e| input_error(format!("cannot read {}: {e}", display_name(file))))?;
    String::from_utf8(bytes).map_err(|e| {
        input_error(format!(
            "{} is not valid UTF-8 (first bad byte at offset {})",
            display_name(file),
            e.utf8_error().valid_up_to()
        ))
    })
}

fn write_json<T: Serialize>(out: &mut impl Write, value: &T, compact: bool) -> Result<(), Failure> {
    let written = if compact {
        serde_json::to_writer(&mut *out, value)
    } else {
        serde_json::to_writer_pretty(&mut *out, value)
    };
    written.map_err(|e| output_error(e.into()))?;
    out.write_all(b"\n").map_err(output_error)
}

fn run_documents(args: &Args, out: &mut impl Write) -> Result<(), Failure> {
    let extractor = Extractor::new(&args.options).map_err(|e| usage_error(e.to_string()))?;
    let extract = |file: &str| -> Result<Document, Failure> {
        let text = read_text(file)?;
        extractor
            .extract(&text)
            .map_err(|e| input_error(format!("{}: {e}", display_name(file))))
    };
    if let [file] = args.files.as_slice() {
        return write_json(out, &extract(file)?, args.compact);
    }
    #[derive(Serialize)]
    struct FileResult<'a> {
        file: &'a str,
        document: Document,
    }
    let mut results = Vec::new();
    for file in &args.files {
        results.push(FileResult {
            file,
            document: extract(file)?,
        });
    }
    write_json(out, &results, args.compact)
}

/// `--format timeml`: the one input (the arguments allow no more) as a TimeML document.
fn run_timeml(args: &Args, out: &mut impl Write) -> Result<(), Failure> {
    let extractor = Extractor::new(&args.options).map_err(|e| usage_error(e.to_string()))?;
    for file in &args.files {
        let text = read_text(file)?;
        let doc = extractor
            .extract(&text)
            .map_err(|e| input_error(format!("{}: {e}", display_name(file))))?;
        let xml = newsmark::timeml::to_timeml(&text, &doc)
            .map_err(|e| Failure(format!("internal error: {e}"), 1))?;
        out.write_all(xml.as_bytes()).map_err(output_error)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct RecordResult {
    id: serde_json::Value,
    #[serde(flatten)]
    document: Document,
}

fn run_jsonl(args: &Args, out: &mut impl Write) -> Result<(), Failure> {
    // One extractor per distinct reference date, built on first use.
    let mut extractors: HashMap<Option<String>, Extractor> = HashMap::new();
    for file in &args.files {
        let name = display_name(file);
        for (n, line) in BufReader::new(open(file)?).split(b'\n').enumerate() {
            let at = format!("{name}:{}", n + 1);
            let line = line.map_err(|e| input_error(format!("cannot read {at}: {e}")))?;
            let Some(record) =
                cli::parse_record(&line).map_err(|e| input_error(format!("{at}: {e}")))?
            else {
                continue;
            };
            let reference = record
                .reference_date
                .or_else(|| args.options.reference_date.clone());
            let extractor = match extractors.entry(reference.clone()) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(v) => {
                    let options = Options {
                        reference_date: reference,
                        ..args.options.clone()
                    };
                    v.insert(
                        Extractor::new(&options).map_err(|e| input_error(format!("{at}: {e}")))?,
                    )
                }
            };
            let document = extractor
                .extract(&record.text)
                .map_err(|e| input_error(format!("{at}: {e}")))?;
            write_json(
                out,
                &RecordResult {
                    id: record.id,
                    document,
                },
                true,
            )?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let command = cli::parse_args(std::env::args().skip(1)).map_err(usage_error);
    let result = command.and_then(|command| {
        let args = match command {
            Command::Run(args) => args,
            Command::Help => {
                print!("{}", cli::USAGE);
                return Ok(());
            }
            Command::Version => {
                println!("newsmark {}", env!("CARGO_PKG_VERSION"));
                return Ok(());
            }
        };
        let mut out = io::BufWriter::new(io::stdout().lock());
        if args.jsonl {
            run_jsonl(&args, &mut out)?;
        } else if args.format == Format::TimeMl {
            run_timeml(&args, &mut out)?;
        } else {
            run_documents(&args, &mut out)?;
        }
        out.flush().map_err(output_error)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(msg, code)) => {
            eprintln!("newsmark: {msg}");
            ExitCode::from(code)
        }
    }
}
