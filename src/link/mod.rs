//! Linking: groups mentions into canonical entities.
//!
//! - A person's single-word mention ("Biden") joins the one fuller name that contains that word
//!   ("Joe Biden"), wherever in the text the fuller name appears; when two fuller names share
//!   the word, it stays apart rather than guess. A one-word mention the tagger took for an
//!   organisation, group, event or thing ("Psaki said…" as ORG) is a person when it is the
//!   surname of exactly one person named in full in the article (a name the tagger itself read
//!   as a person in some mention), unless it is an ORG that
//!   begins a company the article names with a legal form ("Whitbread & Co."), with no TITLE
//!   right before it ("Hearst" in an article on Hearst Corp.: OntoNotes *train* 78 more names
//!   right, all newswire, no other genre changed).
//! - An acronym ("NATO", "CAATSA") joins the one longer name of the same label whose capitalised
//!   words' initials spell it ("North Atlantic Treaty Organisation").
//! - A country's names and codes are one place ("US", "U.S.", "United States").
//! - Every other mention groups by label and case-folded text.
//!
//! A possessive glued to a mention ("Biden's", "Brooks Brothers'") is no part of the name it
//! groups by: the tagger draws "'s" inside a name where OntoNotes does, so the same person or
//! company would otherwise be two entities (OntoNotes *train*: 95,508 canonical entities →
//! 94,990, no mention's span or label changed). The entity's name is its longest mention,
//! one without the possessive where there is one ("McDonald's" alone stays "McDonald's").
//!
//! A TITLE right before a person's mention becomes that person's `role`, with the organisation,
//! place or people right before the title as `of` ("Kremlin spokesperson Dmitry Peskov"); so
//! does a TITLE before "of" and an organisation ("Secretary of State James Baker").
//!
//! Linking reads mentions as slices of the text and folds each distinct text to lower case
//! once: a long text repeats its names, and a folded copy per mention was most of its memory.

mod salience;

pub(crate) use salience::salience;

use crate::lexicon::Lexicon;
use crate::mention::{Mention, Mentions};
use crate::recognize::LEGAL_FORMS;
use crate::{CanonicalEntity, Label, Role};
use rustc_hash::{FxHashMap, FxHashSet};

/// Initials of the capitalised words of a multi-word name ("Countering America's Adversaries
/// Through Sanctions Act" → "CAATSA"), written into `out`; `None` for a one-word name.
fn initials<'o>(name: &str, out: &'o mut String) -> Option<&'o str> {
    let between_words = |c: char| c.is_whitespace() || c == '-';
    if !name.contains(between_words) {
        return None;
    }
    out.clear();
    out.extend(
        name.split(between_words)
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())),
    );
    Some(out)
}

/// A name without the possessive glued to its end: "Biden's" → "Biden", "Brooks Brothers'" →
/// "Brooks Brothers"; a quote the name opens ("'Free Trade Zones'") is no apostrophe.
fn without_possessive(name: &str) -> &str {
    fn apostrophe(s: &str) -> Option<&str> {
        s.strip_suffix('\'').or_else(|| s.strip_suffix('\u{2019}'))
    }
    let ends_in_s = |s: &str| s.ends_with('s') || s.ends_with('S');
    let clitic = ends_in_s(name)
        .then(|| apostrophe(&name[..name.len() - 1]))
        .flatten();
    let bare = clitic.or_else(|| {
        apostrophe(name)
            .filter(|s| ends_in_s(s) && !s.starts_with('\'') && !s.starts_with('\u{2018}'))
    });
    bare.filter(|s| !s.is_empty()).unwrap_or(name)
}

fn is_acronym(text: &str) -> bool {
    // Most mentions fail at their second letter, so the count comes last.
    text.chars().all(|c| c.is_uppercase()) && text.chars().nth(1).is_some()
}

/// Two mentions next to each other: nothing, or one space, between them.
fn adjacent(a: &Mention, b: &Mention) -> bool {
    b.byte_start >= a.byte_end && b.byte_start - a.byte_end <= 1
}

/// Labels the tagger gives to surnames it has not learnt as a person's. Never GPE: "Washington"
/// alone is the place even in an article about George Washington.
const MISTAKEN_SURNAME_LABELS: [Label; 7] = [
    Label::Org,
    Label::Norp,
    Label::Event,
    Label::Product,
    Label::WorkOfArt,
    Label::Fac,
    Label::Loc,
];

