package io.cutover.mappings.schema;

/**
 * Something Cutover does not convert and a person must: PL/SQL code, views, synonyms, links.
 *
 * @param lines the number of source lines, a first measure of the effort
 * @param text  the statement text as written
 */
public record ManualObject(Kind kind, String name, int lines, String text, Location location) {
    public enum Kind {
        PROCEDURE, FUNCTION, PACKAGE, PACKAGE_BODY, TRIGGER, TYPE, VIEW, MATERIALIZED_VIEW, SYNONYM,
        DATABASE_LINK, OTHER
    }
}
