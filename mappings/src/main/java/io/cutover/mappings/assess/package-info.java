/**
 * {@code cutover assess}: what migrating an Oracle schema will take. {@link io.cutover.mappings.assess.Assessment}
 * converts the schema as {@code schema convert} would and returns an
 * {@link io.cutover.mappings.assess.AssessmentReport}: object counts, per-table status, lossy columns, converter
 * warnings, manual objects scored by {@link io.cutover.mappings.assess.Difficulty}, the
 * {@link io.cutover.mappings.assess.Effort} and the {@link io.cutover.mappings.assess.MigrationLevel}.
 * {@link io.cutover.mappings.assess.TextReport} and {@link io.cutover.mappings.assess.HtmlReport} render it.
 */
package io.cutover.mappings.assess;