/// One-word mentions with a label from [`MISTAKEN_SURNAME_LABELS`] that are the last word of
/// exactly one multi-word PERSON mention become PERSON, except a company's short form: an ORG
/// with no TITLE right before it whose word begins an ORG of the article that ends in a legal
/// form ("Sam Whitbread" … "Whitbread & Co." … "Whitbread"). The multi-word mention must be
/// one the tagger itself reads as a person, a positive margin in some mention of it: a PERSON
/// only a pass or a title made, or the tagger's second reading ("Financiere de Paribas", "Because
/// Democrats"), is too weak to overrule the tagger's reading of the one word (OntoNotes *train*:
/// 23 mentions right again, 1 lost). `lower` holds each mention's text in lower case.
fn surnames_are_people(entities: &mut Mentions, lower: &[&str]) {
    let mut full_names: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    // Full names the tagger read as a person; NONE, no margin, is a NaN, so never above zero.
    let mut read: FxHashSet<&str> = FxHashSet::default();
    for (e, low) in entities.iter().zip(lower) {
        if e.label != Label::Person {
            continue;
        }
        if f32::from_bits(e.margin) > 0.0 {
            read.insert(low);
        }
        if let Some((_, last)) = low.rsplit_once(char::is_whitespace) {
            let names = full_names.entry(last).or_default();
            if !names.contains(low) {
                names.push(low);
            }
        }
    }
    // First words of companies named with a legal form.
    let mut companies: FxHashSet<&str> = FxHashSet::default();
    for (e, low) in entities.iter().zip(lower) {
        if e.label != Label::Org {
            continue;
        }
        let mut w = low.split_whitespace();
        if let (Some(first), Some(last)) = (w.next(), w.next_back()) {
            // "ford motor co.'s": the possessive the treebank keeps inside is no part of the form.
            let form = last
                .strip_suffix("'s")
                .unwrap_or(last)
                .trim_end_matches('.');
            if LEGAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(form)) {
                companies.insert(first);
            }
        }
    }
    for i in 0..entities.len() {
        let low = lower[i];
        let titled = i > 0
            && entities[i - 1].label == Label::Title
            && adjacent(&entities[i - 1], &entities[i]);
        let e = &mut entities[i];
        if MISTAKEN_SURNAME_LABELS.contains(&e.label)
            && !low.contains(char::is_whitespace)
            && full_names
                .get(low)
                .is_some_and(|n| n.len() == 1 && read.contains(n[0]))
            && !(e.label == Label::Org && !titled && companies.contains(low))
        {
            e.label = Label::Person;
        }
    }
}

/// What mentions of one canonical entity share: their label and a name in lower case (the full
/// name for a surname, the expansion for an acronym), or the country for a country's names.
#[derive(PartialEq, Eq, Hash)]
enum Key<'a> {
    Name(Label, &'a str),
    Country(&'static str),
}

/// Room for an article's worth of entries: `n`, the mentions, but at most [`ARTICLE`], since a
/// long text repeats its names and its tables grow only to the distinct ones (as they did all
/// the way from empty before, rehashing at each doubling). The lists per distinct name or
/// entity start the same way.
fn table<K, V>(n: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(n.min(ARTICLE), Default::default())
}

/// Mentions in a long news article.
const ARTICLE: usize = 256;

/// Each mention's text in lower case, folded once per distinct text into `store`, one buffer
/// (a `String` per distinct text was an allocation and a free each).
fn folded<'a>(text: &'a str, mentions: &Mentions, store: &'a mut String) -> Vec<&'a str> {
    let mut index: FxHashMap<&str, usize> = table(mentions.len());
    // Where each distinct text's folded copy ends in `store`.
    let mut ends: Vec<usize> = Vec::with_capacity(mentions.len().min(ARTICLE));
    let which: Vec<usize> = (mentions.iter())
        .map(|m| {
            let own = m.text(text);
            *index.entry(own).or_insert_with(|| {
                let start = store.len();
                match own.is_ascii() {
                    true => {
                        store.push_str(own);
                        store[start..].make_ascii_lowercase();
                    }
                    false => store.push_str(&own.to_lowercase()),
                }
                ends.push(store.len());
                ends.len() - 1
            })
        })
        .collect();
    let store: &'a str = store;
    let folded = |i: usize| &store[i.checked_sub(1).map_or(0, |j| ends[j])..ends[i]];
    which.into_iter().map(folded).collect()
}

/// Sets `entity_id` on every mention of `text` and returns the canonical entities.
///
/// In two passes: [`group`] numbers the entities and counts their mentions, and only once its
/// maps and folded texts are dropped is the list made, at its exact length. Grown by doubling
/// beside those maps, the list (120 bytes an entity) was the native peak of a long text.
pub(crate) fn link(text: &str, entities: &mut Mentions) -> Vec<CanonicalEntity> {
    let groups = group(text, entities);
    let mut canonical: Vec<CanonicalEntity> = (groups.iter().enumerate())
        .map(|(id, g)| CanonicalEntity {
            id,
            label: g.label,
            name: g.name.to_string(),
            mentions: Vec::with_capacity(g.mentions as usize),
            role: None,
            salience: 0.0,
        })
        .collect();
    drop(groups);
    for (index, e) in entities.iter().enumerate() {
        canonical[e.entity_id as usize].mentions.push(index);
    }
    attach_roles(text, entities, &mut canonical);
    canonical
}

/// One canonical entity as [`group`] finds it: its label, its name (a mention's text), that
/// name's [`name_rank`] and how many mentions it has.
struct Group<'a> {
    label: Label,
    name: &'a str,
    rank: (usize, bool),
    mentions: u32,
}

