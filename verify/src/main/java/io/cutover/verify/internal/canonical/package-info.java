/**
 * The canonical text of rows, in SQL per database family and in Java, identical for identical values.
 * Internal: no compatibility promise.
 */
package io.cutover.verify.internal.canonical;
