/** Reports for the board: the executive summary as a PDF, with server-drawn vector charts. */
package io.accountable.report;
