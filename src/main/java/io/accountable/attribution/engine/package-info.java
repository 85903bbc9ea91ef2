/**
 * The attribution engine of Accountable: it turns conversions (opportunities seen through the
 * revenue or pipeline view) and the touches of their accounts into per-touch credit, following
 * {@code docs/attribution.md} to the cent.
 *
 * <p>The package depends on the JDK only, so the numbers can be tested and reproduced without a
 * database or the application container. The service layer loads the data, builds each
 * conversion's {@link io.accountable.attribution.engine.Journey} with
 * {@link io.accountable.attribution.engine.Journeys#build}, builds the channel paths of the
 * non-converting accounts, and calls
 * {@link io.accountable.attribution.engine.AttributionEngine#attribute}; report rows come from
 * {@link io.accountable.attribution.engine.Reports#groupBy}.
 *
 * <p>Everything here is stateless or immutable after construction, except the per-set cache of
 * {@link io.accountable.attribution.engine.ShapleyValues}, which is thread-safe.
 */
package io.accountable.attribution.engine;
