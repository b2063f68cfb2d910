//! Entity labels: the OntoNotes 5 set that spaCy users know, plus `TITLE` for roles
//! ("Prime Minister", "Kremlin spokesperson") kept apart from the people they precede.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! labels {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// An entity type. Serialised as its upper-case name (`"PERSON"`, `"WORK_OF_ART"`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum Label {
            $(#[doc = $doc] #[serde(rename = $name)] $variant,)*
        }

        impl Label {
            /// Every label, in the order they are documented.
            pub const ALL: &'static [Label] = &[$(Label::$variant),*];

            /// The upper-case name used in JSON and JavaScript.
            pub fn as_str(self) -> &'static str {
                match self { $(Label::$variant => $name,)* }
            }
        }

        impl FromStr for Label {
            type Err = UnknownLabel;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($name => Ok(Label::$variant),)* _ => Err(UnknownLabel(s.to_string())) }
            }
        }
    };
}

labels! {
    Person => "PERSON", "People, including fictional.";
    Norp => "NORP", "Nationalities, religious and political groups (\"Russian\", \"Democrats\").";
    Fac => "FAC", "Buildings, airports, highways, bridges.";
    Org => "ORG", "Companies, agencies, institutions.";
    Gpe => "GPE", "Countries, cities, states: places with a government.";
    Loc => "LOC", "Other locations: mountain ranges, bodies of water, regions (\"the Arctic\").";
    Product => "PRODUCT", "Objects, vehicles, weapons (\"S-400\", \"AK-203\").";
    Event => "EVENT", "Named events (\"Geneva summit\").";
    WorkOfArt => "WORK_OF_ART", "Titles of books, songs, films.";
    Law => "LAW", "Named laws and treaties.";
    Language => "LANGUAGE", "Named languages.";
    Date => "DATE", "Dates and periods, absolute or relative.";
    Time => "TIME", "Times of day.";
    Percent => "PERCENT", "Percentages.";
    Money => "MONEY", "Monetary amounts.";
    Quantity => "QUANTITY", "Measurements and counted things (\"400 km\", \"7.5 lakh rifles\").";
    Ordinal => "ORDINAL", "\"first\", \"21st\".";
    Cardinal => "CARDINAL", "Numbers that fit no other label.";
    Title => "TITLE", "Roles and titles next to people (\"US President\", \"Kremlin spokesperson\").";
}

/// A name that is none of [`Label::ALL`]'s; it becomes [`crate::Error::UnknownLabel`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel(pub String);

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown label {:?}: expected one of ", self.0)?;
        for (i, label) in Label::ALL.iter().enumerate() {
            f.write_str(if i == 0 { "" } else { ", " })?;
            f.write_str(label.as_str())?;
        }
        Ok(())
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_from_str_and_serde() {
        for &label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>().unwrap(), label);
            let json = serde_json::to_string(&label).unwrap();
            assert_eq!(json, format!("\"{}\"", label.as_str()));
        }
    }

    #[test]
    fn unknown_label_is_a_clear_error() {
        let err = "PERSONS".parse::<Label>().unwrap_err();
        assert!(err.to_string().contains("PERSONS"), "{err}");
    }
}
