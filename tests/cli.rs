//! The CLI as a user runs it: output shape, and exit code 2 with a message that names the problem.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // The CLI may exit (on a bad option) before reading its input: a broken pipe is expected then.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("newsmark-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn reads_stdin_and_prints_a_document() {
    let out = run(
        &["--reference-date", "2021-12-06"],
        "President Joe Biden calls on December 7.".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out);
    let entities = doc["entities"].as_array().unwrap();
    assert_eq!(entities[1]["text"], "Joe Biden");
    assert_eq!(entities[1]["label"], "PERSON");
    assert_eq!(entities[2]["value"], "2021-12-07");
    assert_eq!(doc["reference_date"]["date"], "2021-12-06");
}

#[test]
fn several_files_give_an_array_with_their_names() {
    let a = temp_file("a.txt", b"on 16 June 2021");
    let b = temp_file("b.txt", "Dr. Jane Smith".as_bytes());
    let out = run(
        &["--compact", a.to_str().unwrap(), b.to_str().unwrap()],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let results = json(&out);
    assert_eq!(results[0]["file"], a.to_str().unwrap());
    assert_eq!(results[0]["document"]["entities"][0]["value"], "2021-06-16");
    assert_eq!(results[1]["document"]["entities"][1]["text"], "Jane Smith");
}

#[test]
fn one_large_file_streams_the_document_one_call_gives() {
    // Several segments, with characters of 2, 3 and 4 UTF-8 bytes (1 or 2 UTF-16 units) before
    // every boundary, so byte and UTF-16 offsets drift apart as the text goes on.
    let paragraph = "Zoë Ng of Acme Holdings met President Joe Biden in Geneva on \
                     December 7, 2021 \u{1F600}. Biden said the Kremlin paid \u{20AC}4 billion.\n\n";
    let text = paragraph.repeat(3 * 64 * 1024 / paragraph.len());
    let file = temp_file("large.txt", text.as_bytes());
    let file = file.to_str().unwrap();
    let options = newsmark::Options {
        reference_date: Some("2021-12-06".into()),
        ..newsmark::Options::default()
    };
    let whole = newsmark::extract(&text, &options).unwrap();
    for (flags, expected) in [
        (&["--compact"][..], serde_json::to_string(&whole).unwrap()),
        (&[][..], serde_json::to_string_pretty(&whole).unwrap()),
    ] {
        let out = run(
            &[flags, &["--reference-date", "2021-12-06", file]].concat(),
            b"",
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            out.stdout == (expected + "\n").as_bytes(),
            "{flags:?}: the streamed JSON differs from extract()'s"
        );
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let last = whole.entities.last().unwrap();
    assert!(last.byte_start > 2 * 64 * 1024 && last.start < last.byte_start);
    for e in &whole.entities {
        assert_eq!(&text[e.byte_start..e.byte_end], e.text);
        assert_eq!(String::from_utf16(&utf16[e.start..e.end]).unwrap(), e.text);
    }
}

#[test]
fn jsonl_gives_one_result_per_record_with_its_id_and_date() {
    let input = "{\"id\":\"a\",\"text\":\"on December 7\",\"reference_date\":\"2021-12-06\"}\n\n{\"id\":2,\"text\":\"on December 7\"}\n";
    let out = run(&["--jsonl", "--labels", "date"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["entities"][0]["value"], "2021-12-07");
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["entities"][0]["value"], "XXXX-12-07");
}

#[test]
fn min_confidence_drops_unsure_names_and_refuses_bad_values() {
    let text = "President Joe Biden met Xqzv Plorbin of Wuxqa on December 7.";
    let all = json(&run(&["--compact"], text.as_bytes()));
    let confidences: Vec<f64> = all["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["confidence"].as_f64())
        .collect();
    assert!(!confidences.is_empty(), "{all}");
    assert!(confidences.iter().all(|c| (0.0..=1.0).contains(c)));
    let strict = json(&run(&["--min-confidence", "1"], text.as_bytes()));
    let kept = strict["entities"].as_array().unwrap();
    assert!(
        kept.iter().all(|e| e.get("confidence").is_none()),
        "only rule mentions are left: {strict}"
    );
    assert!(kept.iter().any(|e| e["label"] == "DATE"), "{strict}");
    let none = json(&run(&["--min-confidence=0"], text.as_bytes()));
    assert_eq!(none["entities"], all["entities"]);
    for bad in ["1.01", "-1", "NaN", "often"] {
        assert_fails(
            &["--min-confidence", bad],
            b"x",
            &format!("--min-confidence: expected a number from 0 to 1, got {bad:?}"),
        );
    }
}

#[test]
fn jsonl_on_threads_prints_what_one_thread_prints_in_input_order() {
    let sentences = [
        "US President Joe Biden will call on December 7.",
        "Kremlin spokesperson Dmitry Peskov said talks would go on \u{1F600}.",
        "Rs 4,500 crore (\u{20B9}) for 7.5 lakh AK-203 rifles, said Rajnath Singh on Tuesday.",
        "",
        "\u{5E9}\u{5DC}\u{5D5}\u{5DD} Angela Merkel\r\n visited Paris last week.",
    ];
    let mut input = String::new();
    for i in 0..700 {
        let text = sentences[i % sentences.len()].repeat(1 + i % 7);
        let date = ["2021-12-06", "1996-08-30"][i % 2];
        input += &format!("{{\"id\":{i},\"text\":{text:?},\"reference_date\":\"{date}\"}}\n");
        if i % 50 == 0 {
            input += "\n";
        }
    }
    let file = temp_file("threads.jsonl", input.as_bytes());
    let file = file.to_str().unwrap();
    let one = run(&["--jsonl", file], b"");
    assert!(one.status.success(), "{}", stderr(&one));
    assert_eq!(String::from_utf8_lossy(&one.stdout).lines().count(), 700);
    for threads in ["2", "3", "0"] {
        let many = run(&["--jsonl", "--threads", threads, file], b"");
        assert!(many.status.success(), "{}", stderr(&many));
        assert!(many.stdout == one.stdout, "--threads {threads} differs");
    }
    // A bad record late in the input: the lines before it are printed, then the error.
    let bad = input.replacen("{\"id\":600,", "{\"id\":600", 1);
    let bad_file = temp_file("threads-bad.jsonl", bad.as_bytes());
    let bad_file = bad_file.to_str().unwrap();
    let bad = run(&["--jsonl", "--threads", "2", bad_file], b"");
    assert_eq!(bad.status.code(), Some(2));
    let line = input.lines().position(|l| l.starts_with("{\"id\":600,"));
    let message = format!("{bad_file}:{}: bad JSON record", line.unwrap() + 1);
    assert!(stderr(&bad).contains(&message), "{}", stderr(&bad));
    let before: Vec<&[u8]> = one.stdout.split(|&b| b == b'\n').take(600).collect();
    assert_eq!(bad.stdout, [before.join(&b'\n'), b"\n".to_vec()].concat());
}

fn assert_fails(args: &[&str], stdin: &[u8], message: &str) {
    let out = run(args, stdin);
    assert_eq!(
        out.status.code(),
        Some(2),
        "args {args:?}: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(message),
        "expected {message:?} in {:?}",
        stderr(&out)
    );
    assert!(
        out.stdout.is_empty() || args.contains(&"--jsonl"),
        "no partial JSON document on failure"
    );
}

#[test]
fn bad_input_exits_2_naming_the_problem() {
    assert_fails(&["/no/such/file.txt"], b"", "cannot read /no/such/file.txt");
    assert_fails(
        &[],
        b"abc \xff\xfe def",
        "<stdin> is not valid UTF-8 (first bad byte at offset 4)",
    );
    let latin1 = temp_file("latin1.txt", b"caf\xe9");
    assert_fails(
        &[latin1.to_str().unwrap()],
        b"",
        "latin1.txt is not valid UTF-8",
    );
    assert_fails(
        &["--reference-date", "12/06/2021"],
        b"x",
        "invalid reference date \"12/06/2021\"",
    );
    assert_fails(
        &["--reference-date", "2021-02-29"],
        b"x",
        "invalid reference date",
    );
    assert_fails(
        &["--labels", "PERSON,PEOPLE"],
        b"x",
        "unknown label \"PEOPLE\"",
    );
    assert_fails(&["--frobnicate"], b"x", "unknown option \"--frobnicate\"");
    assert_fails(
        &["--reference-date"],
        b"x",
        "--reference-date needs a value",
    );
    assert_fails(
        &["--jsonl"],
        b"{\"id\":1,\"text\":\"ok\"}\n{\"id\":2,\"text\":",
        "<stdin>:2: bad JSON record",
    );
    assert_fails(
        &["--jsonl"],
        b"{\"id\":1}",
        "<stdin>:1: bad JSON record: missing field `text`",
    );
    assert_fails(
        &["--jsonl"],
        b"{\"id\":1,\"text\":\"x\",\"reference_date\":\"soon\"}",
        "<stdin>:1: invalid reference date \"soon\"",
    );
}

#[test]
fn help_and_version_succeed() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("--jsonl"));
    let out = run(&["--version"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("newsmark "));
}
