/** What operators need: the OpenAPI document, metrics, data-change signals between instances. */
package io.accountable.ops;
