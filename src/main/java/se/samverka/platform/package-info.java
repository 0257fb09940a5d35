/** What every module stands on: the database, the page layout, errors, texts and time. */
package se.samverka.platform;
