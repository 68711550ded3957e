/**
 * The machinery behind {@link io.cutover.cdc.Stream}: decoding Debezium records, routing them to shards and
 * applying them. No compatibility promise; use the {@code io.cutover.cdc} API.
 */
package io.cutover.cdc.internal;
