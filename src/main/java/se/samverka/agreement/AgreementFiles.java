package se.samverka.agreement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The PDFs of sent and signed versions, kept beside the aggregate so that loading it stays cheap. */
@Repository
class AgreementFiles {

    private final JdbcClient jdbc;

    AgreementFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void storeSent(long agreementId, byte[] pdf) {
        jdbc.sql("delete from agreement_file where agreement_id = :id").param("id", agreementId).update();
        jdbc.sql("insert into agreement_file (agreement_id, sent_pdf) values (:id, :pdf)")
                .param("id", agreementId).param("pdf", pdf).update();
    }

    void forget(long agreementId) {
        jdbc.sql("delete from agreement_file where agreement_id = :id").param("id", agreementId).update();
    }

    void storeSealed(long agreementId, byte[] pdf) {
        int updated = jdbc.sql("update agreement_file set sealed_pdf = :pdf where agreement_id = :id and sealed_pdf is null")
                .param("id", agreementId).param("pdf", pdf).update();
        if (updated != 1) {
            throw new IllegalStateException("a sealed document is never replaced");
        }
    }

    Optional<byte[]> sent(long agreementId) {
        return jdbc.sql("select sent_pdf from agreement_file where agreement_id = :id")
                .param("id", agreementId).query(byte[].class).optional();
    }

    Optional<byte[]> sealed(long agreementId) {
        return jdbc.sql("select sealed_pdf from agreement_file where agreement_id = :id and sealed_pdf is not null")
                .param("id", agreementId).query(byte[].class).optional();
    }
}
