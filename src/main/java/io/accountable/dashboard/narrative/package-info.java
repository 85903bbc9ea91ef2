/**
 * The executive narrative: a few sentences drawn from the dashboard's cards by fixed rules
 * (docs/narrative.md). {@link io.accountable.dashboard.narrative.NarrativeRules} chooses what to
 * say from the cards alone, without Quarkus; {@link io.accountable.dashboard.narrative.NarrativeService}
 * gathers the cards and writes the sentences in the reader's language.
 */
package io.accountable.dashboard.narrative;
