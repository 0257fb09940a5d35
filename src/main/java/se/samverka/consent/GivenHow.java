package se.samverka.consent;

/** How a consent was given or withdrawn: in writing, or orally (then with a witness, for a consent). */
enum GivenHow {
    WRITTEN,
    ORAL
}
