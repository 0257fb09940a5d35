package se.samverka.notification;

import java.util.List;

/**
 * One notice to one person, before it is written as a mail: a subject, paragraphs and the link to act on. Holds no
 * personal data of families: the notices name centres, agreements, meetings and staff only.
 */
record Notice(NotificationKind kind, String subject, List<String> paragraphs, String link, String linkText) {

    Notice {
        paragraphs = List.copyOf(paragraphs);
    }
}
