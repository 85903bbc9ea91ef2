/**
 * Board snapshots: the numbers of one dashboard filter frozen with the filter, the data and
 * settings versions, who and when, and the PDF as rendered; and what changed since, split into
 * data imported, settings changed and the period moving.
 */
package io.accountable.snapshot;
