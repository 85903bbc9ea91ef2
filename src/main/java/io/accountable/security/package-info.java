/** Users, roles (viewer, analyst, admin), sign-in and sign-out, and the admins' user management. */
package io.accountable.security;
