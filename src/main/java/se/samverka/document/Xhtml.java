package se.samverka.document;

import java.util.ArrayDeque;
import java.util.Deque;

/** Writes well-formed XHTML, escaping every text and attribute value and dropping characters XML cannot hold. */
public final class Xhtml {

    private final StringBuilder out = new StringBuilder(32_768);
    private final Deque<String> open = new ArrayDeque<>();

    public Xhtml() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} alternate name and value. */
    public Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1]);
            out.append('"');
        }
        out.append('>');
        open.push(tag);
        return this;
    }

    public Xhtml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    public Xhtml text(String text) {
        escape(text);
        return this;
    }

    public Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
