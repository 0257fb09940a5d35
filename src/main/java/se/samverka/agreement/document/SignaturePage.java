package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

public record SignaturePage(String intro, List<SignatureBlock> blocks) {

    public SignaturePage {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
