package se.samverka.consent;

import org.springframework.web.multipart.MultipartFile;
import se.samverka.document.UploadedPdf;

import java.io.IOException;
import java.util.Optional;

/** A scanned, signed consent form as uploaded: what is wrong with it, and the name it is kept under. */
final class SignedForms {

    private SignedForms() {
    }

    /** The message key of what is wrong with the file, if anything: none, too large, or not a PDF that opens. */
    static Optional<String> problem(MultipartFile file, int maxBytes) throws IOException {
        return UploadedPdf.problem(file, maxBytes).map(problem -> switch (problem) {
            case EMPTY -> "consent.signed-form.refused.empty";
            case TOO_LARGE -> "consent.signed-form.refused.large";
            case NOT_PDF -> "consent.signed-form.refused.not-pdf";
        });
    }

    /** The file's own name without any path, or a name of the consent's when it has none that can be kept. */
    static String filename(MultipartFile file, long consentId) {
        return UploadedPdf.filename(file, "samtycke-" + consentId + ".pdf");
    }
}
