/**
 * The SHOP sample: its schema on a PostgreSQL or MariaDB stand-in for the Oracle source
 * ({@link io.cutover.samples.ShopSchema}), deterministic data ({@link io.cutover.samples.ShopData}) and a live
 * write load for change streaming ({@link io.cutover.samples.Workload}). The SQL and mapping files live in
 * {@code samples/shop} and ship in this jar under {@code io/cutover/samples/shop}.
 */
package io.cutover.samples;
