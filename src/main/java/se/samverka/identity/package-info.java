/** Identity and access: users, their roles and scopes, sign-in by password or OIDC. */
package se.samverka.identity;
