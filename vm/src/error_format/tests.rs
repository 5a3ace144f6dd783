//! Exact texts of `format_exception`, checked against real escript output.
