//! The `ferl` command line.
fn main() {}
