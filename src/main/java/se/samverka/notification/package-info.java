/**
 * E-mail notifications: notices of what the agreement and meeting modules publish, each user's choice per kind
 * (immediately, in the weekly digest, or not at all), and the outbox that a scheduled worker sends from with retries.
 */
package se.samverka.notification;
