package io.cutover.mappings.schema.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cutover.mappings.CutoverException;
import io.cutover.mappings.ErrorCode;
import io.cutover.mappings.schema.Schema;
import io.cutover.mappings.schema.Skipped;
import io.cutover.mappings.schema.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bad statement sits on line 2, indented by two, between two valid tables: it must become one
 * precise {@link Skipped} entry, and both tables must still be read.
 */
class OracleDdlReaderBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CREATE TABLE t1 (id NUMBER, name;                                 | 35 | statement ends too early (missing ')' or clause?)
            CREATE TABLE t2 (id NUMBER, price MONEY);                         | 37 | column PRICE: unknown type MONEY
            CREATE TABLE t3 (id NUMBER(10, name VARCHAR2(10));                | 34 | syntax error at 'name': no viable alternative at input 'id NUMBER(10, name'
            COMMENT ON TABLE before_t IS 'no end;                             | 32 | unterminated quote
            FOOBAR;                                                           | 3  | not a SQL statement: it starts with 'FOOBAR'
            CREATE TABLE t6 AS SELECT * FROM before_t;                        | 19 | CREATE TABLE ... AS SELECT is not supported: its columns come from a query; export the table's DDL with DBMS_METADATA.GET_DDL instead
            CREATE CLUSTER c1 (id NUMBER);                                    | 3  | CREATE CLUSTER is not supported
            ALTER TABLE before_t ADD (extra NUMBER);                          | 24 | ALTER TABLE ADD ... is not supported; only ADD constraint and MODIFY column [NOT] NULL are read
            ALTER TABLE before_t MODIFY (id NUMBER(12));                      | 24 | ALTER TABLE MODIFY ... is not supported; only ADD constraint and MODIFY column [NOT] NULL are read
            ALTER TABLE before_t ADD CONSTRAINT uk1 UNIQUE (nope);            | 51 | constraint names column NOPE, which table BEFORE_T does not have
            ALTER TABLE before_t ADD CONSTRAINT fk1 FOREIGN KEY (id) REFERENCES nowhere (id); | 28 | foreign key FK1 of table BEFORE_T references table NOWHERE, which is not in the input; the foreign key is left out
            ALTER TABLE before_t ADD CONSTRAINT pk2 PRIMARY KEY (id);         | 28 | table BEFORE_T already has a primary key
            ALTER TABLE nowhere ADD CONSTRAINT pk9 PRIMARY KEY (id);          | 15 | ALTER TABLE names table NOWHERE, which no CREATE TABLE before it defines
            CREATE TABLE before_t (x NUMBER);                                 | 3  | table BEFORE_T is already defined at bad.sql:1:1
            CREATE SEQUENCE s1 START WITH 1 FROBNICATE;                       | 35 | unknown sequence option 'FROBNICATE'
            CREATE INDEX ix1 ON nowhere (a);                                  | 23 | index on table NOWHERE, which no CREATE TABLE before it defines
            CREATE INDEX ix2 ON before_t (nope);                              | 33 | table BEFORE_T has no column NOPE
            CREATE INDEX ix3 ON before_t (id) ONLINE;                         | 37 | unexpected 'ONLINE' where the statement should end
            CREATE GLOBAL TEMPORARY TABLE gtt (id NUMBER) ON COMMIT DELETE ROWS; | 3 | CREATE GLOBAL TEMPORARY TABLE is not supported
            CREATE TABLE t16 (a NUMBER INVISIBLE, b NUMBER AS (a * 2) VIRTUAL INVISIBLE, c FOO); | 82 | column C: unknown type FOO
            COMMENT ON COLUMN before_t.nope IS 'x';                           | 21 | table BEFORE_T has no column NOPE
            CREATE TABLE t19 (a VARCHAR2);                                    | 23 | column A: VARCHAR2 needs a length
            CREATE TABLE t21 (doc XMLTYPE);                                   | 25 | column DOC: type XMLTYPE is not supported
            CREATE TABLE t22 (id NUMBER) BOGUS;                               | 32 | unexpected 'BOGUS' where the statement should end
            DROP TABLE before_t PURGE;                                        | 3  | DROP TABLE is not supported
            """)
    void badStatementBecomesOneSkippedEntry(String statement, int column, String reason) {
        Schema schema = read("CREATE TABLE before_t (id NUMBER PRIMARY KEY);\n  " + statement
                + "\nCREATE TABLE after_t (id NUMBER PRIMARY KEY);\n");
        assertEquals(List.of("BEFORE_T", "AFTER_T"), schema.tables().stream().map(Table::name).toList());
        assertEquals(1, schema.skipped().size(), schema.skipped()::toString);
        Skipped skipped = schema.skipped().get(0);
        assertEquals("bad.sql:2:" + column, skipped.location().toString());
        assertEquals(reason, skipped.reason());
        assertTrue(statement.replaceAll(";$", "").contains(skipped.excerpt())
                || skipped.excerpt().contains(statement.replaceAll(";$", "").substring(0, 20)), skipped.excerpt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE t24 (a NUMBER, b NUMBER, CONSTRAINT fk24 FOREIGN KEY (a, b) REFERENCES before_t (id));",
            "CREATE TABLE t24 (a NUMBER, b NUMBER, CONSTRAINT fk24 FOREIGN KEY (a, b) REFERENCES before_t (id, nope));"})
    void foreignKeyThatCannotHoldIsLeftOutButItsTableIsRead(String statement) {
        Schema schema = read("CREATE TABLE before_t (id NUMBER PRIMARY KEY);\n" + statement);
        assertEquals(List.of(), schema.table("T24").foreignKeys());
        assertEquals("bad.sql:2:39", schema.skipped().get(0).location().toString());
        assertTrue(schema.skipped().get(0).reason().startsWith("foreign key FK24 of table T24 "),
                schema.skipped().get(0).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n", "\u0000\u0001\u0002binary\u0003\u0004", "hello: world\nkey: value\n"})
    void unusableInputIsRejectedNamingTheFile(String input) {
        CutoverException e = assertThrows(CutoverException.class, () -> read(input));
        assertEquals(ErrorCode.INVALID_INPUT, e.code());
        assertTrue(e.getMessage().startsWith("bad.sql: "), e.getMessage());
    }

    private static Schema read(String text) {
        return new OracleDdlReader().read("bad.sql", text);
    }
}
