/** What every page shares: error pages, CSRF protection, htmx helpers, template formatting. */
package io.accountable.web;
