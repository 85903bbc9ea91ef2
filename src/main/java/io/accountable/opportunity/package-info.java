/**
 * Opportunities (the conversions) and the history of the pipeline stages they went through; the
 * opportunity list behind the Pipeline created tile ({@link io.accountable.opportunity.OpportunityController},
 * {@link io.accountable.opportunity.OpportunityQueries}).
 */
package io.accountable.opportunity;