/// How good a mention's text `written` is as its entity's name, given `bare`, the text without
/// its possessive: longer without it, or as long and without one.
fn name_rank(written: &str, bare: &str) -> (usize, bool) {
    (bare.chars().count(), bare.len() == written.len())
}

/// Sets `entity_id` on every mention and returns the entities in the order of their ids.
fn group<'a>(text: &'a str, entities: &mut Mentions) -> Vec<Group<'a>> {
    let mut store = String::new();
    let lower = folded(text, entities, &mut store);
    surnames_are_people(entities, &lower);
    // From here on a name is grouped without its possessive ("biden's" is "biden").
    let lower: Vec<&str> = lower.into_iter().map(without_possessive).collect();
    // Each word of a multi-word person name → the names containing it.
    let mut by_word: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    // The acronyms the mentions spell → the multi-word names (and their labels) whose initials
    // they are. Keyed by the acronyms first, so a name's initials are kept only where they
    // spell one: most names' never do, and most articles have no acronym.
    let mut by_initials: FxHashMap<&str, Vec<(Label, &str)>> = FxHashMap::default();
    for e in entities.iter() {
        let own = without_possessive(e.text(text));
        if is_acronym(own) {
            by_initials.entry(own).or_default();
        }
    }
    let mut letters = String::new();
    // The full names indexed so far (a set; the map type is by_word's, so no more code in the
    // wasm). Each distinct name is indexed once and a word again in it is told by address: a
    // hostile name of thousands of words repeated would otherwise make this quadratic.
    let mut indexed: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (e, &low) in entities.iter().zip(&lower) {
        if e.label == Label::Person
            && low.contains(char::is_whitespace)
            && indexed.insert(low, Vec::new()).is_none()
        {
            for w in low.split_whitespace() {
                let names = by_word.entry(w).or_default();
                if !names.last().is_some_and(|n| std::ptr::eq(*n, low)) {
                    names.push(low);
                }
            }
        }
        if by_initials.is_empty() {
            continue;
        }
        if let Some(names) =
            initials(e.text(text), &mut letters).and_then(|l| by_initials.get_mut(l))
        {
            if !names.contains(&(e.label, low)) {
                names.push((e.label, low));
            }
        }
    }

    let lexicon = Lexicon::get();
    let mut ids: FxHashMap<Key, u32> = table(entities.len());
    let mut groups: Vec<Group<'a>> = Vec::with_capacity(entities.len().min(ARTICLE));
    for (e, &low) in entities.iter_mut().zip(&lower) {
        let written = e.text(text);
        let own = without_possessive(written);
        let mut name: &str = low;
        if e.label == Label::Person && !low.contains(char::is_whitespace) {
            if let Some([full]) = by_word.get(low).map(Vec::as_slice) {
                name = full;
            }
        }
        if let Some(names) = by_initials.get(own) {
            let mut same_label = names.iter().filter(|(label, _)| *label == e.label);
            if let (Some(&(_, full)), None) = (same_label.next(), same_label.next()) {
                name = full;
            }
        }
        let key = match e.label {
            Label::Gpe => lexicon.country(own).map(Key::Country),
            _ => None,
        }
        .unwrap_or(Key::Name(e.label, name));
        let rank = name_rank(written, own);
        let id = *ids.entry(key).or_insert_with(|| {
            groups.push(Group {
                label: e.label,
                name: written,
                rank,
                mentions: 0,
            });
            groups.len() as u32 - 1
        });
        let g = &mut groups[id as usize];
        g.mentions += 1;
        if rank > g.rank {
            g.name = written;
            g.rank = rank;
        }
        e.entity_id = id;
    }
    groups
}

