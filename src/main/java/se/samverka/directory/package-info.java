/**
 * The public directory (§8.2–8.3): anyone finds a family centre and sees what it offers, in Swedish and English,
 * without signing in, without a session and without a cookie.
 */
package se.samverka.directory;
