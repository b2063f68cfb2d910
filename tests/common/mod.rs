//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test file uses its own subset

pub mod invariants;
