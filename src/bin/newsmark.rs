//! The newsmark command line: entities of news text as JSON.
//!
//! ```text
//! newsmark [OPTIONS] [FILE...]      one JSON document per input (stdin when none or "-"); a
//!                                   single input is written as it goes
//! newsmark --jsonl [FILE...]        JSONL in ({"id","text"[,"reference_date"]}), JSONL out
//! newsmark --jsonl --threads N      the same on N threads, in input order
//! newsmark --format timeml [FILE]   the text as TimeML, dates and times inline as TIMEX3
//! ```
//! Exit codes: 0 success, 2 bad input or usage (the message names the problem), 1 output failed.

use newsmark::cli::{self, Args, Command, Format, JsonlExtractor};
use newsmark::{Document, Extractor};
use serde::Serialize;
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
        // One input, however large, is written as it goes, without building its entities.
        let text = read_text(file)?;
        let document = cli::document_json(&extractor, &text)
            .map_err(|e| input_error(format!("{}: {e}", display_name(file))))?;
        return write_json(out, &document, args.compact);
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

/// Records read before extraction starts on them: per thread, enough to keep it busy for a
/// while (a megabyte is about 0.2 s of work); in all, few enough that memory stays bounded.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 1 << 20;
const BATCH_BYTES_MAX: usize = 64 << 20;

fn run_jsonl(args: &Args, out: &mut impl Write) -> Result<(), Failure> {
    let first = JsonlExtractor::new(&args.options).map_err(|e| usage_error(e.to_string()))?;
    let mut threads: Vec<JsonlExtractor> = (1..args.threads).map(|_| first.fork()).collect();
    threads.push(first);
    for file in &args.files {
        let name = display_name(file);
        let mut lines = BufReader::new(open(file)?).split(b'\n');
        let mut read = 0; // lines of this file before the batch
        loop {
            // A read error ends the batch; the lines before it are written first, as they would
            // be one at a time.
            let (mut batch, mut bytes, mut failed) = (Vec::new(), 0, None);
            let max_bytes = (BATCH_BYTES * threads.len()).min(BATCH_BYTES_MAX);
            while batch.len() < BATCH_RECORDS * threads.len() && bytes < max_bytes {
                match lines.next() {
                    Some(Ok(line)) => {
                        bytes += line.len();
                        batch.push(line);
                    }
                    Some(Err(e)) => {
                        failed = Some(e);
                        break;
                    }
                    None => break,
                }
            }
            let results = cli::parallel_map(&batch, &mut threads, |t, line| t.line(line));
            for (n, result) in results.into_iter().enumerate() {
                match result {
                    Ok(Some(line)) => {
                        out.write_all(line.as_bytes()).map_err(output_error)?;
                        out.write_all(b"\n").map_err(output_error)?;
                    }
                    Ok(None) => {}
                    Err(e) => return Err(input_error(format!("{name}:{}: {e}", read + n + 1))),
                }
            }
            read += batch.len();
            if let Some(e) = failed {
                return Err(input_error(format!("cannot read {name}:{}: {e}", read + 1)));
            }
            if batch.is_empty() {
                break;
            }
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
