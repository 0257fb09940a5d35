/** The audit log: every read and write of personal data, and every state change worth tracing. */
package se.samverka.audit;
