package se.samverka.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** A PDF a user uploads (a signed form, a decision's minutes): what is wrong with it, and the name to keep it under. */
public final class UploadedPdf {

    /** Why an upload is refused. */
    public enum Problem {
        EMPTY,
        TOO_LARGE,
        NOT_PDF
    }

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FILENAME = 200;

    private UploadedPdf() {
    }

    /** What is wrong with the file, if anything: none, larger than {@code maxBytes}, or not a PDF that opens. */
    public static Optional<Problem> problem(MultipartFile file, long maxBytes) throws IOException {
        if (file == null || file.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (file.getSize() > maxBytes) {
            return Optional.of(Problem.TOO_LARGE);
        }
        byte[] content = file.getBytes();
        if (content.length < PDF_HEADER.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_HEADER.length), PDF_HEADER)) {
            return Optional.of(Problem.NOT_PDF);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0 ? Optional.empty() : Optional.of(Problem.NOT_PDF);
        } catch (IOException unreadable) {
            return Optional.of(Problem.NOT_PDF);
        }
    }

    /** The file's own name without any path or control characters, or {@code fallback} when none is left. */
    public static String filename(MultipartFile file, String fallback) {
        String original = file.getOriginalFilename();
        String name = original == null ? "" : original.substring(Math.max(original.lastIndexOf('/'),
                original.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > MAX_FILENAME ? name.substring(0, MAX_FILENAME) : name;
    }
}
