package se.samverka.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Liberation fonts from openpdf-fonts-extra and an sRGB profile, so no PDF depends on what the host has. */
final class DocumentFonts {

    static final String SANS = "Liberation Sans";
    static final String SERIF = "Liberation Serif";
    static final String MONO = "Liberation Mono";

    final byte[] sansRegular = load("LiberationSans-Regular.ttf");
    final byte[] sansBold = load("LiberationSans-Bold.ttf");
    final byte[] serifRegular = load("LiberationSerif-Regular.ttf");
    final byte[] serifBold = load("LiberationSerif-Bold.ttf");
    final byte[] serifItalic = load("LiberationSerif-Italic.ttf");
    final byte[] monoRegular = load("LiberationMono-Regular.ttf");
    final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static byte[] load(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font not on the class path: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
