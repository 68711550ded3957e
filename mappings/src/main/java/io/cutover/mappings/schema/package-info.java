/**
 * The source schema as Cutover understands it: tables, columns with their Oracle types, keys,
 * indexes, sequences, comments, and the objects that need manual work. Produced from Oracle DDL
 * text or from a live source's JDBC metadata; consumed by type mapping, DDL conversion, assessment,
 * and later by CDC apply and verification. Names are stored as the Oracle dictionary would hold
 * them: unquoted identifiers folded to upper case, quoted identifiers exactly as written.
 */
package io.cutover.mappings.schema;
