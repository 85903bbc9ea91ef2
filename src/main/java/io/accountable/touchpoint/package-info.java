/** Touches of accounts: the closed list of touch types with their weights, and channel names. */
package io.accountable.touchpoint;
