package io.cutover.mappings.schema;

/** Whether a character column's length counts bytes or characters ({@code VARCHAR2(10 CHAR)}). */
public enum LengthSemantics { BYTE, CHAR }
