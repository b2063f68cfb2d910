//! The Python package's native module, `newsmark._newsmark`: the Rust core behind `extract`,
//! `Extractor` and the JSON Lines extraction the Spark example runs, with nothing of its own to
//! decide. Options come in as keyword arguments (deserialised like the CLI's and JavaScript's,
//! unknown names rejected), documents go out as plain dicts with the CLI's keys; `start`/`end`
//! count code points, Python's string index, where JSON counts UTF-16 units. The GIL is released
//! while the core runs. Bad options and oversized texts are `ValueError`s, texts that are not
//! `str` `TypeError`s; the core never panics, and a panic would still only be an exception.

use newsmark::cli::{parallel_map, JsonlExtractor};
use newsmark::{Document, Label, Options, Value};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyString, PyTuple};

fn value_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(e.to_string())
}

/// The keyword arguments as [`Options`], each problem a `ValueError` naming it.
fn options(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let Some(kwargs) = kwargs else {
        return Ok(Options::default());
    };
    // Two shapes the deserialiser would take the wrong way: a string is a sequence too (its
    // letters would each be an unknown label), and any object has a truth value.
    if let Some(labels) = kwargs.get_item("labels")? {
        if labels.is_instance_of::<PyString>() {
            return Err(value_error(
                "invalid options: labels must be a list of label names such as [\"PERSON\"], not a string",
            ));
        }
    }
    for name in ["day_first", "dayFirst"] {
        if let Some(value) = kwargs.get_item(name)? {
            if !value.is_none() && !value.is_instance_of::<PyBool>() {
                let got = value.get_type().name()?;
                return Err(value_error(format!(
                    "invalid options: {name} must be True, False or None, not {got}"
                )));
            }
        }
    }
    pythonize::depythonize(kwargs.as_any())
        .map_err(|e| value_error(format!("invalid options: {e}")))
}

/// Offsets from UTF-8 bytes to code points: one forward pass, as entities come sorted.
fn to_code_points(text: &str, doc: &mut Document) {
    let (mut byte, mut chars) = (0, 0);
    let mut at = |b: usize| {
        if b < byte {
            (byte, chars) = (0, 0);
        }
        chars += text.get(byte..b).map_or(0, |gap| gap.chars().count());
        byte = b;
        chars
    };
    for e in &mut doc.entities {
        e.start = at(e.byte_start);
        e.end = at(e.byte_end);
    }
}

fn extract_text(extractor: &newsmark::Extractor, text: &str) -> Result<Document, newsmark::Error> {
    let mut doc = extractor.extract(text)?;
    to_code_points(text, &mut doc);
    Ok(doc)
}

/// The document as the dicts `json.loads` would make of the CLI's output (keys in its order,
/// `value` and `role` only when present), built directly with interned keys: through serde
/// (pythonize) the conversion took half as long as the extraction, all of it under the GIL.
fn to_python<'py>(py: Python<'py>, doc: &Document) -> PyResult<Bound<'py, PyDict>> {
    let entities = PyList::empty(py);
    for e in &doc.entities {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "text"), &e.text)?;
        d.set_item(intern!(py, "label"), e.label.as_str())?;
        d.set_item(intern!(py, "start"), e.start)?;
        d.set_item(intern!(py, "end"), e.end)?;
        d.set_item(intern!(py, "byte_start"), e.byte_start)?;
        d.set_item(intern!(py, "byte_end"), e.byte_end)?;
        if let Some(value) = &e.value {
            d.set_item(intern!(py, "value"), value_to_python(py, value)?)?;
        }
        if let Some(timex_type) = e.timex_type {
            d.set_item(intern!(py, "timex_type"), timex_type.as_str())?;
        }
        if let Some(day) = &e.points_to {
            d.set_item(intern!(py, "points_to"), day)?;
        }
        if let Some(confidence) = e.confidence {
            d.set_item(intern!(py, "confidence"), confidence)?;
        }
        d.set_item(intern!(py, "entity_id"), e.entity_id)?;
        d.set_item(intern!(py, "rule"), &e.rule)?;
        entities.append(d)?;
    }
    let canonical = PyList::empty(py);
    for c in &doc.canonical {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "id"), c.id)?;
        d.set_item(intern!(py, "label"), c.label.as_str())?;
        d.set_item(intern!(py, "name"), &c.name)?;
        d.set_item(intern!(py, "mentions"), &c.mentions)?;
        d.set_item(intern!(py, "salience"), c.salience)?;
        if let Some(role) = &c.role {
            let r = PyDict::new(py);
            r.set_item(intern!(py, "title"), &role.title)?;
            if let Some(of) = &role.of {
                r.set_item(intern!(py, "of"), of)?;
            }
            d.set_item(intern!(py, "role"), r)?;
        }
        canonical.append(d)?;
    }
    let out = PyDict::new(py);
    out.set_item(intern!(py, "entities"), entities)?;
    out.set_item(intern!(py, "canonical"), canonical)?;
    match &doc.reference_date {
        Some(reference) => {
            let r = PyDict::new(py);
            r.set_item(intern!(py, "date"), &reference.date)?;
            r.set_item(intern!(py, "source"), &reference.source)?;
            out.set_item(intern!(py, "reference_date"), r)?;
        }
        None => out.set_item(intern!(py, "reference_date"), py.None())?,
    }
    Ok(out)
}

