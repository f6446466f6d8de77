//! Access: operator accounts and signing in, the role/permission matrix, the table of every
//! bridge command's permission, masking of personal data, and the hash-chained audit trail.

pub mod audit;
pub mod auth;
pub mod commands;
pub mod mask;
pub mod operators;
pub mod roles;

#[cfg(test)]
mod tests;
