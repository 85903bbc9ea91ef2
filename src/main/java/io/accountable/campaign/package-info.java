/** Campaigns and the costs spent on them (or on a channel), the denominators of ROI and CAC. */
package io.accountable.campaign;
