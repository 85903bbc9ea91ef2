/** Attribution at the account level: the service that feeds the engine, and the JSON API. */
package io.accountable.attribution;
