/** The agreement's rules for anyone: the stateless rules API and the "pröva" page. */
package se.samverka.evaluation;
