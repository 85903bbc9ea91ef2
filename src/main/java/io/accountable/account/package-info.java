/** Accounts, their contacts and NPS answers: the account list, the account page and its API. */
package io.accountable.account;
