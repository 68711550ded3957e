package io.cutover.mappings.schema.read;

/**
 * One statement cut from a script, without its terminator.
 *
 * @param line   1-based line of the first character of {@code text}
 * @param column 1-based column of the first character of {@code text}
 */
record Statement(String text, int line, int column) {

    /** The first word, upper case, e.g. {@code CREATE}. */
    String firstWord() {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }

    /** Line count of the statement text. */
    int lineCount() {
        return (int) text.lines().count();
    }
}
