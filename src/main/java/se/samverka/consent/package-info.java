/**
 * Confidentiality between the operations (§13): each operation's register of the persons it serves at a centre,
 * their identity numbers encrypted, and the catalogue of legal bases for passing information between operations.
 * Every read and write of a person is audited in the same transaction.
 */
package se.samverka.consent;
