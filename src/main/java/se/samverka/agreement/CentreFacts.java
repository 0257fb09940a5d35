package se.samverka.agreement;

import se.samverka.rules.CentreKind;

/** What an agreement's document takes from the registry about the centre itself. */
record CentreFacts(long id, String name, String address, CentreKind kind) {
}
