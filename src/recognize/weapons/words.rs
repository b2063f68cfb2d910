//! The closed word lists the weapons recogniser reads: common knowledge of what armies field,
//! written here, never taken from a data set.

use crate::Label;

/// Systems that are weapons named alone, with no weapon noun after them ("HIMARS", "Iron Dome"):
/// names that mean little else in news. Ambiguous ones ("Patriot", "Leopard", "Abrams",
/// "Apache") are found only before a weapon noun.
pub(super) const KNOWN_SYSTEMS: &[&[&str]] = &[
    &["ATACMS"],
    &["Avangard"],
    &["Bayraktar"],
    &["Hellfire"],
    &["HIMARS"],
    &["Iron", "Dome"],
    &["Iskander"],
    &["Javelin"],
    &["Kalibr"],
    &["Kinzhal"],
    &["NASAMS"],
    &["Oreshnik"],
    &["Pantsir"],
    &["Sarmat"],
    &["Shahed"],
    &["Stinger"],
    &["Storm", "Shadow"],
    &["THAAD"],
    &["Tomahawk"],
    &["Zircon"],
];

/// Nouns that make the capitalised name before them a weapon ("Abrams tanks", "Patriot
/// missiles"); the noun stays outside the name, as OntoNotes marks it. Not "fighters", which
/// are people as often ("Kurdish fighters"); "Rafale fighter jets" has its noun.
pub(super) const WEAPON_NOUNS: &[&str] = &[
    "bomber",
    "bombers",
    "destroyer",
    "destroyers",
    "drone",
    "drones",
    "frigate",
    "frigates",
    "gunship",
    "gunships",
    "helicopter",
    "helicopters",
    "howitzer",
    "howitzers",
    "interceptor",
    "interceptors",
    "jet",
    "jets",
    "launcher",
    "launchers",
    "missile",
    "missiles",
    "rifle",
    "rifles",
    "rocket",
    "rockets",
    "submarine",
    "submarines",
    "tank",
    "tanks",
    "torpedo",
    "torpedoes",
    "warplane",
    "warplanes",
];

/// Lower-case words that may stand between a system's name and its noun ("Kalibr *cruise*
/// missiles", "Javelin *anti-tank* missiles").
pub(super) const MODIFIERS: &[&str] = &[
    "aircraft",
    "air",
    "anti",
    "attack",
    "ballistic",
    "battle",
    "cruise",
    "defence",
    "defense",
    "fighter",
    "guided",
    "hypersonic",
    "main",
    "ship",
    "surface",
    "to",
];

/// Capitalised words that own weapons rather than name them ("Army helicopters", "Navy jets").
pub(super) const OWNERS: &[&str] = &[
    "Air", "Airforce", "Army", "Coast", "Corps", "Force", "Guard", "Marine", "Marines", "Military",
    "Navy",
];

/// Codes that take a hyphen and a number but name no weapon, with what they name as OntoNotes
/// marks it when a name at all: groups of countries ("G-7": ORG, 6 of 6 in OntoNotes train),
/// interstates ("I-95": FAC, 4 of 4), film ratings ("PG-13"), visas ("H-1B"), a pill
/// ("RU-486", unmarked 15 times), virus names ("CoV-2"), youth teams ("U-21").
pub(in crate::recognize) const NOT_DESIGNATORS: &[(&str, Option<Label>)] = &[
    ("CoV", None),
    ("G", Some(Label::Org)),
    ("H", None),
    ("I", Some(Label::Fac)),
    ("PG", None),
    ("RU", None),
    ("U", None),
];

/// Bond ratings ("A-1", "Baa-3") share the designator's shape when their number is 1 to 3.
pub(super) const RATINGS: &[&str] = &["A", "Aa", "Aaa", "B", "Ba", "Baa", "C", "Ca", "Caa"];

/// Nouns after a code that show it is no weapon ("F-1 visa", "G-20 summit").
pub(in crate::recognize) const NOT_WEAPON_NOUNS: &[&str] = &[
    "countries",
    "meeting",
    "nations",
    "pill",
    "summit",
    "visa",
    "visas",
];