fn value_to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    let pair = |amount: f64, key: &Bound<'py, PyString>, text: &str| {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "amount"), amount)?;
        d.set_item(key, text)?;
        Ok::<_, PyErr>(d.into_any())
    };
    match value {
        Value::Timex(timex) => Ok(PyString::new(py, timex).into_any()),
        Value::Number(n) => Ok(PyFloat::new(py, *n).into_any()),
        Value::Money { amount, currency } => pair(*amount, intern!(py, "currency"), currency),
        Value::Quantity { amount, unit } => pair(*amount, intern!(py, "unit"), unit),
        // A value shape newer than this match: the same form the CLI's JSON gives it.
        other => Ok(pythonize::pythonize(py, other)?),
    }
}

/// Python's cycle collector, off while it lives (if it was on). Building thousands of documents
/// makes it run over and over, though none of their containers can form a cycle: a quarter of
/// `extract_many`'s time on CoNLL train.
struct GcPause<'py>(Option<Bound<'py, PyModule>>);

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause(None));
        }
        gc.call_method0("disable")?;
        Ok(GcPause(Some(gc)))
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.0 {
            // Cannot fail: `gc.enable()` only sets a flag.
            let _ = gc.call_method0("enable");
        }
    }
}

/// `text` as a Rust string (copied, so the GIL can be released); `what` names it in errors.
fn string(text: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if !text.is_instance_of::<PyString>() {
        let got = text.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "{what} must be str, not {got}"
        )));
    }
    text.extract()
}

/// The items of `items` as strings; `what` names the argument in errors.
fn strings(items: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<String>> {
    if items.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an iterable of str, not a str"
        )));
    }
    items
        .try_iter()?
        .enumerate()
        .map(|(i, item)| string(&item?, &format!("{what}[{i}]")))
        .collect()
}

/// How many threads: `None` one per core, else at least 1.
fn thread_count(threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(n) => Err(value_error(format!("threads must be at least 1, not {n}"))),
    }
}

/// Extracts the entities of ``text`` with the given options: a dict with the CLI's JSON keys
/// (``entities``, ``canonical``, ``reference_date``), ``start``/``end`` in code points
/// (``text[e["start"]:e["end"]] == e["text"]``) and ``byte_start``/``byte_end`` in UTF-8.
///
/// Options: ``reference_date`` ("YYYY-MM-DD"), ``labels`` (list of names), ``day_first``
/// (bool), ``entries`` and ``patterns`` (lists of dicts). For many texts with the same
/// options, build an ``Extractor`` once.
#[pyfunction]
#[pyo3(signature = (text, **options))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyDict>> {
    let text = string(text, "text")?;
    let options = self::options(options)?;
    let doc = py
        .detach(|| {
            let mut doc = newsmark::extract(&text, &options)?;
            to_code_points(&text, &mut doc);
            Ok::<_, newsmark::Error>(doc)
        })
        .map_err(value_error)?;
    to_python(py, &doc)
}

/// An extractor with checked options, reused across calls and safe to share between threads:
/// ``Extractor(reference_date="2021-12-06", labels=["PERSON", "DATE"])``.
#[pyclass(frozen, module = "newsmark")]
struct Extractor {
    inner: newsmark::Extractor,
    options: Options,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let options = self::options(options)?;
        let inner = newsmark::Extractor::new(&options).map_err(value_error)?;
        Ok(Extractor { inner, options })
    }

    /// The entities of ``text``, as ``newsmark.extract`` gives them.
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let text = string(text, "text")?;
        let doc = py
            .detach(|| extract_text(&self.inner, &text))
            .map_err(value_error)?;
        to_python(py, &doc)
    }

    /// The entities of each text, in order, extracted on ``threads`` threads (one per core
    /// when ``None``) with the GIL released.
    #[pyo3(signature = (texts, *, threads = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<i64>,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let texts = strings(texts, "texts")?;
        let mut states = vec![(); thread_count(threads)?];
        let docs = py.detach(|| {
            parallel_map(&texts, &mut states, |_, text| {
                extract_text(&self.inner, text)
            })
        });
        let _paused = GcPause::new(py)?;
        docs.into_iter()
            .enumerate()
            .map(|(i, doc)| match doc {
                Ok(doc) => to_python(py, &doc),
                Err(e) => Err(value_error(format!("texts[{i}]: {e}"))),
            })
            .collect()
    }

    /// What ``newsmark --jsonl`` prints for each line of JSON Lines input
    /// (``{"id", "text"[, "reference_date"]}``), byte for byte, without the newline: offsets
    /// in UTF-16 units as in all JSON output, a record's own ``reference_date`` before the
    /// extractor's; blank lines give nothing. Runs on ``threads`` threads (one per core when
    /// ``None``) with the GIL released; a bad record is a ``ValueError`` naming it.
    #[pyo3(signature = (lines, *, threads = None))]
    fn extract_jsonl(
        &self,
        py: Python<'_>,
        lines: &Bound<'_, PyAny>,
        threads: Option<i64>,
    ) -> PyResult<Vec<String>> {
        let lines = strings(lines, "lines")?;
        let first = JsonlExtractor::new(&self.options).map_err(value_error)?;
        let threads = thread_count(threads)?.min(lines.len()).max(1);
        let mut states: Vec<_> = (1..threads).map(|_| first.fork()).collect();
        states.push(first);
        let results =
            py.detach(|| parallel_map(&lines, &mut states, |j, line| j.line(line.as_bytes())));
        let mut out = Vec::with_capacity(results.len());
        for (i, result) in results.into_iter().enumerate() {
            match result {
                Ok(Some(line)) => out.push(line),
                Ok(None) => {}
                Err(e) => return Err(value_error(format!("lines[{i}]: {e}"))),
            }
        }
        Ok(out)
    }
}

#[pymodule]
fn _newsmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_class::<Extractor>()?;
    let labels: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    m.add("LABELS", PyTuple::new(m.py(), labels)?)?;
    m.add("MAX_INPUT_BYTES", newsmark::MAX_INPUT_BYTES)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
