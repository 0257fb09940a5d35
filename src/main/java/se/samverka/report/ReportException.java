package se.samverka.report;

/** A change the report refuses; {@code report.refused.<code>} in messages_sv.properties says why. */
class ReportException extends RuntimeException {

    private final String code;

    ReportException(String code) {
        super(code);
        this.code = code;
    }

    String code() {
        return code;
    }
}
