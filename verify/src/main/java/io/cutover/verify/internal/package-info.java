/** Verify internals: no compatibility promise. */
package io.cutover.verify.internal;
