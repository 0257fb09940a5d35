package se.samverka.notification;

/** A mail as it is queued: subject, plain text and HTML of the same content. */
record Mail(String subject, String text, String html) {
}