/// "Kremlin spokesperson Dmitry Peskov": the title before a person's mention is their role; a
/// role that says whose ("of") is kept over one that does not.
fn attach_roles(text: &str, entities: &Mentions, canonical: &mut [CanonicalEntity]) {
    for (i, e) in entities.iter().enumerate() {
        let before = |k: usize| i.checked_sub(k).map(|j| &entities[j]);
        let (title, of) = match (before(2), before(1)) {
            _ if e.label != Label::Person => continue,
            (_, Some(t)) if t.label == Label::Title && adjacent(t, e) => {
                let of = before(2).filter(|o| {
                    matches!(o.label, Label::Org | Label::Gpe | Label::Norp) && adjacent(o, t)
                });
                (t, of)
            }
            // "Secretary of State James Baker": the title, "of", the department, the person.
            (Some(t), Some(o))
                if t.label == Label::Title
                    && o.label == Label::Org
                    && adjacent(o, e)
                    && text.get(t.byte_end as usize..o.byte_start as usize) == Some(" of ") =>
            {
                (t, Some(o))
            }
            _ => continue,
        };
        let of = of.map(|o| o.text(text).to_string());
        let role = &mut canonical[e.entity_id as usize].role;
        if role
            .as_ref()
            .map_or(true, |r| r.of.is_none() && of.is_some())
        {
            *role = Some(Role {
                title: title.text(text).to_string(),
                of,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mentions of `items` in `text`, each found after the one before.
    fn mentions_in(text: &str, items: &[(&str, Label)]) -> Mentions {
        let mut from = 0;
        (items.iter())
            .map(|&(t, label)| {
                let start = from + text[from..].find(t).expect("in the text");
                from = start + t.len();
                Mention::at(start, from, label)
            })
            .collect()
    }

    /// `items` as [`mentions_in`] gives them, every PERSON read by the tagger with a margin.
    fn tagged_in(text: &str, items: &[(&str, Label)]) -> Mentions {
        let mut es = mentions_in(text, items);
        for e in es.iter_mut().filter(|e| e.label == Label::Person) {
            e.margin = 12.0f32.to_bits();
        }
        es
    }

    #[test]
    fn surnames_join_the_full_name_even_when_they_come_first() {
        let text = "Biden, Joe Biden, Putin, biden";
        let mut es = mentions_in(
            text,
            &[
                ("Biden", Label::Person),
                ("Joe Biden", Label::Person),
                ("Putin", Label::Person),
                ("biden", Label::Person),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(canonical.len(), 2);
        assert_eq!(canonical[0].name, "Joe Biden");
        assert_eq!(canonical[0].mentions, [0, 1, 3]);
        assert_eq!(es[2].entity_id, 1);
    }

    #[test]
    fn a_possessive_is_no_part_of_the_name_grouped() {
        let text = "Biden's plan; Joe Biden; Brooks Brothers' sales; Brooks Brothers; \
                    McDonald's; Kent's; 'Free Trade Zones'; Free Trade Zones; \
                    Allan Pinkerton; Pinkerton's";
        let mut es = mentions_in(
            text,
            &[
                ("Biden's", Label::Person),
                ("Joe Biden", Label::Person),
                ("Brooks Brothers'", Label::Org),
                ("Brooks Brothers", Label::Org),
                ("McDonald's", Label::Org),
                ("Kent's", Label::Person),
                ("'Free Trade Zones'", Label::WorkOfArt),
                ("Free Trade Zones", Label::WorkOfArt),
                ("Allan Pinkerton", Label::Person),
                ("Pinkerton's", Label::Org),
            ],
        );
        let canonical = link(text, &mut es);
        let ids: Vec<u32> = es.iter().map(|e| e.entity_id).collect();
        assert_eq!((ids[0], ids[2]), (ids[1], ids[3]));
        assert_eq!(canonical[ids[0] as usize].name, "Joe Biden");
        assert_eq!(canonical[ids[2] as usize].name, "Brooks Brothers");
        assert_eq!(canonical[ids[4] as usize].name, "McDonald's");
        assert_ne!(ids[4], ids[5], "other names stay apart");
        assert_ne!(ids[6], ids[7], "a quote is no possessive");
        assert_eq!(es[9].label, Label::Org, "labels stay as they were");
    }

    #[test]
    fn ambiguous_surnames_and_other_labels_stay_apart() {
        let text = "Joe Smith, Ann Smith, Smith, Smith";
        let mut es = mentions_in(
            text,
            &[
                ("Joe Smith", Label::Person),
                ("Ann Smith", Label::Person),
                ("Smith", Label::Person),
                ("Smith", Label::Org),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(canonical.len(), 4);
    }

    #[test]
    fn a_surname_taken_for_something_else_is_the_person_named_in_full() {
        let text = "Jen Psaki, Psaki, George Washington, Washington, Jen";
        let mut es = tagged_in(
            text,
            &[
                ("Jen Psaki", Label::Person),
                ("Psaki", Label::Org),
                ("George Washington", Label::Person),
                ("Washington", Label::Gpe),
                ("Jen", Label::Org),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(es[1].label, Label::Person);
        assert_eq!(es[1].entity_id, es[0].entity_id);
        assert_eq!(canonical[es[0].entity_id as usize].mentions, [0, 1]);
        assert_eq!(es[3].label, Label::Gpe, "places stay places");
        assert_eq!(es[4].label, Label::Org, "only surnames");
    }

    #[test]
    fn only_a_full_name_the_tagger_read_as_a_person_makes_a_surname() {
        let text = "Banque de Morvel, Morvel; Ida Quarne, Quarne; Ida Quarne; \
                    Because Liberals, Liberals";
        let mut es = mentions_in(
            text,
            &[
                ("Banque de Morvel", Label::Person),
                ("Morvel", Label::Org),
                ("Ida Quarne", Label::Person),
                ("Quarne", Label::Org),
                ("Ida Quarne", Label::Person),
                ("Because Liberals", Label::Person),
                ("Liberals", Label::Norp),
            ],
        );
        // The tagger's second reading of the bank; the second "Ida Quarne" its own.
        es[0].margin = (-20.0f32).to_bits();
        es[2].margin = (-3.0f32).to_bits();
        es[4].margin = 9.0f32.to_bits();
        link(text, &mut es);
        let labels: Vec<Label> = es.iter().map(|e| e.label).collect();
        assert_eq!(labels[1], Label::Org, "a PERSON the tagger did not read");
        assert_eq!(labels[3], Label::Person, "read so in one mention");
        assert_eq!(
            labels[6],
            Label::Norp,
            "a PERSON a title pass made, no margin"
        );
    }

    #[test]
    fn a_company_named_with_its_legal_form_keeps_its_short_form() {
        let text = "Sam Whitbread, Whitbread & Co., Whitbread, Mr. Whitbread, Whitbread; \
                    Ann Holt, Holt Group, Holt";
        let mut es = tagged_in(
            text,
            &[
                ("Sam Whitbread", Label::Person),
                ("Whitbread & Co.", Label::Org),
                ("Whitbread", Label::Org),
                ("Mr.", Label::Title),
                ("Whitbread", Label::Org),
                ("Whitbread", Label::Norp),
                ("Ann Holt", Label::Person),
                ("Holt Group", Label::Org),
                ("Holt", Label::Org),
            ],
        );
        link(text, &mut es);
        let labels: Vec<Label> = es.iter().map(|e| e.label).collect();
        assert_eq!(labels[2], Label::Org, "the company's short form");
        assert_eq!(labels[4], Label::Person, "after a title");
        assert_eq!(labels[5], Label::Person, "only an ORG");
        assert_eq!(labels[8], Label::Person, "no legal form");
    }

    #[test]
    fn acronyms_join_their_expansion_of_the_same_label() {
        let text = "NATO; North Atlantic Treaty Organisation; \
                    Countering America's Adversaries Through Sanctions Act; CAATSA; CAATSA; NTO; NATO";
        let mut es = mentions_in(
            text,
            &[
                ("NATO", Label::Org),
                ("North Atlantic Treaty Organisation", Label::Org),
                (
                    "Countering America's Adversaries Through Sanctions Act",
                    Label::Law,
                ),
                ("CAATSA", Label::Law),
                ("CAATSA", Label::Law),
                ("NTO", Label::Org),
                ("NATO", Label::Gpe),
            ],
        );
        let canonical = link(text, &mut es);
        let ids: Vec<u32> = es.iter().map(|e| e.entity_id).collect();
        assert_eq!(ids[..5], [0, 0, 1, 1, 1]);
        assert_eq!(canonical[0].name, "North Atlantic Treaty Organisation");
        assert_eq!(
            canonical[1].name,
            "Countering America's Adversaries Through Sanctions Act"
        );
        assert!(
            ids[5] > 1 && ids[6] > 1 && ids[5] != ids[6],
            "other letters or labels stay apart"
        );
    }

    #[test]
    fn a_countrys_names_and_codes_are_one_place() {
        let text = "US, United States, U.S., Russia, US";
        let mut es = mentions_in(
            text,
            &[
                ("US", Label::Gpe),
                ("United States", Label::Gpe),
                ("U.S.", Label::Gpe),
                ("Russia", Label::Gpe),
                ("US", Label::Org),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(
            (es[0].entity_id, es[1].entity_id, es[2].entity_id),
            (0, 0, 0)
        );
        assert_eq!(canonical[0].name, "United States");
        assert_eq!(canonical.len(), 3);
    }

    #[test]
    fn a_title_before_a_person_is_their_role() {
        let text = "Kremlin spokesperson Dmitry Peskov said it. President Biden";
        let mut es = mentions_in(
            text,
            &[
                ("Kremlin", Label::Org),
                ("spokesperson", Label::Title),
                ("Dmitry Peskov", Label::Person),
                ("President", Label::Title),
                ("Biden", Label::Person),
            ],
        );
        let canonical = link(text, &mut es);
        let peskov = &canonical[es[2].entity_id as usize];
        assert_eq!(
            peskov.role,
            Some(Role {
                title: "spokesperson".into(),
                of: Some("Kremlin".into())
            })
        );
        let biden = &canonical[es[4].entity_id as usize];
        assert_eq!(
            biden
                .role
                .as_ref()
                .map(|r| (r.title.as_str(), r.of.as_deref())),
            Some(("President", None))
        );
        assert_eq!(
            canonical[es[0].entity_id as usize].role, None,
            "organisations have no role"
        );
    }

    #[test]
    fn a_title_of_a_department_before_a_person_is_their_role() {
        let text = "Secretary of State Ann Lee";
        let mut es = mentions_in(
            text,
            &[
                ("Secretary", Label::Title),
                ("State", Label::Org),
                ("Ann Lee", Label::Person),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(
            canonical[es[2].entity_id as usize].role,
            Some(Role {
                title: "Secretary".into(),
                of: Some("State".into())
            })
        );
    }

    #[test]
    fn a_title_apart_from_the_person_is_not_their_role() {
        let text = "President said Biden";
        let mut es = mentions_in(
            text,
            &[("President", Label::Title), ("Biden", Label::Person)],
        );
        let canonical = link(text, &mut es);
        assert!(canonical.iter().all(|c| c.role.is_none()));
    }

    #[test]
    fn the_lists_are_made_at_their_exact_length() {
        let text = "Joe Biden, Biden, NATO, Biden, US, United States";
        let mut es = mentions_in(
            text,
            &[
                ("Joe Biden", Label::Person),
                ("Biden", Label::Person),
                ("NATO", Label::Org),
                ("Biden", Label::Person),
                ("US", Label::Gpe),
                ("United States", Label::Gpe),
            ],
        );
        let canonical = link(text, &mut es);
        assert_eq!(canonical.len(), 3);
        assert_eq!(canonical.capacity(), canonical.len());
        for c in &canonical {
            assert_eq!(c.mentions.capacity(), c.mentions.len(), "{}", c.name);
        }
        assert_eq!(canonical[0].mentions, [0, 1, 3]);
        assert_eq!(canonical[2].name, "United States");
    }

    #[test]
    fn each_distinct_text_is_folded_once() {
        let text = "Biden, BIDEN, Biden";
        let es = mentions_in(
            text,
            &[
                ("Biden", Label::Person),
                ("BIDEN", Label::Person),
                ("Biden", Label::Person),
            ],
        );
        let mut store = String::new();
        let lower = folded(text, &es, &mut store);
        assert_eq!(lower, ["biden"; 3]);
        assert!(std::ptr::eq(lower[0], lower[2]));
        assert_eq!(store, "bidenbiden", "one copy per distinct text");
    }
}
