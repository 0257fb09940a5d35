/** Fictional demonstration data: centres of every kind and one user per role (profile "demo"). */
package se.samverka.demo;
