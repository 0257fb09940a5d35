package se.samverka.consent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** A scanned, signed consent form as uploaded: what is wrong with it, and the name it is kept under. */
final class SignedForms {

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FILENAME = 200;

    private SignedForms() {
    }

    /** The message key of what is wrong with the file, if anything: none, too large, or not a PDF that opens. */
    static Optional<String> problem(MultipartFile file, int maxBytes) throws IOException {
        if (file == null || file.isEmpty()) {
            return Optional.of("consent.signed-form.refused.empty");
        }
        if (file.getSize() > maxBytes) {
            return Optional.of("consent.signed-form.refused.large");
        }
        byte[] content = file.getBytes();
        if (content.length < PDF_HEADER.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_HEADER.length), PDF_HEADER)) {
            return Optional.of("consent.signed-form.refused.not-pdf");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0 ? Optional.empty()
                    : Optional.of("consent.signed-form.refused.not-pdf");
        } catch (IOException unreadable) {
            return Optional.of("consent.signed-form.refused.not-pdf");
        }
    }

    /** The file's own name without any path, or a name of the consent's when it has none that can be kept. */
    static String filename(MultipartFile file, long consentId) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "samtycke-" + consentId + ".pdf";
        }
        return name.length() > MAX_FILENAME ? name.substring(0, MAX_FILENAME) : name;
    }
}
