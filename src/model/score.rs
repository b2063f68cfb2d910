//! Exact-span scoring shared by the training and evaluation commands: a predicted span counts
//! only when its start, end and type all match a gold span.

use std::collections::HashMap;

/// Exact-span counts per kind: (true positives, predicted, gold).
pub type Counts = HashMap<&'static str, (usize, usize, usize)>;

/// Adds one document's exact-span matches to `counts`.
pub fn tally<K: PartialEq + Copy>(
    counts: &mut Counts,
    predicted: &[(usize, usize, K)],
    gold: &[(usize, usize, K)],
    name: impl Fn(K) -> &'static str,
) {
    for p in predicted {
        let c = counts.entry(name(p.2)).or_default();
        c.1 += 1;
        if gold.contains(p) {
            c.0 += 1;
        }
    }
    for g in gold {
        counts.entry(name(g.2)).or_default().2 += 1;
    }
}

/// Precision, recall, F1 per kind and overall (micro), as printable lines; returns overall F1.
pub fn report(counts: &Counts, out: &mut String) -> f64 {
    let prf = |(tp, p, g): (usize, usize, usize)| {
        let pr = tp as f64 / p.max(1) as f64;
        let re = tp as f64 / g.max(1) as f64;
        (
            pr,
            re,
            if pr + re > 0.0 {
                2.0 * pr * re / (pr + re)
            } else {
                0.0
            },
        )
    };
    let mut names: Vec<_> = counts.keys().copied().collect();
    names.sort();
    let mut all = (0, 0, 0);
    for n in names {
        let c = counts[n];
        all = (all.0 + c.0, all.1 + c.1, all.2 + c.2);
        let (p, r, f) = prf(c);
        out.push_str(&format!(
            "{n:<12} P {p:.4}  R {r:.4}  F1 {f:.4}  (gold {})\n",
            c.2
        ));
    }
    let (p, r, f) = prf(all);
    out.push_str(&format!(
        "{:<12} P {p:.4}  R {r:.4}  F1 {f:.4}  (gold {})\n",
        "overall", all.2
    ));
    f
}
