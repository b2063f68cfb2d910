//! Compiled-in binary files laid out after every other constant, at the end of the wasm.
//!
//! The word clusters are Rice-coded and the model's weights nearly as dense: gzip finds little
//! in either. Among the read-only constants the linker put them right after the code section,
//! where gzip's blocks mixed their bytes with the code's and coded both worse (2.7 KB gzip of the
//! page, docs/PERFORMANCE.md, "The page's bytes, round 5"). A static with interior mutability is
//! writable data, which the linker lays out after all read-only data (wasm-ld: `.rodata`, then
//! `.data`), so these files end the module, apart from the code. The bytes are the same.

use std::cell::UnsafeCell;

/// A file's bytes as writable data, never written.
pub(crate) struct Blob<const N: usize>(UnsafeCell<[u8; N]>);

// SAFETY: nothing writes through the cell (no `&mut` to its bytes is ever made), so sharing it
// between threads shares read-only bytes.
unsafe impl<const N: usize> Sync for Blob<N> {}

impl<const N: usize> Blob<N> {
    pub(crate) const fn new(bytes: &[u8; N]) -> Self {
        Blob(UnsafeCell::new(*bytes))
    }

    pub(crate) fn bytes(&'static self) -> &'static [u8] {
        // The cell's address passes through `black_box`, which LLVM cannot see into, so the
        // static stays writable for it: seeing no write anywhere, LTO may otherwise make it a
        // constant, read-only data among the others (it did for the entropy-coded weights,
        // `crate::rans`: 1.7 KB gzip, docs/PERFORMANCE.md, "The page's bytes, round 6").
        let cell = std::hint::black_box(&self.0);
        // SAFETY: the cell is never written (see `Sync` above), so a shared borrow for the
        // program's life aliases no mutable one.
        unsafe { &*cell.get() }
    }
}
