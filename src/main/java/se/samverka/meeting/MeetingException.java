package se.samverka.meeting;

/** A change a meeting refuses; {@code meeting.refused.<code>} in messages_sv.properties says why. */
class MeetingException extends RuntimeException {

    private final String code;

    MeetingException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
